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

/* The fields the same in many records, made once to be copied. */
struct tagger {
	struct entities e;
	char *head;		/* DOC and its TAB, for an article */
	size_t headcap;
	char type[NETYPES][16];	/* TAB TYPE TAB */
	size_t typelen[NETYPES];
};

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [file ...]\n", progname);
	exit(status);
}

static void
tag(struct article *a, void *ctx)
{
	struct tagger *tg = ctx;
	const struct mention *m;
	size_t i, headlen = strlen(a->doc) + 1;

	entities_tag(&tg->e, a);
	growarray(&tg->head, &tg->headcap, headlen, 1);
	out_blank(tg->head, a->doc, headlen - 1);
	tg->head[headlen - 1] = '\t';
	for (i = 0; i < tg->e.n; i++) {
		m = &tg->e.m[i];
		out_bytes(tg->head, headlen);
		out_num(m->off);
		out_bytes(tg->type[m->type], tg->typelen[m->type]);
		out_field(m->name, m->namelen, '\t');
		out_field(m->text, m->len, '\n');
	}
}

int
main(int argc, char *argv[])
{
	static struct tagger tg;
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
		tg.typelen[k] = (size_t)snprintf(tg.type[k],
		    sizeof tg.type[k], "\t%s\t", etype_names[k]);
	return input_foreach(argc - optind, argv + optind, tag, &tg);
}
