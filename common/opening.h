/*
 * opening: how a word list's keys open, as sets of bits hashed from a
 * key's first three bytes, ASCII-lowercased, and from those and its
 * length.  A text whose own first three bytes are not in the first set
 * opens with no key; one whose bytes and length are not in the second,
 * or longer than every key, is no key.  So most text is turned away
 * before a lookup that would hash and compare it; a false yes only costs
 * the lookup.  For texts that open with a key, where words end at blanks:
 * a blank, every byte after it, and the bytes past the end count as a
 * space (`by Jane' opens as `by ', `by' too).
 */
#ifndef OPENING_H
#define OPENING_H

#include <stddef.h>

#include "chars.h"
#include "text.h"
#include "wordlist.h"

#define OPENING_BITS	65536

struct opening {
	const struct wordlist *list;
	int made;
	unsigned char open[OPENING_BITS / 8];	/* by the first three bytes */
	unsigned char whole[OPENING_BITS / 8];	/* by those and the length */
};

/* The sets of the list l, for a static: made at the first test. */
#define OPENING_OF(l)	{ &(l), 0, { 0 }, { 0 } }

void opening_make(struct opening *);

/* The hash of s[0, n)'s first three bytes, n > 0. */
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
	return (a * 67 + b) * 67 + c;
}

static inline unsigned
opening_wholehash(const char *s, size_t n)
{
	return opening_hash(s, n) * 67 + (unsigned)n;
}

static inline int
opening_bit(const unsigned char *set, unsigned h)
{
	h %= OPENING_BITS;
	return set[h / 8] >> (h % 8) & 1;
}

/* Can s[0, n) open with a key of o's list, ASCII case aside, its last
 * word ending at a blank or at n?  Inline: it is asked of every
 * paragraph. */
static inline int
opening_mayopen(struct opening *o, const char *s, size_t n)
{
	if (n == 0)
		return 1;
	if (!o->made)
		opening_make(o);
	return opening_bit(o->open, opening_hash(s, n));
}

/* Can s[0, n) be a key of o's list, ASCII case aside? */
static inline int
opening_maybekey(struct opening *o, const char *s, size_t n)
{
	if (n == 0 || n > o->list->maxlen)
		return n == 0;
	if (!o->made)
		opening_make(o);
	return opening_bit(o->whole, opening_wholehash(s, n));
}

#endif
