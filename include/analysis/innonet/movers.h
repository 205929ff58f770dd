/* movers.h: the rank movers between two rankings of the same nodes (whatif, diff). */
#ifndef INNONET_MOVERS_H
#define INNONET_MOVERS_H

#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

struct inn_mover {
	size_t a, b;                    /* the node's index in the before model, in the after model */
	size_t rank_before, rank_after; /* among the nodes in both (inn_rank_nodes with keep) */
	double score_before, score_after;
	long move;                      /* rank_before - rank_after: positive = moved up */
};

/*
 * The movers between two rankings: before has its scores sb and ranks rb, after sa and ra, each
 * ranked among the nodes in both; in_after[i] is before node i's index in after, SIZE_MAX when it
 * is not there. A node is a mover when its rank changed and its own score changed (beyond
 * inn_score_tie): a node whose score stayed is passed by movers, it does not move itself, so ties
 * that break around it and nodes that rise past it do not list it. A node whose score is undefined
 * (NaN) on either side is never a mover: it has no place in the order to move from or to.
 *
 * *out (owned by the caller, freed with free()) gets the movers, largest |move| first, then by id
 * in before; *n their number. Returns 0, or -1 when out of memory (err filled).
 */
int inn_movers(const struct inn_model *before, const double *sb, const size_t *rb, const double *sa,
	       const size_t *ra, const size_t *in_after, struct inn_mover **out, size_t *n, struct inn_error *err);

/*
 * How many of the n sorted movers `--top top` lists: the first top, and every further one whose
 * |move| equals the top-th's, so that the cut never separates equal moves (top 0: all).
 */
size_t inn_movers_top(const struct inn_mover *mv, size_t n, size_t top);

#endif
