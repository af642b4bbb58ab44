#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "util.h"

#define OUTSIZE 65536
_Static_assert(OUT_ROOM <= OUTSIZE, "out_room fits the buffer");

static char outbuf[OUTSIZE];
static size_t outlen;

void
out_flush(void)
{
	size_t done = 0;
	ssize_t w;

	while (done < outlen) {
		w = write(STDOUT_FILENO, outbuf + done, outlen - done);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			warnfile("standard output", errno);
			exit(1);
		}
		done += (size_t)w;
	}
	outlen = 0;
}

size_t
out_pending(void)
{
	return outlen;
}

/* Is c written as a space: a control byte, below 0x20 or 0x7F? */
static int
iscontrol(unsigned char c)
{
	return c < 0x20 || c == 0x7F;
}

/* The byte c as written. */
static char
blank(char c)
{
	return iscontrol((unsigned char)c) ? ' ' : c;
}

/*
 * Copy s[0, n) to d, control bytes made spaces, for n of 4, 8 or 16 known
 * at compile time: a loop of fixed length over a block, which compilers
 * turn into vector instructions (SSE2 on any x86-64) without asking.
 */
static inline void
copyblock(char *d, const char *s, size_t n)
{
	unsigned char b[16];
	size_t k;

	memcpy(b, s, n);
	for (k = 0; k < n; k++)
		b[k] = (unsigned char)blank((char)b[k]);
	memcpy(d, b, n);
}

/* A block at a time; the last block overlaps the one before, writing
 * the same bytes again. */
void
out_blank(char *d, const char *s, size_t n)
{
	size_t i;

	if (n >= 16) {
		for (i = 0; i + 16 < n; i += 16)
			copyblock(d + i, s + i, 16);
		copyblock(d + n - 16, s + n - 16, 16);
	} else if (n >= 8) {
		copyblock(d, s, 8);
		copyblock(d + n - 8, s + n - 8, 8);
	} else if (n >= 4) {
		copyblock(d, s, 4);
		copyblock(d + n - 4, s + n - 4, 4);
	} else if (n > 0) {
		/* the first, middle and last bytes are all of 1 to 3 */
		d[0] = blank(s[0]);
		d[n / 2] = blank(s[n / 2]);
		d[n - 1] = blank(s[n - 1]);
	}
}

/* Append s[0, n) with copy (out_blank, or plain bytes).  Most fields fit
 * whole in the room left: the loop is for the rest.  Inline, so that
 * each caller's copy is inlined too. */
static inline void
append(const char *s, size_t n, void (*copy)(char *, const char *, size_t))
{
	size_t k;

	while (n > OUTSIZE - outlen) {
		k = OUTSIZE - outlen;
		copy(outbuf + outlen, s, k);
		outlen += k;
		s += k;
		n -= k;
		out_flush();
	}
	copy(outbuf + outlen, s, n);
	outlen += n;
}

static void
copybytes(char *d, const char *s, size_t n)
{
	memcpy(d, s, n);
}

void
out_text(const char *s, size_t n)
{
	append(s, n, out_blank);
}

void
out_bytes(const char *s, size_t n)
{
	append(s, n, copybytes);
}

/* Append the byte c: the separators need no loop nor blanking. */
static void
putbyte(char c)
{
	if (outlen == OUTSIZE)
		out_flush();
	outbuf[outlen++] = c;
}

/* One call, one test of the room left, for a field and what follows it. */
void
out_field(const char *s, size_t n, char sep)
{
	if (n >= OUTSIZE - outlen) {
		out_text(s, n);
		putbyte(sep);
		return;
	}
	out_blank(outbuf + outlen, s, n);
	outbuf[outlen + n] = sep;
	outlen += n + 1;
}

void
out_str(const char *s)
{
	out_text(s, strlen(s));
}

/* The decimal digits of 0 to 99, two by two: a division by 100 makes
 * two digits where one by 10 makes one. */
static const char pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* The digits written where they go, counted first, last pair first. */
size_t
out_digits(char *d, size_t v)
{
	size_t n = 1, i, p;

	for (p = v; p >= 100; p /= 100)
		n += 2;
	n += p >= 10;
	for (i = n; v >= 10; v /= 100) {
		i -= 2;
		memcpy(d + i, pairs + 2 * (v % 100), 2);
	}
	if (i > 0)
		d[--i] = (char)('0' + v);
	return n;
}

void
out_num(size_t v)
{
	out_wrote(out_digits(out_room(OUT_DIGITS), v));
}

char *
out_room(size_t n)
{
	if (OUTSIZE - outlen < n)
		out_flush();
	return outbuf + outlen;
}

void
out_wrote(size_t n)
{
	outlen += n;
}

void
out_tab(void)
{
	putbyte('\t');
}

void
out_end(void)
{
	putbyte('\n');
}
