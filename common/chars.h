/*
 * chars: the classes of characters that news text needs, by codepoint:
 * blanks (NBSP and the Unicode spaces too), letters and digits in any
 * script, capitals.  Rough by design: no tables, no locale.
 */
#ifndef CHARS_H
#define CHARS_H

#include <stdint.h>

int ch_isblank(uint32_t c);
/* Letters and digits, in any script. */
int ch_isword(uint32_t c);
/* Upper-case letters: A-Z, Latin-1, Greek and Cyrillic capitals. */
int ch_isupper(uint32_t c);
int ch_isdigit(uint32_t c);

#endif
