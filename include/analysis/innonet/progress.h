/* progress.h: a progress bar on stderr for long computations, shown only to a person at a terminal. */
#ifndef INNONET_PROGRESS_H
#define INNONET_PROGRESS_H

#include <stdbool.h>

/* --quiet: never draw, whatever stderr is. Call before inn_progress_begin(). */
void inn_progress_set_quiet(bool quiet);

/*
 * Start timing a piece of work called what ("betweenness"). Nothing is drawn unless stderr is
 * a terminal, --quiet was not given and the work has run for about a second; then a bar with
 * the percentage and the time left is redrawn at most ten times a second. from_igraph: the
 * work is one igraph call, whose own progress reports move the bar until inn_progress_end().
 */
void inn_progress_begin(const char *what, bool from_igraph);

/* Report that fraction (0 to 1) of the work is done. */
void inn_progress_update(double fraction);

/* In a forked worker: never draw (the parent draws for all of them). */
void inn_progress_detach(void);

/* Finish: erase the bar if one was drawn and remove igraph's handler. */
void inn_progress_end(void);

#endif
