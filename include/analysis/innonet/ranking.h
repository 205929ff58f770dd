/* ranking.h: order nodes by a score, ties sharing a rank, in a stable and documented order. */
#ifndef INNONET_RANKING_H
#define INNONET_RANKING_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/model.h"

struct inn_ranked {
	size_t node;  /* model index */
	size_t rank;  /* 1-based; tied nodes share the rank of the first of them (1, 2, 2, 4) */
	double score; /* the node's score; within a tie, the tie's highest score, so ties print alike */
};

/*
 * Two scores tie when they differ by at most 1e-9 of the larger (plus 1e-12 absolute): the
 * floating-point noise of summing the same paths in another order, or of an iterative solver,
 * must not separate structurally equal nodes.
 */
bool inn_score_tie(double a, double b);

/*
 * Rank the nodes with keep[i] set (keep NULL: all): score descending, ties by id ascending
 * (byte order). rows needs room for m->nnodes entries; *nrows gets the number written.
 */
void inn_rank_nodes(const struct inn_model *m, const double *scores, const bool *keep,
		   struct inn_ranked *rows, size_t *nrows);

/*
 * One node whose rank changed between two rankings of the nodes two models share (`diff`, and
 * `whatif`'s before and after). Ranks are among the shared nodes only, so that a node added or
 * removed above another is not a move of the other's.
 */
struct inn_rank_move {
	size_t node;                    /* index in the first model */
	size_t other;                   /* index in the second */
	size_t rank_before, rank_after;
	double score_before, score_after;
	long move;                      /* rank_before - rank_after: positive = moved up */
	const char *id;                 /* the node's id, which orders equal moves; borrowed */
};

/*
 * The rank moves from a (ranks ra, scores sa) to b (rb, sb): node_in_b[i] is node i of a's index
 * in b, SIZE_MAX when b lacks it. Written to moves (room for a->nnodes), largest |move| first,
 * then by id (byte order); returns how many.
 */
size_t inn_rank_moves(const struct inn_model *a, const size_t *ra, const double *sa, const size_t *node_in_b,
		      const size_t *rb, const double *sb, struct inn_rank_move *moves);

#endif
