/* graph.h: the model as an igraph graph, and the bridge from igraph's errors to innonet's. */
#ifndef INNONET_GRAPH_H
#define INNONET_GRAPH_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

#include "innonet/error.h"
#include "innonet/model.h"

/*
 * The analysis view of a model. Vertex i is model node i and edge j is model link j, so
 * results come back in model order with no mapping. Measures of shortest paths use `simple`,
 * the same vertices with parallel links merged, because NetworkX counts a pair of neighbours
 * once however many links join them.
 */
struct inn_net {
	const struct inn_model *model; /* borrowed: must outlive the net */
	igraph_t graph;                /* owned; one edge per model link */
	/*
	 * The graph with parallel links merged: &graph itself when there are none (a million-link
	 * network is not kept twice), else &merged.
	 */
	igraph_t *simple;
	igraph_t merged;               /* owned when has_parallel */
	igraph_vector_int_t simple_of; /* owned when has_parallel: for each edge of `simple`, one model link */
	bool has_parallel;             /* some pair of nodes is joined by more than one link */
};

/* The model link that edge e of net->simple stands for. */
static inline size_t inn_net_simple_link(const struct inn_net *net, igraph_integer_t e)
{
	return net->has_parallel ? (size_t)VECTOR(net->simple_of)[e] : (size_t)e;
}

/* Install innonet's igraph error and warning handlers and seed igraph's generator; once at start-up. */
void inn_igraph_setup(unsigned long seed);

/*
 * A PCG32 generator of the caller's own, seeded with seed: a draw from it depends on the seed
 * alone, not on what used igraph's shared default generator before. The caller destroys it
 * (igraph_rng_destroy); on failure err is set, naming what, and there is nothing to destroy.
 */
int inn_rng_init(igraph_rng_t *rng, unsigned long seed, const char *what, struct inn_error *err);

/* Build the graph of m; on failure nothing needs releasing. */
int inn_net_init(struct inn_net *net, const struct inn_model *m, struct inn_error *err);
void inn_net_release(struct inn_net *net); /* accepts a net whose init failed */

/* Which neighbours inn_net_lists() gives each node. */
enum inn_lists {
	INN_LISTS_OUT,  /* the heads of its out-links (on an undirected model: every neighbour) */
	INN_LISTS_IN,   /* the tails of its in-links (likewise) */
	INN_LISTS_BOTH, /* every neighbour, direction ignored (a mutual pair of links gives it twice) */
};

/*
 * The simple graph as flat neighbour lists, for innonet's own searches: node v's neighbours are
 * (*adj)[(*start)[v] .. (*start)[v + 1]), in edge order. Both arrays are the caller's to free.
 */
int inn_net_lists(const struct inn_net *net, enum inn_lists which, uint32_t **start, uint32_t **adj,
		  struct inn_error *err);

/* How a measure reads a link's weight. */
enum inn_weight_role {
	INN_WEIGHT_STRENGTH, /* larger = stronger tie; parallel links add up; must be >= 0 */
	INN_WEIGHT_DISTANCE, /* larger = longer path; parallel links take the shortest; must be > 0 */
	/* --weight-is: a strength read by a path measure as the distance 1/w (must be > 0; the
	 * shortest of parallel links, as a distance), or a distance read as the strength 1/w
	 * (must be > 0; parallel links add up, as strengths) */
	INN_WEIGHT_STRENGTH_AS_DISTANCE,
	INN_WEIGHT_DISTANCE_AS_STRENGTH,
};

/*
 * Weights for the edges of the full graph (simple = false) or of `simple` (simple = true), from
 * the link attribute attr (links without it weigh 1, as in NetworkX). The caller initialises
 * w; it is resized here. Fails with a message naming the first offending link.
 */
int inn_net_weights(struct inn_net *net, const char *attr, enum inn_weight_role role, bool simple,
		    igraph_vector_t *w, struct inn_error *err);

/* Turn a failed igraph call into err: the reason igraph's handler recorded, prefixed by what. */
int inn_igraph_fail(igraph_error_t rc, const char *what, struct inn_error *err);

#endif
