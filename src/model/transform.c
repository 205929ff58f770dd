/* transform.c: the year snapshot and the two-mode projection of a model. */
#include "innonet/transform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool spans(int since, int until, int year)
{
	return (since == INN_NO_YEAR || since <= year) && (until == INN_NO_YEAR || until >= year);
}

/*
 * A snapshot is the network as of its year: its as_of (and graph.as_of, which writers and
 * diagram titles show) says that year, not the date of the whole file; so does its origin.
 */
static int set_as_of(struct inn_model *c, int year)
{
	char text[16];
	const char *s;

	snprintf(text, sizeof(text), "%d", year);
	if (!(s = inn_arena_strdup(c->arena, text)))
		return -1;
	c->as_of = s;
	/* messages about the snapshot ("no node 'E' in t6.json as of 2013") say which year they mean */
	size_t len = strlen(c->origin) + sizeof(" as of ") + strlen(text);
	char *origin = inn_arena_alloc(c->arena, len);
	if (!origin)
		return -1;
	snprintf(origin, len, "%s as of %s", c->origin, text);
	c->origin = origin;
	return inn_model_set_graph_attr(c, "as_of", (struct inn_value){.type = INN_VAL_NUMBER, .number = year});
}

struct inn_model *inn_model_as_of(const struct inn_model *m, int year, struct inn_error *err)
{
	bool *keep_node = malloc((m->nnodes + 1) * sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));
	struct inn_model *c = NULL;

	if (keep_node && keep_link) {
		for (size_t i = 0; i < m->nnodes; i++)
			keep_node[i] = spans(inn_node_more(m, &m->nodes[i])->since, inn_node_more(m, &m->nodes[i])->until, year);
		for (size_t j = 0; j < m->nlinks; j++)
			keep_link[j] = spans(inn_link_more(m, &m->links[j])->since, inn_link_more(m, &m->links[j])->until, year);
		c = inn_model_select(m, keep_node, keep_link);
	}
	if (c && set_as_of(c, year) < 0) {
		inn_model_free(c);
		c = NULL;
	}
	free(keep_node);
	free(keep_link);
	if (!c)
		inn_error_set(err, INN_EFAIL, "%s: out of memory taking the %d snapshot", m->origin, year);
	return c;
}

/* Whether the span since..until meets the years from..to. */
static bool meets(int since, int until, int from, int to)
{
	return (since == INN_NO_YEAR || since <= to) && (until == INN_NO_YEAR || until >= from);
}

struct inn_model *inn_model_during(const struct inn_model *m, int from, int to, struct inn_error *err)
{
	bool *keep_node = malloc((m->nnodes + 1) * sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));
	struct inn_model *c = NULL;

	if (keep_node && keep_link) {
		for (size_t i = 0; i < m->nnodes; i++)
			keep_node[i] = meets(inn_node_more(m, &m->nodes[i])->since, inn_node_more(m, &m->nodes[i])->until, from, to);
		for (size_t j = 0; j < m->nlinks; j++)
			keep_link[j] = meets(inn_link_more(m, &m->links[j])->since, inn_link_more(m, &m->links[j])->until, from, to);
		c = inn_model_select(m, keep_node, keep_link);
	}
	free(keep_node);
	free(keep_link);
	if (!c)
		inn_error_set(err, INN_EFAIL, "%s: out of memory taking the years %d to %d", m->origin, from, to);
	return c;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Neighbour lists, direction ignored, self-loops and repeats dropped: CSR arrays the caller frees. */
static int neighbours(const struct inn_model *m, size_t **start, uint32_t **adj)
{
	size_t n = m->nnodes, *deg = calloc(n + 1, sizeof(*deg));
	uint64_t *pairs = malloc((2 * m->nlinks + 1) * sizeof(*pairs));
	size_t np = 0, k = 0;

	*start = NULL;
	*adj = NULL;
	if (!deg || !pairs) {
		free(deg);
		free(pairs);
		return -1;
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		uint32_t s = m->links[j].source, t = m->links[j].target;
		if (s == t)
			continue;
		pairs[np++] = ((uint64_t)s << 32) | t;
		pairs[np++] = ((uint64_t)t << 32) | s;
	}
	qsort(pairs, np, sizeof(*pairs), cmp_u64);
	*adj = malloc((np + 1) * sizeof(**adj));
	*start = deg; /* reused: start[i] = first neighbour of i, start[n] = end */
	if (!*adj) {
		free(pairs);
		free(deg);
		*start = NULL;
		return -1;
	}
	size_t node = 0;
	deg[0] = 0;
	for (size_t p = 0; p < np; p++) {
		if (p && pairs[p] == pairs[p - 1])
			continue;
		size_t s = (size_t)(pairs[p] >> 32);
		while (node < s)
			deg[++node] = k;
		(*adj)[k++] = (uint32_t)(pairs[p] & 0xFFFFFFFFu);
	}
	while (node < n)
		deg[++node] = k;
	free(pairs);
	return 0;
}

struct inn_model *inn_model_project(const struct inn_model *m, const char *kind, struct inn_error *err)
{
	return inn_model_project_reading(m, kind, INN_PROJECT_NETWORKX, err);
}

struct inn_model *inn_model_project_reading(const struct inn_model *m, const char *kind, enum inn_projection reading,
					    struct inn_error *err)
{
	bool *keep = calloc(m->nnodes + 1, sizeof(*keep));
	size_t *start = NULL, *newidx = calloc(m->nnodes + 1, sizeof(*newidx));
	uint32_t *adj = NULL;
	uint64_t *pairs = NULL;
	size_t npairs = 0, cap = 0, kept = 0;
	struct inn_model *c = NULL;
	const char *shares;

	if (!keep || !newidx || neighbours(m, &start, &adj) < 0)
		goto oom;
	for (size_t i = 0; i < m->nnodes; i++)
		if (m->nodes[i].kind && strcmp(m->nodes[i].kind, kind) == 0) {
			keep[i] = true;
			newidx[i] = kept++;
		}
	if (!kept) {
		inn_error_set(err, INN_EINPUT, "no node of kind '%s' to project onto in %s", kind, m->origin);
		goto out;
	}
	/* every node w joins each pair of its neighbours of that kind: count pairs over all w */
	for (size_t w = 0; w < m->nnodes; w++) {
		if (reading == INN_PROJECT_TWO_MODE && keep[w])
			continue; /* a node of the kind is not a neighbour the two modes share */
		for (size_t a = start[w]; a < start[w + 1]; a++) {
			if (!keep[adj[a]])
				continue;
			for (size_t b = a + 1; b < start[w + 1]; b++) {
				if (!keep[adj[b]])
					continue;
				if (npairs == cap) {
					cap = cap ? cap * 2 : 1024;
					uint64_t *p = realloc(pairs, cap * sizeof(*p));
					if (!p)
						goto oom;
					pairs = p;
				}
				size_t u = newidx[adj[a]], v = newidx[adj[b]]; /* adj is sorted, so u < v */
				pairs[npairs++] = ((uint64_t)u << 32) | v;
			}
		}
	}
	if (npairs) /* pairs is NULL when no two nodes of the kind share a neighbour */
		qsort(pairs, npairs, sizeof(*pairs), cmp_u64);
	if (!(c = inn_model_select(m, keep, NULL)))
		goto oom;
	/* the projection replaces the links */
	c->nlinks = 0;
	c->nlink_more = 0;
	c->directed = false;
	c->multigraph = false;
	if (!(shares = inn_arena_intern(c->arena, "shares_neighbours")))
		goto oom;
	for (size_t p = 0; p < npairs;) {
		size_t q = p;
		while (q < npairs && pairs[q] == pairs[p])
			q++;
		struct inn_link *l = inn_model_add_link(c, (uint32_t)(pairs[p] >> 32), (uint32_t)(pairs[p] & 0xFFFFFFFFu));
		struct inn_attr *attr = l ? inn_arena_alloc(c->arena, sizeof(*attr)) : NULL;
		struct inn_link_more *x = attr ? inn_model_link_more(c, c->nlinks - 1) : NULL;
		if (!x || !(attr->key = inn_arena_intern(c->arena, "shared")) ||
		    inn_model_set_relation(c, c->nlinks - 1, shares) < 0 ||
		    inn_model_set_weight(c, c->nlinks - 1, (double)(q - p)) < 0)
			goto oom;
		attr->value = (struct inn_value){.type = INN_VAL_NUMBER, .number = (double)(q - p)};
		x->attrs = attr;
		x->nattrs = 1;
		p = q;
	}
	goto out;
oom:
	inn_model_free(c);
	c = NULL;
	inn_error_set(err, INN_EFAIL, "%s: out of memory projecting onto '%s'", m->origin, kind);
out:
	free(pairs);
	free(adj);
	free(start);
	free(newidx);
	free(keep);
	return c;
}

/*
 * NetworkX's G.to_undirected() of a directed model: each link a tie both ways. Of a simple
 * directed model it keeps one link per pair; where both u -> v and v -> u exist, the one NetworkX's
 * data ends up from, which is the one it visits last walking the adjacency in node order: the
 * link whose source comes later in the model. A multigraph keeps every link (NetworkX merges
 * reciprocal links that share a key; innonet's links have no keys).
 */
struct inn_model *inn_model_undirected(const struct inn_model *m, struct inn_error *err)
{
	bool *keep_node = malloc((m->nnodes + 1) * sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));
	uint64_t *key = malloc((m->nlinks + 1) * sizeof(*key));
	struct inn_model *c = NULL;

	if (!keep_node || !keep_link || !key)
		goto out;
	for (size_t i = 0; i < m->nnodes; i++)
		keep_node[i] = true;
	for (size_t j = 0; j < m->nlinks; j++) {
		keep_link[j] = true;
		key[j] = ((uint64_t)m->links[j].source << 32) | m->links[j].target;
	}
	/* a simple directed model has at most one link each way: look up v -> u for every u -> v */
	if (m->directed && !m->multigraph) {
		qsort(key, m->nlinks, sizeof(*key), cmp_u64);
		for (size_t j = 0; j < m->nlinks; j++) {
			uint32_t s = m->links[j].source, t = m->links[j].target;
			uint64_t back = ((uint64_t)t << 32) | s;
			/* u -> v with u earlier gives way to v -> u, whose data NetworkX keeps */
			if (s < t && bsearch(&back, key, m->nlinks, sizeof(*key), cmp_u64))
				keep_link[j] = false;
		}
	}
	if ((c = inn_model_select(m, keep_node, keep_link)))
		c->directed = false;
out:
	free(key);
	free(keep_link);
	free(keep_node);
	if (!c)
		inn_error_set(err, INN_EFAIL, "%s: out of memory taking the undirected network", m->origin);
	return c;
}

long inn_model_relation_index(const struct inn_model *m, const char *name)
{
	for (size_t r = 0; r < m->nrelations; r++)
		if (strcmp(m->relations[r], name) == 0)
			return (long)r;
	return -1;
}

/* The new model of the kept nodes and links, or NULL with err filled: what the filters share. */
static struct inn_model *select_or_fail(const struct inn_model *m, bool *keep_node, bool *keep_link, const char *what,
					struct inn_error *err)
{
	struct inn_model *c = keep_node && keep_link ? inn_model_select(m, keep_node, keep_link) : NULL;

	free(keep_node);
	free(keep_link);
	if (!c)
		inn_error_set(err, INN_EFAIL, "%s: out of memory taking %s", m->origin, what);
	return c;
}

struct inn_model *inn_model_relations(const struct inn_model *m, const bool *keep_relation, bool keep_unnamed,
				      struct inn_error *err)
{
	bool *keep_node = malloc((m->nnodes + 1) * sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));

	if (keep_node && keep_link) {
		for (size_t i = 0; i < m->nnodes; i++)
			keep_node[i] = true;
		for (size_t j = 0; j < m->nlinks; j++) {
			uint32_t r = m->links[j].relation;
			keep_link[j] = r ? keep_relation[r - 1] : keep_unnamed;
		}
	}
	return select_or_fail(m, keep_node, keep_link, "a relation layer", err);
}

struct inn_model *inn_model_induced(const struct inn_model *m, const bool *keep, struct inn_error *err)
{
	bool *keep_node = malloc((m->nnodes + 1) * sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));

	if (keep_node && keep_link) {
		memcpy(keep_node, keep, m->nnodes * sizeof(*keep_node));
		for (size_t j = 0; j < m->nlinks; j++)
			keep_link[j] = keep[m->links[j].source] && keep[m->links[j].target];
	}
	return select_or_fail(m, keep_node, keep_link, "a subgraph", err);
}

struct inn_model *inn_model_drop_isolates(const struct inn_model *m, struct inn_error *err)
{
	bool *keep_node = calloc(m->nnodes + 1, sizeof(*keep_node));
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));

	if (keep_node && keep_link) {
		for (size_t j = 0; j < m->nlinks; j++) {
			keep_link[j] = true;
			keep_node[m->links[j].source] = keep_node[m->links[j].target] = true;
		}
	}
	return select_or_fail(m, keep_node, keep_link, "the network without isolates", err);
}
