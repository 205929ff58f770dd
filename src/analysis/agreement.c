/* agreement.c: Spearman's rho, Kendall's tau-b (Knight's n log n count) and the overlap of two top-N sets. */
#include "innonet/agreement.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/ranking.h"

/*
 * r[i] = node i's average rank by scores among the nodes with use set (1 = highest score; a tie
 * of g nodes from place p takes p + (g - 1) / 2) and place[i] its tie's first place, the rank
 * innonet prints. rows is scratch room for m->nnodes rows.
 */
static void average_ranks(const struct inn_model *m, const double *scores, const bool *use, struct inn_ranked *rows,
			  double *r, size_t *place)
{
	size_t n;

	inn_rank_nodes(m, scores, use, rows, &n);
	for (size_t start = 0, end; start < n; start = end) {
		for (end = start + 1; end < n && rows[end].rank == rows[start].rank; end++)
			;
		for (size_t k = start; k < end; k++) {
			r[rows[k].node] = (double)rows[start].rank + (double)(end - start - 1) / 2;
			place[rows[k].node] = rows[start].rank;
		}
	}
}

static double pearson(const double *x, const double *y, const size_t *idx, size_t n)
{
	double mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0;

	for (size_t k = 0; k < n; k++) {
		mx += x[idx[k]];
		my += y[idx[k]];
	}
	mx /= (double)n;
	my /= (double)n;
	for (size_t k = 0; k < n; k++) {
		double dx = x[idx[k]] - mx, dy = y[idx[k]] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx == 0 || syy == 0)
		return NAN;
	return sxy / sqrt(sxx * syy);
}

/* Pairs (x, y) of average ranks, sorted for Knight's algorithm. */
struct xy {
	double x, y;
};

static int cmp_xy(const void *a, const void *b)
{
	const struct xy *p = a, *q = b;
	if (p->x != q->x)
		return p->x < q->x ? -1 : 1;
	return (p->y > q->y) - (p->y < q->y);
}

/* Sort v[0 .. n) by y with a merge sort, returning the number of inversions (pairs out of order). */
static double merge_count(struct xy *v, struct xy *tmp, size_t n)
{
	double swaps = 0;

	if (n < 2)
		return 0;
	size_t h = n / 2;
	swaps += merge_count(v, tmp, h);
	swaps += merge_count(v + h, tmp, n - h);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n) {
		if (v[j].y < v[i].y) {
			swaps += (double)(h - i);
			tmp[k++] = v[j++];
		} else {
			tmp[k++] = v[i++];
		}
	}
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
	return swaps;
}

/* Pairs tied in runs of equal keys of a sorted sequence: sum of t (t - 1) / 2. */
static double tied_pairs_x(const struct xy *v, size_t n, bool both)
{
	double t = 0;

	for (size_t s = 0, e; s < n; s = e) {
		for (e = s + 1; e < n && v[e].x == v[s].x && (!both || v[e].y == v[s].y); e++)
			;
		t += (double)(e - s) * (double)(e - s - 1) / 2;
	}
	return t;
}

static double tied_pairs_y(const struct xy *v, size_t n)
{
	double t = 0;

	for (size_t s = 0, e; s < n; s = e) {
		for (e = s + 1; e < n && v[e].y == v[s].y; e++)
			;
		t += (double)(e - s) * (double)(e - s - 1) / 2;
	}
	return t;
}

/*
 * Kendall's tau-b by Knight (1966), as scipy.stats.kendalltau computes it: sort by (x, y),
 * count pairs tied in x and in both, merge-sort by y counting the discordant pairs, count pairs
 * tied in y. tau_b = (n0 - n1 - n2 + n3 - 2 swaps) / sqrt((n0 - n1)(n0 - n2)).
 */
static int kendall(const double *x, const double *y, const size_t *idx, size_t n, double *tau, struct inn_error *err)
{
	struct xy *v = malloc((n ? n : 1) * sizeof(*v)), *tmp = malloc((n ? n : 1) * sizeof(*tmp));
	double n0 = (double)n * (double)(n - 1) / 2, n1, n2, n3, swaps;

	if (!v || !tmp) {
		free(v);
		free(tmp);
		return inn_error_set(err, INN_EFAIL, "agreement: out of memory");
	}
	for (size_t k = 0; k < n; k++)
		v[k] = (struct xy){x[idx[k]], y[idx[k]]};
	qsort(v, n, sizeof(*v), cmp_xy);
	n1 = tied_pairs_x(v, n, false);
	n3 = tied_pairs_x(v, n, true);
	swaps = merge_count(v, tmp, n);
	n2 = tied_pairs_y(v, n);
	*tau = (n0 - n1 == 0 || n0 - n2 == 0) ? NAN : (n0 - n1 - n2 + n3 - 2 * swaps) / sqrt((n0 - n1) * (n0 - n2));
	free(tmp);
	free(v);
	return 0;
}

int inn_agreement(const struct inn_model *m, const double *a, const double *b, const bool *keep,
		  enum inn_agreement_method method, size_t top, double *value, size_t *nused, struct inn_error *err)
{
	size_t n = m->nnodes, used = 0;
	bool *use = calloc(n ? n : 1, sizeof(*use));
	struct inn_ranked *rows = malloc((n ? n : 1) * sizeof(*rows));
	double *ra = malloc((n ? n : 1) * sizeof(*ra)), *rb = malloc((n ? n : 1) * sizeof(*rb));
	size_t *pa = malloc((n ? n : 1) * sizeof(*pa)), *pb = malloc((n ? n : 1) * sizeof(*pb));
	size_t *idx = malloc((n ? n : 1) * sizeof(*idx));
	int ret = -1;

	*value = NAN;
	if (!use || !rows || !ra || !rb || !pa || !pb || !idx) {
		inn_error_set(err, INN_EFAIL, "agreement: out of memory");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		use[i] = (!keep || keep[i]) && !isnan(a[i]) && !isnan(b[i]);
		if (use[i])
			idx[used++] = i;
	}
	*nused = used;
	ret = 0;
	if (used < 2)
		goto out;
	average_ranks(m, a, use, rows, ra, pa);
	average_ranks(m, b, use, rows, rb, pb);
	if (method == INN_AGREE_SPEARMAN) {
		*value = pearson(ra, rb, idx, used);
	} else if (method == INN_AGREE_KENDALL) {
		ret = kendall(ra, rb, idx, used, value, err);
	} else {
		size_t in_a = 0, in_b = 0, both = 0;
		for (size_t k = 0; k < used; k++) {
			bool ta = pa[idx[k]] <= top, tb = pb[idx[k]] <= top;
			in_a += ta;
			in_b += tb;
			both += ta && tb;
		}
		*value = (double)both / (double)(in_a > in_b ? in_a : in_b);
	}
out:
	free(idx);
	free(pb);
	free(pa);
	free(rb);
	free(ra);
	free(rows);
	free(use);
	return ret;
}
