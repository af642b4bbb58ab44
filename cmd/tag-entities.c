/*
 * tag-entities: not yet written.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "input.h"
#include "util.h"

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [file ...]\n", progname);
	exit(status);
}

static void
nothing(struct article *a, void *ctx)
{
	(void)a;
	(void)ctx;
}

int
main(int argc, char *argv[])
{
	int ch;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "h")) != -1) {
		switch (ch) {
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	return input_foreach(argc - optind, argv + optind, nothing, NULL);
}
