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

/* Each line's width in characters (linewidth), 0 for a blank line. */
static size_t *width;
static size_t widthcap;

static void
addline(struct article *a, size_t off, size_t end)
{
	struct line *l;
	size_t i = off;

	if (a->nlines == a->linecap)
		growarray(&a->lines, &a->linecap, a->nlines + 1,
		    sizeof *a->lines);
	l = &a->lines[a->nlines++];
	l->off = off;
	l->len = end - off;
	while (i < end && (a->text[i] == ' ' || a->text[i] == '\t'))
		i++;
	l->indent = i - off;
}

/* The offset of the first byte c at or after i, or n when there is none. */
static size_t
nextbyte(const char *s, size_t n, size_t i, char c)
{
	const char *p = memchr(s + i, c, n - i);

	return p ? (size_t)(p - s) : n;
}

static void
splitlines(struct article *a)
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
		addline(a, start, end);
		start = i;
	}
}

static int
isblankline(const struct article *a, const struct line *l)
{
	size_t i;

	for (i = l->indent; i < l->len; i++)
		if (!text_isspace((unsigned char)a->text[l->off + i]))
			return 0;
	return 1;
}

/* Does s[0, n) hold a byte of 0x80 or more?  32 bytes a turn. */
static int
hashigh(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t w[4], any = 0;

	for (; i + 32 <= n; i += 32) {
		memcpy(w, s + i, 32);
		any |= w[0] | w[1] | w[2] | w[3];
	}
	for (; i < n; i++)
		any |= (unsigned char)s[i];
	return (any & 0x8080808080808080ULL) != 0;
}

/* Characters on the line, trailing blanks left out: the bytes less the
 * UTF-8 continuation bytes (10xxxxxx), counted eight at a time, when the
 * article has any (multibyte set). */
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
	}
	for (; i < end; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return end - cont;
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
	int multibyte = hashigh(a->text, a->len);

	splitlines(a);
	growarray(&width, &widthcap, a->nlines, sizeof *width);
	/* A line of stray UTF-8 continuation bytes counts one character. */
	for (i = 0; i < a->nlines; i++)
		width[i] = isblankline(a, &a->lines[i]) ? 0 :
		    MAX(linewidth(a, &a->lines[i], multibyte), 1);
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
