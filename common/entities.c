#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "entfeat.h"
#include "entities.h"
#include "entmodel.h"
#include "util.h"
#include "wordlist.h"

const char *const etype_names[NETYPES] = { "PER", "ORG", "LOC", "MISC" };

/*
 * The weights packed for the inner loop: a bucket's row is what each of
 * PER, ORG, LOC and MISC weighs more than O, in the four 16-bit lanes of
 * a uint64_t, as the integer sum of difference x 2^(16 x lane) (modulo
 * 2^64).  One 64-bit add sums a row, and a sum of rows is the sum of the
 * differences in the same way; LANE_ZERO added to it, each lane holds its
 * difference plus 0x8000, for a lane's sum stays within 0x8000 of 0.  The
 * label with the highest score is the one with the highest difference.
 */
#define LANE_ZERO 0x8000800080008000u
/* the most rows a token's score sums */
#define NFEAT (ENTFEAT_MAX + ENTFEAT_NLAB + ENTFEAT_NDOC)

/* Full names and initials share one table: a full name's key is mixed
 * with a constant, so that it does not meet the same text's initials. */
#define FULLKEY(k) ((k) ^ 0x5bd1e994u)
/* hashlower's multiplier: odd, its bits spread */
#define KEYMUL 0x9e3779b97f4a7c15u

_Static_assert(NLABELS == 5, "four lanes: the labels but O");
_Static_assert(NFEAT * 255 < 0x8000, "a lane holds a token's sum");
_Static_assert(ENTFEAT_NEAR <= ENTFEAT_WORD, "tokenscore's array holds both");

/* Add the rows of features f[0, nf) to s; two a turn, for the loop's
 * count and test cost as much as adding a row. */
static uint64_t
addrows(uint64_t s, const uint64_t *rows, const uint32_t *f, size_t nf)
{
	const uint32_t mask = (1u << entmodel_bits) - 1;
	size_t k;

	for (k = 0; k + 1 < nf; k += 2)
		s += rows[f[k] & mask] + rows[f[k + 1] & mask];
	if (k < nf)
		s += rows[f[k] & mask];
	return s;
}

/* Difference d at lane l, as a row holds it. */
static uint64_t
lane(int d, int l)
{
	return (uint64_t)(int64_t)d << 16 * l;
}

/* The model as the tagger weighs it: the packed rows, the seeds of the
 * features of a word with the label before it, and the scores of the
 * features that hang on nothing but labels and flags: those of each
 * pair of labels before a token, and of each document label with the
 * flags that matter to it. */
struct weights {
	uint64_t *rows;
	const struct entfeat_labseeds *labseeds;
	uint64_t prev[NLABELS][NLABELS];
	uint64_t doc[DOC_NONE + 1][ENTFEAT_DOCFLAGS + 1];
	uint64_t small[NSMALL][ENTFEAT_SMALLN];	/* see entfeat_small */
};

static const struct weights *
weights(void)
{
	static struct weights w;
	uint32_t f[ENTFEAT_MAX];
	size_t r, c, b, nb = entmodel_nrows * ENTMODEL_ROW / NLABELS;
	unsigned fl, v;
	int p1, p2, d, k;
	int8_t *wt, *x;

	if (w.rows != NULL)
		return &w;
	wt = xmalloc(entmodel_nrows * ENTMODEL_ROW);
	for (r = 0; r < entmodel_nrows; r++)
		for (c = 0; c < ENTMODEL_ROW; c++)
			wt[r * ENTMODEL_ROW + c] = (int8_t)((unsigned char)
			    entmodel_rows[r][c] - ENTMODEL_ZERO);
	w.rows = xmalloc(nb * sizeof *w.rows);
	for (b = 0; b < nb; b++) {
		x = wt + b * NLABELS;
		w.rows[b] = lane(x[1] - x[0], 0) + lane(x[2] - x[0], 1) +
		    lane(x[3] - x[0], 2) + lane(x[4] - x[0], 3);
	}
	free(wt);
	w.labseeds = entfeat_labseeds();
	for (p1 = 0; p1 < NLABELS; p1++)
		for (p2 = 0; p2 < NLABELS; p2++)
			w.prev[p1][p2] = addrows(0, w.rows, f,
			    entfeat_prevlabels(p1, p2, f));
	for (d = 0; d <= DOC_NONE; d++)
		for (fl = 0; fl <= ENTFEAT_DOCFLAGS; fl++)
			w.doc[d][fl] = addrows(0, w.rows, f,
			    entfeat_doc(d, fl, f));
	for (k = 0; k < NSMALL; k++)
		for (v = 0; v < ENTFEAT_SMALLN; v++)
			w.small[k][v] = addrows(0, w.rows, f,
			    entfeat_small(k, v, f));
	return &w;
}

/* Label l's key: its lane of s (plus 0x8000) above its number counted
 * down, so that the highest key is of the highest lane, the first of
 * equals. */
static uint32_t
labelkey(uint64_t s, int l)
{
	return (uint32_t)(s >> 16 * (l - 1) & 0xffff) << 3 | (uint32_t)(7 - l);
}

static uint32_t
maxkey(uint32_t a, uint32_t b)
{
	return a > b ? a : b;
}

/* The label of the highest score, the first of equals: that of the
 * highest key, found by maxima, not by a branch on which label wins,
 * which no branch predictor could learn.  Inline: asked for each token
 * weighed, from two places. */
static inline int
bestlabel(uint64_t s)
{
	const uint32_t okey = 0x8000 << 3 | 7;	/* O's: no difference */
	uint32_t best;

	s += LANE_ZERO;
	best = maxkey(maxkey(okey, labelkey(s, LAB_PER)),
	    maxkey(labelkey(s, LAB_ORG),
	    maxkey(labelkey(s, LAB_LOC), labelkey(s, LAB_MISC))));
	return 7 - (int)(best & 7);
}

/* The sum of token i's label-free features: the word's own, from the
 * cache when it is there, then its neighbours'. */
static uint64_t
tokenscore(struct entities *e, const struct weights *w, size_t i)
{
	const struct etok *t = &e->ts.t[i];
	uint64_t s;
	uint32_t f[ENTFEAT_WORD];	/* the word's, then the others' */
	unsigned small[NSMALL];
	int k;

	if (!entcache_get(&e->words, t, &s)) {
		s = addrows(0, w->rows, f, entfeat_word(t, f));
		entcache_put(&e->words, t, s);
	}
	entfeat_near(&e->ts, i, f, small);
	s = addrows(s, w->rows, f, ENTFEAT_NEAR);
	for (k = 0; k < NSMALL; k++)
		s += w->small[k][small[k]];
	return s;
}

/* The label lab[i - back], LAB_O before the first token. */
static int
labelat(const int *lab, size_t i, size_t back)
{
	return i >= back ? lab[i - back] : LAB_O;
}

/* Label the tokens from token from on, left to right, into lab: on the
 * first reading (first is NULL) all of them, counting the labels in
 * e->doc and keeping the tokens holding a capital, and their scores, in
 * e->upper and e->upperscore; on the second, given the first's labels and the document
 * labels they make, only until the two labels before a token are the
 * first's again.  Returns the token it stopped at (or the token count).
 * The label-free part of a token's score is summed once, in e->stat, on
 * the first reading that needs it. */
static size_t
label(struct entities *e, const struct weights *w, const int *first,
    int *lab, size_t from)
{
	const struct etoks *ts = &e->ts;
	uint32_t f[ENTFEAT_LABWORD];
	uint64_t *st, sc;
	size_t i, j;
	int best, doclab, q1, q2;
	int p1 = labelat(lab, from, 1), p2 = labelat(lab, from, 2);

	for (i = from; i < ts->n; i++) {
		if (first != NULL && i > from && labelat(first, i, 1) == p1 &&
		    labelat(first, i, 2) == p2)
			break;
		if (entfeat_plain(ts, i, p1)) {
			lab[i] = LAB_O;
			/* and so, in a tight loop, the plain tokens after it */
			for (j = i + 1; j < ts->n && entfeat_plain(ts, j, LAB_O);
			    j++)
				lab[j] = LAB_O;
			p2 = j > i + 1 ? LAB_O : p1;
			p1 = LAB_O;
			i = j - 1;
			continue;
		}
		/* the second reading keeps a label whose features are as
		 * they were */
		doclab = first != NULL ?
		    entfeat_doclabel(&e->doc, ts, first, i) : DOC_NONE;
		if (first != NULL && doclab == DOC_NONE &&
		    labelat(first, i, 1) == p1 &&
		    labelat(first, i, 2) == p2) {
			lab[i] = first[i];
			p2 = p1;
			p1 = first[i];
			continue;
		}
		/* summed on the first reading, unless it was plain there */
		st = &e->stat[i];
		if (first == NULL ||
		    entfeat_plain(ts, i, labelat(first, i, 1)))
			*st = tokenscore(e, w, i);
		q1 = p1;	/* the labels before, as token i sees them */
		q2 = p2;
		entfeat_prev(ts, i, &q1, &q2);
		entfeat_labword(w->labseeds, &ts->t[i], q1, f);
		sc = addrows(*st + w->prev[q1][q2] +
		    w->doc[doclab][ts->t[i].flags & ENTFEAT_DOCFLAGS],
		    w->rows, f, ENTFEAT_LABWORD);
		best = bestlabel(sc);
		/* a mark alone is no name */
		if ((ts->t[i].flags & TF_PUNCT) &&
		    (i == 0 || lab[i - 1] != best))
			best = LAB_O;
		lab[i] = best;
		p2 = p1;
		p1 = best;
		/* the document reading counts words with a capital only */
		if (first == NULL && (ts->t[i].flags & TF_UPPER)) {
			entfeat_docadd(&e->doc, ts, i, best);
			e->upperscore[e->nupper] = sc;
			e->upper[e->nupper++] = i;
		}
	}
	return i;
}

/* Does the k-th token holding a capital, j, whose two labels before it
 * are the first reading's, take another label than the first gave it,
 * once its document label is known?  Its score is the first's with the
 * features of that document label for those of none.  (No mark alone,
 * it holds a letter.) */
static int
relabels(const struct entities *e, const struct weights *w, size_t k)
{
	size_t j = e->upper[k];
	unsigned flags = e->ts.t[j].flags & ENTFEAT_DOCFLAGS;
	int doclab = entfeat_doclabel(&e->doc, &e->ts, e->first, j);

	return bestlabel(e->upperscore[k] - w->doc[DOC_NONE][flags] +
	    w->doc[doclab][flags]) != e->first[j];
}

/* The second reading.  A token whose two labels before it are the
 * first's has all its features as they were but its document label,
 * and only words the first reading counted more than once, which hold a
 * capital, have one: the labels can change from one of those on, if it
 * takes another label, and only until the two labels before a token
 * agree again. */
static void
reread(struct entities *e, const struct weights *w)
{
	size_t k, j, i = 0;

	if (e->ts.n == 0)
		return;		/* nor any array to copy */
	memcpy(e->lab, e->first, e->ts.n * sizeof *e->lab);
	for (k = 0; k < e->nupper; k++) {
		j = e->upper[k];
		if (j >= i && entfeat_dochas(&e->doc, &e->ts, j) &&
		    relabels(e, w, k))
			i = label(e, w, e->first, e->lab, j);
	}
}

/* Read the article twice: the second reading weighs what the first
 * labelled the same words elsewhere. */
static void
read2(struct entities *e)
{
	const struct weights *w = weights();
	size_t n = e->ts.n;

	growarray(&e->first, &e->firstcap, n, sizeof *e->first);
	growarray(&e->lab, &e->labcap, n, sizeof *e->lab);
	growarray(&e->stat, &e->statcap, n, sizeof *e->stat);
	growarray(&e->upper, &e->uppercap, n, sizeof *e->upper);
	growarray(&e->upperscore, &e->upperscorecap, n,
	    sizeof *e->upperscore);
	e->nupper = 0;
	entfeat_docinit(&e->doc, n);
	label(e, w, NULL, e->first, 0);
	reread(e, w);
}

/* The type of a country, city or organization the lists know, or -1. */
static int
listtype(const char *s, size_t n)
{
	if (wl_find(&words_countries, s, n) || wl_find(&words_cities, s, n))
		return ET_LOC;
	if (wl_find(&words_organizations, s, n))
		return ET_ORG;
	return -1;
}

/* What the NAME passes ask of m's words, found once: how many, the
 * last, and whether one is ALL-CAPS. */
static void
wordsof(struct entities *e, struct mention *m)
{
	const struct etok *t;
	size_t i;

	m->nwords = 0;
	m->last = m->tok;
	m->allcaps = 0;
	for (i = m->tok; i < m->tok + m->ntok; i++) {
		t = &e->ts.t[i];
		if (t->flags & TF_PUNCT)
			continue;
		m->nwords++;
		m->last = i;
		/* no branch: ALL-CAPS words come in any order */
		m->allcaps |= ((t->flags & TF_ALLCAP) != 0) & (t->len > 3);
	}
	e->ncaps += (size_t)m->allcaps;
}

/* A hyphen joining names the lists know makes two mentions (`Russia-EU
 * council', `NATO-Russia projects'), where `NATO-centrism' stays one. */
static int
splitnames(struct entities *e, size_t tok)
{
	const struct etok *t = &e->ts.t[tok];
	struct mention *m;
	size_t i, start, pass;

	for (pass = 0; pass < 2; pass++) {
		for (start = 0, i = 0; i <= t->len; i++) {
			if (i < t->len && t->s[i] != '-')
				continue;
			if (pass == 0 && listtype(t->s + start, i - start) < 0)
				return 0;
			if (pass == 1) {
				growarray(&e->m, &e->cap, e->n + 1, sizeof *e->m);
				m = &e->m[e->n++];
				m->tok = tok;
				m->ntok = 1;
				m->off = t->off + start;
				m->text = t->s + start;
				m->len = i - start;
				m->type = (enum etype)listtype(m->text, m->len);
				wordsof(e, m);
			}
			start = i + 1;
		}
	}
	return 1;
}

/* Is token i where a stretch of labelled tokens starts: 1 or 0, with no
 * branch on the labels? */
static size_t
isstart(const int *lab, size_t i)
{
	return (size_t)((lab[i] != LAB_O) & (labelat(lab, i, 1) == LAB_O));
}

/* Note where the stretches of labelled tokens start, in e->start.
 * Every stretch starts at a token holding a capital (a capital's absence
 * makes a token plain but after a name), so only those are asked.  The
 * passes after label more tokens, never fewer: that joins stretches, or
 * starts a new one where personwords labels a word alone, and then it
 * notes them again (listspans notes them first). */
static void
findstarts(struct entities *e)
{
	size_t i, k, n = 0;

	growarray(&e->start, &e->startcap, e->nupper, sizeof *e->start);
	for (k = 0; k < e->nupper; k++) {
		i = e->upper[k];
		e->start[n] = i;
		n += isstart(e->lab, i);
	}
	e->nstart = n;
}

/* Label the whole entry of several words of the lists that token i
 * starts (of the first kind of kinds it starts one of); return its end,
 * or i when it starts none. */
static size_t
wholeentry(struct entities *e, size_t i)
{
	static const struct {
		int gz, lab;
	} kinds[] = { { GZ_ORG, LAB_ORG }, { GZ_LOC, LAB_LOC } };
	const struct etok *t = e->ts.t;
	size_t j, k, end;
	unsigned bit;

	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		bit = 1u << kinds[k].gz;
		if (!(t[i].gazstart & t[i].gazmulti & bit))
			continue;
		for (end = i + 1; end < e->ts.n && t[end].part == t[i].part &&
		    (t[end].gazmulti & bit) && !(t[end].gazstart & bit); end++)
			;
		for (j = i; j < end; j++)
			e->lab[j] = kinds[k].lab;
		return end;
	}
	return i;
}

/* A name of several words the lists know is whole once the tagger found
 * its start: `France 24', not `France'.  Only a capitalized word starts
 * an entry (entok.c marks no other), so the tokens holding a capital are
 * all to ask, but those inside a name just made whole.  On the same walk
 * the stretches' starts are noted (findstarts): a name made whole labels
 * tokens from the one asked on, never one before. */
static void
listspans(struct entities *e)
{
	const struct etok *t = e->ts.t;
	size_t i, u, n = 0, next = 0;
	unsigned multi = 1u << GZ_ORG | 1u << GZ_LOC;

	growarray(&e->start, &e->startcap, e->nupper, sizeof *e->start);
	for (u = 0; u < e->nupper; u++) {
		i = e->upper[u];
		/* most tokens start no entry of several words */
		if ((t[i].gazstart & t[i].gazmulti & multi) && i >= next &&
		    e->lab[i] != LAB_O)
			next = wholeentry(e, i);
		e->start[n] = i;
		n += isstart(e->lab, i);
	}
	e->nstart = n;
}

/* Cut the run of tokens [*firstp, *endp) to the mention it makes, and
 * say whether it makes one, and not the two of splitnames. */
static int
trim(struct entities *e, size_t *firstp, size_t *endp, int lab)
{
	const struct etok *t = e->ts.t;
	size_t i, first = *firstp, end = *endp;

	/* no marks at the edges; a person's title is not his name */
	while (end > first && (t[end - 1].flags & TF_PUNCT))
		end--;
	while (end > first && (t[first].flags & TF_PUNCT))
		first++;
	while (lab == LAB_PER && end - first > 1 &&
	    ((t[first].gaz >> GZ_TITLE) & 1) && !((t[first].gaz >> GZ_GIVEN) & 1))
		first++;
	/* `Russian FM' is `Russian'; a title alone is no name */
	while (lab == LAB_MISC && end - first > 1 &&
	    ((t[end - 1].gaz >> GZ_TITLE) & 1))
		end--;
	for (i = first; i < end && ((t[i].gaz >> GZ_TITLE) & 1); i++)
		;
	*firstp = first;
	*endp = end;
	return end > first && i < end && !(end - first == 1 &&
	    (t[first].flags & TF_HYPHEN) && splitnames(e, first));
}

/* The mention of the run of one label from token first on, within its
 * part, a possessive starting the next run; returns the run's end.  Most
 * runs hold no mark, title or hyphen: those are whole, and their words
 * known on the walk that finds the end. */
static size_t
addmention(struct entities *e, size_t first)
{
	const struct etok *t = e->ts.t;
	const int *labs = e->lab;
	struct mention *m;
	size_t i, end, run;
	unsigned flags = 0, gaz = 0;
	int allcaps = 0, cut, lab = labs[first];

	i = first;
	do {
		flags |= t[i].flags;
		gaz |= t[i].gaz;
		allcaps |= ((t[i].flags & TF_ALLCAP) != 0) & (t[i].len > 3);
	} while (++i < e->ts.n && labs[i] == lab &&
	    t[i].part == t[first].part && !(t[i].flags & TF_POSS));
	run = end = i;
	cut = (flags & (TF_PUNCT | TF_HYPHEN)) || ((gaz >> GZ_TITLE) & 1);
	if (cut && !trim(e, &first, &end, lab))
		return run;
	if (e->n == e->cap)
		growarray(&e->m, &e->cap, e->n + 1, sizeof *e->m);
	m = &e->m[e->n++];
	m->tok = first;
	m->ntok = end - first;
	m->off = t[first].off;
	m->text = t[first].s;
	m->len = (size_t)(t[end - 1].s + t[end - 1].len - t[first].s);
	m->type = (enum etype)(lab - LAB_PER);
	if (cut)
		wordsof(e, m);
	else {
		m->nwords = m->ntok;
		m->last = end - 1;
		m->allcaps = allcaps;
		e->ncaps += (size_t)allcaps;
	}
	return run;
}

/* Keep the last word of the person's name of tokens [first, end), if
 * it has several words, for personwords. */
static void
lastword(struct entities *e, size_t first, size_t end)
{
	size_t i, nword = 0;

	for (i = first; i < end; i++)
		nword += !(e->ts.t[i].flags & TF_PUNCT);
	if (nword < 2)
		return;
	if (e->nlastwords == e->lastwordscap)
		growarray(&e->lastwords, &e->lastwordscap, e->nlastwords + 1,
		    sizeof *e->lastwords);
	e->lastwords[e->nlastwords++] = e->ts.t[end - 1].hlow | 1;
}

/* The mentions, and on the same walk the persons' last words: a name
 * there is a run of one label within a part, a possessive inside it
 * and all.  The walk starts at each stretch start noted, none of which
 * lies inside another stretch: they are noted once the labels that
 * join stretches are made. */
static void
mentions(struct entities *e)
{
	const struct etok *t = e->ts.t;
	const int *lab = e->lab;
	size_t i, k, end, first = 0, n = e->ts.n;
	int joined = 0;

	e->n = e->ncaps = e->nlastwords = 0;
	for (k = 0; k < e->nstart; k++) {
		/* the mentions of one stretch: runs of a label within a
		 * part, a possessive starting the next */
		for (i = e->start[k]; i < n && lab[i] != LAB_O; i = end) {
			end = addmention(e, i);
			first = joined ? first : i;
			joined = end < n && lab[end] == lab[i] &&
			    t[end].part == t[i].part;
			/* one test, not three: persons come in any order */
			if (!joined & (lab[i] == LAB_PER) & (end - first > 1))
				lastword(e, first, end);
		}
	}
}

/* --- NAME --- */

static int
isword(const struct etok *t)
{
	return !(t->flags & TF_PUNCT);
}

/* The mention as written, each run of white space and control bytes made
 * one space (so NAME stays text of the article); ALL-CAPS words of more
 * than three letters folded to title case when fold is set.  NAME is
 * written to the names buffer, which has room for it (defaultnames),
 * but when it is the text as written, byte for byte: then it is the
 * text, and the function returns 1. */
static int
defaultname(struct entities *e, struct mention *m, int fold)
{
	const struct etok *t;
	const char *s, *g, *end = m->text + m->len;
	size_t i, n, start = e->nameslen;
	unsigned char c;
	int asis = 1;

	for (i = m->tok; i < m->tok + m->ntok; i++) {
		t = &e->ts.t[i];
		/* a part of a hyphenated word is its own text */
		s = t->s > m->text ? t->s : m->text;
		n = (size_t)((t->s + t->len < end ? t->s + t->len : end) - s);
		/* the gap since the last token, its blanks one space */
		for (g = i > m->tok ? t[-1].s + t[-1].len : s; g < s; g++) {
			c = (unsigned char)*g;
			if (c > ' ' && c != 0x7f)
				e->names[e->nameslen++] = (char)c;
			else if (e->names[e->nameslen - 1] != ' ') {
				e->names[e->nameslen++] = ' ';
				asis &= c == ' ';
			} else
				asis = 0;
		}
		if (fold && (t->flags & TF_ALLCAP) && n > 3) {
			entok_titlecase(s, n, e->names + e->nameslen);
			asis = 0;
		} else
			memcpy(e->names + e->nameslen, s, n);
		e->nameslen += n;
	}
	if (asis) {
		e->nameslen = start;
		m->name = m->text;
		m->namelen = m->len;
	} else {
		m->name = e->names + start;
		m->namelen = e->nameslen - start;
	}
	return asis;
}

/* Is m's NAME its text, as defaultname would find: is each gap between
 * its tokens empty or one byte, a space or no blank?  (A longer gap is
 * rare: defaultname tells.) */
static int
astext(const struct entities *e, const struct mention *m)
{
	const struct etok *t = &e->ts.t[m->tok];
	const char *g;
	size_t i;
	unsigned char c;

	for (i = 1; i < m->ntok; i++) {
		g = t[i - 1].s + t[i - 1].len;
		if (g == t[i].s)
			continue;
		c = (unsigned char)*g;
		if (g + 1 != t[i].s || c < ' ' || c == 0x7f)
			return 0;
	}
	return 1;
}

/* A key for the tables below, of s[0, n) lower-cased: never 0, which
 * marks a free slot.  Eight bytes a step, the last eight (in a shorter
 * text its first and last four, or first, middle and last byte) taken
 * whole, again in part: all a key needs is that the same words, in any
 * case, make the same key, and most others another. */
static uint32_t
hashlower(const char *s, size_t n)
{
	uint64_t h = (uint64_t)n * KEYMUL, w;
	uint32_t head, tail;
	size_t i;

	for (i = 0; i + 8 < n; i += 8)
		h = (h ^ asc_lower8(asc_load8(s + i))) * KEYMUL;
	if (n >= 8)
		w = asc_load8(s + n - 8);
	else {
		if (n >= 4) {
			memcpy(&head, s, 4);
			memcpy(&tail, s + n - 4, 4);
		} else
			head = tail = n == 0 ? 0 : (uint32_t)(unsigned char)s[0] |
			    (uint32_t)(unsigned char)s[n / 2] << 8 |
			    (uint32_t)(unsigned char)s[n - 1] << 16;
		w = (uint64_t)tail << 32 | head;
	}
	h = (h ^ asc_lower8(w)) * KEYMUL;
	return (uint32_t)(h >> 32) | 1;
}

/* Each mention's default NAME, and the keys of it and of its text.  The
 * NAME key stays right: NAME changes later only in the case of ASCII
 * letters, which the key ignores, or to a NAME of the same key, but for
 * persons (fullpersons).  The names buffer is sized once for all NAMEs
 * an article can write, so that NAMEs in it stay where they are: none
 * is longer than its text, and foldcaps writes an ALL-CAPS one again. */
static void
defaultnames(struct entities *e)
{
	struct mention *m;
	size_t i, need = 0;

	for (i = 0; i < e->n; i++)
		need += e->m[i].len << e->m[i].allcaps;
	growarray(&e->names, &e->namescap, need, 1);
	e->nameslen = 0;
	for (i = 0; i < e->n; i++) {
		m = &e->m[i];
		/* one token's NAME is its text (a part of a hyphenated
		 * word is its own text), and most others' */
		if (m->ntok == 1 || astext(e, m) || defaultname(e, m, 0)) {
			m->name = m->text;
			m->namelen = m->len;
			m->namekey = m->textkey = hashlower(m->text, m->len);
		} else {
			m->namekey = hashlower(m->name, m->namelen);
			m->textkey = hashlower(m->text, m->len);
		}
	}
}

/* A hash table from keys to mention indexes, for one article, with
 * room for n keys. */
static void
mapclear(struct entities *e, size_t n)
{
	size_t need = 16;

	while (need < 2 * n)
		need *= 2;
	if (e->mapcap < need) {
		free(e->map);
		e->map = xmalloc(2 * need * sizeof *e->map);
		e->mapcap = need;
	}
	/* as many slots as n needs, not all there are: few mentions
	 * after many clear little */
	e->mapsize = need;
	memset(e->map, 0, 2 * need * sizeof *e->map);
}

/* The slot of key (nonzero), or the free slot where it goes.  Bit 0 of
 * every key is set: the first slot to look at is from the bits above
 * it.  One branch, not two: whether a key is there or new is anyone's
 * guess, that the first slot serves is not. */
static int32_t *
findslot(const struct entities *e, uint32_t key)
{
	size_t h, mask = e->mapsize - 1;
	int32_t *s;

	for (h = key >> 1 & mask;; h = (h + 1) & mask) {
		s = &e->map[2 * h];
		if (((uint32_t)s[0] == key) | (s[0] == 0))
			return s;
	}
}

/* The slot for key, added when new: its value is slot[1] - 1, -1 when
 * new. */
static int32_t *
mapslot(struct entities *e, uint32_t key)
{
	int32_t *s = findslot(e, key);

	s[0] = (int32_t)key;
	return s;
}

/* Map key to mention i, unless a mention before has it; return the
 * mention it maps to.  A select, not a branch: whether a key is new is
 * anyone's guess. */
static size_t
mapfirst(struct entities *e, uint32_t key, size_t i)
{
	int32_t *s = mapslot(e, key);

	s[1] = s[1] != 0 ? s[1] : (int32_t)i + 1;
	return (size_t)(s[1] - 1);
}

/* The value of key, 0 when the table has none (a free slot's is 0); the
 * table stays as it was, so that it needs room only for the keys put. */
static int32_t
mapget(const struct entities *e, uint32_t key)
{
	return findslot(e, key)[1];
}

/* Once `Sergey Lavrov' is a person, so is every `Lavrov' of the
 * article: the last word of a person's name of several words (found by
 * mentions) is a person wherever it stands alone, capitalized.  Returns
 * whether it labelled any, and so made the mentions to find again. */
static int
personwords(struct entities *e)
{
	const struct etok *t = e->ts.t;
	size_t i, k, n = e->ts.n, nkeys = e->nlastwords;
	int *lab = e->lab, alone, relabel = 0, newstart = 0;
	uint32_t key;
	uint64_t some = 0;	/* bit key >> 26 of each key */

	if (nkeys == 0)
		return 0;
	mapclear(e, nkeys);
	for (k = 0; k < nkeys; k++) {
		mapslot(e, e->lastwords[k])[1] = LAB_PER;
		some |= (uint64_t)1 << (e->lastwords[k] >> 26);
	}
	/* a capitalized word holds a capital; most are no key, which the
	 * bits of some tell without a probe */
	for (k = 0; k < e->nupper; k++) {
		i = e->upper[k];
		key = t[i].hlow | 1;
		if (!(t[i].flags & (TF_CAP | TF_ALLCAP)) ||
		    !((some >> (key >> 26)) & 1))
			continue;
		if (mapget(e, key) == 0)
			continue;
		alone = (i == 0 || lab[i - 1] != lab[i]) &&
		    (i + 1 == n || lab[i + 1] != lab[i]);
		/* not inside another name */
		if (lab[i] != LAB_PER && (lab[i] == LAB_O || alone)) {
			newstart |= lab[i] == LAB_O;
			lab[i] = LAB_PER;
			relabel = 1;
		}
	}
	if (newstart)
		findstarts(e);
	return relabel;
}

static int
inlists(const char *s, size_t n)
{
	return wl_find(&words_countries, s, n) || wl_find(&words_cities, s, n) ||
	    wl_find(&words_organizations, s, n) ||
	    wl_find(&words_givennames, s, n);
}

/* ALL-CAPS mentions (`MOSCOW') take the article's spelling of the same
 * name, else the title case a word list knows. */
static void
foldcaps(struct entities *e)
{
	struct mention *m;
	const char *name;
	int32_t v;
	size_t i, k, namelen, save, *plain, *caps, np = 0, nc = 0;

	if (e->ncaps == 0)
		return;
	/* the two kinds apart first, with no branch on which (they come
	 * in any order), into the array bykind fills later */
	growarray(&e->kinds, &e->kindscap, 2 * e->n, sizeof *e->kinds);
	plain = e->kinds;
	caps = plain + e->n;
	for (i = 0; i < e->n; i++) {
		plain[np] = caps[nc] = i;
		np += (size_t)!e->m[i].allcaps;
		nc += (size_t)e->m[i].allcaps;
	}
	mapclear(e, np);
	for (k = 0; k < np; k++) {
		i = plain[k];
		mapfirst(e, e->m[i].namekey, i);
	}
	for (k = 0; k < nc; k++) {
		m = &e->m[caps[k]];
		if ((v = mapget(e, m->namekey)) != 0) {
			m->name = e->m[v - 1].name;
			m->namelen = e->m[v - 1].namelen;
			continue;
		}
		save = e->nameslen;
		name = m->name;
		namelen = m->namelen;
		defaultname(e, m, 1);
		if (!inlists(m->name, m->namelen)) {
			e->nameslen = save;
			m->name = name;
			m->namelen = namelen;
		}
	}
}

/* Is the last word of b the last of a's words, and a's words b's last? */
static int
endswith(const struct entities *e, const struct mention *a,
    const struct mention *b)
{
	size_t i = a->tok + a->ntok, j = b->tok + b->ntok;

	while (i > a->tok && j > b->tok) {
		i--;
		j--;
		while (i > a->tok && !isword(&e->ts.t[i]))
			i--;
		while (j > b->tok && !isword(&e->ts.t[j]))
			j--;
		if (e->ts.t[i].hlow != e->ts.t[j].hlow)
			return 0;
		if (i == a->tok)
			return 1;
	}
	return 0;
}

/* `Lavrov' is `Sergey Lavrov' when the article names him so. */
static void
fullpersons(struct entities *e)
{
	struct mention *m, *c;
	int32_t *s;
	size_t i, k;

	if (e->nper == 0)
		return;
	mapclear(e, e->nper);
	for (k = 0; k < e->nper; k++) {
		i = e->per[k];
		m = &e->m[i];
		s = mapslot(e, e->ts.t[m->last].hlow | 1);
		if (s[1] == 0 || m->nwords > e->m[s[1] - 1].nwords)
			s[1] = (int32_t)i + 1;
	}
	for (k = 0; k < e->nper; k++) {
		m = &e->m[e->per[k]];
		c = &e->m[mapget(e, e->ts.t[m->last].hlow | 1) - 1];
		if (c != m && endswith(e, m, c)) {
			m->name = c->name;
			m->namelen = c->namelen;
		}
	}
}

/* The capitals opening a mention's words (`European Union' -> EU); 0
 * when fewer than two, or too many for buf. */
static size_t
initials(const struct entities *e, const struct mention *m, char *buf,
    size_t bufsz)
{
	const struct etok *t;
	size_t i, n = 0;

	for (i = m->tok; i < m->tok + m->ntok && n < bufsz; i++) {
		t = &e->ts.t[i];
		if (isword(t) && t->s[0] >= 'A' && t->s[0] <= 'Z')
			buf[n++] = t->s[0];
	}
	return n >= 2 && n < bufsz ? n : 0;
}

/* The capitals of s[0, len) when it is an acronym, capitals and dots
 * (`U.S.' -> US); 0 when not, or too short or long for buf. */
static size_t
acronym(const char *s, size_t len, char *buf, size_t bufsz)
{
	size_t j, n = 0;

	for (j = 0; j < len && n < bufsz; j++) {
		if (s[j] >= 'A' && s[j] <= 'Z')
			buf[n++] = s[j];
		else if (s[j] != '.')
			return 0;
	}
	return n >= 2 && n < bufsz ? n : 0;
}

/* `EU' is `European Union', `US' `United States', where the article
 * spells them out; so are the aliases of the word list. */
static void
fullacronyms(struct entities *e)
{
	struct mention *m, *c;
	const struct etok *t;
	const struct word *w;
	const char *s;
	char buf[8];
	size_t i, k, n, len;
	int32_t v;

	/* the table holds the mentions of several words alone */
	if (e->nmulti == 0)
		return;
	mapclear(e, 2 * e->nmulti);
	for (k = 0; k < e->nmulti; k++) {
		i = e->multi[k];
		m = &e->m[i];
		if ((n = initials(e, m, buf, sizeof buf)) == 0)
			continue;
		mapfirst(e, hash_bytes(HASH_INIT, buf, n) | 1, i);
		mapfirst(e, FULLKEY(m->namekey), i);
	}
	for (k = 0; k < e->nother; k++) {
		m = &e->m[e->other[k]];
		/* the word of a mention of one word: the mention's text
		 * when it is one token (or a part of one).  A whole token
		 * of capitals and dots is ALL-CAPS (entok.h): no other
		 * whole token is an acronym. */
		t = &e->ts.t[m->last];
		s = m->ntok == 1 ? m->text : t->s;
		len = m->ntok == 1 ? m->len : t->len;
		if (m->nwords == 1 &&
		    ((t->flags & TF_ALLCAP) || len < t->len) &&
		    (n = acronym(s, len, buf, sizeof buf)) > 0) {
			v = mapget(e, hash_bytes(HASH_INIT, buf, n) | 1);
			if (v != 0 && (c = &e->m[v - 1])->type != ET_MISC) {
				m->name = c->name;
				m->namelen = c->namelen;
				continue;
			}
		}
		if (!(e->ts.t[m->tok].gaz & (1u << GZ_LOC | 1u << GZ_CITY |
		    1u << GZ_ORG)))
			continue;
		w = wl_find(&words_aliases, m->name, m->namelen);
		if (w == NULL)
			continue;
		v = mapget(e, FULLKEY(hashlower(w->val, strlen(w->val))));
		if (v != 0) {
			c = &e->m[v - 1];
			m->name = c->name;
			m->namelen = c->namelen;
		}
	}
}

/* Is the article a sports report: does its first word name a sport? */
static int
sports(const struct entities *e)
{
	size_t i;

	for (i = 0; i < e->ts.n; i++)
		if (!(e->ts.t[i].flags & TF_PUNCT))
			return wl_findlower(&words_sports, e->ts.t[i].s,
			    e->ts.t[i].len) != NULL;
	return 0;
}

/* The mentions by kind, once majoritytypes made the persons final
 * (listtypes types only the others): persons, the others, and the others
 * of several words, each in text order, so that the passes after walk
 * the mentions they ask with no test of kind, nor any when they have
 * none. */
static void
bykind(struct entities *e)
{
	const struct mention *m;
	size_t i, np = 0, no = 0, nm = 0;
	int isper;

	/* no arrays, maybe none allocated, for no mentions */
	e->nper = e->nother = e->nmulti = 0;
	if (e->n == 0)
		return;
	growarray(&e->kinds, &e->kindscap, 3 * e->n, sizeof *e->kinds);
	e->per = e->kinds;
	e->other = e->per + e->n;
	e->multi = e->other + e->n;
	for (i = 0; i < e->n; i++) {
		m = &e->m[i];
		isper = m->type == ET_PER;
		e->per[np] = e->other[no] = e->multi[nm] = i;
		np += (size_t)isper;
		no += (size_t)!isper;
		nm += (size_t)(!isper & (m->nwords > 1));
	}
	e->nper = np;
	e->nother = no;
	e->nmulti = nm;
}

/* A name the word lists know takes their type: `US' is a place, `Kremlin'
 * an organization, whatever the context made of it; so is a city, but in
 * a sports report, where it names a club. */
static void
listtypes(struct entities *e)
{
	static const struct {
		const struct wordlist *l;
		int gz;
		enum etype type;
	} lists[] = {
		{ &words_countries, GZ_LOC, ET_LOC },
		{ &words_organizations, GZ_ORG, ET_ORG },
		{ &words_demonyms, GZ_MISC, ET_MISC },
		{ &words_cities, GZ_CITY, ET_LOC },
	};
	struct mention *m;
	size_t i, k, nlists = sizeof lists / sizeof lists[0];
	unsigned gz, anylist = 0;

	if (sports(e))
		nlists--;	/* cities, last, are clubs there */
	for (k = 0; k < nlists; k++)
		anylist |= 1u << lists[k].gz;
	for (i = 0; i < e->nother; i++) {
		m = &e->m[e->other[i]];
		/* only a mention starting an entry can be one */
		gz = e->ts.t[m->tok].gazstart;
		if (!(gz & anylist))
			continue;
		for (k = 0; k < nlists; k++) {
			if (!((gz >> lists[k].gz) & 1))
				continue;
			if (wl_find(lists[k].l, m->name, m->namelen)) {
				m->type = lists[k].type;
				break;
			}
		}
	}
}

/* The types given to the same words, counted at their first mention. */
struct tally {
	size_t first;		/* the first mention of the same words */
	int32_t votes[NETYPES];	/* ... the types they were given */
};

/* One name, one type: where the article tags the same words as different
 * types, the most frequent type wins. */
static void
majoritytypes(struct entities *e)
{
	struct tally *tally, *v;
	struct mention *m;
	size_t i, k;
	int best, split = 0;

	if (e->n == 0)
		return;
	growarray(&e->tally, &e->tallycap, e->n, sizeof *e->tally);
	tally = e->tally;
	mapclear(e, e->n);
	for (i = 0; i < e->n; i++) {
		m = &e->m[i];
		tally[i].first = mapfirst(e, m->textkey, i);
		split |= m->type != e->m[tally[i].first].type;
	}
	/* a mention keeps its type unless the same words have two */
	if (!split)
		return;
	for (i = 0; i < e->n; i++)
		memset(tally[i].votes, 0, sizeof tally[i].votes);
	for (i = 0; i < e->n; i++)
		tally[tally[i].first].votes[e->m[i].type]++;
	for (i = 0; i < e->n; i++) {
		m = &e->m[i];
		v = &tally[tally[i].first];
		best = (int)m->type;
		for (k = 0; k < NETYPES; k++)
			if (v->votes[k] > v->votes[best])
				best = (int)k;
		m->type = (enum etype)best;
	}
}

void
entities_tag(struct entities *e, const struct article *a)
{
	entok_article(&e->ts, a);
	read2(e);
	listspans(e);
	mentions(e);
	if (personwords(e))
		mentions(e);
	defaultnames(e);
	foldcaps(e);
	majoritytypes(e);
	bykind(e);
	listtypes(e);
	fullpersons(e);
	fullacronyms(e);
}
