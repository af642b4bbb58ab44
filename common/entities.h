/*
 * entities: the names in an article (tag-entities).  Tokens (entok.h)
 * are labelled left to right by the averaged perceptron of entmodel.h
 * over the features of entfeat.h, twice: the second reading knows what
 * the first made of the same words elsewhere.  Runs of one label are
 * mentions; each mention then gets its NAME, the fullest name the article
 * gives the same entity: `Sergey Lavrov' for `Lavrov', `European Union'
 * for `EU' where the article spells it out, `Moscow' for `MOSCOW'.
 * The tagger remembers word scores across articles (entcache.h): that
 * saves time, never changes output.
 */
#ifndef ENTITIES_H
#define ENTITIES_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "entcache.h"
#include "entfeat.h"
#include "entok.h"

enum etype { ET_PER, ET_ORG, ET_LOC, ET_MISC, NETYPES };

extern const char *const etype_names[NETYPES];

struct mention {
	size_t tok, ntok;	/* its tokens */
	size_t off;		/* in the article */
	const char *text;	/* as written */
	size_t len;
	enum etype type;
	size_t nwords;		/* its tokens holding a letter or digit */
	size_t last;		/* ... the last of them (tok when none) */
	int allcaps;		/* an ALL-CAPS word of more than 3 letters */
	const char *name;	/* NAME: the text, or in the names buffer */
	size_t namelen;
	uint32_t namekey;	/* NAME lower-cased, hashed, never 0 */
	uint32_t textkey;	/* ... the same of the text as written */
};

struct entities {
	struct etoks ts;
	int *lab;		/* each token's label */
	int *first;		/* ... on the first reading */
	uint64_t *stat;		/* each token's label-free features summed */
	struct entcache words;	/* ... of its word alone, remembered */
	size_t labcap, firstcap, statcap;
	size_t *upper;		/* the tokens holding a capital, in order */
	size_t nupper, uppercap;
	uint64_t *upperscore;	/* ... their scores on the first reading */
	size_t upperscorecap;
	struct entdoc doc;	/* the first reading's labels counted */
	size_t *start;		/* the tokens starting labelled stretches */
	size_t nstart, startcap;
	struct mention *m;
	size_t n, cap;
	size_t ncaps;		/* mentions with allcaps set */
	size_t *kinds;		/* mention indexes by kind (foldcaps, then
				 * bykind's three arrays): */
	size_t *per, *other, *multi;	/* persons, others, others of
					 * several words */
	size_t nper, nother, nmulti, kindscap;
	char *names;		/* every mention's NAME */
	size_t nameslen, namescap;
	int32_t *map;		/* hash tables for NAME resolution */
	size_t mapsize, mapcap;	/* slots in use, allocated */
	uint32_t *lastwords;	/* keys: persons' last words */
	size_t nlastwords, lastwordscap;
	struct tally *tally;	/* a mention's types voted (majoritytypes) */
	size_t tallycap;
};

/* Find the mentions of a, in text order, replacing what e held. */
void entities_tag(struct entities *e, const struct article *a);

#endif
