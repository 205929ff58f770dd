/*
 * layout.h: positions for networks too large for Graphviz to lay out quickly (the interactive
 * view's large networks): igraph's Fruchterman-Reingold with its grid, which is close to linear
 * in the nodes a pass, from igraph's random start under a fixed seed, so the same network gets
 * the same positions.
 */
#ifndef INNONET_LAYOUT_H
#define INNONET_LAYOUT_H

#include "innonet/error.h"
#include "innonet/graph.h"

/* Fruchterman-Reingold passes: igraph's default, enough for 20,000 nodes to settle. */
#define INN_LAYOUT_PASSES 500

/*
 * Lay out net's graph, direction ignored: x[i], y[i] for node i in model order (arrays of
 * net->model->nnodes the caller owns), in igraph's units (about one per link length), the
 * random start drawn from igraph's generator seeded with seed. -1 with err filled.
 */
int inn_layout_force(const struct inn_net *net, unsigned long seed, double *x, double *y, struct inn_error *err);

#endif
