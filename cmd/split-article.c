/*
 * split-article: print an article's parts, one record per part.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "input.h"
#include "out.h"
#include "util.h"

static int wanted[NPARTS];
static size_t namelen[NPARTS];

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: %s [-a] [-f part[,part...]] [file ...]\n", progname);
	exit(status);
}

/* -f title,body,...: only those parts. */
static void
selectparts(const char *list)
{
	const char *p = list, *comma;
	size_t n;
	int k;

	for (k = 0; k < NPARTS; k++)
		wanted[k] = 0;
	for (;;) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if ((k = part_lookup(p, n)) < 0) {
			warnx("unknown part: %.*s", (int)n, p);
			usage(2);
		}
		wanted[k] = 1;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

static void
printparts(struct article *a, void *ctx)
{
	size_t i, doclen = strlen(a->doc);

	(void)ctx;
	for (i = 0; i < a->nparts; i++) {
		const struct part *p = &a->parts[i];

		if (!wanted[p->kind])
			continue;
		out_text(a->doc, doclen);
		out_tab();
		out_num(p->off);
		out_tab();
		out_text(part_names[p->kind], namelen[p->kind]);
		out_tab();
		out_text(p->text, p->len);
		out_end();
	}
}

int
main(int argc, char *argv[])
{
	int ch, k, all = 0;
	const char *parts = NULL;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "af:h")) != -1) {
		switch (ch) {
		case 'a':
			all = 1;
			break;
		case 'f':
			parts = optarg;
			break;
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	for (k = 0; k < NPARTS; k++) {
		wanted[k] = k != PART_JUNK || all;
		namelen[k] = strlen(part_names[k]);
	}
	if (parts != NULL)
		selectparts(parts);
	return input_foreach(argc - optind, argv + optind, printparts, NULL);
}
