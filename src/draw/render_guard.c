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

#include "draw_internal.h"
#include "innonet/draw.h"

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

/*
 * Late tooltips (inn_render_late): the network's nodes, taken before the fork so that the child's
 * copies are the same pointers; the parent writes each node's full tooltip into texts (length,
 * then the bytes) and then one byte into the pipe go, 1 when the texts are complete.
 */
struct late {
	Agnode_t **nodes;
	size_t n;
	FILE *texts;
	int go;
};

/* In the child, once the drawing is laid out: wait for the parent's word, then set the tooltips. */
static int take_tooltips(void *ctx, Agraph_t *net, struct inn_error *err)
{
	struct late *lt = ctx;
	Agsym_t *sym = agattr(net, AGNODE, "tooltip", NULL);
	char word = 0;
	ssize_t r;

	while ((r = read(lt->go, &word, 1)) < 0 && errno == EINTR)
		;
	if (r != 1 || word != 1) /* the parent failed, and reports why itself */
		return inn_error_set(err, INN_EFAIL, "the tooltips' ranks were not computed");
	if (!sym)
		return inn_error_set(err, INN_EFAIL, "the drawing has no tooltips to complete");
	rewind(lt->texts);
	for (size_t i = 0; i < lt->n; i++) {
		size_t len;
		char *text;
		if (fread(&len, sizeof(len), 1, lt->texts) != 1 || !(text = malloc(len + 1)))
			return inn_error_set(err, INN_EFAIL, "out of memory reading the tooltips");
		if (fread(text, 1, len, lt->texts) != len) {
			free(text);
			return inn_error_set(err, INN_EFAIL, "the tooltips end early");
		}
		text[len] = '\0';
		int rc = inn_gv_set_text(lt->nodes[i], sym, text);
		free(text);
		if (rc != 0)
			return inn_error_set(err, INN_EFAIL, "out of memory setting the tooltips");
	}
	return 0;
}

/* The child: draw, then send a status byte and either the length and the bytes or the message. */
static void child(int fd, FILE *errf, Agraph_t *g, const char *engine, const char *format, struct late *lt)
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
	else if ((lt ? inn_render_consume_then(g, engine, format, mem, take_tooltips, lt, &err)
		     : inn_render_consume(g, engine, format, mem, &err)) == 0 &&
		 (fflush(mem) != 0 || ferror(mem)))
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

/*
 * In the parent, while the child lays out: the ranks, then each node's full tooltip into
 * lt->texts, then the word that lets the child go on. -1 with err filled when the ranks fail.
 */
static int give_tooltips(const struct inn_late_ranks *late, struct late *lt, int go, struct inn_error *err)
{
	char word = 0;
	int ret = late->ranks(late->ctx, err);

	for (size_t i = 0; ret == 0 && i < lt->n; i++) {
		char *text = inn_dot_node_tooltip(late->m, late->o, i);
		size_t len = text ? strlen(text) : 0;
		if (!text || fwrite(&len, sizeof(len), 1, lt->texts) != 1 || fwrite(text, 1, len, lt->texts) != len)
			ret = inn_error_set(err, INN_EFAIL, "cannot hold the tooltips: %s", text ? strerror(errno) : "out of memory");
		free(text);
	}
	if (ret == 0 && fflush(lt->texts) != 0)
		ret = inn_error_set(err, INN_EFAIL, "cannot hold the tooltips: %s", strerror(errno));
	word = ret == 0;
	(void)write_all(go, &word, 1);
	close(go);
	return ret;
}

/* Draw g in a child process; with lt, the tooltips come from give_tooltips() while it lays out. */
static int draw(Agraph_t *g, const char *engine, const char *format, const struct inn_late_ranks *late,
		struct late *lt, FILE *out, struct inn_error *err)
{
	int p[2] = {-1, -1}, go[2] = {-1, -1}, status = 0, ret = -1;
	FILE *errf = tmpfile(); /* unnamed where the system allows; NULL: the child's stderr is dropped */
	char *got = NULL;
	size_t n = 0, len;
	bool stuck;
	pid_t pid;

	if (pipe(p) != 0 || (lt && pipe(go) != 0)) {
		int why = errno;
		if (lt && go[0] < 0 && p[0] >= 0) { /* the second pipe failed: the first is closed */
			close(p[0]);
			close(p[1]);
		}
		if (errf)
			fclose(errf);
		return inn_error_set(err, INN_EFAIL, "cannot draw: %s", strerror(why));
	}
	fflush(NULL); /* nothing buffered is written twice */
	if ((pid = fork()) < 0) {
		close(p[0]);
		close(p[1]);
		if (lt) {
			close(go[0]);
			close(go[1]);
		}
		if (errf)
			fclose(errf);
		return inn_error_set(err, INN_EFAIL, "cannot draw: %s", strerror(errno));
	}
	if (pid == 0) {
		close(p[0]);
		if (lt) {
			close(go[1]);
			lt->go = go[0];
		}
		child(p[1], errf, g, engine, format, lt);
	}
	close(p[1]);
	if (lt) {
		close(go[0]);
		if (give_tooltips(late, lt, go[1], err) < 0) {
			kill(pid, SIGKILL);
			close(p[0]);
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			if (errf)
				fclose(errf);
			return -1;
		}
	}
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

int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	return draw(g, engine, format, NULL, NULL, out, err);
}

int inn_render_late(Agraph_t *g, const char *engine, const char *format, const struct inn_late_ranks *late,
		    FILE *out, struct inn_error *err)
{
	struct late lt = {.n = late->m->nnodes, .go = -1};
	Agsym_t *sym = agattr(g, AGNODE, "tooltip", NULL);
	Agnode_t *v = agfstnode(g);
	int ret = -1;

	if (!(lt.nodes = calloc(lt.n + 1, sizeof(*lt.nodes))))
		return inn_error_set(err, INN_EFAIL, "out of memory");
	/* inn_dot_build made the network's nodes first, in model order, the legend's after */
	for (size_t i = 0; i < lt.n && v; i++, v = agnxtnode(g, v))
		lt.nodes[i] = v;
	if (lt.n && (!lt.nodes[lt.n - 1] || !sym)) {
		free(lt.nodes);
		return inn_error_set(err, INN_EFAIL, "the drawing does not hold the network's %zu nodes", lt.n);
	}
	if (inn_render_consumes(g)) {
		/* the child lays out its own copy of g (the fork's): the same node pointers */
		if (!(lt.texts = tmpfile()))
			inn_error_set(err, INN_EFAIL, "cannot hold the tooltips: %s", strerror(errno));
		else
			ret = draw(g, engine, format, late, &lt, out, err);
	} else if (late->ranks(late->ctx, err) == 0) {
		/* a small drawing is copied through DOT text in the child: its tooltips are set first */
		ret = 0;
		for (size_t i = 0; ret == 0 && i < lt.n; i++) {
			char *text = inn_dot_node_tooltip(late->m, late->o, i);
			if (!text || inn_gv_set_text(lt.nodes[i], sym, text) != 0)
				ret = inn_error_set(err, INN_EFAIL, "out of memory setting the tooltips");
			free(text);
		}
		if (ret == 0)
			ret = draw(g, engine, format, NULL, NULL, out, err);
	}
	if (lt.texts)
		fclose(lt.texts);
	free(lt.nodes);
	return ret;
}
