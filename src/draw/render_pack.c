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
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "export_internal.h"

/* Networks this large or larger are packed here (smaller ones: Graphviz's packing is quick). */
#define PACK_MIN_NODES 500
/* Space between packed components, in points. */
#define PACK_GAP 16.0

/* One thing to place: a component laid out on its own, or an isolated node. */
struct item {
	size_t first;    /* index of its first node (model order), the tie-break */
	bool isolate;    /* a node without links: measured, not laid out */
	double bb[4];    /* its extent where it was laid out: x0, y0, x1, y1 (points) */
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
	p->copy = calloc(p->n + 1, sizeof(*p->copy));
	if (!p->node || !p->index_of || !p->parent || !p->comp || !p->x || !p->y || !p->copy)
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

/*
 * Lay out the component whose nodes are members[0 .. k) on its own; remember each node's
 * position, and give each of its links its line (pos, lp) as laid out, to be shifted later.
 */
static int lay_out_component(struct pack *p, GVC_t *gvc, const char *engine, const size_t *members, size_t k,
			     struct item *it)
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
	if (laid)
		gvFreeLayout(gvc, g);
	if (g)
		agclose(g);
	free(copy);
	free(from);
	free(to);
	return ret;
}

/* The isolated nodes' sizes, measured as Graphviz sizes them, without a layout: each at 0,0. */
static int measure_isolates(struct pack *p, GVC_t *gvc, size_t niso)
{
	Agraph_t *g;
	Agnode_t **copy;
	bool laid = false;
	int ret = -1;
	size_t k = 0;

	if (niso == 0)
		return 0;
	g = blank_like(p->net, false);
	copy = malloc((niso + 1) * sizeof(*copy));
	if (!g || !copy || !agattr(g, AGNODE, "pos", ""))
		goto out;
	for (size_t i = 0; i < p->n; i++) {
		if (!p->item[p->comp[i]].isolate)
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
		if (!p->item[p->comp[i]].isolate)
			continue;
		double w = atof(agget(copy[k], "width")) * 72, h = atof(agget(copy[k], "height")) * 72;
		struct item *it = &p->item[p->comp[i]];
		it->bb[0] = -w / 2, it->bb[1] = -h / 2, it->bb[2] = w / 2, it->bb[3] = h / 2;
		k++;
	}
	ret = 0;
out:
	if (laid)
		gvFreeLayout(gvc, g);
	if (g)
		agclose(g);
	free(copy);
	return ret;
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
		if (it->isolate)
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
	size_t niso = 0, *members = NULL, *start = NULL, *fill = NULL;
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
	for (size_t c = 0; c < p.nitems; c++) {
		size_t k = start[c + 1] - start[c];
		/* a single node without links (one with a loop is laid out like any component) */
		if (k == 1 && !agfstedge(net, p.node[members[start[c]]])) {
			p.item[c].isolate = true;
			niso++;
			continue;
		}
		if (lay_out_component(&p, gvc, engine, members + start[c], k, &p.item[c]) < 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz layout '%s' failed on a component: %s", engine,
				      inn_graphviz_message());
			goto out;
		}
	}
	if (measure_isolates(&p, gvc, niso) < 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz could not size the isolated nodes: %s", inn_graphviz_message());
		goto out;
	}
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
