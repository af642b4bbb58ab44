#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "util.h"

#define OUTSIZE 65536

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

/*
 * The 8-byte word w with its control bytes (below 0x20, or 0x7F) made
 * spaces.  With a, a byte's low seven bits, the byte is a control when
 * its high bit is clear and a + 0x60 stays below 0x80 or a + 1 reaches
 * it; no sum carries into the next byte, so the test is exact.
 */
#define ONES	0x0101010101010101ULL
#define HIGHS	(ONES * 0x80)

static uint64_t
blankword(uint64_t w)
{
	uint64_t a = w & ~HIGHS;
	uint64_t ctl = ~w & HIGHS & (~(a + ONES * 0x60) | (a + ONES));
	uint64_t m = (ctl >> 7) * 0xFF;

	return w ^ ((w ^ (ONES * ' ')) & m);
}

/* Copy s[0, n) to d with control bytes made spaces, a word at a time; the
 * last word overlaps the one before rather than going byte by byte. */
static void
copyblank(char *d, const char *s, size_t n)
{
	size_t i;
	uint64_t w;

	if (n < 8) {
		for (i = 0; i < n; i++)
			d[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7F ?
			    ' ' : s[i];
		return;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&w, s + i, 8);
		w = blankword(w);
		memcpy(d + i, &w, 8);
	}
	memcpy(&w, s + n - 8, 8);
	w = blankword(w);
	memcpy(d + n - 8, &w, 8);
}

/* Append s[0, n) to the buffer, control bytes made spaces when blank. */
static void
put(const char *s, size_t n, int blank)
{
	size_t k;

	while (n > 0) {
		if (outlen == OUTSIZE)
			out_flush();
		k = OUTSIZE - outlen;
		if (k > n)
			k = n;
		if (blank)
			copyblank(outbuf + outlen, s, k);
		else
			memcpy(outbuf + outlen, s, k);
		outlen += k;
		s += k;
		n -= k;
	}
}

void
out_text(const char *s, size_t n)
{
	put(s, n, 1);
}

void
out_str(const char *s)
{
	out_text(s, strlen(s));
}

void
out_num(size_t v)
{
	char tmp[24];
	size_t i = sizeof tmp;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	put(tmp + i, sizeof tmp - i, 0);
}

/* Append the byte c: the separators need no loop nor blanking. */
static void
putbyte(char c)
{
	if (outlen == OUTSIZE)
		out_flush();
	outbuf[outlen++] = c;
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
