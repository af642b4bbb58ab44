/*
 * benchrun: run a command with standard output thrown away and print its
 * wall-clock seconds and peak resident memory (KB), for tests/bench.sh.
 *
 *	benchrun INPUT COMMAND [ARG ...]	(INPUT becomes its stdin)
 */
#define _DEFAULT_SOURCE

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, in, out;
	pid_t pid;

	if (argc < 3) {
		fprintf(stderr, "usage: benchrun input command [arg ...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("benchrun: fork");
		return 1;
	}
	if (pid == 0) {
		if ((in = open(argv[1], O_RDONLY)) < 0 ||
		    (out = open("/dev/null", O_WRONLY)) < 0) {
			perror("benchrun: open");
			_exit(127);
		}
		dup2(in, 0);
		dup2(out, 1);
		execvp(argv[2], argv + 2);
		perror("benchrun: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("benchrun: wait");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.4f %ld\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
