/* output.h: output files written whole or not at all (a temporary file, then rename). */
#ifndef INNONET_OUTPUT_H
#define INNONET_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "innonet/error.h"

struct inn_output {
	FILE *fp;    /* where to write: stdout or the temporary file; owned unless stdout */
	char *path;  /* the final path; NULL for stdout; owned */
	char *tmp;   /* the temporary file beside it; owned; NULL when path is a device or pipe,
		      * written in place */
};

/*
 * Open path for writing ("-" or NULL: standard output). A file is written to a temporary
 * file in the same directory and renamed over path by inn_output_commit(), so a failed or
 * interrupted run leaves no partial file. A path that is a file the run has read (inputs.h)
 * is refused, here and again before the rename.
 */
int inn_output_open(struct inn_output *o, const char *path, struct inn_error *err);

/* Flush and check for write errors, then rename into place. Either way o is released. */
int inn_output_commit(struct inn_output *o, struct inn_error *err);

/* Drop the temporary file; accepts an output that was never opened or already committed. */
void inn_output_abort(struct inn_output *o);

/*
 * Put /dev/null in place of a closed standard descriptor (0, 1, 2), once at start-up, so that no
 * file opened later takes its number; output to a closed standard output still fails and is
 * reported. Call before opening anything.
 */
void inn_output_guard_std_fds(void);

#endif
