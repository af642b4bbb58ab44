/*
 * tokens: a paragraph cut into words, punctuation and its quoted spans
 * (quotes.h), each span one token, with the ends of sentences marked.
 *
 * A word keeps its inner apostrophes, hyphens and periods (O’Malley,
 * NATO-centrism, U.S.) and a final period when it is an abbreviation
 * (Mr., Sen., J.), so that a period token ends a sentence.
 */
#ifndef TOKENS_H
#define TOKENS_H

#include <stddef.h>

#include "quotes.h"

enum { TOK_WORD, TOK_PUNCT, TOK_QUOTE };

enum {
	TOK_CAP = 1,		/* word starting with a capital */
	TOK_END = 2		/* a sentence ends after this token */
};

struct tok {
	size_t beg, end;	/* bytes of the paragraph; a quote: its marks */
	unsigned char kind, flags;
	size_t quote;		/* TOK_QUOTE: index of its span */
};

/* Cut s[0, n), whose spans are q[0, nq), into tokens appended to the nt
 * of *v (grown as needed, *cap its size); returns the new count. */
size_t tokenize(const char *s, size_t n, const struct quote *q, size_t nq,
    struct tok **v, size_t *cap, size_t nt);

#include "wordlist.h"

/* How many words, from t[i] on (i < nt), make the longest entry of l
 * (words joined by one space; lower: compared in lower case), or 0. */
size_t tok_match(const struct wordlist *l, const char *s, const struct tok *t,
    size_t i, size_t nt, int lower);

#endif
