/* fuzz_model.h: a model made from fuzzer bytes, for the writer targets. */
#ifndef INNONET_FUZZ_MODEL_H
#define INNONET_FUZZ_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "innonet/draw.h"
#include "innonet/model.h"

/*
 * Bytes -> model: byte 0 holds flags (bit 0 directed, bit 1 legend, bit 2 multigraph, bit 3 a
 * graph name), byte 1 the number of nodes (1 to 32), then NUL-separated strings: for each node
 * its id, label and kind, then the graph name; what follows, three bytes a link (source, target,
 * and the string used as its relation). Strings are made what a loader would accept (valid UTF-8,
 * no control character but tab, LF and CR; a repeated or empty id gets a made-up one), so the
 * writers are fuzzed on every model that can be loaded. *legend receives bit 1. NULL when the
 * input is too short.
 */
struct inn_model *inn_fuzz_model(const uint8_t *data, size_t size, int *legend);

/*
 * Bytes -> model -> Graphviz graph, what the DOT and SVG targets both start from: the model of
 * inn_fuzz_model(), built into *g with the legend the input chose. NULL (and no graph) when the
 * input is too short; building fails only when memory is gone, and then it aborts. The caller
 * closes *g and frees the model.
 */
struct inn_model *inn_fuzz_graph(const uint8_t *data, size_t size, Agraph_t **g);

#endif
