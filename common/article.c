#include <string.h>

#include "article.h"
#include "util.h"

const char *const part_names[NPARTS] = {
	"title", "standfirst", "time", "byline", "dateline", "body",
	"caption", "junk",
};

int
part_lookup(const char *s, size_t n)
{
	int k;

	for (k = 0; k < NPARTS; k++)
		if (strlen(part_names[k]) == n && memcmp(part_names[k], s, n) == 0)
			return k;
	return -1;
}

void
article_addpart(struct article *a, enum part_kind kind, size_t off,
    const char *text, size_t len)
{
	struct part *p;

	if (a->nparts == a->partcap)
		growarray(&a->parts, &a->partcap, a->nparts + 1,
		    sizeof *a->parts);
	p = &a->parts[a->nparts++];
	p->kind = kind;
	p->off = off;
	p->text = text;
	p->len = len;
}
