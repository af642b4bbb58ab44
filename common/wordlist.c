#include <stdint.h>
#include <string.h>

#include "wordlist.h"

/* Keys and words are a few bytes, shorter than a memcmp call is worth. */
static int
keycmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i, m = an < bn ? an : bn;

	for (i = 0; i < m; i++)
		if (a[i] != b[i])
			return (unsigned char)a[i] < (unsigned char)b[i] ? -1 : 1;
	return an < bn ? -1 : an > bn;
}

/* Index of the first key not less than s[0, n): it is among the keys
 * opening with s's first byte, or just after them. */
static size_t
lowerbound(const struct wordlist *l, const char *s, size_t n)
{
	size_t lo = 0, hi = 0, mid;

	if (n > 0) {
		lo = l->first[(unsigned char)s[0]];
		hi = l->first[(unsigned char)s[0] + 1];
	}

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (keycmp(l->w[mid].key, l->w[mid].keylen, s, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
lowerascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The hash of the key s[0, n), ASCII-lowercased when lower is set: its
 * length and first HASHBYTES bytes, so that a long word costs no more
 * than a short one.  The same as hash() in mkwords.sh, which fills the
 * tables. */
#define HASHBYTES 8

static uint32_t
hash(const char *s, size_t n, int lower)
{
	uint32_t h = (uint32_t)n;
	size_t i, m = n < HASHBYTES ? n : HASHBYTES;

	for (i = 0; i < m; i++)
		h = h * 31 + (uint32_t)(lower ? lowerascii((unsigned char)s[i]) :
		    (unsigned char)s[i]);
	return h + (h >> 11);
}

/* Is key k[0, n) s[0, n), ASCII-lowercased when lower is set? */
static int
samekey(const char *k, const char *s, size_t n, int lower)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (k[i] != (lower ? lowerascii((unsigned char)s[i]) : s[i]))
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
	size_t i = lowerbound(l, s, n);

	if (i < l->n && l->w[i].keylen >= n && memcmp(l->w[i].key, s, n) == 0)
		return &l->w[i];
	return NULL;
}

const struct word *
wl_findlower(const struct wordlist *l, const char *s, size_t n)
{
	return lookup(l, s, n, 1);
}
