/*
 * entmodel: the entity tagger's weights, made by `make model'
 * (common/model/train.c) from the CoNLL-2003 training articles and
 * committed as the generated common/entmodel.c.
 *
 * Feature hashes (entfeat.h) are cut to entmodel_bits bits; each bucket
 * holds one signed byte per label.  The bytes are written two letters
 * each ('a' + high nibble, 'a' + low nibble), ENTMODEL_ROW to a row.
 */
#ifndef ENTMODEL_H
#define ENTMODEL_H

#include <stddef.h>

#define ENTMODEL_ROW 64		/* weights a row */

extern const unsigned entmodel_bits;
extern const size_t entmodel_nrows;
extern const char entmodel_rows[][2 * ENTMODEL_ROW + 1];

#endif
