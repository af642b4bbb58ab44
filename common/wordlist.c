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

const struct word *
wl_find(const struct wordlist *l, const char *s, size_t n)
{
	size_t i = lowerbound(l, s, n);

	if (i < l->n && keycmp(l->w[i].key, l->w[i].keylen, s, n) == 0)
		return &l->w[i];
	return NULL;
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
	char buf[128];
	size_t i;

	if (n > sizeof buf)
		return NULL;
	for (i = 0; i < n; i++)
		buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return wl_find(l, buf, n);
}
