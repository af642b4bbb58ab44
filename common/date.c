#include <string.h>

#include "chars.h"
#include "date.h"
#include "wordlist.h"

/* Years the text mentions count only in this range. */
#define YEARMIN 1900
#define YEARMAX 2099
/* A year named after a word of words_yearend is looked back on only in a
 * story dated in January: later, `results for 1987' are as often the
 * ones expected for the running year. */
#define YEAREND_MONTHS 1
/* No word of words_yearend is longer. */
#define YEAREND_MAX 12

int
date_month(const char *s, size_t n)
{
	const struct word *w;
	const char *v;
	int m = 0;

	if (n > 0 && s[n - 1] == '.')
		n--;
	if ((w = wl_findlower(&words_months, s, n)) == NULL)
		return 0;
	/* the value's digits, without an atoi call: the dateline parser
	 * asks this of many words */
	for (v = w->val; asc_isdigit((unsigned char)*v); v++)
		m = m * 10 + (*v - '0');
	return m;
}

int
date_weekdayname(const char *s, size_t n)
{
	const struct word *w = wl_find(&words_weekdays, s, n);

	return w ? w->val[0] - '0' : -1;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_monthdays(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return days[m - 1] + (m == 2 && leap(y));
}

int
date_valid(int m, int d)
{
	return d >= 1 && d <= date_monthdays(2000, m);
}

int
date_weekday(int y, int m, int d)
{
	static const int t[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* A number of one to four digits at s[i, n) standing alone (no digit,
 * decimal point or thousands comma around it); its value, or -1. */
static int
number(const char *s, size_t n, size_t i, size_t *end)
{
	size_t j = i;
	int v = 0;

	if (i > 0 && (asc_isdigit(s[i - 1]) || s[i - 1] == '$' ||
	    ((s[i - 1] == '.' || s[i - 1] == ',') && i > 1 &&
	    asc_isdigit(s[i - 2]))))
		return -1;
	while (j < n && asc_isdigit(s[j]) && j - i < 5)
		v = v * 10 + (s[j++] - '0');
	if (j == i || j - i > 4 || (j < n && (asc_isdigit(s[j]) || s[j] == '%')) ||
	    (j + 1 < n && (s[j] == ',' || s[j] == '.') && asc_isdigit(s[j + 1])))
		return -1;
	*end = j;
	return v;
}

static size_t
skipspace(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	return i;
}

/* The month named at s[i] (`March', `Sept.'), setting *end past it; 0. */
static int
monthat(const char *s, size_t n, size_t i, size_t *end)
{
	size_t k;
	int m;

	for (k = i; k < n && asc_isalpha(s[k]); k++)
		;
	if (k < n && s[k] == '.')
		k++;
	if (k == i || (m = date_month(s + i, k - i)) == 0)
		return 0;
	*end = k;
	return m;
}

/* Is the weekday ending at s[j] some other day than c's date: after a
 * word of words_otherday (the word pw, pwlen long), a possessive, or the
 * weekday of another date written after it (`Wednesday, March 4')? */
static int
otherday(const struct yearclues *c, const char *s, size_t n, size_t j,
    size_t pw, size_t pwlen)
{
	size_t end;
	int m, d = -1;

	if (pwlen > 0 && wl_findlower(&words_otherday, s + pw, pwlen))
		return 1;
	if (j < n && (s[j] == '\'' || (j + 2 < n &&
	    memcmp(s + j, "\xE2\x80\x99", 3) == 0)))
		return 1;
	if (j < n && s[j] == ',')
		j++;
	j = skipspace(s, n, j);
	if (j < n && asc_isdigit(s[j])) {
		/* `Thursday 10 February', but `Thursday 10 a.m.' */
		if ((d = number(s, n, j, &end)) < 0)
			return 0;
		if ((m = monthat(s, n, skipspace(s, n, end), &end)) == 0)
			return 0;
	} else {
		/* `Thursday, February 10', `Wednesday, March' */
		if ((m = monthat(s, n, j, &end)) == 0)
			return 0;
		j = skipspace(s, n, end);
		if (j < n && asc_isdigit(s[j]))
			d = number(s, n, j, &end);
	}
	return m != c->month || d != c->day;
}

int
date_cluesinit(struct yearclues *c, int m, int d, int weekdays)
{
	c->weekday = -1;
	c->lastyear = 0;
	c->yearafter = 0;
	c->month = m;
	c->day = d;
	c->weekdays = weekdays;
	return weekdays || m <= YEAREND_MONTHS;
}

void
date_clues(struct yearclues *c, const char *s, size_t n, int lead)
{
	size_t i = 0, j, end, pw = 0, pwlen = 0;
	int lookback = 0, y, w;

	while (i < n) {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '\n')
			lookback = 0;
		if (!asc_isalpha(s[i]) && !asc_isdigit(s[i])) {
			i++;
			continue;
		}
		for (j = i; j < n && (asc_isalpha(s[j]) || asc_isdigit(s[j])); j++)
			;
		if (i > 0 && (asc_isalpha(s[i - 1]) || asc_isdigit(s[i - 1]))) {
			i = j;	/* inside a word joined by UTF-8 bytes */
			continue;
		}
		if (asc_isdigit(s[i])) {
			y = number(s, n, i, &end);
			if (y >= YEARMIN && y <= YEARMAX && end == j) {
				if (y > c->lastyear)
					c->lastyear = y;
				if (lookback && c->yearafter == 0)
					c->yearafter = y;
			}
		} else if (c->month <= YEAREND_MONTHS && j - i <= YEAREND_MAX &&
		    wl_findlower(&words_yearend, s + i, j - i)) {
			lookback = 1;
		} else if (lead && c->weekdays && c->weekday != -2 &&
		    s[i] >= 'A' && s[i] <= 'Z' &&
		    (w = date_weekdayname(s + i, j - i)) >= 0 &&
		    !otherday(c, s, n, j, pw, pwlen)) {
			/* two weekdays: neither is surely the date's */
			c->weekday = c->weekday == -1 || c->weekday == w ? w : -2;
		}
		/* the word before a weekday, looking past `on' */
		if (!(j - i == 2 && memcmp(s + i, "on", 2) == 0)) {
			pw = i;
			pwlen = j - i;
		}
		i = j;
	}
}

/* The one year in [lo, hi] when m-d falls on weekday w, or 0. */
static int
weekdayyear(int m, int d, int w, int lo, int hi)
{
	int y, found = 0;

	for (y = hi; y >= lo; y--)
		if ((m != 2 || d != 29 || leap(y)) && date_weekday(y, m, d) == w) {
			if (found)
				return 0;
			found = y;
		}
	return found;
}

int
date_year(const struct yearclues *c, int ty, int tm, int td)
{
	int m = c->month, d = c->day, y;

	if (c->weekday == -2)
		return 0;
	if (c->yearafter && m <= YEAREND_MONTHS) {
		y = c->yearafter + 1;
		if (c->weekday < 0 || date_weekday(y, m, d) == c->weekday)
			return y;
		return 0;
	}
	if (c->weekday < 0)
		return 0;
	/* the year the head mentions last, or the next, if the weekday
	 * fits; else the latest year it fits */
	if (c->lastyear &&
	    (y = weekdayyear(m, d, c->weekday, c->lastyear, c->lastyear + 1)))
		return y;
	/* not in the future: this year only if the date is past */
	if (ty <= 0)
		return 0;
	y = m < tm || (m == tm && d <= td) ? ty : ty - 1;
	for (; y > ty - 40; y--)
		if ((m != 2 || d != 29 || leap(y)) && date_weekday(y, m, d) ==
		    c->weekday)
			return y;
	return 0;
}

/* Days from 0000-03-01 to y-m-d (for differences only). */
static long
daynumber(int y, int m, int d)
{
	long yy = m < 3 ? y - 1 : y, mm = m < 3 ? m + 9 : m - 3;

	return 365 * yy + yy / 4 - yy / 100 + yy / 400 + (153 * mm + 2) / 5 +
	    d - 1;
}

int
date_yearnear(int m, int d, int ry, int rm, int rd)
{
	long ref = daynumber(ry, rm, rd), diff, best = -1;
	int y, year = ry;

	for (y = ry - 4; y <= ry + 4; y++) {
		if (m == 2 && d == 29 && !leap(y))
			continue;
		/* a date after the reference counts twice as far */
		diff = daynumber(y, m, d) - ref;
		diff = diff < 0 ? -diff : 2 * diff;
		if (best < 0 || diff < best) {
			best = diff;
			year = y;
		}
	}
	return year;
}

int
date_parseiso(const char *s, int *y, int *m, int *d)
{
	int i;

	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : !asc_isdigit(s[i]))
			return 0;
	if (s[10] != '\0')
		return 0;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	return *m >= 1 && *m <= 12 && *d >= 1 && *d <= date_monthdays(*y, *m);
}

/* Write v as n digits at s. */
static char *
digits(char *s, int v, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--, v /= 10)
		s[i] = (char)('0' + v % 10);
	return s + n;
}

void
date_iso(char *buf, int y, int m, int d, int hour, int minute)
{
	char *p = buf;

	if (m != 0 && d != 0) {
		if (y > 0 && y <= 9999)
			p = digits(p, y, 4);
		else
			*p++ = '-';
		*p++ = '-';
		p = digits(p, m, 2);
		*p++ = '-';
		p = digits(p, d, 2);
		if (hour >= 0) {
			*p++ = 'T';
			p = digits(p, hour, 2);
			*p++ = ':';
			p = digits(p, minute, 2);
		}
	}
	*p = '\0';
}
