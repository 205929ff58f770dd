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
 * must not separate structurally equal nodes. An undefined score (NaN) ties with another
 * undefined score and with nothing else.
 */
bool inn_score_tie(double a, double b);

/*
 * Rank the nodes with keep[i] set (keep NULL: all): score descending, ties by id ascending
 * (byte order). Undefined scores (NaN) come after every defined one and tie among themselves,
 * so they share the rank after the last defined score and never change a defined node's rank. rows needs room for m->nnodes entries; *nrows gets the number written.
 */
void inn_rank_nodes(const struct inn_model *m, const double *scores, const bool *keep,
		   struct inn_ranked *rows, size_t *nrows);

#endif
