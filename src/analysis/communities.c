/* communities.c: Leiden and Louvain through igraph on the model's undirected view, numbered by size. */
#include "innonet/communities.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

/* One undirected link between two nodes (lo <= hi) and the weight it carries. */
struct pair {
	uint64_t key; /* lo << 32 | hi */
	double w;
};

static int cmp_pair(const void *a, const void *b)
{
	uint64_t x = ((const struct pair *)a)->key, y = ((const struct pair *)b)->key;
	return (x > y) - (x < y);
}

/*
 * The undirected simple graph g and its weights w: the model's links merged by unordered pair,
 * weights summed. Built here rather than with igraph_to_undirected, which would need an
 * attribute handler to carry the weights. On failure nothing needs releasing.
 */
static int undirected_view(struct inn_net *net, const char *weight, igraph_t *g, igraph_vector_t *w,
			   struct inn_error *err)
{
	const struct inn_model *m = net->model;
	igraph_vector_t lw;
	igraph_vector_int_t edges;
	struct pair *pairs = NULL;
	size_t np = 0;
	int ret = -1;
	igraph_error_t rc;

	if ((rc = igraph_vector_init(&lw, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "communities", err);
	if (weight && inn_net_weights(net, weight, INN_WEIGHT_STRENGTH, false, &lw, err) < 0)
		goto out_lw;
	if (!(pairs = malloc((m->nlinks ? m->nlinks : 1) * sizeof(*pairs)))) {
		inn_error_set(err, INN_EFAIL, "communities: out of memory");
		goto out_lw;
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		uint64_t s = m->links[j].source, t = m->links[j].target;
		pairs[j].key = s < t ? s << 32 | t : t << 32 | s;
		pairs[j].w = weight ? VECTOR(lw)[j] : 1;
	}
	qsort(pairs, m->nlinks, sizeof(*pairs), cmp_pair);
	for (size_t j = 0; j < m->nlinks; j++) {
		if (np && pairs[np - 1].key == pairs[j].key) {
			if (weight)
				pairs[np - 1].w += pairs[j].w;
			continue;
		}
		pairs[np++] = pairs[j];
	}
	if ((rc = igraph_vector_int_init(&edges, 2 * (igraph_integer_t)np)) != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "communities", err);
		goto out_pairs;
	}
	for (size_t e = 0; e < np; e++) {
		VECTOR(edges)[2 * e] = (igraph_integer_t)(pairs[e].key >> 32);
		VECTOR(edges)[2 * e + 1] = (igraph_integer_t)(pairs[e].key & 0xffffffffu);
	}
	if ((rc = igraph_vector_init(w, (igraph_integer_t)np)) != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "communities", err);
		goto out_edges;
	}
	for (size_t e = 0; e < np; e++)
		VECTOR(*w)[e] = pairs[e].w;
	if ((rc = igraph_create(g, &edges, (igraph_integer_t)m->nnodes, IGRAPH_UNDIRECTED)) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(w);
		inn_igraph_fail(rc, "communities", err);
		goto out_edges;
	}
	ret = 0;
out_edges:
	igraph_vector_int_destroy(&edges);
out_pairs:
	free(pairs);
out_lw:
	igraph_vector_destroy(&lw);
	return ret;
}

/* Communities ordered by size, largest first, then by their first member. */
struct order {
	size_t size, first, label;
};

static int cmp_order(const void *a, const void *b)
{
	const struct order *x = a, *y = b;
	if (x->size != y->size)
		return x->size < y->size ? 1 : -1;
	return (x->first > y->first) - (x->first < y->first);
}

/* Renumber igraph's labels (0 .. k-1) as the header promises. */
static int renumber(const igraph_vector_int_t *mem, size_t k, struct inn_partition *p, struct inn_error *err)
{
	struct order *o = calloc(k ? k : 1, sizeof(*o));
	size_t *rank = malloc((k ? k : 1) * sizeof(*rank));
	int ret = -1;

	p->size = calloc(k ? k : 1, sizeof(*p->size));
	if (!o || !rank || !p->size) {
		inn_error_set(err, INN_EFAIL, "communities: out of memory");
		goto out;
	}
	for (size_t c = 0; c < k; c++)
		o[c].label = c;
	for (size_t i = p->nnodes; i-- > 0;) {
		struct order *c = &o[VECTOR(*mem)[i]];
		c->size++;
		c->first = i;
	}
	qsort(o, k, sizeof(*o), cmp_order);
	for (size_t c = 0; c < k; c++) {
		rank[o[c].label] = c;
		p->size[c] = o[c].size;
	}
	for (size_t i = 0; i < p->nnodes; i++)
		p->community[i] = rank[VECTOR(*mem)[i]];
	p->ncommunities = k;
	ret = 0;
out:
	free(rank);
	free(o);
	return ret;
}

/*
 * Louvain's last word on the nodes themselves. igraph's multilevel moves single nodes only on the
 * first level; once nodes are merged into super-nodes, a node that the later levels left on the
 * wrong side of a boundary can no longer move alone. So sweep the original nodes again, in index
 * order, moving each to the neighbouring community of highest modularity gain
 *	k_v,c - resolution * tot_c * k_v / total   (total = 2m, the sum of the strengths)
 * when it beats staying by more than rounding, until a sweep moves nothing: the local moving
 * phase once more, on the final partition (on Davis's women it turns seed 1's 0.3325 into
 * 0.3360). Every move raises modularity, so the sweeps end; the cap keeps the time linear should
 * rounding ever cycle.
 * Same membership in, same membership out: no randomness. Self-loops move with their node and are
 * left out of k_v,c. Relabels mem as 0 .. k-1 in order of first member and sets *k.
 */
enum { REFINE_SWEEPS = 32 };

static igraph_error_t refine(const igraph_t *g, const igraph_vector_t *w, const igraph_vector_t *strength,
			     double total, double resolution, igraph_vector_int_t *mem, igraph_integer_t *k)
{
	igraph_integer_t n = igraph_vcount(g);
	igraph_inclist_t il;
	double *tot = calloc(n ? n : 1, sizeof(*tot)), *link = calloc(n ? n : 1, sizeof(*link));
	igraph_integer_t *seen = malloc((n ? n : 1) * sizeof(*seen)), *label = malloc((n ? n : 1) * sizeof(*label));
	igraph_error_t rc = IGRAPH_ENOMEM;

	if (!tot || !link || !seen || !label)
		goto out_mem;
	if ((rc = igraph_inclist_init(g, &il, IGRAPH_ALL, IGRAPH_LOOPS_ONCE)) != IGRAPH_SUCCESS)
		goto out_mem;
	/* while sweeping, label[c] == v marks c as already among v's neighbouring communities in seen */
	for (igraph_integer_t v = 0; v < n; v++) {
		tot[VECTOR(*mem)[v]] += VECTOR(*strength)[v];
		label[v] = -1;
	}
	for (int sweep = 0; sweep < REFINE_SWEEPS; sweep++) {
		bool moved = false;
		for (igraph_integer_t v = 0; v < n; v++) {
			igraph_vector_int_t *inc = igraph_inclist_get(&il, v);
			igraph_integer_t from = VECTOR(*mem)[v], to = from, nseen = 0;
			double kv = VECTOR(*strength)[v], scale = resolution * kv / total, best;

			tot[from] -= kv;
			label[from] = v;
			seen[nseen++] = from;
			for (igraph_integer_t j = 0; j < igraph_vector_int_size(inc); j++) {
				igraph_integer_t e = VECTOR(*inc)[j], u = IGRAPH_OTHER(g, e, v), c;
				if (u == v)
					continue;
				c = VECTOR(*mem)[u];
				if (label[c] != v) {
					label[c] = v;
					seen[nseen++] = c;
				}
				link[c] += w ? VECTOR(*w)[e] : 1;
			}
			best = link[from] - tot[from] * scale;
			for (igraph_integer_t s = 1; s < nseen; s++) {
				double gain = link[seen[s]] - tot[seen[s]] * scale;
				/* beat staying by more than rounding; of equal gains, the first neighbour met */
				if (gain > best + 1e-12 * (kv > 1 ? kv : 1)) {
					best = gain;
					to = seen[s];
				}
			}
			for (igraph_integer_t s = 0; s < nseen; s++) {
				link[seen[s]] = 0;
				label[seen[s]] = -1;
			}
			tot[to] += kv;
			if (to != from) {
				VECTOR(*mem)[v] = to;
				moved = true;
			}
		}
		if (!moved)
			break;
	}
	/* moves can empty a community: number those left by first member (label is all -1 again) */
	*k = 0;
	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_integer_t c = VECTOR(*mem)[v];
		if (label[c] < 0)
			label[c] = (*k)++;
		VECTOR(*mem)[v] = label[c];
	}
	rc = IGRAPH_SUCCESS;
	igraph_inclist_destroy(&il);
out_mem:
	free(label);
	free(seen);
	free(link);
	free(tot);
	return rc;
}

/* One randomized search: membership and the number of communities. */
static igraph_error_t search(const igraph_t *g, const igraph_vector_t *w, const igraph_vector_t *strength,
			     double total, const struct inn_community_opts *o, igraph_vector_int_t *mem,
			     igraph_integer_t *k)
{
	igraph_real_t quality;
	igraph_error_t rc;

	if (o->method == INN_COMMUNITY_LEIDEN)
		/*
		 * Leiden's modularity objective in igraph 0.10: node weights are the strengths and the
		 * resolution is gamma / 2m. beta 0.01 is igraph's default randomness of the refinement;
		 * a negative count of iterations repeats the algorithm until the partition is stable.
		 */
		return igraph_community_leiden(g, w, strength, o->resolution / total, 0.01, false, -1, mem, k, &quality);
	if ((rc = igraph_community_multilevel(g, w, o->resolution, mem, NULL, NULL)) != IGRAPH_SUCCESS)
		return rc;
	return refine(g, w, strength, total, o->resolution, mem, k);
}

int inn_communities(struct inn_net *net, const struct inn_community_opts *o, struct inn_partition *p,
		    struct inn_error *err)
{
	size_t n = net->model->nnodes;
	igraph_t g;
	igraph_vector_t w, strength;
	igraph_vector_int_t mem, trial;
	igraph_integer_t k = 0;
	igraph_real_t total = 0;
	igraph_error_t rc;
	int ret = -1;

	*p = (struct inn_partition){.nnodes = n, .modularity = NAN};
	/* the two per-node arrays share one lifetime: one block, the doubles first for alignment */
	if (!(p->strength = calloc(n ? n : 1, sizeof(*p->strength) + sizeof(*p->community))))
		return inn_error_set(err, INN_EFAIL, "communities: out of memory");
	p->community = (size_t *)(p->strength + (n ? n : 1));
	if (undirected_view(net, o->weight, &g, &w, err) < 0)
		return -1;
	if ((rc = igraph_vector_init(&strength, 0)) != IGRAPH_SUCCESS)
		goto fail_g;
	if ((rc = igraph_vector_int_init(&mem, 0)) != IGRAPH_SUCCESS)
		goto fail_strength;
	if ((rc = igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL, true, &w)) != IGRAPH_SUCCESS)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		p->strength[i] = VECTOR(strength)[i];
		total += VECTOR(strength)[i];
	}
	igraph_rng_seed(igraph_rng_default(), o->seed);
	if (total <= 0) {
		/* no links: every node is its own community and modularity is undefined (0/0) */
		if ((rc = igraph_vector_int_resize(&mem, (igraph_integer_t)n)) != IGRAPH_SUCCESS)
			goto fail;
		for (size_t i = 0; i < n; i++)
			VECTOR(mem)[i] = (igraph_integer_t)i;
		k = (igraph_integer_t)n;
	} else {
		if ((rc = igraph_vector_int_init(&trial, 0)) != IGRAPH_SUCCESS)
			goto fail;
		for (size_t t = 0; t < (o->trials ? o->trials : 1); t++) {
			igraph_integer_t kt = 0;
			igraph_real_t q;
			if ((rc = search(&g, &w, &strength, total, o, &trial, &kt)) != IGRAPH_SUCCESS ||
			    (rc = igraph_modularity(&g, &trial, &w, o->resolution, false, &q)) != IGRAPH_SUCCESS) {
				igraph_vector_int_destroy(&trial);
				goto fail;
			}
			if (t == 0 || q > p->modularity) {
				p->modularity = q;
				k = kt;
				igraph_vector_int_swap(&mem, &trial);
			}
		}
		igraph_vector_int_destroy(&trial);
	}
	ret = renumber(&mem, (size_t)k, p, err);
	goto out;
fail:
	inn_igraph_fail(rc, "communities", err);
out:
	igraph_vector_int_destroy(&mem);
fail_strength:
	igraph_vector_destroy(&strength);
fail_g:
	if (ret < 0 && !inn_error_is_set(err))
		inn_igraph_fail(rc, "communities", err);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
	return ret;
}

void inn_partition_release(struct inn_partition *p)
{
	if (!p)
		return;
	free(p->strength); /* and with it community */
	free(p->size);
	p->strength = NULL;
	p->size = NULL;
	p->community = NULL;
}
