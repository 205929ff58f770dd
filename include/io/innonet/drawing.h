/*
 * drawing.h: innonet's diagram as numbers, node by node, for the data formats that can carry it
 * (GEXF's viz: elements, yEd's graphics in GraphML): positions in points, Graphviz's y axis
 * pointing up, sizes in points, colours as RGB, the Graphviz shape name.
 */
#ifndef INNONET_DRAWING_H
#define INNONET_DRAWING_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

struct inn_drawn_node {
	bool placed;              /* the layout drew it (false: nothing else is set) */
	double x, y;              /* centre, points */
	double width, height;     /* points */
	bool filled, outlined, rounded;
	unsigned char fill[3];    /* filled: the fill colour */
	unsigned char line[3];    /* outlined: the border colour */
	char shape[24];           /* Graphviz's name: box, ellipse, hexagon ... */
};

/* A link as drawn: its line's colour, width, style and arrowheads. */
struct inn_drawn_link {
	bool drawn;               /* the drawing has it (false: nothing else is set) */
	unsigned char color[3];
	double width;             /* points */
	char style[12];           /* solid, dashed, dotted */
	bool arrow_head, arrow_tail; /* an arrowhead at the target, at the source */
};

struct inn_drawing {
	struct inn_drawn_node *nodes; /* owned: one per model node, in model order */
	size_t n;
	struct inn_drawn_link *links; /* owned: one per model link, in model order */
	size_t nlinks;
};

/*
 * Lay m out as `export -o x.svg` draws it, with engine (NULL: dot, or sfdp past 500 nodes), and
 * keep each node's geometry and looks in d, which the caller releases, also after a failure (-1
 * with err filled).
 */
int inn_drawing_make(const struct inn_model *m, const char *engine, struct inn_drawing *d, struct inn_error *err);
void inn_drawing_release(struct inn_drawing *d); /* accepts NULL */

#endif
