#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "text.h"
#include "util.h"

/* The lines of a hard-wrapped article are at most WRAPMAX characters wide
 * but for one in WIDESHARE, and the widest is at least WRAPMIN: shorter
 * lines are a list, not wrapped prose. */
#define WRAPMIN 50
#define WRAPMAX 100
#define WIDESHARE 10

/* What the paragraph rules ask of each line beyond struct line: its width
 * in characters (charwidth), 0 for a blank line and more than WRAPMAX for
 * any line wider than WRAPMAX (the rules only ask whether such a line is
 * wider), and its length with trailing blanks left out, where a paragraph
 * ending on it ends. */
struct linesize {
	size_t width;
	size_t trimmed;
};

static struct linesize *linesz;
static size_t lineszcap;

/* The wrap column's evidence, gathered as lines are added: the widest
 * line of at most WRAPMAX characters, and how many lines are wider or
 * not (blank lines aside). */
struct wrapcount {
	size_t col, wide, narrow;
};

/* Does s[0, n) hold a byte of 0x80 or more?  64 bytes a turn, then 16,
 * OR-ed into 16 accumulators: fixed-length loops compilers do in a few
 * vector instructions. */
static int
hashigh(const char *s, size_t n)
{
	unsigned char any[16] = { 0 }, b[64];
	size_t i = 0, k;

	for (; i + 64 <= n; i += 64) {
		memcpy(b, s + i, 64);
		for (k = 0; k < 16; k++)
			any[k] |= b[k] | b[k + 16] | b[k + 32] | b[k + 48];
	}
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

/* Characters in s[0, end): the bytes less the UTF-8 continuation bytes
 * (10xxxxxx), counted eight at a time, and only until more than WRAPMAX
 * characters are seen (then WRAPMAX + 1): a long line costs no more. */
static size_t
charwidth(const char *s, size_t end)
{
	size_t i = 0, cont = 0;
	uint64_t w;

	for (; i + 8 <= end; i += 8) {
		w = asc_load8(s + i);
		w = (w & ~(w << 1) & ASC_HIGHS8) >> 7;
		cont += (size_t)((w * ASC_ONES8) >> 56);
		if (i + 8 - cont > WRAPMAX)
			return WRAPMAX + 1;
	}
	for (; i < end; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return end - cont;
}

/* Add the line text[off, end), its indent, trimmed length and width, and
 * count it in wc.  Trailing blanks are left out of the width; a line is
 * blank when nothing but blanks follow its indent.  The width counts
 * bytes, or characters when the article has multibyte ones. */
static void
addline(struct article *a, size_t off, size_t end, int multibyte,
    struct wrapcount *wc)
{
	const char *s = a->text + off;
	struct line *l;
	size_t indent = 0, trimmed = end - off, width;

	/* linesz grows with a->lines, never shorter: one test a line */
	if (a->nlines == a->linecap) {
		growarray(&a->lines, &a->linecap, a->nlines + 1,
		    sizeof *a->lines);
		growarray(&linesz, &lineszcap, a->linecap, sizeof *linesz);
	}
	while (indent < trimmed && (s[indent] == ' ' || s[indent] == '\t'))
		indent++;
	while (trimmed > indent && text_isspace((unsigned char)s[trimmed - 1]))
		trimmed--;
	l = &a->lines[a->nlines];
	l->off = off;
	l->len = end - off;
	l->indent = indent;
	if (trimmed == indent)
		width = 0;
	else {
		/* A line of stray UTF-8 continuation bytes counts one
		 * character. */
		width = multibyte ? charwidth(s, trimmed) : trimmed;
		if (width == 0)
			width = 1;
		if (width > WRAPMAX)
			wc->wide++;
		else {
			wc->narrow++;
			if (width > wc->col)
				wc->col = width;
		}
	}
	linesz[a->nlines].width = width;
	linesz[a->nlines].trimmed = trimmed;
	a->nlines++;
}

/* The offset of the first byte c at or after i, or n when there is none. */
static size_t
nextbyte(const char *s, size_t n, size_t i, char c)
{
	const char *p = memchr(s + i, c, n - i);

	return p ? (size_t)(p - s) : n;
}

/* Fill a->lines; returns the wrap column, 0 when the article is not
 * hard-wrapped: when its lines are at most WRAPMAX wide, a few aside (a
 * table row, a link), and the widest, the wrap column, is at least
 * WRAPMIN.  Written one paragraph a line, most of its lines are wider. */
static size_t
splitlines(struct article *a, int multibyte)
{
	const char *s = a->text;
	size_t n = a->len, i = 0, start, end, lf, cr;
	struct wrapcount wc = { 0, 0, 0 };

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
		addline(a, start, end, multibyte, &wc);
		start = i;
	}
	return wc.col >= WRAPMIN && wc.wide * WIDESHARE <= wc.narrow ?
	    wc.col : 0;
}

/* Add the paragraph of lines first through last. */
static void
addpara(struct article *a, size_t first, size_t last)
{
	const struct line *f = &a->lines[first];
	struct para *p;

	if (a->nparas == a->paracap)
		growarray(&a->paras, &a->paracap, a->nparas + 1,
		    sizeof *a->paras);
	p = &a->paras[a->nparas++];
	p->off = f->off + f->indent;
	p->len = a->lines[last].off + linesz[last].trimmed - p->off;
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

/* Does a line of the block, from line i on, open indented? */
static int
indentedfrom(const struct article *a, size_t i)
{
	for (; i < a->nlines && linesz[i].width > 0; i++)
		if (a->lines[i].indent > 0)
			return 1;
	return 0;
}

/*
 * Paragraphs of the block of non-blank lines from line b on; returns the
 * line after it.  A line that opens midway (opensmidway) continues the
 * line before it, unless it is indented (a table row).  In a hard-wrapped
 * article, col > 0 its wrap column, lines join up too, but paragraphs
 * break at indented lines when the block has any past its first line
 * (wire copy), else at a line whose first word would have fitted on the
 * line before: that shorter line ended its paragraph (a headline over its
 * deck, a list).  Whether the block has indented lines is looked for only
 * when a join asks, and only up to the first.
 */
static size_t
blockparas(struct article *a, size_t b, size_t col)
{
	size_t i, prevw, start = b;
	int joins, indented = -1;	/* -1: not known yet */

	for (i = b + 1; i < a->nlines && linesz[i].width > 0; i++) {
		const struct line *l = &a->lines[i];

		prevw = linesz[i - 1].width;
		if (l->indent > 0)
			joins = 0, indented = 1;
		else if (opensmidway(a, l))
			joins = 1;
		else if (col == 0 || prevw > col)
			joins = 0;
		else {
			if (indented < 0)
				indented = indentedfrom(a, i + 1);
			joins = indented || prevw + 1 + firstword(a, l) > col;
		}
		if (joins)
			continue;
		addpara(a, start, i - 1);
		start = i;
	}
	addpara(a, start, i - 1);
	return i;
}

void
text_paragraphs(struct article *a)
{
	size_t i, col;

	a->multibyte = hashigh(a->text, a->len);
	col = splitlines(a, a->multibyte);
	a->nparas = 0;
	for (i = 0; i < a->nlines; ) {
		if (linesz[i].width == 0) {
			i++;
			continue;
		}
		i = blockparas(a, i, col);
	}
}
