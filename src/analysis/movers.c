/* movers.c: which nodes moved between two rankings, and in which order to list them. */
#include "innonet/movers.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/ranking.h"

/* qsort has no context argument: the model whose ids break ties. */
static const struct inn_model *sort_model;

static long magnitude(long move)
{
	return move < 0 ? -move : move;
}

static int by_move(const void *pa, const void *pb)
{
	const struct inn_mover *x = pa, *y = pb;
	long dx = magnitude(x->move), dy = magnitude(y->move);

	if (dx != dy)
		return dx > dy ? -1 : 1;
	return strcmp(sort_model->nodes[x->a].id, sort_model->nodes[y->a].id);
}

int inn_movers(const struct inn_model *before, const double *sb, const size_t *rb, const double *sa,
	       const size_t *ra, const size_t *in_after, struct inn_mover **out, size_t *n, struct inn_error *err)
{
	struct inn_mover *mv = malloc((before->nnodes + 1) * sizeof(*mv));
	size_t count = 0;

	*out = NULL;
	*n = 0;
	if (!mv)
		return inn_error_set(err, INN_EFAIL, "rank movers: out of memory");
	for (size_t i = 0; i < before->nnodes; i++) {
		size_t j = in_after[i];
		if (j == SIZE_MAX || rb[i] == ra[j] || isnan(sb[i]) || isnan(sa[j]) || inn_score_tie(sb[i], sa[j]))
			continue;
		mv[count++] = (struct inn_mover){
			.a = i,
			.b = j,
			.rank_before = rb[i],
			.rank_after = ra[j],
			.score_before = sb[i],
			.score_after = sa[j],
			.move = (long)rb[i] - (long)ra[j],
		};
	}
	sort_model = before;
	qsort(mv, count, sizeof(*mv), by_move);
	*out = mv;
	*n = count;
	return 0;
}

size_t inn_movers_top(const struct inn_mover *mv, size_t n, size_t top)
{
	size_t k = top;

	if (top == 0 || top >= n)
		return n;
	while (k < n && magnitude(mv[k].move) == magnitude(mv[top - 1].move))
		k++;
	return k;
}
