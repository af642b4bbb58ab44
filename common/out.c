#include <errno.h>
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

static void
out_bytes(const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		if (outlen == OUTSIZE)
			out_flush();
		k = OUTSIZE - outlen;
		if (k > n)
			k = n;
		memcpy(outbuf + outlen, s, k);
		outlen += k;
		s += k;
		n -= k;
	}
}

void
out_text(const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7F) {
			out_bytes(s + start, i - start);
			out_bytes(" ", 1);
			start = i + 1;
		}
	}
	out_bytes(s + start, n - start);
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
	out_bytes(tmp + i, sizeof tmp - i);
}

void
out_tab(void)
{
	out_bytes("\t", 1);
}

void
out_end(void)
{
	out_bytes("\n", 1);
}
