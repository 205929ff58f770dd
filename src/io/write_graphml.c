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

/* The key of a typed field, declared only when some node (link) has the field: its index. */
static size_t typed_key(FILE *out, char domain, size_t *next, bool present, const char *name, const char *type)
{
	if (!present)
		return 0;
	key_line(out, domain, *next, name, type);
	return (*next)++;
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

/* A free attribute in its column's type: numbers and booleans as such, anything else as text. */
static void data_value(FILE *out, char domain, size_t key, enum inn_coltype type, const struct inn_value *v)
{
	char buf[96];

	if (v->type == INN_VAL_NULL)
		return;
	if (type == INN_COL_LONG || type == INN_COL_DOUBLE)
		data_number(out, "      ", domain, key, v->number);
	else
		data_text(out, "      ", domain, key, inn_value_text(v, buf, sizeof(buf)));
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

/* Which of the typed fields any node (link) has: only those get a key. */
struct present {
	bool kind, label, label_zh, provenance, since, until, relation, weight;
};

int inn_write_graphml(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	struct inn_schema ns = {0}, ls = {0};
	struct inn_schema_hit *hits = NULL; /* the free attributes of one node or link at a time */
	struct present p = {0};
	size_t nk = 0, ek = 0;
	size_t k_kind = 0, k_label = 0, k_label_zh = 0, k_nprov = 0, k_nsince = 0, k_nuntil = 0, k_free = 0,
	       k_measures = 0, k_rel = 0, k_weight = 0, k_lprov = 0, k_lsince = 0, k_luntil = 0, k_lfree = 0;
	char buf[96];
	int ret = -1;

	if (inn_xml_check(m, "graphml", err) < 0 || inn_schema_nodes(&ns, m, cols, err) < 0 ||
	    inn_schema_links(&ls, m, err) < 0)
		goto out;
	uint32_t most = inn_schema_max_attrs(m, true), lmost = inn_schema_max_attrs(m, false);
	if (!(hits = malloc(((size_t)(most > lmost ? most : lmost) + 1) * sizeof(*hits)))) {
		inn_error_set(err, INN_EFAIL, "out of memory while writing");
		goto out;
	}
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		p.kind |= n->kind != NULL;
		p.label |= n->label != NULL;
		p.label_zh |= nx->label_zh != NULL;
		p.provenance |= nx->provenance != NULL;
		p.since |= nx->since != INN_NO_YEAR;
		p.until |= nx->until != INN_NO_YEAR;
	}
	struct present lp = {0};
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		lp.relation |= inn_link_relation(m, l) != NULL;
		lp.weight |= l->has_weight;
		lp.provenance |= lx->provenance != NULL;
		lp.since |= lx->since != INN_NO_YEAR;
		lp.until |= lx->until != INN_NO_YEAR;
	}

	const struct inn_drawing *drawing = cols && cols->drawing && cols->drawing->n == m->nnodes ? cols->drawing : NULL;

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ", out);
	if (drawing)
		fputs("xmlns:y=\"http://www.yworks.com/xml/graphml\" ", out);
	fputs("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
	      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
	      out);
	/* keys: the graph's own attributes, then the nodes', then the links' */
	for (uint32_t i = 0; i < m->ngraph_attrs; i++)
		if (m->graph_attrs[i].value.type != INN_VAL_NULL)
			key_line(out, 'g', i, m->graph_attrs[i].key, type_names[inn_coltype_of(&m->graph_attrs[i].value)]);
	k_kind = typed_key(out, 'n', &nk, p.kind, "kind", "string");
	k_label = typed_key(out, 'n', &nk, p.label, "label", "string");
	k_label_zh = typed_key(out, 'n', &nk, p.label_zh, "label_zh", "string");
	k_nprov = typed_key(out, 'n', &nk, p.provenance, "provenance", "string");
	k_nsince = typed_key(out, 'n', &nk, p.since, "since", "long");
	k_nuntil = typed_key(out, 'n', &nk, p.until, "until", "long");
	k_free = nk;
	for (size_t i = 0; i < ns.n; i++, nk++)
		key_line(out, 'n', nk, ns.cols[i].key, type_names[ns.cols[i].type]);
	k_measures = nk;
	for (size_t i = 0; cols && i < cols->count; i++, nk++)
		key_line(out, 'n', nk, cols->names[i], "double");
	k_rel = typed_key(out, 'e', &ek, lp.relation, "relation", "string");
	k_weight = typed_key(out, 'e', &ek, lp.weight, "weight", "double");
	k_lprov = typed_key(out, 'e', &ek, lp.provenance, "provenance", "string");
	k_lsince = typed_key(out, 'e', &ek, lp.since, "since", "long");
	k_luntil = typed_key(out, 'e', &ek, lp.until, "until", "long");
	k_lfree = ek;
	for (size_t i = 0; i < ls.n; i++, ek++)
		key_line(out, 'e', ek, ls.cols[i].key, type_names[ls.cols[i].type]);
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
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		fputs("    <node id=\"", out);
		inn_xml_text(out, n->id, true);
		fputs("\">\n", out);
		if (n->kind)
			data_text(out, "      ", 'n', k_kind, n->kind);
		if (n->label)
			data_text(out, "      ", 'n', k_label, n->label);
		if (nx->label_zh)
			data_text(out, "      ", 'n', k_label_zh, nx->label_zh);
		if (nx->provenance)
			data_text(out, "      ", 'n', k_nprov, nx->provenance);
		if (nx->since)
			data_number(out, "      ", 'n', k_nsince, nx->since);
		if (nx->until)
			data_number(out, "      ", 'n', k_nuntil, nx->until);
		for (size_t h = 0, nh = inn_schema_hits(&ns, nx->attrs, nx->nattrs, hits); h < nh; h++)
			data_value(out, 'n', k_free + hits[h].col, ns.cols[hits[h].col].type, hits[h].value);
		for (size_t c = 0; cols && c < cols->count; c++)
			data_number(out, "      ", 'n', k_measures + c, cols->values[c][i]);
		if (drawing)
			yed_node(out, &drawing->nodes[i], inn_node_label(n));
		fputs("    </node>\n", out);
	}
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		fputs("    <edge source=\"", out);
		inn_xml_text(out, m->nodes[l->source].id, true);
		fputs("\" target=\"", out);
		inn_xml_text(out, m->nodes[l->target].id, true);
		fputs("\">\n", out);
		if (inn_link_relation(m, l))
			data_text(out, "      ", 'e', k_rel, inn_link_relation(m, l));
		if (l->has_weight)
			data_number(out, "      ", 'e', k_weight, inn_link_weight(m, l));
		if (lx->provenance)
			data_text(out, "      ", 'e', k_lprov, lx->provenance);
		if (lx->since)
			data_number(out, "      ", 'e', k_lsince, lx->since);
		if (lx->until)
			data_number(out, "      ", 'e', k_luntil, lx->until);
		for (size_t h = 0, nh = inn_schema_hits(&ls, lx->attrs, lx->nattrs, hits); h < nh; h++)
			data_value(out, 'e', k_lfree + hits[h].col, ls.cols[hits[h].col].type, hits[h].value);
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
