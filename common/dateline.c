#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "date.h"
#include "dateline.h"
#include "place.h"
#include "wordlist.h"

/* A dateline lies within this many bytes of its paragraph's start. */
#define HEADMAX 256
/* Bounds on the pieces of a dateline. */
#define PLACEWORDS 4
#define QUALIFIERS 3
#define GROUPMAX 40
/* A dateline with neither date nor agency (`LA CROSSE, Wisc. --') has at
 * most this many words of place and one less in each qualifier. */
#define STAFFWORDS 3

/* Length of the blank at s[i]: a space, a tab or a no-break space.
 * Inline: the parser asks it between every two words. */
static inline size_t
blank(const char *s, size_t n, size_t i)
{
	if (i < n && (s[i] == ' ' || s[i] == '\t'))
		return 1;
	if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Does a blank end just before s[j]? */
static int
blankbefore(const char *s, size_t j)
{
	return (j >= 1 && (s[j - 1] == ' ' || s[j - 1] == '\t')) ||
	    (j >= 2 && (unsigned char)s[j - 2] == 0xC2 &&
	    (unsigned char)s[j - 1] == 0xA0);
}

static size_t
skipblank(const char *s, size_t n, size_t i)
{
	size_t k;

	while ((k = blank(s, n, i)) != 0)
		i += k;
	return i;
}

/* Length of the dash at s[i]: `-', `--', en, em or horizontal bar; 0. */
static size_t
dashlen(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return i + 1 < n && s[i + 1] == '-' ? 2 : 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] >= 0x93 && (unsigned char)s[i + 2] <= 0x95)
		return 3;
	return 0;
}

/* Does c end any word: a blank, a control byte or one of `,;:()'? */
static int
stopsword(unsigned char c)
{
	return c <= ' ' || c == ',' || c == ';' || c == ':' || c == '(' ||
	    c == ')';
}

/* End of the word at s[i]: it stops at blanks, line ends, `,;:()/' and
 * dashes, but keeps a hyphen between letters (`WILKES-BARRE'). */
static size_t
wordend(const char *s, size_t n, size_t i)
{
	unsigned char c;
	size_t k;

	for (k = 0; i < n; i++, k++) {
		c = (unsigned char)s[i];
		/* letters first: most bytes of a word, one test */
		if (asc_isalpha(c))
			continue;
		if (stopsword(c))
			break;
		/* `DALLAS/FORT WORTH', but `IGORA /Leningrad Region/' */
		if (c == '/' && !(k > 0 && i + 1 < n &&
		    (asc_isupper((unsigned char)s[i + 1]) ||
		    asc_islower((unsigned char)s[i + 1]))))
			break;
		if (c == '-' && !(i + 1 < n && (asc_isupper((unsigned char)s[i + 1]) ||
		    asc_islower((unsigned char)s[i + 1]))))
			break;
		/* spaces and tabs stopped above: only a no-break space
		 * (0xC2 0xA0) is left to test */
		if ((c == 0xE2 && dashlen(s, n, i)) ||
		    (c == 0xC2 && blank(s, n, i)))
			break;
	}
	return i;
}

/* A word of a place name: begins with a letter, and holds only letters
 * and `.-'/' (`N.Y.', `WILKES-BARRE', `ST. JOHN'S', `DALLAS/FORT').
 * Returns 0 for none, PLACE_CAPS for one in capitals (allcaps), else
 * PLACE_WORD: placerun asks both, in one pass. */
enum { PLACE_WORD = 1, PLACE_CAPS };

/* A place word's shape, by its capitals and whether it has lower case. */
static int
placeshape(int caps, int lower)
{
	return caps >= 2 && !lower ? PLACE_CAPS : PLACE_WORD;
}

/* The end of the run of ASCII letters at s[i], before n, its capitals
 * counted into *caps and lower case noted in *lower. */
static size_t
letterrun(const char *s, size_t n, size_t i, int *caps, int *lower)
{
	unsigned char c;

	for (; i < n; i++) {
		c = (unsigned char)s[i];
		if (asc_isupper(c))
			(*caps)++;
		else if (asc_islower(c))
			*lower = 1;
		else
			break;
	}
	return i;
}

static int
placeword(const char *s, size_t i, size_t j)
{
	unsigned char c;
	size_t k;
	int caps = 0, lower = 0;

	if (j == i)
		return 0;
	c = (unsigned char)s[i];
	if (!(asc_isupper(c) || asc_islower(c) || c >= 0xC2))
		return 0;
	for (k = i; (k = letterrun(s, j, k, &caps, &lower)) < j; k++) {
		c = (unsigned char)s[k];
		if (!(c >= 0x80 || c == '.' || c == '-' || c == '\'' ||
		    c == '/'))
			return 0;
	}
	return placeshape(caps, lower);
}

/* The end of the word at s[i] (wordend) and, in *shape, what placeword
 * tells of it.  Most words are letters up to a blank or a comma
 * (`WASHINGTON, March 3'): those are read once. */
static size_t
placewordend(const char *s, size_t n, size_t i, int *shape)
{
	int caps = 0, lower = 0;
	size_t j = letterrun(s, n, i, &caps, &lower);

	if (j == i || (j < n && !stopsword((unsigned char)s[j]))) {
		j = wordend(s, n, i);
		*shape = placeword(s, i, j);
		return j;
	}
	*shape = placeshape(caps, lower);
	return j;
}

/* Every letter of s[i, j) is a capital, and there are two or more. */
static int
allcaps(const char *s, size_t i, size_t j)
{
	int caps = 0;

	for (; i < j; i++) {
		if (asc_islower((unsigned char)s[i]))
			return 0;
		caps += asc_isupper((unsigned char)s[i]);
	}
	return caps >= 2;
}

/* A day of the month at s[i]: one or two digits, an ordinal ending
 * allowed (`14th').  Sets *end past it and returns the day (0 when the
 * token is no day: `119', `2O', `l7'), or -1 when no token is there. */
static int
day(const char *s, size_t n, size_t i, size_t *end)
{
	size_t j = i, k;
	int v = 0, digits = 0;

	while (j < n && asc_isdigit((unsigned char)s[j]) && j - i < 4)
		v = v * 10 + (s[j++] - '0');
	if (j - i >= 1 && j - i <= 2 && j + 1 < n &&
	    (memcmp(s + j, "st", 2) == 0 || memcmp(s + j, "nd", 2) == 0 ||
	    memcmp(s + j, "rd", 2) == 0 || memcmp(s + j, "th", 2) == 0) &&
	    !(j + 2 < n && (asc_islower((unsigned char)s[j + 2]) ||
	    asc_isupper((unsigned char)s[j + 2]))))
		j += 2;
	if (j - i >= 1 && (j >= n || !(asc_isupper((unsigned char)s[j]) ||
	    asc_islower((unsigned char)s[j]) || asc_isdigit((unsigned char)s[j])))) {
		*end = j;
		return asc_isdigit((unsigned char)s[j - 1]) && j - i > 2 ? 0 : v;
	}
	/* a token of letters and digits mixed: a mistyped day */
	for (k = i; k < n && k - i < 5 && (asc_isdigit((unsigned char)s[k]) ||
	    asc_isupper((unsigned char)s[k]) || asc_islower((unsigned char)s[k])); k++)
		digits += asc_isdigit((unsigned char)s[k]);
	if (digits == 0 || (k < n && (asc_isdigit((unsigned char)s[k]) ||
	    asc_isupper((unsigned char)s[k]) || asc_islower((unsigned char)s[k]))))
		return -1;
	*end = k;
	return 0;
}

/* The month named by the word s[i, j): a name or abbreviation, or a
 * mistyped one whose first three letters are a month's (`Marchg'). */
static int
monthword(const char *s, size_t i, size_t j, int loose)
{
	int m = date_month(s + i, j - i);

	if (m == 0 && loose && j - i >= 4 && j - i <= 10)
		m = date_month(s + i, 3);
	return m;
}

/* A year after a date: `, 2022'.  Sets *end past it. */
static int
year(const char *s, size_t n, size_t i, size_t *end)
{
	size_t j;
	int v = 0;

	if (i >= n || s[i] != ',')
		return 0;
	i = skipblank(s, n, i + 1);
	for (j = i; j < n && asc_isdigit((unsigned char)s[j]) && j - i < 5; j++)
		v = v * 10 + (s[j] - '0');
	if (j - i != 4 || (j < n && (asc_isdigit((unsigned char)s[j]) ||
	    asc_isupper((unsigned char)s[j]) || asc_islower((unsigned char)s[j]))) ||
	    v < 1800)
		return 0;
	*end = j;
	return v;
}

/* A date at s[i]: `March 2', `Jan. 14', `Sept 28', `2 March', and a
 * year after a comma.  A mistyped one (`Narch 5', `March 119') is taken
 * as a date that could not be read: month and day stay 0.  Returns the
 * end of the date, or i when there is none. */
static size_t
date(const char *s, size_t n, size_t i, struct dateline *d)
{
	size_t j, k, end;
	int m, v, shape;

	if (i < n && asc_isdigit((unsigned char)s[i])) {
		/* day first: `2 March' */
		j = wordend(s, n, i);
		if ((v = day(s, n, i, &end)) <= 0 || end != j)
			return i;
		k = skipblank(s, n, j);
		j = wordend(s, n, k);
		if ((m = monthword(s, k, j, 0)) == 0 || !date_valid(m, v))
			return i;
	} else {
		j = placewordend(s, n, i, &shape);
		if (shape == 0 || j - i > 12)
			return i;
		k = skipblank(s, n, j);
		if (k == j || (v = day(s, n, k, &end)) < 0) {
			/* a month alone: `April -' */
			if (monthword(s, i, j, 0) == 0)
				return i;
			return j;
		}
		m = monthword(s, i, j, 1);
		j = end;
		if (m == 0 || !date_valid(m, v))
			m = v = 0;
	}
	d->month = m;
	d->day = m ? v : 0;
	if ((v = year(s, n, j, &end)) != 0) {
		d->year = v;
		j = end;
	}
	return j;
}

/* Is the word s[i, j) written as a place name's word: capitalized
 * (`Moscow', `N.Y.', `ÉVORA'), or a particle (`de', `la')? */
static int
capitalized(const char *s, size_t i, size_t j)
{
	const struct word *w;

	if (!asc_islower((unsigned char)s[i]))
		return 1;
	w = wl_find(&words_places, s + i, j - i);
	return w != NULL && asc_islower((unsigned char)w->val[0]);
}

/* Does the place end at s[j], before a comma or a bracket? */
static int
endsplace(const char *s, size_t n, size_t j)
{
	j = skipblank(s, n, j);
	return j < n && (s[j] == ',' || s[j] == '(');
}

/* The words of a place from s[i], up to a comma, bracket, slash, dash or
 * date.  Returns its end (i when there is none); *words counts them and
 * *caps says whether all are in capitals. */
static size_t
placerun(const char *s, size_t n, size_t i, int *words, int *caps)
{
	size_t j, k, end = i, dayend;
	struct dateline scratch;
	int shape;

	*words = 0;
	*caps = 1;
	while (*words < PLACEWORDS) {
		j = placewordend(s, n, i, &shape);
		/* a word in lower case only as the second and last, as
		 * a wire mistypes it: `New york', `La paz' */
		if (shape == 0 || (!capitalized(s, i, j) &&
		    (*words != 1 || !endsplace(s, n, j))))
			break;
		/* date() gives a month only with a day after the word: look
		 * no further when none follows (`BAHIA COCOA') */
		k = skipblank(s, n, j);
		if (k > j && day(s, n, k, &dayend) >= 0) {
			memset(&scratch, 0, sizeof scratch);
			if (date(s, n, i, &scratch) != i && scratch.month != 0)
				break;
		}
		if (shape != PLACE_CAPS)
			*caps = 0;
		++*words;
		end = j;
		if ((k = blank(s, n, j)) == 0 || blank(s, n, j + k) != 0)
			break;
		i = j + k;
	}
	return end;
}

/* The agency named by s[i, j), or NULL. */
static const char *
agency(const char *s, size_t i, size_t j)
{
	const struct word *w = wl_find(&words_agencies, s + i, j - i);

	return w ? w->val : NULL;
}

/* After a dash that closes a dateline comes the story: not a number, so
 * a table row (`WHEAT - 1,000 tonnes') is no dateline. */
static int
storyfollows(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n && ((k = blank(s, n, i)) != 0 || s[i] == '\n' ||
	    s[i] == '\r'))
		i += k ? k : 1;
	return i >= n || !asc_isdigit((unsigned char)s[i]);
}

/* The four digits at s as a number; -1 if they are not digits. */
static int
atoi4(const char *s)
{
	int i, v = 0;

	for (i = 0; i < 4; i++) {
		if (!asc_isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* `2014-12-16' at s[i].  Returns the end, or i. */
static size_t
isodate(const char *s, size_t n, size_t i, struct dateline *d)
{
	char buf[11];
	int y, m, dd;

	if (n - i < 10)
		return i;
	memcpy(buf, s + i, 10);
	buf[10] = '\0';
	if (!date_parseiso(buf, &y, &m, &dd))
		return i;
	d->year = y;
	d->month = m;
	d->day = dd;
	return i + 10;
}

/* Field by field: clearing all of place[] each try cost more than the
 * fast rejections. */
static void
reset(struct dateline *d)
{
	d->off = d->len = 0;
	d->year = d->month = d->day = 0;
	d->hour = d->minute = -1;
	d->place[0] = '\0';
	d->agency = NULL;
}

/* Title-case the place's words s[0, n) into d->place, if wanted: most
 * callers only need to know where a dateline ends. */
static void
addplace(struct dateline *d, const char *s, size_t n, int wanted)
{
	if (wanted)
		place_append(d->place, sizeof d->place, s, n);
}

/* Every dateline closes with a dash (`-', `--', U+2013-2015, opening
 * 0xE2), an agency between slashes (`/TASS/') or an ISO date
 * (`1996-08-30'): a paragraph's head without those bytes has none. */
static int
cancloseline(const char *s, size_t n)
{
	return memchr(s, '-', n) != NULL || memchr(s, '/', n) != NULL ||
	    memchr(s, '\xE2', n) != NULL;
}

/* dateline_parse, writing d->place only when withplace is set. */
static size_t
parse(const char *s, size_t n, struct dateline *d, int withplace)
{
	size_t i = 0, j, k, start, end;
	int words, caps, w, c, dated = 0, qualifiers = 0, longest = 0;

	reset(d);
	if (n > HEADMAX)
		n = HEADMAX;
	if (!cancloseline(s, n))
		return 0;
	while (i < n && s[i] == '*')
		i = skipblank(s, n, i + 1);
	start = i;
	i = placerun(s, n, i, &words, &caps);
	if (words > 0)
		addplace(d, s + start, i - start, withplace);
	else if ((i = date(s, n, start, d)) == start)
		goto none;
	else
		dated = 1;
	for (;;) {
		j = skipblank(s, n, i);
		if (j >= n)
			goto none;
		if (s[j] == '/' || s[j] == '(') {
			/* `/TASS/.', `/Leningrad Region/', `(AP)' */
			char close = s[j] == '/' ? '/' : ')';
			const char *a;

			for (k = j + 1; k < n && k - j < GROUPMAX && s[k] != close &&
			    s[k] != '\n'; k++)
				;
			if (k >= n || s[k] != close || k == j + 1)
				goto none;
			if ((a = agency(s, j + 1, k)) != NULL) {
				d->agency = a;
				i = k + 1;
				if (close == '/') {
					if (i < n && s[i] == '.')
						i++;
					break;
				}
				j = skipblank(s, n, i);
				if ((k = dashlen(s, n, j)) == 0)
					goto none;
				i = j + k;
				break;
			}
			if (close == ')' || dated || words == 0 ||
			    placerun(s, n, j + 1, &w, &c) != k)
				goto none;
			addplace(d, s + j + 1, k - j - 1, withplace);
			i = k + 1;
			continue;
		}
		if ((k = dashlen(s, n, j)) != 0) {
			end = skipblank(s, n, j + k);
			if (!dated && end > j + k &&
			    (end = date(s, n, end, d)) != skipblank(s, n, j + k)) {
				/* a stray dash before the date:
				 * `ROCKVILLE, Md, - March 6 -' */
				dated = 1;
				i = end;
				continue;
			}
			i = j + k;
			/* `-' and `--' stand apart: `SIEGEL--Jerome' is no
			 * dateline, `March 2 -The' and `Oct 2- The' are */
			if (k < 3 && i < n && !blank(s, n, i) &&
			    s[i] != '\n' && s[i] != '\r' &&
			    !(dated && blankbefore(s, j)))
				goto none;
			/* `CROP IMPACT- Conditions': a heading */
			if (k < 3 && !dated && !blankbefore(s, j))
				goto none;
			/* with no date and no agency only `CITY --' in
			 * capitals opening a story is a dateline */
			if (!dated && d->agency == NULL && (!caps ||
			    words > STAFFWORDS || longest > STAFFWORDS - 1 ||
			    !storyfollows(s, n, i)))
				goto none;
			break;
		}
		if (s[j] == '.' && dated && blank(s, n, j + 1)) {
			/* `January 14. /TASS/.' */
			i = j + 1;
			continue;
		}
		if (s[j] == ',') {
			if ((j = skipblank(s, n, j + 1)) >= n)
				goto none;
			if (dashlen(s, n, j) != 0) {
				/* `CHICAGO, March 4, -' */
				i = j;
				continue;
			}
			if (!dated && (end = date(s, n, j, d)) != j) {
				dated = 1;
				i = end;
				continue;
			}
			k = wordend(s, n, j);
			if (k > j && agency(s, j, k) != NULL) {
				/* `MANILA, April 1, Reuter -' */
				d->agency = agency(s, j, k);
				i = k;
				continue;
			}
			if (dated || qualifiers >= QUALIFIERS ||
			    !asc_isupper((unsigned char)s[j]) ||
			    (end = placerun(s, n, j, &w, &c)) == j)
				goto none;
			addplace(d, s + j, end - j, withplace);
			qualifiers++;
			if (w > longest)
				longest = w;
			i = end;
			continue;
		}
		if (!dated && j > i && words > 0 && (end = isodate(s, n, j, d)) != j &&
		    (end == n || s[end] == '\n' || s[end] == '\r')) {
			/* `LONDON 1996-08-30' on a line of its own */
			i = end;
			break;
		}
		if (!dated && j > i && (end = date(s, n, j, d)) != j) {
			/* `ATLANTA, Ga. March 2 -' */
			dated = 1;
			i = end;
			continue;
		}
		goto none;
	}
	/* a date and an agency need no place: `Dec 29 (Reuters) -' */
	if (words == 0 && d->agency == NULL)
		goto none;
	d->off = start;
	d->len = i - start;
	return i;
none:
	reset(d);
	return 0;
}

size_t
dateline_parse(const char *s, size_t n, struct dateline *d)
{
	return parse(s, n, d, 1);
}

size_t
dateline_find(const char *s, size_t n, struct dateline *d)
{
	return parse(s, n, d, 0);
}

int
dateline_eventdated(const struct dateline *d)
{
	return d->agency != NULL &&
	    wl_find(&words_eventdated, d->agency, strlen(d->agency)) != NULL;
}

/* An hour and minute at s[i]: `17:02'.  Returns the end, or i. */
static size_t
hourminute(const char *s, size_t n, size_t i, struct dateline *d)
{
	size_t j = i;
	int h = 0, m;

	while (j < n && asc_isdigit((unsigned char)s[j]) && j - i < 3)
		h = h * 10 + (s[j++] - '0');
	if (j == i || j - i > 2 || j + 2 >= n || s[j] != ':' ||
	    !asc_isdigit((unsigned char)s[j + 1]) || !asc_isdigit((unsigned char)s[j + 2]))
		return i;
	m = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
	if (h > 23 || m > 59)
		return i;
	d->hour = h;
	d->minute = m;
	return j + 3;
}

/* RT's own form at s[i]: `16 Dec, 2014': the day, the month in three
 * letters, a comma. */
static int
rtform(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && asc_isdigit((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 2 || j + 5 > n || s[j] != ' ')
		return 0;
	j++;
	return wordend(s, n, j) == j + 3 && s[j + 3] == ',';
}

/* Does the 8-byte word w hold four digits in a row? */
static int
fourdigits(uint64_t w)
{
	uint64_t m = asc_digitmask(w);

	return (m & m >> 8 & m >> 16 & m >> 24) != 0;
}

/* Does s[0, n) hold four digits in a row?  Every time line names a
 * year, in an ISO date or after its day, so a line without is none.
 * Eight bytes at a time: a word with no digit is passed over at once,
 * and a run across two words is looked for only when both hold digits,
 * in the eight bytes from three before the second.  The last eight bytes
 * take the tail. */
static int
hasyear(const char *s, size_t n)
{
	size_t i, run = 0;
	uint64_t w;
	int before = 0;		/* the word before holds a digit */

	if (n < 8) {
		for (i = 0; i < n; i++)
			if (!asc_isdigit((unsigned char)s[i]))
				run = 0;
			else if (++run == 4)
				return 1;
		return 0;
	}
	for (i = 0; i + 8 <= n; i += 8) {
		w = asc_load8(s + i);
		if (asc_digitmask(w) == 0) {
			before = 0;
			continue;
		}
		if (fourdigits(w))
			return 1;
		if (before) {
			w = asc_load8(s + i - 3);
			if (fourdigits(w))
				return 1;
		}
		before = 1;
	}
	if (i == n)
		return 0;
	w = asc_load8(s + n - 8);
	if (fourdigits(w))
		return 1;
	/* a run across s[i] that the last eight bytes miss */
	if (before && i + 5 <= n) {
		w = asc_load8(s + i - 3);
		return fourdigits(w);
	}
	return 0;
}

/* Does s[0, n), with no space, tab or CR at its end, end as every time
 * line does: in a digit, of a year or a time, or in a zone after the
 * time (`GMT', `E.T.'): at most four bytes, none in lower case, after a
 * digit or a blank?  (0xA0 ends a no-break space, at the end too.)  A
 * look at a few bytes that turns away most prose and headlines before
 * hasyear reads them whole. */
static int
endsstamp(const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	for (i = n; i > 0 && n - i <= 4; i--) {
		c = (unsigned char)s[i - 1];
		if (asc_isdigit(c) || c == ' ' || c == '\t' || c == 0xA0)
			return 1;
		if (asc_islower(c))
			return 0;
	}
	return 0;
}

int
timeline_parse(const char *s, size_t n, struct dateline *d)
{
	struct dateline second;
	size_t i = 0, j, k, e;
	int words, rt, shape;

	reset(d);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	if (n > HEADMAX || !endsstamp(s, n) || !hasyear(s, n))
		return 0;
	i = skipblank(s, n, 0);
	if (i >= n)
		return 0;
	/* a label of up to three words: `Published:', `Published time:' */
	for (j = i, words = 0; words < 3; j = k + blank(s, n, k), words++) {
		k = placewordend(s, n, j, &shape);
		if (shape == 0)
			break;
		if (k < n && s[k] == ':') {
			i = skipblank(s, n, k + 1);
			break;
		}
		if (!blank(s, n, k))
			break;
	}
	if ((e = isodate(s, n, i, d)) == i) {
		e = date(s, n, i, d);
		if (e == i || d->month == 0 || d->year == 0) {
			/* `16 Dec 2014', `January 14 2022' */
			k = skipblank(s, n, e);
			if (e == i || d->month == 0 || k == e ||
			    (j = wordend(s, n, k)) - k != 4)
				goto none;
			d->year = atoi4(s + k);
			if (d->year < 1800)
				goto none;
			e = j;
		}
	}
	rt = rtform(s, n, i);
	i = skipblank(s, n, e);
	if (i < n && s[i] == ',')
		i = skipblank(s, n, i + 1);
	if (i < n && (e = hourminute(s, n, i, d)) != i) {
		i = skipblank(s, n, e);
		/* a zone: `GMT', `UTC', `EST' */
		if (i < n && (k = wordend(s, n, i)) - i <= 4 && allcaps(s, i, k))
			i = k;
	} else
		rt = 0;
	/* a second stamp after a label: `... Edited time: 16 Dec, ...' */
	if ((i = skipblank(s, n, i)) != n &&
	    !timeline_parse(s + i, n - i, &second))
		goto none;
	if (rt)
		d->agency = "RT";
	return 1;
none:
	reset(d);
	return 0;
}
