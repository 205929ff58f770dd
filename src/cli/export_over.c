/*
 * export_over.c: small multiples of the network's growth. The span's network (every node and
 * link there in some year of it) is laid out once; each year's network is then copied into one
 * drawing, panel by panel in a grid, each node at its place plus the panel's offset, pinned, so
 * that a node stands at the same place in every panel and the eye follows what is added.
 */
#include "export_over.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/drawing.h"
#include "innonet/draw.h"
#include "innonet/output.h"
#include "series.h"

/* Space between panels and around a panel's nodes, in points. */
#define GAP 36.0

/* Options that shape one network's drawing, which a series of panels does not take. */
static const char *const refused[] = {"as-of",  "ego",       "radius",      "highlight", "scenario",   "size-by",
				      "color-scale", "cluster-by", "ranks",  "weight",    "weight-is",  "normalized",
				      "damping", "alpha",   "beta",      NULL};

struct panels {
	struct inn_model **years; /* each year's network; owned: the drawing's strings point into them */
	size_t nyears;
	struct inn_model *all;    /* the panels as one model; owned */
	double *pin;              /* x, y per node of all */
};

static void panels_release(struct panels *p)
{
	for (size_t k = 0; k < p->nyears; k++)
		inn_model_free(p->years[k]);
	free(p->years);
	inn_model_free(p->all);
	free(p->pin);
}

/* Node i of y copied into all as "YEAR/id", with the attribute year first (the panel's cluster). */
static int copy_node(struct inn_model *all, const struct inn_model *y, size_t i, int year, size_t *out)
{
	const struct inn_node *n = &y->nodes[i];
	struct inn_node_more x = *inn_node_more(y, n);
	char *id = malloc(strlen(n->id) + 16);
	int rc;

	if (!id)
		return -1;
	sprintf(id, "%d/%s", year, n->id);
	rc = inn_model_add_node(all, id, false, out);
	free(id);
	if (rc != INN_MODEL_OK)
		return -1;
	struct inn_node *c = &all->nodes[*out];
	struct inn_attr *attrs = inn_arena_alloc(all->arena, (x.nattrs + 1) * sizeof(*attrs));
	if (!attrs || (n->kind && !(c->kind = inn_arena_intern(all->arena, n->kind))) ||
	    !(c->label = inn_arena_strdup(all->arena, inn_node_label(n))) || !(attrs[0].key = inn_arena_intern(all->arena, "year")))
		return -1;
	attrs[0].value = (struct inn_value){.type = INN_VAL_NUMBER, .number = year};
	if (x.nattrs)
		memcpy(attrs + 1, x.attrs, x.nattrs * sizeof(*attrs)); /* their strings are y's, which outlives all */
	x.attrs = attrs;
	x.nattrs++;
	return inn_model_put_node_more(all, *out, &x);
}

/* Link j of y copied into all between the copies s and t of its ends. */
static int copy_link(struct inn_model *all, const struct inn_model *y, size_t j, size_t s, size_t t)
{
	const struct inn_link *l = &y->links[j];

	if (!inn_model_add_link(all, (uint32_t)s, (uint32_t)t))
		return -1;
	if (inn_model_set_relation(all, all->nlinks - 1, inn_link_relation(y, l)) < 0 ||
	    (l->has_weight && inn_model_set_weight(all, all->nlinks - 1, inn_link_weight(y, l)) < 0))
		return -1;
	return inn_model_put_link_more(all, all->nlinks - 1, inn_link_more(y, l));
}

/* Every node of the span's drawing by id: its place, or false when the layout did not place it. */
static bool place_of(const struct inn_model *span, const struct inn_drawing *d, const char *id, double *x, double *y)
{
	size_t i;

	if (!inn_model_find(span, id, &i) || i >= d->n || !d->nodes[i].placed)
		return false;
	*x = d->nodes[i].x;
	*y = d->nodes[i].y;
	return true;
}

static int build(const struct inn_args *a, const struct inn_model *whole, const int *years, size_t ny,
		 const char *layout, struct panels *p, struct inn_error *err)
{
	struct inn_model *span = NULL;
	struct inn_drawing d = {0};
	double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
	size_t cols = (size_t)ceil(sqrt((double)ny)), total = 0;
	const char *kinds = inn_arg(a, "kind");
	int ret = -1;

	if (!(p->years = calloc(ny, sizeof(*p->years))))
		goto oom;
	p->nyears = ny;
	if (!(span = inn_cmd_load_span(a, whole, years[0], years[ny - 1], err)) ||
	    inn_drawing_make(span, layout, &d, err) < 0)
		goto out;
	for (size_t i = 0; i < d.n; i++) {
		if (!d.nodes[i].placed)
			continue;
		x0 = fmin(x0, d.nodes[i].x - d.nodes[i].width / 2);
		x1 = fmax(x1, d.nodes[i].x + d.nodes[i].width / 2);
		y0 = fmin(y0, d.nodes[i].y - d.nodes[i].height / 2);
		y1 = fmax(y1, d.nodes[i].y + d.nodes[i].height / 2);
	}
	if (x0 > x1)
		x0 = x1 = y0 = y1 = 0;
	for (size_t k = 0; k < ny; k++) {
		if (!(p->years[k] = inn_cmd_load_year(a, whole, years[k], err)))
			goto out;
		total += p->years[k]->nnodes;
	}
	if (!(p->all = inn_model_new(whole->origin)) || !(p->pin = malloc((2 * total + 2) * sizeof(*p->pin))))
		goto oom;
	p->all->directed = whole->directed;
	p->all->multigraph = whole->multigraph;
	p->all->name = whole->name ? inn_arena_strdup(p->all->arena, whole->name) : NULL;
	for (size_t k = 0; k < ny; k++) {
		const struct inn_model *y = p->years[k];
		size_t *at = calloc(y->nnodes + 1, sizeof(*at)), idx; /* 1 + a node's copy, 0: none */
		/* panels read left to right, then down; Graphviz's y axis points up */
		double dx = (double)(k % cols) * (x1 - x0 + GAP) - x0, dy = -(double)(k / cols) * (y1 - y0 + 2 * GAP) - y1;
		bool *keep = calloc(y->nnodes + 1, sizeof(*keep));
		int rc = at && keep ? 0 : -1;
		for (size_t i = 0; rc == 0 && i < y->nnodes; i++) {
			double px, py;
			keep[i] = !kinds || (y->nodes[i].kind && inn_list_has(kinds, y->nodes[i].kind));
			if (!keep[i] || !place_of(span, &d, y->nodes[i].id, &px, &py))
				continue;
			if (copy_node(p->all, y, i, years[k], &idx) < 0)
				rc = -1;
			at[i] = idx + 1;
			p->pin[2 * idx] = px + dx;
			p->pin[2 * idx + 1] = py + dy;
		}
		for (size_t j = 0; rc == 0 && j < y->nlinks; j++) {
			size_t s = at[y->links[j].source], t = at[y->links[j].target];
			if (s && t && copy_link(p->all, y, j, s - 1, t - 1) < 0)
				rc = -1;
		}
		free(at);
		free(keep);
		if (rc < 0)
			goto oom;
	}
	ret = 0;
	goto out;
oom:
	inn_error_set(err, INN_EFAIL, "export: out of memory drawing the years");
out:
	inn_drawing_release(&d);
	inn_model_free(span);
	return ret;
}

int inn_export_over(const struct inn_args *a, const char *format, const char *layout, const struct inn_style *style,
		    struct inn_error *err)
{
	struct inn_export_opts eo = INN_EXPORT_OPTS_INIT;
	const char *path = inn_arg(a, "output"), *color_by = inn_arg(a, "color-by");
	struct panels p = {0};
	struct inn_model *whole = NULL;
	struct inn_output out = {0};
	Agraph_t *g = NULL;
	int *years = NULL;
	size_t ny;
	bool *keep = NULL;
	char view[512], title[1100];
	int ret = -1;

	for (size_t k = 0; refused[k]; k++)
		if (inn_has_option(a, refused[k]) && inn_arg(a, refused[k]))
			return inn_error_set(err, INN_EINPUT, "export: --%s draws one network: leave it out with --over", refused[k]);
	if (color_by && strcmp(color_by, "kind") != 0)
		return inn_error_set(err, INN_EINPUT, "export: --over colours by kind: leave out --color-by %s", color_by);
	if (inn_over_years("export", inn_arg(a, "over"), &years, &ny, err) < 0 || !(whole = inn_cmd_load_whole(a, err)))
		goto out;
	if (!(keep = calloc(whole->nnodes + 1, sizeof(*keep)))) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	/* a kind the whole network lacks is a typo, as in export --kind */
	if (inn_cmd_kinds(whole, "export", inn_arg(a, "kind"), keep, err) < 0 ||
	    build(a, whole, years, ny, layout, &p, err) < 0)
		goto out;
	inn_cmd_view(a, view, sizeof(view));
	snprintf(title, sizeof(title), "%s, %d to %d%s%s", whole->name ? whole->name : whole->origin, years[0],
		 years[ny - 1], *view ? ": " : "", view);
	/*
	 * one legend for the whole figure, export's own (legend.c) of the kinds and relations
	 * drawn in any panel: inn_render() lays it out apart and sets it beside the panels, so neato
	 * never places its rows among them
	 */
	eo.legend = !inn_flag(a, "no-legend");
	eo.title = inn_arg(a, "title") ? inn_arg(a, "title") : title;
	eo.style = style;
	eo.lang = inn_arg(a, "lang");
	eo.label_by = inn_arg(a, "label-by");
	eo.cluster_by = "year"; /* a box a panel, named by its year */
	eo.pin = p.pin;
	eo.no_tooltips = strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0;
	if (!(g = inn_dot_build(p.all, &eo, err)) || inn_output_open(&out, path, err) < 0)
		goto out;
	/* the places are the layout's: neato keeps pinned nodes where they are and draws the boxes */
	if (strcmp(format, "dot") == 0 ? inn_dot_write(g, out.fp, err) : inn_render(g, "neato", format, out.fp, err))
		goto out;
	if (inn_output_commit(&out, err) < 0)
		goto out;
	if (path && strcmp(path, "-") && !inn_flag(a, "quiet"))
		inn_notice("wrote %s (%s, %zu panels, %zu nodes and %zu links in all)", path, format, ny, p.all->nnodes,
			   p.all->nlinks);
	ret = 0;
out:
	inn_output_abort(&out);
	inn_dot_close(g);
	panels_release(&p);
	free(keep);
	free(years);
	inn_model_free(whole);
	return ret;
}
