#include "opening.h"

void
opening_make(struct opening *o)
{
	const struct word *w;
	size_t i;
	unsigned h;

	for (i = 0; i < o->list->n; i++) {
		w = &o->list->w[i];
		if (w->keylen == 0)
			continue;
		h = opening_hash(w->key, w->keylen);
		o->bit[h >> 3] |= (unsigned char)(1u << (h & 7));
	}
	o->made = 1;
}
