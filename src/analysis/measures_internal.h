/*
 * measures_internal.h: the measures that live in their own files (measures_*.c), for the table
 * in measures.c. Each has the inn_measure_fn signature and is documented in the table's summary.
 */
#ifndef INNONET_MEASURES_INTERNAL_H
#define INNONET_MEASURES_INTERNAL_H

#include <stdint.h>

#include "innonet/measures.h"

/*
 * measures_bfs.c: the simple graph as arrays of neighbours, and breadth-first searches on it
 * for the unweighted shortest-path measures. A search uses the scratch arrays, so one struct
 * serves one search at a time (each worker process has its own copy).
 */
struct inn_bfs {
	size_t n;
	uint32_t *out_start, *out; /* owned: v's out-neighbours are out[out_start[v] .. out_start[v + 1]) */
	uint32_t *in_start, *in;   /* owned when directed: in-neighbours; else the out arrays again */
	int32_t *dist;             /* owned scratch: -1 = not reached */
	uint32_t *order;           /* owned scratch: the nodes reached, nearest first */
	double *sigma, *delta;     /* owned scratch: shortest paths counted, dependencies */
};

int inn_bfs_init(struct inn_bfs *b, const struct inn_net *net, struct inn_error *err);
void inn_bfs_release(struct inn_bfs *b);

/*
 * Add source s's dependencies to acc[v] for every node v within cutoff (negative: no limit):
 * delta_s(v), the share of shortest paths from s that pass through v; with linear, the same
 * weighted by d(s, v) / d(s, t) (on directed networks, plus the paths into s weighted by
 * d(v, s) / d(t, s)), Geisberger, Sanders and Schultes' estimator for sampled sources.
 */
void inn_bfs_dependencies(struct inn_bfs *b, uint32_t s, long cutoff, bool linear, double *acc);

/* The nodes that reach u within cutoff (u left out), the sum of their distances to u and of the inverses. */
void inn_bfs_reach(struct inn_bfs *b, uint32_t u, long cutoff, size_t *reached, double *sum_dist,
		   double *sum_inverse);

/* measures_paths.c: shortest-path measures, split across worker processes (o->jobs) */
inn_measure_fn inn_measure_betweenness;
inn_measure_fn inn_measure_closeness;
inn_measure_fn inn_measure_harmonic;

/* measures_spectral.c: on NetworkX's adjacency matrix (a self-loop once, parallel links summed) */
inn_measure_fn inn_measure_eigenvector;
inn_measure_fn inn_measure_pagerank;

/* measures_katz.c */
inn_measure_fn inn_measure_katz;

/* measures_holes.c: Burt's structural holes */
inn_measure_fn inn_measure_constraint;
inn_measure_fn inn_measure_effective_size;

/* measures_brokerage.c: Gould and Fernandez's brokerage roles by node kind */
inn_measure_fn inn_measure_coordinator;
inn_measure_fn inn_measure_itinerant;
inn_measure_fn inn_measure_gatekeeper;
inn_measure_fn inn_measure_representative;
inn_measure_fn inn_measure_liaison;

#endif
