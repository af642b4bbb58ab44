/*
 * entmodel: the entity tagger's weights, made by `make model'
 * (common/model/train.c) from the CoNLL-2003 training articles and
 * committed as the generated common/entmodel.c.  The weights fit the
 * features: run `make model' again after changing the tokens (entok.c),
 * the features (entfeat.c), the word lists, or how split-article cuts an
 * article into parts, and commit the new table.
 *
 * Feature hashes (entfeat.h) are cut to entmodel_bits bits; each bucket
 * holds one weight, -128 to 127, per label.  ENTMODEL_ROW weights make a
 * row: a string whose bytes are the weights plus ENTMODEL_ZERO (the small
 * weights come out printable; octal escapes write the others).
 */
#ifndef ENTMODEL_H
#define ENTMODEL_H

#include <stddef.h>

#define ENTMODEL_ROW 64		/* weights a row */
#define ENTMODEL_ZERO 79	/* the byte for weight 0: 'O' */

extern const unsigned entmodel_bits;
extern const size_t entmodel_nrows;
extern const char entmodel_rows[][ENTMODEL_ROW + 1];

#endif
