#include <string.h>

#include "dateline.h"

/* Placeholder until the dateline issue lands: recognizes nothing. */
size_t
dateline_parse(const char *s, size_t n, struct dateline *d)
{
	(void)s;
	(void)n;
	memset(d, 0, sizeof *d);
	d->hour = d->minute = -1;
	return 0;
}

int
timeline_parse(const char *s, size_t n, struct dateline *d)
{
	return dateline_parse(s, n, d) > 0;
}
