/*
 * entok: an article's parts cut into the tokens the entity tagger sees,
 * each with what the tagger asks of it: its case and shape, where it
 * stands (part start, sentence start, an ALL-CAPS line), the word lists
 * it is in, alone or inside a multi-word entry, and how the same word is
 * written elsewhere in the article.  Junk parts are left out.  Also the
 * tagger's lowered hashes and hash mixing, which its features share.
 */
#ifndef ENTOK_H
#define ENTOK_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "hash.h"

/* Token flags. */
enum {
	TF_CAP = 1 << 0,	/* first letter upper case */
	TF_ALLCAP = 1 << 1,	/* letters, all upper case, more than one */
	TF_LOWER = 1 << 2,	/* first letter lower case */
	TF_DIGIT = 1 << 3,	/* holds a digit */
	TF_PUNCT = 1 << 4,	/* no letter or digit */
	TF_PSTART = 1 << 5,	/* first token of its part */
	TF_SSTART = 1 << 6,	/* first word of a sentence */
	TF_CAPSLINE = 1 << 7,	/* in a part written without lower case */
	TF_SEENLOW = 1 << 8,	/* the word is written in lower case elsewhere */
	TF_SEENCAP = 1 << 9,	/* ... capitalized mid-sentence elsewhere */
	TF_HYPHEN = 1 << 10,	/* holds an inner hyphen */
	TF_POSS = 1 << 11,	/* a possessive 's, ’s or lone apostrophe */
	TF_UPPER = 1 << 12	/* holds an upper-case letter */
};

/* Word-list classes (bits of struct etok gaz), one a list of
 * common/words/: countries, cities, organizations, demonyms, givennames,
 * titles, orgheads, placeheads, nonames. */
enum {
	GZ_LOC, GZ_CITY, GZ_ORG, GZ_MISC, GZ_GIVEN, GZ_TITLE, GZ_ORGHEAD,
	GZ_LOCHEAD, GZ_NONAME, NGAZ
};

struct etok {
	size_t off;		/* in the article */
	const char *s;
	size_t len;
	size_t part;		/* index into the article's parts */
	uint32_t hword;		/* hash of the token as written */
	uint32_t hlow;		/* hash of it lower-cased, inner dots dropped */
	uint32_t hshape;	/* hash of its shape: Xxx -> Xx, 1996 -> d */
	uint16_t flags;
	uint16_t gaz;		/* bit c: token is in a class-c word */
	uint16_t gazstart;	/* bit c: ... and starts that entry */
	uint16_t gazmulti;	/* bit c: ... an entry of several tokens */
};

/* An entry of the table of an article's lower-cased words. */
struct eseen {
	uint32_t key;		/* hlow | 1: words whose hlow differ in
				 * bit 0 alone count as one, as always */
	uint16_t gen;		/* the article it is of: older is free */
	uint16_t flags;		/* TF_SEEN* */
};

struct etoks {
	struct etok *t;
	size_t n, cap;
	/* for TF_SEEN*: the words of the article gen in seencap slots
	 * (the first seenmask + 1 in use), one for marks past them; a
	 * slot for each token (entok.c sizes the table to fit 32 bits) */
	struct eseen *seen;
	size_t seencap, seenmask;
	uint16_t gen;		/* wraps: the table is cleared then */
	uint32_t *slot;
	size_t slotcap;
};

/* Cut a's parts (junk left out) into tokens, replacing what ts held. */
void entok_article(struct etoks *ts, const struct article *a);

/* Each byte with ASCII letters lowered. */
extern const unsigned char entok_lower[256];

/* Hash bytes (hash.h) with ASCII letters lowered, on from h or from the
 * start, and mix a hash into another.  Inline: the tagger hashes a
 * token's affixes and mixes some forty features for each token it
 * weighs. */
static inline uint32_t
entok_hashlowerfrom(uint32_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = hash_step(h, entok_lower[(unsigned char)s[i]]);
	return h;
}

static inline uint32_t
entok_hashlower(const char *s, size_t n)
{
	return entok_hashlowerfrom(HASH_INIT, s, n);
}

static inline uint32_t
entok_mix(uint32_t h, uint32_t v)
{
	h = (h ^ (v * 0x9e3779b1u)) * 0x85ebca6bu;
	return h ^ h >> 15;
}

/* Write s[0, n) in title case to out (ASCII letters after a letter are
 * lowered: MOSCOW -> Moscow, AL-AIN -> Al-Ain). */
void entok_titlecase(const char *s, size_t n, char *out);

#endif
