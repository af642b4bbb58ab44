#include <stdlib.h>
#include <string.h>

#include "entok.h"
#include "utf8.h"
#include "util.h"
#include "wordlist.h"

#define MAXGAZ	6	/* tokens in the longest word-list entry */

enum cls { C_SPACE, C_PUNCT, C_UPPER, C_LOWER, C_DIGIT, C_OTHER };

static const struct wordlist *const gazlists[NGAZ] = {
	[GZ_LOC] = &words_countries,
	[GZ_CITY] = &words_cities,
	[GZ_ORG] = &words_organizations,
	[GZ_MISC] = &words_demonyms,
	[GZ_GIVEN] = &words_givennames,
	[GZ_TITLE] = &words_titles,
	[GZ_ORGHEAD] = &words_orgheads,
	[GZ_LOCHEAD] = &words_placeheads,
	[GZ_NONAME] = &words_nonames,
};

uint32_t
entok_hash(uint32_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

uint32_t
entok_hashlower(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	unsigned char c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * 16777619u;
	}
	return h;
}

uint32_t
entok_mix(uint32_t h, uint32_t v)
{
	h = (h ^ (v * 0x9e3779b1u)) * 0x85ebca6bu;
	return h ^ h >> 15;
}

static enum cls
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		if (c == ' ' || (c >= '\t' && c <= '\r') || c < ' ')
			return C_SPACE;
		return C_PUNCT;
	}
	if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
	    c == 0x3000 || c == 0x85)
		return C_SPACE;
	if ((c >= 0x2010 && c <= 0x205E) || c == 0xAB || c == 0xBB ||
	    (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
	    (c >= 0x3000 && c <= 0x303F) || c == UTF8_BAD)
		return C_PUNCT;
	/* Latin-1, Latin Extended-A, Greek and Cyrillic capitals */
	if ((c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3AB) ||
	    (c >= 0x400 && c <= 0x42F) ||
	    (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x138))
		return C_UPPER;
	if ((c >= 0xDF && c <= 0xFF) || (c >= 0x3AC && c <= 0x3CE) ||
	    (c >= 0x430 && c <= 0x45F) || (c >= 0x100 && c <= 0x17F))
		return C_LOWER;
	return C_OTHER;
}

/* classify() of the ASCII characters, made once */
static unsigned char asciicls[128];

static void
asciiinit(void)
{
	uint32_t c;

	for (c = 0; c < 128; c++)
		asciicls[c] = (unsigned char)classify(c);
}

static int
isword(enum cls k)
{
	return k >= C_UPPER;
}

static enum cls
clsat(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t c;

	if ((unsigned char)s[i] < 0x80) {
		*len = 1;
		return (enum cls)asciicls[(unsigned char)s[i]];
	}
	*len = utf8_decode(s, n, i, &c);
	return classify(c);
}

static int
isapos(const char *s, size_t n, size_t i, size_t *len)
{
	if (s[i] == '\'') {
		*len = 1;
		return 1;
	}
	if (utf8_is(s, n, i, 0x2019)) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* Does s start with a clitic written after an apostrophe ('s, 't,
 * 've, 're, 'll, 'd, 'm), ending there? */
static int
isclitic(const char *s, size_t n)
{
	static const char *const clitics[] = { "s", "S", "t", "ve", "re",
	    "ll", "d", "m" };
	size_t i, k, l;

	for (i = 0; i < sizeof clitics / sizeof clitics[0]; i++) {
		k = strlen(clitics[i]);
		if (k <= n && memcmp(s, clitics[i], k) == 0 &&
		    (k == n || !isword(clsat(s, n, k, &l))))
			return 1;
	}
	return 0;
}

/* End of the word starting at s[i]: letters and digits, joined by inner
 * dots (U.S), hyphens, ampersands and apostrophes (O'Neill), but a
 * possessive 's is cut off. */
static size_t
wordend(const char *s, size_t n, size_t i)
{
	size_t l, l2, j;
	enum cls k;

	for (;;) {
		while (i < n && isword(clsat(s, n, i, &l)))
			i += l;
		if (i >= n)
			return i;
		if (s[i] == '.' || s[i] == '-' || s[i] == '&')
			l = 1;
		else if (!isapos(s, n, i, &l))
			return i;
		j = i + l;
		if (j >= n || !isword(k = clsat(s, n, j, &l2)))
			return i;
		/* 's, n't, 've, 'll... end the word before the mark */
		if ((l > 1 || s[i] == '\'') && isclitic(s + j, n - j))
			return i;
		i = j;
	}
}

static int
isabbrev(const char *s, size_t n)
{
	size_t i;

	if (n == 1)
		return s[0] >= 'A' && s[0] <= 'Z';
	for (i = 0; i < n; i++)
		if (s[i] == '.')
			return 1;
	return n <= 5 && wl_find(&words_abbreviations, s, n) != NULL;
}

static void
addtok(struct etoks *ts, const char *s, size_t off, size_t len, size_t part)
{
	static const char clsshape[] = {
		[C_UPPER] = 'X', [C_LOWER] = 'x', [C_DIGIT] = 'd', [C_OTHER] = 'o'
	};
	struct etok *t;
	size_t i, j, l, n[C_OTHER + 1] = { 0 }, nshape = 0;
	uint32_t hl = 2166136261u, hw = 2166136261u;
	enum cls k, first = C_PUNCT;
	unsigned char c;
	char sh, lastsh = 0, shape[8];

	growarray(&ts->t, &ts->cap, ts->n + 1, sizeof *ts->t);
	t = &ts->t[ts->n++];
	memset(t, 0, sizeof *t);
	t->off = off;
	t->s = s;
	t->len = len;
	t->part = part;
	for (i = 0; i < len; i += l) {
		c = (unsigned char)s[i];
		k = clsat(s, len, i, &l);
		if (i == 0)
			first = k;
		n[k]++;
		/* the shape: classes of characters, runs made one */
		sh = k >= C_UPPER ? clsshape[k] : c < 0x80 ? (char)c : '*';
		if (sh != lastsh && nshape < sizeof shape)
			shape[nshape++] = sh;
		lastsh = sh;
		/* the lower-cased form drops inner dots: U.S. is US */
		for (j = i; j < i + l; j++) {
			c = (unsigned char)s[j];
			hw = (hw ^ c) * 16777619u;
			if (k == C_UPPER && c < 0x80)
				c += 32;
			else if (c == '.' && j > 0)
				continue;
			else if (c == '-' && j > 0)
				t->flags |= TF_HYPHEN;
			hl = (hl ^ c) * 16777619u;
		}
	}
	t->hlow = hl;
	t->hword = hw;
	t->hshape = entok_hash(2166136261u, shape, nshape);
	if (first == C_UPPER)
		t->flags |= TF_CAP;
	else if (first == C_LOWER)
		t->flags |= TF_LOWER;
	if (n[C_UPPER] > 0)
		t->flags |= TF_UPPER;
	if (n[C_UPPER] > 1 && n[C_LOWER] == 0)
		t->flags |= TF_ALLCAP;
	if (n[C_DIGIT])
		t->flags |= TF_DIGIT;
	if (n[C_UPPER] + n[C_LOWER] + n[C_DIGIT] + n[C_OTHER] == 0)
		t->flags |= TF_PUNCT;
}

static int
endsentence(const struct etok *t)
{
	if (t->len != 1)
		return t->len == 3 && utf8_is(t->s, 3, 0, 0x2026);
	return t->s[0] == '.' || t->s[0] == '!' || t->s[0] == '?' ||
	    t->s[0] == ':';
}

static int
isopener(const struct etok *t)
{
	uint32_t c;

	utf8_decode(t->s, t->len, 0, &c);
	return c == '"' || c == '(' || c == '[' || c == '\'' || c == 0x201C ||
	    c == 0x2018 || c == 0xAB || c == 0x201E;
}

/* Tokens of one part; sentence starts marked, ALL-CAPS parts flagged. */
static void
tokpart(struct etoks *ts, const struct part *p, size_t pi)
{
	const char *s = p->text;
	size_t n = p->len, i = 0, j, l, first = ts->n, nup = 0, nlow = 0;
	int sstart = 1;
	enum cls k;
	struct etok *t;

	while (i < n) {
		k = clsat(s, n, i, &l);
		if (k == C_SPACE) {
			i += l;
			continue;
		}
		if (isword(k)) {
			j = wordend(s, n, i);
			if (j < n && s[j] == '.' && isabbrev(s + i, j - i))
				j++;
		} else if (isapos(s, n, i, &l) && i + l < n &&
		    (s[i + l] == 's' || s[i + l] == 'S') &&
		    (i + l + 1 >= n || !isword(clsat(s, n, i + l + 1, &j)))) {
			j = i + l + 1;
		} else {
			/* a run of one ASCII mark (--, ...) or one character */
			j = i + l;
			if (l == 1)
				while (j < n && s[j] == s[i])
					j++;
		}
		addtok(ts, s + i, p->off + i, j - i, pi);
		t = &ts->t[ts->n - 1];
		if (!isword(k) && t->len >= 2 && (t->s[t->len - 1] == 's' ||
		    t->s[t->len - 1] == 'S'))
			t->flags |= TF_POSS | TF_PUNCT;
		if (sstart && !(t->flags & TF_PUNCT)) {
			t->flags |= TF_SSTART;
			sstart = 0;
		}
		if (endsentence(t))
			sstart = 1;
		else if (!(t->flags & TF_PUNCT) || !isopener(t))
			sstart = 0;
		nup += (t->flags & (TF_CAP | TF_ALLCAP)) != 0;
		nlow += (t->flags & TF_LOWER) != 0;
		i = j;
	}
	if (ts->n > first)
		ts->t[first].flags |= TF_PSTART;
	if (nlow == 0 && nup > 0)
		for (j = first; j < ts->n; j++)
			ts->t[j].flags |= TF_CAPSLINE;
}

/* Mark how each word is written elsewhere in the article. */
static void
markseen(struct etoks *ts)
{
	size_t i, h, mask, need = 16;
	uint32_t key, *e;
	struct etok *t;

	while (need < 2 * ts->n)
		need *= 2;
	if (ts->seencap < need) {
		free(ts->seen);
		ts->seen = xmalloc(2 * need * sizeof *ts->seen);
		ts->seencap = need;
	}
	memset(ts->seen, 0, 2 * need * sizeof *ts->seen);
	mask = need - 1;
	for (int pass = 0; pass < 2; pass++) {
		for (i = 0; i < ts->n; i++) {
			t = &ts->t[i];
			if (t->flags & TF_PUNCT)
				continue;
			key = t->hlow | 1;
			for (h = key & mask;; h = (h + 1) & mask) {
				e = &ts->seen[2 * h];
				if (e[0] == key || e[0] == 0)
					break;
			}
			if (pass == 1) {
				t->flags |= (uint16_t)e[1];
				continue;
			}
			e[0] = key;
			if (t->flags & TF_CAPSLINE)
				continue;
			if (t->flags & TF_LOWER)
				e[1] |= TF_SEENLOW;
			else if ((t->flags & TF_CAP) && !(t->flags & TF_SSTART))
				e[1] |= TF_SEENCAP;
		}
	}
}

/* c in title case, given whether a letter came before it. */
static char
titlechar(char c, int *prevletter)
{
	if (*prevletter && c >= 'A' && c <= 'Z')
		c += 32;
	*prevletter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	return c;
}

void
entok_titlecase(const char *s, size_t n, char *out)
{
	size_t i;
	int prevletter = 0;

	for (i = 0; i < n; i++)
		out[i] = titlechar(s[i], &prevletter);
}

/*
 * The word lists as one hash table: for each key (a list entry, or the
 * first words of a longer entry), the classes whose lists hold it in
 * full, and those where it only begins an entry.  Keys are 64-bit FNV-1a
 * hashes of the words, joined by single spaces.
 */
struct gazkey {
	uint64_t h;
	uint16_t full, prefix;
};

static struct gazkey *gaztab;
static size_t gazmask;
/* a bit for each key's hash, small enough to stay in cache: most words
 * are no key, and the bit says so without a probe of the table */
static uint64_t gazbits[1024];

#define GAZBIT(h) ((h) >> 40 & 0xffff)

#define FNV64_INIT 14695981039346656037ull
#define FNV64_STEP(h, c) (((h) ^ (unsigned char)(c)) * 1099511628211ull)

static struct gazkey *
gazslot(uint64_t h)
{
	size_t i;

	for (i = (size_t)h & gazmask;; i = (i + 1) & gazmask)
		if (gaztab[i].h == h || gaztab[i].h == 0)
			return &gaztab[i];
}

static void
gazbuild(void)
{
	const struct word *w;
	struct gazkey *g;
	size_t c, i, k, n = 0, cap = 64;
	uint64_t h;

	for (c = 0; c < NGAZ; c++)
		for (i = 0; i < gazlists[c]->n; i++)
			for (k = 0, n++; k < gazlists[c]->w[i].keylen; k++)
				n += gazlists[c]->w[i].key[k] == ' ';
	while (cap < 2 * n)
		cap *= 2;
	gaztab = xmalloc(cap * sizeof *gaztab);
	memset(gaztab, 0, cap * sizeof *gaztab);
	gazmask = cap - 1;
	for (c = 0; c < NGAZ; c++) {
		for (i = 0; i < gazlists[c]->n; i++) {
			w = &gazlists[c]->w[i];
			h = FNV64_INIT;
			for (k = 0; k < w->keylen; k++) {
				if (w->key[k] == ' ') {
					g = gazslot(h);
					g->h = h;
					g->prefix |= (uint16_t)(1u << c);
				}
				h = FNV64_STEP(h, w->key[k]);
			}
			g = gazslot(h);
			g->h = h;
			g->full |= (uint16_t)(1u << c);
		}
	}
	for (i = 0; i <= gazmask; i++)
		if (gaztab[i].h != 0)
			gazbits[GAZBIT(gaztab[i].h) / 64] |=
			    1ull << (GAZBIT(gaztab[i].h) % 64);
}

/* Hash token t onto h, after a space unless first; ALL-CAPS words of
 * more than three letters folded to title case when fold is set. */
static uint64_t
gazstep(uint64_t h, const struct etok *t, int first, int fold)
{
	size_t i;
	int prevletter = 0;

	if (!first)
		h = FNV64_STEP(h, ' ');
	fold = fold && (t->flags & TF_ALLCAP) && t->len > 3;
	for (i = 0; i < t->len; i++)
		h = FNV64_STEP(h, fold ? titlechar(t->s[i], &prevletter) :
		    t->s[i]);
	return h;
}

static void
markgaz(struct etoks *ts)
{
	size_t i, j, m, best[NGAZ];
	uint64_t h[2];
	struct gazkey *g;
	unsigned grow, c, f;

	if (gaztab == NULL)
		gazbuild();
	for (i = 0; i < ts->n; i++) {
		if (!(ts->t[i].flags & (TF_CAP | TF_ALLCAP)))
			continue;
		memset(best, 0, sizeof best);
		h[0] = h[1] = FNV64_INIT;
		for (j = i; j < ts->n && j < i + MAXGAZ; j++) {
			if (ts->t[j].part != ts->t[i].part)
				break;
			grow = 0;
			for (f = 0; f < 2; f++) {
				h[f] = gazstep(h[f], &ts->t[j], j == i, (int)f);
				if (f == 1 && h[1] == h[0])
					break;
				if (!(gazbits[GAZBIT(h[f]) / 64] >>
				    (GAZBIT(h[f]) % 64) & 1))
					continue;
				g = gazslot(h[f]);
				if (g->h != h[f])
					continue;
				for (c = 0; c < NGAZ; c++)
					if ((g->full >> c) & 1)
						best[c] = j - i + 1;
				grow |= g->prefix;
			}
			if (!grow)
				break;
		}
		for (c = 0; c < NGAZ; c++) {
			if ((m = best[c]) == 0 || ((ts->t[i].gaz >> c) & 1))
				continue;
			ts->t[i].gazstart |= (uint16_t)(1u << c);
			for (j = i; j < i + m; j++) {
				ts->t[j].gaz |= (uint16_t)(1u << c);
				if (m > 1)
					ts->t[j].gazmulti |= (uint16_t)(1u << c);
			}
		}
	}
}

void
entok_article(struct etoks *ts, const struct article *a)
{
	size_t i;

	if (asciicls['A'] == 0)
		asciiinit();
	ts->n = 0;
	for (i = 0; i < a->nparts; i++)
		if (a->parts[i].kind != PART_JUNK)
			tokpart(ts, &a->parts[i], i);
	markseen(ts);
	markgaz(ts);
}
