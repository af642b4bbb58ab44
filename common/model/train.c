/*
 * train-entities: make common/entmodel.c, the entity tagger's weights,
 * from articles and their gold entities (DOC OFFSET TYPE NAME TEXT, as
 * tag-entities prints them).  Not part of the filters: `make model' runs
 * it on the CoNLL-2003 training articles.
 *
 * An averaged perceptron over the features of entfeat.h, decoding left
 * to right as the tagger does, so it learns from its own earlier labels.
 * The articles are visited in an order shuffled by a fixed generator and
 * the weights are rounded to bytes: the same input makes the same file.
 *
 * usage: train-entities [-b bits] [-e epochs] -g gold.tsv -o out.c file...
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entfeat.h"
#include "entmodel.h"
#include "input.h"
#include "util.h"

struct span {
	char *doc;
	size_t off, len;
	int lab;
};

/* One article: its tokens' gold labels, and their label-free features
 * (features of token k: feats[fstart[k], fstart[k + 1])). */
struct doc {
	struct etoks ts;	/* token copies; their text pointers are stale */
	int *gold;
	size_t *fstart;
};

static struct span *spans;
static size_t nspans, spancap;
static struct doc *docs;
static size_t ndocs, doccap;
static uint32_t *feats;
static size_t nfeats, featcap;
static unsigned bits = 16;
static size_t ntoks, nmisaligned;

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: %s [-b bits] [-e epochs] -g gold.tsv -o out.c file ...\n",
	    progname);
	exit(status);
}

static const char *
basename_of(const char *s)
{
	const char *slash = strrchr(s, '/');

	return slash ? slash + 1 : s;
}

static int
labelof(const char *type)
{
	static const char *const names[] = { "O", "PER", "ORG", "LOC", "MISC" };
	int i;

	for (i = 1; i < NLABELS; i++)
		if (strcmp(type, names[i]) == 0)
			return i;
	return -1;
}

static int
spancmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	int c = strcmp(x->doc, y->doc);

	if (c)
		return c;
	return x->off < y->off ? -1 : x->off > y->off;
}

static void
readgold(const char *path)
{
	FILE *f;
	char *line = NULL, *field[5], *p;
	size_t cap = 0;
	ssize_t n;
	int i, lab;

	if ((f = fopen(path, "r")) == NULL)
		errx(1, "%s: %s", path, strerror(errno));
	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		p = line;
		for (i = 0; i < 5; i++) {
			field[i] = p;
			if (i < 4 && (p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
			if (p == NULL)
				break;
		}
		if (i < 5 || (lab = labelof(field[2])) < 0)
			continue;
		growarray(&spans, &spancap, nspans + 1, sizeof *spans);
		spans[nspans].doc = xstrndup(field[0], strlen(field[0]));
		spans[nspans].off = strtoul(field[1], NULL, 10);
		spans[nspans].len = strlen(field[4]);
		spans[nspans].lab = lab;
		nspans++;
	}
	free(line);
	fclose(f);
	qsort(spans, nspans, sizeof *spans, spancmp);
}

/* The first gold span of doc, or nspans. */
static size_t
firstspan(const char *doc)
{
	size_t lo = 0, hi = nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(spans[mid].doc, doc) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
addarticle(struct article *a, void *ctx)
{
	static struct etoks ts;
	const char *name = basename_of(a->doc);
	struct doc *d;
	size_t i, k, s, e, n;

	(void)ctx;
	entok_article(&ts, a);
	growarray(&docs, &doccap, ndocs + 1, sizeof *docs);
	d = &docs[ndocs++];
	memset(d, 0, sizeof *d);
	d->ts.n = d->ts.cap = ts.n;
	d->ts.t = xmalloc((ts.n + 1) * sizeof *d->ts.t);
	memcpy(d->ts.t, ts.t, ts.n * sizeof *ts.t);
	d->gold = xmalloc((ts.n + 1) * sizeof *d->gold);
	d->fstart = xmalloc((ts.n + 1) * sizeof *d->fstart);
	for (i = 0; i < ts.n; i++) {
		d->gold[i] = LAB_O;
		d->fstart[i] = nfeats;
		growarray(&feats, &featcap, nfeats + ENTFEAT_MAX, sizeof *feats);
		nfeats += entfeat_token(&ts, i, feats + nfeats);
	}
	d->fstart[ts.n] = nfeats;
	ntoks += ts.n;
	/* label tokens inside gold spans; count spans tokens do not fit */
	k = 0;
	for (s = firstspan(name); s < nspans && !strcmp(spans[s].doc, name);
	    s++) {
		e = spans[s].off + spans[s].len;
		while (k < ts.n && ts.t[k].off < spans[s].off)
			k++;
		if (k >= ts.n || ts.t[k].off != spans[s].off) {
			nmisaligned++;
			continue;
		}
		for (n = k; n < ts.n && ts.t[n].off + ts.t[n].len <= e; n++)
			d->gold[n] = spans[s].lab;
		if (n == k || ts.t[n - 1].off + ts.t[n - 1].len != e)
			nmisaligned++;
	}
	for (i = 0; i < d->ts.n; i++)
		d->ts.t[i].s = NULL;
}

static uint32_t rng = 12345;

static uint32_t
next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

/* The best label for token t of d, from its stored features and the nf
 * label and document features in f. */
static int
predict(const struct doc *d, size_t t, const uint32_t *f, size_t nf,
    const float *w)
{
	uint32_t mask = (1u << bits) - 1;
	float score[NLABELS] = { 0 };
	size_t x;
	int l, best;

	for (x = d->fstart[t]; x < d->fstart[t + 1]; x++)
		for (l = 0; l < NLABELS; l++)
			score[l] += w[(feats[x] & mask) * NLABELS + l];
	for (x = 0; x < nf; x++)
		for (l = 0; l < NLABELS; l++)
			score[l] += w[(f[x] & mask) * NLABELS + l];
	best = 0;
	for (l = 1; l < NLABELS; l++)
		if (score[l] > score[best])
			best = l;
	return best;
}

static void
update(const struct doc *d, size_t t, const uint32_t *f, size_t nf,
    int good, int bad, float *w, float *u, float c)
{
	uint32_t mask = (1u << bits) - 1;
	size_t x, b, n = d->fstart[t + 1] - d->fstart[t];

	for (x = 0; x < n + nf; x++) {
		b = (x < n ? feats[d->fstart[t] + x] : f[x - n]) & mask;
		w[b * NLABELS + good] += 1;
		u[b * NLABELS + good] += c;
		w[b * NLABELS + bad] -= 1;
		u[b * NLABELS + bad] -= c;
	}
}

/* Label d left to right as the tagger does, given the document labels
 * doclab (NULL: none yet); with u, learn from each mistake. */
static int
decode(const struct doc *d, const int *doclab, int *lab, float *w, float *u,
    float *c)
{
	uint32_t f[ENTFEAT_NLAB + ENTFEAT_NDOC];
	size_t t, nf;
	int p1 = LAB_O, p2 = LAB_O, best, err = 0;

	for (t = 0; t < d->ts.n; t++) {
		if (entfeat_plain(&d->ts, t, p1)) {
			lab[t] = LAB_O;
			p2 = p1;
			p1 = LAB_O;
			continue;
		}
		nf = entfeat_labels(&d->ts, t, p1, p2, f);
		nf += entfeat_doc(doclab ? doclab[t] : DOC_NONE,
		    d->ts.t[t].flags, f + nf);
		best = predict(d, t, f, nf, w);
		if (u != NULL) {
			if (best != d->gold[t]) {
				err++;
				update(d, t, f, nf, d->gold[t], best, w, u, *c);
			}
			++*c;
		}
		lab[t] = best;
		p2 = p1;
		p1 = best;
	}
	return err;
}

/* Each article is read twice, as the tagger does: a first reading gives
 * the document labels the second, learning one, weighs. */
static void
train(int epochs, float *w, float *u)
{
	struct entdoc ed = { 0 };
	const struct etoks *ts;
	size_t *order, i, j, k, x, maxn = 1;
	int ep, err, *first, *doclab;
	float c = 1;

	order = xmalloc(ndocs * sizeof *order);
	for (i = 0; i < ndocs; i++) {
		order[i] = i;
		if (docs[i].ts.n > maxn)
			maxn = docs[i].ts.n;
	}
	first = xmalloc(maxn * sizeof *first);
	doclab = xmalloc(maxn * sizeof *doclab);
	for (ep = 0; ep < epochs; ep++) {
		for (i = ndocs; i > 1; i--) {
			j = next() % i;
			x = order[i - 1];
			order[i - 1] = order[j];
			order[j] = x;
		}
		err = 0;
		for (k = 0; k < ndocs; k++) {
			decode(&docs[order[k]], NULL, first, w, NULL, &c);
			ts = &docs[order[k]].ts;
			entfeat_docinit(&ed, ts->n);
			for (x = 0; x < ts->n; x++)
				entfeat_docadd(&ed, ts, x, first[x]);
			for (x = 0; x < ts->n; x++)
				doclab[x] = entfeat_doclabel(&ed, ts, first, x);
			err += decode(&docs[order[k]], doclab, first, w, u, &c);
		}
		fprintf(stderr, "epoch %d: %d errors in %zu tokens\n", ep + 1,
		    err, ntoks);
	}
	for (i = 0; i < (size_t)NLABELS << bits; i++)
		w[i] -= u[i] / c;
	free(order);
	free(first);
	free(doclab);
}

static void
writemodel(const char *path, const float *w)
{
	size_t i, n = (size_t)NLABELS << bits, nrows;
	float max = 0, scale;
	long q;
	unsigned char byte;
	FILE *f;

	for (i = 0; i < n; i++)
		if (fabsf(w[i]) > max)
			max = fabsf(w[i]);
	scale = max > 0 ? 127 / max : 0;
	nrows = (n + ENTMODEL_ROW - 1) / ENTMODEL_ROW;
	if ((f = fopen(path, "w")) == NULL)
		errx(1, "%s: %s", path, strerror(errno));
	fprintf(f, "/* Generated by `make model' (common/model/train.c):"
	    " do not edit. */\n#include \"entmodel.h\"\n\n"
	    "const unsigned entmodel_bits = %u;\n"
	    "const size_t entmodel_nrows = %zu;\n"
	    "const char entmodel_rows[][ENTMODEL_ROW + 1] = {\n",
	    bits, nrows);
	for (i = 0; i < nrows * ENTMODEL_ROW; i++) {
		if (i % ENTMODEL_ROW == 0)
			fputs("\t\"", f);
		q = i < n ? lroundf(w[i] * scale) : 0;
		byte = (unsigned char)(q + ENTMODEL_ZERO);
		if (byte < ' ' || byte > '~' || byte == '"' || byte == '\\' ||
		    byte == '?')
			fprintf(f, "\\%03o", byte);
		else
			fputc(byte, f);
		if (i % ENTMODEL_ROW == ENTMODEL_ROW - 1)
			fputs("\",\n", f);
	}
	fputs("};\n", f);
	if (ferror(f) || fclose(f) != 0)
		errx(1, "%s: write error", path);
}

int
main(int argc, char *argv[])
{
	const char *gold = NULL, *out = NULL;
	int ch, epochs = 12, status;
	float *w, *u;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "b:e:g:ho:")) != -1) {
		switch (ch) {
		case 'b':
			bits = (unsigned)atoi(optarg);
			if (bits < 8 || bits > 24)
				usage(2);
			break;
		case 'e':
			epochs = atoi(optarg);
			break;
		case 'g':
			gold = optarg;
			break;
		case 'h':
			usage(0);
		case 'o':
			out = optarg;
			break;
		default:
			usage(2);
		}
	}
	if (gold == NULL || out == NULL || optind == argc)
		usage(2);
	readgold(gold);
	status = input_foreach(argc - optind, argv + optind, addarticle, NULL);
	fprintf(stderr, "%zu articles, %zu tokens, %zu features, %zu gold"
	    " spans not on token edges\n", ndocs, ntoks, nfeats, nmisaligned);
	w = calloc((size_t)NLABELS << bits, sizeof *w);
	u = calloc((size_t)NLABELS << bits, sizeof *u);
	if (w == NULL || u == NULL)
		errx(1, "out of memory");
	train(epochs, w, u);
	writemodel(out, w);
	return status;
}
