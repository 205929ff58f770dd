/* export.h: the model as a Graphviz graph (cgraph) and its rendering (gvc); no igraph here. */
#ifndef INNONET_EXPORT_H
#define INNONET_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <graphviz/cgraph.h>

#include "innonet/error.h"
#include "innonet/model.h"

/* How one node or link is drawn beyond its kind or relation style. */
enum inn_draw_state {
	INN_DRAW_NORMAL = 0,
	INN_DRAW_HIGHLIGHT, /* on a highlighted path or cut */
	INN_DRAW_REMOVED,   /* removed by a scenario: greyed */
	INN_DRAW_CUT_OFF,   /* a node a scenario cuts off from the largest component */
};

struct inn_export_opts {
	bool legend;        /* draw a legend of the kinds and relations drawn */
	const char *title;  /* NULL: the model's name and as-of date */
	const unsigned char *node_state; /* enum inn_draw_state per model node, or NULL; borrowed */
	const unsigned char *link_state; /* enum inn_draw_state per model link, or NULL; borrowed */
};

#define INN_EXPORT_OPTS_INIT {.legend = true, .title = NULL, .node_state = NULL, .link_state = NULL}

/*
 * Build the Graphviz graph of m: one node per model node in model order, named by its id,
 * one edge per link, styled by kind and relation. The caller closes it with agclose().
 * Returns NULL with err filled on failure.
 */
Agraph_t *inn_dot_build(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err);

/* Write g as DOT text (no layout, so the file is stable and any Graphviz layout can use it). */
int inn_dot_write(Agraph_t *g, FILE *out, struct inn_error *err);

/* Lay g out with engine (dot, neato, ...) and render it as format (svg, png, pdf) in-process. */
int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err);

#endif
