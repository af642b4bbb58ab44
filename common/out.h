/*
 * out: writing records to standard output.  Fields are separated by one
 * TAB, records end in LF, and every control byte inside a field (TAB, CR,
 * LF, NUL, ...) is written as one space, so a field is exactly as long as
 * the text it came from.  Every write is checked: on failure the tool
 * says `tool: standard output: reason' and exits 1.
 */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

/* Text field: control bytes become spaces. */
void out_text(const char *s, size_t n);
/* The same followed by the byte sep (TAB or LF, written as it is). */
void out_field(const char *s, size_t n, char sep);
/* Copy s[0, n) to d as out_text writes it, for a field written again
 * and again with out_bytes. */
void out_blank(char *d, const char *s, size_t n);
/* Bytes as they are: what out_blank made, and separators. */
void out_bytes(const char *s, size_t n);
void out_str(const char *s);
void out_num(size_t v);
/* The most digits of a size_t (2^64 - 1 has 20). */
#define OUT_DIGITS 20
/* Write v's decimal digits to d, which has room for OUT_DIGITS; return
 * how many. */
size_t out_digits(char *d, size_t v);
/* The most bytes out_room gives. */
#define OUT_ROOM 4096
/* Room for n bytes (n <= OUT_ROOM) at the end of the buffer, what is
 * buffered sent first when it has less; out_wrote(k) keeps the k bytes
 * written there.  A record made in place this way costs one test of the
 * room, not one a field; control bytes are the caller's (out_blank). */
char *out_room(size_t n);
void out_wrote(size_t n);
void out_tab(void);
/* End the record (LF). */
void out_end(void);
/* Send what is buffered to the descriptor (input.c says when). */
void out_flush(void);
/* How many bytes are buffered. */
size_t out_pending(void);

#endif
