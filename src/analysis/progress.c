/* progress.c: the progress bar on stderr (percentage, time left), fed by innonet or by igraph. */
#include "innonet/progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <igraph.h>

/* Seconds of work before a bar appears: short runs stay silent, as piped output does. */
#define PROGRESS_DELAY 1.0
/* Seconds between redraws: often enough to look alive, rarely enough to cost nothing. */
#define PROGRESS_EVERY 0.1
#define BAR_WIDTH 30

/* One piece of work at a time: the commands are single-threaded and workers never draw. */
static struct {
	bool quiet;       /* --quiet */
	bool active;      /* between begin and end, with a terminal to draw on */
	bool drawn;       /* a bar is on the screen and must be erased */
	const char *what; /* borrowed: a string literal naming the work */
	double start;     /* when the work began, in seconds */
	double delay;     /* seconds of work before the bar appears */
	double last;      /* when the bar was last drawn */
	double shown;     /* the fraction it showed */
} state;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void inn_progress_set_quiet(bool quiet)
{
	state.quiet = quiet;
}

/* igraph's progress callback: the same bar, from inside igraph's loops. */
static igraph_error_t on_igraph_progress(const char *message, igraph_real_t percent, void *data)
{
	(void)message;
	(void)data;
	inn_progress_update(percent / 100.0);
	return IGRAPH_SUCCESS;
}

void inn_progress_begin(const char *what, bool from_igraph)
{
	/*
	 * INNONET_PROGRESS_DELAY overrides the one-second delay, so the terminal test can see a bar
	 * on a small network without waiting; it cannot make a bar appear off a terminal.
	 */
	const char *delay = getenv("INNONET_PROGRESS_DELAY");

	state.active = !state.quiet && isatty(STDERR_FILENO);
	state.drawn = false;
	state.what = what;
	state.start = now();
	state.delay = delay ? atof(delay) : PROGRESS_DELAY;
	state.last = 0;
	if (state.active && from_igraph)
		igraph_set_progress_handler(on_igraph_progress);
}

void inn_progress_detach(void)
{
	igraph_set_progress_handler(NULL);
	state.active = false;
	state.drawn = false;
}

void inn_progress_update(double fraction)
{
	double t, elapsed, left;
	int filled;

	if (!state.active || (t = now()) - state.start < state.delay)
		return;
	/* the final 100% is always drawn, once */
	if (state.drawn && (fraction < 1.0 ? t - state.last < PROGRESS_EVERY : state.shown >= 1.0))
		return;
	if (fraction < 0)
		fraction = 0;
	if (fraction > 1)
		fraction = 1;
	elapsed = t - state.start;
	filled = (int)(fraction * BAR_WIDTH);
	fprintf(stderr, "\r%s [%.*s%*s] %3d%%", state.what, filled, "##############################",
		BAR_WIDTH - filled, "", (int)(fraction * 100));
	if (fraction > 0.01) {
		left = elapsed * (1 - fraction) / fraction;
		fprintf(stderr, ", %d:%02d left ", (int)left / 60, (int)left % 60);
	} else {
		fputs(", estimating  ", stderr);
	}
	fflush(stderr);
	state.drawn = true;
	state.last = t;
	state.shown = fraction;
}

void inn_progress_end(void)
{
	if (state.active)
		igraph_set_progress_handler(NULL);
	if (state.drawn) /* erase the line: what follows on stderr starts clean */
		fprintf(stderr, "\r%*s\r", BAR_WIDTH + 60, "");
	state.active = false;
	state.drawn = false;
}
