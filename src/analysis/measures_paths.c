/*
 * measures_paths.c: betweenness, closeness and harmonic centrality, the shortest-path measures
 * that dominate the time on large networks: split across worker processes (-j), betweenness
 * optionally from a sample of sources (--samples), all with a progress bar.
 *
 * Betweenness is a sum over sources of each source's dependencies, so each worker takes every
 * jobs-th source and the parts are added in worker order. Closeness and harmonic are per node,
 * so each worker computes every jobs-th node and leaves the others at 0: the sum is exactly the
 * in-process value. Unweighted networks are searched breadth-first by measures_bfs.c, weighted
 * ones by igraph (Dijkstra). Results follow NetworkX as documented in the measure table
 * (measures.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "innonet/parallel.h"
#include "innonet/progress.h"
#include "measures_internal.h"

/* Each worker's share is computed in this many calls, so the bar moves and Ctrl-C is prompt. */
#define CHUNKS 20

/* Paths into a node, as NetworkX's closeness and harmonic centrality count them on directed graphs. */
static igraph_neimode_t in_mode(const struct inn_net *net)
{
	return net->model->directed ? IGRAPH_IN : IGRAPH_ALL;
}

/* A cutoff as a number of hops: paths of length <= cutoff; negative, no limit. */
static long hops(double cutoff)
{
	return cutoff < 0 ? -1 : cutoff >= 2147483647.0 ? 2147483647L : (long)cutoff;
}

/* What every worker of one measure shares (read-only; each worker has its own copy-on-write view). */
struct paths_ctx {
	struct inn_net *net;
	struct inn_bfs *bfs;             /* the searches of an unweighted network, or NULL (weighted: igraph) */
	struct inn_msbfs *ms;            /* with bfs: the multi-source searches, when ms->batched */
	const igraph_vector_t *weights;  /* distances on `simple`, or NULL */
	const igraph_integer_t *items;   /* sources (betweenness) or nodes (closeness, harmonic) */
	size_t nitems;
	double cutoff;                   /* negative: none */
	bool linear;                     /* betweenness: linear scaling (sampled sources) */
	const char *what;                /* the measure, for messages */
	int (*chunk)(struct paths_ctx *c, igraph_vector_int_t *ids, igraph_vector_t *res,
		     igraph_vector_int_t *reached, double *out);
};

/* Betweenness of the sources in ids: add their dependencies to out. */
static int between_chunk(struct paths_ctx *c, igraph_vector_int_t *ids, igraph_vector_t *res,
			 igraph_vector_int_t *reached, double *out)
{
	igraph_error_t rc;

	(void)reached;
	if (c->bfs && c->ms->batched) {
		uint32_t pass[LANES];
		for (igraph_integer_t i = 0, k = igraph_vector_int_size(ids); i < k; i += LANES) {
			size_t w = (size_t)(k - i < LANES ? k - i : LANES);
			for (size_t l = 0; l < w; l++)
				pass[l] = (uint32_t)VECTOR(*ids)[i + (igraph_integer_t)l];
			inn_msbfs_dependencies(c->ms, pass, w, hops(c->cutoff), c->linear, out);
		}
		return IGRAPH_SUCCESS;
	}
	if (c->bfs) {
		for (igraph_integer_t i = 0; i < igraph_vector_int_size(ids); i++)
			inn_bfs_dependencies(c->bfs, (uint32_t)VECTOR(*ids)[i], hops(c->cutoff), c->linear, out);
		return IGRAPH_SUCCESS;
	}
	rc = igraph_betweenness_subset(c->net->simple, res, igraph_vss_all(), c->net->model->directed,
				       igraph_vss_vector(ids), igraph_vss_all(), c->weights);
	if (rc != IGRAPH_SUCCESS)
		return rc;
	for (igraph_integer_t i = 0; i < igraph_vector_size(res); i++)
		out[i] += VECTOR(*res)[i];
	return IGRAPH_SUCCESS;
}

/*
 * Unweighted: for each node in ids, how many nodes reach it within the cutoff, the sum of their
 * distances and of the inverses, by passes of LANES nodes or one search at a time.
 */
static void reach_all(struct paths_ctx *c, igraph_vector_int_t *ids, void (*put)(struct paths_ctx *c, uint32_t v,
		      size_t r, double sum, double inv, double *out), double *out)
{
	igraph_integer_t k = igraph_vector_int_size(ids);

	if (c->ms->batched) {
		uint32_t pass[REACH_LANES];
		size_t r[REACH_LANES];
		double sum[REACH_LANES], inv[REACH_LANES];
		for (igraph_integer_t i = 0; i < k; i += REACH_LANES) {
			size_t w = (size_t)(k - i < REACH_LANES ? k - i : REACH_LANES);
			for (size_t l = 0; l < w; l++)
				pass[l] = (uint32_t)VECTOR(*ids)[i + (igraph_integer_t)l];
			inn_msbfs_reach(c->ms, pass, w, hops(c->cutoff), r, sum, inv);
			for (size_t l = 0; l < w; l++)
				put(c, pass[l], r[l], sum[l], inv[l], out);
		}
		return;
	}
	for (igraph_integer_t i = 0; i < k; i++) {
		size_t r;
		double sum, inv;
		inn_bfs_reach(c->bfs, (uint32_t)VECTOR(*ids)[i], hops(c->cutoff), &r, &sum, &inv);
		put(c, (uint32_t)VECTOR(*ids)[i], r, sum, inv, out);
	}
}

static void put_closeness(struct paths_ctx *c, uint32_t v, size_t r, double sum, double inv, double *out)
{
	size_t n = c->net->model->nnodes;

	inv = 1.0 / sum; /* as igraph gives it, so both paths print the same digits */
	out[v] = r > 0 && n > 1 ? (double)r * inv * (double)r / (double)(n - 1) : 0.0;
}

static void put_harmonic(struct paths_ctx *c, uint32_t v, size_t r, double sum, double inv, double *out)
{
	(void)c;
	(void)r;
	(void)sum;
	out[v] = inv;
}

/*
 * Closeness of the nodes in ids. igraph gives 1 / (sum of distances to the r reachable nodes).
 * NetworkX's closeness (wf_improved=True, Wasserman and Faust) is (r / sum) * (r / (n - 1)),
 * and 0 for a node that reaches nobody; with --cutoff, r and the sum count the nodes within it.
 */
static int closeness_chunk(struct paths_ctx *c, igraph_vector_int_t *ids, igraph_vector_t *res,
			   igraph_vector_int_t *reached, double *out)
{
	size_t n = c->net->model->nnodes;
	igraph_error_t rc;

	if (c->bfs) {
		reach_all(c, ids, put_closeness, out);
		return IGRAPH_SUCCESS;
	}
	rc = igraph_closeness_cutoff(c->net->simple, res, reached, NULL, igraph_vss_vector(ids), in_mode(c->net),
				     c->weights, false, c->cutoff < 0 ? -1 : c->cutoff);
	if (rc != IGRAPH_SUCCESS)
		return rc;
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(ids); i++) {
		double r = (double)VECTOR(*reached)[i], inv = VECTOR(*res)[i];
		out[VECTOR(*ids)[i]] = (r > 0 && n > 1 && isfinite(inv)) ? r * inv * r / (double)(n - 1) : 0.0;
	}
	return IGRAPH_SUCCESS;
}

/* Harmonic centrality of the nodes in ids: the sum of 1/distance from the others (within --cutoff). */
static int harmonic_chunk(struct paths_ctx *c, igraph_vector_int_t *ids, igraph_vector_t *res,
			  igraph_vector_int_t *reached, double *out)
{
	igraph_error_t rc;

	(void)reached;
	if (c->bfs) {
		reach_all(c, ids, put_harmonic, out);
		return IGRAPH_SUCCESS;
	}
	rc = igraph_harmonic_centrality_cutoff(c->net->simple, res, igraph_vss_vector(ids), in_mode(c->net),
					       c->weights, false, c->cutoff < 0 ? -1 : c->cutoff);
	if (rc != IGRAPH_SUCCESS)
		return rc;
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(ids); i++)
		out[VECTOR(*ids)[i]] = VECTOR(*res)[i];
	return IGRAPH_SUCCESS;
}

/* One worker: items at positions index, index + jobs, ... in CHUNKS calls. */
static int paths_worker(void *ctx, const struct inn_parallel_worker *w, double *out, struct inn_error *err)
{
	struct paths_ctx *c = ctx;
	size_t mine = c->nitems / w->jobs + (w->index < c->nitems % w->jobs);
	/* whole passes of the multi-source searches, but for the last */
	size_t per = (mine / CHUNKS + INN_MSBFS_CHUNK) / INN_MSBFS_CHUNK * INN_MSBFS_CHUNK;
	igraph_vector_int_t ids, reached;
	igraph_vector_t res;
	igraph_error_t rc;
	int ret = -1;

	if ((rc = igraph_vector_int_init(&ids, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, c->what, err);
	if ((rc = igraph_vector_int_init(&reached, 0)) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&ids);
		return inn_igraph_fail(rc, c->what, err);
	}
	if ((rc = igraph_vector_init(&res, 0)) != IGRAPH_SUCCESS)
		goto fail;
	for (size_t p = w->index; p < c->nitems;) {
		igraph_vector_int_clear(&ids);
		for (size_t k = 0; k < per && p < c->nitems; k++, p += w->jobs)
			if ((rc = igraph_vector_int_push_back(&ids, c->items[p])) != IGRAPH_SUCCESS)
				goto fail;
		if ((rc = c->chunk(c, &ids, &res, &reached, out)) != IGRAPH_SUCCESS)
			goto fail;
		inn_parallel_tick(w, (size_t)igraph_vector_int_size(&ids));
	}
	ret = 0;
fail:
	if (ret < 0)
		inn_igraph_fail(rc, c->what, err);
	igraph_vector_destroy(&res);
	igraph_vector_int_destroy(&reached);
	igraph_vector_int_destroy(&ids);
	return ret;
}

/*
 * The unweighted searches of net: one source at a time (bfs), and in passes (ms) when the kernel
 * and the network allow; then items (model indexes) are put in the passes' search order.
 */
static int searches_init(struct inn_net *net, struct inn_bfs *bfs, struct inn_msbfs *ms, igraph_integer_t *items,
			 size_t nitems, struct inn_error *err)
{
	enum inn_kernel kernel;
	bool forced;
	uint32_t *order;

	if (inn_msbfs_kernel(&kernel, &forced, err) < 0 || inn_bfs_init(bfs, net, err) < 0)
		return -1;
	if (inn_msbfs_init(ms, bfs, kernel, forced, err) < 0) {
		inn_bfs_release(bfs);
		return -1;
	}
	if (!ms->batched)
		return 0;
	if (!(order = malloc((nitems + 1) * sizeof(*order)))) {
		inn_msbfs_release(ms);
		inn_bfs_release(bfs);
		return inn_error_set(err, INN_EFAIL, "shortest paths: out of memory");
	}
	for (size_t i = 0; i < nitems; i++)
		order[i] = (uint32_t)items[i];
	inn_msbfs_sort(ms, order, nitems);
	for (size_t i = 0; i < nitems; i++)
		items[i] = order[i];
	free(order);
	return 0;
}

/* Run chunk over items in jobs workers, with weights (distances) from o and a progress bar. */
static int run_paths(struct inn_net *net, const struct inn_measure_opts *o, const char *what, unsigned jobs,
		     igraph_integer_t *items, size_t nitems,
		     int (*chunk)(struct paths_ctx *, igraph_vector_int_t *, igraph_vector_t *,
				  igraph_vector_int_t *, double *),
		     double *out, struct inn_error *err)
{
	struct paths_ctx c = {.net = net, .items = items, .nitems = nitems, .cutoff = o->cutoff,
			      .linear = o->linear, .what = what, .chunk = chunk};
	struct inn_bfs bfs;
	struct inn_msbfs ms;
	igraph_vector_t w;
	igraph_error_t rc;
	int ret;

	if ((rc = igraph_vector_init(&w, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	if (o->weight) {
		if (inn_net_weights(net, o->weight, inn_weight_role_for(o, INN_WEIGHT_DISTANCE), true, &w, err) < 0) {
			igraph_vector_destroy(&w);
			return -1;
		}
		c.weights = &w;
	} else {
		/* built before the workers start, which share it copy-on-write */
		if (searches_init(net, &bfs, &ms, items, nitems, err) < 0) {
			igraph_vector_destroy(&w);
			return -1;
		}
		c.bfs = &bfs;
		c.ms = &ms;
	}
	inn_progress_begin(what, false);
	ret = inn_parallel_sum(jobs, net->model->nnodes, nitems, paths_worker, &c, out, err);
	inn_progress_end();
	if (c.bfs) {
		inn_msbfs_release(&ms);
		inn_bfs_release(&bfs);
	}
	igraph_vector_destroy(&w);
	return ret;
}

/* Every node, in order: the items of an exact computation. */
static igraph_integer_t *all_nodes(size_t n, struct inn_error *err)
{
	igraph_integer_t *v = malloc((n + 1) * sizeof(*v));

	if (!v) {
		inn_error_set(err, INN_EFAIL, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		v[i] = (igraph_integer_t)i;
	return v;
}

/* splitmix64 (Steele, Lea and Flood 2014): a small generator whose stream is fixed by the seed alone. */
static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/*
 * k sources drawn uniformly without replacement (the first k steps of a Fisher-Yates shuffle),
 * from innonet's own generator so the draw depends on the seed only, not on what else ran.
 */
static igraph_integer_t *sample_nodes(size_t n, size_t k, unsigned long seed, struct inn_error *err)
{
	igraph_integer_t *v = all_nodes(n, err);
	uint64_t state = seed;

	if (!v)
		return NULL;
	for (size_t i = 0; i < k && i + 1 < n; i++) {
		/* multiply-shift maps 64 random bits onto 0 .. n-i-1 with negligible bias for any n here */
		size_t j = i + (size_t)(((unsigned __int128)splitmix64(&state) * (n - i)) >> 64);
		igraph_integer_t t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
	return v;
}

int inn_measure_betweenness(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			    struct inn_error *err)
{
	size_t n = net->model->nnodes, k = o->samples;
	unsigned jobs = inn_measure_jobs(o, n);
	igraph_integer_t *items = NULL;
	int ret = -1;

	if (k > 0 && o->cutoff >= 0)
		return inn_error_set(err, INN_EINPUT, "betweenness: --samples and --cutoff cannot be combined");
	if (k > n)
		return inn_error_set(err, INN_EINPUT, "betweenness: --samples %zu is more than the %zu nodes", k, n);
	if (o->linear && (k == 0 || o->weight))
		return inn_error_set(err, INN_EINPUT, "betweenness: linear scaling needs --samples and no --weight");
	if (o->weight && k == 0 && (jobs == 1 || o->cutoff >= 0)) {
		/* weighted, in process or with a cutoff (which igraph_betweenness_subset lacks): one igraph call */
		igraph_vector_t w, res;
		igraph_error_t rc;

		if ((rc = igraph_vector_init(&w, 0)) != IGRAPH_SUCCESS)
			return inn_igraph_fail(rc, "betweenness", err);
		if ((rc = igraph_vector_init(&res, 0)) != IGRAPH_SUCCESS) {
			igraph_vector_destroy(&w);
			return inn_igraph_fail(rc, "betweenness", err);
		}
		if (inn_net_weights(net, o->weight, inn_weight_role_for(o, INN_WEIGHT_DISTANCE), true, &w, err) == 0) {
			/* igraph's cutoff counts the shortest paths of length <= cutoff only; negative means no limit */
			inn_progress_begin("betweenness", true);
			rc = igraph_betweenness_cutoff(net->simple, &res, igraph_vss_all(), net->model->directed, &w,
						       o->cutoff < 0 ? -1 : o->cutoff);
			inn_progress_end();
			if (rc == IGRAPH_SUCCESS) {
				for (size_t i = 0; i < n; i++)
					out[i] = VECTOR(res)[i];
				ret = 0;
			} else {
				inn_igraph_fail(rc, "betweenness", err);
			}
		}
		igraph_vector_destroy(&res);
		igraph_vector_destroy(&w);
	} else {
		items = k > 0 ? sample_nodes(n, k, o->seed, err) : all_nodes(n, err);
		if (items)
			ret = run_paths(net, o, "betweenness", jobs, items, k > 0 ? k : n, between_chunk, out, err);
		free(items);
		/*
		 * Every ordered pair was counted: on undirected networks each path twice, which igraph
		 * (and NetworkX with normalized=False) count once. The linear scaling's weights of a
		 * pair already add up to one over its two ends.
		 */
		if (ret == 0 && !o->weight && !o->linear && !net->model->directed)
			for (size_t i = 0; i < n; i++)
				out[i] /= 2;
		/* sampled: each source stands for n/k of them (nx.betweenness_centrality(k=...)) */
		if (ret == 0 && k > 0)
			for (size_t i = 0; i < n; i++)
				out[i] *= (double)n / (double)k;
	}
	if (ret < 0)
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

/* run_paths from every node: closeness and harmonic have no sampled variant, unlike betweenness. */
static int run_all(struct inn_net *net, const struct inn_measure_opts *o, const char *what,
		   int (*chunk)(struct paths_ctx *, igraph_vector_int_t *, igraph_vector_t *,
				igraph_vector_int_t *, double *),
		   double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_integer_t *items = all_nodes(n, err);
	int ret;

	if (!items)
		return -1;
	ret = run_paths(net, o, what, inn_measure_jobs(o, n), items, n, chunk, out, err);
	free(items);
	return ret;
}

int inn_measure_closeness(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			  struct inn_error *err)
{
	return run_all(net, o, "closeness", closeness_chunk, out, err);
}

int inn_measure_harmonic(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			 struct inn_error *err)
{
	size_t n = net->model->nnodes;
	int ret = run_all(net, o, "harmonic", harmonic_chunk, out, err);

	if (ret == 0 && o->normalized && n > 1)
		for (size_t i = 0; i < n; i++)
			out[i] /= (double)(n - 1);
	return ret;
}
