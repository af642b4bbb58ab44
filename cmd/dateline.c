/*
 * dateline: one line per article: where, when and from which agency.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "input.h"
#include "out.h"
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
	(void)ctx;
	out_str(a->doc);
	out_tab();
	out_num(0);
	out_str("\t\t\t\t");
	out_end();
}

int
main(int argc, char *argv[])
{
	int ch;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "hr:")) != -1) {
		switch (ch) {
		case 'r':
			break;
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	return input_foreach(argc - optind, argv + optind, printdateline, NULL);
}
