/* ranking.c: score order, then id order within a tie; undefined (NaN) scores last, tied among themselves. */
#include "innonet/ranking.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool inn_score_tie(double a, double b)
{
	/* an undefined score ties only with another undefined score: NaN compares false with everything */
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b)) + 1e-12;
}

/* qsort has no context argument; the model and scores being sorted are these. */
static const struct inn_model *sort_model;
static const double *sort_scores;

static int by_score(const void *pa, const void *pb)
{
	size_t a = ((const struct inn_ranked *)pa)->node, b = ((const struct inn_ranked *)pb)->node;
	double x = sort_scores[a], y = sort_scores[b];

	/* a total order for qsort: every defined score before every undefined one */
	if (isnan(x) || isnan(y)) {
		if (isnan(x) != isnan(y))
			return isnan(x) ? 1 : -1;
	} else if (x != y) {
		return x > y ? -1 : 1;
	}
	return strcmp(sort_model->nodes[a].id, sort_model->nodes[b].id);
}

static int by_id(const void *pa, const void *pb)
{
	size_t a = ((const struct inn_ranked *)pa)->node, b = ((const struct inn_ranked *)pb)->node;

	return strcmp(sort_model->nodes[a].id, sort_model->nodes[b].id);
}

void inn_rank_nodes(const struct inn_model *m, const double *scores, const bool *keep,
		   struct inn_ranked *rows, size_t *nrows)
{
	size_t n = 0;

	for (size_t i = 0; i < m->nnodes; i++)
		if (!keep || keep[i])
			rows[n++] = (struct inn_ranked){.node = i, .score = scores[i]};
	sort_model = m;
	sort_scores = scores;
	qsort(rows, n, sizeof(*rows), by_score);
	/* Group runs that tie with their first (highest) score, then order each group by id. */
	for (size_t start = 0, end; start < n; start = end) {
		for (end = start + 1; end < n && inn_score_tie(rows[start].score, rows[end].score); end++)
			;
		qsort(rows + start, end - start, sizeof(*rows), by_id);
		double top = scores[rows[start].node];
		for (size_t k = start; k < end; k++)
			top = fmax(top, scores[rows[k].node]); /* fmax(NaN, NaN) stays NaN */
		for (size_t k = start; k < end; k++) {
			rows[k].rank = start + 1;
			rows[k].score = top;
		}
	}
	*nrows = n;
}
