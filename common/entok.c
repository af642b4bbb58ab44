#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "entok.h"
#include "utf8.h"
#include "util.h"
#include "wordlist.h"

#define MAXGAZ	6	/* tokens in the longest word-list entry */


/* C_MB marks in bytetypes a byte that opens a multibyte character, to be
 * decoded; classify() never returns it. */
enum cls { C_MB, C_SPACE, C_PUNCT, C_UPPER, C_LOWER, C_DIGIT, C_OTHER, NCLS };

/* runs of consecutive byte values, to write the table below */
#define R2(c) (c), (c) + 1
#define R4(c) R2(c), R2((c) + 2)
#define R8(c) R4(c), R4((c) + 4)
#define R16(c) R8(c), R8((c) + 8)
#define R32(c) R16(c), R16((c) + 16)
#define R64(c) R32(c), R32((c) + 32)
/* 'A' to 'Z' (65 to 90) become 97 to 122; the other bytes stay.  A
 * table, not chars.h's asc_tolower(): the lowering hashes look up each
 * byte of the affixes and keys, for a third of a test and add. */
const unsigned char entok_lower[256] = {
	R64(0), 64, R16(97), R8(113), R2(121), R32(91), R4(123), 127,
	R64(128), R64(192)
};

static const struct wordlist *const gazlists[NGAZ] = {
	[GZ_LOC] = &words_countries,
	[GZ_CITY] = &words_cities,
	[GZ_ORG] = &words_organizations,
	[GZ_MISC] = &words_demonyms,
	[GZ_GIVEN] = &words_givennames,
	[GZ_TITLE] = &words_titles,
	[GZ_ORGHEAD] = &words_orgheads,
	[GZ_LOCHEAD] = &words_placeheads,
	[GZ_NONAME] = &words_nonames,
};

static enum cls
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		if (c == ' ' || (c >= '\t' && c <= '\r') || c < ' ')
			return C_SPACE;
		return C_PUNCT;
	}
	if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
	    c == 0x3000 || c == 0x85)
		return C_SPACE;
	if ((c >= 0x2010 && c <= 0x205E) || c == 0xAB || c == 0xBB ||
	    (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
	    (c >= 0x3000 && c <= 0x303F) || c == UTF8_BAD)
		return C_PUNCT;
	/* Latin-1, Latin Extended-A, Greek and Cyrillic capitals */
	if ((c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3AB) ||
	    (c >= 0x400 && c <= 0x42F) ||
	    (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x138))
		return C_UPPER;
	if ((c >= 0xDF && c <= 0xFF) || (c >= 0x3AC && c <= 0x3CE) ||
	    (c >= 0x430 && c <= 0x45F) || (c >= 0x100 && c <= 0x17F))
		return C_LOWER;
	return C_OTHER;
}


/*
 * Most tokens are a run of ASCII lower-case letters or digits, capitalized
 * or not, or one ASCII mark, followed by a blank or a mark.  tokpart
 * cuts them on fast paths that read such a run 8 bytes at a time and
 * know the token's flags and shape without counting classes; anything
 * else goes the general way (readword).
 */

/* What each byte after a run of letters or digits does to the word:
 * blanks and marks end it, the marks that join words (U.S, AT&T,
 * O'Neill, well-known) end it unless a word goes on after them, and
 * the rest (letters, digits, non-ASCII) may go on. */
enum { WORD_GOES, WORD_ENDS, WORD_JOINS };

/* What the tokenizer asks of each byte, in one table: one address for
 * the look-ups of its loop to start from. */
static struct bytetype {
	/* aligned to 4 bytes: indexed with no multiplication */
	_Alignas(4) unsigned char cls;	/* classify() of an ASCII byte,
					 * C_MB for the other bytes */
	unsigned char ends;	/* WORD_* */
	/* for an ASCII mark, whether a sentence starts at the next word
	 * after the mark token, by bit b: whether one started before it
	 * (b) */
	unsigned char sent;
} bytetypes[256];

/* A range of ASCII bytes, with the sums runend adds to test for it. */
struct byterange {
	uint64_t belowlo;	/* ONES * (0x80 - lo) */
	uint64_t abovehi;	/* ONES * (0x7f - hi) */
	unsigned char lo, hi;
};

#define ONES	0x0101010101010101ull
#define HIGHS	0x8080808080808080ull
#define RANGE(lo, hi) { ONES * (0x80 - (lo)), ONES * (0x7f - (hi)), lo, hi }

/* The plain words the fast path cuts, by their first two bytes: a
 * capital and lower case (Moscow), capitals (USA), lower case (said),
 * digits (1996). */
enum { PW_CAP, PW_CAPS, PW_LOWER, PW_DIGITS, NPW };

static struct plainword {
	struct byterange rest;	/* the bytes after the first */
	uint16_t flags;
	uint32_t shape[2];	/* its shape hash, by whether longer than
				 * one byte (made by tablesinit) */
} plainwords[NPW] = {
	[PW_CAP] = { RANGE('a', 'z'), TF_CAP | TF_UPPER, { 0, 0 } },
	[PW_CAPS] = { RANGE('A', 'Z'), TF_CAP | TF_UPPER | TF_ALLCAP,
	    { 0, 0 } },
	[PW_LOWER] = { RANGE('a', 'z'), TF_LOWER, { 0, 0 } },
	[PW_DIGITS] = { RANGE('0', '9'), TF_DIGIT, { 0, 0 } },
};

/* The plain word kind a letter or digit opens, by its class and the
 * next byte's (bytetypes): a capital after a capital makes capitals.  One
 * look-up, no arithmetic on the classes; rows of 8, indexed by a shift. */
#define PW_ROW(k) { k, k, k, k, k, k, k }
static const unsigned char plainkind[NCLS][8] = {
	[C_UPPER] = { PW_CAP, PW_CAP, PW_CAP, PW_CAPS, PW_CAP, PW_CAP,
	    PW_CAP },
	[C_LOWER] = PW_ROW(PW_LOWER),
	[C_DIGIT] = PW_ROW(PW_DIGITS)
};
#undef PW_ROW

/* s[i, i + 8) as a number, s[i] in its low byte whatever the machine
 * (compilers make it one load). */
static inline uint64_t
load8(const char *s, size_t i)
{
	const unsigned char *p = (const unsigned char *)s + i;

	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	    (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* The end of the run of bytes in range r from s[i]: 8 bytes a step,
 * each byte's high bit set when it is out of the range, the first such
 * byte's index got by a multiplication (no loop over bits). */
static inline size_t
runend(const char *s, size_t n, size_t i, const struct byterange *r)
{
	uint64_t x, low7, out;

	for (; i + 8 <= n; i += 8) {
		x = load8(s, i);
		low7 = x & ~HIGHS;
		/* a byte's high bit: below lo, above hi, or not ASCII */
		out = (~(low7 + r->belowlo) | (low7 + r->abovehi) | x) & HIGHS;
		/* the lowest such bit, 1 << (8k + 7), times
		 * 0x0001020304050607 puts k in the top byte */
		if (out != 0)
			return i + (((out & -out) >> 7) *
			    0x0001020304050607ull >> 56);
	}
	while (i < n && (unsigned char)s[i] >= r->lo &&
	    (unsigned char)s[i] <= r->hi)
		i++;
	return i;
}

static int
isword(enum cls k)
{
	return k >= C_UPPER;
}

static enum cls
clsat(const char *s, size_t n, size_t i, size_t *len)
{
	enum cls k = (enum cls)bytetypes[(unsigned char)s[i]].cls;
	uint32_t c;

	if (k != C_MB) {
		*len = 1;
		return k;
	}
	*len = utf8_decodemb(s, n, i, &c);
	return classify(c);
}

static int
isapos(const char *s, size_t n, size_t i, size_t *len)
{
	if (s[i] == '\'') {
		*len = 1;
		return 1;
	}
	/* 0xE2 leads U+2019; the test spares a decode at most word ends */
	if ((unsigned char)s[i] == 0xE2 && utf8_is(s, n, i, 0x2019)) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* Does s start with a clitic written after an apostrophe ('s, 't,
 * 've, 're, 'll, 'd, 'm), ending there? */
static int
isclitic(const char *s, size_t n)
{
	static const char *const clitics[] = { "s", "S", "t", "ve", "re",
	    "ll", "d", "m" };
	size_t i, k, l;

	for (i = 0; i < sizeof clitics / sizeof clitics[0]; i++) {
		k = strlen(clitics[i]);
		if (k <= n && memcmp(s, clitics[i], k) == 0 &&
		    (k == n || !isword(clsat(s, n, k, &l))))
			return 1;
	}
	return 0;
}

/* Is s[i] a lone possessive: an apostrophe, s or S, and no letter or
 * digit after? */
static int
isposs(const char *s, size_t n, size_t i, size_t *aposlen)
{
	size_t j, l;

	if (!isapos(s, n, i, aposlen))
		return 0;
	j = i + *aposlen;
	return j < n && (s[j] == 's' || s[j] == 'S') &&
	    (j + 1 >= n || !isword(clsat(s, n, j + 1, &l)));
}

static int
isabbrev(const char *s, size_t n)
{
	size_t i;

	if (n == 1)
		return s[0] >= 'A' && s[0] <= 'Z';
	for (i = 0; i < n; i++)
		if (s[i] == '.')
			return 1;
	return n <= 5 && wl_find(&words_abbreviations, s, n) != NULL;
}

/*
 * A token's characters are read once, as it is cut: each adds to the
 * token's hash, its class counts and its shape (the classes of its
 * characters, runs made one, at most MAXSHAPE; an ASCII mark stands for
 * itself).
 */
#define MAXSHAPE 8

struct tokread {
	uint32_t hword;		/* hash of the bytes read */
	uint32_t hshape;	/* hash of the shape letters so far */
	unsigned nshape;
	char lastshape;		/* the shape letter of the last character */
	int innerdot;		/* a dot after the first byte: hlow drops it */
	unsigned nupper;	/* upper-case letters */
	unsigned classes;	/* bit k: a character of class k */
	uint16_t flags;		/* TF_HYPHEN, TF_POSS | TF_PUNCT */
};

/* A character's letter in a token's shape, unless an ASCII mark. */
static const char clsshape[NCLS] = {
	[C_PUNCT] = '*', [C_UPPER] = 'X', [C_LOWER] = 'x', [C_DIGIT] = 'd',
	[C_OTHER] = 'o'
};

static void
addshape(struct tokread *r, char sh)
{
	if (sh != r->lastshape && r->nshape < MAXSHAPE) {
		r->hshape = hash_step(r->hshape, (unsigned char)sh);
		r->nshape++;
	}
	r->lastshape = sh;
}

/* Read one character of class k, l bytes at s; inner when it is not
 * the token's first. */
static void
readchar(struct tokread *r, const char *s, size_t l, enum cls k, int inner)
{
	r->hword = hash_bytes(r->hword, s, l);
	r->classes |= 1u << k;
	r->nupper += k == C_UPPER;
	if (k != C_PUNCT || (unsigned char)s[0] >= 0x80) {
		addshape(r, clsshape[k]);
		return;
	}
	addshape(r, s[0]);
	if (inner && s[0] == '.')
		r->innerdot = 1;
	else if (inner && s[0] == '-')
		r->flags |= TF_HYPHEN;
}

/* Read the run of ASCII letters or digits of class k at s[i], most of
 * a token's bytes; return its end. */
static size_t
readascii(struct tokread *r, const char *s, size_t n, size_t i, enum cls k)
{
	uint32_t h = r->hword;
	size_t j = i;
	unsigned char c = (unsigned char)s[i];

	do
		h = hash_step(h, (unsigned char)c);
	while (++j < n && bytetypes[c = (unsigned char)s[j]].cls == k);
	r->hword = h;
	r->classes |= 1u << k;
	if (k == C_UPPER)
		r->nupper += j - i;
	addshape(r, clsshape[k]);
	return j;
}

/* Read the word at s[i]: letters and digits, joined by inner dots (U.S),
 * hyphens, ampersands and apostrophes (O'Neill), but a possessive 's is
 * cut off.  Return its end. */
static size_t
readword(struct tokread *r, const char *s, size_t n, size_t i)
{
	size_t l, lnext, j;
	enum cls k;

	for (;;) {
		while (i < n) {
			k = (enum cls)bytetypes[(unsigned char)s[i]].cls;
			if (isword(k)) {
				i = readascii(r, s, n, i, k);
				continue;
			}
			if (k != C_MB || !isword(k = clsat(s, n, i, &l)))
				break;
			readchar(r, s + i, l, k, 1);
			i += l;
		}
		if (i >= n || k == C_SPACE)
			return i;
		if (s[i] == '.' || s[i] == '-' || s[i] == '&')
			l = 1;
		else if (!isapos(s, n, i, &l))
			return i;
		j = i + l;
		if (j >= n || !isword(clsat(s, n, j, &lnext)))
			return i;
		/* 's, n't, 've, 'll... end the word before the mark */
		if ((l > 1 || s[i] == '\'') && isclitic(s + j, n - j))
			return i;
		readchar(r, s + i, l, C_PUNCT, 1);
		i = j;
	}
}

/* The hash of s[0, n), n > 0, with ASCII letters lowered and the dots
 * after the first byte dropped: U.S. is US. */
static uint32_t
lowhash(const char *s, size_t n)
{
	uint32_t h = hash_step(HASH_INIT, entok_lower[(unsigned char)s[0]]);
	size_t i;

	for (i = 1; i < n; i++)
		if (s[i] != '.')
			h = hash_step(h, entok_lower[(unsigned char)s[i]]);
	return h;
}

/* The flags a token takes from the class of its first character.  A
 * token opening with a mark holds no letter or digit: a run of that
 * mark, or a possessive, which sets its own flags. */
static const uint16_t firstflags[NCLS] = {
	[C_PUNCT] = TF_PUNCT, [C_UPPER] = TF_CAP, [C_LOWER] = TF_LOWER
};

/*
 * The seen table: each word of the article (its hlow | 1) in a slot,
 * with the ways it is written (TF_SEEN*).  A word takes its slot as it
 * is cut; the flags are noted at the end of its part, once it is known
 * whether the part is an ALL-CAPS line, and read back when the article
 * is cut, and the entries taken are cleared then, through the tokens'
 * slots: that costs less than telling an earlier article's entries from
 * this one's at each word, and less than clearing the whole table.
 * Marks share the slot past the table's end, which keeps no flags.
 */

/* Make the table ready for an article of the given bytes in parts. */
static void
seenstart(struct etoks *ts, size_t bytes, size_t nparts)
{
	size_t need = 16;

	/* a word is followed by a byte of no word or ends its part: no
	 * more words than half of bytes + nparts, and a free slot always;
	 * the slots, and the one past them, fit ts->slot's 32 bits */
	while (need <= (bytes + nparts) / 2) {
		if (need > UINT32_MAX / 2)
			errx(1, "out of memory");
		need *= 2;
	}
	if (ts->seencap < need) {
		free(ts->seen);
		ts->seen = xmalloc((need + 1) * sizeof *ts->seen);
		memset(ts->seen, 0, (need + 1) * sizeof *ts->seen);
		ts->seencap = need;
	}
	/* the first need entries serve: the table may be larger */
	ts->seenmask = need - 1;
}

/* The slot of the word whose lowered hash is hlow, taken if the word
 * is new to the article. */
static inline uint32_t
seenslot(struct etoks *ts, uint32_t hlow)
{
	/* locals: the compiler cannot know the store below leaves ts be */
	struct eseen *seen = ts->seen;
	size_t mask = ts->seenmask;
	uint32_t key = hlow | 1;
	size_t h = key & mask;

	/* on past an entry of another word, neither free (0) nor key: its
	 * 64-bit product with its difference from key is not 0.  One test,
	 * not two: a branch on whether the word is new would go as the text
	 * comes (compilers make two branches of & too) */
	while ((uint64_t)(seen[h].key ^ key) * seen[h].key != 0)
		h = (h + 1) & mask;
	seen[h].key = key;
	return (uint32_t)h;
}

/* The TF_SEEN* flag a word gives its slot outside an ALL-CAPS line, by
 * its flags of SEENBY: lower case, or capitalized not at a sentence
 * start.  A table, not tests: the flags are as the text comes.  TF_LOWER
 * and TF_CAP never come together. */
#define SEENBY	(TF_CAP | TF_LOWER | TF_SSTART)

static const uint16_t seenmark[SEENBY + 1] = {
	[TF_LOWER] = TF_SEENLOW, [TF_LOWER | TF_SSTART] = TF_SEENLOW,
	[TF_CAP] = TF_SEENCAP
};

/* A new token at the end of ts, to be filled, in the seen table's slot
 * slot (seenslot() for a word, ts->seencap for a mark). */
static inline struct etok *
newtok(struct etoks *ts, uint32_t slot)
{
	if (ts->n == ts->cap) {
		growarray(&ts->t, &ts->cap, ts->n + 1, sizeof *ts->t);
		growarray(&ts->slot, &ts->slotcap, ts->cap, sizeof *ts->slot);
	}
	ts->slot[ts->n] = slot;
	return &ts->t[ts->n++];
}

/* Add the token s[0, len) read into r, whose first character is of
 * class first. */
static struct etok *
addtok(struct etoks *ts, const struct tokread *r, const char *s,
    size_t off, size_t len, size_t part, enum cls first)
{
	struct etok *t;
	uint16_t flags = r->flags | firstflags[first];
	uint32_t hlow;

	if (r->nupper > 0) {
		flags |= TF_UPPER;
		if (r->nupper > 1 && !(r->classes & 1u << C_LOWER))
			flags |= TF_ALLCAP;
	}
	if (r->classes & 1u << C_DIGIT)
		flags |= TF_DIGIT;
	/* only capitals and dots make the lower-cased form another */
	hlow = r->nupper || r->innerdot ? lowhash(s, len) : r->hword;
	t = newtok(ts, flags & TF_PUNCT ? (uint32_t)ts->seencap :
	    seenslot(ts, hlow));
	*t = (struct etok){ .off = off, .s = s, .len = len, .part = part,
	    .hword = r->hword, .hlow = hlow, .hshape = r->hshape,
	    .flags = flags };
	return t;
}

/* Cut the token at s[i], of class k and l bytes, the general way; return
 * its end. */
static size_t
cuttok(struct etoks *ts, const char *s, size_t n, size_t i, size_t l,
    enum cls k, size_t off, size_t part)
{
	struct tokread r = { .hword = HASH_INIT, .hshape = HASH_INIT };
	size_t j;

	if (isword(k)) {
		j = readword(&r, s, n, i);
		if (j < n && s[j] == '.' && isabbrev(s + i, j - i))
			readchar(&r, s + j++, 1, C_PUNCT, 1);
	} else if (isposs(s, n, i, &l)) {
		readchar(&r, s + i, l, C_PUNCT, 0);
		j = i + l;
		readchar(&r, s + j, 1,
		    (enum cls)bytetypes[(unsigned char)s[j]].cls, 1);
		j++;
		r.flags = TF_POSS | TF_PUNCT;
	} else {
		/* a run of one ASCII mark (--, ...) or one character */
		readchar(&r, s + i, l, k, 0);
		j = i + l;
		if (l == 1)
			for (; j < n && s[j] == s[i]; j++)
				readchar(&r, s + j, 1, k, 1);
	}
	addtok(ts, &r, s + i, off, j - i, part, k);
	return j;
}

/* The hash of s[i, i + len) on from h, lowered if lower, len <= 8 and
 * s[i, i + 8) in the buffer: eight steps whatever the length, the hash
 * after each kept, the one after len taken.  A loop over len bytes would
 * leave it at a branch that goes another way each word. */
static inline uint32_t
hash8(uint32_t h0, const char *s, size_t i, size_t len, int lower)
{
	const unsigned char *p = (const unsigned char *)s + i;
	uint32_t h[9];

	h[0] = h0;
#define STEP(k) (h[k + 1] = hash_step(h[k], lower ? entok_lower[p[k]] : p[k]))
	STEP(0); STEP(1); STEP(2); STEP(3); STEP(4); STEP(5); STEP(6); STEP(7);
#undef STEP
	return h[len];
}

/* The hash of the word s[i, j), j > i, lowered if lower: 8 bytes at a
 * time by hash8, byte by byte where fewer than 8 are left before n. */
static inline uint32_t
hashword(const char *s, size_t n, size_t i, size_t j, int lower)
{
	uint32_t h = HASH_INIT;

	for (; j - i > 8; i += 8)
		h = hash8(h, s, i, 8, lower);
	if (i + 8 <= n)
		return hash8(h, s, i, j - i, lower);
	for (; i < j; i++)
		h = hash_step(h, lower ? entok_lower[(unsigned char)s[i]] :
		    (unsigned char)s[i]);
	return h;
}

/*
 * The hashes of the plain words of up to 8 bytes met last, by the word:
 * its bytes, zero-padded to 8, are its key, and as no byte of a word is
 * 0 a key found is the word itself.  Most words come again and again
 * (nine in ten are found in 16 K entries): a hit costs a multiplication
 * and two loads, not the 8 hash steps of hword, and 8 more of hlow for a
 * capitalized word.  Kept from article to article.
 */
#define WORDCACHEBITS	14

static struct wordhash {
	uint64_t key;		/* 0: no word */
	uint32_t hword, hlow;
} wordcache[1 << WORDCACHEBITS];

/* The hashes of the plain word s[i, j), j > i, into *hword and *hlow
 * (lowered, made only if upper: a plain word with no capital is its own
 * lowered form). */
static inline void
plainhashes(const char *s, size_t n, size_t i, size_t j, int upper,
    uint32_t *hword, uint32_t *hlow)
{
	struct wordhash *w;
	uint64_t key;

	if (j - i > 8 || i + 8 > n) {
		*hword = hashword(s, n, i, j, 0);
		*hlow = upper ? hashword(s, n, i, j, 1) : *hword;
		return;
	}
	key = load8(s, i) & ~0ull >> (64 - 8 * (j - i));
	w = &wordcache[key * 0x9e3779b97f4a7c15ull >> (64 - WORDCACHEBITS)];
	if (w->key != key) {
		w->key = key;
		w->hword = hash8(HASH_INIT, s, i, j - i, 0);
		w->hlow = upper ? hash8(HASH_INIT, s, i, j - i, 1) : w->hword;
	}
	*hword = w->hword;
	*hlow = w->hlow;
}

/* Does the word s[i, j) end at s[j] (j < n), as readword and the
 * abbreviation test would cut it? */
static int
fastend(const char *s, size_t n, size_t i, size_t j)
{
	unsigned char c = (unsigned char)s[j];

	if (bytetypes[c].ends == WORD_ENDS)
		return 1;
	/* a mark joining words ends this one before a blank or mark; a dot
	 * is an abbreviation's own */
	return bytetypes[c].ends == WORD_JOINS && (j + 1 == n ||
	    bytetypes[(unsigned char)s[j + 1]].ends != WORD_GOES) &&
	    !(c == '.' && isabbrev(s + i, j - i));
}

/* Cut the word at s[i], a byte of class k (a letter or digit), on the
 * fast path if it is a plain one (struct plainword) ending as fastend
 * says.  Return its end, or i when it is not plain. */
static size_t
fastword(struct etoks *ts, const char *s, size_t n, size_t i, enum cls k,
    size_t off, size_t part)
{
	unsigned char next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
	const struct plainword *pw = &plainwords[plainkind[k][bytetypes[next].cls]];
	uint32_t hword, hlow;
	struct etok *t;
	size_t j;

	j = runend(s, n, i + 1, &pw->rest);
	if (j < n && !fastend(s, n, i, j))
		return i;
	/* only a capital makes the lowered hash another */
	plainhashes(s, n, i, j, pw->flags & TF_UPPER, &hword, &hlow);
	t = newtok(ts, seenslot(ts, hlow));
	*t = (struct etok){ .off = off, .s = s + i, .len = j - i,
	    .part = part, .hword = hword, .hlow = hlow,
	    .hshape = pw->shape[j - i > 1], .flags = pw->flags };
	return j;
}

/* Cut the one ASCII mark c at s[i]. */
static void
fastmark(struct etoks *ts, const char *s, size_t i, size_t off,
    size_t part)
{
	unsigned char c = (unsigned char)s[i];
	uint32_t h = hash_step(HASH_INIT, c);
	struct etok *t = newtok(ts, (uint32_t)ts->seencap);

	/* an ASCII mark is its own shape */
	*t = (struct etok){ .off = off, .s = s + i, .len = 1, .part = part,
	    .hword = h, .hlow = h, .hshape = h, .flags = TF_PUNCT };
}

static int
endsentence(const struct etok *t)
{
	if (t->len != 1)
		return t->len == 3 && (unsigned char)t->s[0] == 0xE2 &&
		    utf8_is(t->s, 3, 0, 0x2026);
	return t->s[0] == '.' || t->s[0] == '!' || t->s[0] == '?' ||
	    t->s[0] == ':';
}

static int
isopener(const struct etok *t)
{
	uint32_t c;

	utf8_decode(t->s, t->len, 0, &c);
	return c == '"' || c == '(' || c == '[' || c == '\'' || c == 0x201C ||
	    c == 0x2018 || c == 0xAB || c == 0x201E;
}

/* Make bytetypes and the fast paths' tables, once. */
static void
tablesinit(void)
{
	struct etok t = { .len = 1 };
	unsigned c;
	char ch;

	for (c = 0; c < 256; c++) {
		bytetypes[c].cls = (unsigned char)(c < 0x80 ? classify(c) : C_MB);
		ch = (char)c;
		t.s = &ch;
		if (c == '.' || c == '-' || c == '&' || c == '\'')
			bytetypes[c].ends = WORD_JOINS;
		else if (bytetypes[c].cls == C_SPACE || bytetypes[c].cls == C_PUNCT)
			bytetypes[c].ends = WORD_ENDS;
		if (bytetypes[c].cls == C_PUNCT)
			bytetypes[c].sent = endsentence(&t) ? 3 :
			    isopener(&t) ? 2 : 0;
	}
	plainwords[PW_CAP].shape[0] = hash_step(HASH_INIT, 'X');
	plainwords[PW_CAP].shape[1] = hash_step(hash_step(HASH_INIT, 'X'),
	    'x');
	plainwords[PW_CAPS].shape[1] = hash_step(HASH_INIT, 'X');
	plainwords[PW_LOWER].shape[0] = plainwords[PW_LOWER].shape[1] =
	    hash_step(HASH_INIT, 'x');
	plainwords[PW_DIGITS].shape[0] = plainwords[PW_DIGITS].shape[1] =
	    hash_step(HASH_INIT, 'd');
}

/* Tokens of one part; sentence starts marked, ALL-CAPS parts flagged. */
static void
tokpart(struct etoks *ts, const struct part *p, size_t pi)
{
	const char *s = p->text;
	size_t n = p->len, i = 0, j, l, first = ts->n;
	unsigned sstart = 1;	/* a sentence starts at the next word */
	uint16_t partflags = 0;	/* the flags of its tokens, or-ed */
	unsigned char c;
	enum cls k;
	struct etok *t;

	while (i < n) {
		c = (unsigned char)s[i];
		k = (enum cls)bytetypes[c].cls;
		if (isword(k) && (j = fastword(ts, s, n, i, k, p->off + i,
		    pi)) > i) {
			t = &ts->t[ts->n - 1];
			t->flags |= (uint16_t)(sstart * TF_SSTART);
			sstart = 0;
		} else if (k == C_PUNCT && c != '\'' &&
		    (i + 1 == n || s[i + 1] != s[i])) {
			fastmark(ts, s, i, p->off + i, pi);
			t = &ts->t[ts->n - 1];
			j = i + 1;
			sstart = bytetypes[c].sent >> sstart & 1;
		} else {
			k = clsat(s, n, i, &l);
			if (k == C_SPACE) {
				i += l;
				continue;
			}
			j = cuttok(ts, s, n, i, l, k, p->off + i, pi);
			t = &ts->t[ts->n - 1];
			/* only marks end a sentence; opening marks keep it
			 * open */
			if (!(t->flags & TF_PUNCT)) {
				t->flags |= (uint16_t)(sstart * TF_SSTART);
				sstart = 0;
			} else if (endsentence(t))
				sstart = 1;
			else if (!isopener(t))
				sstart = 0;
		}
		partflags |= t->flags;
		/* most often one space after it, stepped over without a
		 * branch; other blanks go the general way */
		i = j < n ? j + (s[j] == ' ') : j;
	}
	if (ts->n > first)
		ts->t[first].flags |= TF_PSTART;
	if (!(partflags & TF_LOWER) && (partflags & (TF_CAP | TF_ALLCAP)))
		for (j = first; j < ts->n; j++)
			ts->t[j].flags |= TF_CAPSLINE;
	else
		for (j = first; j < ts->n; j++)
			ts->seen[ts->slot[j]].flags |= seenmark[ts->t[j].flags & SEENBY];
}

/* c in title case, given whether a letter came before it. */
static char
titlechar(char c, int *prevletter)
{
	if (*prevletter)
		c = (char)asc_tolower((unsigned char)c);
	*prevletter = asc_isalpha((unsigned char)c);
	return c;
}

void
entok_titlecase(const char *s, size_t n, char *out)
{
	size_t i;
	int prevletter = 0;

	for (i = 0; i < n; i++)
		out[i] = titlechar(s[i], &prevletter);
}

/*
 * The word lists as one hash table: for each key (a list entry, or the
 * first words of a longer entry), the classes whose lists hold it in
 * full, and those where it only begins an entry.  Keys are 64-bit FNV-1a
 * hashes of the words, joined by single spaces.
 */
struct gazkey {
	uint64_t h;
	uint16_t full, prefix;
};

static struct gazkey *gaztab;
static size_t gazmask;
/* a bit for each key's hash, small enough to stay in cache: most words
 * are no key, and the bit says so without a probe of the table */
static uint64_t gazbits[1024];

#define GAZBIT(h) ((h) >> 40 & 0xffff)

/* a bit for the hash (hword) of the first word of each list entry: a
 * word without one starts no entry, as written; and one for its lowered
 * hash (hlow): an ALL-CAPS word without one starts none in title case */
static uint64_t gazfirst[1024], gazfirstlow[1024];

#define FIRSTBIT(h) ((h) & 0xffff)

static void
setfirst(uint64_t *bits, uint32_t h)
{
	bits[FIRSTBIT(h) / 64] |= 1ull << (FIRSTBIT(h) % 64);
}

static int
hasfirst(const uint64_t *bits, uint32_t h)
{
	return bits[FIRSTBIT(h) / 64] >> (FIRSTBIT(h) % 64) & 1;
}

#define FNV64_INIT 14695981039346656037ull
#define FNV64_STEP(h, c) (((h) ^ (unsigned char)(c)) * 1099511628211ull)

static struct gazkey *
gazslot(uint64_t h)
{
	size_t i;

	for (i = (size_t)h & gazmask;; i = (i + 1) & gazmask)
		if (gaztab[i].h == h || gaztab[i].h == 0)
			return &gaztab[i];
}

static void
gazbuild(void)
{
	const struct word *w;
	struct gazkey *g;
	size_t c, i, k, n = 0, cap = 64;
	uint64_t h;
	size_t first;

	for (c = 0; c < NGAZ; c++)
		for (i = 0; i < gazlists[c]->n; i++)
			for (k = 0, n++; k < gazlists[c]->w[i].keylen; k++)
				n += gazlists[c]->w[i].key[k] == ' ';
	while (cap < 2 * n)
		cap *= 2;
	gaztab = xmalloc(cap * sizeof *gaztab);
	memset(gaztab, 0, cap * sizeof *gaztab);
	gazmask = cap - 1;
	for (c = 0; c < NGAZ; c++) {
		for (i = 0; i < gazlists[c]->n; i++) {
			w = &gazlists[c]->w[i];
			for (first = 0; first < w->keylen &&
			    w->key[first] != ' '; first++)
				;
			setfirst(gazfirst, hash_bytes(HASH_INIT, w->key,
			    first));
			if (first > 0)
				setfirst(gazfirstlow, lowhash(w->key, first));
			h = FNV64_INIT;
			for (k = 0; k < w->keylen; k++) {
				if (w->key[k] == ' ') {
					g = gazslot(h);
					g->h = h;
					g->prefix |= (uint16_t)(1u << c);
				}
				h = FNV64_STEP(h, w->key[k]);
			}
			g = gazslot(h);
			g->h = h;
			g->full |= (uint16_t)(1u << c);
		}
	}
	for (i = 0; i <= gazmask; i++)
		if (gaztab[i].h != 0)
			gazbits[GAZBIT(gaztab[i].h) / 64] |=
			    1ull << (GAZBIT(gaztab[i].h) % 64);
}

/* Does gazstep fold t: is it an ALL-CAPS word of more than three
 * letters? */
static int
folds(const struct etok *t)
{
	return (t->flags & TF_ALLCAP) && t->len > 3;
}

/* Hash token t onto h, after a space unless first; folded to title case
 * when fold is set and t folds. */
static uint64_t
gazstep(uint64_t h, const struct etok *t, int first, int fold)
{
	size_t i;
	int prevletter = 0;

	if (!first)
		h = FNV64_STEP(h, ' ');
	if (fold && folds(t))
		for (i = 0; i < t->len; i++)
			h = FNV64_STEP(h, titlechar(t->s[i], &prevletter));
	else
		for (i = 0; i < t->len; i++)
			h = FNV64_STEP(h, t->s[i]);
	return h;
}

/* May t start a word-list entry, as written or, if it folds, in title
 * case?  Case aside, the title-cased word is the word: its lowered hash
 * is t's (hlow). */
static int
mayopen(const struct etok *t)
{
	return hasfirst(gazfirst, t->hword) ||
	    (folds(t) && hasfirst(gazfirstlow, t->hlow));
}

/* Mark the word-list entries that start at t[i], one of the n tokens. */
static void
markgaz(struct etok *t, size_t n, size_t i)
{
	size_t j, m, len;
	uint64_t h[2];
	struct gazkey *g;
	unsigned grow, found, bit, f;
	unsigned fullat[MAXGAZ];	/* the classes of entries of k + 1 tokens:
					 * fullat[0, len) */
	int same;

	found = 0;
	len = 0;
	h[0] = h[1] = FNV64_INIT;
	for (j = i; j < n && j < i + MAXGAZ; j++) {
		if (t[j].part != t[i].part)
			break;
		fullat[len++] = 0;
		same = h[0] == h[1];
		grow = 0;
		for (f = 0; f < 2; f++) {
			/* equal hashes stay equal over a word that
			 * does not fold: no second hash to make */
			if (f == 1 && same && !folds(&t[j])) {
				h[1] = h[0];
				break;
			}
			h[f] = gazstep(h[f], &t[j], j == i, (int)f);
			if (f == 1 && h[1] == h[0])
				break;
			if (!(gazbits[GAZBIT(h[f]) / 64] >>
			    (GAZBIT(h[f]) % 64) & 1))
				continue;
			g = gazslot(h[f]);
			if (g->h != h[f])
				continue;
			fullat[len - 1] |= g->full;
			found |= g->full;
			grow |= g->prefix;
		}
		if (!grow)
			break;
	}
	/* each class found, its bit the lowest left: the classes not
	 * found are not stepped over */
	for (; found != 0; found &= found - 1) {
		bit = found & -found;
		if (t[i].gaz & bit)
			continue;
		/* the longest entry of the class, known to be there */
		for (m = len; !(fullat[m - 1] & bit); m--)
			;
		t[i].gazstart |= (uint16_t)bit;
		for (j = i; j < i + m; j++) {
			t[j].gaz |= (uint16_t)bit;
			if (m > 1)
				t[j].gazmulti |= (uint16_t)bit;
		}
	}
}

/* The last walk over the tokens: each takes how its word is written
 * elsewhere (markseen has seen the whole article now) and the word-list
 * entries it starts, if it is capitalized and may start one. */
static void
marktokens(struct etoks *ts)
{
	struct etok *t = ts->t;
	struct eseen *seen = ts->seen;
	uint32_t *slot = ts->slot;
	size_t i, k, ncap, n = ts->n;

	if (gaztab == NULL)
		gazbuild();
	for (i = 0; i < n; i++)
		t[i].flags |= seen[slot[i]].flags;
	/* all read, the entries are freed for the next article, and the
	 * array keeps the capitalized tokens' indices, gathered without a
	 * branch: a quarter of the tokens, as the text comes */
	for (i = 0, ncap = 0; i < n; i++) {
		/* one store of 8 bytes, not one of each field */
		memset(&seen[slot[i]], 0, sizeof seen[0]);
		slot[ncap] = (uint32_t)i;
		ncap += (t[i].flags & (TF_CAP | TF_ALLCAP)) != 0;
	}
	for (k = 0; k < ncap; k++) {
		i = slot[k];
		if (mayopen(&t[i]))
			markgaz(t, n, i);
	}
}

void
entok_article(struct etoks *ts, const struct article *a)
{
	size_t i, bytes, nparts;

	if (bytetypes['A'].cls == C_MB)
		tablesinit();
	ts->n = 0;
	for (i = 0, bytes = 0, nparts = 0; i < a->nparts; i++)
		if (a->parts[i].kind != PART_JUNK) {
			bytes += a->parts[i].len;
			nparts++;
		}
	seenstart(ts, bytes, nparts);
	for (i = 0; i < a->nparts; i++)
		if (a->parts[i].kind != PART_JUNK)
			tokpart(ts, &a->parts[i], i);
	marktokens(ts);
}
