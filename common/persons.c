#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "hash.h"
#include "persons.h"
#include "util.h"
#include "wordlist.h"

/* How far back or forward a lookup walks the events: keeps it linear. */
#define WALK 64

static size_t
wlen(const struct tok *t)
{
	return t->end - t->beg;
}

/* The word without a possessive ’s, ' or ’. */
static size_t
stemlen(const char *w, size_t n)
{
	if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S'))
		return n - 2;
	if (n > 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)
		return n - 4;
	if (n > 1 && w[n - 1] == '\'')
		return n - 1;
	if (n > 3 && memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0)
		return n - 3;
	return n;
}


static long *
slot(const struct persons *ps, const char *s, size_t n)
{
	size_t i = hash_bytes(HASH_INIT, s, n) & (ps->hcap - 1);
	long *h;

	for (;; i = (i + 1) & (ps->hcap - 1)) {
		h = &ps->hash[i];
		if (*h < 0 || (ps->p[*h].lastlen == n &&
		    memcmp(ps->p[*h].last, s, n) == 0))
			return h;
	}
}

static void
rehash(struct persons *ps)
{
	size_t i, cap = ps->hcap ? ps->hcap * 2 : 64;
	long *h;

	free(ps->hash);
	ps->hash = xmalloc(cap * sizeof *ps->hash);
	ps->hcap = cap;
	for (i = 0; i < cap; i++)
		ps->hash[i] = -1;
	/* Chains run from newer to older persons: insert oldest first. */
	for (i = 0; i < ps->np; i++) {
		h = slot(ps, ps->p[i].last, ps->p[i].lastlen);
		*h = (long)i;
	}
}

void
persons_reset(struct persons *ps)
{
	size_t i;

	ps->np = 0;
	ps->nev = 0;
	for (i = 0; i < ps->hcap; i++)
		ps->hash[i] = -1;
}

static int
sameword(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && memcmp(a, b, an) == 0;
}

static const char *
firstword(const char *s, size_t n, size_t *len)
{
	const char *sp = memchr(s, ' ', n);

	*len = sp ? (size_t)(sp - s) : n;
	return s;
}

/* The person with surname last whose name agrees with the given name
 * (when one is given), most recent first at offset off: or -1. */
static long
lookup(const struct persons *ps, const char *last, size_t lastlen,
    const char *given, size_t givenlen, size_t off)
{
	long i, best = -1, first = -1;
	const char *f;
	size_t fl, k;

	if (ps->hcap == 0)
		return -1;
	for (i = *slot(ps, last, lastlen), k = 0; i >= 0 && k < WALK;
	    i = ps->p[i].next, k++) {
		const struct person *p = &ps->p[i];

		if (given != NULL) {
			f = firstword(p->name, p->namelen, &fl);
			if (!sameword(f, fl, given, givenlen) &&
			    !sameword(p->name, p->namelen, p->last, p->lastlen))
				continue;
		}
		if (p->first <= off && (best < 0 ||
		    p->first > ps->p[best].first))
			best = i;
		if (first < 0 || p->first < ps->p[first].first)
			first = i;
	}
	return best >= 0 ? best : first;
}

static int
hasword(const char *roles, const char *s, size_t n)
{
	const char *r = roles;
	size_t len;

	while (*r != '\0') {
		len = strcspn(r, " ");
		if (len == n && memcmp(r, s, n) == 0)
			return 1;
		r += len;
		if (*r == ' ')
			r++;
	}
	return 0;
}

/* The role class of the words s[0, n): its roles.txt value, or itself. */
static void
roleclass(const char *s, size_t n, const char **c, size_t *cn)
{
	const struct word *w = wl_find(&words_roles, s, n);

	if (w != NULL && w->val[0] != '\0') {
		*c = w->val;
		*cn = strlen(w->val);
	} else {
		*c = s;
		*cn = n;
	}
}

/* Append s[0, n) and a space to the string buf of size cap, if room. */
static void
append(char *buf, size_t cap, const char *s, size_t n)
{
	size_t len = strlen(buf);

	if (len + n + 2 > cap)
		return;
	memcpy(buf + len, s, n);
	buf[len + n] = ' ';
	buf[len + n + 1] = '\0';
}

/* Note the role words t[a, b) of p once, and the classes of its roles:
 * each word, and each run of two or three words (`foreign minister')
 * in roles.txt. */
static void
addrole(struct person *p, const char *s, const struct tok *t, size_t a,
    size_t b)
{
	char phrase[ROLEMAX];
	const struct word *w;
	const char *r, *e, *c;
	size_t len = 0, i, words, cn;

	for (i = a; i < b; i++) {
		if (wl_findlower(&words_function, s + t[i].beg, wlen(&t[i])))
			continue;	/* The */
		if (len + wlen(&t[i]) + 2 > sizeof phrase)
			return;
		asc_lowercopy(phrase + len, s + t[i].beg, wlen(&t[i]));
		len += wlen(&t[i]);
		phrase[len++] = ' ';
	}
	phrase[len] = '\0';
	if (len == 0 || strstr(p->roles, phrase) != NULL)
		return;
	append(p->roles, sizeof p->roles, phrase, len - 1);
	p->classes[0] = '\0';
	for (r = p->roles; *r != '\0'; r += strcspn(r, " "), r += *r == ' ')
		for (e = r, words = 0; words < 3 && *e != '\0'; words++) {
			e += strcspn(e, " ");
			w = wl_find(&words_roles, r, (size_t)(e - r));
			if (words == 0 || w != NULL) {
				roleclass(r, (size_t)(e - r), &c, &cn);
				append(p->classes, sizeof p->classes, c, cn);
			}
			if (*e == ' ')
				e++;
		}
}

static void
addevent(struct persons *ps, size_t off, size_t person)
{
	growarray(&ps->ev, &ps->evcap, ps->nev + 1, sizeof *ps->ev);
	ps->ev[ps->nev].off = off;
	ps->ev[ps->nev++].person = person;
}

/* Where the name in the run w starts, after its titles (*titled set),
 * a determiner and a sentence's first function word. */
static size_t
namestart(const struct words *w, int *titled)
{
	size_t j, m, ns = w->a;

	for (j = w->a; j < w->b; j += m ? m : 1) {
		m = tok_match(&words_titles, w->s, w->t, j, w->b, 0);
		if (m == 0)
			m = tok_match(&words_roles, w->s, w->t, j, w->b, 1);
		if (m == 0 && (w->t[j].flags & TOK_CAP) == 0)
			m = 1;	/* a lower-case word: `of' */
		if (m)
			ns = j + m;
	}
	*titled = ns > w->a;
	if (ns < w->b && wl_findlower(&words_function, w->s + w->t[ns].beg,
	    wlen(&w->t[ns])))
		ns++;	/* The, But */
	/* `State John Kerry': the name starts at its given name. */
	for (j = ns; j + 1 < w->b; j++)
		if (wl_find(&words_givennames, w->s + w->t[j].beg, wlen(&w->t[j])))
			return j;
	return ns;
}

size_t
persons_namestart(const struct words *w)
{
	int titled;

	return namestart(w, &titled);
}

/* The gender the name t[ns, b) of the run t[a, b) tells: its given
 * name's, else its title's (Mr.), else 0. */
static int
gender(const char *s, const struct tok *t, size_t a, size_t ns)
{
	const struct word *g;

	if ((g = wl_find(&words_givennames, s + t[ns].beg, wlen(&t[ns]))) !=
	    NULL && g->val[0] != '\0')
		return g->val[0];
	if (ns > a && (g = wl_find(&words_titles, s + t[ns - 1].beg,
	    wlen(&t[ns - 1]))) != NULL)
		return g->val[0];
	return 0;
}

/* Does the context of the run t[a, b) tell a person: a role before it
 * (`spokesman Smith'), a reporting verb after it? */
static int
introduced(const char *s, const struct tok *t, size_t nt, size_t a, size_t b)
{
	return (a > 0 && t[a - 1].kind == TOK_WORD &&
	    tok_match(&words_roles, s, t, a - 1, a, 1)) ||
	    (b < nt && t[b].kind == TOK_WORD &&
	    tok_match(&words_cues, s, t, b, nt, 1));
}

/* Is the capitalized run t[a, b), its name t[ns, b), a person's name
 * when no one of that name is known yet?  Titled (namestart), a given
 * name and more, or introduced. */
static int
isperson(const char *s, const struct tok *t, size_t nt, size_t a, size_t b,
    size_t ns, int titled)
{
	return titled || (b - ns > 1 &&
	    wl_find(&words_givennames, s + t[ns].beg, wlen(&t[ns]))) ||
	    introduced(s, t, nt, a, b);
}

/* Is the capitalized run t[a, b) a person's name?  Then note it.  The
 * word lists are asked only what the answer still depends on. */
static void
noterun(struct persons *ps, const char *s, size_t off, const struct tok *t,
    size_t nt, size_t a, size_t b)
{
	struct words w = { s, t, a, b };
	const struct word *g;
	struct person *p;
	size_t ns, lastlen, givenlen, r;
	const char *last, *given;
	long i, *h;
	int titled;

	/* One word (a sentence's first, mostly) is a person only when
	 * known or introduced, whatever its titles: asked first, as it is
	 * cheapest, the surname hash first of all. */
	if (b - a == 1 && lookup(ps, s + t[a].beg, stemlen(s + t[a].beg,
	    wlen(&t[a])), NULL, 0, (size_t)-1) < 0 &&
	    !introduced(s, t, nt, a, b))
		return;
	ns = namestart(&w, &titled);
	if (ns >= b)
		return;
	if (b - ns > 4)
		ns = b - 4;
	last = s + t[b - 1].beg;
	lastlen = stemlen(last, wlen(&t[b - 1]));
	given = b - ns > 1 ? s + t[ns].beg : NULL;
	givenlen = wlen(&t[ns]);
	/* He, It, The: no one's name */
	if (b - ns == 1 && (wl_findlower(&words_pronouns, last, lastlen) ||
	    wl_findlower(&words_function, last, lastlen)))
		return;
	if (ps->hcap == 0 || 2 * (ps->np + 1) > ps->hcap)
		rehash(ps);
	i = lookup(ps, last, lastlen, given, givenlen, (size_t)-1);
	if (i < 0 && !isperson(s, t, nt, a, b, ns, titled))
		return;
	if (i < 0) {
		growarray(&ps->p, &ps->pcap, ps->np + 1, sizeof *ps->p);
		i = (long)ps->np++;
		p = &ps->p[i];
		p->name = s + t[ns].beg;
		p->namelen = t[b - 1].beg + lastlen - t[ns].beg;
		p->last = last;
		p->lastlen = lastlen;
		p->first = off + t[ns].beg;
		p->gender = 0;
		p->roles[0] = '\0';
		p->classes[0] = '\0';
		h = slot(ps, last, lastlen);
		p->next = *h;
		*h = i;
	}
	p = &ps->p[i];
	if (t[b - 1].beg + lastlen - t[ns].beg > p->namelen) {
		p->name = s + t[ns].beg;
		p->namelen = t[b - 1].beg + lastlen - t[ns].beg;
	}
	if (p->gender == 0)
		p->gender = gender(s, t, a, ns);
	/* `The New York Times' is a newspaper */
	if ((g = wl_find(&words_orgroles, last, lastlen)) != NULL &&
	    !hasword(p->classes, g->val, strlen(g->val)))
		append(p->classes, sizeof p->classes, g->val, strlen(g->val));
	/* Role words: the titles, and the description before them. */
	for (r = a; r > 0 && a - r < 3 && t[r - 1].kind == TOK_WORD &&
	    !wl_findlower(&words_function, s + t[r - 1].beg, wlen(&t[r - 1]));
	    r--)
		;
	if (r < ns)
		addrole(p, s, t, r, ns);
	addevent(ps, off + t[ns].beg, (size_t)i);
}

void
persons_scan(struct persons *ps, const char *s, size_t off,
    const struct tok *t, size_t nt)
{
	size_t i, a;

	/* Only words have TOK_CAP. */
	for (i = 0; i < nt; ) {
		if (!(t[i].flags & TOK_CAP)) {
			i++;
			continue;
		}
		for (a = i; i < nt && (t[i].flags & TOK_CAP); i++)
			;
		/* A name and its titles are a few words: a long run is a
		 * headline in capitals. */
		noterun(ps, s, off, t, nt, i - a > 8 ? i - 8 : a, i);
	}
}

long
persons_byname(const struct persons *ps, const struct words *w, size_t off)
{
	size_t ns = persons_namestart(w);
	const char *last;

	if (ns >= w->b)
		return -1;
	last = w->s + w->t[w->b - 1].beg;
	return lookup(ps, last, stemlen(last, wlen(&w->t[w->b - 1])),
	    w->b - ns > 1 ? w->s + w->t[ns].beg : NULL, wlen(&w->t[ns]), off);
}

/* Index of the first event at or after off. */
static size_t
eventat(const struct persons *ps, size_t off)
{
	size_t lo = 0, hi = ps->nev, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ps->ev[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

long
persons_recent(const struct persons *ps, size_t off, int g, size_t *at)
{
	size_t e = eventat(ps, off), k;
	const struct person *p;
	int pass;

	/* A person known to be of that gender first, then any; for an
	 * organization, one with no gender and no title. */
	for (pass = g == 0 || g == 'o'; pass < 2; pass++)
		for (k = 0; k < WALK && k < e; k++) {
			p = &ps->p[ps->ev[e - 1 - k].person];
			if (g == 'o' ? p->gender == 0 && p->roles[0] == '\0' :
			    p->gender == g || (pass == 1 && p->gender == 0)) {
				*at = ps->ev[e - 1 - k].off;
				return (long)ps->ev[e - 1 - k].person;
			}
		}
	/* None yet (`he' in a standfirst): the first one named after. */
	for (k = e; g != 'o' && k < ps->nev && k - e < WALK; k++) {
		p = &ps->p[ps->ev[k].person];
		if (p->gender == g || p->gender == 0 || g == 0) {
			*at = ps->ev[k].off;
			return (long)ps->ev[k].person;
		}
	}
	return -1;
}

long
persons_byrole(const struct persons *ps, const struct words *w, size_t off)
{
	char buf[ROLEMAX], *word[12];
	size_t nw = 0, len = 0, i, k, e, cn, wl[12];
	const char *c;
	long best = -1;
	int score, bestscore = 0, pass;

	/* The phrase in lower case, determiners left out. */
	for (i = w->a; i < w->b && nw < 12; i++) {
		const char *s = w->s + w->t[i].beg;
		size_t n = wlen(&w->t[i]);

		if (wl_findlower(&words_function, s, n) ||
		    len + n + 1 > sizeof buf)
			continue;
		word[nw] = buf + len;
		wl[nw++] = n;
		asc_lowercopy(buf + len, s, n);
		len += n;
		buf[len++] = ' ';
	}
	if (nw == 0)
		return -1;
	/* Its class: of the last two words (`foreign minister') or the last. */
	k = nw > 1 ? wl[nw - 2] + 1 + wl[nw - 1] : 0;
	if (nw > 1 && wl_find(&words_roles, word[nw - 2], k))
		roleclass(word[nw - 2], k, &c, &cn);
	else
		roleclass(word[nw - 1], wl[nw - 1], &c, &cn);
	e = eventat(ps, off);
	for (pass = 0; pass < 2 && best < 0; pass++) {
		for (k = 0; k < WALK; k++) {
			const struct person *p;
			size_t ev;

			if (pass == 0 ? k >= e : e + k >= ps->nev)
				break;
			ev = pass == 0 ? e - 1 - k : e + k;
			p = &ps->p[ps->ev[ev].person];
			/* `*': a counterpart, who holds any post */
			if (!hasword(p->classes, c, cn) &&
			    !hasword(p->classes, "*", 1))
				continue;
			for (score = 1, i = 0; i + 1 < nw; i++)
				score += hasword(p->roles, word[i], wl[i]);
			if (score > bestscore) {
				bestscore = score;
				best = (long)ps->ev[ev].person;
			}
		}
	}
	return best;
}
