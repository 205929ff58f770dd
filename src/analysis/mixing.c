/* mixing.c: modularity and Krackhardt and Stern's E-I index of the partition by kind; triad census and reciprocity. */
#include "innonet/mixing.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* igraph_triad_census gives the types in NetworkX's order (checked in t-stats.sh against nx.triadic_census). */
const char *const inn_triad_names[16] = {"003",  "012",  "102",  "021D", "021U", "021C", "111D", "111U",
					 "030T", "030C", "201",  "120D", "120U", "120C", "210",  "300"};

static bool same_kind(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* group[i] = the index of node i's kind in x->kinds, the kinds numbered by first appearance. */
static int group_by_kind(const struct inn_model *m, struct inn_mixing *x, igraph_vector_int_t *group,
			 struct inn_error *err)
{
	size_t n = m->nnodes;

	x->kinds = calloc(n ? n : 1, sizeof(*x->kinds));
	if (!x->kinds)
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	/* kinds are interned strings in the model, but compare by text: a transform may copy them */
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;
		while (k < x->nkinds && !same_kind(x->kinds[k].kind, m->nodes[i].kind))
			k++;
		if (k == x->nkinds)
			x->kinds[x->nkinds++] = (struct inn_kind_ei){.kind = m->nodes[i].kind, .ei = NAN};
		VECTOR(*group)[i] = (igraph_integer_t)k;
		x->kinds[k].nodes++;
	}
	return 0;
}

static double ei_of(size_t external, size_t internal)
{
	return external + internal ? ((double)external - (double)internal) / (double)(external + internal) : NAN;
}

static int cmp_kind(const void *a, const void *b)
{
	const struct inn_kind_ei *x = a, *y = b;
	return inn_kind_count_cmp(x->nodes, x->kind, y->nodes, y->kind);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* nx.reciprocity: links (u, v), u != v, whose reverse (v, u) is a link too, over all links. */
static int reciprocity(const igraph_t *g, double *r, struct inn_error *err)
{
	size_t ne = (size_t)igraph_ecount(g), both = 0;
	uint64_t *key = malloc((ne ? ne : 1) * sizeof(*key));

	if (!key)
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	for (size_t e = 0; e < ne; e++)
		key[e] = (uint64_t)IGRAPH_FROM(g, e) << 32 | (uint64_t)IGRAPH_TO(g, e);
	qsort(key, ne, sizeof(*key), cmp_u64);
	for (size_t e = 0; e < ne; e++) {
		uint64_t u = key[e] >> 32, v = key[e] & 0xffffffffu, rev = v << 32 | u;
		if (u != v && bsearch(&rev, key, ne, sizeof(*key), cmp_u64))
			both++;
	}
	*r = ne ? (double)both / (double)ne : NAN;
	free(key);
	return 0;
}

int inn_mixing_compute(struct inn_net *net, struct inn_mixing *x, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	const igraph_t *g = net->simple;
	igraph_vector_int_t group;
	igraph_vector_t census;
	igraph_error_t rc;
	int ret = -1;

	*x = (struct inn_mixing){.kind_modularity = NAN, .ei = NAN, .reciprocity = NAN, .directed = m->directed};
	if ((rc = igraph_vector_int_init(&group, (igraph_integer_t)m->nnodes)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "stats", err);
	if (group_by_kind(m, x, &group, err) < 0)
		goto out;
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t a = VECTOR(group)[IGRAPH_FROM(g, e)], b = VECTOR(group)[IGRAPH_TO(g, e)];
		if (a == b) {
			x->kinds[a].internal++;
			x->internal++;
		} else {
			x->kinds[a].external++;
			x->kinds[b].external++;
			x->external++;
		}
	}
	for (size_t k = 0; k < x->nkinds; k++)
		x->kinds[k].ei = ei_of(x->kinds[k].external, x->kinds[k].internal);
	x->ei = ei_of(x->external, x->internal);
	qsort(x->kinds, x->nkinds, sizeof(*x->kinds), cmp_kind); /* group numbers are not used after this */
	if (igraph_ecount(g) > 0 &&
	    (rc = igraph_modularity(g, &group, NULL, 1, m->directed, &x->kind_modularity)) != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "stats: modularity by kind", err);
		goto out;
	}
	if (m->directed) {
		if ((rc = igraph_vector_init(&census, 16)) != IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "stats: triad census", err);
			goto out;
		}
		rc = igraph_triad_census(g, &census);
		for (int t = 0; t < 16 && rc == IGRAPH_SUCCESS; t++)
			x->triads[t] = VECTOR(census)[t];
		igraph_vector_destroy(&census);
		if (rc != IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "stats: triad census", err);
			goto out;
		}
		if (reciprocity(g, &x->reciprocity, err) < 0)
			goto out;
	}
	ret = 0;
out:
	igraph_vector_int_destroy(&group);
	return ret;
}

void inn_mixing_release(struct inn_mixing *x)
{
	if (!x)
		return;
	free(x->kinds);
	x->kinds = NULL;
}
