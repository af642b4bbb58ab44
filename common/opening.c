#include "opening.h"

static void
setbit(unsigned char *set, unsigned h)
{
	h %= OPENING_BITS;
	set[h / 8] |= (unsigned char)(1u << (h % 8));
}

void
opening_make(struct opening *o)
{
	const struct word *w;
	size_t i;

	for (i = 0; i < o->list->n; i++) {
		w = &o->list->w[i];
		if (w->keylen == 0)
			continue;
		setbit(o->open, opening_hash(w->key, w->keylen));
		setbit(o->whole, opening_wholehash(w->key, w->keylen));
	}
	o->made = 1;
}
