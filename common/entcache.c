#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "entcache.h"
#include "util.h"

#define NSETS 8192	/* a power of two; sets of 64 bytes, 512 KB */

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
_Static_assert(ENTCACHE_LEN <= 16, "samebytes compares a word");

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

/* Are a[0, n) and b[0, n) the same, n at most 16?  Two loads of each,
 * from the start and to the end, cover the bytes and read none past
 * them; a call of memcmp costs more than the compare, and so would
 * one of samebytes (inline). */
static inline int
samebytes(const char *a, const char *b, size_t n)
{
	uint32_t a4, b4, ae4, be4;

	if (n >= 8)
		return ((asc_load8(a) ^ asc_load8(b)) |
		    (asc_load8(a + n - 8) ^ asc_load8(b + n - 8))) == 0;
	if (n >= 4) {
		memcpy(&a4, a, 4);
		memcpy(&b4, b, 4);
		memcpy(&ae4, a + n - 4, 4);
		memcpy(&be4, b + n - 4, 4);
		return ((a4 ^ b4) | (ae4 ^ be4)) == 0;
	}
	/* bytes 0, n / 2 and n - 1 are all of 1 to 3 */
	return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] &&
	    a[n - 1] == b[n - 1]);
}

static int
holds(const struct wordslot *w, const struct etok *t, uint64_t bits)
{
	return w->bits == bits && w->len == t->len &&
	    samebytes(w->s, t->s, t->len);
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
