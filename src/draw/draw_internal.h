/* draw_internal.h: what the Graphviz writers share and nobody else needs. */
#ifndef INNONET_DRAW_INTERNAL_H
#define INNONET_DRAW_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvcext.h>

#include "innonet/buf.h"
#include "innonet/draw.h"
#include "innonet/style.h"

/* Route cgraph's errors to a buffer instead of stderr (warnings are dropped); idempotent. */
void inn_graphviz_quiet(void);

/*
 * The discipline innonet's graphs are opened with (gv_disc.c): subgraphs, and so clusters, are
 * numbered and laid out in the order they are made, not by the addresses of their names.
 */
extern Agdisc_t inn_gv_disc;

/* DOT text parsed under inn_gv_disc; NULL when cgraph refuses it. */
Agraph_t *inn_gv_memread(const char *dot);

/*
 * Stand-in names. cgraph cannot write some names as DOT that reads back the same ("-.", "%x", a
 * backslash before a quote), and render.c copies the drawing through DOT text. Such a node is
 * made under INN_GV_STAND_IN followed by the id in hex (inn_gv_stand_in(), malloc'd; NULL when
 * out of memory), and inn_gv_disc gives the id back wherever cgraph or the SVG writer asks for
 * the node's name, except while inn_gv_raw_names is set: render.c sets it around the agwrite()
 * that copies the graph, so the text holds the stand-in and the copies get the id back.
 */
#define INN_GV_STAND_IN "innonet-stand-in-"
char *inn_gv_stand_in(const char *id);
extern bool inn_gv_raw_names;

/*
 * Write text, DOT that cgraph wrote under inn_gv_raw_names, to out with each stand-in written as
 * a node's name replaced by the id it stands for, in DOT both Graphviz and innonet read back as
 * the id (dot_names.c).
 */
void inn_dot_put_names(const char *text, size_t len, FILE *out);

/* The last error Graphviz reported, or "no reason given". */
const char *inn_graphviz_message(void);

/* The name of the legend subgraph: inn_render() lays it out on its own. */
#define INN_LEGEND_CLUSTER "cluster_legend"

/* Base font sizes (points): node labels, legend text, the title. */
#define INN_NODE_FONTSIZE 11.0
#define INN_LEGEND_FONTSIZE 10.0

/* What the drawing of a model found out while styling it, for the legend to describe. */
struct inn_drawing {
	const struct inn_model *m;         /* borrowed */
	const struct inn_export_opts *o;   /* borrowed */
	const struct inn_style *st;        /* borrowed: o->style or the built-in map */
	bool zh;                           /* Chinese labels and legend */
	const char *font;                  /* borrowed from st */
	const char **kinds;                /* kinds drawn, first appearance first (NULL: no kind); owned array */
	size_t nkinds;
	const char **relations;            /* relations drawn, likewise; owned array */
	size_t nrelations;
	bool node_states[4], link_states[4]; /* which enum inn_draw_state values occur */
	double size_min, size_max;         /* range of o->size over the nodes (finite values) */
	double color_min, color_max;
	/* the colour bins' bounds, lowest first: bin k holds the values above color_edge[k] up to
	 * color_edge[k + 1] (the first bin its lower bound too); as many bins as the palette has colours */
	double color_edge[INN_PALETTE_MAX + 1];
	size_t unlabelled;                 /* nodes drawn without a label (o->show_label) */
	double width_min, width_max;       /* range of o->width over the links (finite values) */
	double *width_sorted;              /* the finite values, ascending, for the quantile scale; owned */
	size_t nwidth;                     /* how many links have a value */
};

/* The kind style of kind, its fallback counted among the kinds drawn. */
const struct inn_kind_style *inn_drawing_kind_style(const struct inn_drawing *d, const char *kind);

/* Where value v sits on the size scale: 0 (smallest) to 1; sqrt so that area follows value. */
double inn_drawing_size_t(const struct inn_drawing *d, double v);
/*
 * Where value v sits on the width scale (o->width.scale): 0 (thinnest) to 1. On the quantile
 * scale, the share of the other values below v, ties counted half (so equal values draw equal).
 */
double inn_drawing_width_t(const struct inn_drawing *d, double v);
/* The pen width of a link at width-scale position t, in points, rounded to 0.01. */
double inn_width_pen(double t);

/* Font size of a node's label at size-scale position t. */
double inn_size_fontsize(double t);
/*
 * Size node n for position t: its label's font size, and its margins and minimum width and
 * height scaled by the same factor (font size over INN_NODE_FONTSIZE), so that the node is its
 * usual shape made larger or smaller, not stretched.
 */
void inn_size_node(Agnode_t *n, double t);

/* The fill of community c (1-based) under --color-by community: 12 qualitative colours, repeating. */
const char *inn_community_fill(size_t c);
#define INN_COMMUNITY_COLOURS 12

/* The palette step of value v on the colour scale, 0 .. npalette-1. */
size_t inn_drawing_color_step(const struct inn_drawing *d, double v);

/* A short number for a legend: "901", "12.5", "0.0123", "285,000,000". */
void inn_fmt_short(char *buf, size_t size, double x);

/*
 * Text for an escString attribute (label, tooltip): backslashes doubled (`backslashes` stand
 * for one), newlines as \n, '&' as &amp;. Caller frees; NULL when out of memory.
 */
char *inn_gv_escape(const char *s, int backslashes);

/* Set an escString attribute from user text; -1 when out of memory. */
int inn_gv_set_text(void *obj, Agsym_t *sym, const char *text);

/*
 * Set each name, value pair of attrs (ending at a NULL name) on a graph, node or edge, in order:
 * cgraph declares attributes in that order, so the DOT is the bytes one agsafeset() each gave.
 */
void inn_gv_set_all(void *obj, const char *const *attrs);

/* Set an HTML-like label from HTML text (already escaped with inn_html_append). */
int inn_gv_set_html(void *obj, const char *name, const char *html);

/* s as HTML-label text: & < > " escaped, newlines as <BR ALIGN="LEFT"/>, control characters dropped. */
void inn_buf_add_html(struct inn_buf *b, const char *s);

/* Add the legend subgraph to g (built by inn_dot_build); -1 when cgraph fails. */
int inn_legend_add(Agraph_t *g, const struct inn_drawing *d);

/*
 * inn_render() in this process (render.c). inn_render() itself (render_guard.c) runs it in a
 * child process, so that a crash inside Graphviz, cairo or pango is a failure, not a crash.
 */
int inn_render_here(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err);
/*
 * inn_render_here() for a process's own throwaway copy of the graph (the drawing child's): from
 * 500 nodes g itself is laid out, changed and loses its legend, and is good for nothing but
 * inn_dot_close() after (copying 5,000 nodes through DOT text costs a tenth of their layout).
 */
int inn_render_consume(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err);

/*
 * inn_render_consume() with before_write(ctx, net) called once the drawing is laid out, just
 * before it is written (render_guard.c gives the nodes their late tooltips there); true from
 * inn_render_consumes(g) only, so that net is g itself and g's nodes are net's.
 */
int inn_render_consume_then(Agraph_t *g, const char *engine, const char *format, FILE *out,
			    int (*before_write)(void *ctx, Agraph_t *net, struct inn_error *err), void *ctx,
			    struct inn_error *err);
bool inn_render_consumes(Agraph_t *g);

/* A node's tooltip as inn_dot_build() makes it from m and o: text the caller frees, NULL when out of memory. */
char *inn_dot_node_tooltip(const struct inn_model *m, const struct inn_export_opts *o, size_t i);

/* A copy of a pos, lp or bb value with (dx, dy) added to every point; NULL when out of memory. */
char *inn_gv_shift_coords(const char *s, double dx, double dy);

/*
 * Lay out net with engine component by component and pack the components in rows, then draw
 * the result with nop2 (render_pack.c): done for large networks of several components under
 * the force engines, where Graphviz's own packing takes time quadratic in their number. Sets
 * *packed when it did (net is then laid out); 0 with *packed false when net is not such a
 * network; -1 with err filled on failure.
 */
int inn_pack_layout(GVC_t *gvc, Agraph_t *net, const char *engine, bool *packed, struct inn_error *err);

/*
 * gvLayout(gvc, g, engine), except that sfdp on a large graph asked for overlap=prism removes
 * the overlaps of nodes itself, in linear time per pass (render_spread.c). 0 or -1, as gvLayout.
 */
int inn_layout(GVC_t *gvc, Agraph_t *g, const char *engine);

/* Whether inn_layout spreads the drawing of g, with n nodes, itself (sfdp, overlap=prism, large). */
bool inn_layout_spreads(Agraph_t *g, size_t n, const char *engine);

/* Where inn_layout_places put g's nodes: centres in agfstnode order, and the box around them. */
struct inn_places {
	double *x, *y; /* points; one per node, the caller's */
	double bb[4];  /* x0, y0, x1, y1 (points): the nodes' boxes, as "nop" would bound them */
};

/*
 * The layout inn_layout spreads itself (g as inn_layout_spreads accepts), when the caller needs
 * only the nodes' places: those are given back, nothing is written into g and no "nop" follows;
 * the layout is freed. 0, or -1 when the layout failed or g is not one inn_layout spreads.
 */
int inn_layout_places(GVC_t *gvc, Agraph_t *g, const char *engine, struct inn_places *places);

#endif
