#include "split.h"

void
split_article(struct article *a)
{
	size_t i;

	if (a->from_records)
		return;
	for (i = 0; i < a->nparas; i++)
		article_addpart(a, PART_BODY, a->paras[i].off,
		    a->text + a->paras[i].off, a->paras[i].len);
}
