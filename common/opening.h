/*
 * opening: how a word list's keys open, as a set of 65536 bits hashed
 * from a key's first three bytes, ASCII-lowercased.  A text whose own
 * first three bytes are not in the set neither is a key of the list nor
 * opens with one, so most text is turned away before a lookup that would
 * hash and compare it; a false yes only costs the lookup.  A blank, and
 * every byte after it or past the end, counts as a space: `by Jane' opens
 * as `by ', `by' too.
 */
#ifndef OPENING_H
#define OPENING_H

#include <stddef.h>

#include "chars.h"
#include "text.h"
#include "wordlist.h"

struct opening {
	const struct wordlist *list;
	int made;
	unsigned char bit[65536 / 8];
};

/* The set of the list l, for a static: made at the first test. */
#define OPENING_OF(l)	{ &(l), 0, { 0 } }

void opening_make(struct opening *);

/* The bit of s[0, n), n > 0. */
static inline unsigned
opening_hash(const char *s, size_t n)
{
	unsigned a, b = ' ', c = ' ';

	a = asc_tolower((unsigned char)s[0]);
	if (n > 1 && !text_isspace((unsigned char)s[1])) {
		b = asc_tolower((unsigned char)s[1]);
		if (n > 2 && !text_isspace((unsigned char)s[2]))
			c = asc_tolower((unsigned char)s[2]);
	}
	return ((a * 67 + b) * 67 + c) & 0xFFFF;
}

/* Can s[0, n) be a key of o's list, ASCII case aside, or open with one?
 * Inline: it is asked of every paragraph. */
static inline int
opening_may(struct opening *o, const char *s, size_t n)
{
	unsigned h;

	if (n == 0)
		return 1;
	if (!o->made)
		opening_make(o);
	h = opening_hash(s, n);
	return o->bit[h >> 3] >> (h & 7) & 1;
}

#endif
