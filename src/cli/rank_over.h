/* rank_over.h: `rank --over`, and the ranking of one network it shares with `rank`, for cmd_rank.c (rank_over.c). */
#ifndef INNONET_RANK_OVER_H
#define INNONET_RANK_OVER_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/options.h"
#include "innonet/ranking.h"
#include "innonet/table.h"

/*
 * The measure in the network as it stood in each year of --over (rows: every node ranked in some
 * year, those of the last year first in the order rank lists them; --kind, --top (of the last
 * year), --ranks and --shape as documented in rank --help), written to -o or standard output.
 */
int inn_rank_over(const struct inn_args *a, const struct inn_measure *measure, enum inn_format format, size_t top,
		  const struct inn_measure_opts *mo, struct inn_error *err);

/*
 * One network ranked by one measure, as `rank` ranks it and `rank --over` each year: every
 * node's score and the nodes keep marks in rank order. Every array is owned, with room for each
 * of the model's nodes; keep starts all false, for the caller to mark.
 */
struct inn_rank_run {
	double *scores;
	bool *keep;
	struct inn_ranked *rows; /* the first nrows are the kept nodes, ranked */
	size_t nrows;
};

/* Returns 0, or -1 with err filled; r is released by inn_rank_run_release() either way. */
int inn_rank_run_init(struct inn_rank_run *r, const struct inn_model *m, struct inn_error *err);

/*
 * Check the measure options against the measure on net (where it applies: where it does not,
 * computing it says why), compute it and rank the kept nodes. Returns 0 or -1 with err filled.
 */
int inn_rank_run_compute(struct inn_rank_run *r, const struct inn_args *a, struct inn_net *net,
			 const struct inn_measure *measure, struct inn_measure_opts *mo, struct inn_error *err);
void inn_rank_run_release(struct inn_rank_run *r);

/*
 * The metadata a ranking's output leads with, rank's and rank --over's alike: the model (its
 * name, else where it was read from), the measure, --normalized, and --weight where the measure
 * reads one (else null). Fills meta[0..3] and returns 4; the strings are borrowed from m,
 * measure and mo.
 */
size_t inn_rank_meta_head(struct inn_meta *meta, const struct inn_model *m, const struct inn_measure *measure,
			  const struct inn_measure_opts *mo);

#endif
