/*
 * drawing.c: innonet's diagram of a model as numbers for the data formats that carry a
 * drawing (GEXF's viz: elements, yEd's node graphics in GraphML): each node's position, size,
 * colours and shape as Graphviz laid it out. The diagram is built and laid out as `export -o
 * x.svg` would (the same styles and engine choice, no legend) and read back from Graphviz's
 * json0 output, so the numbers are the drawing's own, not a second layout.
 */
#include "innonet/drawing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/draw.h"

/* "#rrggbb" or "#rrggbbaa", and the few names the styles use. */
static bool parse_color(const char *s, unsigned char rgb[3])
{
	static const struct {
		const char *name;
		unsigned char rgb[3];
	} names[] = {{"white", {255, 255, 255}}, {"black", {0, 0, 0}}, {"gray", {190, 190, 190}}, {"grey", {190, 190, 190}}};
	unsigned r, g, b;

	if (!s)
		return false;
	if (s[0] == '#' && (strlen(s) == 7 || strlen(s) == 9) && sscanf(s + 1, "%2x%2x%2x", &r, &g, &b) == 3) {
		rgb[0] = (unsigned char)r, rgb[1] = (unsigned char)g, rgb[2] = (unsigned char)b;
		return true;
	}
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(s, names[i].name) == 0) {
			memcpy(rgb, names[i].rgb, 3);
			return true;
		}
	}
	return false;
}

static const char *text(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int read_objects(const cJSON *objects, const struct inn_model *m, struct inn_drawing *d)
{
	const cJSON *o;

	cJSON_ArrayForEach(o, objects) {
		const char *name = text(o, "name"), *pos = text(o, "pos"), *w = text(o, "width"), *h = text(o, "height");
		size_t i;
		double x, y;
		if (!name || !pos || !inn_model_find(m, name, &i) || sscanf(pos, "%lf,%lf", &x, &y) != 2)
			continue;
		struct inn_drawn_node *n = &d->nodes[i];
		n->placed = true;
		n->x = x;
		n->y = y;
		/* inches to points, to a hundredth: 1.4167 in is 102 pt, not 102.00240000000001 */
		n->width = round((w ? atof(w) : 0.75) * 7200) / 100;
		n->height = round((h ? atof(h) : 0.5) * 7200) / 100;
		const char *style = text(o, "style"), *shape = text(o, "shape");
		bool filled = style && strstr(style, "filled");
		n->filled = filled && parse_color(text(o, "fillcolor") ? text(o, "fillcolor") : text(o, "color"), n->fill);
		n->outlined = parse_color(text(o, "color") ? text(o, "color") : "black", n->line);
		n->rounded = style && strstr(style, "rounded");
		snprintf(n->shape, sizeof(n->shape), "%s", shape ? shape : "ellipse");
	}
	return 0;
}

/* The links, by the id dot_build.c gives each edge ("link-J", J its index in the model). */
static void read_edges(const cJSON *edges, const struct inn_model *m, struct inn_drawing *d)
{
	const cJSON *e;

	cJSON_ArrayForEach(e, edges) {
		const char *id = text(e, "id"), *style = text(e, "style"), *dir = text(e, "dir"), *pw = text(e, "penwidth");
		size_t j;
		char end;
		if (!id || sscanf(id, "link-%zu%c", &j, &end) != 1 || j >= m->nlinks)
			continue;
		struct inn_drawn_link *l = &d->links[j];
		l->drawn = true;
		if (!parse_color(text(e, "color"), l->color))
			memset(l->color, 0, 3); /* Graphviz's default: black */
		l->width = pw ? atof(pw) : 1;
		snprintf(l->style, sizeof(l->style), "%s",
			 style && strstr(style, "dashed") ? "dashed" : style && strstr(style, "dotted") ? "dotted" : "solid");
		if (style && strstr(style, "bold"))
			l->width *= 2;
		if (!dir)
			dir = m->directed ? "forward" : "none";
		l->arrow_head = !strcmp(dir, "forward") || !strcmp(dir, "both");
		l->arrow_tail = !strcmp(dir, "back") || !strcmp(dir, "both");
	}
}

int inn_drawing_make(const struct inn_model *m, const char *engine, struct inn_drawing *d, struct inn_error *err)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	Agraph_t *g = NULL;
	char *json = NULL;
	size_t len = 0;
	cJSON *root = NULL;
	FILE *mem = NULL;
	int ret = -1;

	memset(d, 0, sizeof(*d));
	if (!m->nnodes)
		return 0;
	if (!(d->nodes = calloc(m->nnodes, sizeof(*d->nodes))) ||
	    (m->nlinks && !(d->links = calloc(m->nlinks, sizeof(*d->links)))))
		return inn_error_set(err, INN_EFAIL, "out of memory drawing the network");
	d->n = m->nnodes;
	d->nlinks = m->nlinks;
	o.legend = false;
	/* as `export -o x.svg` chooses: dot, or sfdp for a large network */
	if (!engine)
		engine = m->nnodes > 500 ? "sfdp" : "dot";
	if (!(mem = open_memstream(&json, &len))) {
		inn_error_set(err, INN_EFAIL, "out of memory drawing the network");
		goto out;
	}
	if (!(g = inn_dot_build(m, &o, err)) || inn_render(g, engine, "json0", mem, err) < 0)
		goto out;
	if (fclose(mem) != 0) {
		mem = NULL;
		inn_error_set(err, INN_EFAIL, "out of memory drawing the network");
		goto out;
	}
	mem = NULL;
	if (!(root = cJSON_ParseWithLength(json, len))) {
		inn_error_set(err, INN_EFAIL, "Graphviz's json0 output could not be read");
		goto out;
	}
	ret = read_objects(cJSON_GetObjectItemCaseSensitive(root, "objects"), m, d);
	read_edges(cJSON_GetObjectItemCaseSensitive(root, "edges"), m, d);
out:
	if (mem)
		fclose(mem);
	cJSON_Delete(root);
	free(json);
	inn_dot_close(g);
	return ret;
}

void inn_drawing_release(struct inn_drawing *d)
{
	if (!d)
		return;
	free(d->nodes);
	free(d->links);
	d->nodes = NULL;
	d->links = NULL;
	d->n = d->nlinks = 0;
}
