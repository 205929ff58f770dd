/*
 * export_view.h: `export --format html` and the report's view of a large network, and the styles
 * every export draws with (export_view.c).
 */
#ifndef INNONET_EXPORT_VIEW_H
#define INNONET_EXPORT_VIEW_H

#include <stdbool.h>

#include "innonet/error.h"
#include "innonet/graph.h"
#include "innonet/options.h"
#include "innonet/style.h"

/* Whether --format or -o asks for the interactive view (html, or a .html or .htm file). */
bool inn_export_view_wanted(const char *format, const char *path);

/* `export --format html`: the whole network as one self-contained interactive page. */
int inn_export_view(const struct inn_args *a, struct inn_error *err);

/*
 * The styles m is drawn with, by the drawings and the view alike: the model's own "styles"
 * object, then --style FILE (NULL: none) over it. *style is the caller's to free
 * (inn_style_free), also when this fails.
 */
int inn_export_styles(const struct inn_model *m, const char *file, struct inn_style **style, struct inn_error *err);

/* The view's positions, all arrays owned by the caller (w and h NULL: the nodes are dots). */
struct inn_view_layout {
	double *x, *y, *w, *h;
	const char *engine;    /* static text: what placed the nodes */
	const char *engine_zh; /* the same in Chinese, for the view under --lang zh */
};

/*
 * Positions for the view of net's model: up to INN_VIEW_REPORT_NODES nodes the static
 * drawing's own (Graphviz's dot, shapes and sizes included), beyond that igraph's
 * Fruchterman-Reingold with the grid under a fixed seed. -1 with err filled.
 */
int inn_view_layout_make(const struct inn_net *net, struct inn_view_layout *l, struct inn_error *err);
void inn_view_layout_release(struct inn_view_layout *l);

#endif
