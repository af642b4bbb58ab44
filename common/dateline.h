/*
 * dateline: reading the dateline that opens a wire story
 * (`MOSCOW, January 14. /TASS/.', `WASHINGTON (AP) --',
 * `LONDON, Jan 5 (Reuters) -', `SAN FRANCISCO, March 2 -') and the time
 * line of a web article (`16 Dec, 2014 17:02').
 */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>

struct dateline {
	size_t off;		/* bytes before the place: a `****' mark */
	size_t len;		/* bytes of the dateline text, 0 if none */
	int year;		/* 0 when not written */
	int month, day;		/* 0 when not written or not a date */
	int hour, minute;	/* -1 when not written */
	char place[128];	/* title case, region after a comma; "" if none */
	const char *agency;	/* usual spelling (`TASS'), NULL if none */
};

/* Parse the dateline opening the paragraph s[0, n).  Returns its length:
 * the bytes from the place through the closing mark (`/TASS/.', the
 * dash), without the space after it; 0 if none.  The dateline's text is
 * s[d->off, d->off + d->len): d->off is 0 but after a `****' mark some
 * wires put before the place, which the returned length then covers. */
size_t dateline_parse(const char *s, size_t n, struct dateline *d);
/* dateline_parse without the place: d->place is left "".  For callers
 * that only need where the dateline is and what it holds besides. */
size_t dateline_find(const char *s, size_t n, struct dateline *d);

/* Does d's agency date its stories by the day of the event, so that a
 * weekday named in the lead is the dateline's own day (`MOSCOW, February
 * 10. /TASS/. ... said on Thursday')? */
int dateline_eventdated(const struct dateline *d);

/* Is the whole of s[0, n) a time line such as `16 Dec, 2014 17:02',
 * `Published: January 14, 2022' or `Published time: 16 Dec, 2014 17:02
 * Edited time: 17 Dec, 2014 09:15'?  Fills d's date and time fields from
 * its first stamp when it is, and d->agency with `RT' for RT's own form
 * (`16 Dec, 2014 17:02'). */
int timeline_parse(const char *s, size_t n, struct dateline *d);

#endif
