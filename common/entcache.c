#include <stdlib.h>
#include <string.h>

#include "entcache.h"
#include "util.h"

#define NSETS 4096	/* a power of two; sets of 64 bytes, 256 KB */

struct wordslot {
	uint64_t score;
	uint64_t bits;		/* flags and word-list bits */
	unsigned char len;	/* 0: a free slot (no token is empty) */
	char s[ENTCACHE_LEN];
};

/* Two words whose hashes pick the same set both stay: the one used last
 * first.  A set is a cache line, so a word's two slots cost one miss. */
struct wordset {
	struct wordslot way[2];
};

_Static_assert(sizeof(struct wordset) == 64, "a set is a cache line");

static uint64_t
wordbits(const struct etok *t)
{
	return (uint64_t)t->flags | (uint64_t)t->gaz << 16 |
	    (uint64_t)t->gazstart << 32 | (uint64_t)t->gazmulti << 48;
}

static struct wordset *
setof(const struct entcache *c, const struct etok *t, uint64_t bits)
{
	uint32_t h = entok_mix(t->hword,
	    (uint32_t)bits ^ (uint32_t)(bits >> 32));

	return &c->set[h & (NSETS - 1)];
}

static int
holds(const struct wordslot *w, const struct etok *t, uint64_t bits)
{
	return w->bits == bits && w->len == t->len &&
	    memcmp(w->s, t->s, t->len) == 0;
}

int
entcache_get(struct entcache *c, const struct etok *t, uint64_t *s)
{
	struct wordset *set;
	struct wordslot used;
	uint64_t bits;

	if (c->set == NULL || t->len > ENTCACHE_LEN)
		return 0;
	bits = wordbits(t);
	set = setof(c, t, bits);
	if (holds(&set->way[0], t, bits)) {
		*s = set->way[0].score;
		return 1;
	}
	if (!holds(&set->way[1], t, bits))
		return 0;
	used = set->way[1];
	set->way[1] = set->way[0];
	set->way[0] = used;
	*s = used.score;
	return 1;
}

void
entcache_put(struct entcache *c, const struct etok *t, uint64_t s)
{
	struct wordset *set;
	struct wordslot *w;
	uint64_t bits;

	if (t->len > ENTCACHE_LEN)
		return;
	if (c->set == NULL) {
		if ((c->set = aligned_alloc(sizeof *c->set,
		    NSETS * sizeof *c->set)) == NULL)
			errx(1, "out of memory");
		memset(c->set, 0, NSETS * sizeof *c->set);
	}
	bits = wordbits(t);
	set = setof(c, t, bits);
	set->way[1] = set->way[0];
	w = &set->way[0];
	w->score = s;
	w->bits = bits;
	w->len = (unsigned char)t->len;
	memcpy(w->s, t->s, t->len);
}
