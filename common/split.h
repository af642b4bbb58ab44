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

/*
 * For a tool that reads only an article's first parts.  split_start sorts
 * the head of a->paras but makes no parts; split_more then adds the parts
 * of the next paragraphs, in order, until a->parts holds at least nparts
 * parts (a paragraph's parts come whole) or all the article's parts.
 * They are the parts split_article makes: the head's rules read every
 * paragraph they need, and a paragraph is classified only when they or
 * split_more come to it.  split_more goes on with the article last given
 * to split_start; neither does anything for record input.
 */
void split_start(struct article *a);
void split_more(struct article *a, size_t nparts);

#endif
