/*
 * input: the operands, read in order, cut into articles.
 *
 * No operand, or `-', is standard input.  An input is cut into articles
 * at form feeds; an input holding form feeds names its articles NAME#1,
 * NAME#2, ... (a form feed ending the input does not start an empty
 * article).  An input whose first line is a split-article record is read
 * as records instead: each run of records with one DOC is an article whose
 * parts are those records (other lines are ignored).
 *
 * Raw articles reach the callback with lines, paragraphs and parts filled
 * in (split.h).  Memory is bounded by the largest article.
 */
#ifndef INPUT_H
#define INPUT_H

#include "article.h"

typedef void article_fn(struct article *, void *ctx);

/* Call fn on each article of each operand.  Output is flushed before
 * each read (so a pipeline sees an article's records at once) and after
 * each operand.
 * Unreadable inputs are reported as `tool: FILE: reason' and skipped.
 * Returns the exit status: 0, or 1 when some input could not be read. */
int input_foreach(int argc, char *argv[], article_fn *fn, void *ctx);

/* As input_foreach, but a raw article reaches fn with its paragraphs
 * sorted and no parts yet (split_start): fn makes as many as it reads
 * with split_more (split.h).  The paragraphs are still all found: where
 * even the first ones end depends on whether the article is hard-wrapped,
 * which every line of it tells (text.h).  Record input comes with all its
 * parts. */
int input_foreachhead(int argc, char *argv[], article_fn *fn, void *ctx);

#endif
