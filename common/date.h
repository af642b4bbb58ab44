/*
 * date: the calendar the dateline tool needs: month and weekday names,
 * the weekday of a date, telling the year of a dated dateline from what
 * the article says, and ISO 8601 output.
 */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

/* The month (1-12) named by s[0, n) (`Jan', `Sept.', `MARCH'), or 0. */
int date_month(const char *s, size_t n);
/* The weekday (0 Sunday .. 6 Saturday) named by s[0, n), or -1. */
int date_weekdayname(const char *s, size_t n);
/* Days in month m of year y (February 29 in leap years). */
int date_monthdays(int y, int m);
/* Weekday of y-m-d, 0 Sunday .. 6 Saturday (proleptic Gregorian). */
int date_weekday(int y, int m, int d);
/* Is d a day of month m in some year (February 29 counts)? */
int date_valid(int m, int d);

/* What an article says about the year of its dateline's month and day. */
struct yearclues {
	int weekday;		/* named beside the date; -1 none, -2 several */
	int lastyear;		/* the latest year the head mentions, 0 if none */
	int month, day;		/* the date the clues are about */
	int weekdays;		/* a weekday in the lead may tell the year */
	int yearafter;		/* a whole year looked back on (`the results
				   of ... 2021'), 0 if none */
};

/* Start the clues about month m, day d; weekdays says whether a weekday
 * named in the lead is the date's own (dateline_eventdated()).  Returns
 * whether the article's words can tell more about the year. */
int date_cluesinit(struct yearclues *, int m, int d, int weekdays);
/* Add the clues of s[0, n), a paragraph of the article's head; in the
 * dateline's own paragraph (lead) a weekday is taken to name the date. */
void date_clues(struct yearclues *, const char *s, size_t n, int lead);

/* The year of the date the clues tell, or 0 when they do not tell it
 * surely.  A date told by a weekday alone is not after today, ty-tm-td. */
int date_year(const struct yearclues *, int ty, int tm, int td);

/* The year that makes m-d the nearest date to ry-rm-rd, a reference date
 * such as the day of publication, days after it counting double: a
 * dateline is mostly on or before its filing stamp, but may be a day
 * after it across time zones. */
int date_yearnear(int m, int d, int ry, int rm, int rd);

/* Parse `YYYY-MM-DD' (the -r argument); 1 on success. */
int date_parseiso(const char *s, int *y, int *m, int *d);

/* Write `YYYY-MM-DD', `--MM-DD' (y 0), with `THH:MM' when hour >= 0, into
 * buf (at least 17 bytes); "" when m or d is 0. */
void date_iso(char *buf, int y, int m, int d, int hour, int minute);

#endif
