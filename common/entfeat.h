/*
 * entfeat: the features the entity tagger weighs for one token: the word,
 * its affixes and shape, its neighbours, the word lists around it, how
 * the article writes it elsewhere, and the labels already given to the
 * two tokens before it.  Features are hashed; the trainer
 * (common/model/train.c) and the tagger share this code, so they see the
 * same features.
 */
#ifndef ENTFEAT_H
#define ENTFEAT_H

#include <stddef.h>
#include <stdint.h>

#include "entok.h"

/* Token labels: outside, or inside a name of one type. */
enum { LAB_O, LAB_PER, LAB_ORG, LAB_LOC, LAB_MISC, NLABELS };

#define ENTFEAT_MAX 96
#define ENTFEAT_WORD 48
#define ENTFEAT_NLAB 4
#define ENTFEAT_NDOC 2

/* What a first reading of the article labelled a word's other
 * occurrences: the most frequent label, LAB_O when all were outside
 * names, DOC_NONE when there are none (or no first reading yet). */
#define DOC_NONE NLABELS

/* A slot of entdoc's table of counted words, the labels a first reading
 * gave a word; this article's when its stamp is, so a new article needs
 * no clearing of the table. */
struct docword {
	uint32_t key, stamp;
	uint32_t count[NLABELS], total;
};

struct entdoc {
	struct docword *word;	/* a table of the counted words */
	size_t size, cap;	/* slots for this article, allocated */
	uint32_t stamp;		/* marks the slots of this article */
	uint32_t *slot;		/* token i's slot, if counted */
	size_t slotcap;
};

/* Is token i plainly no name, given the label of the token before it:
 * no capital letter in it, and no name going on?  The tagger labels it
 * LAB_O without weighing its features. */
static inline int
entfeat_plain(const struct etoks *ts, size_t i, int prev1)
{
	unsigned flags = ts->t[i].flags;

	/* inline: asked of every token, twice, and mostly yes; a part
	 * starts at a token marked TF_PSTART (entok.c), token 0 too */
	return (prev1 == LAB_O || (flags & TF_PSTART)) && !(flags & TF_UPPER);
}

/* The labels of tokens i-1 and i-2 as token i's features see them:
 * LAB_O before its part. */
static inline void
entfeat_prev(const struct etoks *ts, size_t i, int *prev1, int *prev2)
{
	if (ts->t[i].flags & TF_PSTART)
		*prev1 = *prev2 = LAB_O;
	else if (ts->t[i - 1].flags & TF_PSTART)
		*prev2 = LAB_O;
}

/* The hashes of token i's features that do not hang on labels; returns
 * how many were written to out (at most ENTFEAT_MAX).  They are those of
 * the word itself, which read nothing but t's bytes, flags and word-list
 * bits (at most ENTFEAT_WORD), then those of its neighbours. */
size_t entfeat_token(const struct etoks *ts, size_t i, uint32_t *out);
size_t entfeat_word(const struct etok *t, uint32_t *out);
size_t entfeat_context(const struct etoks *ts, size_t i, uint32_t *out);
/* The neighbours' features are ENTFEAT_NEAR hashes, always as many
 * (entfeat_near), and the features of NSMALL small numbers, each below
 * ENTFEAT_SMALLN, that it puts in small[] (entfeat_small): the word-list
 * bits of the tokens before and after token i, and its place in a run of
 * capitalized words.  A tagger can score each number's features once. */
#define ENTFEAT_NEAR 9
enum { SMALL_PGAZ, SMALL_NGAZ, SMALL_RUN, NSMALL };
#define ENTFEAT_SMALLN (1u << NGAZ)
void entfeat_near(const struct etoks *ts, size_t i, uint32_t *out,
    unsigned *small);
size_t entfeat_small(int kind, unsigned v, uint32_t *out);
/* ... and those that do, given the labels of tokens i-1 and i-2; at most
 * ENTFEAT_NLAB.  They are those of the two labels as token i sees them
 * (entfeat_prev), then the ENTFEAT_LABWORD of the label before it with
 * the word, always as many: each the word's shape or lowered hash mixed
 * into a seed of the template and label, made once (entfeat_labseeds). */
size_t entfeat_labels(const struct etoks *ts, size_t i, int prev1, int prev2,
    uint32_t *out);
size_t entfeat_prevlabels(int prev1, int prev2, uint32_t *out);
#define ENTFEAT_LABWORD 2
struct entfeat_labseeds {
	uint32_t shape[NLABELS], low[NLABELS];
};
const struct entfeat_labseeds *entfeat_labseeds(void);

/* inline: asked for each token the tagger weighs, on each reading */
static inline void
entfeat_labword(const struct entfeat_labseeds *sd, const struct etok *t,
    int prev1, uint32_t *out)
{
	out[0] = entok_mix(sd->shape[prev1], t->hshape);
	out[1] = entok_mix(sd->low[prev1], t->hlow);
}

/* Make d ready for an article of ntok tokens, count the label lab a
 * first reading gave each of its tokens i (entfeat_docadd, below; any
 * token without a capital may be left out), then ask for token i's
 * document label. */
void entfeat_docinit(struct entdoc *d, size_t ntok);
int entfeat_doclabel(const struct entdoc *d, const struct etoks *ts,
    const int *lab, size_t i);

/* The words a document reading counts: those holding a capital. */
static inline int
entfeat_counted(const struct etok *t)
{
	return (t->flags & (TF_UPPER | TF_PUNCT)) == TF_UPPER;
}

/* Has token i a document label: is it counted, and more words with it?
 * Inline: asked of each word with a capital the tagger read. */
static inline int
entfeat_dochas(const struct entdoc *d, const struct etoks *ts, size_t i)
{
	return entfeat_counted(&ts->t[i]) && d->word[d->slot[i]].total > 1;
}

/* The slot of key in d's table: its own, or the free one (of another
 * article) where it goes. */
static inline size_t
entfeat_docslot(const struct entdoc *d, uint32_t key)
{
	size_t h, mask = d->size - 1;

	for (h = key & mask;; h = (h + 1) & mask)
		if (d->word[h].stamp != d->stamp || d->word[h].key == key)
			return h;
}

/* Inline: asked of each word with a capital the first reading labels. */
static inline void
entfeat_docadd(struct entdoc *d, const struct etoks *ts, size_t i, int lab)
{
	uint32_t key = ts->t[i].hlow | 1;	/* the key the model learnt with */
	struct docword *w;

	if (!entfeat_counted(&ts->t[i]))
		return;
	w = &d->word[entfeat_docslot(d, key)];
	if (w->stamp != d->stamp)
		*w = (struct docword){ .key = key, .stamp = d->stamp };
	w->count[lab]++;
	w->total++;
	d->slot[i] = (uint32_t)(w - d->word);
}

/* The features of a token with flags that hang on its document label
 * doclab (at most ENTFEAT_NDOC); of the flags they read only these: */
#define ENTFEAT_DOCFLAGS (TF_CAP | TF_ALLCAP | TF_SSTART | TF_CAPSLINE)
size_t entfeat_doc(int doclab, unsigned flags, uint32_t *out);

#endif
