/*
 * render_spread.c: sfdp on a large network with innonet's own removal of node overlaps.
 *
 * sfdp places the nodes of a large network much closer than their drawn size, and Graphviz's
 * overlap removal (prism) triangulates the whole drawing again at each of its steps: on 5,000
 * nodes it costs more than the layout, and its triangulation (GTS, hash tables keyed by
 * addresses) makes the last digits of positions differ from run to run. Here sfdp keeps its
 * overlaps; the drawing is then scaled by one factor, so that its area is SPREAD_ROOM times the
 * nodes' own, and the boxes that still overlap are pushed apart, pair by pair, along the axis
 * where they overlap least, a large node moving less than a small one, the pairs found through
 * a grid: linear work per pass. Then the nodes stay where they are ("nop") and the links are
 * drawn straight, as sfdp draws them; or, for a packed component (render_pack.c), the places
 * are handed back as they are (inn_layout_places), without the "nop".
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "draw_internal.h"

/* sfdp on this many nodes or more spreads its drawing here. */
#define SPREAD_MIN_NODES 500
/* Margin around each node, in points (what sep="+8" asks of Graphviz: 4 on each side). */
#define SPREAD_MARGIN 4.0
/* The drawing's area over the area of its nodes (with margins) after scaling. */
#define SPREAD_ROOM 2.5
/* Passes before the drawing is spread a little more, and the most passes in all. */
#define SPREAD_PASSES 50
#define SPREAD_MAX_PASSES 1000
/* The share of the nodes, smallest first, that fit the grid's cells (the others search wider). */
#define SPREAD_CELL_SHARE 0.95

struct spread {
	size_t n;
	double *x, *y;   /* centres, points; owned */
	double *hw, *hh; /* half width and half height with the margin; owned */
	size_t *cell_of; /* node -> cell; owned */
	size_t *start;   /* each cell's range in order[]; owned, 4n + 18 */
	size_t *order;   /* nodes by cell; owned */
	double cell_min; /* the smallest cell: the width of all but the largest nodes */
	double reach;    /* the largest half width or height of any node */
};

/* Push i and j apart if their boxes overlap; true when they did. */
static bool separate(struct spread *s, size_t i, size_t j)
{
	double dx = s->x[j] - s->x[i], dy = s->y[j] - s->y[i];
	double ox = s->hw[i] + s->hw[j] - fabs(dx), oy = s->hh[i] + s->hh[j] - fabs(dy);

	if (ox <= 0 || oy <= 0)
		return false;
	/* each moves by the other's share of their two areas: a hub among small nodes stays put */
	double ai = s->hw[i] * s->hh[i], aj = s->hw[j] * s->hh[j], wi = aj / (ai + aj), wj = ai / (ai + aj);
	if (ox <= oy) {
		double m = (ox + 0.01) * (dx < 0 ? -1 : 1); /* the same place: j goes right (j > i) */
		s->x[i] -= m * wi;
		s->x[j] += m * wj;
	} else {
		double m = (oy + 0.01) * (dy < 0 ? -1 : 1);
		s->y[i] -= m * wi;
		s->y[j] += m * wj;
	}
	return true;
}

/* Whether node i is too large for the grid's cells: it is met by its own search (big_pairs). */
static bool big(const struct spread *s, size_t i, double cell)
{
	return 2 * fmax(s->hw[i], s->hh[i]) > cell;
}

/*
 * The pairs of a large node i with every node whose centre lies within reach of it, from the
 * cells around it; a pair of two large nodes once (from the one first in order).
 */
static size_t big_pairs(struct spread *s, size_t i, double cell, double minx, double miny, size_t cols, size_t rows)
{
	double rx = s->hw[i] + s->reach, ry = s->hh[i] + s->reach;
	long x0 = (long)floor((s->x[i] - rx - minx) / cell), x1 = (long)floor((s->x[i] + rx - minx) / cell);
	long y0 = (long)floor((s->y[i] - ry - miny) / cell), y1 = (long)floor((s->y[i] + ry - miny) / cell);
	size_t found = 0;

	x0 = x0 < 0 ? 0 : x0, y0 = y0 < 0 ? 0 : y0;
	x1 = x1 >= (long)cols ? (long)cols - 1 : x1, y1 = y1 >= (long)rows ? (long)rows - 1 : y1;
	for (long cy = y0; cy <= y1; cy++)
		for (long cx = x0; cx <= x1; cx++) {
			size_t d = (size_t)cx + cols * (size_t)cy;
			for (size_t b = s->start[d]; b < s->start[d + 1]; b++) {
				size_t j = s->order[b];
				if (j == i || (big(s, j, cell) && j < i))
					continue;
				found += separate(s, i < j ? i : j, i < j ? j : i);
			}
		}
	return found;
}

/*
 * One pass over the pairs of nodes in the same or neighbouring cells; the overlaps found. The
 * cells are as wide as all but the largest nodes (a few labelled hubs would otherwise make
 * every cell hold tens of nodes); each of those largest nodes searches the cells within its
 * reach itself.
 */
static size_t pass(struct spread *s)
{
	double cell = s->cell_min, minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
	size_t cols, rows, ncells, found = 0;

	for (size_t i = 0; i < s->n; i++) {
		minx = fmin(minx, s->x[i]), maxx = fmax(maxx, s->x[i]);
		miny = fmin(miny, s->y[i]), maxy = fmax(maxy, s->y[i]);
	}
	/* at most about 4 cells a node, however the drawing is spread: a pass stays linear */
	for (;;) {
		cols = (size_t)((maxx - minx) / cell) + 1;
		rows = (size_t)((maxy - miny) / cell) + 1;
		if (cols * rows <= 4 * s->n + 16)
			break;
		cell *= 2;
	}
	ncells = cols * rows;
	memset(s->start, 0, (ncells + 2) * sizeof(*s->start));
	for (size_t i = 0; i < s->n; i++) {
		size_t c = (size_t)((s->x[i] - minx) / cell) + cols * (size_t)((s->y[i] - miny) / cell);
		s->cell_of[i] = c;
		s->start[c + 1]++;
	}
	for (size_t c = 0; c < ncells; c++)
		s->start[c + 1] += s->start[c];
	for (size_t i = 0; i < s->n; i++)
		s->order[s->start[s->cell_of[i]]++] = i;
	for (size_t c = ncells; c > 0; c--)
		s->start[c] = s->start[c - 1];
	s->start[0] = 0;
	/* each pair of nodes that fit the cells once: a node against the later nodes of its cell
	 * and four neighbouring cells */
	static const int nb[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
	for (size_t c = 0; c < ncells; c++) {
		size_t cx = c % cols, cy = c / cols;
		for (size_t a = s->start[c]; a < s->start[c + 1]; a++) {
			size_t i = s->order[a];
			if (big(s, i, cell))
				continue;
			for (size_t b = a + 1; b < s->start[c + 1]; b++) {
				size_t j = s->order[b];
				if (!big(s, j, cell))
					found += separate(s, i < j ? i : j, i < j ? j : i);
			}
			for (int k = 0; k < 4; k++) {
				long nx = (long)cx + nb[k][0], ny = (long)cy + nb[k][1];
				if (nx < 0 || ny < 0 || nx >= (long)cols || ny >= (long)rows)
					continue;
				size_t d = (size_t)nx + cols * (size_t)ny;
				for (size_t b = s->start[d]; b < s->start[d + 1]; b++) {
					size_t j = s->order[b];
					if (!big(s, j, cell))
						found += separate(s, i < j ? i : j, i < j ? j : i);
				}
			}
		}
	}
	for (size_t i = 0; i < s->n; i++)
		if (big(s, i, cell))
			found += big_pairs(s, i, cell, minx, miny, cols, rows);
	return found;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * The cells' width: the width (or height) of the node at SPREAD_CELL_SHARE of them in order of
 * size, so that only the largest nodes search beyond the neighbouring cells. -1 when out of memory.
 */
static int cell_size(struct spread *s)
{
	double *w = malloc((s->n + 1) * sizeof(*w));

	if (!w)
		return -1;
	s->reach = 0;
	for (size_t i = 0; i < s->n; i++) {
		w[i] = 2 * fmax(s->hw[i], s->hh[i]);
		s->reach = fmax(s->reach, w[i] / 2);
	}
	qsort(w, s->n, sizeof(*w), by_value);
	s->cell_min = s->n ? w[(size_t)(SPREAD_CELL_SHARE * (double)(s->n - 1))] : 1;
	free(w);
	return 0;
}

/*
 * Spread the laid-out g; the layout is freed. Without places, each node's new pos is written
 * into g (read from its pos as attach_attrs writes it); with places, the nodes' centres and
 * sizes are read from the layout itself, unrounded, and the new centres and the box around the
 * nodes are given back instead: nothing is written, and no "nop" has to read them again.
 */
static int spread_nodes(GVC_t *gvc, Agraph_t *g, struct inn_places *places)
{
	struct spread s = {.n = (size_t)agnnodes(g)};
	double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY, area = 0;
	size_t k = 0;
	int ret = -1;

	s.x = malloc(s.n * sizeof(double));
	s.y = malloc(s.n * sizeof(double));
	s.hw = malloc(s.n * sizeof(double));
	s.hh = malloc(s.n * sizeof(double));
	s.cell_of = malloc(s.n * sizeof(size_t));
	s.order = malloc(s.n * sizeof(size_t));
	s.start = malloc((4 * s.n + 18) * sizeof(size_t));
	if (!s.x || !s.y || !s.hw || !s.hh || !s.cell_of || !s.order || !s.start) {
		gvFreeLayout(gvc, g);
		goto out;
	}
	if (!places)
		attach_attrs(g);
	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v), k++) {
		if (places) {
			s.x[k] = ND_coord(v).x, s.y[k] = ND_coord(v).y;
			s.hw[k] = ND_width(v) * 36 + SPREAD_MARGIN;
			s.hh[k] = ND_height(v) * 36 + SPREAD_MARGIN;
		} else {
			if (sscanf(agget(v, "pos"), "%lf,%lf", &s.x[k], &s.y[k]) != 2)
				s.x[k] = s.y[k] = 0;
			s.hw[k] = atof(agget(v, "width")) * 36 + SPREAD_MARGIN;
			s.hh[k] = atof(agget(v, "height")) * 36 + SPREAD_MARGIN;
		}
		area += 4 * s.hw[k] * s.hh[k];
		minx = fmin(minx, s.x[k]), maxx = fmax(maxx, s.x[k]);
		miny = fmin(miny, s.y[k]), maxy = fmax(maxy, s.y[k]);
	}
	gvFreeLayout(gvc, g);
	if (cell_size(&s) < 0)
		goto out;
	/* sfdp's drawing, as it is, scaled to SPREAD_ROOM times the nodes' area (never shrunk) */
	double f = sqrt(SPREAD_ROOM * area / fmax((maxx - minx) * (maxy - miny), 1));
	if (f < 1)
		f = 1;
	for (size_t i = 0; i < s.n; i++)
		s.x[i] *= f, s.y[i] *= f;
	for (size_t p = 1; p <= SPREAD_MAX_PASSES && pass(&s) > 0; p++)
		if (p % SPREAD_PASSES == 0) /* slow to settle: a little more room for everyone */
			for (size_t i = 0; i < s.n; i++)
				s.x[i] *= 1.05, s.y[i] *= 1.05;
	if (places) {
		/* the nodes' own boxes, without the margin: what "nop" would bound them by */
		double *b = places->bb;
		b[0] = b[1] = INFINITY, b[2] = b[3] = -INFINITY;
		for (size_t i = 0; i < s.n; i++) {
			double hw = s.hw[i] - SPREAD_MARGIN, hh = s.hh[i] - SPREAD_MARGIN;
			places->x[i] = s.x[i], places->y[i] = s.y[i];
			b[0] = fmin(b[0], s.x[i] - hw), b[1] = fmin(b[1], s.y[i] - hh);
			b[2] = fmax(b[2], s.x[i] + hw), b[3] = fmax(b[3], s.y[i] + hh);
		}
		ret = 0;
		goto out;
	}
	/* the box and the title's place are worked out again around the new positions */
	agset(g, "bb", "");
	if (agattr(g, AGRAPH, "lp", NULL))
		agset(g, "lp", "");
	k = 0;
	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v), k++) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%.2f,%.2f", s.x[k], s.y[k]);
		if (agset(v, "pos", buf) != 0)
			goto out;
		/* the links are drawn again between the new places */
		for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e))
			if (agset(e, "pos", "") != 0)
				goto out;
	}
	ret = 0;
out:
	free(s.x);
	free(s.y);
	free(s.hw);
	free(s.hh);
	free(s.cell_of);
	free(s.order);
	free(s.start);
	return ret;
}

bool inn_layout_spreads(Agraph_t *g, size_t n, const char *engine)
{
	char *overlap = agget(g, "overlap");

	return strcmp(engine, "sfdp") == 0 && n >= SPREAD_MIN_NODES && overlap && strcmp(overlap, "prism") == 0;
}

/*
 * sfdp with its overlaps kept, spread_nodes removing them; then, without places, the nodes stay
 * where they were spread ("nop", overlap still "true") and the links are drawn.
 */
static int spread_layout(GVC_t *gvc, Agraph_t *g, const char *engine, struct inn_places *places)
{
	agset(g, "overlap", "true");
	int rc = gvLayout(gvc, g, engine) != 0 || spread_nodes(gvc, g, places) < 0 ? -1
		 : places ? 0 : gvLayout(gvc, g, "nop");
	agset(g, "overlap", "prism");
	return rc;
}

int inn_layout_places(GVC_t *gvc, Agraph_t *g, const char *engine, struct inn_places *places)
{
	return inn_layout_spreads(g, (size_t)agnnodes(g), engine) ? spread_layout(gvc, g, engine, places) : -1;
}

int inn_layout(GVC_t *gvc, Agraph_t *g, const char *engine)
{
	return inn_layout_spreads(g, (size_t)agnnodes(g), engine) ? spread_layout(gvc, g, engine, NULL)
								 : gvLayout(gvc, g, engine);
}
