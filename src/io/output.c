/* output.c: output files written whole or not at all: unnamed until complete, then linked into place. */
#define _GNU_SOURCE /* O_TMPFILE, linkat */
#include "innonet/output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "innonet/inputs.h"

/*
 * Named temporary files that exist right now, for the signal handler and the exit handler: a
 * Ctrl-C must not leave one behind. With an unnamed file (O_TMPFILE) a name exists only between
 * linkat() and rename() in a commit; where the file system has no unnamed files, a mkstemp()
 * file exists from open to commit. A command writes a few outputs at most.
 */
#define MAX_PENDING 8
static char *volatile pending[MAX_PENDING];

static void on_signal(int sig)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]); /* async-signal-safe */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* At exit, a temporary file still pending is a run that did not finish: a library that calls
 * exit() (Graphviz does on some errors) must not leave it behind either. */
static void remove_pending(void)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]);
}

static void catch_signals(void)
{
	static bool installed;
	struct sigaction sa;

	if (installed)
		return;
	atexit(remove_pending);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	installed = true;
}

static int pending_add(char *name)
{
	for (int i = 0; i < MAX_PENDING; i++) {
		if (!pending[i]) {
			pending[i] = name;
			return 0;
		}
	}
	return -1;
}

static void pending_remove(const char *name)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i] == name)
			pending[i] = NULL;
}

/*
 * An unnamed file in dir (O_TMPFILE): nothing can be left behind, whatever kills the process
 * (SIGKILL, SIGSEGV). It is linked by its /proc/self/fd name, so /proc must be there. -1 with
 * errno EOPNOTSUPP when the file system or kernel cannot; another errno is a real failure.
 */
static int open_unnamed(const char *path, size_t dirlen)
{
	char *dir = dirlen ? strndup(path, dirlen) : strdup(".");
	int fd;

	if (!dir) {
		errno = ENOMEM;
		return -1;
	}
	if (access("/proc/self/fd", F_OK) != 0) {
		free(dir);
		errno = EOPNOTSUPP;
		return -1;
	}
	fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
	if (fd < 0 && (errno == EISDIR || errno == EINVAL)) /* a kernel or file system without it */
		errno = EOPNOTSUPP;
	free(dir);
	return fd;
}

int inn_output_open(struct inn_output *o, const char *path, struct inn_error *err)
{
	const char *slash;
	size_t dirlen;
	int fd;

	memset(o, 0, sizeof(*o));
	o->fd = -1;
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	if (inn_input_guard(path, err) < 0)
		return -1;
	/*
	 * A device, pipe or socket (/dev/null, /dev/stdout, a FIFO) is written in place: it cannot
	 * be half-written the way a file can, and renaming a file over it would replace the device
	 * itself (as root, -o /dev/full would turn the device into a plain file).
	 */
	struct stat st;
	bool exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return inn_error_set(err, INN_EFAIL, "%s: cannot write output: Is a directory", path);
	if (exists && !S_ISREG(st.st_mode)) {
		if (!(o->path = strdup(path)))
			return inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
		if (!(o->fp = fopen(path, "w"))) {
			int e = errno;
			inn_output_abort(o);
			return inn_error_set(err, INN_EFAIL, "%s: cannot write output: %s", path, strerror(e));
		}
		return 0;
	}
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	/* room for ".NAME.XXXXXX" or ".NAME.<pid>.<n>" beside the target */
	if (!(o->path = strdup(path)) || !(o->tmp = malloc(strlen(path) + 48))) {
		inn_output_abort(o);
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
	}
	catch_signals();
	/* beside the target, so that linking and renaming stay within one file system */
	if ((fd = open_unnamed(path, dirlen)) >= 0) {
		o->unnamed = true;
	} else if (errno == EOPNOTSUPP) {
		sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
		if ((fd = mkstemp(o->tmp)) >= 0 && pending_add(o->tmp) < 0) {
			close(fd);
			unlink(o->tmp);
			fd = -1;
			errno = EMFILE;
		}
	}
	if (fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		inn_output_abort(o);
		return inn_error_set(err, INN_EFAIL, "%s: cannot create output: %s", path, strerror(e));
	}
	/*
	 * A file written over keeps its own permissions (a private 0600 output stays private); a new
	 * one gets those a plain fopen would give it (mkstemp makes it private).
	 */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
	if (!(o->fp = fdopen(fd, "w"))) {
		int e = errno;
		close(fd);
		inn_output_abort(o);
		return inn_error_set(err, INN_EFAIL, "%s: cannot create output: %s", path, strerror(e));
	}
	return 0;
}

/* The first phase of a commit: everything written, checked and closed; nothing renamed yet. */
static int finish(struct inn_output *o, struct inn_error *err)
{
	int ret = 0;

	if (!o->path) /* standard output: the dispatcher checks it once the command returns */
		return 0;
	if (fflush(o->fp) != 0 || ferror(o->fp))
		ret = inn_error_set(err, INN_EFAIL, "%s: write error: %s", o->path, strerror(errno));
	/* the unnamed file stays open under its own descriptor until it is linked */
	if (ret == 0 && o->unnamed && (o->fd = dup(fileno(o->fp))) < 0)
		ret = inn_error_set(err, INN_EFAIL, "%s: cannot write output: %s", o->path, strerror(errno));
	if (fclose(o->fp) != 0 && ret == 0)
		ret = inn_error_set(err, INN_EFAIL, "%s: write error: %s", o->path, strerror(errno));
	o->fp = NULL;
	/* an input read after the output was opened is known only now */
	if (ret == 0 && inn_input_guard(o->path, err) < 0)
		ret = -1;
	return ret;
}

/* The second phase: give the finished file its name. */
static int place(struct inn_output *o, struct inn_error *err)
{
	if (!o->tmp) /* standard output, or a device written in place */
		return 0;

	const char *slash = strrchr(o->path, '/');
	int dirlen = slash ? (int)(slash - o->path) + 1 : 0;

	if (o->unnamed) {
		char proc[64];
		int r = -1;

		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", o->fd);
		for (unsigned n = 0; n < 100 && r < 0; n++) {
			sprintf(o->tmp, "%.*s.%s.%ld.%u", dirlen, o->path, o->path + dirlen, (long)getpid(), n);
			if ((r = linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp, AT_SYMLINK_FOLLOW)) < 0 && errno != EEXIST)
				break;
		}
		if (r < 0)
			return inn_error_set(err, INN_EFAIL, "%s: cannot write output: %s", o->path, strerror(errno));
		close(o->fd);
		o->fd = -1;
		o->unnamed = false; /* it has a name now, which abort removes */
		pending_add(o->tmp);
	}
	if (rename(o->tmp, o->path) != 0)
		return inn_error_set(err, INN_EFAIL, "%s: cannot write output: %s", o->path, strerror(errno));
	pending_remove(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	return 0;
}

int inn_output_commit_all(struct inn_output *const *o, size_t n, struct inn_error *err)
{
	int ret = 0;

	for (size_t i = 0; i < n && ret == 0; i++)
		ret = finish(o[i], err);
	for (size_t i = 0; i < n && ret == 0; i++)
		ret = place(o[i], err);
	for (size_t i = 0; i < n; i++)
		inn_output_abort(o[i]);
	return ret;
}

int inn_output_commit(struct inn_output *o, struct inn_error *err)
{
	return inn_output_commit_all(&o, 1, err);
}

void inn_output_abort(struct inn_output *o)
{
	if (o->fp && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	if (o->unnamed && o->fd >= 0)
		close(o->fd);
	o->fd = -1;
	if (o->tmp) {
		if (!o->unnamed) {
			pending_remove(o->tmp);
			unlink(o->tmp);
		}
		free(o->tmp);
		o->tmp = NULL;
	}
	o->unnamed = false;
	free(o->path);
	o->path = NULL;
}

void inn_output_guard_std_fds(void)
{
	/*
	 * A closed descriptor 0, 1 or 2 would be reused by the next open(): the model or a temporary
	 * output file would become "standard output". /dev/null takes the place, read-only for
	 * standard output so that writing to it still fails (EBADF) and is reported.
	 */
	static const int flags[3] = {O_RDONLY, O_RDONLY, O_WRONLY};

	for (int fd = 0; fd < 3; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		int nfd = open("/dev/null", flags[fd]);
		if (nfd >= 0 && nfd != fd) { /* a lower descriptor was free too: move it where it belongs */
			dup2(nfd, fd);
			close(nfd);
		}
	}
}
