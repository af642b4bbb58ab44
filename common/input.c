#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "out.h"
#include "split.h"
#include "text.h"
#include "util.h"

#define READSIZE 65536

/* Output is sent when the reader is about to wait for more input, when
 * articles have left FLUSHAT bytes waiting, and after each input: a
 * pipeline sees an article's records as soon as it is read, and a flood
 * of empty articles (a megabyte of form feeds) is not one write(2) each. */
#define FLUSHAT 16384

/* Under AddressSanitizer the unused tail of the buffer is poisoned, so a
 * tool that reads past the last byte of its input is stopped there, as it
 * would be at the end of an exact-size allocation. */
#if defined(__SANITIZE_ADDRESS__)
#define WITH_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WITH_ASAN
#endif
#endif
#ifdef WITH_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n)	ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n)	ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define POISON(p, n)	((void)(p), (void)(n))
#define UNPOISON(p, n)	((void)(p), (void)(n))
#endif

struct src {
	int fd;
	const char *name;	/* operand as given; "-" for stdin */
	char *buf;
	size_t cap, len;	/* bytes held: buf[0, len) */
	size_t pos;		/* first byte not yet consumed */
	int eof;
	int headonly;		/* raw articles only split_start()ed */
};

/* Read more bytes, first dropping what was consumed.  Returns 1 when bytes
 * came, 0 at end of input, -1 on a read error (reported). */
static int
fill(struct src *s)
{
	ssize_t r;

	if (s->eof)
		return 0;
	if (s->pos > 0) {
		memmove(s->buf, s->buf + s->pos, s->len - s->pos);
		s->len -= s->pos;
		s->pos = 0;
	}
	growarray(&s->buf, &s->cap, s->len + READSIZE, 1);
	UNPOISON(s->buf + s->len, s->cap - s->len);
	out_flush();
	do
		r = read(s->fd, s->buf + s->len, s->cap - s->len);
	while (r < 0 && errno == EINTR);
	if (r > 0)
		s->len += (size_t)r;
	POISON(s->buf + s->len, s->cap - s->len);
	if (r < 0) {
		warnfile(s->name, errno);
		return -1;
	}
	if (r == 0) {
		s->eof = 1;
		return 0;
	}
	return 1;
}

static void
emit(struct article *a, article_fn *fn, void *ctx)
{
	fn(a, ctx);
	if (out_pending() >= FLUSHAT)
		out_flush();
}

/* Write `#K' at d, NUL-terminated, without snprintf: that cost about a
 * thousand instructions an article. */
static void
docnumber(char *d, size_t k)
{
	char tmp[24];
	size_t i = sizeof tmp;

	tmp[--i] = '\0';
	do {
		tmp[--i] = (char)('0' + k % 10);
		k /= 10;
	} while (k > 0);
	*d++ = '#';
	memcpy(d, tmp + i, sizeof tmp - i);
}

static int
readraw(struct src *s, struct article *a, article_fn *fn, void *ctx)
{
	size_t scan = 0, k = 0, end;
	int hasff = 0, r;
	size_t namelen = strlen(s->name);
	char *doc = xmalloc(namelen + 24);
	const char *ff;

	a->from_records = 0;
	for (;;) {
		ff = memchr(s->buf + s->pos + scan, '\f', s->len - s->pos - scan);
		if (ff == NULL && !s->eof) {
			scan = s->len - s->pos;
			if ((r = fill(s)) < 0) {
				free(doc);
				return -1;
			}
			continue;
		}
		if (ff != NULL) {
			end = (size_t)(ff - s->buf);
			hasff = 1;
		} else {
			end = s->len;
			if (end == s->pos && k > 0)
				break;
		}
		k++;
		memcpy(doc, s->name, namelen + 1);
		if (hasff)
			docnumber(doc + namelen, k);
		a->doc = doc;
		a->text = s->buf + s->pos;
		a->len = end - s->pos;
		a->nparts = 0;
		text_paragraphs(a);
		if (s->headonly)
			split_start(a);
		else
			split_article(a);
		emit(a, fn, ctx);
		if (ff == NULL)
			break;
		s->pos = end + 1;
		scan = 0;
	}
	free(doc);
	return 0;
}

/* If buf[0, n) is a split-article record, return its part and set the
 * lengths of its DOC field and where its text starts; else -1. */
static int
parserecord(const char *buf, size_t n, size_t *doclen, size_t *textoff,
    size_t *offset)
{
	const char *t1, *t2, *t3;
	size_t i, v = 0;
	int kind;

	if ((t1 = memchr(buf, '\t', n)) == NULL || t1 == buf)
		return -1;
	if ((t2 = memchr(t1 + 1, '\t', n - (size_t)(t1 + 1 - buf))) == NULL)
		return -1;
	if ((t3 = memchr(t2 + 1, '\t', n - (size_t)(t2 + 1 - buf))) == NULL)
		return -1;
	if (memchr(t3 + 1, '\t', n - (size_t)(t3 + 1 - buf)) != NULL)
		return -1;
	if (t2 - t1 - 1 < 1 || t2 - t1 - 1 > 18)
		return -1;
	for (i = 1; t1 + i < t2; i++) {
		if (t1[i] < '0' || t1[i] > '9')
			return -1;
		v = v * 10 + (size_t)(t1[i] - '0');
	}
	if ((kind = part_lookup(t2 + 1, (size_t)(t3 - t2 - 1))) < 0)
		return -1;
	*doclen = (size_t)(t1 - buf);
	*textoff = (size_t)(t3 + 1 - buf);
	*offset = v;
	return kind;
}

/* Make sure the line starting at s->buf[s->pos + at] is whole in the
 * buffer; return its length (without LF), or -1 at end or on error. */
static long long
wholeline(struct src *s, size_t at, int *err)
{
	const char *nl;
	size_t scan = at;

	for (;;) {
		nl = memchr(s->buf + s->pos + scan, '\n', s->len - s->pos - scan);
		if (nl != NULL)
			return nl - (s->buf + s->pos + at);
		if (s->eof)
			return s->len - s->pos > at ? (long long)(s->len - s->pos - at) : -1;
		scan = s->len - s->pos;
		if (fill(s) < 0) {
			*err = 1;
			return -1;
		}
	}
}

static int
readrecords(struct src *s, struct article *a, article_fn *fn, void *ctx)
{
	size_t at, doclen, curlen = 0, textoff, offset, ln;
	long long n;
	int err = 0, kind;
	char *doc = NULL;

	a->from_records = 1;
	a->text = NULL;
	a->len = 0;
	a->nlines = a->nparas = 0;
	for (;;) {
		/* One article: lines from s->pos while DOC stays the same. */
		at = 0;
		free(doc);
		doc = NULL;
		while ((n = wholeline(s, at, &err)) >= 0) {
			const char *line = s->buf + s->pos + at;

			ln = (size_t)n;
			kind = parserecord(line, ln, &doclen, &textoff, &offset);
			if (kind >= 0) {
				if (doc == NULL) {
					doc = xstrndup(line, doclen);
					curlen = doclen;
				} else if (doclen != curlen ||
				    memcmp(doc, line, doclen) != 0)
					break;
			}
			at += ln + (at + ln < s->len - s->pos);
		}
		if (err) {
			free(doc);
			return -1;
		}
		if (doc != NULL) {
			size_t i = 0;

			a->doc = doc;
			a->nparts = 0;
			while (i < at) {
				const char *line = s->buf + s->pos + i;
				const char *nl = memchr(line, '\n', at - i);

				ln = nl ? (size_t)(nl - line) : at - i;
				kind = parserecord(line, ln, &doclen, &textoff, &offset);
				if (kind >= 0)
					article_addpart(a, (enum part_kind)kind, offset,
					    line + textoff, ln - textoff);
				i += ln + 1;
			}
			emit(a, fn, ctx);
		}
		s->pos += at;
		if (n < 0)
			break;
	}
	free(doc);
	return 0;
}

static int
readinput(struct src *s, struct article *a, article_fn *fn, void *ctx)
{
	size_t doclen, textoff, offset;
	long long n;
	int err = 0;

	n = wholeline(s, 0, &err);
	if (err)
		return -1;
	if (n > 0 && parserecord(s->buf + s->pos, (size_t)n, &doclen, &textoff,
	    &offset) >= 0)
		return readrecords(s, a, fn, ctx);
	return readraw(s, a, fn, ctx);
}

static int
readall(int argc, char *argv[], int headonly, article_fn *fn, void *ctx)
{
	static char *stdinargv[] = { "-", NULL };
	struct article a;
	struct src s;
	int i, status = 0;

	memset(&a, 0, sizeof a);
	memset(&s, 0, sizeof s);
	s.headonly = headonly;
	/* Never a null buffer: memchr(NULL + 0, c, 0) is undefined. */
	growarray(&s.buf, &s.cap, READSIZE, 1);
	if (argc == 0) {
		argc = 1;
		argv = stdinargv;
	}
	for (i = 0; i < argc; i++) {
		s.name = argv[i];
		s.len = s.pos = 0;
		s.eof = 0;
		if (strcmp(argv[i], "-") == 0)
			s.fd = STDIN_FILENO;
		else if ((s.fd = open(argv[i], O_RDONLY)) < 0) {
			warnfile(argv[i], errno);
			status = 1;
			continue;
		}
		if (readinput(&s, &a, fn, ctx) < 0)
			status = 1;
		out_flush();
		if (s.fd != STDIN_FILENO)
			close(s.fd);
	}
	UNPOISON(s.buf, s.cap);
	free(s.buf);
	free(a.lines);
	free(a.paras);
	free(a.parts);
	return status;
}

int
input_foreach(int argc, char *argv[], article_fn *fn, void *ctx)
{
	return readall(argc, argv, 0, fn, ctx);
}

int
input_foreachhead(int argc, char *argv[], article_fn *fn, void *ctx)
{
	return readall(argc, argv, 1, fn, ctx);
}
