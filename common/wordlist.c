#include <stdint.h>

#include "chars.h"
#include "wordlist.h"

/* The hash of the key s[0, n), ASCII-lowercased when lower is set: its
 * length and first HASHBYTES bytes, so that a long word costs no more
 * than a short one, mixed by a multiplication whose middle bits (16 on)
 * make the slot.  The same as hash() in mkwords.sh, which fills the
 * tables. */
#define HASHBYTES 8

static size_t
hash(const char *s, size_t n, int lower)
{
	uint32_t h = (uint32_t)n;
	size_t i, m = n < HASHBYTES ? n : HASHBYTES;

	for (i = 0; i < m; i++)
		h = h * 31 + (uint32_t)(lower ? asc_tolower((unsigned char)s[i]) :
		    (unsigned char)s[i]);
	return (h * 2654435761u) >> 16;
}

/* Is key k[0, n) s[0, n), ASCII-lowercased when lower is set? */
static int
samekey(const char *k, const char *s, size_t n, int lower)
{
	size_t i;

	/* as unsigned bytes: a signed char never equals a byte >= 0x80 */
	for (i = 0; i < n; i++)
		if ((unsigned char)k[i] != (lower ?
		    asc_tolower((unsigned char)s[i]) : (unsigned char)s[i]))
			return 0;
	return 1;
}

/* The entry whose key is s[0, n) (lowered when lower is set), or NULL.
 * Inline, so that each caller has its own copy with lower constant. */
static inline const struct word *
lookup(const struct wordlist *l, const char *s, size_t n, int lower)
{
	const struct word *w;
	size_t i;

	if (n > l->maxlen)
		return NULL;
	for (i = hash(s, n, lower) & l->mask; l->slot[i] != 0;
	    i = (i + 1) & l->mask) {
		w = &l->w[l->slot[i] - 1];
		if (w->keylen == n && samekey(w->key, s, n, lower))
			return w;
	}
	return NULL;
}

const struct word *
wl_find(const struct wordlist *l, const char *s, size_t n)
{
	return lookup(l, s, n, 0);
}

const struct word *
wl_prefixed(const struct wordlist *l, const char *s, size_t n)
{
	const struct word *w, *found = NULL;
	size_t i;

	if (n == 0)
		return l->n > 0 ? &l->w[0] : NULL;
	if (n > l->maxlen)
		return NULL;
	/* a slot may be another prefix's whose entry also opens with s:
	 * look on for s's own entry, the one to give when s is a key */
	for (i = hash(s, n, 0) & l->prefixmask; l->prefix[i] != 0;
	    i = (i + 1) & l->prefixmask) {
		w = &l->w[l->prefix[i] - 1];
		if (w->keylen >= n && samekey(w->key, s, n, 0)) {
			if (w->keylen == n)
				return w;
			found = w;
		}
	}
	return found;
}

const struct word *
wl_findlower(const struct wordlist *l, const char *s, size_t n)
{
	return lookup(l, s, n, 1);
}
