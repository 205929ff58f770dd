/*
 * measures_katz.c: Katz centrality, solved as a sparse linear system with igraph's sparse matrices.
 *
 * igraph 0.10 has no Katz centrality. NetworkX's katz_centrality_numpy solves (I - alpha A') x =
 * beta 1 directly, with A the adjacency matrix (A[u][v] = weight of u -> v), so a node's score
 * comes from its in-links on a directed model. The same system is solved here with igraph's
 * sparse LU (CXSparse), so the result is exact rather than iterated.
 */
#include <math.h>
#include <stdlib.h>

#include "measures_internal.h"

/*
 * y = A'x over the links whose two ends have x of at least floor_x, plus x itself with
 * identity (the power iteration's A + I): each link adds w x of its source to its target, and an
 * undirected link the other way too. The order of the additions is the one the iteration has
 * always used, so the spectral radius keeps its bits.
 */
static void adjacency_times(const struct inn_model *m, const double *w, const double *x, double *y, double floor_x,
			    bool identity)
{
	for (size_t i = 0; i < m->nnodes; i++)
		y[i] = identity ? x[i] : 0;
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if (x[l->source] < floor_x || x[l->target] < floor_x)
			continue;
		y[l->target] += w[j] * x[l->source];
		if (!m->directed && l->source != l->target)
			y[l->source] += w[j] * x[l->target];
	}
}

/*
 * Bounds of the spectral radius of A from a positive vector x (Collatz-Wielandt): max_i (A x)_i
 * / x_i over every node bounds it from above when every x_i > 0, and min_i over the nodes S where
 * x_i >= 1e-6 max x, counting only the links within S, bounds it from below (a principal
 * submatrix's spectral radius is at most A's). Both need A >= 0. y is scratch.
 */
static void collatz_wielandt(const struct inn_model *m, const double *w, const double *x, double *y,
			     double bound[2])
{
	size_t n = m->nnodes;
	double top = 0, low = INFINITY, high = 0;

	bound[0] = 0;
	bound[1] = INFINITY;
	for (size_t j = 0; j < m->nlinks; j++)
		if (!(w[j] >= 0))
			return;
	adjacency_times(m, w, x, y, 0, false);
	for (size_t i = 0; i < n; i++) {
		top = fmax(top, x[i]);
		high = x[i] > 0 ? fmax(high, y[i] / x[i]) : INFINITY;
	}
	adjacency_times(m, w, x, y, 1e-6 * top, false);
	for (size_t i = 0; i < n; i++)
		if (x[i] >= 1e-6 * top && x[i] > 0)
			low = fmin(low, y[i] / x[i]);
	bound[0] = isfinite(low) ? low : 0;
	bound[1] = high;
}

/*
 * The spectral radius of A, estimated by power iteration on A + I: the shift makes the Perron
 * root the only eigenvalue of largest modulus, so the iteration settles even on bipartite or
 * periodic networks. Used to tell the user which alpha would work; where bound is not NULL, it
 * receives bounds that hold whatever the iteration's accuracy (collatz_wielandt above).
 */
static double spectral_radius(const struct inn_model *m, const double *w, double *bound)
{
	size_t n = m->nnodes;
	double *x = malloc(n * sizeof(*x)), *y = malloc(n * sizeof(*y)), rho = 0;

	if (bound) {
		bound[0] = 0;
		bound[1] = INFINITY;
	}
	if (!x || !y) {
		free(x);
		free(y);
		return NAN;
	}
	for (size_t i = 0; i < n; i++)
		x[i] = 1.0 / sqrt((double)n);
	for (int it = 0; it < 10000; it++) {
		double norm = 0, prev = rho;
		adjacency_times(m, w, x, y, 0, true);
		for (size_t i = 0; i < n; i++)
			norm += y[i] * y[i];
		norm = sqrt(norm);
		for (size_t i = 0; i < n; i++)
			x[i] = y[i] / norm;
		rho = norm - 1;
		if (it > 10 && fabs(rho - prev) <= 1e-12 * fmax(1.0, rho))
			break;
	}
	if (bound)
		collatz_wielandt(m, w, x, y, bound);
	free(x);
	free(y);
	return rho;
}

/* Katz's weights: every link of the full graph (parallel links add up in the adjacency matrix). */
static int katz_weights(struct inn_net *net, const struct inn_measure_opts *o, igraph_vector_t *w,
			struct inn_error *err)
{
	igraph_error_t rc;

	if (o->weight)
		return inn_net_weights(net, o->weight, inn_weight_role_for(o, INN_WEIGHT_STRENGTH), false, w, err);
	if ((rc = igraph_vector_resize(w, (igraph_integer_t)net->model->nlinks)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "katz", err);
	igraph_vector_fill(w, 1.0);
	return 0;
}

/*
 * Solve (I - alpha A') x = beta 1 into x. Returns 0 with x filled, INN_MEASURE_UNDEFINED when the
 * series diverges at alpha (err not filled: the caller knows what to say), -1 on failure.
 */
static int katz_solve(const struct inn_model *m, const igraph_vector_t *w, double alpha, double beta,
		      igraph_vector_t *x, struct inn_error *err)
{
	size_t n = m->nnodes;
	igraph_sparsemat_t triplet, cc;
	igraph_vector_t b;
	bool have_cc = false, solved, positive = true;
	igraph_error_t rc;

	if ((rc = igraph_vector_init(&b, (igraph_integer_t)n)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "katz", err);
	if ((rc = igraph_sparsemat_init(&triplet, (igraph_integer_t)n, (igraph_integer_t)n,
					(igraph_integer_t)(n + 2 * m->nlinks))) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&b);
		return inn_igraph_fail(rc, "katz", err);
	}
	/*
	 * Row i of I - alpha A': 1 on the diagonal, -alpha w for each link into i (both ends of an
	 * undirected link). A self-loop is one entry on the diagonal, as in NetworkX's adjacency
	 * matrix. Duplicate entries are summed when the matrix is compressed.
	 */
	for (size_t i = 0; rc == IGRAPH_SUCCESS && i < n; i++)
		rc = igraph_sparsemat_entry(&triplet, (igraph_integer_t)i, (igraph_integer_t)i, 1.0);
	for (size_t j = 0; rc == IGRAPH_SUCCESS && j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		double a = -alpha * VECTOR(*w)[j];
		rc = igraph_sparsemat_entry(&triplet, l->target, l->source, a);
		if (rc == IGRAPH_SUCCESS && !m->directed && l->source != l->target)
			rc = igraph_sparsemat_entry(&triplet, l->source, l->target, a);
	}
	if (rc == IGRAPH_SUCCESS && (rc = igraph_sparsemat_compress(&triplet, &cc)) == IGRAPH_SUCCESS)
		have_cc = true;
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_sparsemat_dupl(&cc);
	if (rc != IGRAPH_SUCCESS) {
		if (have_cc)
			igraph_sparsemat_destroy(&cc);
		igraph_sparsemat_destroy(&triplet);
		igraph_vector_destroy(&b);
		return inn_igraph_fail(rc, "katz", err);
	}
	igraph_vector_fill(&b, beta);
	/* LU with an approximate minimum degree ordering and partial pivoting (tol 1) */
	solved = igraph_sparsemat_lusol(&cc, &b, x, 1, 1.0) == IGRAPH_SUCCESS;
	/*
	 * The Katz series sum_k alpha^k A'^k beta converges exactly when alpha < 1/rho(A), and then
	 * every x_i >= beta > 0. Conversely a solution with every x_i > 0 means alpha A'x < x, so
	 * rho(A) < 1/alpha (Collatz-Wielandt). A positive solution is therefore the test of
	 * convergence, and a singular or sign-changing one the sign that alpha is too large.
	 */
	for (size_t i = 0; solved && i < n; i++)
		if (!(VECTOR(*x)[i] > 0 && isfinite(VECTOR(*x)[i])))
			positive = false;
	igraph_sparsemat_destroy(&cc);
	igraph_sparsemat_destroy(&triplet);
	igraph_vector_destroy(&b);
	return solved && positive ? 0 : INN_MEASURE_UNDEFINED;
}

/* Where NetworkX's default alpha diverges, the default is this share of the bound 1/lambda. */
#define KATZ_SHARE_OF_BOUND 0.9

/*
 * The alpha of the default: NetworkX's where its series converges, so that innonet and
 * NetworkX agree wherever NetworkX's default works; else 0.9 / lambda, which converges on every
 * network and, like 0.1 on the NNMI model (0.958 of its bound), stays near the bound.
 *
 * Which of the two it is, the bounds of the spectral radius settle on most networks without a
 * solve (a sparse LU that fills in on large networks: most of Katz's time). Where they do, the
 * alpha is the one the solves would choose, and it is solved for only if solve_settled; where
 * they do not, the solves decide. One power iteration serves both.
 */
static int default_alpha(const struct inn_model *m, const igraph_vector_t *w, double beta, igraph_vector_t *x,
			 bool solve_settled, double *alpha, struct inn_error *err)
{
	const double slack = 1e-9;
	double bound[2], rho = spectral_radius(m, VECTOR(*w), bound), settled = 0;
	int rc;

	if (!isfinite(rho))
		return inn_error_set(err, INN_EFAIL, "katz: out of memory");
	if (rho > 0 && INN_KATZ_DEFAULT_ALPHA * bound[1] < 1 - slack)
		settled = INN_KATZ_DEFAULT_ALPHA; /* converges for sure */
	else if (rho > 0 && INN_KATZ_DEFAULT_ALPHA * bound[0] > 1 + slack && KATZ_SHARE_OF_BOUND / rho * bound[1] < 1 - slack)
		settled = KATZ_SHARE_OF_BOUND / rho; /* 0.1 diverges for sure, 0.9 / lambda converges */
	*alpha = settled > 0 ? settled : INN_KATZ_DEFAULT_ALPHA;
	if (settled > 0)
		rc = solve_settled ? katz_solve(m, w, *alpha, beta, x, err) : 0;
	else if ((rc = katz_solve(m, w, *alpha, beta, x, err)) == INN_MEASURE_UNDEFINED) {
		*alpha = KATZ_SHARE_OF_BOUND / rho;
		if (!isfinite(*alpha) || *alpha <= 0)
			return inn_error_set(err, INN_EFAIL, "katz: out of memory");
		rc = katz_solve(m, w, *alpha, beta, x, err);
	}
	if (rc == INN_MEASURE_UNDEFINED)
		return inn_error_set(err, INN_EFAIL, "katz: no default alpha converges on %s", m->origin);
	return rc;
}

/*
 * What the alpha and the measure both start from: w, the link weights (katz_weights), and x, an
 * empty vector for the solution. 0 with both to destroy, or -1 with err set and neither held.
 */
static int katz_vectors(struct inn_net *net, const struct inn_measure_opts *o, igraph_vector_t *w,
			igraph_vector_t *x, struct inn_error *err)
{
	igraph_error_t rc;

	if ((rc = igraph_vector_init(w, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "katz", err);
	if ((rc = igraph_vector_init(x, 0)) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(w);
		return inn_igraph_fail(rc, "katz", err);
	}
	if (katz_weights(net, o, w, err) < 0) {
		igraph_vector_destroy(x);
		igraph_vector_destroy(w);
		return -1;
	}
	return 0;
}

int inn_katz_alpha(struct inn_net *net, const struct inn_measure_opts *o, double *alpha, struct inn_error *err)
{
	igraph_vector_t w, x;
	int ret;

	*alpha = o->alpha > 0 ? o->alpha : INN_KATZ_DEFAULT_ALPHA;
	if (o->alpha > 0 || net->model->nnodes == 0)
		return 0;
	if (katz_vectors(net, o, &w, &x, err) < 0)
		return -1;
	ret = default_alpha(net->model, &w, o->beta > 0 ? o->beta : 1.0, &x, false, alpha, err);
	igraph_vector_destroy(&x);
	igraph_vector_destroy(&w);
	return ret < 0 ? -1 : 0;
}

int inn_measure_katz(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	igraph_vector_t w, x;
	double alpha = o->alpha;
	int ret = -1;

	if (!(o->alpha >= 0))
		return inn_error_set(err, INN_EINPUT, "katz: --alpha must be positive");
	if (!(o->beta > 0))
		return inn_error_set(err, INN_EINPUT, "katz: --beta must be positive");
	if (n == 0)
		return 0;
	if (katz_vectors(net, o, &w, &x, err) < 0)
		return -1;
	/* alpha 0: the default, which converges on every network */
	ret = o->alpha > 0 ? katz_solve(m, &w, o->alpha, o->beta, &x, err)
			   : default_alpha(m, &w, o->beta, &x, true, &alpha, err);
	if (ret == INN_MEASURE_UNDEFINED) {
		double rho = spectral_radius(m, VECTOR(w), NULL);
		inn_error_set(err, INN_EINPUT,
			      "katz: --alpha %g is too large for %s: the Katz series diverges unless alpha is below "
			      "1/%.6g = %.6g (1 over the largest eigenvalue of its adjacency matrix%s)",
			      o->alpha, m->origin, rho, 1 / rho, o->weight ? ", weighted" : "");
		goto out;
	}
	if (ret < 0)
		goto out;
	double norm = 0;
	for (size_t i = 0; i < n; i++)
		norm += VECTOR(x)[i] * VECTOR(x)[i];
	norm = sqrt(norm);
	/* NetworkX's normalized variant: unit Euclidean length, the sign of the sum (positive here) */
	for (size_t i = 0; i < n; i++)
		out[i] = o->normalized ? VECTOR(x)[i] / norm : VECTOR(x)[i];
	ret = 0;
out:
	igraph_vector_destroy(&x);
	igraph_vector_destroy(&w);
	return ret;
}
