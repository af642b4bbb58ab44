/*
 * split: an article's paragraphs sorted into parts (title, standfirst,
 * time, byline, dateline, body, caption, junk), as split-article prints
 * them.  Every non-blank byte of the article lands in exactly one part.
 *
 * The rules read only the text: each paragraph's own words (furniture and
 * picture desks from common/words/furniture.txt and credits.txt, bylines,
 * time lines, icon strings), then the order of the article's head:
 * furniture, headline, copies of it, decks, and the lede, whose dateline
 * (dateline.h) is cut off into its own part.
 */
#ifndef SPLIT_H
#define SPLIT_H

#include "article.h"

/* Fill a->parts from a->paras; does nothing for record input. */
void split_article(struct article *a);

#endif
