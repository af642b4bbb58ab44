#include "utf8.h"

size_t
utf8_decodemb(const char *str, size_t n, size_t i, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str + i;
	size_t avail = n - i, len, k;
	uint32_t c, min;

	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2; c = s[0] & 0x1F; min = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3; c = s[0] & 0x0F; min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4; c = s[0] & 0x07; min = 0x10000;
	} else {
		*cp = UTF8_BAD;
		return 1;
	}
	if (avail < len) {
		*cp = UTF8_BAD;
		return 1;
	}
	for (k = 1; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80) {
			*cp = UTF8_BAD;
			return 1;
		}
		c = c << 6 | (s[k] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = UTF8_BAD;
		return 1;
	}
	*cp = c;
	return len;
}

size_t
utf8_prev(const char *str, size_t i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t j = i - 1, k;
	uint32_t c;

	/* Walk back over at most three continuation bytes, then check that
	 * the lead byte really spans up to i; otherwise step one byte. */
	for (k = 0; k < 3 && j > 0 && (s[j] & 0xC0) == 0x80; k++)
		j--;
	if (utf8_decode(str, i, j, &c) == i - j)
		return j;
	return i - 1;
}

int
utf8_is(const char *s, size_t n, size_t i, uint32_t c)
{
	uint32_t got;

	utf8_decode(s, n, i, &got);
	return got == c;
}
