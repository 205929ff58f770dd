/* style.h: how each node kind and link relation is drawn; the legend is made from the same map. */
#ifndef INNONET_STYLE_H
#define INNONET_STYLE_H

#include <stdbool.h>
#include <stddef.h>

struct inn_kind_style {
	const char *kind;      /* NULL in the fallback entries */
	const char *shape;     /* a Graphviz shape */
	const char *style;     /* Graphviz style list, always including "filled" */
	const char *fillcolor; /* from the Okabe-Ito palette, safe for colour-blind readers */
	const char *fontcolor; /* black or white, whichever reads on the fill */
};

struct inn_relation_style {
	const char *relation;  /* NULL in the fallback entry */
	const char *style;     /* solid, dashed, dotted or bold */
	const char *arrowhead; /* a Graphviz arrow shape; "none" for symmetric relations */
	const char *color;
};

/*
 * The style of a kind. Kinds without a built-in style take the fallback entries in turn:
 * nth is the kind's position among such kinds in model order, so colours are stable.
 */
const struct inn_kind_style *inn_style_kind(const char *kind, size_t nth);

/* The style of a relation; unknown relations are drawn plain. */
const struct inn_relation_style *inn_style_relation(const char *relation);

/* Whether a kind has a built-in style. */
bool inn_style_kind_known(const char *kind);

#endif
