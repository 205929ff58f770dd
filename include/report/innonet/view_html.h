/*
 * view_html.h: the interactive view of a network, one self-contained HTML page (`export --format
 * html`) or a section of the report: the positions and measures computed by innonet go in as
 * JSON inside a <script type="application/json"> block, and a renderer of innonet's own (plain
 * JavaScript on a canvas, src/report/view.js, compiled in at build time) draws them with the
 * style map of the static drawing. Nothing is fetched: a Content Security Policy names the
 * page's one script and one style by hash and allows nothing else.
 */
#ifndef INNONET_VIEW_HTML_H
#define INNONET_VIEW_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/model.h"
#include "innonet/style.h"

/*
 * Past this many nodes `report` embeds the interactive view instead of the static SVG: it is
 * where `export` stops labelling every node (sfdp, labels on the 50 top-ranked), so where a
 * static drawing stops being read node by node.
 */
#define INN_VIEW_REPORT_NODES 500

/* One measure the view shows on a click: scores and ranks of every node, both borrowed. */
struct inn_view_measure {
	const char *name;     /* borrowed */
	const double *scores; /* per node; NaN: undefined */
	const size_t *ranks;  /* per node, 1-based, ties sharing the first rank (inn_rank_nodes) */
};

struct inn_view {
	const struct inn_model *model;  /* borrowed */
	const struct inn_style *style;  /* borrowed: kind colours and shapes, relation colours and lines */
	const double *x, *y;            /* per node, points, y pointing up; borrowed */
	const double *width, *height;   /* per node, points (Graphviz's), or NULL: dots; borrowed */
	const struct inn_view_measure *measures; /* borrowed */
	size_t nmeasures;
	const char *title;              /* borrowed; NULL: the model's name, else its origin */
	const char *layout;             /* what placed the nodes, said under the view; borrowed */
	const char *view;               /* the layer, subgraph or year shown ("relations funds"), said under the title; NULL or "": the whole model; borrowed */
	bool legend;                    /* the legend (it is also the kind and relation filter) */
	bool zh;                        /* node names and legend entries from label_zh */
};

/* The whole page. Returns 0, or -1 when writing failed. */
int inn_view_html_page(FILE *out, const struct inn_view *v);

/*
 * The view as a section of another page: its container and its data block. The page must load
 * inn_view_script() and inn_view_style(), and its policy name their hashes (inn_view_csp_hash()).
 */
int inn_view_html_section(FILE *out, const struct inn_view *v);
const char *inn_view_script(void);
const char *inn_view_style(void);

/* The base64 SHA-256 of text, as a Content Security Policy names an inline script or style. */
void inn_view_csp_hash(char buf[48], const char *text);

#endif
