/* output.h: output files written whole or not at all (an unnamed file, then link and rename). */
#ifndef INNONET_OUTPUT_H
#define INNONET_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "innonet/error.h"

struct inn_output {
	FILE *fp;     /* where to write: stdout or the temporary file; owned unless stdout */
	char *path;   /* the final path; NULL for stdout; owned */
	char *tmp;    /* the name the file has (or will have, when unnamed) beside path before it is
		       * renamed over it; owned; NULL when path is a device or pipe, written in place */
	bool unnamed; /* the file has no name yet (O_TMPFILE): nothing to remove if the run dies */
	int fd;       /* an unnamed file's descriptor between the two phases of a commit, else -1 */
};

/*
 * Open path for writing ("-" or NULL: standard output). A file is written as an unnamed file
 * (O_TMPFILE; a temporary file beside path where the file system has none) that
 * inn_output_commit() links and renames over path, so a failed, interrupted or killed run
 * leaves no partial file. A path that is a file the run has read (inputs.h) is refused, here
 * and again at the commit. A file written over keeps its permissions.
 */
int inn_output_open(struct inn_output *o, const char *path, struct inn_error *err);

/* Flush and check for write errors, then rename into place. Either way o is released. */
int inn_output_commit(struct inn_output *o, struct inn_error *err);

/*
 * All of a command's outputs, or none: every file is flushed, checked and closed before any is
 * renamed into place, so a write error in the last (a chart on a full disk) leaves every path
 * as it was. Either way every o[i] is released.
 */
int inn_output_commit_all(struct inn_output *const *o, size_t n, struct inn_error *err);

/* Drop the temporary file; accepts an output that was never opened or already committed. */
void inn_output_abort(struct inn_output *o);

/*
 * Put /dev/null in place of a closed standard descriptor (0, 1, 2), once at start-up, so that no
 * file opened later takes its number; output to a closed standard output still fails and is
 * reported. Call before opening anything.
 */
void inn_output_guard_std_fds(void);

#endif
