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

static const char *const type_names[] = {"boolean", "long", "double", "string"};

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

static void attvalue(struct lazy *z, size_t id, enum inn_coltype type, const struct inn_value *v)
{
	char buf[96];

	if (v->type == INN_VAL_NULL)
		return;
	if (type == INN_COL_LONG || type == INN_COL_DOUBLE)
		attvalue_number(z, id, v->number);
	else
		attvalue_text(z, id, inn_value_text(v, buf, sizeof(buf)));
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

/* The typed fields of nodes and links that become columns (label and weight are GEXF's own). */
enum { F_KIND, F_LABEL_ZH, F_NPROV, F_NSINCE, F_NUNTIL, F_NODE_FIELDS };
enum { F_REL, F_LPROV, F_LSINCE, F_LUNTIL, F_LINK_FIELDS };

int inn_write_gexf(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	static const char *const node_fields[] = {"kind", "label_zh", "provenance", "since", "until"};
	static const char *const node_types[] = {"string", "string", "string", "long", "long"};
	static const char *const link_fields[] = {"relation", "provenance", "since", "until"};
	static const char *const link_types[] = {"string", "string", "long", "long"};
	bool nhas[F_NODE_FIELDS] = {false}, lhas[F_LINK_FIELDS] = {false};
	size_t nid[F_NODE_FIELDS] = {0}, lid[F_LINK_FIELDS] = {0}, nfree, nmeasure, lfree, next = 0;
	struct inn_schema ns = {0}, ls = {0};
	struct inn_schema_hit *hits = NULL; /* the free attributes of one node or link at a time */
	struct lazy attrs = {.out = out, .close = "    </attributes>\n"};
	struct lazy values = {.out = out, .open = "        <attvalues>\n", .close = "        </attvalues>\n"};
	int ret = -1;

	if (inn_xml_check(m, "gexf", err) < 0 || inn_schema_nodes(&ns, m, cols, err) < 0 ||
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
		nhas[F_KIND] |= n->kind != NULL;
		nhas[F_LABEL_ZH] |= nx->label_zh != NULL;
		nhas[F_NPROV] |= nx->provenance != NULL;
		nhas[F_NSINCE] |= nx->since != INN_NO_YEAR;
		nhas[F_NUNTIL] |= nx->until != INN_NO_YEAR;
	}
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		lhas[F_REL] |= inn_link_relation(m, l) != NULL;
		lhas[F_LPROV] |= lx->provenance != NULL;
		lhas[F_LSINCE] |= lx->since != INN_NO_YEAR;
		lhas[F_LUNTIL] |= lx->until != INN_NO_YEAR;
	}

	const struct inn_drawing *drawing = cols && cols->drawing && cols->drawing->n == m->nnodes ? cols->drawing : NULL;

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" ", out);
	if (drawing)
		fputs("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" ", out);
	fputs("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	      "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
	      "version=\"1.2\">\n"
	      "  <meta>\n"
	      "    <creator>innonet " INN_VERSION "</creator>\n",
	      out);
	if (m->name) {
		fputs("    <description>", out);
		inn_xml_text(out, m->name, false);
		fputs("</description>\n", out);
	}
	fputs("  </meta>\n", out);
	fprintf(out, "  <graph defaultedgetype=\"%s\" mode=\"static\">\n", m->directed ? "directed" : "undirected");

	attrs.open = "    <attributes class=\"node\" mode=\"static\">\n";
	for (size_t f = 0; f < F_NODE_FIELDS; f++)
		if (nhas[f])
			attribute(&attrs, nid[f] = next++, node_fields[f], node_types[f]);
	nfree = next;
	for (size_t c = 0; c < ns.n; c++)
		attribute(&attrs, next++, ns.cols[c].key, type_names[ns.cols[c].type]);
	nmeasure = next;
	for (size_t c = 0; cols && c < cols->count; c++)
		attribute(&attrs, next++, cols->names[c], "double");
	lazy_end(&attrs);
	next = 0;
	attrs.open = "    <attributes class=\"edge\" mode=\"static\">\n";
	for (size_t f = 0; f < F_LINK_FIELDS; f++)
		if (lhas[f])
			attribute(&attrs, lid[f] = next++, link_fields[f], link_types[f]);
	lfree = next;
	for (size_t c = 0; c < ls.n; c++) {
		/* a multigraph's key: NetworkX's read_gexf takes "networkx_key" as the edge key */
		const char *title = strcmp(ls.cols[c].key, "key") == 0 ? "networkx_key" : ls.cols[c].key;
		attribute(&attrs, next++, title, type_names[ls.cols[c].type]);
	}
	lazy_end(&attrs);

	fputs("    <nodes>\n", out);
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		fputs("      <node id=\"", out);
		inn_xml_text(out, n->id, true);
		/* Gephi shows every node by its label: one without gets its id, as innonet shows it */
		fputs("\" label=\"", out);
		inn_xml_text(out, inn_node_label(n), true);
		fputs("\">\n", out);
		if (n->kind)
			attvalue_text(&values, nid[F_KIND], n->kind);
		if (nx->label_zh)
			attvalue_text(&values, nid[F_LABEL_ZH], nx->label_zh);
		if (nx->provenance)
			attvalue_text(&values, nid[F_NPROV], nx->provenance);
		if (nx->since)
			attvalue_number(&values, nid[F_NSINCE], nx->since);
		if (nx->until)
			attvalue_number(&values, nid[F_NUNTIL], nx->until);
		for (size_t h = 0, nh = inn_schema_hits(&ns, nx->attrs, nx->nattrs, hits); h < nh; h++)
			attvalue(&values, nfree + hits[h].col, ns.cols[hits[h].col].type, hits[h].value);
		for (size_t c = 0; cols && c < cols->count; c++)
			attvalue_number(&values, nmeasure + c, cols->values[c][i]);
		lazy_end(&values);
		if (drawing)
			viz(out, &drawing->nodes[i]);
		fputs("      </node>\n", out);
	}
	fputs("    </nodes>\n    <edges>\n", out);
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
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
		if (inn_link_relation(m, l))
			attvalue_text(&values, lid[F_REL], inn_link_relation(m, l));
		if (lx->provenance)
			attvalue_text(&values, lid[F_LPROV], lx->provenance);
		if (lx->since)
			attvalue_number(&values, lid[F_LSINCE], lx->since);
		if (lx->until)
			attvalue_number(&values, lid[F_LUNTIL], lx->until);
		for (size_t h = 0, nh = inn_schema_hits(&ls, lx->attrs, lx->nattrs, hits); h < nh; h++)
			attvalue(&values, lfree + hits[h].col, ls.cols[hits[h].col].type, hits[h].value);
		lazy_end(&values);
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
