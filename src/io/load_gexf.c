/*
 * load_gexf.c: GEXF 1.1, 1.2 and 1.3 (Gephi's format) -> typed model, through libxml2's stream
 * reader, one node or edge a small tree at a time (load_xml.c, shared with the GraphML reader,
 * load_graphml.c, so it lives in the GraphML module). Nodes, edges, typed <attributes> with their defaults, a node's or edge's start/end
 * and <spells> (the first start and the last end) as since/until, the weight and the label;
 * directed, undirected and mutual edges (see docs/formats.md). Elements are matched by local
 * name, so any GEXF namespace (or none) reads. viz: elements, hierarchies (pid) and
 * dynamic attribute values other than the first are not read.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "load_internal.h"
#include "load_xml.h"
#include "load_text.h"

enum atype { T_STRING, T_NUMBER, T_BOOL };

struct column {
	const char *id, *title; /* borrowed from the document */
	enum atype type;
	const char *fallback;   /* <default>, borrowed; NULL when none */
};

struct table {
	struct column *v; /* owned */
	size_t n;
};

struct ctx {
	struct inn_xml x;      /* the origin, the error, the texts (the columns' are kept to the end) */
	struct inn_model *m;   /* being built */
	struct table nodes, edges;
	struct inn_attr_list rest;
	bool *seen;            /* owned: per column of the node or edge being read, whether it has a value */
};

static enum atype atype_of(const char *t)
{
	if (!t)
		return T_STRING;
	if (!strcmp(t, "integer") || !strcmp(t, "long") || !strcmp(t, "double") || !strcmp(t, "float") ||
	    !strcmp(t, "short") || !strcmp(t, "byte") || !strcmp(t, "bigdecimal") || !strcmp(t, "biginteger"))
		return T_NUMBER;
	return !strcmp(t, "boolean") ? T_BOOL : T_STRING;
}

/*
 * The columns one <attributes> declares (none for the graph's: innonet keeps none from GEXF);
 * the line of the first <attribute> without an id goes to *noid, reported once the whole file is
 * known to be well-formed.
 */
static int read_columns(struct ctx *c, const xmlNode *a, long *noid)
{
	const char *cls = inn_xml_prop(&c->x, a, "class");
	struct table *t = cls && !strcmp(cls, "edge") ? &c->edges : cls && !strcmp(cls, "node") ? &c->nodes : NULL;

	for (const xmlNode *k = t ? a->children : NULL; k; k = k->next) {
		if (!inn_xml_named(k, "attribute"))
			continue;
		const char *id = inn_xml_prop(&c->x, k, "id"), *title = inn_xml_prop(&c->x, k, "title");
		if (!id) {
			if (!*noid)
				*noid = xmlGetLineNo(k);
			continue;
		}
		struct column *v = realloc(t->v, (t->n + 1) * sizeof(*v));
		if (!v)
			return inn_xml_oom(&c->x);
		t->v = v;
		const xmlNode *d = inn_xml_child(k, "default");
		const char *fallback = d ? inn_xml_keep(&c->x, xmlNodeGetContent(d)) : NULL;
		t->v[t->n++] = (struct column){id, title && *title ? title : id, atype_of(inn_xml_prop(&c->x, k, "type")), fallback};
	}
	c->x.kept = c->x.ntexts;
	return 0;
}

/* Text of a column as a typed value; false (err filled) when a number or boolean is not one. */
static int typed(struct ctx *c, const xmlNode *at, const struct column *col, const char *text, struct inn_value *v)
{
	size_t len = strlen(text);

	memset(v, 0, sizeof(*v));
	if (col->type == T_NUMBER) {
		v->type = INN_VAL_NUMBER;
		if (!len) {
			v->type = INN_VAL_NULL;
		} else if (!inn_load_number(text, len, &v->number)) {
			/* Java writes 1.0E-4, which JSON reads too; anything else is an error */
			char *end;
			v->number = strtod(text, &end);
			if (*end || !isfinite(v->number))
				return inn_xml_fail(&c->x, at, "'%.60s' must be a number, not '%.40s'", col->title, text);
		}
	} else if (col->type == T_BOOL) {
		v->type = INN_VAL_BOOL;
		if (!strcmp(text, "true") || !strcmp(text, "1"))
			v->boolean = true;
		else if (strcmp(text, "false") && strcmp(text, "0"))
			return inn_xml_fail(&c->x, at, "'%.60s' must be true or false, not '%.40s'", col->title, text);
	} else {
		v->type = len ? INN_VAL_STRING : INN_VAL_NULL;
		v->text = text;
		if (text[0] == '{' && inn_load_bound(text, len, &v->bound, &v->number))
			v->type = INN_VAL_NUMBER;
	}
	return 0;
}

/* A GEXF time ("2012", "2012.0", "2012-08-16") as a year; false when it is none. */
static bool year_of(const char *s, int *year)
{
	char *end;
	double x = strtod(s, &end);

	if (end == s || !isfinite(x))
		return false;
	if (*end == '-' && end - s == 4) /* a date: its year */
		x = (double)strtol(s, NULL, 10);
	else if (*end)
		return false;
	if (x != floor(x) || x == 0 || x < -9999 || x > 9999)
		return false;
	*year = (int)x;
	return true;
}

/* since/until from start and end, or from the first and last <spell>. */
static int read_years(struct ctx *c, const xmlNode *n, int *since, int *until)
{
	const char *start = inn_xml_prop(&c->x, n, "start"), *end = inn_xml_prop(&c->x, n, "end");
	const xmlNode *spells = inn_xml_child(n, "spells");

	if (!start)
		start = inn_xml_prop(&c->x, n, "startopen");
	if (!end)
		end = inn_xml_prop(&c->x, n, "endopen");
	bool first = true;
	for (const xmlNode *k = spells ? spells->children : NULL; k; k = k->next) {
		if (!inn_xml_named(k, "spell"))
			continue;
		const char *s = inn_xml_prop(&c->x, k, "start"), *e = inn_xml_prop(&c->x, k, "end");
		if (s && (!start || first))
			start = s;
		first = false;
		if (e)
			end = e;
	}
	if (start && !year_of(start, since))
		return inn_xml_fail(&c->x, n, "start '%.40s' is not a year or a date", start);
	if (end && !year_of(end, until))
		return inn_xml_fail(&c->x, n, "end '%.40s' is not a year or a date", end);
	return 0;
}

static const struct column *find_column(const struct table *t, const char *id)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].id, id))
			return &t->v[i];
	return NULL;
}

/* The attvalues of n and the defaults of columns it has no value for, through field(). */
static int read_values(struct ctx *c, const xmlNode *n, const struct table *t,
		       int (*field)(struct ctx *, const char *, const struct inn_value *, void *), void *arg)
{
	const xmlNode *values = inn_xml_child(n, "attvalues");
	bool *seen = c->seen;

	for (const xmlNode *k = values ? values->children : NULL; k; k = k->next) {
		if (!inn_xml_named(k, "attvalue"))
			continue;
		const char *id = inn_xml_prop(&c->x, k, "for"), *text = inn_xml_prop(&c->x, k, "value");
		if (!id)
			id = inn_xml_prop(&c->x, k, "id"); /* GEXF 1.1 */
		const struct column *col = id ? find_column(t, id) : NULL;
		struct inn_value v;
		if (!col)
			return inn_xml_fail(&c->x, k, "<attvalue> for an undeclared attribute '%.60s'", id ? id : "");
		if (!text)
			continue;
		size_t i = (size_t)(col - t->v);
		if (seen[i])
			continue; /* a dynamic attribute: its first value */
		seen[i] = true;
		if (typed(c, k, col, text, &v) < 0)
			return -1;
		if (v.type != INN_VAL_NULL && field(c, col->title, &v, arg) < 0)
			return -1;
	}
	for (size_t i = 0; i < t->n; i++) {
		struct inn_value v;
		bool had = seen[i];
		seen[i] = false; /* ready for the next node or edge */
		if (had || !t->v[i].fallback)
			continue;
		if (typed(c, n, &t->v[i], t->v[i].fallback, &v) < 0)
			return -1;
		if (v.type != INN_VAL_NULL && field(c, t->v[i].title, &v, arg) < 0)
			return -1;
	}
	return 0;
}

static int node_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct inn_xml_node *t = arg;

	return inn_load_node_field(c->m, t->n, t->x, key, v, &c->rest, t->where, c->x.err);
}

static int read_node(struct ctx *c, const xmlNode *k)
{
	const char *id = inn_xml_prop(&c->x, k, "id"), *label = inn_xml_prop(&c->x, k, "label");
	char where[200];
	size_t at;

	if (inn_xml_add_node(&c->x, c->m, k, id, &at) < 0)
		return -1;
	struct inn_node_more x = inn_no_node_more;
	struct inn_xml_node t = {&c->m->nodes[at], &x, where};
	snprintf(where, sizeof(where), "%s:%ld: node '%.60s'", c->x.origin, xmlGetLineNo(k), id);
	/* innonet and Gephi give every node a label, its id when it has none: that is no label */
	if (label && *label && strcmp(label, id) != 0) {
		struct inn_value v = {.type = INN_VAL_STRING, .text = label};
		if (node_field(c, "label", &v, &t) < 0)
			return -1;
	}
	if (read_years(c, k, &x.since, &x.until) < 0 || read_values(c, k, &c->nodes, node_field, &t) < 0 ||
	    inn_load_node_end(c->m, at, &x, &c->rest, where, c->x.origin, c->x.err) < 0)
		return -1;
	return 0;
}

static int link_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct inn_xml_link *t = arg;

	/* innonet writes a multigraph's key as networkx_key, the column NetworkX reads it from */
	if (!strcmp(key, "networkx_key"))
		key = "key";
	return inn_load_link_field(c->m, t->l, t->x, key, v, &c->rest, t->where, c->x.err);
}

/* The effective type of edge e: its own, else the graph's default. */
static const char *edge_type(struct ctx *c, const xmlNode *e, const char *fallback)
{
	const char *t = inn_xml_prop(&c->x, e, "type");

	return t ? t : fallback;
}

/* One <edge>: a link, or two arcs for an undirected or mutual edge in a directed model. */
static int read_edge(struct ctx *c, const xmlNode *k, const char *fallback)
{
	const char *src = inn_xml_prop(&c->x, k, "source"), *tgt = inn_xml_prop(&c->x, k, "target");
	const char *type = edge_type(c, k, fallback);
	const char *weight = inn_xml_prop(&c->x, k, "weight"), *label = inn_xml_prop(&c->x, k, "label");
	char where[300];
	size_t s, t;

	if (!src || !tgt)
		return inn_xml_fail(&c->x, k, "an edge has no %s", src ? "target" : "source");
	if (!inn_model_find(c->m, src, &s) || !inn_model_find(c->m, tgt, &t))
		return inn_xml_fail(&c->x, k, "edge %s '%.200s' is not a node",
				    inn_model_find(c->m, src, &s) ? "target" : "source", inn_model_find(c->m, src, &s) ? tgt : src);
	if (strcmp(type, "directed") && strcmp(type, "undirected") && strcmp(type, "mutual"))
		return inn_xml_fail(&c->x, k, "edge type '%.40s' (expected directed, undirected or mutual)", type);
	bool both = c->m->directed && strcmp(type, "directed") != 0;
	for (int twice = 0; twice < (both ? 2 : 1); twice++) {
		uint32_t a = (uint32_t)(twice ? t : s), b = (uint32_t)(twice ? s : t);
		struct inn_link *l = inn_model_add_link(c->m, a, b);
		struct inn_link_more x = inn_no_link_more;
		struct inn_xml_link lt = {l, &x, where};
		if (!l)
			return inn_xml_oom(&c->x);
		snprintf(where, sizeof(where), "%s:%ld: edge '%.60s' %s '%.60s'", c->x.origin, xmlGetLineNo(k),
			 c->m->nodes[a].id, c->m->directed ? "->" : "--", c->m->nodes[b].id);
		if (weight) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = weight};
			if (!*weight || link_field(c, "weight", &v, &lt) < 0)
				return *weight ? -1 : inn_xml_fail(&c->x, k, "empty weight");
		}
		if (label && *label) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = label};
			if (link_field(c, "label", &v, &lt) < 0)
				return -1;
		}
		if (read_years(c, k, &x.since, &x.until) < 0 || read_values(c, k, &c->edges, link_field, &lt) < 0 ||
		    inn_load_link_end(c->m, c->m->nlinks - 1, &x, &c->rest, where, c->x.origin, c->x.err) < 0)
			return -1;
	}
	return 0;
}

/*
 * The state of the passes over the document (walk()). The file is read as a stream, one
 * <node>, <edge> or <attributes> a small tree at a time; two or three parses cost less than a tree
 * of the whole file, which takes some 16 times its size.
 *
 * 1. the whole file is parsed (so that a file that is not well-formed is refused before anything
 *    else is said of it, as a parse of the whole tree did), the root, the <meta> description, the
 *    <attributes> of the first <graph>, its default edge type, and whether any edge is directed;
 * 2. the <node>s of the first <nodes>, then the <edge>s of the first <edges> when they come after;
 * 3. only when the <edges> come first: the edges.
 */
struct pass {
	int number;                /* 1, 2 or 3 */
	struct ctx *c;             /* borrowed: the reader */
	int depth;                 /* 0 outside the first <graph>, 1 in it, 2 in its first <nodes> or <edges> */
	enum { IN_NONE, IN_NODES, IN_EDGES } in;
	bool had_graph, had_nodes, had_edges; /* the first of each was seen (this pass) */
	bool nodes_closed;         /* the first <nodes> has ended (this pass) */
	bool edges_later;          /* the first <edges> begins after the first <nodes> ends, or there are no <nodes> */
	bool bad_root;             /* pass 1: the root element is not <gexf> */
	long root_line, noid;      /* pass 1: the root's line; the first <attribute> without id's, or 0 */
	const char *fallback;      /* the default edge type, kept to the end */
	const char *description;   /* pass 1: the first <meta>'s <description>, kept to the end; NULL when none */
};

/* Pass 1 on an element of the first <graph> (depth 2) or of its <edges> (depth 3). */
static int start_pass1(struct pass *p, xmlTextReaderPtr r, int depth, const char *name)
{
	struct ctx *c = p->c;

	if (depth == 2 && !strcmp(name, "attributes")) {
		const xmlNode *a = xmlTextReaderExpand(r);
		return !a ? INN_XML_BROKEN : read_columns(c, a, &p->noid) < 0 ? -1 : INN_XML_SKIP;
	}
	if (depth == 3 && p->in == IN_EDGES && !strcmp(name, "edge")) {
		const xmlNode *e = xmlTextReaderExpand(r);
		if (!e)
			return INN_XML_BROKEN;
		/* one directed edge makes the model directed; undirected and mutual edges are then two arcs */
		if (!strcmp(edge_type(c, e, p->fallback), "directed"))
			c->m->directed = true;
	}
	return INN_XML_SKIP;
}

/* An element of the stream (see struct pass). */
static int start(void *arg, xmlTextReaderPtr r, int depth, const char *name)
{
	struct pass *p = arg;
	struct ctx *c = p->c;

	if (depth == 0) {
		p->root_line = xmlGetLineNo(xmlTextReaderCurrentNode(r));
		p->bad_root = strcmp(name, "gexf") != 0;
		/* a wrong root is said once the file is known to be well-formed: its elements are only parsed */
		return p->bad_root ? INN_XML_SKIP : INN_XML_DESCEND;
	}
	if (depth == 1 && p->number == 1 && !strcmp(name, "meta") && !p->description) {
		const xmlNode *meta = xmlTextReaderExpand(r), *desc = inn_xml_child(meta, "description");
		if (!meta)
			return INN_XML_BROKEN;
		if (desc && !(p->description = inn_xml_keep(&c->x, xmlNodeGetContent(desc))))
			return inn_xml_oom(&c->x);
		c->x.kept = c->x.ntexts;
		p->description = p->description ? p->description : ""; /* the first <meta> only */
		return INN_XML_SKIP;
	}
	if (depth == 1 && !strcmp(name, "graph") && !p->had_graph) {
		p->had_graph = true;
		p->depth = 1;
		if (p->number == 1) {
			if (!(p->fallback = inn_xml_prop(&c->x, xmlTextReaderCurrentNode(r), "defaultedgetype")))
				p->fallback = "undirected";
			c->x.kept = c->x.ntexts; /* the default type stays to the end */
		}
		return INN_XML_DESCEND;
	}
	if (depth == 2 && p->depth == 1 && !strcmp(name, "nodes") && !p->had_nodes) {
		p->had_nodes = true;
		if (p->number != 2) {
			p->nodes_closed = true; /* skipped whole */
			return INN_XML_SKIP;
		}
		p->in = IN_NODES;
		p->depth = 2;
		return INN_XML_DESCEND;
	}
	if (depth == 2 && p->depth == 1 && !strcmp(name, "edges") && !p->had_edges) {
		p->had_edges = true;
		if (p->number == 1)
			p->edges_later = p->nodes_closed;
		bool wanted = p->number != 2 || p->edges_later;
		p->in = wanted ? IN_EDGES : IN_NONE;
		p->depth = wanted ? 2 : 1;
		return wanted ? INN_XML_DESCEND : INN_XML_SKIP;
	}
	if (p->number == 1)
		return p->depth ? start_pass1(p, r, depth, name) : INN_XML_SKIP;
	if (depth != 3 || p->in == IN_NONE || strcmp(name, p->in == IN_NODES ? "node" : "edge") != 0)
		return INN_XML_SKIP;
	const xmlNode *el = xmlTextReaderExpand(r);
	if (!el)
		return INN_XML_BROKEN;
	if ((p->in == IN_NODES ? read_node(c, el) : read_edge(c, el, p->fallback)) < 0)
		return -1;
	return INN_XML_SKIP;
}

static void end(void *arg, int depth, const char *name)
{
	struct pass *p = arg;

	if (depth == 2 && p->depth == 2) {
		p->nodes_closed |= p->in == IN_NODES;
		p->in = IN_NONE;
		p->depth = 1;
	} else if (depth == 1 && p->depth == 1 && !strcmp(name, "graph")) {
		p->depth = 0;
	}
}

/* One pass over the document (p->number says which). */
static int walk(struct ctx *c, struct pass *p, const char *buf, size_t len)
{
	const struct inn_xml_walk w = {start, end, p};

	p->depth = 0;
	p->in = IN_NONE;
	p->had_graph = p->had_nodes = p->had_edges = p->nodes_closed = false;
	return inn_xml_walk(&c->x, buf, len, &w);
}

/* After pass 1: what the whole tree's reading said first, in its order. */
static int check_pass1(struct ctx *c, struct pass *p)
{
	const char *d = p->description;

	if (p->bad_root)
		return inn_error_set(c->x.err, INN_EINPUT, "%s: invalid GEXF: the root element is not <gexf>", c->x.origin);
	if (!p->had_graph)
		return inn_error_set(c->x.err, INN_EINPUT, "%s:%ld: invalid GEXF: no <graph> element", c->x.origin, p->root_line);
	if (d && *d && inn_text_set_name(c->m, d, strlen(d), c->x.origin, c->x.err) < 0)
		return -1;
	if (p->noid)
		return inn_error_set(c->x.err, INN_EINPUT, "%s:%ld: invalid GEXF: an <attribute> has no id", c->x.origin,
				     p->noid);
	size_t most = c->nodes.n > c->edges.n ? c->nodes.n : c->edges.n;
	if (!(c->seen = calloc(most ? most : 1, sizeof(*c->seen))))
		return inn_xml_oom(&c->x);
	return 0;
}

struct inn_model *inn_load_gexf(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.x = {.origin = origin, .format = "GEXF", .err = err, .last_error = true}};
	struct pass p = {.c = &c};
	int rc = -1;

	if (inn_xml_check_size(&c.x, len) < 0)
		return NULL;
	if (!(c.m = inn_model_new(origin))) {
		inn_xml_oom(&c.x);
		goto out;
	}
	p.number = 1;
	if (walk(&c, &p, buf, len) < 0 || check_pass1(&c, &p) < 0)
		goto out;
	p.edges_later |= !p.had_nodes; /* no nodes: the edges fail in pass 2 as well as later */
	p.number = 2;
	if (walk(&c, &p, buf, len) < 0)
		goto out;
	p.number = 3;
	if (p.had_edges && !p.edges_later && walk(&c, &p, buf, len) < 0)
		goto out;
	rc = inn_load_multigraph(c.m, origin, err);
out:
	inn_xml_free(&c.x);
	free(c.seen);
	free(c.nodes.v);
	free(c.edges.v);
	inn_attr_list_release(&c.rest);
	return inn_load_end(c.m, rc);
}
