/*
 * fuzz: a libFuzzer target around one filter's own main.
 *
 * cmd/TOOL.c is compiled with -Dmain=tool_main and linked with this file
 * and libnews.a, built with -DTOOL='"name"'.  Each input is written to a
 * file and the filter runs on it as `TOOL [options] FILE', its standard
 * output sent to /dev/null: the bytes take the program's own path, form
 * feeds and split-article records as input included.  The file is removed
 * as soon as it is made and reached as /proc/self/fd/N, so a run that
 * ends in a crash leaves nothing behind.
 */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int tool_main(int, char *[]);
int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The options each filter is fuzzed with: those that take another path. */
static const struct {
	const char *tool;
	char *opt[2];
} toolopts[] = {
	{ "split-article", { "-a", NULL } },
	{ "dateline", { "-r", "2022-02-11" } },
};

static char tmpl[] = "/tmp/newsutils-fuzz-XXXXXX";
static char path[32];
static int fd = -1;
static char *args[6];
static int nargs;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t i, k;
	int null;

	(void)argc;
	(void)argv;
	if ((fd = mkstemp(tmpl)) < 0) {
		perror(tmpl);
		exit(1);
	}
	unlink(tmpl);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if ((null = open("/dev/null", O_WRONLY)) < 0 ||
	    dup2(null, STDOUT_FILENO) < 0) {
		perror("/dev/null");
		exit(1);
	}
	close(null);
	args[nargs++] = TOOL;
	for (i = 0; i < sizeof toolopts / sizeof toolopts[0]; i++)
		if (strcmp(toolopts[i].tool, TOOL) == 0)
			for (k = 0; k < 2 && toolopts[i].opt[k]; k++)
				args[nargs++] = toolopts[i].opt[k];
	args[nargs++] = path;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	char *argv[6];

	memcpy(argv, args, sizeof argv);
	if (ftruncate(fd, 0) < 0 || pwrite(fd, data, n, 0) != (ssize_t)n) {
		perror(path);
		exit(1);
	}
	optind = 1;
	tool_main(nargs, argv);
	return 0;
}
