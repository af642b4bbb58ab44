/*
 * checkrecords: check a filter's records against the inputs it read.
 *
 *	checkrecords [-a] TOOL FILE... < records
 *
 * TOOL is split-article, dateline, extract-quotes or tag-entities; FILE
 * are the operands the tool was given.  Every record must end in LF, hold
 * no control byte but its TAB separators, have the tool's exact number of
 * fields, and name as DOC one of the articles of FILE (FILE, or FILE#K
 * when it holds form feeds), in input order.  OFFSET must be a number
 * inside the article and the last field must equal the article's bytes at
 * OFFSET, control bytes read as spaces.  Names the tool says the article
 * gives (a speaker, mention or cue; an entity's fullest name) must occur
 * in it, white space and ASCII case aside.  PART, TYPE and DATE must be
 * ones the SPEC names; dateline must print exactly one record per
 * article.  With -a (split-article -a) every non-blank byte of every
 * article must be in exactly one record.
 *
 * Prints the first problems found; exits 1 if there was any, 2 on usage.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SPLIT, DATELINE, QUOTES, ENTITIES };

/* The names found in the last article looked at are remembered by hash,
 * so a name repeated 100 000 times is looked for once. */
#define FOUND 4096

static const struct tool {
	const char *name;
	int nfields;
} tools[] = {
	{ "split-article", 4 },
	{ "dateline", 6 },
	{ "extract-quotes", 6 },
	{ "tag-entities", 5 },
};

static const char *const parts[] = {
	"title", "standfirst", "time", "byline", "dateline", "body",
	"caption", "junk", NULL,
};
static const char *const types[] = { "PER", "ORG", "LOC", "MISC", NULL };

struct art {
	const char *text;
	size_t len;
	char *flat;		/* text lowercased, white space runs one space */
	size_t flatlen;
	unsigned char *cover;	/* -a: records covering each byte */
	size_t nrecords;
};

struct file {
	const char *name;
	char *buf;
	size_t len;
	int hasff;
	struct art *arts;
	size_t narts;
};

static struct file *files;
static struct art *foundin;
static unsigned long found[FOUND];
static int nfiles, tool, coverage;
static unsigned long lineno, problems;

static void
problem(const char *what, const char *rec, size_t reclen)
{
	if (++problems <= 10)
		fprintf(stderr, "checkrecords: line %lu: %s: %.*s\n", lineno,
		    what, (int)(reclen > 200 ? 200 : reclen), rec);
}

static void *
nonnull(void *p)
{
	if (p == NULL) {
		fprintf(stderr, "checkrecords: out of memory\n");
		exit(2);
	}
	return p;
}

static void *
xrealloc(void *p, size_t n)
{
	return nonnull(realloc(p, n ? n : 1));
}

static int
isctl(unsigned char c)
{
	return c < 0x20 || c == 0x7F;
}

static int
isspacebyte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
	    c == '\f';
}

/* s[0, n) in ASCII lower case, with control bytes and runs of white
 * space made one space. */
static char *
flatten(const char *s, size_t n, size_t *flatlen)
{
	char *f = xrealloc(NULL, n + 1);
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (isctl((unsigned char)s[i]) || s[i] == ' ') {
			if (k == 0 || f[k - 1] != ' ')
				f[k++] = ' ';
		} else if (s[i] >= 'A' && s[i] <= 'Z')
			f[k++] = (char)(s[i] - 'A' + 'a');
		else
			f[k++] = s[i];
	}
	*flatlen = k;
	return f;
}

static void
loadfile(struct file *f)
{
	FILE *fp = fopen(f->name, "rb");
	size_t cap = 65536, n, start = 0, i;

	if (fp == NULL) {
		perror(f->name);
		exit(2);
	}
	f->buf = xrealloc(NULL, cap);
	while ((n = fread(f->buf + f->len, 1, cap - f->len, fp)) > 0)
		if ((f->len += n) == cap)
			f->buf = xrealloc(f->buf, cap *= 2);
	fclose(fp);
	f->hasff = memchr(f->buf, '\f', f->len) != NULL;
	/* Articles as the tools cut them: a form feed ending the input
	 * starts no article, an empty input is one article. */
	for (i = 0; i <= f->len; i++) {
		if (i < f->len && f->buf[i] != '\f')
			continue;
		if (i == f->len && i == start && f->narts > 0)
			break;
		f->arts = xrealloc(f->arts, (f->narts + 1) * sizeof *f->arts);
		memset(&f->arts[f->narts], 0, sizeof *f->arts);
		f->arts[f->narts].text = f->buf + start;
		f->arts[f->narts].len = i - start;
		f->narts++;
		start = i + 1;
	}
}

/* The article named doc[0, n), and its place in input order; NULL if none. */
static struct art *
findart(const char *doc, size_t n, size_t *order)
{
	size_t before = 0, k, nl;
	int i;

	for (i = 0; i < nfiles; before += files[i].narts, i++) {
		struct file *f = &files[i];

		nl = strlen(f->name);
		if (n < nl || memcmp(doc, f->name, nl) != 0)
			continue;
		if (!f->hasff && n == nl) {
			*order = before;
			return &f->arts[0];
		}
		if (!f->hasff || n < nl + 2 || doc[nl] != '#')
			continue;
		k = 0;
		for (doc += nl + 1, n -= nl + 1; n > 0; doc++, n--) {
			if (*doc < '0' || *doc > '9' || k > f->narts)
				return NULL;
			k = k * 10 + (size_t)(*doc - '0');
		}
		if (k < 1 || k > f->narts)
			return NULL;
		*order = before + k - 1;
		return &f->arts[k - 1];
	}
	return NULL;
}

static int
inlist(const char *const *list, const char *s, size_t n)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return 1;
	return 0;
}

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Range lo..hi of the two digits at s. */
static int
num2(const char *s, int lo, int hi)
{
	int v;

	if (!digits(s, 2))
		return 0;
	v = (s[0] - '0') * 10 + (s[1] - '0');
	return v >= lo && v <= hi;
}

/* "", YYYY-MM-DD, YYYY-MM-DDTHH:MM or --MM-DD. */
static int
validdate(const char *s, size_t n)
{
	if (n == 0)
		return 1;
	if (n == 7)
		return memcmp(s, "--", 2) == 0 && num2(s + 2, 1, 12) &&
		    s[4] == '-' && num2(s + 5, 1, 31);
	if (n != 10 && n != 16)
		return 0;
	if (!digits(s, 4) || s[4] != '-' || !num2(s + 5, 1, 12) ||
	    s[7] != '-' || !num2(s + 8, 1, 31))
		return 0;
	return n == 10 || (s[10] == 'T' && num2(s + 11, 0, 23) &&
	    s[13] == ':' && num2(s + 14, 0, 59));
}

/* Does s[0, n) occur in the article, white space and case aside? */
static int
occurs(struct art *a, const char *s, size_t n)
{
	unsigned long h = 5381;
	size_t fl, i;
	char *f;
	int hit = 0;

	if (n == 0 || problems >= 10)
		return 1;
	for (i = 0; i < n; i++)
		h = h * 33 + (unsigned char)s[i];
	h |= 1;
	if (foundin != a) {
		if (foundin != NULL) {
			free(foundin->flat);
			foundin->flat = NULL;
		}
		memset(found, 0, sizeof found);
		foundin = a;
	}
	if (found[h % FOUND] == h)
		return 1;
	if (a->flat == NULL)
		a->flat = flatten(a->text, a->len, &a->flatlen);
	f = flatten(s, n, &fl);
	if (fl > 0 && f[0] == ' ')
		memmove(f, f + 1, --fl);
	if (fl > 0 && f[fl - 1] == ' ')
		fl--;
	for (i = 0; !hit && fl > 0 && i + fl <= a->flatlen; i++) {
		const char *p = memchr(a->flat + i, f[0], a->flatlen - fl + 1 - i);

		if (p == NULL)
			break;
		i = (size_t)(p - a->flat);
		hit = memcmp(p, f, fl) == 0;
	}
	free(f);
	if (hit || fl == 0)
		found[h % FOUND] = h;
	return hit || fl == 0;
}

static void
checkrecord(const char *rec, size_t n)
{
	const char *field[8];
	size_t flen[8], off = 0, order, i, j;
	static size_t lastorder;
	static int started;
	struct art *a;
	int nf = 0;
	const char *p = rec, *tab;

	for (i = 0; i < n; i++)
		if (rec[i] != '\t' && isctl((unsigned char)rec[i])) {
			problem("control byte in a field", rec, n);
			return;
		}
	for (;;) {
		tab = memchr(p, '\t', n - (size_t)(p - rec));
		if (nf == 8) {
			problem("too many fields", rec, n);
			return;
		}
		field[nf] = p;
		flen[nf++] = tab ? (size_t)(tab - p) : n - (size_t)(p - rec);
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	if (nf != tools[tool].nfields) {
		problem("wrong number of fields", rec, n);
		return;
	}
	if ((a = findart(field[0], flen[0], &order)) == NULL) {
		problem("DOC names no article of the input", rec, n);
		return;
	}
	if (started && order < lastorder)
		problem("article out of input order", rec, n);
	started = 1;
	lastorder = order;
	a->nrecords++;
	if (flen[1] == 0 || flen[1] > 18 || !digits(field[1], flen[1])) {
		problem("OFFSET is not a number", rec, n);
		return;
	}
	for (i = 0; i < flen[1]; i++)
		off = off * 10 + (size_t)(field[1][i] - '0');
	i = (size_t)nf - 1;
	if (off > a->len || flen[i] > a->len - off) {
		problem("OFFSET and text run past the article", rec, n);
		return;
	}
	for (j = 0; j < flen[i]; j++) {
		unsigned char c = (unsigned char)a->text[off + j];

		if ((isctl(c) ? ' ' : c) != (unsigned char)field[i][j]) {
			problem("text is not the article's bytes at OFFSET", rec, n);
			return;
		}
	}
	switch (tool) {
	case SPLIT:
		if (!inlist(parts, field[2], flen[2]))
			problem("unknown PART", rec, n);
		if (coverage) {
			if (a->cover == NULL)
				a->cover = nonnull(calloc(a->len + 1, 1));
			for (j = off; j < off + flen[3]; j++)
				if (a->cover[j]++ == 1)
					problem("byte in two records", rec, n);
		}
		break;
	case DATELINE:
		if (!validdate(field[2], flen[2]))
			problem("DATE is not ISO 8601", rec, n);
		if (a->nrecords > 1)
			problem("second record for one article", rec, n);
		break;
	case QUOTES:
		for (j = 2; j <= 4; j++)
			if (!occurs(a, field[j], flen[j]))
				problem("SPEAKER, MENTION or CUE not in the article",
				    rec, n);
		break;
	case ENTITIES:
		if (!inlist(types, field[2], flen[2]))
			problem("unknown TYPE", rec, n);
		if (flen[3] == 0 || !occurs(a, field[3], flen[3]))
			problem("NAME empty or not in the article", rec, n);
		break;
	}
}

/* After the last record: what must hold for every article. */
static void
checkarticles(void)
{
	size_t j, k, skip;
	int i;

	for (i = 0; i < nfiles; i++) {
		for (k = 0; k < files[i].narts; k++) {
			struct art *a = &files[i].arts[k];

			if (tool == DATELINE && a->nrecords != 1 &&
			    ++problems <= 10)
				fprintf(stderr, "checkrecords: %s article %zu: "
				    "no dateline record\n", files[i].name,
				    k + 1);
			if (!coverage)
				continue;
			skip = a->len >= 3 &&
			    memcmp(a->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
			for (j = skip; j < a->len; j++) {
				if (isspacebyte((unsigned char)a->text[j]) ||
				    (a->cover && a->cover[j]))
					continue;
				if (++problems <= 10)
					fprintf(stderr, "checkrecords: %s "
					    "article %zu: byte %zu in no "
					    "record\n", files[i].name, k + 1, j);
				break;
			}
		}
	}
}

int
main(int argc, char *argv[])
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int i;

	if (argc > 1 && strcmp(argv[1], "-a") == 0) {
		coverage = 1;
		argc--, argv++;
	}
	for (tool = 0; argc > 1 && tool < 4; tool++)
		if (strcmp(argv[1], tools[tool].name) == 0)
			break;
	if (argc < 3 || tool == 4 || (coverage && tool != SPLIT)) {
		fprintf(stderr, "usage: checkrecords [-a] tool file ...\n");
		return 2;
	}
	nfiles = argc - 2;
	files = nonnull(calloc((size_t)nfiles, sizeof *files));
	for (i = 0; i < nfiles; i++) {
		files[i].name = argv[i + 2];
		loadfile(&files[i]);
	}
	while ((n = getline(&line, &cap, stdin)) > 0) {
		lineno++;
		if (line[n - 1] != '\n') {
			problem("last record does not end in LF", line, (size_t)n);
			break;
		}
		checkrecord(line, (size_t)n - 1);
	}
	free(line);
	checkarticles();
	if (problems > 10)
		fprintf(stderr, "checkrecords: %lu problems\n", problems);
	return problems > 0;
}
