/*
 * extract-quotes: print every quotation of the articles, who said it,
 * how the article names them, and the reporting verb.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "input.h"
#include "out.h"
#include "speaker.h"
#include "util.h"

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout, "usage: %s [file ...]\n", progname);
	exit(status);
}

static void
field(const char *s, size_t n)
{
	out_tab();
	if (s != NULL)
		out_text(s, n);
}

static void
printsaid(const struct said *sd, void *ctx)
{
	const char *doc = ctx;

	out_str(doc);
	out_tab();
	out_num(sd->off);
	field(sd->speaker, sd->speakerlen);
	field(sd->mention, sd->mentionlen);
	field(sd->cue, sd->cuelen);
	field(sd->quote, sd->quotelen);
	out_end();
}

static void
quotes(struct article *a, void *ctx)
{
	(void)ctx;
	speaker_article(a, printsaid, (void *)a->doc);
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
	return input_foreach(argc - optind, argv + optind, quotes, NULL);
}
