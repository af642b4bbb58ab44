/*
 * split: an article's paragraphs sorted into parts (title, standfirst,
 * time, byline, dateline, body, caption, junk), as split-article prints
 * them.  Every non-blank byte of the article lands in exactly one part.
 */
#ifndef SPLIT_H
#define SPLIT_H

#include "article.h"

/* Fill a->parts from a->paras; does nothing for record input. */
void split_article(struct article *a);

#endif
