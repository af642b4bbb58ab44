#include <string.h>

#include "entcache.h"
#include "util.h"

#define NSLOTS 8192	/* a power of two */

struct wordslot {
	uint64_t score;
	uint64_t bits;		/* flags and word-list bits */
	unsigned char len;	/* 0: a free slot (no token is empty) */
	char s[ENTCACHE_LEN];
};

static uint64_t
wordbits(const struct etok *t)
{
	return (uint64_t)t->flags | (uint64_t)t->gaz << 16 |
	    (uint64_t)t->gazstart << 32 | (uint64_t)t->gazmulti << 48;
}

static size_t
slotof(const struct etok *t, uint64_t bits)
{
	uint32_t h = entok_mix(t->hword,
	    (uint32_t)bits ^ (uint32_t)(bits >> 32));

	return h & (NSLOTS - 1);
}

int
entcache_get(const struct entcache *c, const struct etok *t, uint64_t *s)
{
	const struct wordslot *w;
	uint64_t bits;

	if (c->slot == NULL || t->len > ENTCACHE_LEN)
		return 0;
	bits = wordbits(t);
	w = &c->slot[slotof(t, bits)];
	if (w->bits != bits || w->len != t->len ||
	    memcmp(w->s, t->s, t->len) != 0)
		return 0;
	*s = w->score;
	return 1;
}

void
entcache_put(struct entcache *c, const struct etok *t, uint64_t s)
{
	struct wordslot *w;
	uint64_t bits;

	if (t->len > ENTCACHE_LEN)
		return;
	if (c->slot == NULL) {
		c->slot = xmalloc(NSLOTS * sizeof *c->slot);
		memset(c->slot, 0, NSLOTS * sizeof *c->slot);
	}
	bits = wordbits(t);
	w = &c->slot[slotof(t, bits)];
	w->score = s;
	w->bits = bits;
	w->len = (unsigned char)t->len;
	memcpy(w->s, t->s, t->len);
}
