/*
 * measures.c: centrality measures on igraph, matched to NetworkX's definitions.
 *
 * Each measure follows the NetworkX function named in its summary, including its treatment of
 * direction and of disconnected networks; where igraph's variant differs the difference is
 * undone here and said why. Results are checked against NetworkX in tests/unit/test_measures.c.
 */
#include "innonet/measures.h"

#include <math.h>
#include <string.h>

/* Paths into a node, as NetworkX's closeness and harmonic centrality count them on directed graphs. */
static igraph_neimode_t in_mode(const struct inn_net *net)
{
	return net->model->directed ? IGRAPH_IN : IGRAPH_ALL;
}

/* What every igraph-backed measure needs: the weight vector (if any) and a result vector. */
struct scratch {
	igraph_vector_t w, res;
	const igraph_vector_t *weights; /* &w when --weight is given, else NULL */
	bool ready;
};

static void scratch_release(struct scratch *s)
{
	if (!s->ready)
		return;
	igraph_vector_destroy(&s->res);
	igraph_vector_destroy(&s->w);
	s->ready = false;
}

static int scratch_init(struct scratch *s, struct inn_net *net, const struct inn_measure_opts *o,
			enum inn_weight_role role, bool simple, const char *what, struct inn_error *err)
{
	igraph_error_t rc;

	s->ready = false;
	s->weights = NULL;
	if ((rc = igraph_vector_init(&s->w, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	if ((rc = igraph_vector_init(&s->res, 0)) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&s->w);
		return inn_igraph_fail(rc, what, err);
	}
	s->ready = true;
	if (o->weight) {
		if (inn_net_weights(net, o->weight, role, simple, &s->w, err) < 0) {
			scratch_release(s);
			return -1;
		}
		s->weights = &s->w;
	}
	return 0;
}

/* Finish a measure: on success copy the result out, always release the scratch vectors. */
static int finish(struct scratch *s, igraph_error_t rc, const char *what, double *out, struct inn_error *err)
{
	if (rc != IGRAPH_SUCCESS) {
		scratch_release(s);
		return inn_igraph_fail(rc, what, err);
	}
	for (igraph_integer_t i = 0; i < igraph_vector_size(&s->res); i++)
		out[i] = VECTOR(s->res)[i];
	scratch_release(s);
	return 0;
}

static int degree(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_vector_int_t d;
	igraph_error_t rc;

	if ((rc = igraph_vector_int_init(&d, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "degree", err);
	/* every link counts, a self-loop twice: NetworkX's G.degree */
	rc = igraph_degree(&net->graph, &d, igraph_vss_all(), IGRAPH_ALL, true);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&d);
		return inn_igraph_fail(rc, "degree", err);
	}
	for (size_t i = 0; i < n; i++)
		out[i] = (double)VECTOR(d)[i];
	igraph_vector_int_destroy(&d);
	if (o->normalized) /* nx.degree_centrality: divided by n - 1; 1 for a lone node */
		for (size_t i = 0; i < n; i++)
			out[i] = n > 1 ? out[i] / (double)(n - 1) : 1.0;
	return 0;
}

static int betweenness(struct inn_net *net, const struct inn_measure_opts *o, double *out,
		       struct inn_error *err)
{
	size_t n = net->model->nnodes;
	struct scratch s;

	if (scratch_init(&s, net, o, INN_WEIGHT_DISTANCE, true, "betweenness", err) < 0)
		return -1;
	if (finish(&s, igraph_betweenness(&net->simple, &s.res, igraph_vss_all(), net->model->directed, s.weights),
		   "betweenness", out, err) < 0)
		return -1;
	/*
	 * igraph counts each unordered pair once on undirected graphs, as NetworkX does with
	 * normalized=False. NetworkX's normalized variant divides the ordered-pair count by
	 * (n-1)(n-2), so undirected values double first.
	 */
	if (o->normalized && n > 2) {
		double scale = (net->model->directed ? 1.0 : 2.0) / ((double)(n - 1) * (double)(n - 2));
		for (size_t i = 0; i < n; i++)
			out[i] *= scale;
	}
	return 0;
}

static int closeness(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_vector_int_t reached;
	struct scratch s;
	igraph_error_t rc;

	if ((rc = igraph_vector_int_init(&reached, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "closeness", err);
	if (scratch_init(&s, net, o, INN_WEIGHT_DISTANCE, true, "closeness", err) < 0) {
		igraph_vector_int_destroy(&reached);
		return -1;
	}
	rc = igraph_closeness(&net->simple, &s.res, &reached, NULL, igraph_vss_all(), in_mode(net), s.weights,
			      false);
	if (finish(&s, rc, "closeness", out, err) < 0) {
		igraph_vector_int_destroy(&reached);
		return -1;
	}
	/*
	 * igraph gives 1 / (sum of distances to the r reachable nodes). NetworkX's closeness
	 * (wf_improved=True, Wasserman and Faust) is (r / sum) * (r / (n - 1)), and 0 for a node
	 * that reaches nobody.
	 */
	for (size_t i = 0; i < n; i++) {
		double r = (double)VECTOR(reached)[i], inv = out[i];
		out[i] = (r > 0 && n > 1 && isfinite(inv)) ? r * inv * r / (double)(n - 1) : 0.0;
	}
	igraph_vector_int_destroy(&reached);
	return 0;
}

static int harmonic(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	struct scratch s;

	if (scratch_init(&s, net, o, INN_WEIGHT_DISTANCE, true, "harmonic", err) < 0)
		return -1;
	if (finish(&s, igraph_harmonic_centrality(&net->simple, &s.res, igraph_vss_all(), in_mode(net), s.weights,
						  false),
		   "harmonic", out, err) < 0)
		return -1;
	if (o->normalized && n > 1)
		for (size_t i = 0; i < n; i++)
			out[i] /= (double)(n - 1);
	return 0;
}

static int eigenvector(struct inn_net *net, const struct inn_measure_opts *o, double *out,
		       struct inn_error *err)
{
	size_t n = net->model->nnodes;
	struct scratch s;
	igraph_real_t value;
	double norm = 0;

	if (n == 0)
		return 0;
	if (scratch_init(&s, net, o, INN_WEIGHT_STRENGTH, false, "eigenvector", err) < 0)
		return -1;
	if (finish(&s, igraph_eigenvector_centrality(&net->graph, &s.res, &value, net->model->directed, true,
						     s.weights, NULL),
		   "eigenvector", out, err) < 0)
		return -1;
	/* igraph scales the largest value to 1; NetworkX scales the vector to unit length. */
	for (size_t i = 0; i < n; i++)
		norm += out[i] * out[i];
	norm = sqrt(norm);
	for (size_t i = 0; i < n; i++)
		out[i] = norm > 0 ? fabs(out[i]) / norm : 1.0 / sqrt((double)n);
	return 0;
}

static int pagerank(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	struct scratch s;
	igraph_real_t value;

	if (!(o->damping >= 0 && o->damping <= 1))
		return inn_error_set(err, INN_EINPUT, "pagerank: damping must be between 0 and 1");
	if (net->model->nnodes == 0)
		return 0;
	if (scratch_init(&s, net, o, INN_WEIGHT_STRENGTH, false, "pagerank", err) < 0)
		return -1;
	/* PRPACK solves exactly what nx.pagerank iterates towards: dangling nodes jump uniformly. */
	return finish(&s, igraph_pagerank(&net->graph, IGRAPH_PAGERANK_ALGO_PRPACK, &s.res, &value,
					  igraph_vss_all(), net->model->directed, o->damping, s.weights, NULL),
		      "pagerank", out, err);
}

static const struct inn_measure measures[] = {
	{"degree", "links at the node, a self-loop counting twice (NetworkX G.degree); --normalized: "
		   "divided by n-1 (nx.degree_centrality)", NULL, degree},
	{"betweenness", "shortest paths through the node, exact (nx.betweenness_centrality, normalized=False); "
			"--normalized: NetworkX's default scaling", "distance", betweenness},
	{"closeness", "reachable nodes over their total distance, scaled by the share reached "
		      "(nx.closeness_centrality: Wasserman-Faust for disconnected networks; incoming on "
		      "directed); always normalized", "distance", closeness},
	{"harmonic", "sum of 1/distance from every other node, 0 for unreachable ones "
		     "(nx.harmonic_centrality); --normalized: divided by n-1", "distance", harmonic},
	{"eigenvector", "principal eigenvector, unit Euclidean length (nx.eigenvector_centrality; "
			"in-links on directed)", "strength", eigenvector},
	{"pagerank", "PageRank, damping --damping (0.85), dangling nodes jump uniformly, sums to 1 "
		     "(nx.pagerank)", "strength", pagerank},
};

const struct inn_measure *inn_measures(size_t *count)
{
	*count = sizeof(measures) / sizeof(measures[0]);
	return measures;
}

const struct inn_measure *inn_measure_find(const char *name)
{
	for (size_t i = 0; i < sizeof(measures) / sizeof(measures[0]); i++)
		if (strcmp(measures[i].name, name) == 0)
			return &measures[i];
	return NULL;
}
