/*
 * utf8: stepping through UTF-8 text that may be broken.  Every function
 * takes the end of the buffer and never reads past it; an invalid or
 * truncated sequence is one byte decoding to U+FFFD.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_BAD 0xFFFDu

/* Decode the character at s[i] (i < n); return its length in bytes (>= 1).
 * Inline for ASCII, most of news text; utf8_decodemb decodes the rest
 * (for a caller that has tested for ASCII itself). */
size_t utf8_decodemb(const char *s, size_t n, size_t i, uint32_t *cp);

static inline size_t
utf8_decode(const char *s, size_t n, size_t i, uint32_t *cp)
{
	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	return utf8_decodemb(s, n, i, cp);
}
/* The start of the character before s[i] (i > 0), at most 4 bytes back. */
size_t utf8_prev(const char *s, size_t i);
/* Is the character at s[i] (i < n) the codepoint c? */
int utf8_is(const char *s, size_t n, size_t i, uint32_t c);

#endif
