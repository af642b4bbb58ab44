/*
 * chars: the classes of characters that news text needs, by codepoint:
 * blanks (NBSP and the Unicode spaces too), letters and digits in any
 * script, capitals.  Rough by design: no tables, no locale.
 */
#ifndef CHARS_H
#define CHARS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* ASCII classes of one byte, for the grammars that only know ASCII
 * (datelines, dates, places, parts): no locale, no sign trouble. */
static inline int
asc_isupper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
asc_islower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
asc_isdigit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
asc_isalpha(unsigned char c)
{
	return asc_isupper(c) || asc_islower(c);
}

static inline unsigned char
asc_tolower(unsigned char c)
{
	return asc_isupper(c) ? c + 32 : c;
}

/* s[0, n) ASCII-lowercased into d[0, n), for word-list keys. */
static inline void
asc_lowercopy(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		d[i] = (char)asc_tolower((unsigned char)s[i]);
}

/* Eight bytes of text at a time (portable SWAR): a load that needs no
 * alignment, and the word with every byte 0x01, or 0x80. */
#define ASC_ONES8	0x0101010101010101ULL
#define ASC_HIGHS8	0x8080808080808080ULL

static inline uint64_t
asc_load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

/* The high bit of each byte of w (8 bytes of text) that is an ASCII
 * digit: with a, a byte's low seven bits, it is one when its own high bit
 * is clear, a + 0x50 reaches 0x80 and a + 0x46 does not.  No sum carries
 * into the next byte, so the answer is exact. */
static inline uint64_t
asc_digitmask(uint64_t w)
{
	uint64_t a = w & ~ASC_HIGHS8;

	return ~w & (a + ASC_ONES8 * (0x80 - '0')) &
	    ~(a + ASC_ONES8 * (0x80 - '9' - 1)) & ASC_HIGHS8;
}

/* w (8 bytes of text) with its ASCII capitals lowered, with no branch:
 * with a, a byte's low seven bits, a + 0x3f reaches 0x80 from `A' on, and
 * a + 0x25 past `Z'; a byte with its own high bit set is no letter. */
static inline uint64_t
asc_lower8(uint64_t w)
{
	uint64_t a = w & ~ASC_HIGHS8;

	return w | (((a + ASC_ONES8 * (0x80 - 'A')) ^
	    (a + ASC_ONES8 * (0x80 - 'Z' - 1))) & ~w & ASC_HIGHS8) >> 2;
}

/* Inline: the tokenizer and quote finder ask them of nearly every
 * character. */

static inline int
ch_isblank(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
}

/* Letters and digits, in any script. */
static inline int
ch_isword(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') ||
		    ((c | 32) >= 'a' && (c | 32) <= 'z');
	/* What is not punctuation or a symbol block. */
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != UTF8_BAD &&
	    !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

/* Upper-case letters: A-Z, Latin-1, Greek and Cyrillic capitals. */
static inline int
ch_isupper(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE &&
	    c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
	    (c >= 0x400 && c <= 0x42F);
}

static inline int
ch_isdigit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

#endif
