/*
 * wordlist: the editable word lists of common/words/, compiled in.
 *
 * Each common/words/NAME.txt holds one entry a line: a key, and after a
 * TAB an optional value (a canonical spelling, a type); `#' starts a
 * comment line.  The build turns each file into `words_NAME' (words.h):
 * the entries sorted by key bytes, a hash table of the keys for exact
 * lookups, and one of every prefix of every key for prefix searches.
 */
#ifndef WORDLIST_H
#define WORDLIST_H

#include <stddef.h>

struct word {
	const char *key;
	size_t keylen;
	const char *val;	/* "" when the entry has none */
};

struct wordlist {
	const struct word *w;
	size_t n;
	size_t maxlen;		/* of the longest key */
	/* slot[hash(key) & mask, and on]: the entry plus one, 0 ends a
	 * probe (linear probing, the table at most half full) */
	const unsigned short *slot;
	size_t mask;
	/* the same for each prefix of a key: the first entry opening
	 * with it */
	const unsigned short *prefix;
	size_t prefixmask;
};

/* The entry whose key is exactly s[0, n), or NULL. */
const struct word *wl_find(const struct wordlist *, const char *s, size_t n);
/* An entry whose key starts with s[0, n), or NULL: the entry of s[0, n)
 * itself when the list holds it.  For growing multi-word
 * matches, with one search a word. */
const struct word *wl_prefixed(const struct wordlist *, const char *s,
    size_t n);
/* wl_find on the ASCII-lowercased s (for lists written in lower case). */
const struct word *wl_findlower(const struct wordlist *, const char *s,
    size_t n);

#include "words.h"

#endif
