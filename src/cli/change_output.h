/*
 * change_output.h: what the two commands that report a change share, `diff` and `whatif`: their
 * --by, --format and --top, and the end of their output (the table, or rows with their meta and
 * the movers' rule); and, with the report's findings on --compare, the rank movers of two models.
 */
#ifndef INNONET_CHANGE_OUTPUT_H
#define INNONET_CHANGE_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/movers.h"
#include "innonet/options.h"
#include "innonet/sections.h"
#include "innonet/table.h"

/* --by (betweenness when absent), --format and --top (10 when absent), checked; messages begin with cmd. */
int inn_change_options(const struct inn_args *a, const char *cmd, const struct inn_measure **measure,
		       enum inn_format *format, size_t *top, struct inn_error *err);

/*
 * The report, to --output whole or not at all: table(arg, out) in the table format, after the
 * view line when a model option narrowed the network; else the rows, with meta[0..nmeta) (at
 * most 14), the view when there is one and then the "movers" rule both commands follow (the CSV
 * with its view column). Returns 0 or -1 with err filled.
 */
int inn_change_write(const struct inn_args *a, struct inn_sections *r, enum inn_format format,
		     const struct inn_meta *meta, size_t nmeta, void (*table)(void *arg, FILE *out), void *arg,
		     struct inn_error *err);

/*
 * The rankings of two models by one measure and the movers between them, as diff and the
 * report's findings (--compare) list them: each model ranked among the nodes in both (a's node i
 * is b's in_b[i], SIZE_MAX when b has none), so that a node added above another is not a move of
 * the other's. Every array is owned, freed by inn_rank_change_release().
 */
struct inn_rank_change {
	bool *ka, *kb;        /* the nodes in both: in a, in b */
	double *sa, *sb;      /* every node's score, in a, in b */
	size_t *ra, *rb;      /* the kept nodes' ranks among the kept, in a, in b */
	struct inn_mover *mv; /* the movers (inn_movers), largest move first */
	size_t nmv;
};

/* Fill rc (zeroed); messages begin with command. Returns 0 or -1 with err filled. */
int inn_rank_change(struct inn_rank_change *rc, const char *command, const struct inn_model *a,
		    const struct inn_model *b, const size_t *in_b, const struct inn_measure *measure,
		    const struct inn_measure_opts *mo, struct inn_error *err);
void inn_rank_change_release(struct inn_rank_change *rc);

#endif
