/*
 * style.h: how each node kind and link relation is drawn, the fonts and the sequential palette;
 * the legend is made from the same map. Built-in defaults, overridden by a model's `styles`
 * section and by a --style file (both the same JSON object, described in docs/diagrams.md).
 */
#ifndef INNONET_STYLE_H
#define INNONET_STYLE_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"

struct inn_kind_style {
	const char *kind;      /* NULL in the fallback entries */
	const char *shape;     /* a Graphviz shape */
	const char *style;     /* Graphviz style list, always including "filled" */
	const char *fillcolor; /* "#RRGGBB": Okabe-Ito by default, safe for colour-blind readers */
	const char *fontcolor; /* black or white, whichever reads on the fill */
	const char *label;     /* the kind's name in an English legend; NULL: the kind, '_' as ' ' */
	const char *label_zh;  /* its name in a Chinese legend; NULL: as label */
};

struct inn_relation_style {
	const char *relation;  /* NULL in the fallback entry */
	const char *style;     /* solid, dashed, dotted or bold */
	const char *arrowhead; /* a Graphviz arrow shape; "none" for symmetric relations */
	const char *color;     /* "#RRGGBB" */
	const char *label;     /* as for kinds */
	const char *label_zh;
	bool arrowhead_named;  /* built in, or named by a styles object: drawn on undirected models too */
};

/*
 * Kinds (and relations) one styles object may name: far above any real map, and a bound on the
 * work of finding a kind's style, which is a linear search.
 */
#define INN_STYLE_MAX_ENTRIES 1000

/* Steps of a sequential palette: at least 2, at most this many. */
#define INN_PALETTE_MAX 12

/*
 * A style map. Every string it points to is owned by the map (built-in entries point to static
 * text, overrides to copies it keeps), so a pointer obtained from it lives as long as the map.
 */
struct inn_style;

/* The built-in map; NULL when out of memory. */
struct inn_style *inn_style_new(void);
void inn_style_free(struct inn_style *st); /* accepts NULL */

/*
 * Override entries from a styles object given as JSON text (buf[len] must be '\0'). origin
 * names it in messages: "model.json: styles" or "house.json". A syntax error is reported with
 * line and column, a bad field with its path ("kinds.institute.shape"). Fields left out keep
 * their current values; new kinds and relations are added.
 */
int inn_style_apply_json(struct inn_style *st, const char *buf, size_t len, const char *origin,
			 struct inn_error *err);

/* inn_style_apply_json() on the contents of a file. */
int inn_style_load_file(struct inn_style *st, const char *path, struct inn_error *err);

/*
 * The style of a kind. Kinds without a style take the fallback entries in turn: nth is the
 * kind's position among such kinds in model order, so colours are stable.
 */
const struct inn_kind_style *inn_style_kind(const struct inn_style *st, const char *kind, size_t nth);

/* Whether a kind has a style of its own (built in or added). */
bool inn_style_kind_known(const struct inn_style *st, const char *kind);

/* The style of a relation; unknown relations are drawn plain. */
const struct inn_relation_style *inn_style_relation(const struct inn_style *st, const char *relation);

/*
 * Graphviz's dir for a link of this relation: "forward" when it has an arrowhead and the model
 * is directed or the arrowhead was asked for (a built-in relation, or one whose styles object
 * names an arrowhead); "none" otherwise. An undirected link of no relation, or of a relation
 * styled without naming an arrowhead, has no direction to show.
 */
const char *inn_style_relation_dir(const struct inn_relation_style *rs, bool directed);

/* The font for text in a language ("en" or "zh"). */
const char *inn_style_font(const struct inn_style *st, const char *lang);

/* The sequential palette for measures, light to dark; *n gets its length. */
const char *const *inn_style_palette(const struct inn_style *st, size_t *n);

/* "black" or "white", whichever reads better on the colour "#RRGGBB". */
const char *inn_style_text_on(const char *fill);

#endif
