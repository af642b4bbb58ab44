/*
 * dateline: one line per article: where, when and from which agency.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "date.h"
#include "dateline.h"
#include "input.h"
#include "out.h"
#include "util.h"

/* The dateline or time line is looked for in this many leading parts; the
 * year in this many bytes of parts from the dateline on. */
#define SCANPARTS 8
#define HEADBYTES 4096

struct ref {
	int y, m, d;		/* -r, y 0 when not given */
	int thisyear;		/* bounds a year told by a weekday alone */
};

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [-r date] [file ...]\n",
	    progname);
	exit(status);
}

/* The first line of p that is a whole time line; its offset in p. */
static int
findtimeline(const struct part *p, struct dateline *t, size_t *at)
{
	size_t i = 0, e;
	const char *nl;

	while (i < p->len) {
		nl = memchr(p->text + i, '\n', p->len - i);
		e = nl ? (size_t)(nl - p->text) : p->len;
		if (timeline_parse(p->text + i, e - i, t)) {
			*at = i;
			while (*at < e && (p->text[*at] == ' ' || p->text[*at] == '\t'))
				++*at;
			return (int)(e - *at);
		}
		i = e + 1;
	}
	return 0;
}

static void
printrecord(const char *doc, size_t off, const char *date, const char *place,
    const char *agency, const char *text, size_t len)
{
	out_str(doc);
	out_tab();
	out_num(off);
	out_tab();
	out_str(date);
	out_tab();
	out_str(place);
	out_tab();
	out_str(agency);
	out_tab();
	out_text(text, len);
	out_end();
}

static void
printdateline(struct article *a, void *ctx)
{
	const struct ref *r = ctx;
	const struct part *p, *dl = NULL, *tl = NULL;
	struct dateline d, t;
	struct yearclues c;
	size_t i, k, at = 0, tat = 0, tlen = 0, lead = 0, head;
	char iso[17];
	int y = 0;

	memset(&d, 0, sizeof d);
	for (i = 0; i < a->nparts && i < SCANPARTS && dl == NULL; i++) {
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
			dl = p;
			at = d.off;
			lead = p->kind == PART_DATELINE ? i + 1 : i;
		} else if (tl == NULL && (tlen = findtimeline(p, &t, &tat)) > 0)
			tl = p;
	}
	if (dl == NULL && tl == NULL) {
		printrecord(a->doc, 0, "", "", "", "", 0);
		return;
	}
	if (dl == NULL) {
		d = t;
		dl = tl;
		at = tat;
		d.len = tlen;
	} else if (tl != NULL && (d.month == 0 ||
	    (d.month == t.month && d.day == t.day))) {
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
	else if (d.month == 0 && r->y != 0) {
		y = r->y;
		d.month = r->m;
		d.day = r->d;
	} else if (d.month != 0) {
		head = date_cluesinit(&c, d.month, d.day,
		    dateline_eventdated(&d)) ? 0 : HEADBYTES;
		for (k = lead; k < a->nparts && head < HEADBYTES; k++) {
			p = &a->parts[k];
			if (p->kind == PART_JUNK || p->kind == PART_CAPTION)
				continue;
			if (p == dl)
				date_clues(&c, p->text + at + d.len,
				    p->len - at - d.len, 1);
			else
				date_clues(&c, p->text, p->len, k == lead);
			head += p->len;
		}
		y = date_year(&c, r->thisyear);
	}
	date_iso(iso, y, d.month, d.day, d.hour, d.minute);

	printrecord(a->doc, dl->off + at, iso, d.place,
	    d.agency ? d.agency : "", dl->text + at, d.len);
}

int
main(int argc, char *argv[])
{
	struct ref r;
	struct tm *tm;
	time_t now;
	int ch;

	setprogname(argv[0]);
	memset(&r, 0, sizeof r);
	now = time(NULL);
	tm = gmtime(&now);
	r.thisyear = tm ? tm->tm_year + 1900 : 2000;
	while ((ch = getopt(argc, argv, "hr:")) != -1) {
		switch (ch) {
		case 'r':
			if (!date_parseiso(optarg, &r.y, &r.m, &r.d)) {
				warnx("%s: not a date of the form YYYY-MM-DD",
				    optarg);
				usage(2);
			}
			break;
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	return input_foreach(argc - optind, argv + optind, printdateline, &r);
}
