/*
 * render_guard.c: drawing in a child process. Graphviz, cairo and pango do not fail cleanly when
 * memory runs short (under `ulimit -v` they die by SIGSEGV in cairo's surface creation, or GLib
 * aborts with SIGTRAP when pango cannot start a thread, and print their own lines); the child
 * draws into memory and sends the bytes or its error back through a pipe, and a child that dies
 * is one `innonet:` line and status 1. Its standard error goes to an unnamed file, from which
 * the parent passes on innonet's own notices (a font without Chinese glyphs) and drops the
 * libraries' noise.
 *
 * A child can also wait for ever: fontconfig 2.14 returns from FcCacheInsert() without releasing
 * its cache lock when an allocation fails, and the next call that takes the lock (pango's FcInit
 * thread, loading the next cache) waits on it (seen under `ulimit -v 50000`). Nothing in the
 * child can undo that, so the parent watches it: a child that has used no processor time for
 * STALL_SECONDS while sending nothing is waiting on itself, is killed, and is one error line.
 * Layout and rendering work the processor all along, so no drawing, however large, is cut short.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export_internal.h"
#include "innonet/export.h"

static int write_all(int fd, const void *p, size_t n)
{
	for (const char *s = p; n > 0;) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The child: draw, then send a status byte and either the length and the bytes or the message. */
static void child(int fd, FILE *errf, Agraph_t *g, const char *engine, const char *format)
{
	struct inn_error err;
	char *data = NULL;
	size_t len = 0;
	FILE *mem;
	int sink = errf ? fileno(errf) : open("/dev/null", O_WRONLY);

	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	inn_notices_drop(); /* the parent's, which it still holds and prints itself */
	if (sink >= 0)
		dup2(sink, STDERR_FILENO); /* GLib's, pango's and Graphviz's own messages, and innonet's */
	inn_error_init(&err);
	if (!(mem = open_memstream(&data, &len)))
		inn_error_set(&err, INN_EFAIL, "out of memory");
	else if (inn_render_consume(g, engine, format, mem, &err) == 0 && (fflush(mem) != 0 || ferror(mem)))
		inn_error_set(&err, INN_EFAIL, "out of memory");
	if (mem)
		fclose(mem);
	inn_notices_flush(); /* into errf, for the parent to pass on */
	char status = (char)err.status;
	if (write_all(fd, &status, 1) < 0)
		_exit(1);
	if (status == 0)
		(void)(write_all(fd, &len, sizeof(len)) == 0 && write_all(fd, data, len) == 0);
	else
		(void)write_all(fd, err.msg, strlen(err.msg) + 1);
	_exit(0); /* no atexit handler of the parent's, no library teardown */
}

/* Pass on the child's notices, the lines of its standard error that innonet wrote. */
static void pass_notices(FILE *errf)
{
	char line[1024];

	rewind(errf);
	while (fgets(line, sizeof(line), errf))
		if (strncmp(line, "innonet: ", 9) == 0) {
			line[strcspn(line, "\n")] = '\0';
			inn_notice("%s", line + 9); /* held with the parent's own */
		}
}

/* Seconds a drawing child may go without using the processor before it is taken to be stuck. */
#define STALL_SECONDS 10

/*
 * The work process pid has done so far, all its threads: processor time in clock ticks and the
 * page faults that read from disk (a font file read cold is work too). -1 when /proc cannot say
 * or the process is waiting for a processor (a loaded machine is no stuck child).
 */
static long long work_done(pid_t pid)
{
	char path[64], text[1024];
	unsigned long long major, user, sys;
	char state;
	int fd;
	ssize_t got;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	got = read(fd, text, sizeof(text) - 1);
	close(fd);
	if (got <= 0)
		return -1;
	text[got] = '\0';
	/* after the command's name in parentheses: state, then fields 4 to 15 (proc(5)) */
	const char *p = strrchr(text, ')');
	if (!p || sscanf(p + 1, " %c %*d %*d %*d %*d %*d %*u %*u %*u %llu %*u %llu %llu", &state, &major, &user, &sys) != 4 ||
	    state == 'R')
		return -1;
	return (long long)(major + user + sys);
}

/*
 * Read what the child sends: all of it, into a buffer the caller frees. A child that does no
 * work for STALL_SECONDS is killed and *stuck set; what it sent is returned all the same.
 */
static char *read_all(int fd, size_t *n, pid_t pid, bool *stuck)
{
	size_t cap = 1 << 16;
	char *buf = malloc(cap);
	long long last = -1;
	int idle = 0;

	*n = 0;
	*stuck = false;
	for (;;) {
		struct pollfd wait = {.fd = fd, .events = POLLIN};
		int ready = poll(&wait, 1, 1000);
		if (ready < 0 && errno == EINTR)
			continue;
		if (ready == 0) {
			long long now = work_done(pid);
			idle = now < 0 || now != last ? 0 : idle + 1;
			last = now;
			if (idle >= STALL_SECONDS) {
				kill(pid, SIGKILL);
				*stuck = true;
				return buf;
			}
			continue;
		}
		idle = 0;
		if (!buf) {
			kill(pid, SIGKILL); /* no room for its drawing: the child is not left to run on */
			return NULL;
		}
		if (*n == cap) {
			char *b = realloc(buf, cap *= 2);
			if (!b) {
				free(buf);
				kill(pid, SIGKILL);
				return NULL;
			}
			buf = b;
		}
		ssize_t r = read(fd, buf + *n, cap - *n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			free(buf);
			return NULL;
		}
		if (r == 0)
			return buf;
		*n += (size_t)r;
	}
}

int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	int p[2], status = 0, ret = -1;
	FILE *errf = tmpfile(); /* unnamed where the system allows; NULL: the child's stderr is dropped */
	char *got = NULL;
	size_t n = 0, len;
	bool stuck;
	pid_t pid;

	if (pipe(p) != 0) {
		if (errf)
			fclose(errf);
		return inn_error_set(err, INN_EFAIL, "cannot draw: %s", strerror(errno));
	}
	fflush(NULL); /* nothing buffered is written twice */
	if ((pid = fork()) < 0) {
		close(p[0]);
		close(p[1]);
		if (errf)
			fclose(errf);
		return inn_error_set(err, INN_EFAIL, "cannot draw: %s", strerror(errno));
	}
	if (pid == 0) {
		close(p[0]);
		child(p[1], errf, g, engine, format);
	}
	close(p[1]);
	got = read_all(p[0], &n, pid, &stuck);
	close(p[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (errf) {
		pass_notices(errf);
		fclose(errf);
	}
	if (!got) {
		inn_error_set(err, INN_EFAIL, "out of memory reading the drawing");
	} else if (stuck) {
		inn_error_set(err, INN_EFAIL,
			      "drawing failed: Graphviz, cairo or pango waited %d s on itself (a lock a failed call "
			      "left taken), most likely out of memory",
			      STALL_SECONDS);
	} else if (WIFSIGNALED(status) || n == 0) {
		inn_error_set(err, INN_EFAIL,
			      "drawing failed: Graphviz, cairo or pango stopped (%s), most likely out of memory",
			      WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "no result");
	} else if (got[0] != 0) {
		got[n - 1] = '\0';
		inn_error_set(err, got[0] == INN_EINPUT ? INN_EINPUT : INN_EFAIL, "%s", got + 1);
	} else if (n < 1 + sizeof(len) || (memcpy(&len, got + 1, sizeof(len)), n != 1 + sizeof(len) + len)) {
		inn_error_set(err, INN_EFAIL, "drawing failed: Graphviz stopped before the end of the drawing");
	} else {
		/* a write error stays on out, for the output's commit to report with the file's name */
		fwrite(got + 1 + sizeof(len), 1, len, out);
		ret = 0;
	}
	free(got);
	return ret;
}
