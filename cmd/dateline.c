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
#include "input.h"
#include "out.h"
#include "stamp.h"
#include "util.h"

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [-r date] [file ...]\n",
	    progname);
	exit(status);
}

static void
printdateline(struct article *a, void *ctx)
{
	struct stamp st;

	stamp_find(a, ctx, &st);
	out_str(a->doc);
	out_tab();
	out_num(st.off);
	out_tab();
	out_str(st.date);
	out_tab();
	out_str(st.place);
	out_tab();
	out_str(st.agency);
	out_tab();
	out_text(st.text, st.len);
	out_end();
}

int
main(int argc, char *argv[])
{
	struct stampref r;
	struct tm *tm;
	time_t now;
	int ch;

	setprogname(argv[0]);
	memset(&r, 0, sizeof r);
	now = time(NULL);
	tm = gmtime(&now);
	if (tm != NULL) {
		r.ty = tm->tm_year + 1900;
		r.tm = tm->tm_mon + 1;
		r.td = tm->tm_mday;
	}
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
	return input_foreachhead(argc - optind, argv + optind, printdateline,
	    &r);
}
