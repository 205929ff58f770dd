/*
 * parallel.c: fork workers, collect their arrays over pipes, sum them in a fixed order.
 *
 * A worker inherits the parent's igraph graph by copy-on-write, so nothing is serialised on the
 * way in; on the way out it writes a status byte (0, or the error's exit status: an input error
 * found in a worker is an input error of the run), then either its n doubles or an error message.
 * Finished units are counted in a shared anonymous mapping the parent reads for the progress bar.
 */
#define _GNU_SOURCE
#include "innonet/parallel.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "innonet/progress.h"

/* The longest worker error message carried back to the parent. */
#define MSG_MAX 400
/* Doubles read from a worker's pipe at a time. */
#define READ_CHUNK 8192

unsigned inn_parallel_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}

void inn_parallel_tick(const struct inn_parallel_worker *w, size_t units)
{
	*w->done += units;
	if (w->in_process && w->total)
		inn_progress_update((double)*w->done / (double)w->total);
}

/* One read() or write() that returned k moves *at on: 0 to go on (EINTR moves nothing), -1 on an
 * error or end of file. */
static int advance(ssize_t k, size_t *at)
{
	if (k < 0 && errno == EINTR)
		return 0;
	if (k <= 0)
		return -1;
	*at += (size_t)k;
	return 0;
}

static int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	for (size_t at = 0; at < len;)
		if (advance(write(fd, p + at, len - at), &at) < 0)
			return -1;
	return 0;
}

/* Read len bytes from fd, drawing progress while waiting; 0 on success, -1 on a short read. */
static int read_all(int fd, void *buf, size_t len, volatile size_t *done, unsigned jobs, size_t total)
{
	char *p = buf;

	for (size_t at = 0; at < len;) {
		struct pollfd pfd = {.fd = fd, .events = POLLIN};
		int r = poll(&pfd, 1, 100);

		if (total) {
			size_t sum = 0;
			for (unsigned k = 0; k < jobs; k++)
				sum += done[k];
			inn_progress_update((double)sum / (double)total);
		}
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			continue;
		if (advance(read(fd, p + at, len - at), &at) < 0)
			return -1;
	}
	return 0;
}

/* The life of a worker: compute, send, exit without running the parent's atexit handlers. */
static void worker_main(int fd, pid_t parent, inn_parallel_fn *fn, void *ctx, const struct inn_parallel_worker *w,
			size_t n)
{
	struct inn_error err;
	double *part = calloc(n + 1, sizeof(*part));
	char status = 0;

	/* die with the parent: an interrupted run must not leave workers computing */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(1);
	/* Ctrl-C reaches the whole process group; the parent's handler (temporary files) is not ours */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	inn_progress_detach();
	inn_error_init(&err);
	if (!part)
		inn_error_set(&err, INN_EFAIL, "out of memory");
	else if (fn(ctx, w, part, &err) < 0 && !inn_error_is_set(&err))
		inn_error_set(&err, INN_EFAIL, "failed");
	status = (char)err.status;
	if (write_all(fd, &status, 1) < 0) {
		status = -1;
	} else if (status == 0) {
		(void)write_all(fd, part, n * sizeof(*part));
	} else {
		char msg[MSG_MAX] = {0}; /* all MSG_MAX bytes are sent: none of them uninitialised */
		memcpy(msg, err.msg, strnlen(err.msg, MSG_MAX - 1)); /* the parent reads at most MSG_MAX - 1 */
		(void)write_all(fd, msg, MSG_MAX);
	}
	free(part); /* _exit runs no cleanup, and a leak checker follows the worker */
	_exit(status < 0 ? 1 : 0);
}

int inn_parallel_sum(unsigned jobs, size_t n, size_t total, inn_parallel_fn *fn, void *ctx, double *out,
		     struct inn_error *err)
{
	size_t map_len = (jobs + 1) * sizeof(size_t);
	volatile size_t *done = MAP_FAILED;
	pid_t *pid = NULL;
	int *fd = NULL;
	double *part = NULL;
	char msg[MSG_MAX + 1];
	int ret = -1;

	if (jobs < 1)
		jobs = 1;
	memset(out, 0, n * sizeof(*out));
	if (jobs == 1) {
		size_t count = 0;
		struct inn_parallel_worker w = {.index = 0, .jobs = 1, .done = &count, .total = total, .in_process = 1};
		return fn(ctx, &w, out, err);
	}
	done = mmap(NULL, map_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid = calloc(jobs, sizeof(*pid));
	fd = calloc(jobs, sizeof(*fd));
	part = calloc(n < READ_CHUNK ? n + 1 : READ_CHUNK, sizeof(*part));
	for (unsigned k = 0; fd && k < jobs; k++)
		fd[k] = -1;
	if (done == MAP_FAILED || !pid || !fd || !part) {
		inn_error_set(err, INN_EFAIL, "parallel: out of memory");
		goto out;
	}
	/* stdio buffers would be written twice, once by each process, if they held anything */
	fflush(NULL);
	for (unsigned k = 0; k < jobs; k++) {
		int p[2];
		pid_t parent = getpid();

		if (pipe(p) < 0) {
			inn_error_set(err, INN_EFAIL, "parallel: cannot create a pipe: %s", strerror(errno));
			goto out;
		}
		pid[k] = fork();
		if (pid[k] < 0) {
			close(p[0]);
			close(p[1]);
			pid[k] = 0;
			inn_error_set(err, INN_EFAIL, "parallel: cannot start worker %u: %s", k, strerror(errno));
			goto out;
		}
		if (pid[k] == 0) {
			struct inn_parallel_worker w = {.index = k, .jobs = jobs, .done = &done[k], .total = total};
			close(p[0]);
			for (unsigned j = 0; j < k; j++)
				close(fd[j]);
			worker_main(p[1], parent, fn, ctx, &w, n);
		}
		close(p[1]);
		fd[k] = p[0];
	}
	/* in worker order: the sum is the same whichever worker finishes first */
	for (unsigned k = 0; k < jobs; k++) {
		char status;

		if (read_all(fd[k], &status, 1, done, jobs, total) < 0) {
			inn_error_set(err, INN_EFAIL, "parallel: worker %u stopped without a result", k);
			goto out;
		}
		if (status != 0) {
			memset(msg, 0, sizeof(msg));
			if (read_all(fd[k], msg, MSG_MAX, done, jobs, 0) < 0)
				strcpy(msg, "failed");
			inn_error_set(err, status == INN_EINPUT ? INN_EINPUT : INN_EFAIL, "%s", msg);
			goto out;
		}
		/* a piece at a time: the parent holds no second copy of a large result */
		for (size_t at = 0; at < n; at += READ_CHUNK) {
			size_t len = n - at < READ_CHUNK ? n - at : READ_CHUNK;
			if (read_all(fd[k], part, len * sizeof(*part), done, jobs, total) < 0) {
				inn_error_set(err, INN_EFAIL, "parallel: worker %u stopped before sending its result", k);
				goto out;
			}
			for (size_t i = 0; i < len; i++)
				out[at + i] += part[i];
		}
	}
	ret = 0;
out:
	for (unsigned k = 0; pid && fd && k < jobs; k++) {
		if (fd[k] >= 0)
			close(fd[k]);
		if (pid[k] > 0) {
			if (ret < 0)
				kill(pid[k], SIGKILL);
			while (waitpid(pid[k], NULL, 0) < 0 && errno == EINTR)
				;
		}
	}
	free(part);
	free(fd);
	free(pid);
	if (done != MAP_FAILED)
		munmap((void *)done, map_len);
	return ret;
}
