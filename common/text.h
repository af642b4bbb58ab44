/*
 * text: an article's lines and paragraphs.
 *
 * A line ends at LF, CRLF or CR.  A paragraph is a run of non-blank lines;
 * a run that is hard-wrapped (wire copy wrapped at 60-100 columns) is
 * joined into paragraphs that break at blank or indented lines, while text
 * written one paragraph per line stays one paragraph per line.  A leading
 * byte-order mark is skipped but still counted in offsets.
 */
#ifndef TEXT_H
#define TEXT_H

#include "article.h"

/* Fill a->lines and a->paras from a->text. */
void text_paragraphs(struct article *a);

/* Is c white space for layout: space, tab, CR, LF, VT or FF? */
int text_isspace(unsigned char c);

#endif
