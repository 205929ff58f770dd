/* output.c: atomic output files, and their removal when the run is interrupted. */
#include "innonet/output.h"

#include "innonet/inputs.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The temporary file being written, for the signal handler: a Ctrl-C must not leave it behind.
 * One output at a time is enough for a command-line run.
 */
static char *volatile pending_tmp;

static void on_signal(int sig)
{
	char *tmp = pending_tmp;

	if (tmp)
		unlink(tmp); /* async-signal-safe */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* At exit, a temporary file still pending is a run that did not finish: a library that calls
 * exit() (Graphviz does on some errors) must not leave it behind either. */
static void remove_pending(void)
{
	if (pending_tmp)
		unlink(pending_tmp);
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
	installed = true;
}

int inn_output_open(struct inn_output *o, const char *path, struct inn_error *err)
{
	const char *slash;
	size_t dirlen;
	int fd;

	memset(o, 0, sizeof(*o));
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
	if (!(o->path = strdup(path)) || !(o->tmp = malloc(strlen(path) + 16))) {
		inn_output_abort(o);
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
	}
	/* beside the target, so rename() stays within one file system */
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
	catch_signals();
	if ((fd = mkstemp(o->tmp)) < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		inn_output_abort(o);
		return inn_error_set(err, INN_EFAIL, "%s: cannot create output: %s", path, strerror(e));
	}
	pending_tmp = o->tmp;
	/*
	 * mkstemp makes the file private: a file written over keeps its own permissions (a private
	 * 0600 output stays private), a new one gets those a plain fopen would give it
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

int inn_output_commit(struct inn_output *o, struct inn_error *err)
{
	int ret = 0;

	if (!o->path) /* standard output: the dispatcher checks it once the command returns */
		return 0;
	if (fflush(o->fp) != 0 || ferror(o->fp)) {
		inn_error_set(err, INN_EFAIL, "%s: write error: %s", o->path, strerror(errno));
		ret = -1;
	}
	if (fclose(o->fp) != 0 && ret == 0) {
		inn_error_set(err, INN_EFAIL, "%s: write error: %s", o->path, strerror(errno));
		ret = -1;
	}
	o->fp = NULL;
	/* an input read after the output was opened is known only now */
	if (ret == 0 && inn_input_guard(o->path, err) < 0)
		ret = -1;
	if (ret == 0 && o->tmp && rename(o->tmp, o->path) != 0) {
		inn_error_set(err, INN_EFAIL, "%s: cannot write output: %s", o->path, strerror(errno));
		ret = -1;
	}
	if (ret == 0) {
		pending_tmp = NULL;
		free(o->tmp);
		o->tmp = NULL;
	}
	inn_output_abort(o);
	return ret;
}

void inn_output_abort(struct inn_output *o)
{
	if (o->fp && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	if (o->tmp) {
		pending_tmp = NULL;
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
	}
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
