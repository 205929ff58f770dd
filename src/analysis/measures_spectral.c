/*
 * measures_spectral.c: eigenvector centrality and PageRank on NetworkX's adjacency matrix.
 *
 * igraph's undirected graphs count a self-loop twice in the adjacency matrix (it adds 2 to a
 * node's degree); NetworkX counts it once (G[4][4] is one entry, and nx.to_scipy_sparse_array puts
 * its weight once on the diagonal). Both measures are therefore computed here on arcs built from
 * the model as NetworkX sees it: a directed link is one arc, an undirected one two arcs, a loop
 * one arc, and parallel links of a multigraph add up (the adjacency matrix sums them).
 */
#include <math.h>
#include <stdlib.h>

#include "measures_internal.h"

/* The arcs of NetworkX's adjacency matrix: A[from[a]][to[a]] += w[a]. */
struct arcs {
	size_t count;
	uint32_t *from, *to; /* owned */
	double *w;           /* owned */
};

static void arcs_release(struct arcs *a)
{
	free(a->from);
	free(a->to);
	free(a->w);
}

static int arcs_init(struct arcs *a, struct inn_net *net, const struct inn_measure_opts *o, const char *what,
		     struct inn_error *err)
{
	const char *weight = o->weight;
	const struct inn_model *m = net->model;
	igraph_vector_t w;
	igraph_error_t rc;
	int ret = -1;

	a->count = 0;
	a->from = malloc((2 * m->nlinks + 1) * sizeof(*a->from));
	a->to = malloc((2 * m->nlinks + 1) * sizeof(*a->to));
	a->w = malloc((2 * m->nlinks + 1) * sizeof(*a->w));
	if (!a->from || !a->to || !a->w) {
		arcs_release(a);
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", what);
	}
	if ((rc = igraph_vector_init(&w, 0)) != IGRAPH_SUCCESS) {
		arcs_release(a);
		return inn_igraph_fail(rc, what, err);
	}
	/* every link of the full graph: a multigraph's parallel links each add their weight */
	if (weight && inn_net_weights(net, weight, inn_weight_role_for(o, INN_WEIGHT_STRENGTH), false, &w, err) < 0)
		goto out;
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		double x = weight ? VECTOR(w)[j] : 1.0;
		a->from[a->count] = l->source;
		a->to[a->count] = l->target;
		a->w[a->count++] = x;
		if (!m->directed && l->source != l->target) {
			a->from[a->count] = l->target;
			a->to[a->count] = l->source;
			a->w[a->count++] = x;
		}
	}
	ret = 0;
out:
	igraph_vector_destroy(&w);
	if (ret < 0)
		arcs_release(a);
	return ret;
}

/*
 * How long the power iteration may run. NetworkX stops at 100 iterations with a tolerance of
 * 1e-6 per node; innonet iterates the same map to 1e-14 per node, so its values are NetworkX's
 * to the last digits, and gives up where the iteration does not settle at that precision.
 */
#define EIGEN_MAX_ITER 20000
#define EIGEN_TOL 1e-14

/*
 * Whether the arcs form no cycle (Kahn's algorithm, O(n + arcs)). A directed network without
 * cycles and with at least one link has every eigenvalue 0 and a nilpotent adjacency matrix:
 * the power iteration only creeps, so there is no need to run it out to know the answer.
 */
static int acyclic(const struct arcs *a, size_t n, bool *yes)
{
	size_t *indeg = calloc(n + 1, sizeof(*indeg)), *start = calloc(n + 2, sizeof(*start));
	uint32_t *out = malloc((a->count + 1) * sizeof(*out)), *queue = malloc((n + 1) * sizeof(*queue));
	size_t head = 0, tail = 0;

	if (!indeg || !start || !out || !queue) {
		free(indeg);
		free(start);
		free(out);
		free(queue);
		return -1;
	}
	for (size_t k = 0; k < a->count; k++) {
		indeg[a->to[k]]++;
		start[a->from[k] + 2]++;
	}
	for (size_t v = 0; v < n; v++)
		start[v + 2] += start[v + 1];
	for (size_t k = 0; k < a->count; k++)
		out[start[a->from[k] + 1]++] = a->to[k];
	for (size_t v = 0; v < n; v++)
		if (indeg[v] == 0)
			queue[tail++] = (uint32_t)v;
	while (head < tail) {
		uint32_t v = queue[head++];
		for (size_t k = start[v]; k < start[v + 1]; k++)
			if (--indeg[out[k]] == 0)
				queue[tail++] = out[k];
	}
	*yes = tail == n;
	free(indeg);
	free(start);
	free(out);
	free(queue);
	return 0;
}

/*
 * nx.eigenvector_centrality, step for step: start from the uniform vector, x <- (A' + I) x,
 * scaled to unit length, until the L1 change is below n * tol. The shift by I keeps bipartite
 * networks from oscillating. Where the leading eigenvalue is repeated the limit is the uniform
 * start's blend of the leading eigenvectors (two disjoint edges: 0.5 each), as NetworkX gives;
 * where the leading eigenvalue has no eigenvector of its own size (a network with no cycle, two
 * cycles one after the other) the iteration creeps on without settling, and NetworkX raises
 * PowerIterationFailedConvergence: then the measure is undefined here.
 */
int inn_measure_eigenvector(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			    struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	double *last;
	struct arcs a;
	int ret = INN_MEASURE_UNDEFINED;

	if (n == 0)
		return 0;
	if (arcs_init(&a, net, o, "eigenvector", err) < 0)
		return -1;
	if (!(last = malloc(n * sizeof(*last)))) {
		arcs_release(&a);
		return inn_error_set(err, INN_EFAIL, "eigenvector: out of memory");
	}
	bool dag = false;
	if (m->directed && a.count > 0 && acyclic(&a, n, &dag) < 0) {
		free(last);
		arcs_release(&a);
		return inn_error_set(err, INN_EFAIL, "eigenvector: out of memory");
	}
	for (size_t i = 0; i < n; i++)
		out[i] = 1.0 / (double)n;
	for (int it = 0; !dag && it < EIGEN_MAX_ITER; it++) {
		double norm = 0, change = 0;
		for (size_t i = 0; i < n; i++)
			last[i] = out[i];
		for (size_t k = 0; k < a.count; k++)
			out[a.to[k]] += last[a.from[k]] * a.w[k];
		for (size_t i = 0; i < n; i++)
			norm += out[i] * out[i];
		norm = norm > 0 ? sqrt(norm) : 1;
		for (size_t i = 0; i < n; i++) {
			out[i] /= norm;
			change += fabs(out[i] - last[i]);
		}
		if (change < (double)n * EIGEN_TOL) {
			ret = 0;
			break;
		}
	}
	igraph_bool_t connected = false;
	/* connected (strongly, when directed): the leading eigenvector exists and is unique, only slow */
	if (ret == INN_MEASURE_UNDEFINED && !dag &&
	    igraph_is_connected(&net->graph, &connected, m->directed ? IGRAPH_STRONG : IGRAPH_WEAK) == IGRAPH_SUCCESS &&
	    connected)
		inn_error_set(err, INN_EINPUT,
			      "eigenvector: the power iteration did not settle on %s to 1e-14 a node within %d steps "
			      "(its two largest eigenvalues are too close; NetworkX's default tolerance, 1e-6 a node, "
			      "stops earlier on an approximation): use pagerank or katz instead",
			      m->origin, EIGEN_MAX_ITER);
	else if (ret == INN_MEASURE_UNDEFINED)
		inn_error_set(err, INN_EINPUT,
			      "eigenvector: not defined on %s: its largest eigenvalue%s has no single leading "
			      "eigenvector (as in a network without cycles), so the power iteration does not settle "
			      "(NetworkX raises PowerIterationFailedConvergence): use pagerank or katz instead",
			      m->origin, o->weight ? " (weighted)" : "");
	free(last);
	arcs_release(&a);
	return ret;
}

/*
 * nx.pagerank: igraph's PRPACK on a directed graph of the arcs above (parallel arcs each count,
 * as their weights add up in NetworkX's matrix). PRPACK solves exactly what nx.pagerank iterates
 * towards: a node without out-arcs (dangling) jumps uniformly.
 */
int inn_measure_pagerank(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			 struct inn_error *err)
{
	const struct inn_model *m = net->model;
	igraph_vector_int_t edges;
	igraph_vector_t res;
	igraph_real_t value;
	igraph_error_t rc;
	igraph_t g;
	struct arcs a;

	if (!(o->damping >= 0 && o->damping <= 1))
		return inn_error_set(err, INN_EINPUT, "pagerank: damping must be between 0 and 1");
	if (m->nnodes == 0)
		return 0;
	if (arcs_init(&a, net, o, "pagerank", err) < 0)
		return -1;
	if ((rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * a.count))) != IGRAPH_SUCCESS) {
		arcs_release(&a);
		return inn_igraph_fail(rc, "pagerank", err);
	}
	for (size_t k = 0; k < a.count; k++) {
		VECTOR(edges)[2 * k] = a.from[k];
		VECTOR(edges)[2 * k + 1] = a.to[k];
	}
	rc = igraph_create(&g, &edges, (igraph_integer_t)m->nnodes, true);
	igraph_vector_int_destroy(&edges);
	if (rc != IGRAPH_SUCCESS) {
		arcs_release(&a);
		return inn_igraph_fail(rc, "pagerank", err);
	}
	if ((rc = igraph_vector_init(&res, 0)) == IGRAPH_SUCCESS) {
		/* a view borrows a.w: no copy, nothing to destroy */
		igraph_vector_t w;
		igraph_vector_view(&w, a.w, (igraph_integer_t)a.count);
		rc = igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), true,
				     o->damping, o->weight ? &w : NULL, NULL);
		for (size_t i = 0; rc == IGRAPH_SUCCESS && i < m->nnodes; i++)
			out[i] = VECTOR(res)[i];
		igraph_vector_destroy(&res);
	}
	igraph_destroy(&g);
	arcs_release(&a);
	return rc == IGRAPH_SUCCESS ? 0 : inn_igraph_fail(rc, "pagerank", err);
}
