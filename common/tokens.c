#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "tokens.h"
#include "utf8.h"
#include "util.h"
#include "wordlist.h"

static uint32_t
cpat(const char *s, size_t n, size_t i)
{
	uint32_t c;

	if (i >= n)
		return ' ';
	utf8_decode(s, n, i, &c);
	return c;
}

/* Does the word s[b, e) keep a period right after it? */
static int
isabbrev(const char *s, size_t b, size_t e)
{
	size_t i;

	if (e - b == 1 && s[b] >= 'A' && s[b] <= 'Z')
		return 1;	/* an initial: J. */
	for (i = b; i < e; i++)
		if (s[i] == '.')
			return 1;	/* U.S. */
	return wl_find(&words_abbreviations, s + b, e - b) != NULL;
}

/* What each byte is to the tokenizer: an ASCII letter or digit (WB), an
 * ASCII blank (BB), other ASCII (PB), or part of a multibyte character
 * (MB), to be decoded.  Most news text is ASCII: one look a byte. */
enum { PB, BB, WB, MB };

#define MB16	MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB, MB

static const unsigned char bytekind[256] = {
	PB, PB, PB, PB, PB, PB, PB, PB, PB, BB, BB, BB, BB, BB, PB, PB,
	PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB,
	BB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB, PB,
	WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, PB, PB, PB, PB, PB, PB,
	PB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB,
	WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, PB, PB, PB, PB, PB,
	PB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB,
	WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, WB, PB, PB, PB, PB, PB,
	MB16, MB16, MB16, MB16, MB16, MB16, MB16, MB16
};

/* The end of the word starting at s[i]. */
static size_t
wordend(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c;
	size_t len;

	for (;;) {
		/* two letters a turn: words run to several */
		while (i + 1 < n && bytekind[u[i]] == WB &&
		    bytekind[u[i + 1]] == WB)
			i += 2;
		if (i < n && bytekind[u[i]] == WB)
			i++;
		if (i >= n)
			break;
		if (u[i] < 0x80) {
			c = u[i];
			len = 1;
		} else {
			len = utf8_decodemb(s, n, i, &c);
			if (ch_isword(c)) {
				i += len;
				continue;
			}
		}
		/* inner ' ’ - . & between word characters */
		if ((c == '\'' || c == 0x2019 || c == '-' || c == '.' ||
		    c == '&') && i + len < n && ch_isword(cpat(s, n, i + len)))
			i += len;
		else
			break;
	}
	return i;
}

/* The tokens cut so far, and whether the last one ends a sentence if
 * the next one starts a sentence. */
struct cut {
	struct tok *v;
	size_t cap, nt;
	int stop;
};

/* Add a token; stop: it is . ! ? … or a quotation ending in one of
 * them.  A sentence ends at a stop followed by a capital or a quote. */
static inline void
add(struct cut *c, int kind, unsigned flags, size_t b, size_t e, size_t quote,
    int stop)
{
	struct tok *t;

	if (c->nt == c->cap)
		growarray(&c->v, &c->cap, c->nt + 1, sizeof *c->v);
	if (c->stop && (kind == TOK_QUOTE || (flags & TOK_CAP)))
		c->v[c->nt - 1].flags |= TOK_END;
	c->stop = stop;
	t = &c->v[c->nt++];
	t->kind = (unsigned char)kind;
	t->flags = (unsigned char)flags;
	t->beg = b;
	t->end = e;
	t->quote = quote;
}

size_t
tokenize(const char *s, size_t n, const struct quote *q, size_t nq,
    struct tok **v, size_t *cap, size_t nt)
{
	struct cut ct = { *v, *cap, nt, 0 };
	size_t i = 0, k = 0, e, lim;
	uint32_t c;
	int kind;

	for (;;) {
		/* A token ends at the next span's opening mark. */
		lim = k < nq ? q[k].open : n;
		while (i < lim) {
			kind = bytekind[(unsigned char)s[i]];
			if (kind == BB) {
				i++;
				continue;
			}
			if (kind == MB) {
				e = i + utf8_decodemb(s, n, i, &c);
				if (e > lim)
					e = lim;
				kind = ch_isblank(c) ? BB : ch_isword(c) ? WB : PB;
			} else {
				c = (unsigned char)s[i];
				e = i + 1;
			}
			if (kind == WB) {
				e = wordend(s, n, i);
				if (e > lim)
					e = lim;
				if (e < n && s[e] == '.' && isabbrev(s, i, e))
					e++;
				add(&ct, TOK_WORD, (c < 0x80 ? asc_isupper(c) :
				    ch_isupper(c)) ? TOK_CAP : 0, i, e, 0, 0);
				if (e < lim && s[e] == ' ')
					e++;	/* the space after most words */
			} else if (kind == PB)
				add(&ct, TOK_PUNCT, 0, i, e, 0, c == '.' ||
				    c == '!' || c == '?' || c == 0x2026);
			i = e;
		}
		if (k == nq || i >= n)
			break;
		add(&ct, TOK_QUOTE, 0, q[k].open, q[k].close, k,
		    q[k].end > q[k].beg && (s[q[k].end - 1] == '.' ||
		    s[q[k].end - 1] == '!' || s[q[k].end - 1] == '?'));
		i = q[k++].close;
	}
	if (ct.stop)
		ct.v[ct.nt - 1].flags |= TOK_END;	/* the paragraph's end */
	*v = ct.v;
	*cap = ct.cap;
	return ct.nt;
}

/* Copy the n bytes of s to d, ASCII capitals folded when lower. */
static void
copyword(char *d, const char *s, size_t n, int lower)
{
	if (lower)
		asc_lowercopy(d, s, n);
	else
		memcpy(d, s, n);
}

/* The shapes of a list's entries, by first byte and length in bytes (31
 * standing for 31 or more): of the entries (is), and of the first words
 * of those of two words or more (opens).  A word of neither shape
 * matches nothing, and needs no lookup; a word that opens no entry of
 * several words matches alone or not at all, which one exact lookup tells
 * more cheaply than the prefix search word by word.  (Worth 4 % of
 * extract-quotes' instructions on Reuters copy.)  Made
 * on a list's first use; a few lists are kept, any other is looked up
 * in full. */
#define NSHAPES 4

static struct shapes {
	const struct wordlist *l;
	uint32_t is[256], opens[256];	/* bit m: of m bytes */
} shapes[NSHAPES];

static void
addshape(uint32_t *set, const char *w, size_t n)
{
	set[(unsigned char)w[0]] |= (uint32_t)1 << (n < 31 ? n : 31);
}

static int
hasshape(const uint32_t *set, const char *w, size_t n)
{
	return set[(unsigned char)w[0]] >> (n < 31 ? n : 31) & 1;
}

/* The shapes of l, or NULL when too many lists are kept. */
static const struct shapes *
shapesof(const struct wordlist *l)
{
	struct shapes *sh;
	const char *key, *sp;
	size_t k;

	for (sh = shapes; sh < shapes + NSHAPES; sh++) {
		if (sh->l == l)
			return sh;
		if (sh->l != NULL)
			continue;
		for (k = 0; k < l->n; k++) {
			key = l->w[k].key;
			addshape(sh->is, key, l->w[k].keylen);
			if ((sp = memchr(key, ' ', l->w[k].keylen)) != NULL)
				addshape(sh->opens, key, (size_t)(sp - key));
		}
		sh->l = l;
		return sh;
	}
	return NULL;
}

size_t
tok_match(const struct wordlist *l, const char *s, const struct tok *t,
    size_t i, size_t nt, int lower)
{
	const struct shapes *sh;
	const struct word *w;
	char buf[96];
	size_t len, j, best = 0, wl;
	int iskey, opens;

	if (i >= nt || t[i].kind != TOK_WORD ||
	    (len = t[i].end - t[i].beg) + 1 > sizeof buf)
		return 0;
	/* The first byte as the list has it. */
	copyword(buf, s + t[i].beg, 1, lower);
	sh = shapesof(l);
	iskey = sh == NULL || hasshape(sh->is, buf, len);
	opens = sh == NULL || hasshape(sh->opens, buf, len);
	/* One word: its own entry or none, an exact lookup. */
	if (!opens || i + 1 == nt || t[i + 1].kind != TOK_WORD)
		return iskey && (lower ? wl_findlower(l, s + t[i].beg, len) :
		    wl_find(l, s + t[i].beg, len)) != NULL;
	copyword(buf, s + t[i].beg, len, lower);
	for (j = i;;) {
		if ((w = wl_prefixed(l, buf, len)) == NULL)
			break;
		if (w->keylen == len)
			best = j - i + 1;
		if (++j == nt || t[j].kind != TOK_WORD ||
		    len + (wl = t[j].end - t[j].beg) + 1 > sizeof buf)
			break;
		buf[len++] = ' ';
		copyword(buf + len, s + t[j].beg, wl, lower);
		len += wl;
	}
	return best;
}
