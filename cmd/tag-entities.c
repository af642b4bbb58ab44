/*
 * tag-entities: the names in news articles, one record per mention:
 * DOC OFFSET TYPE NAME TEXT (see entities.h and tag-entities(1)).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entities.h"
#include "input.h"
#include "out.h"
#include "util.h"

static size_t typelen[NETYPES];	/* of etype_names, taken once */

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [file ...]\n", progname);
	exit(status);
}

static void
tag(struct article *a, void *ctx)
{
	struct entities *e = ctx;
	const struct mention *m;
	size_t i, doclen = strlen(a->doc);	/* once, not a mention */

	entities_tag(e, a);
	for (i = 0; i < e->n; i++) {
		m = &e->m[i];
		out_field(a->doc, doclen, '\t');
		out_num(m->off);
		out_tab();
		out_field(etype_names[m->type], typelen[m->type], '\t');
		out_field(m->name, m->namelen, '\t');
		out_field(m->text, m->len, '\n');
	}
}

int
main(int argc, char *argv[])
{
	static struct entities e;
	int ch, k;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "h")) != -1) {
		switch (ch) {
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	for (k = 0; k < NETYPES; k++)
		typelen[k] = strlen(etype_names[k]);
	return input_foreach(argc - optind, argv + optind, tag, &e);
}
