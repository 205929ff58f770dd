/*
 * render_pack.c: a large network of many components laid out one component at a time and packed
 * by innonet, in time linear in the number of components.
 *
 * Graphviz packs the components of a force layout itself (pack, packmode), but its packing
 * compares every component with those already placed: 20,000 isolated nodes take minutes in
 * `sfdp -Tsvg`. Here each component of two or more nodes is laid out on its own with the
 * engine asked for, the isolated nodes are only measured, and everything is set in rows
 * (shelves): components largest first, then the isolated nodes in model order, a grid of rows
 * as wide as the square the drawing's area would fill. The positions and the links' lines are
 * then written into the network and drawn with "nop2", which keeps them as they are.
 *
 * Small components (up to SMALL_MAX nodes) cost a Graphviz layout each, about a millisecond
 * (a blank graph with the network's attributes, the copy, sfdp, the positions read back): a
 * thousand of them cost half what a network of 5,000 nodes does. When the links are straight
 * lines anyway (sfdp, circo), their nodes are measured with the isolated nodes, in one pass,
 * and placed by a rule (small_place): two nodes side by side, a path of three in a row, a star
 * around its hub, a tree in layers under its centre, anything else on a circle. The links of
 * every component then get no line here: the final "nop2" draws them straight, clipped to the
 * nodes, as sfdp would.
 *
 * A component that sfdp lays out and innonet spreads (500 nodes or more, render_spread.c), with
 * straight links and no loops, is laid out where it is, in a subgraph of the network made for
 * it, not in a copy: only its nodes' places are read, as spread, with no "nop" to read them back
 * (the final "nop2" sizes the nodes and draws the links anyway). The copy of a 5,000-node component, its
 * closing and that "nop" were about a tenth of the drawing of 1,000 components.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "draw_internal.h"

/* Networks this large or larger are packed here (smaller ones: Graphviz's packing is quick). */
#define PACK_MIN_NODES 500
/* Space between packed components, in points. */
#define PACK_GAP 16.0
/* Components of at most this many nodes are placed by a rule, not laid out (small_place). */
#define SMALL_MAX 8
/* Graphviz's defaults for nodesep and ranksep, in points, when the graph sets neither. */
#define SMALL_NODESEP 18.0
#define SMALL_RANKSEP 36.0

/* How an item is laid out. */
enum item_kind {
	ITEM_LAID,    /* a component laid out on its own by the engine */
	ITEM_ISOLATE, /* a node without links: measured, not laid out */
	ITEM_SMALL,   /* a small component: its nodes measured and placed by a rule */
};

/* One thing to place: a component laid out on its own, or an isolated node. */
struct item {
	size_t first;        /* index of its first node (model order), the tie-break */
	enum item_kind kind;
	double bb[4];        /* its extent where it was laid out: x0, y0, x1, y1 (points) */
	double dx, dy;   /* where it goes: added to its coordinates */
};

struct pack {
	Agraph_t *net;       /* borrowed */
	size_t n;            /* nodes of net */
	Agnode_t **node;     /* net's nodes in order; owned array */
	size_t *index_of;    /* AGSEQ(node) -> index; owned */
	size_t *parent;      /* union-find over node indexes; owned */
	size_t *comp;        /* node index -> its component's item; owned */
	double *x, *y;       /* each node's position where its component was laid out; owned */
	double *w, *h;       /* the measured nodes' width and height, points; owned */
	Agnode_t **copy;     /* node index -> its copy in the graph of its component; owned */
	struct item *item;   /* owned */
	size_t nitems;
};

static size_t find(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

static void unite(size_t *parent, size_t a, size_t b)
{
	a = find(parent, a);
	b = find(parent, b);
	/* the smaller index is the root: a component is named by its first node */
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

static void pack_release(struct pack *p)
{
	free(p->node);
	free(p->index_of);
	free(p->parent);
	free(p->comp);
	free(p->x);
	free(p->y);
	free(p->w);
	free(p->h);
	free(p->copy);
	free(p->item);
}

/* The nodes, their components (union-find over the links) and one item per component. */
static int components(struct pack *p)
{
	size_t maxseq = 0, k = 0;

	for (Agnode_t *v = agfstnode(p->net); v; v = agnxtnode(p->net, v))
		if ((size_t)AGSEQ(v) > maxseq)
			maxseq = (size_t)AGSEQ(v);
	p->node = malloc((p->n + 1) * sizeof(*p->node));
	p->index_of = malloc((maxseq + 1) * sizeof(*p->index_of));
	p->parent = malloc((p->n + 1) * sizeof(*p->parent));
	p->comp = malloc((p->n + 1) * sizeof(*p->comp));
	p->x = calloc(p->n + 1, sizeof(*p->x));
	p->y = calloc(p->n + 1, sizeof(*p->y));
	p->w = calloc(p->n + 1, sizeof(*p->w));
	p->h = calloc(p->n + 1, sizeof(*p->h));
	p->copy = calloc(p->n + 1, sizeof(*p->copy));
	if (!p->node || !p->index_of || !p->parent || !p->comp || !p->x || !p->y || !p->w || !p->h || !p->copy)
		return -1;
	for (Agnode_t *v = agfstnode(p->net); v; v = agnxtnode(p->net, v), k++) {
		p->node[k] = v;
		p->index_of[AGSEQ(v)] = k;
		p->parent[k] = k;
	}
	for (size_t i = 0; i < p->n; i++)
		for (Agedge_t *e = agfstout(p->net, p->node[i]); e; e = agnxtout(p->net, e))
			unite(p->parent, i, p->index_of[AGSEQ(aghead(e))]);
	p->nitems = 0;
	for (size_t i = 0; i < p->n; i++)
		if (find(p->parent, i) == i)
			p->comp[i] = p->nitems++;
	for (size_t i = 0; i < p->n; i++)
		p->comp[i] = p->comp[find(p->parent, i)];
	if (!(p->item = calloc(p->nitems + 1, sizeof(*p->item))))
		return -1;
	for (size_t i = p->n; i-- > 0;)
		p->item[p->comp[i]].first = i;
	return 0;
}

/* An empty root graph with net's kind and attribute defaults; graph attributes too, bar the title. */
static Agraph_t *blank_like(Agraph_t *net, bool graph_attrs)
{
	Agraph_t *g = agopen("component", agisdirected(net) ? Agdirected : Agundirected, &inn_gv_disc);

	if (!g)
		return NULL;
	for (int kind = AGRAPH; kind <= AGEDGE; kind++) {
		if (kind == AGINEDGE)
			continue;
		for (Agsym_t *s = agnxtattr(net, kind, NULL); s; s = agnxtattr(net, kind, s)) {
			bool title = kind == AGRAPH && strcmp(s->name, "label") == 0;
			if (kind == AGRAPH && (!graph_attrs || title))
				continue;
			if (!agattr(g, kind, s->name, s->defval))
				goto fail;
			if (kind == AGRAPH && agset(g, s->name, agget(net, s->name)) != 0)
				goto fail;
		}
	}
	return g;
fail:
	agclose(g);
	return NULL;
}

/* Close a graph made by blank_like (NULL: none), freeing its layout first when it was laid out. */
static void close_copy(GVC_t *gvc, Agraph_t *g, bool laid)
{
	if (laid)
		gvFreeLayout(gvc, g);
	if (g)
		agclose(g);
}

/* Copy obj's attribute values that differ from the defaults into copy, in graph to. */
static int copy_values(Agraph_t *from, Agraph_t *to, int kind, void *obj, void *copy)
{
	for (Agsym_t *s = agnxtattr(from, kind, NULL); s; s = agnxtattr(from, kind, s)) {
		char *v = agxget(obj, s);
		if (strcmp(v, s->defval) == 0)
			continue;
		/* an HTML-like label stays one: cgraph marks it on the string itself */
		if (aghtmlstr(v) ? inn_gv_set_html(copy, s->name, v) != 0 : agxset(copy, agattr(to, kind, s->name, NULL), v) != 0)
			return -1;
	}
	return 0;
}

/* A copy of node v in g, under the name v has in net (a stand-in stays one). */
static Agnode_t *copy_node(struct pack *p, Agraph_t *g, Agnode_t *v)
{
	Agnode_t *c;

	inn_gv_raw_names = true;
	c = agnode(g, agnameof(v), 1);
	inn_gv_raw_names = false;
	return c && copy_values(p->net, g, AGNODE, v, c) == 0 ? c : NULL;
}

static bool parse_point(const char *s, double *x, double *y)
{
	return s && sscanf(s, "%lf,%lf", x, y) == 2;
}

/* Whether a link or node has a label beside it (not its own): "nop" would bound the drawing by it too. */
static bool loose_labels(Agraph_t *net)
{
	static const char *const edge[] = {"label", "xlabel", "headlabel", "taillabel"};

	for (size_t a = 0; a < sizeof(edge) / sizeof(*edge); a++)
		if (agattr(net, AGEDGE, (char *)edge[a], NULL))
			return true;
	return agattr(net, AGNODE, "xlabel", NULL) != NULL;
}

/*
 * Lay out the component members[0 .. k) where it is, in a subgraph of net made for it (and
 * deleted after), when innonet spreads its sfdp drawing itself (inn_layout_places), the links
 * are straight and none is a loop: only the nodes' places are needed, and the subgraph spares
 * the copy of every node and link with its attributes. 0, or -1 when the layout failed.
 */
static int lay_out_in_place(struct pack *p, GVC_t *gvc, const char *engine, const size_t *members, size_t k,
			    struct item *it)
{
	struct inn_places pl = {.x = malloc((k + 1) * sizeof(double)), .y = malloc((k + 1) * sizeof(double))};
	Agraph_t *sub = NULL;
	int ret = -1;

	/* a layout of a subgraph writes into its root's record too: the root needs one */
	if (!pl.x || !pl.y || !agbindrec(p->net, "Agraphinfo_t", sizeof(Agraphinfo_t), TRUE) ||
	    !(sub = agsubg(p->net, NULL, 1)))
		goto out;
	for (size_t m = 0; m < k; m++) {
		Agnode_t *v = p->node[members[m]];
		if (!agsubnode(sub, v, 1))
			goto out;
		for (Agedge_t *e = agfstout(p->net, v); e; e = agnxtout(p->net, e))
			if (!agsubedge(sub, e, 1))
				goto out;
	}
	/* the title is the whole drawing's, as in a copy (blank_like) */
	if (agattr(p->net, AGRAPH, "label", NULL) && agset(sub, "label", "") != 0)
		goto out;
	/* the nodes come in net's order, members' order: places x[m] is members[m]'s */
	if (inn_layout_places(gvc, sub, engine, &pl) < 0)
		goto out;
	memcpy(it->bb, pl.bb, sizeof(it->bb));
	for (size_t m = 0; m < k; m++)
		p->x[members[m]] = pl.x[m], p->y[members[m]] = pl.y[m];
	ret = 0;
out:
	if (sub) {
		GD_drawing(p->net) = NULL; /* the subgraph's, freed with its layout */
		agdelsubg(p->net, sub);
	}
	free(pl.x);
	free(pl.y);
	return ret;
}

/*
 * Lay out the component whose nodes are members[0 .. k) on its own; remember each node's
 * position, and give each of its links its line (pos, lp) as laid out, to be shifted later;
 * unless straight: the final "nop2" draws the links then, and only the nodes' places are read,
 * from the layout itself (no attach_attrs: writing every position as text, reading it back
 * and shifting the links' lines cost more than drawing them again).
 */
static int lay_out_component(struct pack *p, GVC_t *gvc, const char *engine, const size_t *members, size_t k,
			     bool straight, struct item *it)
{
	Agraph_t *g = blank_like(p->net, true);
	Agnode_t **copy = malloc((k + 1) * sizeof(*copy));
	Agedge_t **from = NULL, **to = NULL;
	size_t nedges = 0, cap = 0;
	bool laid = false;
	int ret = -1;

	if (!g || !copy)
		goto out;
	for (size_t m = 0; m < k; m++)
		if (!(copy[m] = p->copy[members[m]] = copy_node(p, g, p->node[members[m]])))
			goto out;
	/* the links, each once, in net's order (by tail, then cgraph's order of out-links) */
	for (size_t m = 0; m < k; m++) {
		for (Agedge_t *e = agfstout(p->net, p->node[members[m]]); e; e = agnxtout(p->net, e)) {
			if (nedges == cap) {
				cap = cap ? 2 * cap : 16;
				Agedge_t **f = realloc(from, cap * sizeof(*f)), **t = f ? realloc(to, cap * sizeof(*t)) : NULL;
				if (f)
					from = f;
				if (!f || !t)
					goto out;
				to = t;
			}
			Agedge_t *c = agedge(g, copy[m], p->copy[p->index_of[AGSEQ(aghead(e))]], NULL, 1);
			if (!c || copy_values(p->net, g, AGEDGE, e, c) < 0)
				goto out;
			from[nedges] = e;
			to[nedges++] = c;
		}
	}
	if (inn_layout(gvc, g, engine) != 0)
		goto out;
	laid = true;
	if (straight) {
		boxf bb = GD_bb(g);
		it->bb[0] = bb.LL.x, it->bb[1] = bb.LL.y, it->bb[2] = bb.UR.x, it->bb[3] = bb.UR.y;
		for (size_t m = 0; m < k; m++)
			p->x[members[m]] = ND_coord(copy[m]).x, p->y[members[m]] = ND_coord(copy[m]).y;
		ret = 0;
		goto out;
	}
	attach_attrs(g);
	if (sscanf(agget(g, "bb"), "%lf,%lf,%lf,%lf", &it->bb[0], &it->bb[1], &it->bb[2], &it->bb[3]) != 4)
		goto out;
	for (size_t m = 0; m < k; m++)
		if (!parse_point(agget(copy[m], "pos"), &p->x[members[m]], &p->y[members[m]]))
			goto out;
	for (size_t l = 0; l < nedges; l++) {
		static const char *const keep[] = {"pos", "lp"};
		for (size_t a = 0; a < 2; a++) {
			char *v = agget(to[l], (char *)keep[a]);
			if (v && *v && agsafeset(from[l], (char *)keep[a], v, "") != 0)
				goto out;
		}
	}
	ret = 0;
out:
	close_copy(gvc, g, laid);
	free(copy);
	free(from);
	free(to);
	return ret;
}

/*
 * The sizes of the nodes not laid out by the engine (isolated nodes, small components'), as
 * Graphviz sizes them, without a layout: all in one graph, each at 0,0, drawn with "nop".
 * An isolated node's extent is its own box.
 */
static int measure_nodes(struct pack *p, GVC_t *gvc, size_t count)
{
	Agraph_t *g;
	Agnode_t **copy;
	bool laid = false;
	int ret = -1;
	size_t k = 0;

	if (count == 0)
		return 0;
	g = blank_like(p->net, false);
	copy = malloc((count + 1) * sizeof(*copy));
	if (!g || !copy || !agattr(g, AGNODE, "pos", ""))
		goto out;
	for (size_t i = 0; i < p->n; i++) {
		if (p->item[p->comp[i]].kind == ITEM_LAID)
			continue;
		if (!(copy[k] = copy_node(p, g, p->node[i])) || agset(copy[k], "pos", "0,0") != 0)
			goto out;
		k++;
	}
	/* "nop": the positions given, nothing moved; only the nodes' sizes are worked out */
	if (gvLayout(gvc, g, "nop") != 0)
		goto out;
	laid = true;
	attach_attrs(g);
	k = 0;
	for (size_t i = 0; i < p->n; i++) {
		struct item *it = &p->item[p->comp[i]];
		if (it->kind == ITEM_LAID)
			continue;
		double w = atof(agget(copy[k], "width")) * 72, h = atof(agget(copy[k], "height")) * 72;
		p->w[i] = w, p->h[i] = h;
		if (it->kind == ITEM_ISOLATE)
			it->bb[0] = -w / 2, it->bb[1] = -h / 2, it->bb[2] = w / 2, it->bb[3] = h / 2;
		k++;
	}
	ret = 0;
out:
	close_copy(gvc, g, laid);
	free(copy);
	return ret;
}

/* --- small components, placed by a rule ---------------------------------------------------- */

/* A small component being placed: its nodes in model order, 0 .. k-1. */
struct small {
	size_t k;
	double w[SMALL_MAX], h[SMALL_MAX];  /* sizes, points */
	double x[SMALL_MAX], y[SMALL_MAX];  /* centres, points, as placed */
	bool adj[SMALL_MAX][SMALL_MAX];     /* linked, either way (loops are not small components) */
	size_t deg[SMALL_MAX];              /* distinct neighbours */
	size_t pairs;                       /* linked pairs */
	double nodesep, ranksep;            /* the least gap between nodes, between layers (points) */
};

/* Whether the segment from (x0,y0) to (x1,y1) meets the box b (x0, y0, x1, y1): Liang-Barsky. */
static bool segment_meets(double x0, double y0, double x1, double y1, const double b[4])
{
	double dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1;
	double pp[4] = {-dx, dx, -dy, dy}, q[4] = {x0 - b[0], b[2] - x0, y0 - b[1], b[3] - y0};

	for (int i = 0; i < 4; i++) {
		if (pp[i] == 0) {
			if (q[i] < 0)
				return false;
			continue;
		}
		double t = q[i] / pp[i];
		if (pp[i] < 0 && t > t0)
			t0 = t;
		else if (pp[i] > 0 && t < t1)
			t1 = t;
		if (t0 > t1)
			return false;
	}
	return true;
}

/*
 * Whether the placement reads: every two nodes' boxes nodesep apart (linked ones ranksep / 2,
 * so that a link shows), and no link, drawn from centre to centre, crossing a third node.
 */
static bool small_clear(const struct small *s)
{
	for (size_t i = 0; i < s->k; i++)
		for (size_t j = i + 1; j < s->k; j++) {
			double gx = fabs(s->x[i] - s->x[j]) - (s->w[i] + s->w[j]) / 2;
			double gy = fabs(s->y[i] - s->y[j]) - (s->h[i] + s->h[j]) / 2;
			double need = s->adj[i][j] ? fmax(s->nodesep, s->ranksep / 2) : s->nodesep;
			if (fmax(gx, gy) < need)
				return false;
		}
	for (size_t i = 0; i < s->k; i++)
		for (size_t j = i + 1; j < s->k; j++) {
			if (!s->adj[i][j])
				continue;
			for (size_t m = 0; m < s->k; m++) {
				double margin = s->nodesep / 4;
				double b[4] = {s->x[m] - s->w[m] / 2 - margin, s->y[m] - s->h[m] / 2 - margin,
					       s->x[m] + s->w[m] / 2 + margin, s->y[m] + s->h[m] / 2 + margin};
				if (m != i && m != j && segment_meets(s->x[i], s->y[i], s->x[j], s->y[j], b))
					return false;
			}
		}
	return true;
}

/*
 * A path of two or three nodes in a row, from its first end in model order, its links as
 * long as small_clear asks (times f): shorter than the gap the packing leaves around it.
 */
static void small_row(struct small *s, double f)
{
	size_t at = 0, prev = SMALL_MAX;
	double x = 0;

	while (s->deg[at] != 1)
		at++;
	for (size_t placed = 0; placed < s->k; placed++) {
		s->x[at] = x + s->w[at] / 2;
		s->y[at] = 0;
		x += s->w[at] + fmax(s->nodesep, s->ranksep / 2) * f;
		size_t next = 0;
		while (next < s->k && (next == prev || next == at || !s->adj[at][next]))
			next++;
		prev = at;
		at = next;
	}
}

/* Nodes order[0 .. n) on an ellipse of radii rx, ry around 0,0, from the top, clockwise. */
static void small_ring(struct small *s, const size_t *order, size_t n, double rx, double ry)
{
	for (size_t j = 0; j < n; j++) {
		double a = M_PI / 2 - 2 * M_PI * (double)j / (double)n;
		s->x[order[j]] = rx * cos(a);
		s->y[order[j]] = ry * sin(a);
	}
}

/*
 * A tree in layers, root on top: each node centred over its children, each subtree as wide as
 * its nodes need, nodesep * f between subtrees, ranksep * f between layers.
 */
static void small_layers(struct small *s, size_t root, double f)
{
	size_t order[SMALL_MAX], parent[SMALL_MAX], depth[SMALL_MAX], n = 1;
	double span[SMALL_MAX], kids[SMALL_MAX], left[SMALL_MAX], layer_h[SMALL_MAX] = {0}, layer_y[SMALL_MAX];
	double gap = s->nodesep * f;

	/* breadth first from the root, neighbours in model order */
	order[0] = root, parent[root] = SMALL_MAX, depth[root] = 0;
	for (size_t q = 0; q < n; q++)
		for (size_t v = 0; v < s->k; v++)
			if (s->adj[order[q]][v] && v != parent[order[q]]) {
				parent[v] = order[q], depth[v] = depth[order[q]] + 1;
				order[n++] = v;
			}
	/* each subtree's width, leaves up */
	for (size_t q = n; q-- > 0;) {
		size_t v = order[q], nk = 0;
		kids[v] = 0;
		for (size_t c = 0; c < s->k; c++)
			if (parent[c] == v)
				kids[v] += span[c] + (nk++ ? gap : 0);
		span[v] = fmax(s->w[v], kids[v]);
	}
	/* each subtree's left edge, root down: the children's row centred in their parent's span */
	left[root] = 0;
	for (size_t q = 0; q < n; q++) {
		size_t v = order[q];
		double at = left[v] + (span[v] - kids[v]) / 2;
		for (size_t c = 0; c < s->k; c++)
			if (parent[c] == v) {
				left[c] = at;
				at += span[c] + gap;
			}
	}
	/* centres, leaves up: a parent over the middle of its children, kept inside its span */
	for (size_t q = n; q-- > 0;) {
		size_t v = order[q], first = SMALL_MAX, last = SMALL_MAX;
		for (size_t c = 0; c < s->k; c++)
			if (parent[c] == v) {
				if (first == SMALL_MAX)
					first = c;
				last = c;
			}
		double x = first == SMALL_MAX ? left[v] + span[v] / 2 : (s->x[first] + s->x[last]) / 2;
		s->x[v] = fmin(fmax(x, left[v] + s->w[v] / 2), left[v] + span[v] - s->w[v] / 2);
		layer_h[depth[v]] = fmax(layer_h[depth[v]], s->h[v]);
	}
	/* every layer to k - 1: the layers below the deepest are never read, and a node of no
	 * height (layer_h 0) must not leave the layers under it without a place */
	layer_y[0] = 0;
	for (size_t d = 1; d < s->k; d++)
		layer_y[d] = layer_y[d - 1] - (layer_h[d - 1] / 2 + s->ranksep * f + layer_h[d] / 2);
	for (size_t v = 0; v < s->k; v++)
		s->y[v] = layer_y[depth[v]];
}

/* The centre: the node of least eccentricity, the first in model order among equals. */
static size_t small_centre(const struct small *s)
{
	size_t best = 0, best_ecc = SMALL_MAX + 1;

	for (size_t r = 0; r < s->k; r++) {
		size_t dist[SMALL_MAX], queue[SMALL_MAX], n = 1, ecc = 0;
		for (size_t v = 0; v < s->k; v++)
			dist[v] = SMALL_MAX;
		dist[r] = 0, queue[0] = r;
		for (size_t q = 0; q < n; q++)
			for (size_t v = 0; v < s->k; v++)
				if (s->adj[queue[q]][v] && dist[v] == SMALL_MAX) {
					dist[v] = dist[queue[q]] + 1;
					ecc = dist[v] > ecc ? dist[v] : ecc;
					queue[n++] = v;
				}
		if (ecc < best_ecc)
			best = r, best_ecc = ecc;
	}
	return best;
}

/*
 * Place s by its shape, then spread it, a step at a time, until it reads (small_clear): two
 * nodes or a path of three in a row; a star of three leaves or more with its hub in the centre;
 * any other tree in layers under its centre; any other component on a circle, in the order of
 * a depth-first walk from its first node (a cycle goes round in its own order).
 */
static void small_place(struct small *s)
{
	size_t order[SMALL_MAX], n = 0, hub = SMALL_MAX, root = 0;
	bool tree = s->pairs == s->k - 1, path = true;
	double rx = 0, ry = 0;
	enum { ROW, STAR, LAYERS, CIRCLE } shape;

	for (size_t v = 0; v < s->k; v++) {
		path = path && s->deg[v] <= 2;
		if (s->deg[v] == s->k - 1 && hub == SMALL_MAX)
			hub = v;
	}
	if (tree && path && s->k <= 3)
		shape = ROW;
	else if (tree && hub != SMALL_MAX)
		shape = STAR;
	else if (tree)
		shape = LAYERS, root = small_centre(s);
	else
		shape = CIRCLE;
	if (shape == STAR) {
		for (size_t v = 0; v < s->k; v++)
			if (v != hub)
				order[n++] = v;
		s->x[hub] = s->y[hub] = 0;
		/* an ellipse as wide as the hub: a long name in the centre does not push the leaves far above it */
		for (size_t j = 0; j < n; j++)
			rx = fmax(rx, s->w[order[j]] / 2), ry = fmax(ry, s->h[order[j]] / 2);
		rx += s->w[hub] / 2 + s->ranksep / 2;
		ry += s->h[hub] / 2 + s->ranksep / 2;
	} else if (shape == CIRCLE) {
		/* depth first from the first node, neighbours in model order */
		size_t stack[SMALL_MAX * SMALL_MAX], top = 0;
		bool seen[SMALL_MAX] = {false};
		stack[top++] = 0;
		while (top > 0) {
			size_t v = stack[--top];
			if (seen[v])
				continue;
			seen[v] = true;
			order[n++] = v;
			for (size_t u = s->k; u-- > 0;)
				if (s->adj[v][u] && !seen[u])
					stack[top++] = u;
		}
		/* the circumference the nodes need side by side */
		for (size_t v = 0; v < s->k; v++)
			rx += fmin(s->w[v], s->h[v]) + s->nodesep;
		rx = ry = rx / (2 * M_PI);
	}
	/* at most 60 steps of 8%: a hundred times the first spacing */
	double f = 1;
	for (int step = 0; step < 60; step++, f *= 1.08) {
		if (shape == ROW)
			small_row(s, f);
		else if (shape == LAYERS)
			small_layers(s, root, f);
		else
			small_ring(s, order, n, rx * f, ry * f);
		if (small_clear(s))
			break;
	}
}

/* A graph length attribute (inches) in points, or fallback when unset or not positive. */
static double points_of(Agraph_t *g, const char *name, double fallback)
{
	char *v = agget(g, (char *)name);
	double inches = v && *v ? atof(v) : 0;

	return inches > 0 ? inches * 72 : fallback;
}

/* Place the small component members[0 .. k) by small_place: its nodes' positions and its extent. */
static void place_small(struct pack *p, const size_t *members, size_t k, struct item *it)
{
	struct small s = {.k = k};

	s.nodesep = points_of(p->net, "nodesep", SMALL_NODESEP);
	s.ranksep = points_of(p->net, "ranksep", SMALL_RANKSEP);
	for (size_t m = 0; m < k; m++) {
		s.w[m] = p->w[members[m]], s.h[m] = p->h[members[m]];
		for (Agedge_t *e = agfstout(p->net, p->node[members[m]]); e; e = agnxtout(p->net, e)) {
			size_t head = p->index_of[AGSEQ(aghead(e))], o = 0;
			while (o < k && members[o] != head)
				o++;
			if (o < k && !s.adj[m][o]) {
				s.adj[m][o] = s.adj[o][m] = true;
				s.deg[m]++, s.deg[o]++, s.pairs++;
			}
		}
	}
	small_place(&s);
	/* its extent with half a link's length around it: two small components side by side are
	 * further apart than two linked nodes, so that each reads as one */
	double pad = fmax(s.nodesep, s.ranksep / 2) / 2;
	it->bb[0] = it->bb[1] = INFINITY;
	it->bb[2] = it->bb[3] = -INFINITY;
	for (size_t m = 0; m < k; m++) {
		p->x[members[m]] = s.x[m], p->y[members[m]] = s.y[m];
		it->bb[0] = fmin(it->bb[0], s.x[m] - s.w[m] / 2 - pad), it->bb[1] = fmin(it->bb[1], s.y[m] - s.h[m] / 2 - pad);
		it->bb[2] = fmax(it->bb[2], s.x[m] + s.w[m] / 2 + pad), it->bb[3] = fmax(it->bb[3], s.y[m] + s.h[m] / 2 + pad);
	}
}

/*
 * Whether the links are straight lines, left to the final "nop2" to draw, and small components
 * placed by a rule: no node brings a position of its own (export --over pins them). Curved
 * links (neato, fdp, twopi) are routed around the nodes of their own component only.
 */
static bool straight_links(Agraph_t *net)
{
	char *splines = agget(net, "splines");

	if (!splines || (strcmp(splines, "false") != 0 && strcmp(splines, "line") != 0))
		return false;
	return !agattr(net, AGNODE, "pos", NULL);
}

/* Whether the component members[0 .. k) has a link from a node to itself. */
static bool has_loop(const struct pack *p, const size_t *members, size_t k)
{
	for (size_t m = 0; m < k; m++)
		for (Agedge_t *e = agfstout(p->net, p->node[members[m]]); e; e = agnxtout(p->net, e))
			if (aghead(e) == agtail(e))
				return true;
	return false;
}

/* Larger components first (by height, then width), then by first node: the shelf order. */
static int by_size(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a, *y = *(const struct item *const *)b;
	double hx = x->bb[3] - x->bb[1], hy = y->bb[3] - y->bb[1];
	double wx = x->bb[2] - x->bb[0], wy = y->bb[2] - y->bb[0];

	if (hx != hy)
		return hx > hy ? -1 : 1;
	if (wx != wy)
		return wx > wy ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/*
 * Shelves: left to right until the row is as wide as the square of the drawing's area, then
 * a new row below. Components come largest first; the isolated nodes last, in model order,
 * so that they form a grid. Returns the width and height used.
 */
static int shelve(struct pack *p, size_t niso, double *width, double *height)
{
	size_t ncomp = p->nitems - niso, c = 0, s = 0;
	struct item **order = malloc((p->nitems + 1) * sizeof(*order));
	double area = 0, widest = 0, row_w, x = 0, top = 0, row_h = 0, used_w = 0;

	if (!order)
		return -1;
	for (size_t i = 0; i < p->nitems; i++) {
		struct item *it = &p->item[i];
		double w = it->bb[2] - it->bb[0] + PACK_GAP, h = it->bb[3] - it->bb[1] + PACK_GAP;
		area += w * h;
		if (w > widest)
			widest = w;
		/* components of two or more nodes first, the isolated nodes after them */
		if (it->kind == ITEM_ISOLATE)
			order[ncomp + s++] = it;
		else
			order[c++] = it;
	}
	qsort(order, ncomp, sizeof(*order), by_size);
	row_w = sqrt(area);
	if (row_w < widest)
		row_w = widest;
	for (size_t i = 0; i < p->nitems; i++) {
		struct item *it = order[i];
		double w = it->bb[2] - it->bb[0], h = it->bb[3] - it->bb[1];
		if (x > 0 && x + w > row_w) {
			top -= row_h + PACK_GAP;
			x = row_h = 0;
		}
		it->dx = x - it->bb[0];
		it->dy = top - h - it->bb[1];
		x += w + PACK_GAP;
		if (x - PACK_GAP > used_w)
			used_w = x - PACK_GAP;
		if (h > row_h)
			row_h = h;
	}
	*width = used_w;
	*height = row_h - top;
	/* rows went down from 0: move everything up so that the drawing starts at 0,0 */
	for (size_t i = 0; i < p->nitems; i++)
		p->item[i].dy += *height;
	free(order);
	return 0;
}

/* Write each node's position, each link's shifted line and the bounding box into net. */
static int place(struct pack *p, double width, double height)
{
	char buf[96];

	if (!agattr(p->net, AGNODE, "pos", "") || !agattr(p->net, AGRAPH, "bb", ""))
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		const struct item *it = &p->item[p->comp[i]];
		snprintf(buf, sizeof(buf), "%.2f,%.2f", p->x[i] + it->dx, p->y[i] + it->dy);
		if (agset(p->node[i], "pos", buf) != 0)
			return -1;
		for (Agedge_t *e = agfstout(p->net, p->node[i]); e; e = agnxtout(p->net, e)) {
			static const char *const keep[] = {"pos", "lp"};
			for (size_t a = 0; a < 2; a++) {
				char *v = agget(e, (char *)keep[a]), *shifted;
				if (!v || !*v)
					continue;
				if (!(shifted = inn_gv_shift_coords(v, it->dx, it->dy)))
					return -1;
				int rc = agset(e, (char *)keep[a], shifted);
				free(shifted);
				if (rc != 0)
					return -1;
			}
		}
	}
	snprintf(buf, sizeof(buf), "0,0,%.2f,%.2f", width, height);
	return agset(p->net, "bb", buf);
}

int inn_pack_layout(GVC_t *gvc, Agraph_t *net, const char *engine, bool *packed, struct inn_error *err)
{
	struct pack p = {.net = net, .n = (size_t)agnnodes(net)};
	size_t niso = 0, nmeasured = 0, *members = NULL, *start = NULL, *fill = NULL;
	bool straight, in_place_ok;
	double width, height;
	int ret = -1;

	*packed = false;
	/* dot lays components side by side itself; clusters (--cluster-by) span components */
	if (strcmp(engine, "dot") == 0 || p.n < PACK_MIN_NODES || agfstsubg(net))
		return 0;
	if (components(&p) < 0)
		goto oom;
	if (p.nitems < 2) {
		pack_release(&p);
		return 0;
	}
	/* the members of each component, in model order: a counting sort by component */
	members = malloc((p.n + 1) * sizeof(*members));
	start = calloc(p.nitems + 2, sizeof(*start));
	fill = malloc((p.nitems + 1) * sizeof(*fill));
	if (!members || !start || !fill)
		goto oom;
	for (size_t i = 0; i < p.n; i++)
		start[p.comp[i] + 1]++;
	for (size_t c = 0; c < p.nitems; c++)
		start[c + 1] += start[c];
	memcpy(fill, start, p.nitems * sizeof(*fill));
	for (size_t i = 0; i < p.n; i++)
		members[fill[p.comp[i]]++] = i;
	straight = straight_links(net);
	in_place_ok = straight && !loose_labels(net);
	for (size_t c = 0; c < p.nitems; c++) {
		size_t k = start[c + 1] - start[c];
		/* a single node without links (one with a loop is laid out like any component) */
		if (k == 1 && !agfstedge(net, p.node[members[start[c]]])) {
			p.item[c].kind = ITEM_ISOLATE;
			niso++;
			nmeasured++;
			continue;
		}
		/* a loop's curve would stand out of the nodes' box: such a component is laid out alone */
		bool loop = straight && has_loop(&p, members + start[c], k);
		if (straight && k <= SMALL_MAX && !loop) {
			p.item[c].kind = ITEM_SMALL;
			nmeasured += k;
			continue;
		}
		bool in_place = in_place_ok && !loop && inn_layout_spreads(net, k, engine);
		if ((in_place ? lay_out_in_place(&p, gvc, engine, members + start[c], k, &p.item[c])
			      : lay_out_component(&p, gvc, engine, members + start[c], k, straight, &p.item[c])) < 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz layout '%s' failed on a component: %s", engine,
				      inn_graphviz_message());
			goto out;
		}
	}
	if (measure_nodes(&p, gvc, nmeasured) < 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz could not size the isolated nodes and those of small components: %s",
			      inn_graphviz_message());
		goto out;
	}
	for (size_t c = 0; c < p.nitems; c++)
		if (p.item[c].kind == ITEM_SMALL)
			place_small(&p, members + start[c], start[c + 1] - start[c], &p.item[c]);
	if (shelve(&p, niso, &width, &height) < 0 || place(&p, width, height) < 0)
		goto oom;
	if (gvLayout(gvc, net, "nop2") != 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz could not draw the packed components: %s", inn_graphviz_message());
		goto out;
	}
	*packed = true;
	ret = 0;
	goto out;
oom:
	inn_error_set(err, INN_EFAIL, "out of memory packing the components of the drawing");
out:
	free(members);
	free(start);
	free(fill);
	pack_release(&p);
	return ret;
}
