/*
 * profile.c: network-level measures for comparing networks of different sizes: Freeman
 * centralizations normalized as R's sna::centralization does, Krackhardt's connectedness,
 * hierarchy, efficiency and least upper boundedness as sna computes them, and each kind's share
 * of nodes, links and betweenness. Checked against sna in tests/cli/t-compare.sh
 * (tests/fixtures/profile.R wrote the references).
 */
#include "innonet/profile.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/measures.h"

/* sum(max - c) / tmax, NaN where the theoretical maximum is 0 (fewer than 3 nodes) */
static double freeman(const double *c, size_t n, double tmax)
{
	double max = -INFINITY, sum = 0;

	if (n < 3 || !(tmax > 0))
		return NAN;
	for (size_t i = 0; i < n; i++) {
		if (isnan(c[i]))
			return NAN;
		if (c[i] > max)
			max = c[i];
	}
	for (size_t i = 0; i < n; i++)
		sum += max - c[i];
	return sum / tmax;
}

static int degree_centralization(struct inn_net *net, double *c, struct inn_profile *p, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	double dn = (double)n;
	igraph_vector_int_t d;
	igraph_error_t rc;

	if ((rc = igraph_vector_int_init(&d, 0)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "profile: degree", err);
	/* sna drops self-loops (diag = FALSE); on a directed model Freeman degree is in + out */
	if ((rc = igraph_degree(net->simple, &d, igraph_vss_all(), IGRAPH_ALL, false)) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&d);
		return inn_igraph_fail(rc, "profile: degree", err);
	}
	for (size_t i = 0; i < n; i++)
		c[i] = (double)VECTOR(d)[i];
	igraph_vector_int_destroy(&d);
	/* sna's tmaxdev: (n-1)(2(n-1)-2) for Freeman degree on a digraph, (n-1)(n-2) on a graph */
	p->degree_centralization = freeman(c, n, p->directed ? (dn - 1) * (2 * (dn - 1) - 2) : (dn - 1) * (dn - 2));
	return 0;
}

/* betweenness as `rank` computes it (NetworkX's raw counts, directed as the model is) */
static int betweenness(struct inn_net *net, double *c, struct inn_profile *p, struct inn_error *err)
{
	const struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	size_t n = net->model->nnodes;
	double dn = (double)n;

	if (n == 0)
		return 0;
	if (inn_measure_compute(inn_measure_find("betweenness"), net, &o, c, err) != 0)
		return -1;
	/* sna's tmaxdev: (n-1)^2 (n-2) on a digraph, half that on a graph (the star's centre) */
	p->betweenness_centralization =
		freeman(c, n, p->directed ? (dn - 1) * (dn - 1) * (dn - 2) : (dn - 1) * (dn - 1) * (dn - 2) / 2);
	return 0;
}

/* The simple undirected view: sna's symmetrize(rule = "weak") then mode = "graph". */
static int undirected_view(struct inn_net *net, igraph_t *u, struct inn_error *err)
{
	igraph_error_t rc;

	if ((rc = igraph_copy(u, net->simple)) != IGRAPH_SUCCESS)
		return inn_igraph_fail(rc, "profile", err);
	if (igraph_is_directed(u))
		rc = igraph_to_undirected(u, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_simplify(u, true, true, NULL);
	if (rc != IGRAPH_SUCCESS) {
		igraph_destroy(u);
		return inn_igraph_fail(rc, "profile", err);
	}
	return 0;
}

/*
 * Closeness (n-1) / sum of distances and the unit-length leading eigenvector, both on the
 * undirected view. sna's directed closeness is 0 for every node that cannot reach all others,
 * which says nothing on most directed models, so the undirected reading is the one compared.
 */
static int spectral_and_closeness(struct inn_net *net, const struct inn_stats *s, double *c, struct inn_profile *p,
				  struct inn_error *err)
{
	size_t n = net->model->nnodes;
	double dn = (double)n, norm = 0;
	igraph_vector_t v;
	igraph_real_t value;
	igraph_arpack_options_t arpack;
	igraph_error_t rc;
	igraph_t u;
	int ret = -1;

	if (n < 3)
		return 0;
	if (undirected_view(net, &u, err) < 0)
		return -1;
	if ((rc = igraph_vector_init(&v, 0)) != IGRAPH_SUCCESS) {
		igraph_destroy(&u);
		return inn_igraph_fail(rc, "profile", err);
	}
	if (s->nweak == 1) {
		/* igraph's normalized closeness is 1 / mean distance = (n-1) / sum, sna's "undirected" closeness */
		if ((rc = igraph_closeness(&u, &v, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, NULL, true)) !=
		    IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "profile: closeness", err);
			goto out;
		}
		for (size_t i = 0; i < n; i++)
			c[i] = VECTOR(v)[i];
		/* sna's tmaxdev for undirected closeness: (n-2)(n-1)/(2n-3) */
		p->closeness_centralization = freeman(c, n, (dn - 2) * (dn - 1) / (2 * dn - 3));
	}
	if (igraph_ecount(&u) > 0) {
		igraph_arpack_options_init(&arpack);
		/* igraph nudges ARPACK's start vector with its default generator: seeded here, so that
		   a network's value does not depend on what the process computed before (stats --over) */
		igraph_rng_seed(igraph_rng_default(), 1);
		rc = igraph_eigenvector_centrality(&u, &v, &value, false, false, NULL, &arpack);
		if (rc != IGRAPH_SUCCESS) {
			inn_igraph_fail(rc, "profile: eigenvector", err);
			goto out;
		}
		for (size_t i = 0; i < n; i++)
			norm += VECTOR(v)[i] * VECTOR(v)[i];
		norm = sqrt(norm);
		/* sna's evcent: the leading eigenvector of unit length, all entries of one sign */
		for (size_t i = 0; i < n; i++)
			c[i] = norm > 0 ? fabs(VECTOR(v)[i]) / norm : 0;
		p->eigenvector_centralization = freeman(c, n, sqrt(2) / 2 * (dn - 2));
	}
	ret = 0;
out:
	igraph_vector_destroy(&v);
	igraph_destroy(&u);
	return ret;
}

/* Row i of the reachability matrix: bit j set when i reaches j (i reaches itself, as in sna). */
struct reach {
	uint64_t *bits;
	size_t words; /* per row */
};

static inline bool reaches(const struct reach *r, size_t i, size_t j)
{
	return r->bits[i * r->words + j / 64] >> (j % 64) & 1;
}

static int reachability(struct inn_net *net, struct reach *r, struct inn_error *err)
{
	size_t n = net->model->nnodes, *queue = NULL;
	uint32_t *start = NULL, *adj = NULL;

	r->words = (n + 63) / 64;
	r->bits = calloc(n * r->words + 1, sizeof(*r->bits));
	queue = malloc((n + 1) * sizeof(*queue));
	if (!r->bits || !queue) {
		free(queue);
		return inn_error_set(err, INN_EFAIL, "profile: out of memory");
	}
	if (inn_net_lists(net, INN_LISTS_OUT, &start, &adj, err) < 0) {
		free(queue);
		return -1;
	}
	for (size_t s = 0; s < n; s++) {
		uint64_t *row = r->bits + s * r->words;
		size_t head = 0, tail = 0;
		row[s / 64] |= (uint64_t)1 << (s % 64);
		queue[tail++] = s;
		while (head < tail) {
			size_t v = queue[head++];
			for (uint32_t k = start[v]; k < start[v + 1]; k++) {
				size_t w = adj[k];
				if (!(row[w / 64] >> (w % 64) & 1)) {
					row[w / 64] |= (uint64_t)1 << (w % 64);
					queue[tail++] = w;
				}
			}
		}
	}
	free(start);
	free(adj);
	free(queue);
	return 0;
}

/*
 * sna's lubness_con_R over each weak component of more than two nodes: a pair (i, j) violates
 * when no node that reaches both (an upper bound) reaches every other upper bound.
 */
static double lubness(const struct inn_stats *s, const struct reach *r, size_t n)
{
	double viol = 0, most = 0;
	size_t *ub = malloc((n + 1) * sizeof(*ub));

	if (!ub)
		return NAN;
	for (size_t c = 0; c < s->nweak; c++) {
		const size_t *vi = s->weak[c].members, m = s->weak[c].size;
		if (m <= 2)
			continue;
		for (size_t a = 0; a < m; a++)
			for (size_t b = a + 1; b < m; b++) {
				size_t nub = 0;
				bool lub = false;
				for (size_t k = 0; k < m; k++)
					if (reaches(r, vi[k], vi[a]) && reaches(r, vi[k], vi[b]))
						ub[nub++] = vi[k];
				for (size_t k = 0; k < nub && !lub; k++) {
					size_t l = 0;
					while (l < nub && reaches(r, ub[k], ub[l]))
						l++;
					lub = l == nub;
				}
				viol += !lub;
			}
		most += (double)(m - 1) * (double)(m - 2) / 2;
	}
	free(ub);
	return 1 - viol / most; /* 0/0 = NaN, as in R, when no component has three nodes */
}

static int krackhardt(struct inn_net *net, const struct inn_stats *s, struct inn_profile *p, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	double pairs = 0, required = 0, most = 0, arcs = 0, mutual = 0, nonnull = 0;
	struct reach r = {0};

	/* connectedness: the share of unordered pairs joined by a semipath (weak reachability) */
	for (size_t c = 0; c < s->nweak; c++) {
		double m = (double)s->weak[c].size;
		pairs += m * (m - 1) / 2;
		required += m - 1;
		most += m * (m - 1) - (m - 1);
	}
	p->connectedness = n <= 1 ? 1 : pairs / ((double)n * ((double)n - 1) / 2);
	/* efficiency: 1 - (arcs beyond the n - components a spanning forest needs) / the most there can be */
	for (igraph_integer_t e = 0; e < igraph_ecount(net->simple); e++)
		arcs += IGRAPH_FROM(net->simple, e) != IGRAPH_TO(net->simple, e);
	p->efficiency = most > 0 ? 1 - (arcs - required) / most : NAN;
	if (n > INN_PROFILE_MAX_HIERARCHY)
		return 0;
	if (reachability(net, &r, err) < 0) {
		free(r.bits);
		return -1;
	}
	/* hierarchy: 1 - the share of reachable pairs that reach each other */
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			bool a = reaches(&r, i, j), b = reaches(&r, j, i);
			nonnull += a || b;
			mutual += a && b;
		}
	p->hierarchy = nonnull > 0 ? 1 - mutual / nonnull : NAN;
	if (n <= INN_PROFILE_MAX_LUBNESS)
		p->lubness = lubness(s, &r, n);
	free(r.bits);
	return 0;
}

static void kind_shares(const struct inn_mixing *x, const struct inn_model *m, const double *between,
			struct inn_profile *p)
{
	double links = (double)(x->internal + x->external), total = 0;

	for (size_t i = 0; between && i < m->nnodes; i++)
		total += between[i];
	for (size_t k = 0; k < x->nkinds; k++) {
		struct inn_profile_kind *pk = &p->kinds[k];
		const char *kind = x->kinds[k].kind;
		double sum = 0;
		pk->kind = kind;
		pk->node_share = (double)x->kinds[k].nodes / (double)m->nnodes;
		pk->link_share = links > 0 ? (double)(x->kinds[k].internal + x->kinds[k].external) / links : NAN;
		for (size_t i = 0; between && i < m->nnodes; i++) {
			const char *ki = m->nodes[i].kind;
			if (ki == kind || (ki && kind && strcmp(ki, kind) == 0))
				sum += between[i];
		}
		pk->brokerage_share = total > 0 ? sum / total : NAN;
	}
	p->nkinds = x->nkinds;
}

int inn_profile_compute(struct inn_net *net, const struct inn_stats *s, const struct inn_mixing *x,
			struct inn_profile *p, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	double *between = NULL, *c = NULL;
	int ret = -1;

	*p = (struct inn_profile){
		.directed = m->directed,
		.largest_share = s->nweak ? (double)s->weak[0].size / (double)n : NAN,
		.degree_centralization = NAN,
		.betweenness_centralization = NAN,
		.closeness_centralization = NAN,
		.eigenvector_centralization = NAN,
		.connectedness = NAN,
		.hierarchy = NAN,
		.efficiency = NAN,
		.lubness = NAN,
	};
	/* two scratch arrays of one length and one lifetime: one block, c its second half */
	between = calloc(2 * (n + 1), sizeof(*between));
	c = between ? between + (n + 1) : NULL;
	p->kinds = calloc(x->nkinds + 1, sizeof(*p->kinds));
	if (!between || !c || !p->kinds) {
		inn_error_set(err, INN_EFAIL, "profile: out of memory");
		goto out;
	}
	if (degree_centralization(net, c, p, err) < 0 || betweenness(net, between, p, err) < 0 ||
	    spectral_and_closeness(net, s, c, p, err) < 0 || (m->directed && krackhardt(net, s, p, err) < 0))
		goto out;
	kind_shares(x, m, n ? between : NULL, p);
	ret = 0;
out:
	free(between); /* and c */
	return ret;
}

void inn_profile_release(struct inn_profile *p)
{
	if (!p)
		return;
	free(p->kinds);
	p->kinds = NULL;
	p->nkinds = 0;
}

size_t inn_profile_nrows(const struct inn_profile *p)
{
	return 32 + 3 * p->nkinds;
}

static const char *kind_name(const struct inn_profile *p, size_t k)
{
	return p->kinds[k].kind ? p->kinds[k].kind : "(no kind)";
}

size_t inn_profile_rows(const struct inn_stats *s, const struct inn_mixing *x, const struct inn_profile *p,
			struct inn_profile_row *rows)
{
	size_t n = 0;
#define ROW(k, l, v, ...) rows[n++] = (struct inn_profile_row){.key = k, .label = l, .value = v, __VA_ARGS__}
	ROW("nodes", "nodes", (double)s->nnodes, .integer = true, .in_stats = true);
	ROW("links", "links", (double)s->nlinks, .integer = true, .in_stats = true);
	ROW("density", "density", s->density, .in_stats = true);
	ROW("components", "components", (double)s->nweak, .integer = true, .in_stats = true);
	ROW("largest_component_share", "largest component share", p->largest_share);
	ROW("diameter", "diameter", s->diameter, .integer = true, .in_stats = true);
	ROW("average_distance", "average distance", s->average_path_length, .in_stats = true);
	ROW("transitivity", "transitivity", s->transitivity, .in_stats = true);
	ROW("average_clustering", "average clustering", s->average_clustering, .in_stats = true);
	ROW("degree_centralization", "degree centralization", p->degree_centralization);
	ROW("betweenness_centralization", "betweenness centralization", p->betweenness_centralization);
	ROW("closeness_centralization", "closeness centralization", p->closeness_centralization);
	ROW("eigenvector_centralization", "eigenvector centralization", p->eigenvector_centralization);
	ROW("connectedness", "connectedness (Krackhardt)", p->connectedness, .directed_only = true);
	ROW("hierarchy", "hierarchy (Krackhardt)", p->hierarchy, .directed_only = true);
	ROW("efficiency", "efficiency (Krackhardt)", p->efficiency, .directed_only = true);
	ROW("lubness", "least upper boundedness", p->lubness, .directed_only = true);
	ROW("reciprocity", "reciprocity", x->reciprocity, .directed_only = true, .in_stats = true);
	ROW("degree_assortativity", "degree assortativity", s->degree_assortativity, .in_stats = true);
	ROW("kind_modularity", "modularity by kind", x->kind_modularity, .in_stats = true);
	ROW("ei_index", "E-I index by kind", x->ei, .in_stats = true);
	/* grouped by measure, so that one kind's shares read down a column and the kinds' add up */
	for (size_t k = 0; k < p->nkinds; k++)
		ROW("node_share", "share of nodes", p->kinds[k].node_share, .of = kind_name(p, k));
	for (size_t k = 0; k < p->nkinds; k++)
		ROW("link_share", "share of links", p->kinds[k].link_share, .of = kind_name(p, k));
	for (size_t k = 0; k < p->nkinds; k++)
		ROW("brokerage_share", "share of brokerage", p->kinds[k].brokerage_share, .of = kind_name(p, k));
#undef ROW
	return n;
}
