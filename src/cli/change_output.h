/*
 * change_output.h: what the two commands that report a change share, `diff` and `whatif`: their
 * --by, --format and --top, and the end of their output (the table, or rows with their meta and
 * the movers' rule).
 */
#ifndef INNONET_CHANGE_OUTPUT_H
#define INNONET_CHANGE_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/options.h"
#include "innonet/sections.h"
#include "innonet/table.h"

/* --by (betweenness when absent), --format and --top (10 when absent), checked; messages begin with cmd. */
int inn_change_options(const struct inn_args *a, const char *cmd, const struct inn_measure **measure,
		       enum inn_format *format, size_t *top, struct inn_error *err);

/*
 * The report on out: table(arg, out) in the table format, after the view line when meta has a
 * view; else the rows, with meta[0..nmeta) (at most 15) and then the "movers" rule both commands
 * follow (the CSV with its view column).
 */
void inn_change_finish(struct inn_sections *r, enum inn_format format, FILE *out, const struct inn_meta *meta,
		       size_t nmeta, void (*table)(void *arg, FILE *out), void *arg);

#endif
