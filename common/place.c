#include <string.h>

#include "chars.h"
#include "place.h"
#include "wordlist.h"

/* Words longer than this are copied in title case without a lookup. */
#define WORDMAX 32

struct buf {
	char *s;
	size_t cap, len;
	int full;
};

/* Inline: titleword puts most bytes one at a time. */
static inline void
put(struct buf *b, const char *s, size_t n)
{
	if (b->full || b->len + n >= b->cap) {
		b->full = 1;
		return;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Title-case one word (no space, no hyphen): first letter upper, the rest
 * lower.  Latin-1 capitals in UTF-8 (U+00C0-U+00DE) are lowered too. */
static void
titleword(struct buf *b, const char *s, size_t n, int first)
{
	const struct word *w;
	char c[2];
	size_t i, k;
	int seen = 0;

	if (n <= WORDMAX && (w = wl_findlower(&words_places, s, n)) != NULL &&
	    (!first || asc_isupper((unsigned char)w->val[0]))) {
		put(b, w->val, strlen(w->val));
		return;
	}
	for (i = 0; i < n; i += k) {
		unsigned char u = (unsigned char)s[i];

		k = 1;
		if (u >= 0xC0)
			while (i + k < n && k < 4 &&
			    ((unsigned char)s[i + k] & 0xC0) == 0x80)
				k++;
		if (u == 0xC3 && k == 2 && seen) {
			unsigned char v = (unsigned char)s[i + 1];

			c[0] = (char)u;
			c[1] = (char)(v <= 0x9E && v != 0x97 ? v + 0x20 : v);
			put(b, c, 2);
		} else if (seen && asc_isupper(u)) {
			c[0] = (char)(u + 32);
			put(b, c, 1);
		} else if (!seen && asc_islower(u)) {
			c[0] = (char)(u - 32);
			put(b, c, 1);
		} else
			put(b, s + i, k);
		if (asc_isupper(u) || asc_islower(u) || u >= 0x80)
			seen = 1;
	}
}

/* Abbreviations with inner periods (`N.Y.', `D.C.') are kept as written. */
static int
abbreviation(const char *s, size_t n)
{
	return n >= 2 && s[n - 1] == '.' && memchr(s, '.', n - 1) != NULL;
}

void
place_append(char *s, size_t bufsz, const char *t, size_t n)
{
	struct buf b;
	size_t i = 0, j;
	int first = 1;

	b.s = s;
	b.cap = bufsz;
	b.len = strlen(s);
	b.full = 0;
	if (b.len > 0)
		put(&b, ", ", 2);
	while (i < n) {
		if (t[i] == ' ' || t[i] == '-') {
			put(&b, t + i, 1);
			i++;
			continue;
		}
		for (j = i; j < n && t[j] != ' ' && t[j] != '-'; j++)
			;
		if (abbreviation(t + i, j - i))
			put(&b, t + i, j - i);
		else
			titleword(&b, t + i, j - i, first);
		first = 0;
		i = j;
	}
}
