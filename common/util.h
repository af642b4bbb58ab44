/*
 * util: the program's name, messages in the `tool: FILE: reason' form,
 * and allocation that does not return on failure.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

extern const char *progname;

void setprogname(const char *argv0);
/* tool: FMT...  on standard error, newline added. */
void warnx(const char *fmt, ...);
/* tool: FILE: strerror(errno) */
void warnfile(const char *file, int errnum);
/* warnx, then exit(status). */
_Noreturn void errx(int status, const char *fmt, ...);

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
/* Grow *p (an array of *cap elements of size sz) to hold at least need. */
void growarray(void *p, size_t *cap, size_t need, size_t sz);
char *xstrndup(const char *s, size_t n);

#endif
