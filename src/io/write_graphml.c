/*
 * write_graphml.c: the model as GraphML, as NetworkX's read_graphml, igraph, Gephi, Cytoscape
 * and yEd read it. Every field becomes a typed <key>; node measures are "double" keys.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/text.h"
#include "write_internal.h"

static const char *const type_names[] = {"boolean", "long", "double", "string"};

static void key_line(FILE *out, char domain, size_t i, const char *name, const char *type)
{
	fprintf(out, "  <key id=\"%c%zu\" for=\"%s\" attr.name=\"", domain, i,
		domain == 'g' ? "graph" : domain == 'n' ? "node" : "edge");
	inn_xml_text(out, name, true);
	fprintf(out, "\" attr.type=\"%s\"/>\n", type);
}

static void data_text(FILE *out, const char *indent, char domain, size_t key, const char *text)
{
	fprintf(out, "%s<data key=\"%c%zu\">", indent, domain, key);
	inn_xml_text(out, text, false);
	fputs("</data>\n", out);
}

static void data_number(FILE *out, const char *indent, char domain, size_t key, double x)
{
	char num[64];

	if (isnan(x))
		return; /* absent */
	inn_fmt_double(num, sizeof(num), x);
	fprintf(out, "%s<data key=\"%c%zu\">%s</data>\n", indent, domain, key, num);
}

/* yEd's shape for a Graphviz shape: the same where yEd has it, else the nearest. */
static const char *yed_shape(const struct inn_drawn_node *d)
{
	static const struct {
		const char *graphviz, *yed;
	} shapes[] = {
		{"box", "rectangle"},   {"rect", "rectangle"},     {"rectangle", "rectangle"}, {"square", "rectangle"},
		{"note", "rectangle"},  {"folder", "rectangle"},   {"tab", "rectangle"},       {"box3d", "rectangle3d"},
		{"hexagon", "hexagon"}, {"octagon", "octagon"},    {"diamond", "diamond"},     {"triangle", "triangle"},
		{"house", "triangle"},  {"trapezium", "trapezoid"}, {"parallelogram", "parallelogram"},
		{"cylinder", "rectangle3d"},
	};

	for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
		if (strcmp(d->shape, shapes[i].graphviz) == 0)
			return d->rounded && strcmp(shapes[i].yed, "rectangle") == 0 ? "roundrectangle" : shapes[i].yed;
	return "ellipse";
}

/*
 * The node as innonet drew it, as yEd's ShapeNode: yEd opens the file with this layout, these
 * colours, sizes and shapes. yEd's y axis points down and its x, y are the top left corner.
 */
static void yed_node(FILE *out, const struct inn_drawn_node *d, const char *label)
{
	char x[64], y[64], w[64], h[64];

	if (!d->placed)
		return;
	inn_fmt_double(x, sizeof(x), d->x - d->width / 2);
	inn_fmt_double(y, sizeof(y), -d->y - d->height / 2);
	inn_fmt_double(w, sizeof(w), d->width);
	inn_fmt_double(h, sizeof(h), d->height);
	fprintf(out, "      <data key=\"ng\"><y:ShapeNode><y:Geometry x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>", x, y, w, h);
	if (d->filled)
		fprintf(out, "<y:Fill color=\"#%02X%02X%02X\" transparent=\"false\"/>", d->fill[0], d->fill[1], d->fill[2]);
	else
		fputs("<y:Fill hasColor=\"false\" transparent=\"true\"/>", out);
	if (d->outlined)
		fprintf(out, "<y:BorderStyle color=\"#%02X%02X%02X\" type=\"line\" width=\"1.0\"/>", d->line[0], d->line[1],
			d->line[2]);
	fputs("<y:NodeLabel>", out);
	inn_xml_text(out, label, false);
	fprintf(out, "</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n", yed_shape(d));
}

/* The link as innonet drew it, as yEd's PolyLineEdge: colour, width, dashes and arrowheads. */
static void yed_edge(FILE *out, const struct inn_drawn_link *d)
{
	char w[64];

	if (!d->drawn)
		return;
	inn_fmt_double(w, sizeof(w), d->width);
	fprintf(out, "      <data key=\"eg\"><y:PolyLineEdge><y:LineStyle color=\"#%02X%02X%02X\" type=\"%s\" width=\"%s\"/>"
		     "<y:Arrows source=\"%s\" target=\"%s\"/></y:PolyLineEdge></data>\n", d->color[0], d->color[1], d->color[2],
		!strcmp(d->style, "solid") ? "line" : d->style, w, d->arrow_tail ? "standard" : "none",
		d->arrow_head ? "standard" : "none");
}

/* GraphML's side of the columns (write_columns.c): <key>s and <data>, for nodes ('n') or edges ('e'). */
struct graphml_columns {
	FILE *out;
	char domain;
};

static void declare(void *arg, size_t key, const char *name, const char *type)
{
	struct graphml_columns *g = arg;

	key_line(g->out, g->domain, key, name, type);
}

static void value_text(void *arg, size_t key, const char *text)
{
	struct graphml_columns *g = arg;

	data_text(g->out, "      ", g->domain, key, text);
}

static void value_number(void *arg, size_t key, double x)
{
	struct graphml_columns *g = arg;

	data_number(g->out, "      ", g->domain, key, x);
}

int inn_write_graphml(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	struct inn_schema ns = {0}, ls = {0};
	struct inn_schema_hit *hits = NULL; /* the free attributes of one node or link at a time */
	struct graphml_columns g = {out, 'n'};
	const struct inn_xml_sink sink = {declare, value_text, value_number, &g};
	struct inn_xml_cols nk, lk;
	char buf[96];
	int ret = -1;

	if (inn_xml_schemas(m, cols, "graphml", &ns, &ls, &hits, err) < 0)
		goto out;

	const struct inn_drawing *drawing = inn_xml_drawing(m, cols);

	inn_xml_root(out, "graphml", "http://graphml.graphdrawing.org/xmlns",
		     drawing ? "xmlns:y=\"http://www.yworks.com/xml/graphml\"" : NULL,
		     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd", "");
	/* keys: the graph's own attributes, then the nodes', then the links' */
	for (uint32_t i = 0; i < m->ngraph_attrs; i++)
		if (m->graph_attrs[i].value.type != INN_VAL_NULL)
			key_line(out, 'g', i, m->graph_attrs[i].key, type_names[inn_coltype_of(&m->graph_attrs[i].value)]);
	inn_xml_node_columns(m, &ns, cols, true, &sink, &nk);
	g.domain = 'e';
	inn_xml_link_columns(m, &ls, true, &sink, &lk);
	/* yEd's node graphics: no attr.name, so igraph (and innonet through it) leave it out */
	if (drawing)
		fputs("  <key id=\"ng\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
		      "  <key id=\"eg\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n", out);

	fprintf(out, "  <graph id=\"G\" edgedefault=\"%s\">\n", m->directed ? "directed" : "undirected");
	for (uint32_t i = 0; i < m->ngraph_attrs; i++) {
		const struct inn_value *v = &m->graph_attrs[i].value;
		if (v->type == INN_VAL_NULL)
			continue;
		if (v->type == INN_VAL_NUMBER && v->bound == INN_BOUND_EXACT)
			data_number(out, "    ", 'g', i, v->number);
		else
			data_text(out, "    ", 'g', i, inn_value_text(v, buf, sizeof(buf)));
	}
	g.domain = 'n';
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		fputs("    <node id=\"", out);
		inn_xml_text(out, n->id, true);
		fputs("\">\n", out);
		inn_xml_node_values(m, i, &ns, hits, cols, &nk, &sink);
		if (drawing)
			yed_node(out, &drawing->nodes[i], inn_node_label(n));
		fputs("    </node>\n", out);
	}
	g.domain = 'e';
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		fputs("    <edge source=\"", out);
		inn_xml_text(out, m->nodes[l->source].id, true);
		fputs("\" target=\"", out);
		inn_xml_text(out, m->nodes[l->target].id, true);
		fputs("\">\n", out);
		inn_xml_link_values(m, i, &ls, hits, &lk, &sink);
		if (drawing && drawing->nlinks == m->nlinks)
			yed_edge(out, &drawing->links[i]);
		fputs("    </edge>\n", out);
	}
	fputs("  </graph>\n</graphml>\n", out);
	ret = inn_write_check(out, "graphml", err);
out:
	free(hits);
	inn_schema_release(&ls);
	inn_schema_release(&ns);
	return ret;
}
