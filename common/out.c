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

/* Does the 8-byte word hold a byte below 0x20 or equal to 0x7F? */
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
#define HASCONTROL(w) ((((w) - ONES * 0x20) & ~(w) & HIGHS) | \
	((((w) ^ (ONES * 0x7F)) - ONES) & ~((w) ^ (ONES * 0x7F)) & HIGHS))

/* Replace control bytes in d[0, n) by spaces, skipping clean words fast. */
static void
blankcontrols(char *d, size_t n)
{
	size_t i = 0, k;
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, d + i, 8);
		if (!HASCONTROL(w))
			continue;
		for (k = i; k < i + 8; k++)
			if ((unsigned char)d[k] < 0x20 || d[k] == 0x7F)
				d[k] = ' ';
	}
	for (; i < n; i++)
		if ((unsigned char)d[i] < 0x20 || d[i] == 0x7F)
			d[i] = ' ';
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
		memcpy(outbuf + outlen, s, k);
		if (blank)
			blankcontrols(outbuf + outlen, k);
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
