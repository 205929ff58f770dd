/* agreement.h: how far two rankings of the same nodes agree: Spearman's rho, Kendall's tau-b, top-N overlap. */
#ifndef INNONET_AGREEMENT_H
#define INNONET_AGREEMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

enum inn_agreement_method {
	INN_AGREE_SPEARMAN, /* Pearson's correlation of the average ranks (ties share the mean of their places) */
	INN_AGREE_KENDALL,  /* Kendall's tau-b: concordant minus discordant pairs, corrected for ties in each */
	INN_AGREE_TOP,      /* |top N of a and top N of b| / the larger of the two; a tie at rank N is all in */
};

/*
 * The agreement of scores a and b, arrays in m's node order, over the nodes whose two scores
 * are both defined (and keep set, keep NULL: all). Scores tie as inn_score_tie() says, as in
 * every ranking innonet prints. *value is NaN when it is undefined: fewer than two nodes, or
 * a ranking in which every node ties (no correlation has a sign). *nused is the number of nodes
 * compared. Runs in n log n. Returns 0, or -1 with err filled when out of memory.
 */
int inn_agreement(const struct inn_model *m, const double *a, const double *b, const bool *keep,
		  enum inn_agreement_method method, size_t top, double *value, size_t *nused, struct inn_error *err);

#endif
