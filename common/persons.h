/*
 * persons: the people an article names, so that a speaker can be printed
 * by the fullest name the article gives, and `he', `Lavrov' or `the
 * Russian top diplomat' can be told who they are.
 *
 * A person is a run of capitalized words that starts with a given name
 * (words/givennames.txt), follows a title or a role (words/titles.txt,
 * words/roles.txt) or is the subject of a reporting verb.  Each person
 * keeps its fullest name, its gender when the given name or a title
 * tells it, and the role words it was introduced with (`Russian Foreign
 * Minister').  Every later mention of the surname is an event, so the
 * most recent person before a point of the article can be found.
 * Lookups are hashed or bounded, so an article costs linear time.
 */
#ifndef PERSONS_H
#define PERSONS_H

#include <stddef.h>

#include "tokens.h"

#define ROLEMAX 120

struct person {
	const char *name;	/* the fullest name seen */
	size_t namelen;
	const char *last;	/* the surname: the key */
	size_t lastlen;
	size_t first;		/* offset of its first mention */
	long next;		/* another person with the same surname */
	int gender;		/* 'm', 'f' or 0 */
	char roles[ROLEMAX];	/* role words, lower case, space-separated */
	char classes[2 * ROLEMAX];	/* the classes of those roles */
};

struct event {
	size_t off;
	size_t person;
};

struct persons {
	struct person *p;
	size_t np, pcap;
	long *hash;		/* surname -> most recent person, -1 empty */
	size_t hcap;
	struct event *ev;
	size_t nev, evcap;
};

/* A span of words of one paragraph, for the lookups below. */
struct words {
	const char *s;		/* the paragraph */
	const struct tok *t;	/* its tokens */
	size_t a, b;		/* the words t[a, b) */
};

void persons_reset(struct persons *);

/* Note the people named in one paragraph, in text order: s is its text,
 * off its offset in the article, t[0, nt) its tokens. */
void persons_scan(struct persons *, const char *s, size_t off,
    const struct tok *t, size_t nt);

/* The person a name (`Lavrov', `Sergey Lavrov', titles stripped) means
 * at article offset off, or -1. */
long persons_byname(const struct persons *, const struct words *,
    size_t off);

/* The most recent person mentioned before offset off whose gender fits
 * g ('m', 'f', 0 for any; 'o' an organization: no gender, no title),
 * else the first person after it (`he' in a standfirst), or -1; *at is
 * where it was mentioned. */
long persons_recent(const struct persons *, size_t off, int g, size_t *at);

/* The person best described by a role phrase (`the Russian top
 * diplomat'): one introduced with that role or a synonym of it, most
 * recent before off, else the first after it; or -1. */
long persons_byrole(const struct persons *, const struct words *,
    size_t off);

/* Where the name in a capitalized run starts: after its titles. */
size_t persons_namestart(const struct words *);

#endif
