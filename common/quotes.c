#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "quotes.h"
#include "util.h"
#include "utf8.h"

enum family { NONE, DOUBLE, GUILL, SINGLE };
enum dir { EITHER, OPEN, CLOSE };

struct mark {
	enum family fam;
	enum dir dir;
	size_t len;
	int low9;		/* „ : closed by “ */
};

/* The bytes a quote mark can open with, for a quick pass over text. */
static const unsigned char markbyte[256] = {
	['"'] = 1, ['`'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1
};

/* May the eight bytes of x hold the first byte of a mark?  A byte from
 * 0x80 has its high bit set; a byte equal to c is a zero byte of x ^ c,
 * which sets its high bit when one is taken from every byte.  " and '
 * (0x22, 0x27) are both 0x27 once ORed with 0x05, as are # and & (rare
 * in news text).  (With no byte from 0x80, no other byte's high bit
 * gets set but above a zero byte.)  A false alarm costs the byte loop
 * a look. */
static int
maybemark(uint64_t x)
{
	return ((x | (((x | ASC_ONES8 * 0x05) ^ ASC_ONES8 * 0x27) - ASC_ONES8) |
	    ((x ^ ASC_ONES8 * '`') - ASC_ONES8)) & ASC_HIGHS8) != 0;
}

/* The first byte at or after s[i] that can open a mark, or n.  Most text
 * has none for many bytes: eight are screened at once, a byte at a time
 * only in a word that may hold one. */
static size_t
nextmark(const char *s, size_t n, size_t i)
{
	uint64_t x;
	size_t end;

	for (;;) {
		for (; i + 8 <= n; i += 8) {
			x = asc_load8(s + i);
			if (maybemark(x))
				break;
		}
		for (end = i + 8 < n ? i + 8 : n; i < end; i++)
			if (markbyte[(unsigned char)s[i]])
				return i;
		if (i >= n)
			return n;
	}
}

/* The quote mark at s[i], if any. */
static int
markat(const char *s, size_t n, size_t i, struct mark *m)
{
	const unsigned char *u = (const unsigned char *)s;

	m->len = 1;
	m->low9 = 0;
	switch (u[i]) {
	case '"':
		m->fam = DOUBLE, m->dir = EITHER;
		return 1;
	case '`':
		if (i + 1 < n && u[i + 1] == '`') {
			m->fam = DOUBLE, m->dir = OPEN, m->len = 2;
			return 1;
		}
		return 0;
	case '\'':
		if (i + 1 < n && u[i + 1] == '\'') {
			m->fam = DOUBLE, m->dir = EITHER, m->len = 2;
			return 1;
		}
		m->fam = SINGLE, m->dir = EITHER;
		return 1;
	case 0xC2:
		if (i + 1 < n && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) {
			m->fam = GUILL, m->len = 2;
			m->dir = u[i + 1] == 0xAB ? OPEN : CLOSE;
			return 1;
		}
		return 0;
	case 0xE2:
		if (i + 2 >= n || u[i + 1] != 0x80)
			return 0;
		m->len = 3;
		switch (u[i + 2]) {
		case 0x98: m->fam = SINGLE, m->dir = OPEN; return 1;
		case 0x99: m->fam = SINGLE, m->dir = CLOSE; return 1;
		case 0x9C: m->fam = DOUBLE, m->dir = OPEN; return 1;
		case 0x9D: m->fam = DOUBLE, m->dir = CLOSE; return 1;
		case 0x9E: m->fam = DOUBLE, m->dir = OPEN, m->low9 = 1;
			return 1;
		}
		return 0;
	}
	return 0;
}

/* May an opening mark follow c (the character before it)? */
static int
opensafter(uint32_t c)
{
	return ch_isblank(c) || c == '(' || c == '[' || c == '{' || c == '/' ||
	    c == '-' || c == 0x2013 || c == 0x2014 || c == '"' ||
	    c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E ||
	    c == ':' || c == '\'';
}

/* May a closing mark come before c (the character after it)? */
static int
closesbefore(uint32_t c)
{
	return ch_isblank(c) || (c < 0x80 && !ch_isword(c) && c != '(' &&
	    c != '[' && c != '{') || c == 0x2013 || c == 0x2014 ||
	    c == 0x2026 || c == 0x201D || c == 0x2019 || c == 0xBB;
}

struct scan {
	const char *s;
	struct quote **v;
	size_t *cap, nq;
	size_t from;		/* where a span missing its opening mark starts */
};

static void
emit(struct scan *sc, size_t open, size_t beg, size_t end, size_t close,
    unsigned flags)
{
	struct quote *q;

	while (beg < end && ch_isblank((unsigned char)sc->s[beg]))
		beg++;
	while (end > beg && ch_isblank((unsigned char)sc->s[end - 1]))
		end--;
	sc->from = close;
	if (beg == end)
		return;
	growarray(sc->v, sc->cap, sc->nq + 1, sizeof **sc->v);
	q = &(*sc->v)[sc->nq++];
	q->open = open;
	q->beg = beg;
	q->end = end;
	q->close = close;
	q->flags = flags;
}

size_t
quotes_find(const char *s, size_t n, struct quote **v, size_t *cap)
{
	struct scan sc = { s, v, cap, 0, 0 };
	enum family cur = NONE;
	size_t i, open = 0, openlen = 0, depth = 0;
	int reopened = 0;
	int curlow9 = 0;
	uint32_t before = ' ', after;
	struct mark m;

	for (i = 0; i < n; ) {
		enum dir d;
		int oa, cb;

		if ((i = nextmark(s, n, i)) == n)
			break;
		if (!markat(s, n, i, &m)) {
			i++;
			continue;
		}
		before = ' ';
		if (i > 0)
			utf8_decode(s, n, utf8_prev(s, i), &before);
		after = ' ';
		if (i + m.len < n)
			utf8_decode(s, n, i + m.len, &after);
		oa = opensafter(before) && !ch_isblank(after);
		cb = closesbefore(after) && !ch_isblank(before);
		d = m.dir;

		switch (m.fam) {
		case DOUBLE:
			if (cur == GUILL)
				break;
			if (d == EITHER)
				d = oa && !cb ? OPEN : cb && !oa ? CLOSE :
				    cur == DOUBLE ? CLOSE : OPEN;
			else if (d == CLOSE && cur != DOUBLE && oa && !cb)
				d = OPEN;	/* ” used as an opening mark */
			else if (d == OPEN && cur == DOUBLE && (curlow9 ||
			    (cb && !oa)))
				d = CLOSE;	/* „…“, or “ used to close */
			if (cur == SINGLE)	/* that ‘ was an apostrophe */
				cur = NONE;
			if (d == OPEN) {
				/* Two opening marks: the first never closed. */
				reopened |= cur == DOUBLE;
				cur = DOUBLE, open = i, openlen = m.len;
				curlow9 = m.low9;
				break;
			}
			if (cur == DOUBLE)
				emit(&sc, open, open + openlen, i, i + m.len,
				    0);
			else
				emit(&sc, sc.from, sc.from, i, i + m.len,
				    QUOTE_NOOPEN);
			cur = NONE;
			break;
		case GUILL:
			if (cur == DOUBLE)
				break;
			if (d == OPEN) {
				if (cur != GUILL)
					cur = GUILL, open = i, depth = 0;
				openlen = m.len;
				depth++;
			} else if (cur == GUILL && --depth == 0) {
				emit(&sc, open, open + openlen, i, i + m.len,
				    0);
				cur = NONE;
			}
			break;
		case SINGLE:
			if (cur == DOUBLE || cur == GUILL)
				break;
			if (ch_isword(before) && ch_isword(after))
				break;	/* don't, EU’s */
			if (cur == SINGLE && !ch_isblank(before) &&
			    d != OPEN) {
				emit(&sc, open, open + openlen, i, i + m.len,
				    QUOTE_SINGLE);
				cur = NONE;
			} else if (d != CLOSE && oa && ch_isword(after)) {
				/* ’90s, '90s: an elision, not a mark */
				if (ch_isdigit(after) && i + m.len + 1 < n &&
				    ch_isdigit((unsigned char)s[i + m.len + 1]))
					break;
				cur = SINGLE, open = i, openlen = m.len;
			}
			break;
		case NONE:
			break;
		}
		i += m.len;
	}
	/* Left open at the paragraph's end, it ends there, unless the
	 * paragraph's marks are a mess of opening ones. */
	if ((cur == DOUBLE && !reopened) || (cur == GUILL && depth == 1))
		emit(&sc, open, open + openlen, n, n, QUOTE_NOCLOSE);
	return sc.nq;
}
