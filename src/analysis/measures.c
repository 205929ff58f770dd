/*
 * measures.c: centrality measures on igraph, matched to NetworkX's definitions.
 *
 * Each measure follows the NetworkX function named in its summary, including its treatment of
 * direction and of disconnected networks; where igraph's variant differs the difference is
 * undone here and said why. Results are checked against NetworkX in tests/unit/test_measures.c.
 */
#include "innonet/measures.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/parallel.h"
#include "innonet/progress.h"
#include "innonet/structure.h"
#include "measures_internal.h"

enum inn_weight_role inn_weight_role_for(const struct inn_measure_opts *o, enum inn_weight_role natural)
{
	if (o->weight_is == INN_WEIGHT_STRENGTH && natural == INN_WEIGHT_DISTANCE)
		return INN_WEIGHT_STRENGTH_AS_DISTANCE;
	if (o->weight_is == INN_WEIGHT_DISTANCE && natural == INN_WEIGHT_STRENGTH)
		return INN_WEIGHT_DISTANCE_AS_STRENGTH;
	return natural;
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
		if (inn_net_weights(net, o->weight, inn_weight_role_for(o, role), simple, &s->w, err) < 0) {
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

/* Links at each node counted in `mode`, a self-loop twice on undirected models (NetworkX's G.degree). */
static int degree_in_mode(struct inn_net *net, const struct inn_measure_opts *o, igraph_neimode_t mode,
			  const char *what, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_vector_int_t d;
	igraph_error_t rc;

	if ((rc = igraph_vector_int_init(&d, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	rc = igraph_degree(&net->graph, &d, igraph_vss_all(), mode, true);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&d);
		return inn_igraph_fail(rc, what, err);
	}
	for (size_t i = 0; i < n; i++)
		out[i] = (double)VECTOR(d)[i];
	igraph_vector_int_destroy(&d);
	/* nx.degree_centrality, nx.in_degree_centrality, nx.out_degree_centrality: divided by n - 1; 1 for a lone node */
	if (o->normalized)
		for (size_t i = 0; i < n; i++)
			out[i] = n > 1 ? out[i] / (double)(n - 1) : 1.0;
	return 0;
}

static int degree(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	return degree_in_mode(net, o, IGRAPH_ALL, "degree", out, err);
}

static int indegree(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	return degree_in_mode(net, o, IGRAPH_IN, "indegree", out, err);
}

static int outdegree(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	return degree_in_mode(net, o, IGRAPH_OUT, "outdegree", out, err);
}

static int strength(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	/* strength without a weight would be degree: it reads the link attribute "weight" unless told otherwise */
	struct inn_measure_opts w = *o;
	struct scratch s;

	if (!w.weight)
		w.weight = "weight";
	if (scratch_init(&s, net, &w, INN_WEIGHT_STRENGTH, false, "strength", err) < 0)
		return -1;
	/* G.degree(weight=...): parallel links each count, a self-loop twice */
	return finish(&s, igraph_strength(&net->graph, &s.res, igraph_vss_all(), IGRAPH_ALL, true, s.weights),
		      "strength", out, err);
}

/* HITS: igraph's scores taken to NetworkX's scale (each vector sums to 1, nx.hits normalized=True). */
static int hits(struct inn_net *net, const struct inn_measure_opts *o, bool want_hub, double *out,
		struct inn_error *err)
{
	size_t n = net->model->nnodes;
	const char *what = want_hub ? "hub" : "authority";
	igraph_vector_t other;
	igraph_real_t value;
	struct scratch s;
	igraph_error_t rc;
	double sum = 0;

	if (n == 0)
		return 0;
	if ((rc = igraph_vector_init(&other, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	if (scratch_init(&s, net, o, INN_WEIGHT_STRENGTH, false, what, err) < 0) {
		igraph_vector_destroy(&other);
		return -1;
	}
	/* the full graph: parallel links add up, as in NetworkX's adjacency matrix of a multigraph */
	rc = want_hub ? igraph_hub_and_authority_scores(&net->graph, &s.res, &other, &value, false, s.weights, NULL)
		      : igraph_hub_and_authority_scores(&net->graph, &other, &s.res, &value, false, s.weights, NULL);
	igraph_vector_destroy(&other);
	if (finish(&s, rc, what, out, err) < 0)
		return -1;
	/* the principal singular vector is defined up to sign; NetworkX divides by the sum */
	for (size_t i = 0; i < n; i++)
		sum += fabs(out[i]);
	for (size_t i = 0; i < n; i++)
		out[i] = sum > 0 ? fabs(out[i]) / sum : 1.0 / (double)n;
	return 0;
}

static int hub(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	return hits(net, o, true, out, err);
}

static int authority(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	return hits(net, o, false, out, err);
}

/* nx.core_number: innonet's own bucket algorithm (structure.c), O(links) without a copy of the graph */
static int coreness(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes, *core = malloc((n + 1) * sizeof(*core));
	int ret;

	(void)o;
	if (!core)
		return inn_error_set(err, INN_EFAIL, "coreness: out of memory");
	if ((ret = inn_coreness(net, core, err)) == 0)
		for (size_t i = 0; i < n; i++)
			out[i] = (double)core[i];
	free(core);
	return ret;
}

/* The component size and cut-off count of every node, from one search (structure.c). */
static int cut_measure(struct inn_net *net, bool want_cut_off, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	size_t *size = malloc((n + 1) * sizeof(*size)), *cut = malloc((n + 1) * sizeof(*cut));
	int ret = -1;

	if (!size || !cut)
		inn_error_set(err, INN_EFAIL, "%s: out of memory", want_cut_off ? "cuts_off" : "component");
	else if ((ret = inn_cut_off(net, size, cut, err)) == 0)
		for (size_t i = 0; i < n; i++)
			out[i] = (double)(want_cut_off ? cut[i] : size[i]);
	free(cut);
	free(size);
	return ret;
}

static int component(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	(void)o;
	return cut_measure(net, false, out, err);
}

/*
 * What a node's loss strands: the nodes of its component no longer in its largest remaining
 * part. Positive exactly at the articulation points (nx.articulation_points), and how many
 * organisations depend on that one for their only connection to the rest.
 */
static int cuts_off(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	(void)o;
	return cut_measure(net, true, out, err);
}

/*
 * The measures, in the order --help lists them. A summary is one line of --help (at most 61
 * columns): what the measure counts and the function it matches; docs/measures.md has the rest.
 */
static const struct inn_measure measures[] = {
	{"degree", "links at the node, in plus out, loops twice (G.degree)", NULL, false, degree, 1,
	 INN_TAKES_NORMALIZED},
	{"indegree", "links into the node (G.in_degree); directed only", NULL, true, indegree, 1,
	 INN_TAKES_NORMALIZED},
	{"outdegree", "links out of the node (G.out_degree); directed only", NULL, true, outdegree, 1,
	 INN_TAKES_NORMALIZED},
	{"strength", "sum of its links' weights, 'weight' by default (G.degree)", "strength", false, strength, 1, 0},
	{"betweenness", "shortest paths through it, exact (nx.betweenness_centrality)",
	 "distance", false, inn_measure_betweenness, 0, INN_TAKES_NORMALIZED | INN_TAKES_CUTOFF},
	{"closeness", "Wasserman-Faust, paths in (nx.closeness_centrality)", "distance", false,
	 inn_measure_closeness, 0, INN_TAKES_NORMALIZED | INN_TAKES_CUTOFF},
	{"harmonic", "sum of 1/distance from the others (nx.harmonic_centrality)", "distance", false,
	 inn_measure_harmonic, 0, INN_TAKES_NORMALIZED | INN_TAKES_CUTOFF},
	{"eigenvector", "principal eigenvector, length 1 (nx.eigenvector_centrality)", "strength", false,
	 inn_measure_eigenvector, 0, INN_TAKES_NORMALIZED},
	{"pagerank", "random walk, --damping, sums to 1 (nx.pagerank)", "strength", false, inn_measure_pagerank, 8,
	 INN_TAKES_NORMALIZED | INN_TAKES_DAMPING},
	{"hub", "HITS hub score, sums to 1 (nx.hits); directed only", "strength", true, hub, 8,
	 INN_TAKES_NORMALIZED},
	{"authority", "HITS authority score, sums to 1 (nx.hits); directed only", "strength", true, authority, 8,
	 INN_TAKES_NORMALIZED},
	{"katz", "x = alpha A'x + beta, exact (nx.katz_centrality_numpy)", "strength", false, inn_measure_katz, 0,
	 INN_TAKES_NORMALIZED | INN_TAKES_KATZ},
	{"constraint", "Burt's constraint, in and out links (nx.constraint)",
	 "strength", false, inn_measure_constraint, 4, 0},
	{"effective_size", "Burt's effective size (nx.effective_size)", "strength", false,
	 inn_measure_effective_size, 4, 0},
	{"coreness", "largest k of a k-core holding the node (nx.core_number)", NULL, false, coreness, 2, 0},
	{"component", "nodes in its component, direction ignored (weakly connected)", NULL, false, component, 2, 0},
	{"cuts_off", "nodes its removal cuts off from the rest of its component", NULL, false, cuts_off, 2, 0},
	{"coordinator", "brokers a->it->b, all one kind (sna w_I); directed only",
	 NULL, true, inn_measure_coordinator, 3, 0},
	{"itinerant", "brokers a->it->b, a and b alike, it not (w_O); directed only",
	 NULL, true, inn_measure_itinerant, 3, 0},
	{"gatekeeper", "brokers a->it->b, it and b alike, a not (b_OI); directed only",
	 NULL, true, inn_measure_gatekeeper, 3, 0},
	{"representative", "brokers a->it->b, a and it alike, b not (b_IO); directed only",
	 NULL, true, inn_measure_representative, 3, 0},
	{"liaison", "brokers a->it->b, three kinds (b_O); directed only", NULL, true, inn_measure_liaison, 3, 0},
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

bool inn_measure_applies(const struct inn_measure *ms, const struct inn_model *m)
{
	return !ms->directed_only || m->directed;
}

int inn_measure_compute(const struct inn_measure *ms, struct inn_net *net, const struct inn_measure_opts *o,
			double *out, struct inn_error *err)
{
	if (!inn_measure_applies(ms, net->model)) {
		inn_error_set(err, INN_EINPUT,
			      "%s: defined on directed models only, and %s is undirected (set \"directed\": true "
			      "in the model to read each link from source to target)",
			      ms->name, net->model->origin);
		return INN_MEASURE_UNDEFINED;
	}
	return ms->compute(net, o, out, err);
}

/* PARALLEL_MIN_NODES: below this a network is done before workers would have started. */
#define PARALLEL_MIN_NODES 2000

unsigned inn_measure_jobs(const struct inn_measure_opts *o, size_t n)
{
	unsigned jobs = o->jobs;

	if (jobs == 0)
		jobs = n >= PARALLEL_MIN_NODES ? inn_parallel_cores() : 1;
	if (jobs > n)
		jobs = n > 0 ? (unsigned)n : 1;
	return jobs;
}

/* What the workers of inn_measure_compute_many() share: which worker computes which measure. */
struct many {
	const struct inn_measure *const *ms;
	size_t k;
	struct inn_net *net;
	const struct inn_measure_opts *o;
	const unsigned *worker; /* per measure: its worker, or UINT_MAX when this process computes it */
};

static int many_worker(void *ctx, const struct inn_parallel_worker *w, double *out, struct inn_error *err)
{
	const struct many *c = ctx;
	size_t n = c->net->model->nnodes;

	for (size_t i = 0; i < c->k; i++) {
		if (c->worker[i] != w->index)
			continue;
		int rc = inn_measure_compute(c->ms[i], c->net, c->o, out + i * n, err);
		if (rc != 0) /* undefined is settled before work is shared out: here it is a failure */
			return -1;
		inn_parallel_tick(w, 1);
	}
	return 0;
}

int inn_measure_compute_shared(const struct inn_measure *const *ms, size_t k, struct inn_net *net,
			       const struct inn_measure_opts *o, unsigned jobs, double *out, bool *done,
			       struct inn_error *err)
{
	size_t n = net->model->nnodes, shared = 0;
	unsigned *worker = malloc((k + 1) * sizeof(*worker));
	unsigned long *load = calloc(jobs + 1, sizeof(*load));
	int ret = -1;

	if (!worker || !load) {
		inn_error_set(err, INN_EFAIL, "measures: out of memory");
		goto out;
	}
	/*
	 * Each measure with a share goes to the least loaded worker, largest shares first (the
	 * longest-processing-time rule), ties to the lower worker: the same plan every run.
	 */
	for (size_t i = 0; i < k; i++) {
		worker[i] = UINT_MAX;
		done[i] = false;
	}
	for (unsigned want = 16; jobs > 1 && want > 0; want--) {
		for (size_t i = 0; i < k; i++) {
			if (ms[i]->share != want || !inn_measure_applies(ms[i], net->model))
				continue;
			unsigned best = 0;
			for (unsigned w = 1; w < jobs; w++)
				if (load[w] < load[best])
					best = w;
			worker[i] = best;
			load[best] += want;
			shared++;
		}
	}
	ret = 0;
	if (shared > 1) {
		struct many c = {ms, k, net, o, worker};
		inn_progress_begin("measures", false);
		ret = inn_parallel_sum(jobs, k * n, shared, many_worker, &c, out, err);
		inn_progress_end();
		for (size_t i = 0; i < k && ret == 0; i++)
			done[i] = worker[i] != UINT_MAX;
	}
out:
	free(load);
	free(worker);
	return ret;
}
