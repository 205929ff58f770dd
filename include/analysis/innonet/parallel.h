/*
 * parallel.h: one computation split across forked worker processes (igraph 0.10 is not
 * thread-safe, processes are), each filling an array of doubles, summed in worker order.
 */
#ifndef INNONET_PARALLEL_H
#define INNONET_PARALLEL_H

#include <stddef.h>

#include "innonet/error.h"

/* What a worker is told: which share is its own, and where to count what it has done. */
struct inn_parallel_worker {
	unsigned index;        /* 0 .. jobs - 1 */
	unsigned jobs;         /* how many workers share the work */
	volatile size_t *done; /* owned by inn_parallel_sum: units of work this worker has finished */
	size_t total;          /* units of work of all workers together, for the progress bar */
	int in_process;        /* 1 when jobs == 1 and the work runs in the calling process */
};

/*
 * A worker: fill out (n doubles, zeroed beforehand) with its part of the result, counting
 * finished units with inn_parallel_tick(). Return 0, or -1 with err filled.
 */
typedef int inn_parallel_fn(void *ctx, const struct inn_parallel_worker *w, double *out, struct inn_error *err);

/* Add units to the worker's count of finished work (and move the progress bar). */
void inn_parallel_tick(const struct inn_parallel_worker *w, size_t units);

/*
 * Run fn in jobs workers (jobs == 1: in this process, no fork) and set out[i] to the sum of
 * their out[i], added in worker order 0, 1, ... so the result does not depend on which worker
 * finishes first. total is the number of units all workers tick, for the progress bar, which
 * is drawn here (inn_progress_begin() must have been called). Workers die with this process
 * (Ctrl-C, kill) and a failing worker's message becomes err; the others are then stopped.
 */
int inn_parallel_sum(unsigned jobs, size_t n, size_t total, inn_parallel_fn *fn, void *ctx, double *out,
		     struct inn_error *err);

/* The number of processors online, at least 1: the default for -j. */
unsigned inn_parallel_cores(void);

#endif
