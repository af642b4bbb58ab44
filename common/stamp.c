#include <stdint.h>
#include <string.h>

#include "date.h"
#include "dateline.h"
#include "split.h"
#include "stamp.h"

/* The dateline or time line is looked for in this many leading parts; the
 * year in this many bytes of parts from the dateline on. */
#define SCANPARTS 8
#define HEADBYTES 4096
/* No part. */
#define NONE SIZE_MAX

/* The first line of p that is a whole time line: its length, and its
 * offset in p in *at; 0 if none. */
static size_t
findtimeline(const struct part *p, struct dateline *t, size_t *at)
{
	size_t i = 0, e;
	const char *nl;

	while (i < p->len) {
		nl = memchr(p->text + i, '\n', p->len - i);
		e = nl ? (size_t)(nl - p->text) : p->len;
		if (timeline_parse(p->text + i, e - i, t)) {
			while (i < e && (p->text[i] == ' ' || p->text[i] == '\t'))
				i++;
			*at = i;
			while (e > i && (p->text[e - 1] == ' ' ||
			    p->text[e - 1] == '\t' || p->text[e - 1] == '\r'))
				e--;
			return e - i;
		}
		i = e + 1;
	}
	return 0;
}

/* Make the article's parts up to part k, if it has that many, and say
 * whether it has.  A raw article's parts are made as far as asked
 * (input_foreachhead): the year's clues may be all that reads past the
 * dateline. */
static int
madepart(struct article *a, size_t k)
{
	split_more(a, k + 1);
	return k < a->nparts;
}

/* The year the article's words tell for d's date, reading the parts from
 * the lead, the dateline's own paragraph (part dl, the dateline at off,
 * when it opens a body part), on; 0 when they do not tell it surely. */
static int
yearfromtext(struct article *a, size_t lead, size_t dl, size_t off,
    const struct dateline *d, const struct stampref *r)
{
	const struct part *p;
	struct yearclues c;
	size_t k, head, start, n;

	if (!date_cluesinit(&c, d->month, d->day, dateline_eventdated(d)))
		return 0;
	for (k = lead, head = 0; head < HEADBYTES && madepart(a, k); k++) {
		p = &a->parts[k];
		if (p->kind == PART_JUNK || p->kind == PART_CAPTION)
			continue;
		start = k == dl ? off : 0;
		n = p->len - start;
		if (n > HEADBYTES - head)
			n = HEADBYTES - head;
		date_clues(&c, p->text + start, n, k == lead);
		head += n;
	}
	return date_year(&c, r->ty, r->tm, r->td);
}

void
stamp_find(struct article *a, const struct stampref *r, struct stamp *st)
{
	const struct part *p;
	struct dateline d, t;
	size_t i, dl = NONE, tl = NONE, at = 0, tat = 0, tlen = 0, lead = 0;
	int y = 0;

	memset(st, 0, sizeof *st);
	st->text = st->agency = "";
	/* a->nparts == 1 below must mean the article has one part: make
	 * two, if it has them */
	split_more(a, 2);
	for (i = 0; i < SCANPARTS && dl == NONE && madepart(a, i); i++) {
		p = &a->parts[i];
		if (p->kind == PART_JUNK || p->kind == PART_CAPTION)
			continue;
		/* a headline in capitals (`ECONOMIC SPOTLIGHT - JAPAN')
		 * looks like `CITY -': in an article's first paragraph
		 * only a dateline with a date or an agency counts */
		if ((p->kind == PART_DATELINE || p->kind == PART_BODY) &&
		    dateline_parse(p->text, p->len, &d) > 0 &&
		    (i > 0 || d.month != 0 || d.agency != NULL ||
		    a->nparts == 1)) {
			dl = i;
			at = d.off;
			lead = p->kind == PART_DATELINE ? i + 1 : i;
		} else if (tl == NONE && (tlen = findtimeline(p, &t, &tat)) > 0)
			tl = i;
	}
	if (dl == NONE && tl == NONE)
		return;
	if (dl == NONE) {
		d = t;
		dl = tl;
		at = tat;
		d.len = tlen;
	} else if (tl != NONE && (d.month == 0 ||
	    (d.month == t.month && d.day == t.day))) {
		/* the article's own time line dates its dateline */
		d.year = t.year;
		d.month = t.month;
		d.day = t.day;
		d.hour = t.hour;
		d.minute = t.minute;
	}

	if (d.month != 0 && d.year != 0)
		y = d.year;
	else if (d.month != 0 && r->y != 0)
		y = date_yearnear(d.month, d.day, r->y, r->m, r->d);
	else if (r->y != 0) {
		y = r->y;
		d.month = r->m;
		d.day = r->d;
	} else if (d.month != 0)
		y = yearfromtext(a, lead, dl, at + d.len, &d, r);
	date_iso(st->date, y, d.month, d.day, d.hour, d.minute);

	p = &a->parts[dl];
	st->off = p->off + at;
	st->text = p->text + at;
	st->len = d.len;
	memcpy(st->place, d.place, sizeof st->place);
	if (d.agency != NULL)
		st->agency = d.agency;
}
