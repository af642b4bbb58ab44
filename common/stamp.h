/*
 * stamp: where, when and from which agency an article says it was filed.
 * Finds the dateline, or else a time line, among the article's first
 * parts (dateline.h) and tells the date's year from what the article says
 * or from a reference date (date.h).
 */
#ifndef STAMP_H
#define STAMP_H

#include <stddef.h>

#include "article.h"

struct stampref {
	int y, m, d;		/* a reference date (-r); y 0 when none */
	int ty, tm, td;		/* today: a date told by a weekday is not later */
};

struct stamp {
	size_t off;		/* offset of text in the article; 0 if none */
	const char *text;	/* the dateline or time line as written */
	size_t len;		/* 0 when the article has neither */
	char date[17];		/* ISO 8601, `--MM-DD' without a year; "" */
	char place[128];	/* title case; "" */
	const char *agency;	/* usual spelling; "" */
};

/* The stamp of article a, whose parts are made as far as it reads
 * (split_more): a must be the article last given to split_start, or come
 * from records. */
void stamp_find(struct article *a, const struct stampref *,
    struct stamp *);

#endif
