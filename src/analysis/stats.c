/*
 * stats.c: whole-network statistics on igraph, each matched to a NetworkX function (named in
 * stats.h) and checked against it in tests/unit/test_stats.c (ref/stats.json, make_refs.py).
 */
#include "innonet/stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/measures.h"
#include "innonet/structure.h"

static int cmp_name(const char *a, const char *b)
{
	if (!a || !b)
		return (a == NULL) - (b == NULL); /* no kind last */
	return strcmp(a, b);
}

static int by_name(const void *a, const void *b)
{
	return cmp_name(*(const char *const *)a, *(const char *const *)b);
}

static int by_count_then_name(const void *a, const void *b)
{
	const struct inn_tally *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return cmp_name(x->name, y->name);
}

/* Count names[0 .. n): *out gets the distinct names by count, then name. */
static int tally(const char **names, size_t n, struct inn_tally **out, size_t *nout)
{
	size_t k = 0;

	*nout = 0;
	if (!(*out = calloc(n + 1, sizeof(**out))))
		return -1;
	qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || cmp_name(names[i], names[i - 1]) != 0)
			(*out)[k++].name = names[i];
		(*out)[k - 1].count++;
	}
	qsort(*out, k, sizeof(**out), by_count_then_name);
	*nout = k;
	return 0;
}

static int by_size_then_first(const void *a, const void *b)
{
	const struct inn_component *x = a, *y = b;
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return (x->members[0] > y->members[0]) - (x->members[0] < y->members[0]);
}

/* The components of net as inn_component structs, largest first; members index into one block. */
static int components(struct inn_net *net, bool strong, struct inn_component **out, size_t *nout,
		      struct inn_error *err)
{
	size_t n = net->model->nnodes, count, *member = malloc((n + 1) * sizeof(*member));
	size_t *block = malloc((n + 1) * sizeof(*block)), *fill = NULL;
	struct inn_component *c = NULL;

	*out = NULL;
	*nout = 0;
	if (!member || !block)
		goto oom;
	if (inn_components(net, strong, member, &count, err) < 0) {
		free(member);
		free(block);
		return -1;
	}
	if (!(c = calloc(count + 1, sizeof(*c))) || !(fill = calloc(count + 1, sizeof(*fill))))
		goto oom;
	for (size_t i = 0; i < n; i++)
		c[member[i]].size++;
	/* one block of n indices, cut into the components in their numbering (by first node) */
	for (size_t k = 0, at = 0; k < count; k++) {
		c[k].members = block + at;
		at += c[k].size;
	}
	for (size_t i = 0; i < n; i++)
		c[member[i]].members[fill[member[i]]++] = i;
	qsort(c, count, sizeof(*c), by_size_then_first);
	free(fill);
	free(member);
	if (count == 0) /* the empty network: no component holds the block, so components_free could not find it */
		free(block);
	*out = c;
	*nout = count;
	return 0;
oom:
	free(fill);
	free(c);
	free(block);
	free(member);
	return inn_error_set(err, INN_EFAIL, "stats: out of memory");
}

/* The block behind the members of a component list is the one the first-numbered component starts. */
static void components_free(struct inn_component *c, size_t count)
{
	size_t *block = NULL;

	for (size_t k = 0; k < count; k++)
		if (c[k].size && (!block || c[k].members < block))
			block = c[k].members;
	free(block);
	free(c);
}

static int tallies(const struct inn_model *m, struct inn_stats *s, struct inn_error *err)
{
	const char **names = malloc((m->nnodes > m->nlinks ? m->nnodes : m->nlinks) * sizeof(*names) + 1);
	int rc;

	if (!names)
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	for (size_t i = 0; i < m->nnodes; i++)
		names[i] = m->nodes[i].kind;
	rc = tally(names, m->nnodes, &s->kinds, &s->nkinds);
	for (size_t j = 0; rc == 0 && j < m->nlinks; j++)
		names[j] = inn_link_relation(m, &m->links[j]);
	if (rc == 0)
		rc = tally(names, m->nlinks, &s->relations, &s->nrelations);
	free(names);
	return rc < 0 ? inn_error_set(err, INN_EFAIL, "stats: out of memory") : 0;
}

/* Diameter, radius and average distance of the largest (strong) component: NetworkX needs it connected. */
static int distances(struct inn_net *net, struct inn_stats *s, struct inn_error *err)
{
	const struct inn_component *c = s->directed ? &s->strong[0] : &s->weak[0];
	igraph_vector_int_t vids;
	igraph_t sub;
	igraph_error_t rc;

	s->distance_nodes = c->size;
	s->distance_whole = c->size == s->nnodes;
	if (c->size < 2) /* one node: every distance is 0, as NetworkX says */
		return 0;
	if ((rc = igraph_vector_int_init(&vids, (igraph_integer_t)c->size)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "stats", err);
	for (size_t k = 0; k < c->size; k++)
		VECTOR(vids)[k] = (igraph_integer_t)c->members[k];
	/* on `simple`: parallel links do not shorten anything */
	rc = igraph_induced_subgraph(net->simple, &sub, igraph_vss_vector(&vids), IGRAPH_SUBGRAPH_AUTO);
	igraph_vector_int_destroy(&vids);
	if (rc != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "stats: distances", err);
	rc = igraph_diameter(&sub, &s->diameter, NULL, NULL, NULL, NULL, true, true);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_radius(&sub, &s->radius, IGRAPH_OUT);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_average_path_length(&sub, &s->average_path_length, NULL, true, true);
	igraph_destroy(&sub);
	return rc == IGRAPH_SUCCESS ? 0 : inn_igraph_fail(rc, "stats: distances", err);
}

/* Transitivity and clustering on the undirected simple view (NetworkX drops self-loops in them). */
static int clustering(struct inn_net *net, struct inn_stats *s, struct inn_error *err)
{
	igraph_t u;
	igraph_error_t rc;

	if ((rc = igraph_copy(&u, net->simple)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "stats: clustering", err);
	if (s->directed)
		rc = igraph_to_undirected(&u, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_simplify(&u, true, true, NULL);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_transitivity_undirected(&u, &s->transitivity, IGRAPH_TRANSITIVITY_ZERO);
	if (rc == IGRAPH_SUCCESS) /* count_zeros=True: nodes with fewer than two neighbours count 0 */
		rc = igraph_transitivity_avglocal_undirected(&u, &s->average_clustering, IGRAPH_TRANSITIVITY_ZERO);
	igraph_destroy(&u);
	return rc == IGRAPH_SUCCESS ? 0 : inn_igraph_fail(rc, "stats: clustering", err);
}

/*
 * nx.degree_assortativity_coefficient: the Pearson correlation of the degrees at the two ends of
 * a link, over NetworkX's pairs. On a directed model each link gives one pair (out-degree of the
 * source, in-degree of the target); on an undirected one each link gives both orders, but a
 * self-loop one pair only (G.edges(u) lists it once), while its node's degree counts it twice.
 * igraph counts the loop's pair twice, which moves the value on networks with loops.
 */
static int degree_assortativity(const struct inn_model *m, double *r, struct inn_error *err)
{
	size_t n = m->nnodes, *out = calloc(n + 1, sizeof(*out)), *in = calloc(n + 1, sizeof(*in));
	double sx = 0, sy = 0, cnt = 0, mx, my, cxy = 0, cxx = 0, cyy = 0;

	if (!out || !in) {
		free(out);
		free(in);
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		out[m->links[j].source]++;
		in[m->links[j].target]++;
	}
	if (!m->directed) /* the degree, in and out together: a loop twice */
		for (size_t i = 0; i < n; i++)
			out[i] = in[i] = out[i] + in[i];
	/* two passes, means first: the sums of squares stay small */
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1) {
			mx = sx / cnt;
			my = sy / cnt;
		}
		for (size_t j = 0; j < m->nlinks; j++) {
			const struct inn_link *l = &m->links[j];
			bool both = !m->directed && l->source != l->target;
			for (int k = 0; k <= (int)both; k++) {
				double x = (double)out[k ? l->target : l->source], y = (double)in[k ? l->source : l->target];
				if (pass == 0) {
					sx += x;
					sy += y;
					cnt++;
				} else {
					cxy += (x - mx) * (y - my);
					cxx += (x - mx) * (x - mx);
					cyy += (y - my) * (y - my);
				}
			}
		}
		if (cnt == 0)
			break;
	}
	*r = cnt > 0 && cxx > 0 && cyy > 0 ? cxy / sqrt(cxx * cyy) : NAN;
	free(out);
	free(in);
	return 0;
}

static int assortativity(struct inn_net *net, struct inn_stats *s, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	igraph_vector_int_t types;
	igraph_error_t rc;

	if (degree_assortativity(m, &s->degree_assortativity, err) < 0)
		return -1;
	s->kind_assortativity = NAN;
	for (size_t i = 0; i < m->nnodes; i++)
		s->has_kinds = s->has_kinds || m->nodes[i].kind;
	if (!s->has_kinds)
		return 0;
	if ((rc = igraph_vector_int_init(&types, (igraph_integer_t)m->nnodes)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "stats: assortativity", err);
	/* each kind one category, nodes without a kind one more (NetworkX's None) */
	for (size_t i = 0; i < m->nnodes; i++)
		for (size_t k = 0; k < s->nkinds; k++)
			if (s->kinds[k].name == m->nodes[i].kind)
				VECTOR(types)[i] = (igraph_integer_t)k;
	rc = igraph_assortativity_nominal(&net->graph, &types, &s->kind_assortativity, true, true);
	igraph_vector_int_destroy(&types);
	return rc == IGRAPH_SUCCESS ? 0 : inn_igraph_fail(rc, "stats: assortativity", err);
}

static int cores(struct inn_net *net, struct inn_stats *s, struct inn_error *err)
{
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	size_t n = s->nnodes;
	double *core = calloc(n + 1, sizeof(*core));

	if (!core)
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	if (inn_measure_compute(inn_measure_find("coreness"), net, &o, core, err) != 0) {
		free(core);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if ((size_t)core[i] > s->max_core)
			s->max_core = (size_t)core[i];
	if (!(s->core_sizes = calloc(s->max_core + 1, sizeof(*s->core_sizes)))) {
		free(core);
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	}
	for (size_t i = 0; i < n; i++)
		for (size_t k = 1; k <= (size_t)core[i]; k++)
			s->core_sizes[k - 1]++;
	free(core);
	return 0;
}

/* *best lowered to the number of node-independent paths from s to t in g, when that is fewer. */
static igraph_error_t fewer_paths(const igraph_t *g, igraph_integer_t s, igraph_integer_t t, igraph_integer_t *best)
{
	igraph_integer_t k;
	igraph_error_t rc;

	if ((rc = igraph_st_vertex_connectivity(g, &k, s, t, IGRAPH_VCONN_NEI_ERROR)) != IGRAPH_SUCCESS)
		IGRAPH_ERROR("vertex connectivity", rc);
	if (k < *best)
		*best = k;
	return IGRAPH_SUCCESS;
}

/*
 * The vertex connectivity of a simple, connected, undirected graph g of n >= 2 nodes, by
 * Esfahanian and Hakimi's algorithm (NetworkX's node_connectivity): it is at most the least
 * degree; with v a node of that degree, it is the least number of node-independent paths between
 * v and a node not adjacent to it, or between two neighbours of v not adjacent to each other.
 * That is n + delta^2 maximum flows at most, where igraph_vertex_connectivity runs one for every
 * pair of nodes (minutes on 2,000 nodes). The flows run on g made directed once (two arcs a link).
 */
static igraph_error_t vertex_connectivity_undirected(const igraph_t *g, igraph_integer_t *res)
{
	igraph_integer_t n = igraph_vcount(g), v = 0, best;
	igraph_vector_int_t deg, nbrs;
	igraph_t d;
	bool *adj = NULL;

	IGRAPH_CHECK(igraph_vector_int_init(&deg, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &deg);
	IGRAPH_CHECK(igraph_vector_int_init(&nbrs, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &nbrs);
	IGRAPH_CHECK(igraph_degree(g, &deg, igraph_vss_all(), IGRAPH_ALL, false));
	for (igraph_integer_t i = 1; i < n; i++)
		if (VECTOR(deg)[i] < VECTOR(deg)[v])
			v = i;
	best = VECTOR(deg)[v];
	IGRAPH_CHECK(igraph_neighbors(g, &nbrs, v, IGRAPH_ALL));
	IGRAPH_CHECK(igraph_copy(&d, g));
	IGRAPH_FINALLY(igraph_destroy, &d);
	IGRAPH_CHECK(igraph_to_directed(&d, IGRAPH_TO_DIRECTED_MUTUAL));
	adj = calloc((size_t)n, sizeof(*adj));
	IGRAPH_CHECK_OOM(adj, "vertex connectivity");
	IGRAPH_FINALLY(free, adj);
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(&nbrs); i++)
		adj[VECTOR(nbrs)[i]] = true;
	/* v and every node not adjacent to it; 1 is the least a connected graph can have */
	for (igraph_integer_t w = 0; w < n && best > 1; w++) {
		if (w == v || adj[w])
			continue;
		IGRAPH_CHECK(fewer_paths(&d, v, w, &best));
	}
	/* two neighbours of v not adjacent to each other */
	for (igraph_integer_t a = 0; a < igraph_vector_int_size(&nbrs) && best > 1; a++) {
		igraph_integer_t x = VECTOR(nbrs)[a];
		for (igraph_integer_t b = a + 1; b < igraph_vector_int_size(&nbrs) && best > 1; b++) {
			igraph_integer_t y = VECTOR(nbrs)[b], eid;
			IGRAPH_CHECK(igraph_get_eid(g, &eid, x, y, IGRAPH_UNDIRECTED, false));
			if (eid >= 0)
				continue;
			IGRAPH_CHECK(fewer_paths(&d, x, y, &best));
		}
	}
	*res = best;
	free(adj);
	igraph_destroy(&d);
	igraph_vector_int_destroy(&nbrs);
	igraph_vector_int_destroy(&deg);
	IGRAPH_FINALLY_CLEAN(4);
	return IGRAPH_SUCCESS;
}

/*
 * The vertex connectivity of a simple, strongly connected, directed graph g of n >= 2 nodes, by
 * Even's algorithm: a least cut S, separating some x from some y, leaves out one of any |S| + 1
 * nodes, and that node has a node on the far side of S, to or from which it has no arc. So the
 * least number of node-independent paths over the ordered pairs without an arc, each of the first
 * best + 1 nodes paired with every node in both directions, is the connectivity; best starts at
 * the least in- or out-degree of a node not linked to every other (removing its successors, or
 * predecessors, cuts it off). Some (best + 1) 2n flows where igraph_vertex_connectivity runs one
 * for every ordered pair (minutes on 2,000 nodes). NetworkX's node_connectivity is not the
 * reference here: on digraphs it tests weak connectivity and one direction, and differs from
 * igraph's (and from the least over all pairs) on about a third of small random digraphs.
 */
static igraph_error_t vertex_connectivity_directed(const igraph_t *g, igraph_integer_t *res)
{
	igraph_integer_t n = igraph_vcount(g), best = n - 1;
	igraph_vector_int_t out, in, nbrs;
	unsigned char *arc = NULL; /* for the node i: 1 an arc i -> j, 2 an arc j -> i */

	IGRAPH_CHECK(igraph_vector_int_init(&out, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &out);
	IGRAPH_CHECK(igraph_vector_int_init(&in, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &in);
	IGRAPH_CHECK(igraph_vector_int_init(&nbrs, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &nbrs);
	IGRAPH_CHECK(igraph_degree(g, &out, igraph_vss_all(), IGRAPH_OUT, false));
	IGRAPH_CHECK(igraph_degree(g, &in, igraph_vss_all(), IGRAPH_IN, false));
	for (igraph_integer_t v = 0; v < n; v++) {
		if (VECTOR(out)[v] < n - 1 && VECTOR(out)[v] < best)
			best = VECTOR(out)[v];
		if (VECTOR(in)[v] < n - 1 && VECTOR(in)[v] < best)
			best = VECTOR(in)[v];
	}
	arc = calloc((size_t)n, 1);
	IGRAPH_CHECK_OOM(arc, "vertex connectivity");
	IGRAPH_FINALLY(free, arc);
	for (igraph_integer_t i = 0; i < n && i <= best && best > 1; i++) {
		memset(arc, 0, (size_t)n);
		IGRAPH_CHECK(igraph_neighbors(g, &nbrs, i, IGRAPH_OUT));
		for (igraph_integer_t a = 0; a < igraph_vector_int_size(&nbrs); a++)
			arc[VECTOR(nbrs)[a]] |= 1;
		IGRAPH_CHECK(igraph_neighbors(g, &nbrs, i, IGRAPH_IN));
		for (igraph_integer_t a = 0; a < igraph_vector_int_size(&nbrs); a++)
			arc[VECTOR(nbrs)[a]] |= 2;
		for (igraph_integer_t j = i + 1; j < n && best > 1; j++) {
			if (!(arc[j] & 1))
				IGRAPH_CHECK(fewer_paths(g, i, j, &best));
			if (!(arc[j] & 2) && best > 1)
				IGRAPH_CHECK(fewer_paths(g, j, i, &best));
		}
	}
	*res = best;
	free(arc);
	igraph_vector_int_destroy(&nbrs);
	igraph_vector_int_destroy(&in);
	igraph_vector_int_destroy(&out);
	IGRAPH_FINALLY_CLEAN(4);
	return IGRAPH_SUCCESS;
}

int inn_stats_compute(struct inn_net *net, struct inn_stats *s, struct inn_error *err)
{
	return inn_stats_compute_some(net, s, true, err);
}

int inn_stats_compute_some(struct inn_net *net, struct inn_stats *s, bool connectivity, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	igraph_integer_t conn;
	igraph_error_t rc;

	memset(s, 0, sizeof(*s));
	s->nnodes = n;
	s->nlinks = m->nlinks;
	s->directed = m->directed;
	/* nx.density counts every link, parallel ones and self-loops included */
	s->density = n < 2 ? 0.0 : (double)m->nlinks * (m->directed ? 1.0 : 2.0) / ((double)n * (double)(n - 1));
	if (tallies(m, s, err) < 0 || components(net, false, &s->weak, &s->nweak, err) < 0 ||
	    (m->directed && components(net, true, &s->strong, &s->nstrong, err) < 0))
		return -1;
	s->articulation = calloc(n + 1, sizeof(*s->articulation));
	s->bridge = calloc(m->nlinks + 1, sizeof(*s->bridge));
	if (!s->articulation || !s->bridge) {
		inn_error_set(err, INN_EFAIL, "stats: out of memory");
		return -1;
	}
	if (inn_articulation_points(net, s->articulation, err) < 0 || inn_bridges(net, s->bridge, err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		s->narticulation += s->articulation[i];
	for (size_t j = 0; j < m->nlinks; j++)
		s->nbridges += s->bridge[j];
	/* vertex connectivity on `simple` (parallel links change nothing), edge connectivity on every link */
	if (n > 1 && connectivity) {
		/*
		 * undirected: 0 when it falls apart, 1 when a node's loss cuts it, else Esfahanian and
		 * Hakimi's few flows; directed: 0 when it is not strongly connected, else Even's
		 */
		if (!m->directed && s->nweak != 1)
			conn = 0, rc = IGRAPH_SUCCESS;
		else if (!m->directed && s->narticulation > 0)
			conn = 1, rc = IGRAPH_SUCCESS;
		else if (!m->directed)
			rc = vertex_connectivity_undirected(net->simple, &conn);
		else if (s->nstrong != 1)
			conn = 0, rc = IGRAPH_SUCCESS;
		else
			rc = vertex_connectivity_directed(net->simple, &conn);
		if (rc != IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "stats: vertex connectivity", err);
			return -1;
		}
		s->vertex_connectivity = (size_t)conn;
		if ((rc = igraph_edge_connectivity(&net->graph, &conn, true)) != IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "stats: edge connectivity", err);
			return -1;
		}
		s->edge_connectivity = (size_t)conn;
	}
	if (distances(net, s, err) < 0 || clustering(net, s, err) < 0 || assortativity(net, s, err) < 0 ||
	    cores(net, s, err) < 0)
		return -1;
	/*
	 * An empty network is a valid model (docs/errors.md) and stats answers for it: no components,
	 * density and transitivity 0 as NetworkX gives them; its diameter, radius, average path
	 * length and average clustering are undefined (NetworkX raises on the null graph).
	 */
	if (n == 0)
		s->diameter = s->radius = s->average_path_length = s->average_clustering = NAN;
	return 0;
}

void inn_stats_release(struct inn_stats *s)
{
	free(s->kinds);
	free(s->relations);
	if (s->weak)
		components_free(s->weak, s->nweak);
	if (s->strong)
		components_free(s->strong, s->nstrong);
	free(s->articulation);
	free(s->bridge);
	free(s->core_sizes);
	memset(s, 0, sizeof(*s));
}
