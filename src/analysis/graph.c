/* graph.c: model -> igraph graph; igraph's error handler and random seed live here. */
#include "innonet/graph.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The reason of the last igraph error; igraph is single-threaded here, so one buffer serves. */
static char igraph_reason[512];

/*
 * igraph's default handler aborts the process. This one keeps the reason and frees what igraph
 * registered with IGRAPH_FINALLY, so the failing call returns its error code to innonet.
 */
static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t code)
{
	(void)file;
	(void)line;
	/* some of igraph's errors come without a reason: then the code's text alone, no empty slot */
	if (reason && *reason)
		snprintf(igraph_reason, sizeof(igraph_reason), "%s (%s)", reason, igraph_strerror(code));
	else
		snprintf(igraph_reason, sizeof(igraph_reason), "%s", igraph_strerror(code));
	IGRAPH_FINALLY_FREE();
}

/* Warnings (a disconnected graph for eigenvector centrality, ...) are documented behaviour, not news. */
static void on_igraph_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

/* OpenMP's C API (libgomp, which Debian's igraph is built with); declared here so no OpenMP
 * compiler flag is needed just to call it. */
void omp_set_num_threads(int num_threads);

void inn_igraph_setup(unsigned long seed)
{
	/*
	 * igraph's PageRank (PRPACK) sums in OpenMP threads whose partial sums meet in whatever order
	 * they finish, so the last bits of a score changed from run to run. One thread keeps the
	 * same input giving the same bytes; parallel work is done in processes (rank -j) instead.
	 */
	omp_set_num_threads(1);
	igraph_set_error_handler(on_igraph_error);
	igraph_set_warning_handler(on_igraph_warning);
	/* igraph seeds itself from the clock otherwise; output must not depend on the time of day */
	igraph_rng_seed(igraph_rng_default(), seed);
}

int inn_rng_init(igraph_rng_t *rng, unsigned long seed, const char *what, struct inn_error *err)
{
	igraph_error_t rc = igraph_rng_init(rng, &igraph_rngtype_pcg32);

	if (rc != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	igraph_rng_seed(rng, (igraph_uint_t)seed);
	return 0;
}

int inn_igraph_fail(igraph_error_t rc, const char *what, struct inn_error *err)
{
	if (rc == IGRAPH_ENOMEM)
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", what);
	return inn_error_set(err, INN_EFAIL, "%s: %s", what, igraph_reason[0] ? igraph_reason : igraph_strerror(rc));
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* The pair of a link as one sortable key; undirected pairs are put in order. */
static uint64_t pair_of(const struct inn_link *l, bool directed)
{
	uint32_t s = l->source, t = l->target;

	if (!directed && s > t) {
		uint32_t x = s;
		s = t;
		t = x;
	}
	return ((uint64_t)s << 32) | t;
}

/* A link's pair and its index: sorted by pair, runs of equal pairs are parallel links. */
struct keyed {
	uint64_t pair;
	uint64_t link; /* a model link index, or an edge of `simple` */
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = cmp_u64(&x->pair, &y->pair);
	return c ? c : (x->link > y->link) - (x->link < y->link);
}

static int cmp_link(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	return (x->link > y->link) - (x->link < y->link);
}

/*
 * `simple`: the graph with each pair of nodes joined once. A model that is not a multigraph has
 * no parallel links (every loader refuses them or marks the model a multigraph), and a
 * multigraph may have none either: then `simple` is the graph itself.
 */
static int build_simple(struct inn_net *net, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	struct keyed *k;
	igraph_vector_int_t edges;
	igraph_error_t rc;
	size_t kept = 0;

	net->simple = &net->graph;
	if (!m->multigraph || m->nlinks < 2)
		return 0;
	if (!(k = malloc(m->nlinks * sizeof(*k))))
		return inn_error_set(err, INN_EFAIL, "building the graph: out of memory");
	for (size_t j = 0; j < m->nlinks; j++) {
		k[j].pair = pair_of(&m->links[j], m->directed);
		k[j].link = j;
	}
	qsort(k, m->nlinks, sizeof(*k), cmp_keyed);
	for (size_t j = 0; j < m->nlinks; j++)
		if (j == 0 || k[j].pair != k[j - 1].pair)
			k[kept++] = k[j];
	if (kept == m->nlinks) {
		free(k);
		return 0;
	}
	/* Keep the first link of each pair, then restore model order among the kept ones. */
	qsort(k, kept, sizeof(*k), cmp_link);
	rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * kept));
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_vector_int_init(&net->simple_of, (igraph_integer_t)kept);
	else
		igraph_vector_int_init(&net->simple_of, 0);
	if (rc != IGRAPH_SUCCESS) {
		free(k);
		igraph_vector_int_destroy(&edges);
		igraph_vector_int_destroy(&net->simple_of);
		return inn_igraph_fail(rc, "building the graph", err);
	}
	for (size_t j = 0; j < kept; j++) {
		const struct inn_link *l = &m->links[k[j].link];
		VECTOR(edges)[2 * j] = l->source;
		VECTOR(edges)[2 * j + 1] = l->target;
		VECTOR(net->simple_of)[j] = (igraph_integer_t)k[j].link;
	}
	free(k);
	rc = igraph_create(&net->merged, &edges, (igraph_integer_t)m->nnodes, m->directed);
	igraph_vector_int_destroy(&edges);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&net->simple_of);
		return inn_igraph_fail(rc, "building the graph", err);
	}
	net->simple = &net->merged;
	net->has_parallel = true;
	return 0;
}

int inn_net_init(struct inn_net *net, const struct inn_model *m, struct inn_error *err)
{
	igraph_vector_int_t edges;
	igraph_error_t rc;

	memset(net, 0, sizeof(*net));
	net->model = m;
	rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m->nlinks));
	if (rc != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "building the graph", err);
	for (size_t j = 0; j < m->nlinks; j++) {
		VECTOR(edges)[2 * j] = m->links[j].source;
		VECTOR(edges)[2 * j + 1] = m->links[j].target;
	}
	rc = igraph_create(&net->graph, &edges, (igraph_integer_t)m->nnodes, m->directed);
	igraph_vector_int_destroy(&edges);
	if (rc != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "building the graph", err);
	if (build_simple(net, err) < 0) {
		igraph_destroy(&net->graph);
		return -1;
	}
	net->model = m;
	return 0;
}

int inn_net_lists(const struct inn_net *net, enum inn_lists which, uint32_t **start, uint32_t **adj,
		  struct inn_error *err)
{
	const igraph_t *g = net->simple;
	size_t n = net->model->nnodes, m = (size_t)igraph_ecount(g);
	bool out = which != INN_LISTS_IN || !net->model->directed, in = which != INN_LISTS_OUT || !net->model->directed;
	uint32_t *fill = malloc((n + 1) * sizeof(*fill));

	*start = calloc(n + 1, sizeof(**start));
	*adj = malloc(((out + in) * m + 1) * sizeof(**adj));
	if (!fill || !*start || !*adj) {
		free(fill);
		free(*start);
		free(*adj);
		*start = *adj = NULL;
		return inn_error_set(err, INN_EFAIL, "neighbour lists: out of memory");
	}
	/* a counting sort of the arcs by the node whose list they go to */
	for (size_t e = 0; e < m; e++) {
		if (out)
			(*start)[IGRAPH_FROM(g, e) + 1]++;
		if (in)
			(*start)[IGRAPH_TO(g, e) + 1]++;
	}
	for (size_t v = 0; v < n; v++)
		(*start)[v + 1] += (*start)[v];
	memcpy(fill, *start, n * sizeof(*fill));
	for (size_t e = 0; e < m; e++) {
		uint32_t u = (uint32_t)IGRAPH_FROM(g, e), v = (uint32_t)IGRAPH_TO(g, e);
		if (out)
			(*adj)[fill[u]++] = v;
		if (in)
			(*adj)[fill[v]++] = u;
	}
	free(fill);
	return 0;
}

void inn_net_release(struct inn_net *net)
{
	if (!net->model)
		return;
	if (net->has_parallel) {
		igraph_destroy(&net->merged);
		igraph_vector_int_destroy(&net->simple_of);
	}
	igraph_destroy(&net->graph);
	net->model = NULL;
}

static int link_weight(const struct inn_net *net, size_t j, const char *attr, enum inn_weight_role role,
		       double *w, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	const struct inn_link *l = &m->links[j];
	const char *problem = NULL;

	if (!inn_link_number(m, l, attr, w)) {
		const struct inn_link_more *x = inn_link_more(m, l);
		const struct inn_value *v = strcmp(attr, "weight") ? inn_attr_get(x->attrs, x->nattrs, attr) : NULL;
		if (v && v->type != INN_VAL_NULL)
			problem = "is not a number";
		*w = 1.0;
	} else if (!isfinite(*w)) {
		problem = "is not finite";
	} else if (role == INN_WEIGHT_DISTANCE && *w <= 0) {
		problem = "must be positive to act as a distance";
	} else if (role == INN_WEIGHT_STRENGTH && *w < 0) {
		problem = "must not be negative";
	} else if ((role == INN_WEIGHT_STRENGTH_AS_DISTANCE || role == INN_WEIGHT_DISTANCE_AS_STRENGTH) && *w <= 0) {
		problem = "must be positive to be turned into its inverse (--weight-is)";
	} else if (role == INN_WEIGHT_STRENGTH_AS_DISTANCE || role == INN_WEIGHT_DISTANCE_AS_STRENGTH) {
		*w = 1.0 / *w;
	}
	if (problem)
		return inn_error_set(err, INN_EINPUT, "%s: links[%zu] ('%.60s' %s '%.60s'): weight '%s' %s",
				     m->origin, j, m->nodes[l->source].id, m->directed ? "->" : "--",
				     m->nodes[l->target].id, attr, problem);
	return 0;
}

int inn_net_weights(struct inn_net *net, const char *attr, enum inn_weight_role role, bool simple,
		    igraph_vector_t *w, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	igraph_integer_t ne = igraph_ecount(simple ? net->simple : &net->graph);
	igraph_error_t rc = igraph_vector_resize(w, ne);
	double x;

	if (rc != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "weights", err);
	if (!simple || !net->has_parallel) {
		for (igraph_integer_t e = 0; e < ne; e++) {
			size_t j = simple ? inn_net_simple_link(net, e) : (size_t)e;
			if (link_weight(net, j, attr, role, &x, err) < 0)
				return -1;
			VECTOR(*w)[e] = x;
		}
		return 0;
	}
	/* Parallel links: combine every link of a pair into the edge that stands for it. */
	struct keyed *pairs = malloc((size_t)(ne ? ne : 1) * sizeof(*pairs));
	if (!pairs)
		return inn_error_set(err, INN_EFAIL, "weights: out of memory");
	for (igraph_integer_t e = 0; e < ne; e++) {
		pairs[e].pair = pair_of(&m->links[VECTOR(net->simple_of)[e]], m->directed);
		pairs[e].link = (uint64_t)e;
		VECTOR(*w)[e] = NAN;
	}
	qsort(pairs, (size_t)ne, sizeof(*pairs), cmp_keyed); /* pairs are unique in `simple` */
	for (size_t j = 0; j < m->nlinks; j++) {
		struct keyed key = {pair_of(&m->links[j], m->directed), 0};
		size_t lo = 0, hi = (size_t)ne;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (cmp_u64(&pairs[mid].pair, &key.pair) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (link_weight(net, j, attr, role, &x, err) < 0) {
			free(pairs);
			return -1;
		}
		double *slot = &VECTOR(*w)[pairs[lo].link];
		if (isnan(*slot))
			*slot = x;
		else if (role == INN_WEIGHT_STRENGTH || role == INN_WEIGHT_DISTANCE_AS_STRENGTH)
			*slot += x;
		else if (x < *slot)
			*slot = x;
	}
	free(pairs);
	return 0;
}
