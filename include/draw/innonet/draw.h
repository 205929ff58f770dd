/* draw.h: the model as a Graphviz graph (cgraph) and its rendering (gvc); no igraph here. */
#ifndef INNONET_DRAW_H
#define INNONET_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <graphviz/cgraph.h>

#include "innonet/error.h"
#include "innonet/model.h"
#include "innonet/style.h"

/* How one node or link is drawn beyond its kind or relation style. */
enum inn_draw_state {
	INN_DRAW_NORMAL = 0,
	INN_DRAW_HIGHLIGHT, /* on a highlighted path or cut */
	INN_DRAW_REMOVED,   /* removed by a scenario: greyed */
	INN_DRAW_CUT_OFF,   /* a node a scenario cuts off from the largest component */
};

/* How --color-by MEASURE cuts the values drawn into the palette's bins. */
enum inn_color_scale {
	INN_SCALE_LINEAR,   /* equal widths from the lowest to the highest value */
	INN_SCALE_QUANTILE, /* an equal share of the nodes in each bin */
	INN_SCALE_LOG,      /* equal widths of log(1 + value): values must be 0 or more */
};

/* A measure drawn as node size or colour: one value per model node. */
struct inn_export_scale {
	const char *measure;  /* its name, for the legend; borrowed */
	const double *value;  /* per model node; borrowed */
};

/*
 * --width-by ATTR: each link's pen width from a number it carries, on a scale from the lowest to
 * the highest value (INN_WIDTH_MIN to INN_WIDTH_MAX points); a link without one is drawn thinner
 * than any (INN_WIDTH_NONE).
 */
struct inn_export_width {
	const char *attr;            /* the link attribute; NULL: widths by relation style */
	const double *value;         /* per model link, NaN where the link has no number; borrowed */
	enum inn_color_scale scale;  /* linear, quantile (a link's share of the lower values) or log */
};
#define INN_WIDTH_MIN 1.0
#define INN_WIDTH_MAX 6.0
#define INN_WIDTH_NONE 0.5

/* One measure's ranks, shown in SVG tooltips ("betweenness: 5 of 59 (121.9)"). */
struct inn_export_rank {
	const char *measure;  /* borrowed */
	const size_t *rank;   /* per model node, 1-based, ties sharing a rank; borrowed */
	const double *score;  /* per model node; borrowed */
	size_t of;            /* how many nodes were ranked (the whole network, not only those drawn) */
};

/*
 * What to draw and how. Every field left zero (as INN_EXPORT_OPTS_INIT leaves the new ones)
 * means the default drawing: the built-in style, English labels, no encodings.
 */
struct inn_export_opts {
	bool legend;        /* draw a legend of the kinds and relations drawn */
	const char *title;  /* NULL: the model's name and as-of date */
	const unsigned char *node_state; /* enum inn_draw_state per model node, or NULL; borrowed */
	const unsigned char *link_state; /* enum inn_draw_state per model link, or NULL; borrowed */
	const struct inn_style *style;   /* NULL: the built-in style map; borrowed */
	const char *lang;        /* "en" (NULL) or "zh": labels from label_zh, legend in Chinese */
	const char *label_by;    /* node attribute shown as the label; NULL: by lang */
	const char *cluster_by;  /* node attribute whose values become Graphviz clusters; NULL: none */
	struct inn_export_scale size;  /* measure == NULL: every node its usual size */
	struct inn_export_scale color; /* measure == NULL: filled by kind */
	const struct inn_export_rank *ranks; /* nranks measures for tooltips; borrowed */
	size_t nranks;
	const bool *show_label;  /* per model node: false draws it small without a label; NULL: all */
	const char *highlight;   /* what the highlighted elements are, for the legend; NULL: nothing */
	const char *view;        /* what part of the network is drawn, for the title; NULL: all of it */
	/* per model node: its community, 1 = the largest (innonet communities); NULL: none; borrowed */
	const size_t *community;
	bool color_by_community; /* fill by community from a qualitative palette (needs community) */
	bool no_tooltips;        /* PNG and PDF: no tooltips, so the legend does not point to them */
	enum inn_color_scale color_scale; /* for color: linear unless asked */
	struct inn_export_width width;    /* attr == NULL: every link its relation's width */
	/*
	 * per model node: x and y in points (pin[2i], pin[2i+1]), written as a pinned "pos" that
	 * neato and fdp keep (export --over: every panel's nodes where the whole network put them);
	 * NULL: the engine places every node
	 */
	const double *pin;
};

#define INN_EXPORT_OPTS_INIT {.legend = true, .title = NULL, .node_state = NULL, .link_state = NULL}

/*
 * Build the Graphviz graph of m: one node per model node in model order, named by its id,
 * one edge per link, styled by kind and relation, a title and (o->legend) a legend subgraph.
 * The caller closes it with agclose(). Returns NULL with err filled on failure.
 */
Agraph_t *inn_dot_build(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err);

/* Write g as DOT text (no layout, so the file is stable and any Graphviz layout can use it). */
int inn_dot_write(Agraph_t *g, FILE *out, struct inn_error *err);

/*
 * Lay g out with engine (dot, neato, fdp, sfdp, circo, twopi; force layouts with a fixed seed)
 * and render it as format (svg, png, pdf) in-process. The legend is laid out on its own and
 * set beside the network, so it never mixes with it whatever the engine. g is not changed.
 */
int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err);

/*
 * Tooltips whose ranks are computed while the drawing is laid out (large networks: the layout
 * and the measures then run side by side, each on its own processor). inn_render_late() starts
 * the drawing, then calls ranks(ctx) in this process, which fills o->ranks and o->nranks; each
 * of the first m->nnodes nodes of the graph (the network's, as inn_dot_build made them from m
 * and o without ranks) then gets the tooltip inn_dot_build would have given it with them, so the
 * drawing has the same bytes as when the ranks are known before. All borrowed.
 */
struct inn_late_ranks {
	int (*ranks)(void *ctx, struct inn_error *err);
	void *ctx;
	const struct inn_model *m;
	const struct inn_export_opts *o;
};

/* inn_render() with the node tooltips' ranks computed while the drawing is laid out. */
int inn_render_late(Agraph_t *g, const char *engine, const char *format, const struct inn_late_ranks *late,
		    FILE *out, struct inn_error *err);

/* Free a graph of inn_dot_build(); accepts NULL. */
void inn_dot_close(Agraph_t *g);

/* The version of the Graphviz libraries drawing uses ("2.43.0"; "?" when it cannot tell). */
const char *inn_graphviz_version(void);

/* The layout engines and rendered formats inn_render() takes, NULL-terminated (render_names.c). */
extern const char *const inn_render_engines[];
extern const char *const inn_render_formats[];

#endif
