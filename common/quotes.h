/*
 * quotes: the quoted spans of one paragraph.
 *
 * Marks are paired inside the paragraph: "…", “…”, „…“, ``…'', '' … ''
 * (double), «…» (guillemets) and ‘…’, '…' (single).  Each mark is told
 * opening or closing by its glyph and its neighbours; apostrophes
 * (EU’s, don't, ’90s, colleagues’ approach) are never marks.  Marks of
 * another kind inside a span are nested quotes and stay part of it.
 *
 * Real copy is not always balanced, so a span never runs past its
 * paragraph: a double quote still open at the paragraph's end ends
 * there, a single quote never closed was an apostrophe, and a closing
 * mark with no opening one closes the text since the previous span (or
 * the paragraph's start).  An opening mark that another opening mark
 * follows was never closed and pairs with nothing; a paragraph of such
 * marks has no span left open at its end.  One pass, linear in the
 * paragraph.
 */
#ifndef QUOTES_H
#define QUOTES_H

#include <stddef.h>

enum {
	QUOTE_NOOPEN = 1,	/* the opening mark is missing */
	QUOTE_NOCLOSE = 2,	/* the closing mark is missing */
	QUOTE_SINGLE = 4	/* ‘…’ or '…' */
};

struct quote {
	size_t open;		/* first byte of the opening mark (= beg if none) */
	size_t beg, end;	/* the text between the marks, blanks trimmed */
	size_t close;		/* byte after the closing mark (= end if none) */
	unsigned flags;
};

/* Find the spans of s[0, n) into *v (grown as needed, *cap its size);
 * returns how many, in text order.  Empty spans are left out. */
size_t quotes_find(const char *s, size_t n, struct quote **v, size_t *cap);

#endif
