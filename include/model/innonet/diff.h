/* diff.h: what changed between two models: nodes and links added and removed, attributes changed. */
#ifndef INNONET_DIFF_H
#define INNONET_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/arena.h"
#include "innonet/error.h"
#include "innonet/model.h"

/*
 * How the diff writes a value as text: inn_value_text() of io's text.h. The model layer formats
 * no numbers itself, so the caller passes the formatter; two values differ when their texts do.
 */
typedef const char *inn_value_text_fn(const struct inn_value *v, char *buf, size_t size);

/* One field that differs on the graph, or on a node or a link present in both models. */
struct inn_diff_change {
	bool graph;         /* a field of the graph itself (directed, multigraph, a member of "graph"); a, b unused */
	bool link;          /* a link's field, else a node's */
	size_t a, b;        /* its index in model A and in model B */
	const char *field;  /* "label", "since", an attribute key ...; borrowed from A or B */
	const char *before; /* the value in A as JSON text, NULL when absent; in the diff's arena */
	const char *after;  /* the value in B, likewise */
};

/*
 * Nodes match by id. Links match by their ends' ids and relation (in either order when both
 * models are undirected); parallel links with the same key match in file order. Index arrays
 * are in model order. Ownership: every array is owned, texts live in arena.
 */
struct inn_diff {
	size_t *added_nodes, nadded_nodes;     /* indices in B */
	size_t *removed_nodes, nremoved_nodes; /* indices in A */
	size_t *added_links, nadded_links;     /* indices in B */
	size_t *removed_links, nremoved_links; /* indices in A */
	size_t *node_in_b;                     /* per node of A: its index in B, SIZE_MAX when removed */
	struct inn_diff_change *changes;       /* the graph's first, then nodes (in A's order), then links */
	size_t nchanges, cap_changes;
	struct inn_arena *arena;
	inn_value_text_fn *value_text; /* the caller's formatter, from inn_diff_models() */
};

int inn_diff_models(const struct inn_model *a, const struct inn_model *b, inn_value_text_fn *text,
		    struct inn_diff *d, struct inn_error *err);
void inn_diff_release(struct inn_diff *d); /* accepts a zeroed diff */

#endif
