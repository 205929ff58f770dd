/*
 * measures_holes.c: Burt's structural holes, constraint and effective size, as NetworkX 2.8
 * defines them (networkx/algorithms/structuralholes.py).
 *
 * Both rest on the mutual weight of two nodes, the weight of u -> v plus that of v -> u (on an
 * undirected model both are the link's weight, so 2w), over every in- and out-neighbour of a
 * node. p(u, v) is that weight over the sum of u's mutual weights, m(u, v) over their maximum.
 *
 *   constraint(v)     = sum over n in N(v) of (p(v,n) + sum over w in N(v) of p(v,w) p(w,n))^2
 *   effective_size(v) = sum over u in N(v) of (1 - sum over w in N(v) of p(v,w) m(u,w))
 *
 * and, on an undirected model without weights, Borgatti's effective size n - 2t/n (n contacts,
 * t links among them), which NetworkX uses there. The sums run over neighbour sets exactly as
 * NetworkX's do, so a self-loop makes a node its own neighbour as it does in NetworkX.
 * Parallel links add up (NetworkX's multigraphs count each pair once). An isolated node has
 * neither measure: NaN, printed empty. NetworkX 2.8 also gives NaN to a directed node with
 * in-links only (it tests the successors for isolation); innonet measures it by the formula.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "measures_internal.h"

/* Each node's neighbours (in and out), sorted, with mutual weights and link counts: CSR arrays. */
struct contacts {
	size_t *start;  /* node i's contacts are start[i] .. start[i + 1] - 1; in sum's block */
	uint32_t *node; /* in mw's block */
	double *mw;     /* mutual weight; owns the block of the per-contact arrays (mw, links, node) */
	size_t *links;  /* links joining the pair (a self-loop once); in mw's block */
	double *sum, *max; /* per node: sum and maximum of its mutual weights; sum owns the block of the
			      per-node arrays (sum, max, start) */
};

struct entry {
	uint32_t u, v;
	double w;
};

static int cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->u != y->u)
		return x->u < y->u ? -1 : 1;
	return (x->v > y->v) - (x->v < y->v);
}

static void contacts_release(struct contacts *c)
{
	free(c->sum);
	free(c->mw);
	memset(c, 0, sizeof(*c));
}

static int contacts_init(struct contacts *c, struct inn_net *net, const struct inn_measure_opts *o, const char *what,
			 struct inn_error *err)
{
	const struct inn_model *m = net->model;
	const char *weight = o->weight;
	size_t n = m->nnodes, ne = 0, k = 0;
	struct entry *e = malloc((2 * m->nlinks + 1) * sizeof(*e));
	igraph_vector_t w;
	igraph_error_t rc;
	int ret = -1;

	memset(c, 0, sizeof(*c));
	if ((rc = igraph_vector_init(&w, 0)) != IGRAPH_SUCCESS) {
		free(e);
		return inn_igraph_fail(rc, what, err);
	}
	if (weight && inn_net_weights(net, weight, inn_weight_role_for(o, INN_WEIGHT_STRENGTH), false, &w, err) < 0)
		goto out;
	/*
	 * Arrays of one length are made and freed together: one zeroed block per node (sum, max,
	 * start) and one per contact (mw, links, node), the widest type first so each is aligned.
	 */
	c->sum = calloc(n + 1, 2 * sizeof(double) + sizeof(size_t));
	c->mw = calloc(2 * m->nlinks + 1, sizeof(double) + sizeof(size_t) + sizeof(uint32_t));
	if (!e || !c->sum || !c->mw) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory", what);
		goto out;
	}
	c->max = c->sum + (n + 1);
	c->start = (size_t *)(c->max + (n + 1));
	c->links = (size_t *)(c->mw + (2 * m->nlinks + 1));
	c->node = (uint32_t *)(c->links + (2 * m->nlinks + 1));
	/*
	 * NetworkX's mutual_weight(u, v) = a_uv + a_vu. A directed link u -> v adds its weight to
	 * the pair once; an undirected link is both a_uv and a_vu, so twice; a self-loop is both
	 * a_uu and a_uu, so twice either way.
	 */
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		double x = weight ? VECTOR(w)[j] : 1.0;
		if (l->source == l->target) {
			e[ne++] = (struct entry){l->source, l->source, 2 * x};
			continue;
		}
		double each = m->directed ? x : 2 * x;
		e[ne++] = (struct entry){l->source, l->target, each};
		e[ne++] = (struct entry){l->target, l->source, each};
	}
	qsort(e, ne, sizeof(*e), cmp_entry);
	for (size_t a = 0; a < ne;) {
		size_t b = a;
		double total = 0;
		while (b < ne && e[b].u == e[a].u && e[b].v == e[a].v)
			total += e[b++].w;
		c->node[k] = e[a].v;
		c->mw[k] = total;
		c->links[k] = b - a;
		c->start[e[a].u + 1]++;
		c->sum[e[a].u] += total;
		if (total > c->max[e[a].u])
			c->max[e[a].u] = total;
		k++;
		a = b;
	}
	for (size_t i = 0; i < n; i++)
		c->start[i + 1] += c->start[i];
	ret = 0;
out:
	if (ret < 0)
		contacts_release(c);
	free(e);
	igraph_vector_destroy(&w);
	return ret;
}

/* Position of v among u's contacts, or SIZE_MAX. */
static size_t find(const struct contacts *c, uint32_t u, uint32_t v)
{
	size_t lo = c->start[u], hi = c->start[u + 1];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->node[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->start[u + 1] && c->node[lo] == v ? lo : SIZE_MAX;
}

/* p(u, v): the share of u's mutual weight that goes to v (0 when u has none, as NetworkX). */
static double share(const struct contacts *c, uint32_t u, uint32_t v)
{
	size_t k = find(c, u, v);
	return k == SIZE_MAX || c->sum[u] == 0 ? 0.0 : c->mw[k] / c->sum[u];
}

/* m(u, v): u's mutual weight with v over u's largest. */
static double relative(const struct contacts *c, uint32_t u, uint32_t v)
{
	size_t k = find(c, u, v);
	return k == SIZE_MAX || c->max[u] == 0 ? 0.0 : c->mw[k] / c->max[u];
}

int inn_measure_constraint(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			   struct inn_error *err)
{
	struct contacts c;

	if (contacts_init(&c, net, o, "constraint", err) < 0)
		return -1;
	for (uint32_t v = 0; v < net->model->nnodes; v++) {
		if (c.start[v] == c.start[v + 1]) {
			out[v] = NAN; /* not defined for an isolated node */
			continue;
		}
		double total = 0;
		for (size_t a = c.start[v]; a < c.start[v + 1]; a++) {
			uint32_t nb = c.node[a];
			double local = share(&c, v, nb);
			for (size_t b = c.start[v]; b < c.start[v + 1]; b++)
				local += share(&c, v, c.node[b]) * share(&c, c.node[b], nb);
			total += local * local;
		}
		out[v] = total;
	}
	contacts_release(&c);
	return 0;
}

/* Borgatti's n - 2t/n: n contacts other than v, t links among them (a self-loop on one counts). */
static double borgatti(const struct contacts *c, uint32_t v)
{
	size_t n = 0, twice_t = 0;

	for (size_t a = c->start[v]; a < c->start[v + 1]; a++) {
		uint32_t u = c->node[a];
		if (u == v)
			continue;
		n++;
		for (size_t b = c->start[u]; b < c->start[u + 1]; b++) {
			uint32_t x = c->node[b];
			if (x == v || find(c, v, x) == SIZE_MAX)
				continue;
			twice_t += x == u ? 2 * c->links[b] : c->links[b]; /* u-x is seen from both ends */
		}
	}
	return n == 0 ? NAN : (double)n - (double)twice_t / (double)n;
}

int inn_measure_effective_size(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			       struct inn_error *err)
{
	bool simple_formula = !net->model->directed && !o->weight;
	struct contacts c;

	if (contacts_init(&c, net, o, "effective_size", err) < 0)
		return -1;
	for (uint32_t v = 0; v < net->model->nnodes; v++) {
		if (c.start[v] == c.start[v + 1]) {
			out[v] = NAN;
			continue;
		}
		if (simple_formula) {
			out[v] = borgatti(&c, v);
			continue;
		}
		double total = 0;
		for (size_t a = c.start[v]; a < c.start[v + 1]; a++) {
			uint32_t u = c.node[a];
			double redundancy = 0;
			for (size_t b = c.start[v]; b < c.start[v + 1]; b++)
				redundancy += share(&c, v, c.node[b]) * relative(&c, u, c.node[b]);
			total += 1 - redundancy;
		}
		out[v] = total;
	}
	contacts_release(&c);
	return 0;
}
