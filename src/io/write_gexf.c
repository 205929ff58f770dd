/*
 * write_gexf.c: the model as GEXF 1.2 (Gephi's format; NetworkX's read_gexf reads it too).
 * Node attributes and measures are typed <attribute> columns; the label and the link weight
 * are GEXF's own. The network is written static: since/until are plain integer columns, not
 * GEXF spells (docs/formats.md says how to make Gephi's timeline from them).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/text.h"
#include "write_internal.h"

/*
 * Elements written only when they get a child: GEXF's schema wants no empty <attributes> or
 * <attvalues>. open is the start tag, close the end tag.
 */
struct lazy {
	FILE *out;
	const char *open, *close;
	bool opened;
};

static FILE *lazy_child(struct lazy *z)
{
	if (!z->opened)
		fputs(z->open, z->out);
	z->opened = true;
	return z->out;
}

static void lazy_end(struct lazy *z)
{
	if (z->opened)
		fputs(z->close, z->out);
	z->opened = false;
}

static void attribute(struct lazy *z, size_t id, const char *title, const char *type)
{
	FILE *out = lazy_child(z);

	fprintf(out, "      <attribute id=\"%zu\" title=\"", id);
	inn_xml_text(out, title, true);
	fprintf(out, "\" type=\"%s\"/>\n", type);
}

static void attvalue_text(struct lazy *z, size_t id, const char *text)
{
	FILE *out = lazy_child(z);

	fprintf(out, "          <attvalue for=\"%zu\" value=\"", id);
	inn_xml_text(out, text, true);
	fputs("\"/>\n", out);
}

static void attvalue_number(struct lazy *z, size_t id, double x)
{
	char num[64];

	if (isnan(x))
		return;
	inn_fmt_double(num, sizeof(num), x);
	fprintf(lazy_child(z), "          <attvalue for=\"%zu\" value=\"%s\"/>\n", id, num);
}

/*
 * GEXF's shapes are four: a Graphviz shape becomes the nearest (boxes, notes and folders are
 * squares; houses and triangles triangles; diamonds diamonds; anything round or many-sided a disc).
 */
static const char *viz_shape(const char *shape)
{
	if (!strcmp(shape, "box") || !strcmp(shape, "rect") || !strcmp(shape, "rectangle") || !strcmp(shape, "square") ||
	    !strcmp(shape, "note") || !strcmp(shape, "folder") || !strcmp(shape, "tab") || !strcmp(shape, "box3d") ||
	    !strcmp(shape, "component") || !strcmp(shape, "cylinder"))
		return "square";
	if (!strcmp(shape, "triangle") || !strcmp(shape, "invtriangle") || !strcmp(shape, "house") ||
	    !strcmp(shape, "invhouse"))
		return "triangle";
	if (!strcmp(shape, "diamond") || !strcmp(shape, "Mdiamond"))
		return "diamond";
	return "disc";
}

/* The node as innonet drew it: Gephi opens the file with this layout, these colours and sizes. */
static void viz(FILE *out, const struct inn_drawn_node *d)
{
	char x[64], y[64], size[64];

	if (!d->placed)
		return;
	if (d->filled || d->outlined) {
		const unsigned char *c = d->filled ? d->fill : d->line;
		fprintf(out, "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n", c[0], c[1], c[2]);
	}
	inn_fmt_double(x, sizeof(x), d->x);
	inn_fmt_double(y, sizeof(y), d->y);
	/* Gephi's size is a radius-like scale: half the drawn width, in points */
	inn_fmt_double(size, sizeof(size), d->width / 2);
	fprintf(out, "        <viz:position x=\"%s\" y=\"%s\" z=\"0\"/>\n        <viz:size value=\"%s\"/>\n"
		     "        <viz:shape value=\"%s\"/>\n", x, y, size, viz_shape(d->shape));
}

/* The link as innonet drew it: its colour, width and dashes (GEXF's edge shapes). */
static void viz_link(FILE *out, const struct inn_drawn_link *d)
{
	char w[64];

	if (!d->drawn)
		return;
	inn_fmt_double(w, sizeof(w), d->width);
	fprintf(out, "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n        <viz:thickness value=\"%s\"/>\n"
		     "        <viz:shape value=\"%s\"/>\n", d->color[0], d->color[1], d->color[2], w, d->style);
}

/* GEXF's side of the columns (write_columns.c): <attribute>s and <attvalue>s, each list written only when not empty. */
struct gexf_columns {
	struct lazy attrs, values;
	bool edges; /* declaring the edges' columns */
};

static void declare(void *arg, size_t id, const char *title, const char *type)
{
	struct gexf_columns *g = arg;

	/* a multigraph's key: NetworkX's read_gexf takes "networkx_key" as the edge key */
	attribute(&g->attrs, id, g->edges && strcmp(title, "key") == 0 ? "networkx_key" : title, type);
}

static void value_text(void *arg, size_t id, const char *text)
{
	attvalue_text(&((struct gexf_columns *)arg)->values, id, text);
}

static void value_number(void *arg, size_t id, double x)
{
	attvalue_number(&((struct gexf_columns *)arg)->values, id, x);
}

int inn_write_gexf(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	struct inn_schema ns = {0}, ls = {0};
	struct inn_schema_hit *hits = NULL; /* the free attributes of one node or link at a time */
	struct gexf_columns g = {.attrs = {.out = out, .close = "    </attributes>\n"},
				 .values = {.out = out, .open = "        <attvalues>\n", .close = "        </attvalues>\n"}};
	const struct inn_xml_sink sink = {declare, value_text, value_number, &g};
	struct inn_xml_cols nk, lk;
	int ret = -1;

	if (inn_xml_schemas(m, cols, "gexf", &ns, &ls, &hits, err) < 0)
		goto out;

	const struct inn_drawing *drawing = inn_xml_drawing(m, cols);

	inn_xml_root(out, "gexf", "http://www.gexf.net/1.2draft",
		     drawing ? "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"" : NULL,
		     "http://www.gexf.net/1.2draft/gexf.xsd", " version=\"1.2\"");
	fputs("  <meta>\n"
	      "    <creator>innonet " INN_VERSION "</creator>\n",
	      out);
	if (m->name) {
		fputs("    <description>", out);
		inn_xml_text(out, m->name, false);
		fputs("</description>\n", out);
	}
	fputs("  </meta>\n", out);
	fprintf(out, "  <graph defaultedgetype=\"%s\" mode=\"static\">\n", m->directed ? "directed" : "undirected");

	/* the label and the weight are GEXF's own, not columns */
	g.attrs.open = "    <attributes class=\"node\" mode=\"static\">\n";
	inn_xml_node_columns(m, &ns, cols, false, &sink, &nk);
	lazy_end(&g.attrs);
	g.attrs.open = "    <attributes class=\"edge\" mode=\"static\">\n";
	g.edges = true;
	inn_xml_link_columns(m, &ls, false, &sink, &lk);
	lazy_end(&g.attrs);

	fputs("    <nodes>\n", out);
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		fputs("      <node id=\"", out);
		inn_xml_text(out, n->id, true);
		/* Gephi shows every node by its label: one without gets its id, as innonet shows it */
		fputs("\" label=\"", out);
		inn_xml_text(out, inn_node_label(n), true);
		fputs("\">\n", out);
		inn_xml_node_values(m, i, &ns, hits, cols, &nk, &sink);
		lazy_end(&g.values);
		if (drawing)
			viz(out, &drawing->nodes[i]);
		fputs("      </node>\n", out);
	}
	fputs("    </nodes>\n    <edges>\n", out);
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		char num[64];
		/* GEXF requires an edge id: the link's position in the model */
		fprintf(out, "      <edge id=\"%zu\" source=\"", i);
		inn_xml_text(out, m->nodes[l->source].id, true);
		fputs("\" target=\"", out);
		inn_xml_text(out, m->nodes[l->target].id, true);
		if (l->has_weight) {
			inn_fmt_double(num, sizeof(num), inn_link_weight(m, l));
			fprintf(out, "\" weight=\"%s", num);
		}
		fputs("\">\n", out);
		inn_xml_link_values(m, i, &ls, hits, &lk, &sink);
		lazy_end(&g.values);
		if (drawing && drawing->nlinks == m->nlinks)
			viz_link(out, &drawing->links[i]);
		fputs("      </edge>\n", out);
	}
	fputs("    </edges>\n  </graph>\n</gexf>\n", out);
	ret = inn_write_check(out, "gexf", err);
out:
	free(hits);
	inn_schema_release(&ls);
	inn_schema_release(&ns);
	return ret;
}
