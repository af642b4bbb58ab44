/*
 * article: one article as the tools see it.  Raw input gives the article's
 * bytes, its lines and its paragraphs; split-article records given as
 * input give only parts.  Every tool works from the parts: for raw input
 * split.h makes them from the paragraphs (all at once, or as far as a tool
 * reads).
 *
 * Offsets count bytes from the article's first byte (the byte after the
 * form feed, or the input's first byte).
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>

enum part_kind {
	PART_TITLE,
	PART_STANDFIRST,
	PART_TIME,
	PART_BYLINE,
	PART_DATELINE,
	PART_BODY,
	PART_CAPTION,
	PART_JUNK,
	NPARTS
};

extern const char *const part_names[NPARTS];
/* The part named s[0..n), or -1. */
int part_lookup(const char *s, size_t n);

struct line {
	size_t off;		/* first byte */
	size_t len;		/* without the line end */
	size_t indent;		/* leading spaces and tabs, in bytes */
};

struct para {
	size_t off;		/* first non-blank byte */
	size_t len;		/* through the last non-blank byte */
	size_t line;		/* index of its first line */
	size_t nlines;
};

struct part {
	enum part_kind kind;
	size_t off;		/* offset of text[0] in the article */
	const char *text;
	size_t len;
};

struct article {
	const char *doc;	/* the DOC field */
	const char *text;	/* raw input: the article's bytes; else NULL */
	size_t len;
	int multibyte;		/* raw input: a byte of 0x80 or more (text.h) */
	int from_records;	/* parts came from split-article records */

	struct line *lines;
	size_t nlines, linecap;
	struct para *paras;
	size_t nparas, paracap;
	struct part *parts;
	size_t nparts, partcap;
};

/* Append a part; text points into memory that outlives the article. */
void article_addpart(struct article *, enum part_kind, size_t off,
    const char *text, size_t len);

#endif
