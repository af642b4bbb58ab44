#include <stdlib.h>
#include <string.h>

#include "entfeat.h"
#include "util.h"

enum tmpl {
	F_BIAS = 1, F_WORD, F_LOW, F_SHAPE, F_SUF, F_PRE, F_FLAGS, F_SEEN,
	F_GAZ, F_GAZSTART, F_GAZMULTI, F_PGAZ, F_NGAZ, F_PLOW, F_NLOW,
	F_P2LOW, F_N2LOW, F_PBIGRAM, F_NBIGRAM, F_PSHAPE, F_NSHAPE, F_SHAPE3,
	F_LAB1, F_LAB2, F_LABSHAPE, F_LABLOW, F_SSLOW, F_LEN, F_PSTART,
	F_DOC, F_DOCCASE, F_RUN, F_RUNHEAD
};

/* Stand-ins for the neighbours beyond the part's ends. */
#define EDGE_BEFORE 0x51a3c0deu
#define EDGE_AFTER 0x7e4d2a11u

#define CASEFLAGS (TF_CAP | TF_ALLCAP | TF_LOWER | TF_DIGIT | TF_PUNCT | \
    TF_SSTART | TF_CAPSLINE | TF_HYPHEN | TF_POSS)

static uint32_t
feat(enum tmpl t, uint32_t v)
{
	return entok_mix((uint32_t)t * 0x01000193u, v);
}

static uint32_t
feat2(enum tmpl t, uint32_t a, uint32_t b)
{
	return entok_mix(feat(t, a), b);
}

/* Token t's byte i, lower-cased as its hashes take it. */
static uint32_t
lowerat(const struct etok *t, size_t i)
{
	return entok_lower[(unsigned char)t->s[i]];
}

/* n, or k if n is above it; the compiler makes it a conditional move. */
static size_t
below(size_t n, size_t k)
{
	return n < k ? n : k;
}

/* The features of word-list bits g, in template tm. */
static size_t
gazfeats(unsigned g, enum tmpl tm, uint32_t *out)
{
	uint32_t *o = out, c;

	for (c = 0; g != 0; g >>= 1, c++)
		if (g & 1)
			*o++ = feat(tm, c);
	return (size_t)(o - out);
}

/* feat(tm, v) of the templates that feat2 mixes with a small number v
 * first, made once, for they are asked for each token weighed and each
 * word scored: entok_mix(seed, x) is then feat2(tm, v, x). */
struct seeds {
	struct entfeat_labseeds lab;	/* by label */
	uint32_t suf[5], pre[4];	/* by affix length */
	uint32_t sslow[4];		/* by TF_SSTART and TF_CAPSLINE */
	uint32_t pstart[2];		/* by TF_PSTART */
};

_Static_assert(TF_CAPSLINE == TF_SSTART << 1, "sslow seeds by two flags");

static const struct seeds *
seeds(void)
{
	static struct seeds sd;
	static int made;
	uint32_t v;

	if (made)
		return &sd;
	for (v = 0; v < NLABELS; v++) {
		sd.lab.shape[v] = feat(F_LABSHAPE, v);
		sd.lab.low[v] = feat(F_LABLOW, v);
	}
	for (v = 0; v < 5; v++)
		sd.suf[v] = feat(F_SUF, v);
	for (v = 0; v < 4; v++)
		sd.pre[v] = feat(F_PRE, v);
	for (v = 0; v < 4; v++)
		sd.sslow[v] = feat(F_SSLOW, v * TF_SSTART);
	for (v = 0; v < 2; v++)
		sd.pstart[v] = feat(F_PSTART, v * TF_PSTART);
	made = 1;
	return &sd;
}

size_t
entfeat_prevlabels(int prev1, int prev2, uint32_t *out)
{
	out[0] = feat(F_LAB1, (uint32_t)prev1);
	out[1] = feat2(F_LAB2, (uint32_t)prev1, (uint32_t)prev2);
	return 2;
}

const struct entfeat_labseeds *
entfeat_labseeds(void)
{
	return &seeds()->lab;
}

size_t
entfeat_labels(const struct etoks *ts, size_t i, int prev1, int prev2,
    uint32_t *out)
{
	size_t n;

	entfeat_prev(ts, i, &prev1, &prev2);
	n = entfeat_prevlabels(prev1, prev2, out);
	entfeat_labword(entfeat_labseeds(), &ts->t[i], prev1, out + n);
	return n + ENTFEAT_LABWORD;
}

/* Is t capitalized outside an ALL-CAPS line? */
static unsigned
iscap(const struct etok *t)
{
	return ((t->flags & (TF_CAP | TF_ALLCAP)) != 0) &
	    ((t->flags & TF_CAPSLINE) == 0);
}

/* Is t, of the part of a token that iscap, capitalized too?  entok.c
 * marks a whole part TF_CAPSLINE, so that part is not, and t's case
 * flags alone tell; the stand-ins have none.  No branch: asked of a
 * weighed token's neighbours, capitalized or not in no order. */
static unsigned
alsocap(const struct etok *t)
{
	return (t->flags & (TF_CAP | TF_ALLCAP)) != 0;
}

/* The word-list bits of a run's head word, and how entfeat_small's run
 * number keeps them: shifted down to its two lowest bits. */
#define RUNHEADS (1u << GZ_ORGHEAD | 1u << GZ_LOCHEAD)
_Static_assert(GZ_LOCHEAD == GZ_ORGHEAD + 1, "two bits hold a run's head");
_Static_assert(((1 + 2 * 3 + 2) << 2 | 3) < ENTFEAT_SMALLN,
    "a run number is small");

/* Where token t stands in its run of capitalized words: 0 when it is not
 * capitalized, else 1 + 3 x the capitalized words before it (up to two)
 * + those after it (up to two); shifted up two bits, under which are the
 * organization or place head word ending the run, up to six words on
 * (`Air Force', `Leningrad Region'), if any.  p and p2 are the tokens
 * before t (neighbours), nafter the tokens after it in the article. */
static unsigned
caprun(const struct etok *t, const struct etok *p, const struct etok *p2,
    size_t nafter)
{
	unsigned before, after = 0, last = nafter < 6 ? (unsigned)nafter : 6;

	if (!iscap(t))
		return 0;
	before = alsocap(p) + (alsocap(p) & alsocap(p2));
	while (after < last && !(t[after + 1].flags & TF_PSTART) &&
	    alsocap(t + after + 1))
		after++;
	return (1 + before * 3 + (after < 2 ? after : 2)) << 2 |
	    (t[after].gaz & RUNHEADS) >> GZ_ORGHEAD;
}

size_t
entfeat_word(const struct etok *t, uint32_t *out)
{
	const struct seeds *sd = seeds();
	uint32_t *o = out, a, b, c, d, pre;
	int g;

	*o++ = feat(F_BIAS, 0);
	*o++ = feat(F_WORD, t->hword);
	*o++ = feat(F_LOW, t->hlow);
	*o++ = feat(F_SHAPE, t->hshape);
	/* the lower-cased hashes of the affixes of 1 to 4 (3) bytes shorter
	 * than the word, made with no loop and no branch: all four (three)
	 * from bytes clamped inside the word, and o moved on past those
	 * that are */
	a = lowerat(t, t->len - 1);
	b = lowerat(t, t->len - below(t->len, 2));
	c = lowerat(t, t->len - below(t->len, 3));
	d = lowerat(t, t->len - below(t->len, 4));
	o[0] = entok_mix(sd->suf[1], hash_step(HASH_INIT, a));
	o[1] = entok_mix(sd->suf[2], hash_step(hash_step(HASH_INIT, b), a));
	o[2] = entok_mix(sd->suf[3], hash_step(hash_step(hash_step(HASH_INIT,
	    c), b), a));
	o[3] = entok_mix(sd->suf[4], hash_step(hash_step(hash_step(hash_step(
	    HASH_INIT, d), c), b), a));
	o += below(t->len, 5) - 1;
	/* a prefix's hash goes on from the shorter one's */
	pre = hash_step(HASH_INIT, lowerat(t, 0));
	o[0] = entok_mix(sd->pre[1], pre);
	pre = hash_step(pre, lowerat(t, below(t->len, 2) - 1));
	o[1] = entok_mix(sd->pre[2], pre);
	pre = hash_step(pre, lowerat(t, below(t->len, 3) - 1));
	o[2] = entok_mix(sd->pre[3], pre);
	o += below(t->len, 4) - 1;
	*o++ = feat(F_FLAGS, t->flags & CASEFLAGS);
	*o++ = feat2(F_SEEN, t->flags & (TF_SEENLOW | TF_SEENCAP),
	    t->flags & (TF_CAP | TF_ALLCAP | TF_SSTART | TF_CAPSLINE));
	o += gazfeats(t->gaz, F_GAZ, o);
	for (g = 0; (t->gazstart | t->gazmulti) >> g; g++) {
		if ((t->gazstart >> g) & 1)
			*o++ = feat(F_GAZSTART, (uint32_t)g);
		if ((t->gazmulti >> g) & 1)
			*o++ = feat(F_GAZMULTI, (uint32_t)g);
	}
	*o++ = entok_mix(sd->sslow[(t->flags & (TF_SSTART | TF_CAPSLINE)) /
	    TF_SSTART], t->hlow);
	*o++ = feat(F_LEN, t->len > 6 ? 6 : (uint32_t)t->len);
	*o++ = entok_mix(sd->pstart[(t->flags & TF_PSTART) != 0], t->hshape);
	return (size_t)(o - out);
}

/* The stand-ins are marked first tokens of their parts, as entok.c marks
 * each part's first token: the token before one so marked is of another
 * part, or the stand-in again. */
static const struct etok before = {
	.hlow = EDGE_BEFORE, .hshape = EDGE_BEFORE, .flags = TF_PSTART
}, after = {
	.hlow = EDGE_AFTER, .hshape = EDGE_AFTER, .flags = TF_PSTART
};

void
entfeat_near(const struct etoks *ts, size_t i, uint32_t *out,
    unsigned *small)
{
	const struct etok *t = &ts->t[i];
	size_t nafter = ts->n - 1 - i;
	const struct etok *p = t->flags & TF_PSTART ? &before : t - 1;
	const struct etok *p2 = p->flags & TF_PSTART ? &before : p - 1;
	const struct etok *n = nafter > 0 && !(t[1].flags & TF_PSTART) ?
	    t + 1 : &after;
	const struct etok *n2 = n != &after && nafter > 1 &&
	    !(t[2].flags & TF_PSTART) ? t + 2 : &after;
	/* in locals, for the stores to out could change them */
	uint32_t low = t->hlow, plow = p->hlow, nlow = n->hlow;
	uint32_t pshape = p->hshape, nshape = n->hshape;

	out[0] = feat(F_PLOW, plow);
	out[1] = feat(F_NLOW, nlow);
	out[2] = feat(F_P2LOW, p2->hlow);
	out[3] = feat(F_N2LOW, n2->hlow);
	out[4] = feat2(F_PBIGRAM, plow, low);
	out[5] = feat2(F_NBIGRAM, low, nlow);
	out[6] = feat(F_PSHAPE, pshape);
	out[7] = feat(F_NSHAPE, nshape);
	out[8] = feat2(F_SHAPE3, entok_mix(pshape, t->hshape), nshape);
	small[SMALL_PGAZ] = p->gaz & (ENTFEAT_SMALLN - 1);
	small[SMALL_NGAZ] = n->gaz & (ENTFEAT_SMALLN - 1);
	small[SMALL_RUN] = caprun(t, p, p2, nafter);
}

size_t
entfeat_small(int kind, unsigned v, uint32_t *out)
{
	switch (kind) {
	case SMALL_PGAZ:
		return gazfeats(v, F_PGAZ, out);
	case SMALL_NGAZ:
		return gazfeats(v, F_NGAZ, out);
	default:	/* SMALL_RUN */
		out[0] = feat(F_RUN, v >> 2);
		if ((v & 3) == 0)
			return 1;
		out[1] = feat(F_RUNHEAD, (v & 3) << GZ_ORGHEAD);
		return 2;
	}
}

size_t
entfeat_context(const struct etoks *ts, size_t i, uint32_t *out)
{
	unsigned small[NSMALL];
	size_t n = ENTFEAT_NEAR;
	int k;

	entfeat_near(ts, i, out, small);
	for (k = 0; k < NSMALL; k++)
		n += entfeat_small(k, small[k], out + n);
	return n;
}

size_t
entfeat_token(const struct etoks *ts, size_t i, uint32_t *out)
{
	size_t n = entfeat_word(&ts->t[i], out);

	return n + entfeat_context(ts, i, out + n);
}

void
entfeat_docinit(struct entdoc *d, size_t ntok)
{
	size_t h, need = 16 + 2 * ntok;

	for (h = 16; h < need; h *= 2)
		;
	if (d->cap < h) {
		free(d->word);
		d->word = xmalloc(h * sizeof *d->word);
		memset(d->word, 0, h * sizeof *d->word);
		d->cap = h;
		d->stamp = 0;
	}
	if (++d->stamp == 0) {	/* once in 2^32 articles */
		memset(d->word, 0, d->cap * sizeof *d->word);
		d->stamp = 1;
	}
	d->size = h;
	growarray(&d->slot, &d->slotcap, ntok, sizeof *d->slot);
}

/* Label l's key among counts c: its count above its number counted
 * down, so that the highest key is of the highest count, the first of
 * equals. */
static uint64_t
countkey(const uint32_t *c, int l)
{
	return (uint64_t)c[l] << 3 | (uint64_t)(7 - l);
}

static uint64_t
maxkey(uint64_t a, uint64_t b)
{
	return a > b ? a : b;
}

int
entfeat_doclabel(const struct entdoc *d, const struct etoks *ts,
    const int *lab, size_t i)
{
	uint32_t c[NLABELS];
	uint64_t best;

	if (!entfeat_counted(&ts->t[i]))
		return DOC_NONE;
	memcpy(c, d->word[d->slot[i]].count, sizeof c);
	c[lab[i]]--;	/* the other occurrences only */
	/* the most frequent name label, the first of equals: that of the
	 * highest key, found by maxima, not by branches on counts no
	 * branch predictor could learn */
	best = maxkey(maxkey(countkey(c, LAB_PER), countkey(c, LAB_ORG)),
	    maxkey(countkey(c, LAB_LOC), countkey(c, LAB_MISC)));
	if (best >= 8)	/* a count above 0 */
		return 7 - (int)(best & 7);
	return c[LAB_O] > 0 ? LAB_O : DOC_NONE;
}

size_t
entfeat_doc(int doclab, unsigned flags, uint32_t *out)
{
	out[0] = feat(F_DOC, (uint32_t)doclab);
	out[1] = feat2(F_DOCCASE, (uint32_t)doclab, flags & ENTFEAT_DOCFLAGS);
	return 2;
}
