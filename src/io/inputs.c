/* inputs.c: the files this run reads, and the one guard that refuses an output over any of them. */
#include "innonet/inputs.h"

#include <stddef.h>
#include <string.h>
#include <sys/stat.h>

/*
 * The inputs read so far, as device and inode: a path would miss another spelling, a symbolic
 * or hard link. A run reads a handful of files (a model or two, CSV tables, a style, a
 * scenario and the files it adds), so a fixed table and a linear search are enough.
 */
static struct {
	dev_t dev;
	ino_t ino;
	const char *what; /* a string literal the reader passed */
} inputs[INN_MAX_INPUTS];
static size_t ninputs;

static int note(const struct stat *st, const char *what, struct inn_error *err)
{
	for (size_t i = 0; i < ninputs; i++)
		if (inputs[i].dev == st->st_dev && inputs[i].ino == st->st_ino)
			return 0;
	if (ninputs == INN_MAX_INPUTS)
		return inn_error_set(err, INN_EINPUT, "more than %d input files in one run (the limit)", INN_MAX_INPUTS);
	inputs[ninputs].dev = st->st_dev;
	inputs[ninputs].ino = st->st_ino;
	inputs[ninputs].what = what;
	ninputs++;
	return 0;
}

int inn_input_note(int fd, const char *what, struct inn_error *err)
{
	struct stat st;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	return note(&st, what, err);
}

int inn_input_note_path(const char *path, const char *what, struct inn_error *err)
{
	struct stat st;

	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	return note(&st, what, err);
}

int inn_input_guard(const char *path, struct inn_error *err)
{
	struct stat st;

	if (!path || stat(path, &st) != 0)
		return 0;
	for (size_t i = 0; i < ninputs; i++)
		if (inputs[i].dev == st.st_dev && inputs[i].ino == st.st_ino)
			return inn_error_set(err, INN_EINPUT, "%s: refusing to write over the input %s", path,
					     inputs[i].what);
	return 0;
}

void inn_input_reset(void)
{
	ninputs = 0;
}
