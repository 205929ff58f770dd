/* measures.h: node measures, each returned as a plain array of doubles in model order. */
#ifndef INNONET_MEASURES_H
#define INNONET_MEASURES_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

struct inn_measure_opts {
	const char *weight; /* link attribute read as weight; NULL = every link weighs 1 */
	bool normalized;    /* NetworkX's normalized variant, for measures that have one */
	double damping;     /* PageRank's damping factor */
};

#define INN_MEASURE_OPTS_INIT {.weight = NULL, .normalized = false, .damping = 0.85}

/* out has one slot per model node; on failure its contents are unspecified. */
typedef int inn_measure_fn(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			   struct inn_error *err);

struct inn_measure {
	const char *name;    /* as given to --by */
	const char *summary; /* one line for --help: the definition and the variant */
	const char *weight_use; /* how --weight enters: "strength", "distance" or NULL (ignored) */
	inn_measure_fn *compute;
};

/* The measures, in the order --help lists them. */
const struct inn_measure *inn_measures(size_t *count);
const struct inn_measure *inn_measure_find(const char *name);

#endif
