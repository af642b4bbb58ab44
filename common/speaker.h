/*
 * speaker: who said each quotation of an article, and how the article
 * says so.
 *
 * Quotations are taken from the title, standfirst and body parts.  For
 * each, the attribution is looked for in its sentence: after it (`"…,"
 * Lavrov said', `"…," said the minister'), then before it (`Lavrov said:
 * "…"', `According to the diplomat, "…"', `Peskov branded it an "…"').
 * A quotation with no attribution that stands as a sentence of its own,
 * or runs to four words or more in a paragraph that already quoted
 * someone, goes on from the previous quotation (or from a paragraph
 * ending in `Lavrov said:', or from its continuation in the next
 * paragraph); any other quotation nobody is said to have said (a scare
 * quote, a title) is left out.
 *
 * The mention is resolved within the article (persons.h): a pronoun to
 * the most recent person of its gender, a role (`the Russian top
 * diplomat') to the person introduced with that role, a surname to the
 * full name.
 */
#ifndef SPEAKER_H
#define SPEAKER_H

#include <stddef.h>

#include "article.h"

struct said {
	size_t off;		/* the quotation's first byte in the article */
	const char *quote;
	size_t quotelen;
	const char *speaker;	/* by the fullest name; NULL when unknown */
	size_t speakerlen;
	const char *mention;	/* as written; NULL when none */
	size_t mentionlen;
	const char *cue;	/* as written; NULL when none */
	size_t cuelen;
};

typedef void said_fn(const struct said *, void *ctx);

/* Call fn on each quotation of a, in text order. */
void speaker_article(const struct article *a, said_fn *fn, void *ctx);

#endif
