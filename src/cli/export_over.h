/* export_over.h: `export --over FROM:TO[:STEP]`, small multiples (export_over.c), for cmd_export.c. */
#ifndef INNONET_EXPORT_OVER_H
#define INNONET_EXPORT_OVER_H

#include "innonet/error.h"
#include "innonet/options.h"
#include "innonet/style.h"

/*
 * One panel a year, the network as it stood then, every node where the drawing of the whole
 * span puts it (laid out once with layout, NULL: dot; drawn pinned by neato, without a legend), in format (svg,
 * png, pdf or dot) to -o or standard output. style is the export's style map (borrowed).
 * Options that draw one network (--as-of, --ego, --highlight, --scenario, --size-by, a measure
 * for --color-by, --cluster-by, --ranks) are refused.
 */
int inn_export_over(const struct inn_args *a, const char *format, const char *layout, const struct inn_style *style,
		    struct inn_error *err);

#endif
