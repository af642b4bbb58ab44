#include <string.h>

#include "persons.h"
#include "quotes.h"
#include "speaker.h"
#include "tokens.h"
#include "util.h"
#include "wordlist.h"

/* Longest speaker phrase, in words. */
#define NPMAX 10
/* Longest sentence looked at, in tokens either side of a quotation. */
#define SENTMAX 200
/* Fewest words of an unattributed quotation inside a sentence that goes
 * on from the paragraph's previous one; shorter, it is a scare quote. */
#define MINWORDS 4

/* One quotable part, its spans and tokens. */
struct qpara {
	const char *s;
	size_t n, off;
	const struct quote *q;
	size_t q0, nq;		/* q = qv + q0 */
	const struct tok *t;
	size_t t0, nt;		/* t = tv + t0 */
	unsigned short *lex;	/* what each word is (LEX_), found once */
};

/* What a word is, looked up in the word lists on first need: each group
 * of bits has its own KNOWN bit, so a word is asked only what is asked
 * of it (most only whether they are a cue or a function word). */
enum {
	LEX_CUE = 7,		/* mask: words of the cue starting here */
	LEX_AFTER = 1 << 3,	/* that cue's speaker follows it */
	LEX_SELF = 1 << 4,	/* that cue holds its speaker: in his words */
	LEX_CUEKNOWN = 1 << 5,
	LEX_FUNC = 1 << 6,	/* a function word */
	LEX_DET = 1 << 7,	/* a determiner */
	LEX_PREP = 1 << 8,	/* of, for */
	LEX_FUNCKNOWN = 1 << 9,
	LEX_PRON = 1 << 10,	/* a pronoun: he */
	LEX_PRONKNOWN = 1 << 11,
	LEX_ADV = 1 << 12,	/* an adverb: later */
	LEX_ADVKNOWN = 1 << 13,
	LEX_ROLE = 1 << 14,	/* a title or role: spokesman */
	LEX_ROLEKNOWN = 1 << 15
};

/* An attribution: the mention t[ma, mb) and the cue t[ca, cb); the
 * speaker is named by t[na, nb) when nb > 0, else by the mention. */
struct attr {
	size_t ma, mb, ca, cb, na, nb;
};

/* Article-wide state, reused from article to article. */
static struct quote *qv, *qtmp;
static size_t qcap, qtmpcap;
static struct tok *tv;
static size_t tcap;
static unsigned short *lexv;
static size_t lexcap;
static struct qpara *pv;
static size_t pcap;
static struct persons ps;
static long lastspeaker;		/* the person who spoke last, or -1 */
static size_t lastat;		/* where */

static int npafter(const struct qpara *, size_t, size_t *);

static const char *
wordp(const struct qpara *P, size_t i, size_t *n)
{
	*n = P->t[i].end - P->t[i].beg;
	return P->s + P->t[i].beg;
}

static int
isword(const struct qpara *P, size_t i)
{
	return i < P->nt && P->t[i].kind == TOK_WORD;
}

static int
punctin(const struct qpara *P, size_t i, const char *set)
{
	return i < P->nt && P->t[i].kind == TOK_PUNCT &&
	    strchr(set, P->s[P->t[i].beg]) != NULL;
}

static const struct word *
inlist(const struct wordlist *l, const struct qpara *P, size_t i)
{
	const char *w;
	size_t n;

	if (!isword(P, i))
		return NULL;
	w = wordp(P, i, &n);
	return wl_findlower(l, w, n);
}

/* The bits of the group `known' (LEX_*KNOWN) of the word t[i]. */
static unsigned
lexlook(const struct qpara *P, size_t i, unsigned known)
{
	const struct word *f;
	const char *w;
	size_t n, len, cue;
	unsigned x = 0;

	w = wordp(P, i, &n);
	switch (known) {
	case LEX_FUNCKNOWN:
		if ((f = wl_findlower(&words_function, w, n)) != NULL) {
			x |= LEX_FUNC;
			if (strcmp(f->val, "det") == 0)
				x |= LEX_DET;
			else if (strcmp(f->val, "prep") == 0)
				x |= LEX_PREP;
		}
		break;
	case LEX_PRONKNOWN:
		if (wl_findlower(&words_pronouns, w, n))
			x |= LEX_PRON;
		break;
	case LEX_ADVKNOWN:
		if (P->t[i].flags & TOK_CAP) {
			if (wl_find(&words_adverbs, w, n))	/* Thursday */
				x |= LEX_ADV;
		} else if (wl_find(&words_adverbs, w, n) ||
		    (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y'))
			x |= LEX_ADV;
		break;
	case LEX_ROLEKNOWN:
		if (tok_match(&words_titles, P->s, P->t, i, i + 1, 0) ||
		    tok_match(&words_roles, P->s, P->t, i, i + 1, 1))
			x |= LEX_ROLE;
		break;
	case LEX_CUEKNOWN:
		/* A cue, but not in capitals (READ MORE:). */
		if ((n > 1 && (P->t[i].flags & TOK_CAP) && w[1] >= 'A' &&
		    w[1] <= 'Z') ||
		    (cue = tok_match(&words_cues, P->s, P->t, i, P->nt, 1)) == 0)
			break;
		x |= cue > LEX_CUE ? LEX_CUE : cue;
		len = P->t[i + cue - 1].end - P->t[i].beg;
		if ((f = wl_findlower(&words_cues, w, len)) != NULL &&
		    strcmp(f->val, "after") == 0)
			x |= LEX_AFTER;
		if (f != NULL && strcmp(f->val, "self") == 0)
			x |= LEX_SELF;
		break;
	}
	return x;
}

/* The LEX_ bits of t[i] (0 for what is not a word), those of the group
 * `known' looked up if they were not yet. */
static unsigned
lex(const struct qpara *P, size_t i, unsigned known)
{
	unsigned x;

	if (!isword(P, i))
		return 0;
	x = P->lex[i];
	if (!(x & known)) {
		x |= known | lexlook(P, i, known);
		P->lex[i] = (unsigned short)x;
	}
	return x;
}

static int
func(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_FUNCKNOWN) & LEX_FUNC) != 0;
}

static int
isdet(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_FUNCKNOWN) & LEX_DET) != 0;
}

static int
isprep(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_FUNCKNOWN) & LEX_PREP) != 0;
}

static int
ispron(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_PRONKNOWN) & LEX_PRON) != 0;
}

static int
isadverb(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_ADVKNOWN) & LEX_ADV) != 0;
}

/* Is t[i] a title or role word (`President', `spokesman')? */
static int
isrole(const struct qpara *P, size_t i)
{
	return (lex(P, i, LEX_ROLEKNOWN) & LEX_ROLE) != 0;
}

/* The number of words of the cue starting at t[i], or 0; *after when its
 * speaker follows it. */
static size_t
cueat(const struct qpara *P, size_t i, int *after)
{
	unsigned x = lex(P, i, LEX_CUEKNOWN);

	if (after != NULL)
		*after = (x & LEX_AFTER) != 0;
	return x & LEX_CUE;
}

/* Does the word t[i] end in the letters x? */
static int
endsin(const struct qpara *P, size_t i, const char *x)
{
	size_t n, xn = strlen(x);
	const char *w = wordp(P, i, &n);

	return n > xn + 1 && memcmp(w + n - xn, x, xn) == 0;
}

/* A speaker phrase ending at t[j - 1], not before t[lo]: [*a, j). */
static int
npbefore(const struct qpara *P, size_t lo, size_t j, size_t *a)
{
	size_t i = j - 1, good;

	if (j <= lo || !isword(P, i))
		return 0;
	if (ispron(P, i)) {
		*a = i;
		return 1;
	}
	if (func(P, i) || cueat(P, i, NULL))
		return 0;
	for (good = i; good > lo && j - good < NPMAX; ) {
		i = good - 1;
		if (!isword(P, i) || ispron(P, i) || cueat(P, i, NULL))
			break;
		if (func(P, i)) {
			if (isdet(P, i)) {
				good = i;
				/* `Morgan of the Sierra Club' */
				if (i > lo + 1 && isprep(P, i - 1) &&
				    isword(P, i - 2) && !func(P, i - 2) &&
				    !cueat(P, i - 2, NULL) &&
				    !ispron(P, i - 2)) {
					good = i - 2;
					continue;
				}
			} else if (isprep(P, i) && i > lo &&
			    isword(P, i - 1) && !func(P, i - 1) &&
			    !cueat(P, i - 1, NULL) && !ispron(P, i - 1)) {
				good = i - 1;
				continue;
			}
			break;
		}
		good = i;
	}
	*a = good;
	return 1;
}

/* The speaker of the cue at t[c]: the phrase before it, over adverbs
 * (`he later said'), a parenthesis (`Sanders (I-Vt.) said') and
 * appositions (`Dean Johnson, a salesman from Sumter, S.C., says';
 * `another brother, Stuart Oltchick, recalled': the name is the
 * speaker, the mention is the whole). */
static int
subject(const struct qpara *P, size_t lo, size_t c, struct attr *r)
{
	size_t j = c, k, a, g, b, x = 0, xb = 0;
	int found = 0, first;

	/* over adverbs and `on Wednesday' */
	while (j > lo && isadverb(P, j - 1))
		if (--j > lo && (P->t[j].flags & TOK_CAP) && isword(P, j - 1) &&
		    P->t[j - 1].end - P->t[j - 1].beg == 2 &&
		    memcmp(P->s + P->t[j - 1].beg, "on", 2) == 0)
			j--;
	if (j > lo && punctin(P, j - 1, ")")) {
		for (k = j - 1; k > lo && j - k < 10 && !punctin(P, k - 1, "(");
		    k--)
			;
		if (k > lo + 1 && punctin(P, k - 1, "(") &&
		    npbefore(P, lo, k - 1, &a)) {
			r->ma = a, r->mb = k - 1, r->na = r->nb = 0;
			return 1;
		}
		return 0;
	}
	/* `one Democrat, who added': the mention is `who', the speaker the
	 * phrase before it */
	if (j > lo && inlist(&words_relatives, P, j - 1) != NULL) {
		r->ma = j - 1, r->mb = j, r->nb = 0;
		if (j - 1 > lo && punctin(P, j - 2, ",") &&
		    npbefore(P, lo, j - 2, &a))
			r->na = a, r->nb = j - 2;
		return 1;
	}
	if (j == lo || !punctin(P, j - 1, ",")) {
		if (npbefore(P, lo, j, &a) ||
		    (j < c && npbefore(P, lo, j = c, &a))) {
			r->ma = a, r->mb = j, r->na = r->nb = 0;
			return 1;
		}
		return 0;
	}
	/* The farthest phrase before a comma that opens its clause, else
	 * the nearest. */
	for (k = j - 1; k > lo && j - k < 24; k--) {
		if (P->t[k - 1].kind == TOK_QUOTE ||
		    (P->t[k - 1].flags & TOK_END) || punctin(P, k - 1, ";:"))
			break;
		if (!punctin(P, k - 1, ",") || !npbefore(P, lo, k - 1, &a))
			continue;
		first = a == lo || !isword(P, a - 1);
		if (!found || first)
			x = a, xb = k - 1;
		found = 1;
	}
	if (!found)
		return 0;
	r->ma = x, r->mb = j - 1, r->na = x, r->nb = xb;
	if (ispron(P, x) ||
	    ((P->t[xb - 1].flags & TOK_CAP) && !isrole(P, xb - 1)))
		return 1;
	/* A role: the speaker is the first name in apposition to it. */
	for (g = xb + 1; g < j - 1; g++)
		if ((P->t[g].flags & TOK_CAP) && punctin(P, g - 1, ",") &&
		    npafter(P, g, &b) && b <= j - 1) {
			r->na = g, r->nb = b;
			break;
		}
	return 1;
}

/* A speaker phrase starting at t[i]: [i, *b).  A phrase with no
 * determiner ends at its last capitalized word (`White House press
 * secretary Josh Earnest', not `Obama punctuated'). */
static int
npafter(const struct qpara *P, size_t i, size_t *b)
{
	size_t j = i, lastcap = i;
	int det = 0;

	if (!isword(P, i) || cueat(P, i, NULL))
		return 0;
	if (ispron(P, i) || (!isword(P, i + 1) &&
	    inlist(&words_objpronouns, P, i) != NULL)) {
		*b = i + 1;	/* he; `according to her,' */
		return 1;
	}
	if (isdet(P, j))
		j++, det = 1;
	while (isword(P, j) && j - i < NPMAX) {
		if (func(P, j)) {
			if (!isprep(P, j) || j == i ||
			    !isword(P, j + 1) || func(P, j + 1))
				break;
			j++;
		}
		if (j > i && (cueat(P, j, NULL) || isadverb(P, j) ||
		    ispron(P, j)))
			break;
		if (P->t[j].flags & TOK_CAP) {
			lastcap = j + 1;
			if (endsin(P, j, "'s") || endsin(P, j, "\xe2\x80\x99s"))
				det = 1;	/* `Clinton’s campaign chief' */
		} else if (!det && (P->t[i].flags & TOK_CAP) && !isrole(P, j) &&
		    !isrole(P, j + 1))
			break;	/* `Obama punctuated', not `Post chief' */
		else if (det && j > i + 1 && endsin(P, j, "ed"))
			break;	/* `The judge pointed' */
		j++;
	}
	if (!det && (P->t[i].flags & TOK_CAP))
		j = lastcap;
	while (j > i && func(P, j - 1))
		j--;
	if (j == i)
		return 0;
	*b = j;
	return 1;
}

/* After the quotation t[qi], in its sentence or the one it ends: the
 * first cue and its speaker (`"…," Lavrov said', `"…," said Lavrov',
 * `"…," Bozell III, founder of the Center, tells'). */
static int
after(const struct qpara *P, size_t qi, struct attr *r)
{
	size_t j = qi + 1, n, b, k;
	int aft;

	if (punctin(P, j, "'"))
		j++;		/* the inner closing mark of ''' */
	if (j < P->nt && P->t[j].kind == TOK_PUNCT &&
	    (punctin(P, j, ",-") || (unsigned char)P->s[P->t[j].beg] == 0xE2))
		j++;		/* , - — – */
	if (!isword(P, j))
		return 0;
	/* `"…" ― Sonya Herridge': a dash and a name closing the paragraph */
	if (j > qi + 1 && (unsigned char)P->s[P->t[j - 1].beg] == 0xE2 &&
	    npafter(P, j, &b) && (b == P->nt || (b + 1 == P->nt &&
	    punctin(P, b, ".")))) {
		r->ca = j - 1, r->cb = j, r->ma = j, r->mb = b, r->nb = 0;
		return 1;
	}
	if ((n = cueat(P, j, &aft)) != 0 && !aft && npafter(P, j + n, &b)) {
		r->ca = j, r->cb = j + n, r->ma = j + n, r->mb = b;
		r->na = j + n, r->nb = b;
		/* `said a supporter who runs the account': the clause too */
		if (inlist(&words_relatives, P, b) != NULL)
			for (k = b; k < P->nt && k - b < 20 &&
			    P->t[k].kind == TOK_WORD; k++)
				r->mb = k + 1;
		return 1;
	}
	for (k = j + 1; k < P->nt && k - j < 24; k++) {
		if (P->t[k].kind == TOK_QUOTE || (P->t[k - 1].flags & TOK_END))
			return 0;
		if ((n = cueat(P, k, &aft)) != 0)
			break;
	}
	if (n == 0 || aft)
		return 0;
	if (!subject(P, j, k, r) ||
	    (r->ma != j && !punctin(P, r->ma - 1, ","))) {
		/* `"…" if she lost, said David Wasserman, an analyst' */
		if (!(P->t[qi].flags & TOK_END) && punctin(P, k - 1, ",") &&
		    npafter(P, k + n, &b)) {
			r->ca = k, r->cb = k + n, r->ma = k + n, r->mb = b;
			r->nb = 0;
			return 1;
		}
		return 0;
	}
	/* A sentence of its own after a quotation ending in a period:
	 * `Lavrov said.', `Lavrov said on Friday.', not `Lavrov said the
	 * talks…' */
	if ((P->t[qi].flags & TOK_END) &&
	    P->s[P->q[P->t[qi].quote].end - 1] == '.' && isword(P, k + n) &&
	    (isdet(P, k + n) || endsin(P, k + n, "that") ||
	    (!func(P, k + n) && !isadverb(P, k + n) &&
	    !(P->t[k + n].flags & TOK_CAP))))
		return 0;
	r->ca = k, r->cb = k + n;
	return 1;
}

/* Is the word t[i] in -ing? */
static int
isparticiple(const struct qpara *P, size_t i)
{
	return endsin(P, i, "ing");
}

/* Can the phrase t[i, b) be a subject: a pronoun, a phrase with a
 * determiner or of several words, a person's name, or one word before a
 * past tense (`Clinton issued')?  Not `Hours' of `Hours later'. */
static int
cansubject(const struct qpara *P, size_t i, size_t b)
{
	struct words w = { P->s, P->t, i, b };

	return ispron(P, i) || func(P, i) || b - i > 1 ||
	    persons_byname(&ps, &w, P->off + P->t[i].beg) >= 0 ||
	    (isword(P, b) && !(P->t[b].flags & TOK_CAP) && endsin(P, b, "ed"));
}

/* The subject of the sentence t[s0, k): a phrase at its start, or after
 * an opening phrase and its comma (`Hours later, Trump hit back'),
 * followed by a verb. */
static int
sentsubject(const struct qpara *P, size_t s0, size_t k, struct attr *r)
{
	size_t i, b, w;

	for (i = s0; i < k && i - s0 < 3 * NPMAX; i++) {
		if ((i == s0 || punctin(P, i - 1, ",")) && npafter(P, i, &b) &&
		    b < k && cansubject(P, i, b)) {
			/* followed by its verb, or an apposition and it */
			for (w = b; punctin(P, b, ",") && w < k &&
			    w - b < 12; w++)
				if (w > b && punctin(P, w, ","))
					break;
			if (isword(P, b) || (w < k && punctin(P, w, ",") &&
			    isword(P, w + 1))) {
				r->ma = i, r->mb = b, r->nb = 0;
				return 1;
			}
		}
		if (P->t[i].kind == TOK_QUOTE && i > s0)
			return 0;
	}
	return 0;
}

/* Before the quotation t[qi] in its sentence t[s0, qi): the first cue
 * with a speaker (`He reiterated how EU leaders stated that "…"' is
 * his), or `according to' and its speaker. */
static int
before(const struct qpara *P, size_t s0, size_t qi, struct attr *r)
{
	struct attr acc = { 0, 0, 0, 0, 0, 0 };
	size_t k, n, b, w;
	int aft, have = 0;

	/* `…, Trump said: "…"': a cue and its colon or comma right before
	 * the quotation, with a subject, introduce it whatever came before
	 * (not `stated that "…"': see the first cue below). */
	k = qi > s0 && punctin(P, qi - 1, ":,") ? qi - 1 : qi;
	if (k < qi && k > s0 + 1 && P->t[k - 2].kind != TOK_QUOTE)
		for (w = k - 1; w > s0 && k - w < 3; w--)
			if ((n = cueat(P, w, &aft)) != 0 && w + n == k &&
			    !aft && !isparticiple(P, w) && subject(P, s0, w, r)) {
				r->ca = w, r->cb = k;
				return 1;
			}
	for (k = s0; k < qi; k += n ? n : 1) {
		if ((n = cueat(P, k, &aft)) == 0)
			continue;
		if (lex(P, k, LEX_CUEKNOWN) & LEX_SELF) {
			/* `In his words, "…"': the pronoun in the cue */
			for (w = k; w < k + n; w++)
				if (inlist(&words_objpronouns, P, w) != NULL) {
					r->ca = k, r->cb = k + n;
					r->ma = w, r->mb = w + 1, r->nb = 0;
					return 1;
				}
			continue;
		}
		if (aft) {
			if (!have && npafter(P, k + n, &b)) {
				acc.ca = k, acc.cb = k + n;
				acc.ma = k + n, acc.mb = b;
				have = 1;
			}
			continue;
		}
		/* `Trump issued a statement saying "…"': the subject of
		 * a participle is the sentence's. */
		if ((isparticiple(P, k) && k > s0 &&
		    sentsubject(P, s0, k, r)) ||
		    subject(P, s0, k, r)) {
			r->ca = k, r->cb = k + n;
			/* `Lavrov said, adding "…"': the same speaker, the
			 * participle nearer the quotation its cue. */
			for (k += n; k < qi; k++)
				if (punctin(P, k - 1, ",") &&
				    isparticiple(P, k) &&
				    (n = cueat(P, k, NULL)) != 0) {
					r->ca = k, r->cb = k + n;
					break;
				}
			return 1;
		}
		/* `Commenting on …, "…," the minister urged': a participle
		 * opening the sentence has the speaker after the quote;
		 * `Trump hit back, saying "…"' the sentence's subject. */
		/* `Stated Stone: "…"' */
		if (k == s0 && npafter(P, k + n, &b) && b < qi &&
		    punctin(P, b, ":,")) {
			r->ca = k, r->cb = k + n, r->ma = k + n, r->mb = b;
			r->nb = 0;
			return 1;
		}
		if (k == s0) {
			w = qi + 1 + punctin(P, qi + 1, ",");
			if (npafter(P, w, &b)) {
				r->ma = w, r->mb = b, r->nb = 0;
				r->ca = k, r->cb = k + n;
				return 1;
			}
		}
		if (k > s0 && sentsubject(P, s0, k, r)) {
			r->ca = k, r->cb = k + n;
			return 1;
		}
	}
	if (have) {
		*r = acc;
		return 1;
	}
	/* `Kerry: "…"', `Graham: Trump’s "hateful rhetoric"' */
	for (k = s0 + 1; k < qi; k++)
		if (P->t[k].kind != TOK_WORD)
			break;
	if (k < qi && punctin(P, k, ":") && subject(P, s0, k, r) &&
	    r->ma == s0) {
		r->ca = k, r->cb = k + 1;
		return 1;
	}
	/* `A footnote in the report makes that clear: "…"': the subject
	 * and its verb introduce the quotation. */
	if (qi > s0 + 1 && punctin(P, qi - 1, ":") &&
	    sentsubject(P, s0, qi - 1, r)) {
		for (k = r->mb; isadverb(P, k); k++)
			;
		/* over a phrase: `A footnote in the report makes' */
		for (n = k; func(P, k) && k < qi && k - n < 6; k++)
			while (isword(P, k + 1) && !func(P, k + 1) &&
			    !endsin(P, k + 1, "s") && !endsin(P, k + 1, "ed"))
				k++;
		if (k > n)
			r->mb = k;	/* the phrase is the speaker's */
		if (isword(P, k) && !func(P, k) && !(P->t[k].flags & TOK_CAP)) {
			r->ca = k, r->cb = k + 1;
			return 1;
		}
	}
	return 0;
}

/* Where the sentence holding t[i] starts and ends: [*s0, *s1).  A
 * sentence is taken to be at most SENTMAX tokens either side of t[i],
 * so that a paragraph with no sentence end costs linear time. */
static void
sentence(const struct qpara *P, size_t i, size_t *s0, size_t *s1)
{
	size_t k;

	for (k = i; k > 0 && i - k < SENTMAX &&
	    !(P->t[k - 1].flags & TOK_END); k--)
		;
	*s0 = k;
	for (k = i; k < P->nt && k - i < SENTMAX &&
	    !(P->t[k].flags & TOK_END); k++)
		;
	*s1 = k < P->nt ? k + 1 : k;
}

/* The attribution of the quotation t[qi]: after it when it opens its
 * sentence, else before it, else after it. */
static int
attribute(const struct qpara *P, size_t qi, struct attr *r)
{
	size_t s0, s1, k, words = 0;

	sentence(P, qi, &s0, &s1);
	for (k = s0; k < qi; k++)
		words += P->t[k].kind == TOK_WORD;
	if (words == 0 && after(P, qi, r))
		return 1;
	if (before(P, s0, qi, r))
		return 1;
	return words > 0 && after(P, qi, r);
}

/* Does the quotation t[qi] stand as a sentence of its own?  An opening
 * word and its comma (`Indeed, "…"') may come first. */
static int
standsalone(const struct qpara *P, size_t qi)
{
	size_t s0, s1, k;

	sentence(P, qi, &s0, &s1);
	for (k = qi + 1; k < s1; k++)
		if (P->t[k].kind == TOK_WORD)
			return 0;
	if (qi > s0 && !(qi - s0 <= 3 && punctin(P, qi - 1, ",:")))
		for (k = s0; k < qi; k++)
			if (P->t[k].kind == TOK_WORD && !func(P, k))
				return 0;
	return 1;
}

/* A speaker's name: bytes of the article, or NULL when unknown. */
struct who {
	const char *s;
	size_t n;
};

/* The last speaker when it was no person (`the Kremlin'), for `it' and
 * `they', and the paragraph it spoke in. */
static struct who lastorg;
static const struct qpara *lastorgin;

/* The speaker the mention t[a, b) stands for, at article offset off. */
static struct who
resolve(const struct qpara *P, size_t a, size_t b)
{
	struct who w = { NULL, 0 };
	struct words ws = { P->s, P->t, a, b };
	const struct word *pron;
	size_t h, r, ns, at = 0, off = P->off + P->t[a].beg;
	long i = -1;
	int g;

	if (b - a == 1 && ((pron = inlist(&words_pronouns, P, a)) != NULL ||
	    (pron = inlist(&words_objpronouns, P, a)) != NULL)) {
		g = pron->val[0];
		if (g == 'g')	/* `NATO said "…" … they added', in one paragraph */
			return lastorgin == P ? lastorg : w;
		if (g == 'o' && (i = persons_recent(&ps, off, 'o', &at)) < 0)
			return lastorg;	/* `the Kremlin said…, it added' */
		if (g != '\0' && g != 'o')
			i = persons_recent(&ps, off, g, &at);
		/* A speaker named since is more likely than a person
		 * merely mentioned. */
		if (g != '\0' && g != 'o' && lastspeaker >= 0 &&
		    (i < 0 || lastat > at) &&
		    lastat < off && (ps.p[lastspeaker].gender == 0 ||
		    ps.p[lastspeaker].gender == g))
			i = lastspeaker;
	} else {
		/* The head: the words before `of' or `for'. */
		for (h = a + 1; h < b && !isprep(P, h); h++)
			;
		ws.b = h;
		/* `one Democrat', `a Republican': no name */
		if ((P->t[h - 1].flags & TOK_CAP) && !(h - a == 2 &&
		    isdet(P, a) && !(P->t[a].flags & TOK_CAP)) &&
		    !isrole(P, h - 1)) {
			for (r = h - 1; r > a &&
			    (P->t[r - 1].flags & TOK_CAP); r--)
				;
			ws.a = r;
			if ((i = persons_byname(&ps, &ws, off)) < 0 &&
			    (ns = persons_namestart(&ws)) < h) {
				w.s = P->s + P->t[ns].beg;
				w.n = P->t[h - 1].end - P->t[ns].beg;
			}
		} else
			i = persons_byrole(&ps, &ws, off);
	}
	if (i >= 0) {
		w.s = ps.p[i].name;
		w.n = ps.p[i].namelen;
		lastspeaker = i;
		lastat = off;
	}
	/* An organization (no gender, no title) speaks until a person
	 * does. */
	lastorg = i < 0 || (ps.p[i].gender == 0 && ps.p[i].roles[0] == '\0') ?
	    w : (struct who){ NULL, 0 };
	lastorgin = P;
	return w;
}

/* Fill the speaker, mention and cue of sd from the attribution r of P. */
static void
credit(const struct qpara *P, const struct attr *r, struct said *sd)
{
	struct who w = r->nb > 0 ? resolve(P, r->na, r->nb) :
	    resolve(P, r->ma, r->mb);

	sd->speaker = w.s;
	sd->speakerlen = w.n;
	sd->mention = P->s + P->t[r->ma].beg;
	sd->mentionlen = P->t[r->mb - 1].end - P->t[r->ma].beg;
	sd->cue = P->s + P->t[r->ca].beg;
	sd->cuelen = P->t[r->cb - 1].end - P->t[r->ca].beg;
}

/* Does paragraph P end by introducing a quotation (`Lavrov said:')?
 * Then r is its attribution. */
static int
introduces(const struct qpara *P, struct attr *r)
{
	size_t s0, s1;

	if (P->nt < 2 || !punctin(P, P->nt - 1, ":"))
		return 0;
	sentence(P, P->nt - 1, &s0, &s1);
	return before(P, s0, P->nt - 1, r);
}

/* Does paragraph P go on with a quotation left open at the end of the
 * one before (`"… /  "…," he said.')?  Then r is its attribution. */
static int
continues(const struct qpara *P, struct attr *r)
{
	return P->nt > 0 && P->t[0].kind == TOK_QUOTE && attribute(P, 0, r);
}

/* The length of the speaker's label opening a transcript line, one to
 * three words in capitals and a colon (`WALLACE:', `SEN. TED CRUZ:'),
 * or 0. */
static size_t
label(const char *s, size_t n)
{
	size_t i, words = 1, caps = 0;

	for (i = 0; i < n && i < 40; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (s[i] == ' ') {
			if (++words > 3)
				return 0;
		} else if (s[i] == ':')
			return caps > 1 && i + 1 < n && s[i + 1] == ' ' ? i : 0;
		else if (s[i] != '.' && s[i] != '-' && s[i] != '\'')
			return 0;
	}
	return 0;
}

/* The number of words in s[0, n). */
static size_t
nwords(const char *s, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		w += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return w;
}

static int
quotable(enum part_kind k)
{
	return k == PART_TITLE || k == PART_STANDFIRST || k == PART_BODY;
}

/* Fill pv with the quotable parts, their spans and tokens; returns how
 * many parts, or 0 when the article quotes nothing (and so needs no
 * further look). */
static size_t
paragraphs(const struct article *a)
{
	size_t i, np = 0, nq = 0, nt = 0, cq;
	struct qpara *P;

	for (i = 0; i < a->nparts; i++) {
		const struct part *p = &a->parts[i];

		if (!quotable(p->kind))
			continue;
		cq = quotes_find(p->text, p->len, &qtmp, &qtmpcap);
		if (np == pcap)
			growarray(&pv, &pcap, np + 1, sizeof *pv);
		if (cq) {
			growarray(&qv, &qcap, nq + cq, sizeof *qv);
			memcpy(qv + nq, qtmp, cq * sizeof *qv);
		}
		P = &pv[np++];
		P->s = p->text;
		P->n = p->len;
		P->off = p->off;
		P->q0 = nq;
		P->nq = cq;
		nq += cq;
	}
	if (nq == 0)
		return 0;
	for (i = 0; i < np; i++) {
		P = &pv[i];
		P->t0 = nt;
		nt = tokenize(P->s, P->n, qv + P->q0, P->nq, &tv, &tcap, nt);
		P->nt = nt - P->t0;
	}
	growarray(&lexv, &lexcap, nt, sizeof *lexv);
	memset(lexv, 0, nt * sizeof *lexv);
	/* Only now have the arrays stopped moving. */
	for (i = 0; i < np; i++) {
		pv[i].q = qv + pv[i].q0;
		pv[i].t = tv + pv[i].t0;
		pv[i].lex = lexv + pv[i].t0;
	}
	return np;
}

void
speaker_article(const struct article *a, said_fn *fn, void *ctx)
{
	size_t i, k, n, np, at;
	struct said cur;
	int spoke = 0, spokebefore;
	long p;

	memset(&cur, 0, sizeof cur);
	lastspeaker = -1;
	lastorg.s = NULL;
	if ((np = paragraphs(a)) == 0)
		return;
	persons_reset(&ps);
	for (i = 0; i < np; i++)
		persons_scan(&ps, pv[i].s, pv[i].off, pv[i].t, pv[i].nt);

	for (i = 0; i < np; i++) {
		const struct qpara *P = &pv[i];

		spokebefore = spoke;
		spoke = 0;
		for (k = 0; P->nq > 0 && k < P->nt; k++) {
			const struct quote *q;
			struct attr r;
			struct said sd;

			if (P->t[k].kind != TOK_QUOTE)
				continue;
			q = &P->q[P->t[k].quote];
			if ((n = label(P->s + q->beg, q->end - q->beg)) > 0) {
				/* a transcript: "WALLACE: Governor, …" */
				memset(&cur, 0, sizeof cur);
				cur.speaker = cur.mention = P->s + q->beg;
				cur.speakerlen = cur.mentionlen = n;
				cur.cue = P->s + q->beg + n;
				cur.cuelen = 1;
			} else if (attribute(P, k, &r))
				credit(P, &r, &cur);
			else if (!standsalone(P, k) && !(spoke &&
			    nwords(P->s + q->beg, q->end - q->beg) >= MINWORDS))
				continue;	/* a scare quote, a title */
			else if (!spoke && i > 0 && introduces(&pv[i - 1], &r))
				credit(&pv[i - 1], &r, &cur);
			else if (!spoke && q->end == P->n &&
			    (q->flags & QUOTE_NOCLOSE) && i + 1 < np &&
			    continues(&pv[i + 1], &r))
				credit(&pv[i + 1], &r, &cur);
			else if (!spoke && !spokebefore) {
				/* After a paragraph with no quotation: the
				 * person it was about. */
				memset(&cur, 0, sizeof cur);
				p = persons_recent(&ps, P->off, 0, &at);
				if (p >= 0) {
					cur.speaker = ps.p[p].name;
					cur.speakerlen = ps.p[p].namelen;
				}
			}
			/* else the quotation goes on from the previous one. */
			sd = cur;
			sd.off = P->off + q->beg;
			sd.quote = P->s + q->beg;
			sd.quotelen = q->end - q->beg;
			fn(&sd, ctx);
			spoke = 1;
		}
	}
}
