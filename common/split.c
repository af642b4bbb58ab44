/*
 * The rules that sort paragraphs into parts, all in this file.  First each
 * paragraph is classed by its own text (classify: furniture, time line,
 * byline, photo credit, or text).  Then the article's head is read in
 * order (readhead): furniture, the headline (the first text paragraph),
 * copies of it, decks, and the lede, whose dateline (dateline.h) is cut
 * off; text paragraphs between the headline and a dateline lede are the
 * standfirst.  What follows is body, with each paragraph's own class.
 */
#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "dateline.h"
#include "opening.h"
#include "split.h"
#include "text.h"
#include "util.h"
#include "wordlist.h"

/*
 * Sizes in bytes.  A headline is at most TEXTMAX long, a deck or a summary
 * at most DECKMAX; site furniture, time lines, bylines and
 * credits at most SHORTMAX; a footer sentence at most FOOTERMAX.  The lede
 * is looked for at most LEDESKIP paragraphs past the first one under the
 * headline.
 */
#define TEXTMAX		400
#define DECKMAX		(2 * TEXTMAX)
#define SHORTMAX	160
#define FOOTERMAX	240
#define LEDESKIP	3
/* A string of icon names has at least this many. */
#define ICONWORDS	8
/* Furniture keys are at most this long (words.txt keys are shorter). */
#define KEYMAX		64

/* What a paragraph's own text says it is. */
enum cls {
	C_TEXT,
	C_JUNK,		/* furniture */
	C_HEAD,		/* label over the summary (`ABSTRACT.') */
	C_OPEN,		/* label over the text (`FULL TEXT.') */
	C_TIME,
	C_BYLINE,
	C_CAPTION,
	C_UNREAD,	/* not classified yet (classof) */
};

/* The values of common/words/furniture.txt. */
enum furn { F_NONE, F_JUNK, F_HEAD, F_OPEN, F_TEASER, F_FOOTER, F_CAPTION,
	F_TIME, F_BYLINE };
static const char *const furnnames[] = { "", "junk", "head", "open",
	"teaser", "footer", "caption", "time", "byline" };

struct pinfo {
	enum part_kind kind;
	enum cls cls;
	size_t dateline;	/* bytes of a dateline opening it, mark included */
	size_t mark;		/* bytes of a mark before it (`****') */
};

static struct pinfo *info;
static size_t infocap;

/* Which paragraphs can hold furniture or a picture desk: most cannot, and
 * are told so before any lookup. */
static struct opening furnopen = OPENING_OF(words_furniture);
static struct opening creditopen = OPENING_OF(words_credits);

/* The first paragraph of the body (readhead); the paragraphs whose
 * parts are made (split_more). */
static size_t body, nsplit;

static int
isupper8(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Is c one of the bytes of set?  (Never NUL, unlike strchr.)  A loop the
 * compiler unrolls over the constant sets, where strchr was a call. */
static int
isin(const char *set, char c)
{
	for (; *set != '\0'; set++)
		if (*set == c)
			return 1;
	return 0;
}

/* Bytes of the word s opens with, up to a blank or a slash. */
static size_t
wordlen(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && !text_isspace((unsigned char)s[i]) && s[i] != '/'; i++)
		;
	return i;
}

static enum furn
furnvalue(const struct word *w)
{
	size_t k;

	for (k = 1; k < sizeof furnnames / sizeof *furnnames; k++)
		if (strcmp(w->val, furnnames[k]) == 0)
			return (enum furn)k;
	return F_NONE;
}

/*
 * The longest furniture key that s[0, n) opens with, whole words only;
 * *keylen gets its length.  Returns F_NONE when there is none.
 */
static enum furn
furniture(const char *s, size_t n, size_t *keylen)
{
	char buf[KEYMAX];
	const struct word *w, *best = NULL;
	size_t e, max = n < KEYMAX ? n : KEYMAX;

	if (!opening_mayopen(&furnopen, s, n))
		return F_NONE;
	for (e = 1; e <= max; e++) {
		/* lowered as reached: most paragraphs stop at the first
		 * word */
		buf[e - 1] = (char)asc_tolower((unsigned char)s[e - 1]);
		if (e < n && !text_isspace((unsigned char)s[e]))
			continue;
		if ((w = wl_prefixed(&words_furniture, buf, e)) == NULL)
			break;
		if (w->keylen == e) {
			best = w;
			*keylen = e;
		}
	}
	return best ? furnvalue(best) : F_NONE;
}

/* Is s[0, n), one final `.' or `:' aside, exactly a furniture key?  Then
 * return its value. */
static enum furn
wholefurniture(const char *s, size_t n)
{
	const struct word *w;

	if (n > 0 && (s[n - 1] == '.' || s[n - 1] == ':'))
		n--;
	if (!opening_maybekey(&furnopen, s, n) ||
	    (w = wl_findlower(&words_furniture, s, n)) == NULL)
		return F_NONE;
	return furnvalue(w);
}

/* Is s[0, n), blanks, brackets and final periods aside, a picture desk?  Returns
 * 2 for one that stands alone as a credit (`Getty.'), 1 for one that
 * needs a name beside it (a wire's name alone is its sign-off). */
static int
iscreditname(const char *s, size_t n)
{
	const struct word *w;

	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ')' ||
	    text_isspace((unsigned char)s[n - 1])))
		n--;
	while (n > 0 && (*s == '(' || text_isspace((unsigned char)*s)))
		s++, n--;
	if (!opening_maybekey(&creditopen, s, n) ||
	    (w = wl_findlower(&words_credits, s, n)) == NULL)
		return 0;
	return strcmp(w->val, "alone") == 0 ? 2 : 1;
}

/* Are the last (or, with first set, the first) one to three words of s[0, n)
 * a picture desk? */
static int
creditbeside(const char *s, size_t n, int first)
{
	size_t i, words = 0;

	if (first) {
		for (i = 1; i <= n && words < 3; i++)
			if (i == n || (text_isspace((unsigned char)s[i]) &&
			    !text_isspace((unsigned char)s[i - 1]))) {
				words++;
				if (iscreditname(s, i))
					return 1;
			}
	} else {
		for (i = n; i-- > 0 && words < 3; )
			if (i == 0 || (text_isspace((unsigned char)s[i - 1]) &&
			    !text_isspace((unsigned char)s[i]))) {
				words++;
				if (iscreditname(s + i, n - i))
					return 1;
			}
	}
	return 0;
}

/* Does s[0, n) hold a copyright sign (U+00A9, C2 A9 in UTF-8) opening a
 * word, that is not in a copyright notice? */
static int
hascopyright(const char *s, size_t n)
{
	const char *p;

	for (p = s; (p = memchr(p, '\xC2', n - (size_t)(p - s))) != NULL; p++)
		if ((size_t)(p - s) + 1 < n && p[1] == '\xA9' &&
		    (p == s || text_isspace((unsigned char)p[-1])) &&
		    (p - s < 9 || memcmp(p - 9, "opyright ", 9) != 0))
			return 1;
	return 0;
}

/*
 * A photo credit: a short line with a copyright sign, a picture desk that
 * stands alone (`Getty.'), or names around a slash with a picture desk
 * next to it (`Reuters / Yves Herman', `Sergey Lavrov (AFP Photo / John
 * Thys)'), every word capitalized but one particle of a name (`van').
 * The sign is looked for only when the article has multibyte text.
 */
static int
iscredit(const char *s, size_t n, int multibyte)
{
	size_t i, first = n, last = n, particles = 0;

	if (n > SHORTMAX)
		return 0;
	if (iscreditname(s, n) == 2 || (multibyte && hascopyright(s, n)))
		return 1;
	if (memchr(s, '/', n) == NULL)	/* the rest needs one */
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '/') {
			if (first == n)
				first = i;
			last = i;
		} else if ((i == 0 || text_isspace((unsigned char)s[i - 1]) ||
		    s[i - 1] == '/' || s[i - 1] == '(') &&
		    !text_isspace((unsigned char)s[i]) &&
		    s[i] != '(' && !isupper8((unsigned char)s[i]) &&
		    (wordlen(s + i, n - i) > 3 || particles++ > 0))
			return 0;
	}
	return first < n && (creditbeside(s, first, 0) ||
	    creditbeside(s + last + 1, n - last - 1, 1));
}

/*
 * `By Jane Doe', `by Janie Gabbett, Reuters': after `By' a few words, some
 * capitalized, at most two not (`and', `for', a name in lower case), no
 * digits, and no end of a sentence (`By then, the vote was over.'): a
 * final period only after capitalized words (`By Jane Doe, Reuters.').
 */
static int
isbyline(const char *s, size_t n, size_t keylen)
{
	size_t i, upper = 0, lowers = 0;
	int stop = s[n - 1] == '.';

	if (n > SHORTMAX || isin("!?:;", s[n - 1]))
		return 0;
	for (i = keylen; i < n; i++) {
		if (asc_isdigit((unsigned char)s[i]))
			return 0;
		if (!text_isspace((unsigned char)s[i]) &&
		    text_isspace((unsigned char)s[i - 1])) {
			if (isupper8((unsigned char)s[i]))
				upper++;
			else
				lowers++;
		}
	}
	return upper > 0 && lowers <= (stop ? 0 : 2);
}

/* A bare name, as wires put a byline over the dateline (`Larry Fine'):
 * two to four capitalized words, no digit, no final period. */
static int
isname(const char *s, size_t n)
{
	size_t i, words = 0;

	if (n > SHORTMAX / 4 || s[n - 1] == '.')
		return 0;
	for (i = 0; i < n; i++) {
		if (asc_isdigit((unsigned char)s[i]))
			return 0;
		if (!text_isspace((unsigned char)s[i]) &&
		    (i == 0 || text_isspace((unsigned char)s[i - 1]))) {
			if (!isupper8((unsigned char)s[i]))
				return 0;
			words++;
		}
	}
	return words >= 2 && words <= 4;
}

/* A string of icon names (`icon bookmark-bicon bookmarkicon camera...')
 * over the headline: many words, and no capital letter, digit or
 * punctuation of prose. */
static int
isicons(const char *s, size_t n)
{
	size_t i, words = 0;
	int inword = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '.': case ',': case ';': case ':': case '!': case '?':
		case '"': case '(': case ')':
			return 0;
		case ' ': case '\t': case '\n': case '\r':
			inword = 0;
			continue;
		}
		if ((c >= 'A' && c <= 'Z') || asc_isdigit(c))
			return 0;
		words += !inword;
		inword = 1;
	}
	return words >= ICONWORDS;
}

static int
haslower(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 1;
	return 0;
}

/* Does s[0, n) hold an ASCII digit?  Eight bytes at a time. */
static int
hasdigit(const char *s, size_t n)
{
	size_t i;
	uint64_t w;

	for (i = 0; i + 8 <= n; i += 8) {
		w = asc_load8(s + i);
		if (asc_digitmask(w) != 0)
			return 1;
	}
	for (; i < n; i++)
		if (asc_isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

static enum cls
classify(const char *s, size_t n, int multibyte)
{
	struct dateline d;
	size_t keylen = 0;

	switch (wholefurniture(s, n)) {
	case F_JUNK:
		return C_JUNK;
	case F_HEAD:
		return C_HEAD;
	case F_OPEN:
		return C_OPEN;
	default:
		break;
	}
	/* each kind of furniture below holds at most TEXTMAX bytes */
	switch (n <= TEXTMAX ? furniture(s, n, &keylen) : F_NONE) {
	case F_TEASER:
		if (n <= FOOTERMAX)
			return C_JUNK;
		break;
	case F_CAPTION:
		if (n <= TEXTMAX)
			return C_CAPTION;
		break;
	case F_TIME:
		if (n <= SHORTMAX / 2 && s[n - 1] != '.' && hasdigit(s, n))
			return C_TIME;
		break;
	case F_BYLINE:
		if (isbyline(s, n, keylen))
			return C_BYLINE;
		break;
	default:
		break;
	}
	if (n <= SHORTMAX && timeline_parse(s, n, &d))
		return C_TIME;
	if (iscredit(s, n, multibyte))
		return C_CAPTION;
	return C_TEXT;
}

/* Does the period before s[j] end an abbreviation (`U.S.', `Mr.'): a word
 * of at most three letters, capitalized, or one with a period inside? */
static int
isabbrev(const char *s, size_t j)
{
	size_t w = j - 1, k;

	while (w > 0 && !text_isspace((unsigned char)s[w - 1]))
		w--;
	for (k = w; k + 1 < j; k++)
		if (s[k] == '.')
			return 1;
	return j - 1 - w <= 3 && s[w] >= 'A' && s[w] <= 'Z';
}

/*
 * Where a last sentence such as `Read the full interview on RT here.'
 * starts in s[0, n): it opens with a footer word and ends in the word
 * `here', a period or `!' aside.
 * Returns n when there is none.
 */
static size_t
footer(const char *s, size_t n)
{
	size_t i, keylen, m = n;
	char end[4];

	if (m > 0 && (s[m - 1] == '.' || s[m - 1] == '!'))
		m--;
	if (m < 5 || !text_isspace((unsigned char)s[m - 5]))
		return n;
	asc_lowercopy(end, s + m - 4, 4);
	if (memcmp(end, "here", 4) != 0)
		return n;
	/* Back to the start of the last sentence, past abbreviations (`U.S.
	 * State'), if it is near. */
	for (i = m - 4; i > 0 && n - i <= FOOTERMAX; i--) {
		size_t j = i - 1;

		if (!text_isspace((unsigned char)s[j]) ||
		    !isupper8((unsigned char)s[i]))
			continue;
		while (j > 0 && text_isspace((unsigned char)s[j - 1]))
			j--;
		/* closing quotes, brackets, UTF-8 marks */
		while (j > 0 && (isin("\"')", s[j - 1]) ||
		    (unsigned char)s[j - 1] >= 0x80))
			j--;
		if (j == 0 || !isin(".!?", s[j - 1]) || isabbrev(s, j))
			continue;
		return furniture(s + i, n - i, &keylen) == F_FOOTER ? i : n;
	}
	if (n <= FOOTERMAX && furniture(s, n, &keylen) == F_FOOTER)
		return 0;
	return n;
}

static enum part_kind
partof(enum cls c)
{
	switch (c) {
	case C_TIME:
		return PART_TIME;
	case C_BYLINE:
		return PART_BYLINE;
	case C_CAPTION:
		return PART_CAPTION;
	case C_TEXT:
		return PART_BODY;
	default:
		return PART_JUNK;
	}
}

static void
classifypara(const struct article *a, size_t k)
{
	info[k].cls = classify(a->text + a->paras[k].off, a->paras[k].len,
	    a->multibyte);
}

/* Paragraph k's class, found when first asked for: the head's rules ask
 * it of a few paragraphs, and split_more() of the ones it adds.  Inline,
 * the test only: it is asked again and again. */
static inline enum cls
classof(const struct article *a, size_t k)
{
	if (info[k].cls == C_UNREAD)
		classifypara(a, k);
	return info[k].cls;
}

/* Do paragraphs p and q hold the same text, runs of white space aside? */
static int
sametext(const struct article *a, const struct para *p, const struct para *q)
{
	const char *s = a->text + p->off, *t = a->text + q->off;
	size_t i = 0, j = 0;

	while (i < p->len && j < q->len) {
		int sp = text_isspace((unsigned char)s[i]);
		int tp = text_isspace((unsigned char)t[j]);

		if (sp != tp || (!sp && s[i] != t[j]))
			return 0;
		if (sp) {
			while (i < p->len && text_isspace((unsigned char)s[i]))
				i++;
			while (j < q->len && text_isspace((unsigned char)t[j]))
				j++;
		} else
			i++, j++;
	}
	return i == p->len && j == q->len;
}

/* Does paragraph k open with a dateline?  Notes where; d gets it. */
static int
hasdateline(const struct article *a, size_t k, struct dateline *d)
{
	info[k].dateline = dateline_find(a->text + a->paras[k].off,
	    a->paras[k].len, d);
	info[k].mark = d->off;
	return info[k].dateline > 0;
}

/*
 * The lede: the first text paragraph from k on, or one of the LEDESKIP
 * after it that opens with a dateline; the paragraphs before it, decks,
 * are then the standfirst, or a byline when a bare name.  A dated or credited dateline may follow decks
 * up to DECKMAX long, an undated one in capitals only decks up to SHORTMAX,
 * and must open prose, with letters in lower case: else it is as likely a
 * lead-in (`IOWA POLLS NOT WRONG, JUST EARLY -') or a table row (`ZINC -
 * PRIME WESTERN  50.00/56.50').  Returns the lede.
 */
static size_t
readlede(const struct article *a, size_t k)
{
	struct dateline d;
	size_t i, j, longest = 0;

	for (i = k; i < a->nparas && i <= k + LEDESKIP; i++) {
		if (classof(a, i) != C_TEXT)
			continue;
		if (hasdateline(a, i, &d)) {
			if (d.month == 0 && d.agency == NULL && (longest > SHORTMAX ||
			    !haslower(a->text + a->paras[i].off, a->paras[i].len))) {
				info[i].dateline = 0;
				break;
			}
			for (j = k; j < i; j++)
				info[j].kind = classof(a, j) != C_TEXT ?
				    partof(classof(a, j)) : isname(a->text +
				    a->paras[j].off, a->paras[j].len) ?
				    PART_BYLINE : PART_STANDFIRST;
			return i;
		}
		if (a->paras[i].len > longest)
			longest = a->paras[i].len;
		if (longest > DECKMAX)
			break;
	}
	return k;
}

/*
 * Sort the article's head: furniture, the headline, its copies, labels,
 * decks and the lede.  Returns the first paragraph of the body.
 */
static size_t
readhead(const struct article *a)
{
	const struct para *p = a->paras;
	struct dateline d;
	size_t n = a->nparas, i = 0, t, k, lede;
	int lead = 0;

	for (; i < n; i++) {
		if (classof(a, i) == C_TEXT && isicons(a->text + p[i].off, p[i].len))
			info[i].cls = C_JUNK;
		if (classof(a, i) == C_TEXT)
			break;
		info[i].kind = partof(classof(a, i));
		if (info[i].kind == PART_JUNK || info[i].kind == PART_TIME)
			lead = 1;
	}
	if (i == n)
		return i;
	/* No headline when the first text opens with a dateline, unless it
	 * could be a headline with a dash (`SUGAR IMPORTS DETAILED -- USDA'):
	 * a dateline with neither date nor agency on a short paragraph. */
	if (hasdateline(a, i, &d)) {
		if (p[i].len > TEXTMAX || ((d.month > 0 || d.agency != NULL) &&
		    p[i].len - d.len > SHORTMAX / 4))
			return i;
		info[i].dateline = 0;
	}
	if (p[i].len > TEXTMAX)
		return i;
	info[i].kind = PART_TITLE;
	t = i++;
	/* A short paragraph right under the headline, no blank line between,
	 * is its deck. */
	if (i < n && classof(a, i) == C_TEXT && p[i].len <= TEXTMAX &&
	    p[i].line == p[t].line + p[t].nlines && i + 1 < n)
		info[i++].kind = PART_STANDFIRST;
	for (; i < n; i++) {
		if (classof(a, i) == C_TEXT) {
			if (!sametext(a, &p[t], &p[i]))
				break;
			info[i].kind = PART_JUNK;
		} else if (classof(a, i) == C_HEAD) {
			/* A summary, when a label over the text follows. */
			for (k = i + 1; k < n && k <= i + 1 + LEDESKIP; k++)
				if (classof(a, k) == C_OPEN)
					break;
			if (k >= n || classof(a, k) != C_OPEN)
				info[i].kind = PART_JUNK;
			else {
				for (; i < k; i++)
					info[i].kind = classof(a, i) == C_TEXT ?
					    PART_STANDFIRST : partof(classof(a, i));
				info[k].kind = PART_JUNK;
				return readlede(a, k + 1);
			}
		} else
			info[i].kind = partof(classof(a, i));
	}
	if (i == n)
		return n;
	if ((lede = readlede(a, i)) != i || info[i].dateline > 0)
		return lede;
	/* No dateline: after site furniture or a time line over the headline,
	 * a web page's first paragraph is its summary. */
	if (lead && p[i].len <= DECKMAX && i + 1 < n) {
		info[i].kind = PART_STANDFIRST;
		return i + 1;
	}
	return i;
}

static void
addspan(struct article *a, enum part_kind kind, size_t off, size_t len)
{
	while (len > 0 && text_isspace((unsigned char)a->text[off + len - 1]))
		len--;
	if (len > 0)
		article_addpart(a, kind, off, a->text + off, len);
}

/* Add paragraph k's parts: its dateline cut off and any junk after. */
static void
addparts(struct article *a, size_t k)
{
	const struct para *p = &a->paras[k];
	size_t d = info[k].dateline, start, end;

	/* [start, end): the part; a dateline before, junk after. */
	start = p->off + d;
	end = p->off + p->len;
	while (start < end && text_isspace((unsigned char)a->text[start]))
		start++;
	if (info[k].kind == PART_BODY)
		end = start + footer(a->text + start, end - start);
	if (d > 0) {
		addspan(a, PART_JUNK, p->off, info[k].mark);
		addspan(a, PART_DATELINE, p->off + info[k].mark,
		    d - info[k].mark);
	}
	addspan(a, info[k].kind, start, end - start);
	if (end < p->off + p->len)
		addspan(a, PART_JUNK, end, p->off + p->len - end);
}

void
split_start(struct article *a)
{
	size_t i, n = a->nparas;

	nsplit = 0;
	if (a->from_records)
		return;
	growarray(&info, &infocap, n, sizeof *info);
	for (i = 0; i < n; i++) {
		info[i].cls = C_UNREAD;
		info[i].kind = PART_BODY;
		info[i].dateline = info[i].mark = 0;
	}
	body = readhead(a);
}

void
split_more(struct article *a, size_t nparts)
{
	size_t i;

	if (a->from_records)
		return;
	for (i = nsplit; i < a->nparas && a->nparts < nparts; i++) {
		if (i >= body)
			info[i].kind = partof(classof(a, i));
		addparts(a, i);
	}
	nsplit = i;
}

void
split_article(struct article *a)
{
	split_start(a);
	split_more(a, SIZE_MAX);
}
