/*
 * hash: FNV-1a over bytes, the hash the tools key their tables by.
 * tag-entities' model (entmodel.c) is indexed by these values: they must
 * never change.
 */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_INIT 2166136261u

static inline uint32_t
hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

/* The hash of s[0, n) on from h (HASH_INIT to start). */
static inline uint32_t
hash_bytes(uint32_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = hash_step(h, (unsigned char)s[i]);
	return h;
}

#endif
