/* file.c: whole input files (models, scenarios, style files) read into memory under one size policy. */
#include "innonet/file.h"
#include "innonet/inputs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool inn_read_cannot_begin(const char *buf, size_t n)
{
	size_t i = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	/* gzip's magic bytes (1f 8b) begin a compressed model, which load.c inflates */
	if (n >= 1 && (unsigned char)buf[0] == 0x1f && (n == 1 || (unsigned char)buf[1] == 0x8b))
		return false;

	while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
		i++;
	return i < n && ((unsigned char)buf[i] < 0x20 || buf[i] == 0x7F);
}

char *inn_read_fd(int fd, const char *name, const char *what, size_t limit, inn_hopeless_fn *hopeless, size_t *len,
		  struct inn_error *err)
{
	size_t cap = 1 << 16, n = 0;
	struct stat st;
	char *buf = NULL;
	bool stream = true;

	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			inn_error_set(err, INN_EINPUT, "%s: cannot read %s: Is a directory", name, what);
			return NULL;
		}
		/* a regular file says its size: refuse it before reading a byte */
		if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > limit)
			goto too_large;
		if (S_ISREG(st.st_mode))
			cap = (size_t)st.st_size + 2; /* +1 for the NUL, +1 to see the end without growing */
		stream = !S_ISREG(st.st_mode);
	}
	if (!(buf = malloc(cap)))
		goto oom;
	for (;;) {
		if (n + 1 >= cap) {
			/* a pipe (or a file that grows) may be endless: never hold more than limit + 1 bytes */
			if (n > limit)
				goto too_large;
			size_t cap2 = cap > (limit + 2) / 2 ? limit + 2 : cap * 2;
			char *b = realloc(buf, cap2);
			if (!b)
				goto oom;
			buf = b;
			cap = cap2;
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			inn_error_set(err, INN_EINPUT, "%s: cannot read %s: %s", name, what, strerror(errno));
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		/* a stream (a pipe, /dev/zero) that cannot be an input is read no further: the reader
		 * refuses what was read at once, not after the limit */
		if (stream && (inn_read_cannot_begin(buf, n) || (hopeless && hopeless(buf, n))))
			break;
	}
	if (n > limit)
		goto too_large;
	buf[n] = '\0';
	*len = n;
	return buf;
too_large:
	free(buf);
	inn_error_set(err, INN_EINPUT, "%s: %s larger than %zu MiB (the limit)", name, what, limit >> 20);
	return NULL;
oom:
	free(buf);
	inn_error_set(err, INN_EFAIL, "%s: out of memory reading the %s", name, what);
	return NULL;
}

char *inn_read_file(const char *path, const char *what, size_t limit, inn_hopeless_fn *hopeless, size_t *len,
		    struct inn_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *buf = NULL;

	if (fd < 0) {
		inn_error_set(err, INN_EINPUT, "%s: cannot open %s: %s", path, what, strerror(errno));
		return NULL;
	}
	/* the guard against writing over an input knows the file itself, whatever named it */
	if (inn_input_note(fd, what, err) == 0)
		buf = inn_read_fd(fd, path, what, limit, hopeless, len, err);
	close(fd);
	return buf;
}
