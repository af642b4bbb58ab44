/*
 * entcache: the scores of words' own features (entfeat_word), remembered
 * across articles, for the capitalized words the tagger weighs come back
 * again and again (The, Reuters, Monday, U.S.).  A word is known by all
 * entfeat_word reads: its bytes, flags and word-list bits.  Words longer
 * than ENTCACHE_LEN bytes are not remembered; a fixed number of sets of
 * two slots, each word taking the set its hash picks and the word used
 * longest ago there giving way, bounds the memory.
 */
#ifndef ENTCACHE_H
#define ENTCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "entok.h"

#define ENTCACHE_LEN 14

struct entcache {
	struct wordset *set;
};

/* Is token t's score (a sum of weight rows, entities.c) remembered?
 * Then it is put in *s (and the word is the last used of its set). */
int entcache_get(struct entcache *c, const struct etok *t, uint64_t *s);

/* Remember s, the score of a word's features, as token t's. */
void entcache_put(struct entcache *c, const struct etok *t, uint64_t s);

#endif
