#include <stdint.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* Lines of a hard-wrapped block are at most this many characters long, and
 * the longest is at least WRAPMIN: shorter blocks are lists, not prose. */
#define WRAPMIN 50
#define WRAPMAX 100

int
text_isspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
	    c == '\f';
}

static void
addline(struct article *a, size_t off, size_t end)
{
	struct line *l;
	size_t i = off;

	growarray(&a->lines, &a->linecap, a->nlines + 1, sizeof *a->lines);
	l = &a->lines[a->nlines++];
	l->off = off;
	l->len = end - off;
	while (i < end && (a->text[i] == ' ' || a->text[i] == '\t'))
		i++;
	l->indent = i - off;
}

static void
splitlines(struct article *a)
{
	const char *s = a->text;
	size_t n = a->len, i = 0, start;

	a->nlines = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	start = i;
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		const char *cr = memchr(s + i, '\r', (nl ? (size_t)(nl - s) : n) - i);
		size_t end;

		if (cr) {
			end = (size_t)(cr - s);
			i = end + 1;
			if (i < n && s[i] == '\n')
				i++;
		} else if (nl) {
			end = (size_t)(nl - s);
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

/* Characters on the line, trailing blanks left out: the bytes less the
 * UTF-8 continuation bytes (10xxxxxx), counted eight at a time. */
static size_t
linewidth(const struct article *a, const struct line *l)
{
	const char *s = a->text + l->off;
	size_t i = 0, cont = 0, end = l->len;
	uint64_t w;

	while (end > 0 && text_isspace((unsigned char)s[end - 1]))
		end--;
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
	growarray(&a->paras, &a->paracap, a->nparas + 1, sizeof *a->paras);
	p = &a->paras[a->nparas++];
	p->off = f->off + f->indent;
	p->len = end - p->off;
	p->line = first;
	p->nlines = last - first + 1;
}

/* Paragraphs of the block of non-blank lines [b, e). */
static void
blockparas(struct article *a, size_t b, size_t e)
{
	size_t i, w, widest = 0, start = b;
	int wrapped;

	for (i = b; i < e; i++)
		if ((w = linewidth(a, &a->lines[i])) > widest)
			widest = w;
	wrapped = e - b >= 2 && widest >= WRAPMIN && widest <= WRAPMAX;
	for (i = b + 1; i < e; i++) {
		if (wrapped && a->lines[i].indent == 0)
			continue;
		addpara(a, start, i - 1);
		start = i;
	}
	addpara(a, start, e - 1);
}

void
text_paragraphs(struct article *a)
{
	size_t i = 0, b;

	splitlines(a);
	a->nparas = 0;
	while (i < a->nlines) {
		if (isblankline(a, &a->lines[i])) {
			i++;
			continue;
		}
		for (b = i; i < a->nlines && !isblankline(a, &a->lines[i]); i++)
			;
		blockparas(a, b, i);
	}
}
