/* rank_over.h: `rank --over`, for cmd_rank.c (rank_over.c). */
#ifndef INNONET_RANK_OVER_H
#define INNONET_RANK_OVER_H

#include <stddef.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/options.h"
#include "innonet/table.h"

/*
 * The measure in the network as it stood in each year of --over (rows: every node ranked in some
 * year, those of the last year first in the order rank lists them; --kind, --top (of the last
 * year), --ranks and --shape as documented in rank --help), written to -o or standard output.
 */
int inn_rank_over(const struct inn_args *a, const struct inn_measure *measure, enum inn_format format, size_t top,
		  const struct inn_measure_opts *mo, struct inn_error *err);

#endif
