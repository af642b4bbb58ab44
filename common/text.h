/*
 * text: an article's lines and paragraphs.
 *
 * A line ends at LF, CRLF or CR.  A paragraph is a run of non-blank lines;
 * in a hard-wrapped article (wire copy wrapped at 50-100 columns) runs are
 * joined into paragraphs that break at indented lines, or where a line
 * ended short of the wrap column, while text written one paragraph per
 * line stays one paragraph per line.  Anywhere, a line that opens in lower
 * case continues the one before.  A leading byte-order mark is skipped but
 * still counted in offsets.
 */
#ifndef TEXT_H
#define TEXT_H

#include "article.h"

/* Fill a->lines, a->paras and a->multibyte from a->text. */
void text_paragraphs(struct article *a);

/* Is c white space for layout: space, tab, CR, LF, VT or FF?  Inline:
 * the splitter and the dateline parser ask it of many bytes. */
static inline int
text_isspace(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

#endif
