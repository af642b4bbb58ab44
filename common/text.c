#include <stdint.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* The lines of a hard-wrapped article are at most WRAPMAX characters wide
 * but for one in WIDESHARE, and the widest is at least WRAPMIN: shorter
 * lines are a list, not wrapped prose. */
#define WRAPMIN 50
#define WRAPMAX 100
#define WIDESHARE 10

#define MAX(a, b)	((a) > (b) ? (a) : (b))

/* Each line's width in characters (linewidth), 0 for a blank line, and
 * WRAPMAX + 1 for any line wider than WRAPMAX: the rules below only ask
 * whether such a line is wider. */
static size_t *width;
static size_t widthcap;

static int
isblankline(const struct article *a, const struct line *l)
{
	size_t i;

	for (i = l->indent; i < l->len; i++)
		if (!text_isspace((unsigned char)a->text[l->off + i]))
			return 0;
	return 1;
}

/* Does s[0, n) hold a byte of 0x80 or more?  16 bytes a turn, OR-ed
 * into 16 accumulators: a fixed-length loop compilers do in one vector
 * instruction. */
static int
hashigh(const char *s, size_t n)
{
	unsigned char any[16] = { 0 }, b[16];
	size_t i = 0, k;

	for (; i + 16 <= n; i += 16) {
		memcpy(b, s + i, 16);
		for (k = 0; k < 16; k++)
			any[k] |= b[k];
	}
	for (; i < n; i++)
		any[0] |= (unsigned char)s[i];
	for (k = 1; k < 16; k++)
		any[0] |= any[k];
	return any[0] >= 0x80;
}

/* Characters on the line, trailing blanks left out: the bytes less the
 * UTF-8 continuation bytes (10xxxxxx), counted eight at a time when the
 * article has any (multibyte set), and only until more than WRAPMAX
 * characters are seen (then WRAPMAX + 1): a long line costs no more. */
static size_t
linewidth(const struct article *a, const struct line *l, int multibyte)
{
	const char *s = a->text + l->off;
	size_t i = 0, cont = 0, end = l->len;
	uint64_t w;

	while (end > 0 && text_isspace((unsigned char)s[end - 1]))
		end--;
	if (!multibyte)
		return end;
	for (; i + 8 <= end; i += 8) {
		memcpy(&w, s + i, 8);
		w = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
		cont += (size_t)((w * 0x0101010101010101ULL) >> 56);
		if (i + 8 - cont > WRAPMAX)
			return WRAPMAX + 1;
	}
	for (; i < end; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return end - cont;
}

/* Add the line text[off, end) and its width; multibyte: see linewidth. */
static void
addline(struct article *a, size_t off, size_t end, int multibyte)
{
	struct line *l;
	size_t i = off;

	if (a->nlines == a->linecap)
		growarray(&a->lines, &a->linecap, a->nlines + 1,
		    sizeof *a->lines);
	if (a->nlines == widthcap)
		growarray(&width, &widthcap, a->nlines + 1, sizeof *width);
	l = &a->lines[a->nlines];
	l->off = off;
	l->len = end - off;
	while (i < end && (a->text[i] == ' ' || a->text[i] == '\t'))
		i++;
	l->indent = i - off;
	/* A line of stray UTF-8 continuation bytes counts one character. */
	width[a->nlines++] = isblankline(a, l) ? 0 :
	    MAX(linewidth(a, l, multibyte), 1);
}

/* The offset of the first byte c at or after i, or n when there is none. */
static size_t
nextbyte(const char *s, size_t n, size_t i, char c)
{
	const char *p = memchr(s + i, c, n - i);

	return p ? (size_t)(p - s) : n;
}

static void
splitlines(struct article *a, int multibyte)
{
	const char *s = a->text;
	size_t n = a->len, i = 0, start, end, lf, cr;

	a->nlines = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	start = i;
	/* The next LF and the next CR are looked for again only once
	 * passed: either may lie megabytes ahead, or nowhere, and searching
	 * for it from every line would be quadratic (and a CR is rare: one
	 * search an article is cheaper than one a line). */
	lf = i < n ? nextbyte(s, n, i, '\n') : n;
	cr = i < n ? nextbyte(s, n, i, '\r') : n;
	while (i < n) {
		if (lf < i)
			lf = nextbyte(s, n, i, '\n');
		if (cr < i)
			cr = nextbyte(s, n, i, '\r');
		if (cr < lf) {
			end = cr;
			i = end + 1;
			if (i < n && s[i] == '\n')
				i++;
		} else if (lf < n) {
			end = lf;
			i = end + 1;
		} else {
			end = i = n;
		}
		addline(a, start, end, multibyte);
		start = i;
	}
}

static void
addpara(struct article *a, size_t first, size_t last)
{
	const struct line *f = &a->lines[first], *l = &a->lines[last];
	size_t end = l->off + l->len;
	struct para *p;

	while (end > f->off && text_isspace((unsigned char)a->text[end - 1]))
		end--;
	if (a->nparas == a->paracap)
		growarray(&a->paras, &a->paracap, a->nparas + 1,
		    sizeof *a->paras);
	p = &a->paras[a->nparas++];
	p->off = f->off + f->indent;
	p->len = end - p->off;
	p->line = first;
	p->nlines = last - first + 1;
}

/* Characters of the line's first word. */
static size_t
firstword(const struct article *a, const struct line *l)
{
	size_t i, w = 0;

	for (i = l->indent; i < l->len; i++) {
		unsigned char c = (unsigned char)a->text[l->off + i];

		if (text_isspace(c))
			break;
		if ((c & 0xC0) != 0x80)
			w++;
	}
	return w;
}

/* Does the line open as no paragraph does: in lower case, or with a
 * period, comma, colon, semicolon or closing bracket? */
static int
opensmidway(const struct article *a, const struct line *l)
{
	char c = a->text[l->off + l->indent];

	switch (c) {
	case '.': case ',': case ':': case ';': case ')':
		return 1;
	}
	return c >= 'a' && c <= 'z';
}

/*
 * Paragraphs of the block of non-blank lines [b, e).  A line that opens
 * midway (opensmidway) continues the line before it, unless it is indented
 * (a table row).  In a hard-wrapped article, col > 0 its wrap column, lines
 * join up too, but paragraphs break at indented lines when the block has
 * any past its first line (wire copy), else at a line whose first word
 * would have fitted on the line before: that shorter line ended its
 * paragraph (a headline over its deck, a list).
 */
static void
blockparas(struct article *a, size_t b, size_t e, size_t col)
{
	size_t i, prevw, start = b;
	int indented = 0, joins;

	for (i = b + 1; i < e; i++)
		if (a->lines[i].indent > 0)
			indented = 1;
	for (i = b + 1; i < e; i++) {
		const struct line *l = &a->lines[i];

		prevw = width[i - 1];
		joins = l->indent == 0 && (opensmidway(a, l) || (col > 0 &&
		    prevw <= col && (indented || prevw + 1 + firstword(a, l) > col)));
		if (joins)
			continue;
		addpara(a, start, i - 1);
		start = i;
	}
	addpara(a, start, e - 1);
}

/*
 * An article is hard-wrapped when its lines are at most WRAPMAX wide, a
 * few aside (a table row, a link), and the widest, the wrap column, is at
 * least WRAPMIN; written one paragraph a line, most of its lines are
 * wider.  Returns the wrap column, 0 when it is not.
 */
static size_t
wrapcolumn(const struct article *a)
{
	size_t i, col = 0, wide = 0, narrow = 0;

	for (i = 0; i < a->nlines; i++) {
		if (width[i] > WRAPMAX)
			wide++;
		else if (width[i] > 0) {
			narrow++;
			if (width[i] > col)
				col = width[i];
		}
	}
	return col >= WRAPMIN && wide * WIDESHARE <= narrow ? col : 0;
}

void
text_paragraphs(struct article *a)
{
	size_t i, b, col;

	splitlines(a, hashigh(a->text, a->len));
	col = wrapcolumn(a);
	a->nparas = 0;
	for (i = 0; i < a->nlines; ) {
		if (width[i] == 0) {
			i++;
			continue;
		}
		for (b = i; i < a->nlines && width[i] > 0; i++)
			;
		blockparas(a, b, i, col);
	}
}
