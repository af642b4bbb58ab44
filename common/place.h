/*
 * place: a dateline's place name written in title case, as a reader
 * expects it: `SAN FRANCISCO' -> `San Francisco', `McALLEN' -> `McAllen',
 * `RIO DE JANEIRO' -> `Rio de Janeiro'; `N.Y.' and `Ore.' stay as written.
 */
#ifndef PLACE_H
#define PLACE_H

#include <stddef.h>

/* Append s[0, n), title-cased word by word, to the NUL-terminated place in
 * buf (size bufsz), after ", " when buf is not empty.  What does not fit
 * is dropped at a character boundary. */
void place_append(char *buf, size_t bufsz, const char *s, size_t n);

#endif
