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
	int32_t *dist;             /* scratch in sigma's block: -1 = not reached */
	uint32_t *order;           /* scratch in sigma's block: the nodes reached, nearest first */
	double *sigma, *delta;     /* scratch: shortest paths counted, dependencies; sigma owns the block of all four */
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

/*
 * measures_msbfs.c: the same searches from LANES sources at once, for betweenness, closeness and
 * harmonic on unweighted networks whose diameter is small enough (ms->batched). Like inn_bfs,
 * one struct serves one pass at a time.
 */
#define LANES 8
/* closeness and harmonic count no paths: a lane is one bit, and a pass takes 64 sources */
#define REACH_LANES 64
/* the workers' chunks are whole passes of either kind */
#define INN_MSBFS_CHUNK 64

/* Which inner loops run the searches: chosen at start-up (INNONET_KERNEL may force one). */
enum inn_kernel {
	INN_KERNEL_AUTO,     /* the best this CPU has */
	INN_KERNEL_SINGLE,   /* measures_bfs.c's one-source searches (today's kernel, for comparison) */
	INN_KERNEL_BASELINE, /* multi-source, any x86-64 (SSE2) or other CPU */
	INN_KERNEL_AVX2,
	INN_KERNEL_AVX512,
};

struct inn_msbfs {
	size_t n;
	enum inn_kernel kernel;    /* never AUTO */
	bool batched;              /* false: the network is left to the one-source searches */
	uint32_t *perm, *rank;     /* owned: perm[v] is the model's index of search node v; rank its inverse */
	uint32_t *out_start, *out; /* owned: the out-arcs in search numbering, lists in increasing order */
	uint32_t *in_start, *in;   /* owned when directed: in-arcs; else the out arrays again */
	uint16_t *out16, *in16;    /* owned below 65,536 nodes, else NULL: out and in in 16 bits (in16 as in) */
	uint8_t *seen, *front, *next; /* owned scratch, n + 8 bytes: per node, a mask of the pass's lanes */
	double *sigma, *cf;        /* owned scratch, n * LANES: paths counted, dependency coefficients */
	uint32_t *lv_node;         /* owned scratch, n * LANES: the (node, lanes) new at each level ... */
	uint8_t *lv_mask;          /* ... and those lanes */
	size_t *lv_start;          /* owned scratch, n + 2: level d is entries lv_start[d] .. lv_start[d + 1] */
	uint32_t *src;             /* owned scratch: a pass's sources in search numbering */
	/* owned scratch of inn_msbfs_reach, n each: per node the mask of REACH_LANES lanes seen and
	 * next, and the current and next frontier (node, lanes new there) */
	uint64_t *r_seen, *r_next, *r_curm, *r_nxtm;
	uint32_t *r_cur, *r_nxt;
};

/* The kernel to run: INNONET_KERNEL if set (refused when unknown or beyond this CPU), else the best. */
int inn_msbfs_kernel(enum inn_kernel *k, bool *forced, struct inn_error *err);

/*
 * Below this many nodes the one-source searches run unless a kernel is forced: the whole
 * computation takes milliseconds either way, and the values keep the last digits they always
 * had (the passes add the same terms in another order: equal to 1e-15 relative, not in bytes).
 */
#define INN_MSBFS_MIN_NODES 1000

/*
 * Decide whether b's network is searched in passes (ms->batched: a multi-source kernel, and
 * either forced or at least INN_MSBFS_MIN_NODES nodes of short enough diameter) and if so
 * renumber it; ms keeps arrays of its own, so b may be released first.
 */
int inn_msbfs_init(struct inn_msbfs *ms, const struct inn_bfs *b, enum inn_kernel k, bool forced,
		   struct inn_error *err);
void inn_msbfs_release(struct inn_msbfs *ms);

/* Put the model node indexes nodes[0 .. k) in search order, so that consecutive ones lie close. */
void inn_msbfs_sort(const struct inn_msbfs *ms, uint32_t *nodes, size_t k);

/* inn_bfs_dependencies() for the k <= LANES sources nodes (model indexes) in one pass. */
void inn_msbfs_dependencies(struct inn_msbfs *ms, const uint32_t *nodes, size_t k, long cutoff, bool linear,
			    double *acc);

/* inn_bfs_reach() for the k <= REACH_LANES nodes in one pass: the results are arrays of REACH_LANES. */
void inn_msbfs_reach(struct inn_msbfs *ms, const uint32_t *nodes, size_t k, long cutoff, size_t *reached,
		     double *sum_dist, double *sum_inverse);

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
