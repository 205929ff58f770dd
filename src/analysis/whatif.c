/* whatif.c: what a scenario changes: components, cut-off nodes, reach between kinds, cut points, rank movers. */
#include "innonet/whatif.h"

#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/ranking.h"
#include "innonet/structure.h"

void inn_whatif_release(struct inn_whatif *w)
{
	free(w->part_before); /* and with it part_after, new_cut_points, cut_off and split */
	free(w->lost_kind);
	free(w->pairs);
	free(w->lost_reach);
	free(w->new_bridges);
	free(w->movers);
	memset(w, 0, sizeof(*w));
}

/* One side (before or after) analysed: components, cut points, bridges and the measure. */
struct side {
	struct inn_net net;
	bool ready;
	size_t *member;   /* component of each node; in score's block */
	size_t ncomp, largest_size;
	bool *cut;        /* in score's block */
	bool *bridge;     /* owned */
	double *score;    /* owns the block of the per-node arrays (score, member, rank, cut) */
	size_t *rank;     /* rank of each node; in score's block */
};

/* F = 1 - sum s_i (s_i - 1) / (n (n - 1)) over the component sizes s_i, as keyplayer scores it; NaN below 2 nodes. */
static double fragmentation(const struct side *s, size_t n)
{
	size_t *size = calloc(s->ncomp + 1, sizeof(*size));
	double pairs = 0;

	if (!size || n < 2) {
		free(size);
		return NAN;
	}
	for (size_t i = 0; i < n; i++)
		size[s->member[i]]++;
	for (size_t c = 0; c < s->ncomp; c++)
		pairs += (double)size[c] * (double)(size[c] - (size[c] > 0));
	free(size);
	return 1 - pairs / ((double)n * (double)(n - 1));
}

static void side_release(struct side *s)
{
	if (s->ready)
		inn_net_release(&s->net);
	free(s->score);
	free(s->bridge);
	memset(s, 0, sizeof(*s));
}

/* keep: the nodes ranked (those in both networks), or NULL for all. */
static int side_init(struct side *s, const struct inn_model *m, const struct inn_measure *measure,
		     const struct inn_measure_opts *mo, const bool *keep, struct inn_error *err)
{
	size_t n = m->nnodes, *size = NULL, nrows;
	struct inn_ranked *rows = NULL;
	int ret = -1;

	memset(s, 0, sizeof(*s));
	if (inn_net_init(&s->net, m, err) < 0)
		return -1;
	s->ready = true;
	/* the per-node arrays live and die with the side: one zeroed block, the bools last for alignment */
	s->score = calloc(n + 1, sizeof(double) + 2 * sizeof(size_t) + sizeof(bool));
	s->bridge = malloc((m->nlinks + 1) * sizeof(*s->bridge));
	size = calloc(n + 1, sizeof(*size));
	rows = malloc((n + 1) * sizeof(*rows));
	if (!s->score || !s->bridge || !size || !rows) {
		inn_error_set(err, INN_EFAIL, "whatif: out of memory");
		goto out;
	}
	s->member = (size_t *)(s->score + (n + 1));
	s->rank = s->member + (n + 1);
	s->cut = (bool *)(s->rank + (n + 1));
	if (inn_components(&s->net, false, s->member, &s->ncomp, err) < 0 ||
	    inn_articulation_points(&s->net, s->cut, err) < 0 || inn_bridges(&s->net, s->bridge, err) < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		size[s->member[i]]++;
	for (size_t c = 0; c < s->ncomp; c++)
		if (size[c] > s->largest_size)
			s->largest_size = size[c];
	if (measure) {
		if (n && inn_measure_compute(measure, &s->net, mo, s->score, err) != 0)
			goto out;
		inn_rank_nodes(m, s->score, keep, rows, &nrows);
		for (size_t r = 0; r < nrows; r++)
			s->rank[rows[r].node] = rows[r].rank;
	}
	ret = 0;
out:
	free(rows);
	free(size);
	if (ret < 0)
		side_release(s);
	return ret;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The distinct kinds of m, sorted (byte order); nodes without a kind are left out. */
static const char **kinds_of(const struct inn_model *m, size_t *count)
{
	const char **k = malloc((m->nnodes + 1) * sizeof(*k));
	size_t n = 0;

	if (!k)
		return NULL;
	for (size_t i = 0; i < m->nnodes; i++)
		if (m->nodes[i].kind)
			k[n++] = m->nodes[i].kind;
	qsort(k, n, sizeof(*k), cmp_str);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (u == 0 || strcmp(k[u - 1], k[i]) != 0)
			k[u++] = k[i];
	*count = u;
	return k;
}

static size_t kind_index(const char **kinds, size_t nkinds, const char *kind)
{
	const char **hit;

	if (!kind)
		return SIZE_MAX;
	hit = bsearch(&kind, kinds, nkinds, sizeof(*kinds), cmp_str);
	return hit ? (size_t)(hit - kinds) : SIZE_MAX;
}

/* Per node, the number of its links to nodes of each kind: tally[i * nkinds + k]. */
static uint32_t *kind_tally(const struct inn_model *m, const char **kinds, size_t nkinds)
{
	uint32_t *t = calloc(m->nnodes * nkinds + 1, sizeof(*t));
	size_t a, b;

	if (!t)
		return NULL;
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if (l->source == l->target)
			continue;
		if ((a = kind_index(kinds, nkinds, m->nodes[l->target].kind)) != SIZE_MAX)
			t[l->source * nkinds + a]++;
		if ((b = kind_index(kinds, nkinds, m->nodes[l->source].kind)) != SIZE_MAX)
			t[l->target * nkinds + b]++;
	}
	return t;
}

/* Per component, the number of its nodes of each kind: count[c * nkinds + k]. */
static size_t *component_kinds(const struct inn_model *m, const struct side *s, const char **kinds, size_t nkinds)
{
	size_t *c = calloc(s->ncomp * nkinds + 1, sizeof(*c)), k;

	if (!c)
		return NULL;
	for (size_t i = 0; i < m->nnodes; i++)
		if ((k = kind_index(kinds, nkinds, m->nodes[i].kind)) != SIZE_MAX)
			c[s->member[i] * nkinds + k]++;
	return c;
}

/* qsort context for the parts: the components of each kept node before and after. */
static const size_t *part_comp_before, *part_comp_after;

static int by_parts(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (part_comp_before[a] != part_comp_before[b])
		return part_comp_before[a] < part_comp_before[b] ? -1 : 1;
	if (part_comp_after[a] != part_comp_after[b])
		return part_comp_after[a] < part_comp_after[b] ? -1 : 1;
	return (a > b) - (a < b);
}

/*
 * Cut off and split (see whatif.h). in_after[i]: before node i's index after, SIZE_MAX when
 * removed. Sorting the kept nodes by (component before, component after) lines up each former
 * component's groups.
 */
static int find_cut_off(struct inn_whatif *w, size_t nb, const size_t *in_after, const struct side *sb,
			const struct side *sa, struct inn_error *err)
{
	size_t *order = malloc((nb + 1) * sizeof(*order)), *after = malloc((nb + 1) * sizeof(*after)), n = 0;

	if (!order || !after) {
		free(order);
		free(after);
		return inn_error_set(err, INN_EFAIL, "whatif: out of memory");
	}
	for (size_t i = 0; i < nb; i++) {
		if (in_after[i] == SIZE_MAX)
			continue;
		after[i] = sa->member[in_after[i]];
		order[n++] = i;
	}
	part_comp_before = sb->member;
	part_comp_after = after;
	qsort(order, n, sizeof(*order), by_parts);
	for (size_t start = 0, end; start < n; start = end) {
		size_t comp = sb->member[order[start]], largest = 0, nlargest = 0, nparts = 0;
		for (end = start; end < n && sb->member[order[end]] == comp; end++)
			;
		for (size_t p = start, q; p < end; p = q) {
			for (q = p; q < end && after[order[q]] == after[order[p]]; q++)
				;
			nparts++;
			if (q - p > largest) {
				largest = q - p;
				nlargest = 1;
			} else if (q - p == largest) {
				nlargest++;
			}
		}
		if (nparts < 2)
			continue;
		for (size_t p = start, q; p < end; p = q) {
			for (q = p; q < end && after[order[q]] == after[order[p]]; q++)
				;
			for (size_t k = p; k < q; k++) {
				size_t i = order[k];
				if (nlargest > 1) {
					w->split[i] = true;
					w->nsplit++;
				} else if (q - p < largest) {
					w->cut_off[i] = true;
					w->ncut_off++;
				} else {
					continue;
				}
				w->part_before[i] = end - start;
				w->part_after[i] = q - p;
			}
		}
	}
	free(after);
	free(order);
	return 0;
}

int inn_whatif_compare(const struct inn_model *before, const struct inn_scenario_result *r,
		       const struct inn_measure *measure, const struct inn_measure_opts *mo, struct inn_whatif *w,
		       struct inn_error *err)
{
	const struct inn_model *g = r->merged, *after = r->after;
	struct side sb, sa;
	const char **kinds = NULL;
	uint32_t *tb = NULL, *ta = NULL;
	size_t *cb = NULL, *ca = NULL, *kbefore = NULL, *kleft = NULL, nkinds = 0, nb = r->nbefore_nodes, cap;
	int ret = -1;

	bool *kb = calloc(nb + 1, sizeof(*kb)), *ka = calloc(after->nnodes + 1, sizeof(*ka));

	memset(w, 0, sizeof(*w));
	memset(&sb, 0, sizeof(sb));
	memset(&sa, 0, sizeof(sa));
	if (!kb || !ka) {
		inn_error_set(err, INN_EFAIL, "whatif: out of memory");
		goto out;
	}
	/* ranks among the nodes in both networks: removing a node ranked above others is not a move of theirs */
	for (size_t i = 0; i < nb; i++)
		if (r->after_node[i] != SIZE_MAX)
			kb[i] = ka[r->after_node[i]] = true;
	if (side_init(&sb, before, measure, mo, kb, err) < 0 || side_init(&sa, after, measure, mo, ka, err) < 0)
		goto out;
	w->before = (struct inn_whatif_net){before->nnodes, before->nlinks, sb.ncomp, sb.largest_size,
					    fragmentation(&sb, before->nnodes)};
	w->after = (struct inn_whatif_net){after->nnodes, after->nlinks, sa.ncomp, sa.largest_size,
					   fragmentation(&sa, after->nnodes)};
	if ((kinds = kinds_of(g, &nkinds))) {
		tb = kind_tally(before, kinds, nkinds);
		ta = kind_tally(after, kinds, nkinds);
		cb = component_kinds(before, &sb, kinds, nkinds);
		ca = component_kinds(after, &sa, kinds, nkinds);
	}
	/* the five arrays per merged node are made and freed together: one zeroed block, the bools last */
	w->part_before = calloc(g->nnodes + 1, 3 * sizeof(size_t) + 2 * sizeof(bool));
	w->lost_kind = malloc((nb * nkinds + 1) * sizeof(*w->lost_kind));
	w->pairs = malloc((nkinds * nkinds + 1) * sizeof(*w->pairs));
	cap = nb * nkinds + 1;
	w->lost_reach = malloc(cap * sizeof(*w->lost_reach));
	w->new_bridges = malloc((g->nlinks + 1) * sizeof(*w->new_bridges));
	kbefore = calloc(nkinds + 1, sizeof(*kbefore));
	kleft = calloc(nkinds + 1, sizeof(*kleft));
	if (!kbefore || !kleft || !kinds || !tb || !ta || !cb || !ca || !w->part_before || !w->lost_kind || !w->pairs ||
	    !w->lost_reach || !w->new_bridges) {
		inn_error_set(err, INN_EFAIL, "whatif: out of memory");
		goto out;
	}
	w->part_after = w->part_before + (g->nnodes + 1);
	w->new_cut_points = w->part_after + (g->nnodes + 1);
	w->cut_off = (bool *)(w->new_cut_points + (g->nnodes + 1));
	w->split = w->cut_off + (g->nnodes + 1);
	for (size_t i = 0; i < nb; i++) {
		size_t ai = r->after_node[i];
		if (ai == SIZE_MAX)
			continue;
		for (size_t k = 0; k < nkinds; k++)
			if (tb[i * nkinds + k] && !ta[ai * nkinds + k])
				w->lost_kind[w->nlost_kind++] =
					(struct inn_whatif_lost){i, kinds[k], tb[i * nkinds + k]};
	}
	if (find_cut_off(w, nb, r->after_node, &sb, &sa, err) < 0 ||
	    (measure && inn_movers(before, sb.score, sb.rank, sa.score, sa.rank, r->after_node, &w->movers, &w->nmovers, err) < 0))
		goto out;
	/* reach between kinds: a node reaches kind b when its component holds a node of b other than itself */
	size_t nlost = 0, k;
	for (size_t i = 0; i < g->nnodes; i++) {
		if ((k = kind_index(kinds, nkinds, g->nodes[i].kind)) == SIZE_MAX) {
			w->nodes_without_kind_before += i < nb;
			w->nodes_without_kind_after += r->after_node[i] != SIZE_MAX;
			continue;
		}
		kbefore[k] += i < nb;
		kleft[k] += r->after_node[i] != SIZE_MAX;
	}
	for (size_t ka = 0; ka < nkinds; ka++) {
		for (size_t kb = 0; kb < nkinds; kb++) {
			struct inn_whatif_pair *p = &w->pairs[w->npairs++];
			*p = (struct inn_whatif_pair){.a = kinds[ka], .b = kinds[kb], .first = nlost,
						      .nodes_b_before = kbefore[kb], .nodes_b_after = kleft[kb]};
			for (size_t i = 0; i < g->nnodes; i++) {
				if (kind_index(kinds, nkinds, g->nodes[i].kind) != ka)
					continue;
				size_t self = ka == kb, ai = r->after_node[i];
				bool was = false, is = false;
				if (i < nb) {
					p->nodes_a_before++;
					was = cb[sb.member[i] * nkinds + kb] > self;
					p->reach_before += was;
				}
				if (ai != SIZE_MAX) {
					p->nodes_a_after++;
					is = ca[sa.member[ai] * nkinds + kb] > self;
					p->reach_after += is;
				}
				if (was && !is && ai != SIZE_MAX && kleft[kb]) {
					if (nlost == cap) {
						size_t *q = realloc(w->lost_reach, (cap *= 2) * sizeof(*q));
						if (!q) {
							inn_error_set(err, INN_EFAIL, "whatif: out of memory");
							goto out;
						}
						w->lost_reach = q;
					}
					w->lost_reach[nlost++] = i;
					p->nlost++;
				}
			}
		}
	}
	for (size_t i = 0; i < g->nnodes; i++) {
		size_t ai = r->after_node[i];
		if (ai != SIZE_MAX && sa.cut[ai] && !(i < nb && sb.cut[i]))
			w->new_cut_points[w->nnew_cut_points++] = i;
	}
	for (size_t j = 0; j < g->nlinks; j++) {
		size_t aj = r->after_link[j];
		if (aj != SIZE_MAX && sa.bridge[aj] && !(j < r->nbefore_links && sb.bridge[j]))
			w->new_bridges[w->nnew_bridges++] = j;
	}
	ret = 0;
out:
	free(kleft);
	free(kbefore);
	free(ca);
	free(cb);
	free(ta);
	free(tb);
	free(kinds);
	free(ka);
	free(kb);
	side_release(&sa);
	side_release(&sb);
	return ret;
}
