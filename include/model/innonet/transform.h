/* transform.h: new models made from a model (a year's snapshot, a projection); the input is never changed. */
#ifndef INNONET_TRANSFORM_H
#define INNONET_TRANSFORM_H

#include "innonet/error.h"
#include "innonet/model.h"

/*
 * The network as it stood in `year`: the nodes and links whose since/until span the year
 * (a missing since or until does not exclude), and only links whose two ends are kept. Both
 * ends are inclusive: a node with until 2019 is in the 2019 snapshot, not in 2020's. The
 * snapshot's as_of (and graph.as_of) becomes the year.
 */
struct inn_model *inn_model_as_of(const struct inn_model *m, int year, struct inn_error *err);

/*
 * The one-mode projection onto the nodes of `kind` (NetworkX's weighted_projected_graph, with
 * every other node as the second mode): two such nodes are linked when they share at least one
 * neighbour, direction ignored, with weight and "shared" the number of neighbours they share and
 * relation "shares_neighbours". Nodes keep their attributes and model order; the result is
 * undirected and simple. A kind no node has is an error.
 */
struct inn_model *inn_model_project(const struct inn_model *m, const char *kind, struct inn_error *err);

#endif
