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

/* The record of m, made in place with one test of the room; one longer
 * than out_room gives (a mention in a megabyte line, a DOC as long) is
 * written field by field. */
static void
record(const struct tagger *tg, const struct mention *m, size_t headlen)
{
	char *d, *p;
	size_t need = headlen + OUT_DIGITS + sizeof tg->type[0] +
	    m->namelen + m->len + 2;

	if (need > OUT_ROOM) {
		out_bytes(tg->head, headlen);
		out_num(m->off);
		out_bytes(tg->type[m->type], tg->typelen[m->type]);
		out_field(m->name, m->namelen, '\t');
		out_field(m->text, m->len, '\n');
		return;
	}
	d = p = out_room(need);
	memcpy(p, tg->head, headlen);
	p += headlen;
	p += out_digits(p, m->off);
	/* all of TAB TYPE TAB's array: a copy of constant length */
	memcpy(p, tg->type[m->type], sizeof tg->type[0]);
	p += tg->typelen[m->type];
	out_blank(p, m->name, m->namelen);
	p += m->namelen;
	*p++ = '\t';
	out_blank(p, m->text, m->len);
	p += m->len;
	*p++ = '\n';
	out_wrote((size_t)(p - d));
}

static void
tag(struct article *a, void *ctx)
{
	struct tagger *tg = ctx;
	size_t i, headlen = strlen(a->doc) + 1;

	entities_tag(&tg->e, a);
	growarray(&tg->head, &tg->headcap, headlen, 1);
	out_blank(tg->head, a->doc, headlen - 1);
	tg->head[headlen - 1] = '\t';
	for (i = 0; i < tg->e.n; i++)
		record(tg, &tg->e.m[i], headlen);
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
