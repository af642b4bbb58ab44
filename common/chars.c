#include "chars.h"
#include "utf8.h"

int
ch_isblank(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
}

int
ch_isword(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') ||
		    ((c | 32) >= 'a' && (c | 32) <= 'z');
	/* What is not punctuation or a symbol block. */
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != UTF8_BAD &&
	    !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

int
ch_isupper(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE &&
	    c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
	    (c >= 0x400 && c <= 0x42F);
}

int
ch_isdigit(uint32_t c)
{
	return c >= '0' && c <= '9';
}
