/* structure.c: components, articulation points, bridges, shortest paths and minimum cuts. */
#include "innonet/structure.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int inn_components(struct inn_net *net, bool strong, size_t *membership, size_t *count, struct inn_error *err)
{
	size_t n = net->model->nnodes, next = 0;
	igraph_vector_int_t m;
	igraph_integer_t no;
	igraph_error_t rc;
	size_t *renum;

	if ((rc = igraph_vector_int_init(&m, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "components", err);
	rc = igraph_connected_components(&net->graph, &m, NULL, &no,
					 strong && net->model->directed ? IGRAPH_STRONG : IGRAPH_WEAK);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&m);
		return inn_igraph_fail(rc, "components", err);
	}
	/* igraph's numbering depends on its traversal; number by first node in model order instead */
	if (!(renum = malloc(((size_t)no + 1) * sizeof(*renum)))) {
		igraph_vector_int_destroy(&m);
		return inn_error_set(err, INN_EFAIL, "components: out of memory");
	}
	for (igraph_integer_t c = 0; c < no; c++)
		renum[c] = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		size_t c = (size_t)VECTOR(m)[i];
		if (renum[c] == SIZE_MAX)
			renum[c] = next++;
		membership[i] = renum[c];
	}
	*count = (size_t)no;
	free(renum);
	igraph_vector_int_destroy(&m);
	return 0;
}

/*
 * flag[i] for each of the n ids that igraph's list finds (cut points and bridges both come as a
 * list of node or edge ids), false for the rest.
 */
static int mark_listed(struct inn_net *net, igraph_error_t (*list)(const igraph_t *, igraph_vector_int_t *),
		       const char *what, bool *flag, size_t n, struct inn_error *err)
{
	igraph_vector_int_t res;
	igraph_error_t rc;

	memset(flag, 0, n * sizeof(*flag));
	if ((rc = igraph_vector_int_init(&res, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, what, err);
	if ((rc = list(&net->graph, &res)) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&res);
		return inn_igraph_fail(rc, what, err);
	}
	for (igraph_integer_t k = 0; k < igraph_vector_int_size(&res); k++)
		flag[VECTOR(res)[k]] = true;
	igraph_vector_int_destroy(&res);
	return 0;
}

int inn_articulation_points(struct inn_net *net, bool *is_cut, struct inn_error *err)
{
	return mark_listed(net, igraph_articulation_points, "articulation points", is_cut, net->model->nnodes, err);
}

/*
 * One depth-first search per component (Hopcroft and Tarjan's cut points, iterative, so a long
 * chain cannot overflow the stack), keeping subtree sizes: a child c of v with low(c) >= the
 * visit order of v is a piece v's loss separates, of size(c) nodes; what is not below v is one
 * more piece. The largest piece remains; the rest is cut off.
 */
int inn_cut_off(struct inn_net *net, size_t *component_size, size_t *cut_off, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	uint32_t *start, *adj, *order, *low, *size, *parent, *next, *stack, *sep_sum, *sep_max, *members;
	int ret = -1;

	if (inn_net_lists(net, INN_LISTS_BOTH, &start, &adj, err) < 0)
		return -1;
	/* nine per-node arrays of one type and one lifetime: one zeroed block, order its start and owner */
	if (!(order = calloc(9 * (n + 1), sizeof(*order)))) { /* visit order + 1; 0: not yet visited */
		inn_error_set(err, INN_EFAIL, "cut points: out of memory");
		goto out;
	}
	low = order + (n + 1);
	size = low + (n + 1);
	parent = size + (n + 1);
	next = parent + (n + 1);
	stack = next + (n + 1);
	sep_sum = stack + (n + 1);
	sep_max = sep_sum + (n + 1);
	members = sep_max + (n + 1);
	uint32_t visits = 0;
	for (size_t root = 0; root < n; root++) {
		size_t top = 0, nmembers = 0;
		if (order[root])
			continue;
		order[root] = low[root] = ++visits;
		size[root] = 1;
		parent[root] = (uint32_t)root;
		next[root] = start[root];
		stack[top++] = (uint32_t)root;
		members[nmembers++] = (uint32_t)root;
		while (top) {
			uint32_t v = stack[top - 1];
			if (next[v] < start[v + 1]) {
				uint32_t w = adj[next[v]++];
				if (w == parent[v] || w == v)
					continue;
				if (order[w]) {
					if (order[w] < low[v])
						low[v] = order[w];
					continue;
				}
				order[w] = low[w] = ++visits;
				size[w] = 1;
				parent[w] = v;
				next[w] = start[w];
				stack[top++] = w;
				members[nmembers++] = w;
				continue;
			}
			top--;
			if (v == root)
				break;
			uint32_t p = parent[v];
			size[p] += size[v];
			if (low[v] < low[p])
				low[p] = low[v];
			if (low[v] >= order[p]) {
				sep_sum[p] += size[v];
				if (size[v] > sep_max[p])
					sep_max[p] = size[v];
			}
		}
		/* the root has nothing above it: every child subtree is a piece of its own */
		for (size_t k = 0; k < nmembers; k++) {
			uint32_t v = members[k], rest = size[root] - 1 - sep_sum[v];
			uint32_t largest = sep_max[v] > rest ? sep_max[v] : rest;
			component_size[v] = size[root];
			cut_off[v] = sep_sum[v] ? size[root] - 1 - largest : 0;
		}
	}
	ret = 0;
out:
	free(order); /* and the eight arrays after it */
	free(adj);
	free(start);
	return ret;
}

/*
 * Batagelj and Zaversnik's O(links) k-core decomposition: nodes kept in buckets by their
 * remaining degree, taken from the lowest; each takes its neighbours one degree down. Degree
 * counts in- plus out-links on a directed model and each pair of nodes once (the simple graph,
 * as nx.core_number requires); self-loops do not count.
 */
int inn_coreness(struct inn_net *net, size_t *core, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	uint32_t *start, *adj, *deg, *bin, *pos, *vert, maxdeg = 0;
	int ret = -1;

	if (inn_net_lists(net, INN_LISTS_BOTH, &start, &adj, err) < 0)
		return -1;
	/* three per-node arrays of one type and lifetime: one block, deg its start and owner */
	bin = NULL;
	if (!(deg = malloc(3 * (n + 1) * sizeof(*deg))))
		goto oom;
	pos = deg + (n + 1);
	vert = pos + (n + 1);
	for (size_t v = 0; v < n; v++) {
		deg[v] = 0;
		for (uint32_t k = start[v]; k < start[v + 1]; k++)
			deg[v] += adj[k] != v;
		if (deg[v] > maxdeg)
			maxdeg = deg[v];
	}
	if (!(bin = calloc((size_t)maxdeg + 2, sizeof(*bin))))
		goto oom;
	for (size_t v = 0; v < n; v++)
		bin[deg[v]]++;
	for (uint32_t d = 0, first = 0; d <= maxdeg; d++) {
		uint32_t count = bin[d];
		bin[d] = first;
		first += count;
	}
	for (size_t v = 0; v < n; v++) {
		pos[v] = bin[deg[v]]++;
		vert[pos[v]] = (uint32_t)v;
	}
	for (uint32_t d = maxdeg; d > 0; d--)
		bin[d] = bin[d - 1];
	bin[0] = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t v = vert[i];
		for (uint32_t k = start[v]; k < start[v + 1]; k++) {
			uint32_t u = adj[k];
			if (u == v || deg[u] <= deg[v])
				continue;
			/* move u to the front of its bucket, then the bucket's start past it: one degree less */
			uint32_t du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw];
			if (u != w) {
				pos[u] = pw;
				vert[pw] = u;
				pos[w] = pu;
				vert[pu] = w;
			}
			bin[du]++;
			deg[u]--;
		}
	}
	for (size_t v = 0; v < n; v++)
		core[v] = deg[v];
	ret = 0;
	goto out;
oom:
	inn_error_set(err, INN_EFAIL, "coreness: out of memory");
out:
	free(bin);
	free(deg); /* and pos and vert */
	free(adj);
	free(start);
	return ret;
}

int inn_bridges(struct inn_net *net, bool *is_bridge, struct inn_error *err)
{
	/* on the full graph: a link with a parallel twin is not a bridge, and edge ids are link indices */
	return mark_listed(net, igraph_bridges, "bridges", is_bridge, net->model->nlinks, err);
}

void inn_paths_release(struct inn_paths *p)
{
	free(p->offset);
	free(p->nodes);
	free(p->links);
	free(p->steps);
	memset(p, 0, sizeof(*p));
}

/* qsort context: the paths being ordered by their node ids. */
static const struct inn_model *path_model;
static const struct inn_paths *path_set;

static int by_node_ids(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	size_t na = path_set->offset[a + 1] - path_set->offset[a], nb = path_set->offset[b + 1] - path_set->offset[b];

	for (size_t k = 0; k < na && k < nb; k++) {
		int c = strcmp(path_model->nodes[path_set->nodes[path_set->offset[a] + k]].id,
			       path_model->nodes[path_set->nodes[path_set->offset[b] + k]].id);
		if (c)
			return c;
	}
	return (na > nb) - (na < nb); /* a path that is a prefix of another comes first */
}

/* Put the paths in order of their node ids, so the same model always lists them alike. */
static int sort_paths(const struct inn_model *m, struct inn_paths *p)
{
	size_t total = p->offset[p->npaths], *order = malloc((p->npaths + 1) * sizeof(*order));
	struct inn_paths sorted = *p; /* the counts stay; the four arrays are built anew */
	size_t *offset = sorted.offset = malloc((p->npaths + 1) * sizeof(*offset));
	size_t *nodes = sorted.nodes = malloc((total + 1) * sizeof(*nodes));
	size_t *links = sorted.links = malloc((total + 1) * sizeof(*links));
	double *steps = sorted.steps = malloc((total + 1) * sizeof(*steps));

	if (!order || !offset || !nodes || !links || !steps) {
		free(order);
		inn_paths_release(&sorted);
		return -1;
	}
	for (size_t k = 0; k < p->npaths; k++)
		order[k] = k;
	path_model = m;
	path_set = p;
	qsort(order, p->npaths, sizeof(*order), by_node_ids);
	offset[0] = 0;
	for (size_t k = 0; k < p->npaths; k++) {
		size_t from = p->offset[order[k]], w = p->offset[order[k] + 1] - from;
		offset[k + 1] = offset[k] + w;
		memcpy(nodes + offset[k], p->nodes + from, w * sizeof(*nodes));
		memcpy(links + offset[k] - k, p->links + from - order[k], (w - 1) * sizeof(*links));
		memcpy(steps + offset[k] - k, p->steps + from - order[k], (w - 1) * sizeof(*steps));
	}
	inn_paths_release(p);
	*p = sorted;
	free(order);
	return 0;
}

int inn_shortest_paths(struct inn_net *net, size_t from, size_t to, const char *weight, size_t max_paths,
		       struct inn_paths *out, bool *truncated, struct inn_error *err)
{
	return inn_shortest_paths_as(net, from, to, weight, INN_WEIGHT_DISTANCE, max_paths, out, truncated, err);
}

int inn_shortest_paths_as(struct inn_net *net, size_t from, size_t to, const char *weight, enum inn_weight_role role,
			  size_t max_paths, struct inn_paths *out, bool *truncated, struct inn_error *err)
{
	igraph_vector_int_list_t vpaths, epaths;
	igraph_vector_t w;
	igraph_error_t rc;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	*truncated = false;
	if ((rc = igraph_vector_init(&w, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "shortest paths", err);
	if ((rc = igraph_vector_int_list_init(&vpaths, 0)) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&w);
		return inn_igraph_fail(rc, "shortest paths", err);
	}
	if ((rc = igraph_vector_int_list_init(&epaths, 0)) != IGRAPH_SUCCESS) {
		igraph_vector_int_list_destroy(&vpaths);
		igraph_vector_destroy(&w);
		return inn_igraph_fail(rc, "shortest paths", err);
	}
	if (weight && inn_net_weights(net, weight, role, true, &w, err) < 0)
		goto out;
	/* on `simple`: NetworkX counts a pair of neighbours once however many links join them */
	if (weight)
		rc = igraph_get_all_shortest_paths_dijkstra(net->simple, &vpaths, &epaths, NULL, (igraph_integer_t)from,
							    igraph_vss_1((igraph_integer_t)to), &w, IGRAPH_OUT);
	else
		rc = igraph_get_all_shortest_paths(net->simple, &vpaths, &epaths, NULL, (igraph_integer_t)from,
						   igraph_vss_1((igraph_integer_t)to), IGRAPH_OUT);
	if (rc != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "shortest paths", err);
		goto out;
	}
	size_t total = (size_t)igraph_vector_int_list_size(&vpaths), nodes = 0;
	if (total == 0) {
		ret = 0;
		goto out;
	}
	/* with weights, paths of equal distance may have different numbers of links */
	for (size_t k = 0; k < total; k++)
		nodes += (size_t)igraph_vector_int_size(igraph_vector_int_list_get_ptr(&vpaths, (igraph_integer_t)k));
	/* keep all of them, sort, then cut to max_paths: which paths are kept must not depend on igraph */
	out->npaths = total;
	out->found = total;
	out->offset = malloc((total + 1) * sizeof(*out->offset));
	out->nodes = malloc((nodes + 1) * sizeof(*out->nodes));
	out->links = malloc((nodes + 1) * sizeof(*out->links));
	out->steps = malloc((nodes + 1) * sizeof(*out->steps));
	if (!out->offset || !out->nodes || !out->links || !out->steps) {
		inn_paths_release(out);
		inn_error_set(err, INN_EFAIL, "shortest paths: out of memory");
		goto out;
	}
	out->offset[0] = 0;
	for (size_t k = 0; k < total; k++) {
		const igraph_vector_int_t *vp = igraph_vector_int_list_get_ptr(&vpaths, (igraph_integer_t)k);
		const igraph_vector_int_t *ep = igraph_vector_int_list_get_ptr(&epaths, (igraph_integer_t)k);
		size_t len = (size_t)igraph_vector_int_size(ep), at = out->offset[k];
		out->offset[k + 1] = at + len + 1;
		for (size_t s = 0; s <= len; s++)
			out->nodes[at + s] = (size_t)VECTOR(*vp)[s];
		for (size_t s = 0; s < len; s++) {
			igraph_integer_t e = VECTOR(*ep)[s];
			out->links[at - k + s] = inn_net_simple_link(net, e);
			out->steps[at - k + s] = weight ? VECTOR(w)[e] : 1.0;
			if (k == 0)
				out->distance += out->steps[at - k + s];
		}
	}
	if (sort_paths(net->model, out) < 0) {
		inn_paths_release(out);
		inn_error_set(err, INN_EFAIL, "shortest paths: out of memory");
		goto out;
	}
	if (max_paths && out->npaths > max_paths) {
		out->npaths = max_paths;
		*truncated = true;
	}
	ret = 0;
out:
	igraph_vector_int_list_destroy(&epaths);
	igraph_vector_int_list_destroy(&vpaths);
	igraph_vector_destroy(&w);
	return ret;
}

int inn_min_edge_cut(struct inn_net *net, size_t from, size_t to, bool *cut, size_t *size, struct inn_error *err)
{
	igraph_vector_int_t edges;
	igraph_real_t value;
	igraph_error_t rc;

	memset(cut, 0, net->model->nlinks * sizeof(*cut));
	*size = 0;
	if (from == to)
		return inn_error_set(err, INN_EINPUT, "a cut needs two different nodes");
	if ((rc = igraph_vector_int_init(&edges, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "minimum cut", err);
	/* unit capacities on the full graph: every parallel link must go */
	rc = igraph_st_mincut(&net->graph, &value, &edges, NULL, NULL, (igraph_integer_t)from, (igraph_integer_t)to,
			      NULL);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&edges);
		return inn_igraph_fail(rc, "minimum cut", err);
	}
	for (igraph_integer_t k = 0; k < igraph_vector_int_size(&edges); k++)
		cut[VECTOR(edges)[k]] = true;
	*size = (size_t)igraph_vector_int_size(&edges);
	igraph_vector_int_destroy(&edges);
	return 0;
}

int inn_min_vertex_cut(struct inn_net *net, size_t from, size_t to, bool *cut, size_t *size, bool *exists,
		       struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	igraph_vector_int_t edges, res;
	igraph_vector_t cap;
	igraph_real_t value;
	igraph_t split;
	igraph_error_t rc;
	int ret = -1;

	memset(cut, 0, n * sizeof(*cut));
	*size = 0;
	*exists = true;
	if (from == to)
		return inn_error_set(err, INN_EINPUT, "a cut needs two different nodes");
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if ((l->source == from && l->target == to) || (!m->directed && l->source == to && l->target == from)) {
			*exists = false;
			return 0;
		}
	}
	/*
	 * Split every node v into v (in) and v + n (out), joined by an arc of capacity 1; a link
	 * u - v becomes u + n -> v (and v + n -> u when undirected) of capacity n + 1, more than
	 * any cut of nodes. A minimum s-t cut from `from` + n to `to` then cuts only node arcs,
	 * and those are the nodes to remove. The ends' own arcs get n + 1 too, so they are never cut.
	 */
	size_t narcs = n + (m->directed ? 1 : 2) * m->nlinks;
	if ((rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * narcs))) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "minimum vertex cut", err);
	if ((rc = igraph_vector_init(&cap, (igraph_integer_t)narcs)) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&edges);
		return inn_igraph_fail(rc, "minimum vertex cut", err);
	}
	double big = (double)n + 1;
	size_t a = 0;
	for (size_t v = 0; v < n; v++, a++) {
		VECTOR(edges)[2 * a] = (igraph_integer_t)v;
		VECTOR(edges)[2 * a + 1] = (igraph_integer_t)(v + n);
		VECTOR(cap)[a] = (v == from || v == to) ? big : 1.0;
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		VECTOR(edges)[2 * a] = (igraph_integer_t)(l->source + n);
		VECTOR(edges)[2 * a + 1] = (igraph_integer_t)l->target;
		VECTOR(cap)[a++] = big;
		if (!m->directed) {
			VECTOR(edges)[2 * a] = (igraph_integer_t)(l->target + n);
			VECTOR(edges)[2 * a + 1] = (igraph_integer_t)l->source;
			VECTOR(cap)[a++] = big;
		}
	}
	rc = igraph_create(&split, &edges, (igraph_integer_t)(2 * n), IGRAPH_DIRECTED);
	igraph_vector_int_destroy(&edges);
	if (rc != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&cap);
		return inn_igraph_fail(rc, "minimum vertex cut", err);
	}
	if ((rc = igraph_vector_int_init(&res, 0)) != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "minimum vertex cut", err);
		goto out_split;
	}
	rc = igraph_st_mincut(&split, &value, &res, NULL, NULL, (igraph_integer_t)(from + n), (igraph_integer_t)to,
			      &cap);
	if (rc != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "minimum vertex cut", err);
		goto out_res;
	}
	for (igraph_integer_t k = 0; k < igraph_vector_int_size(&res); k++) {
		igraph_integer_t e = VECTOR(res)[k];
		if (e < (igraph_integer_t)n) { /* a node's own arc */
			cut[e] = true;
			(*size)++;
		}
	}
	ret = 0;
out_res:
	igraph_vector_int_destroy(&res);
out_split:
	igraph_destroy(&split);
	igraph_vector_destroy(&cap);
	return ret;
}
