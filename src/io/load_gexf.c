/*
 * load_gexf.c: GEXF 1.1, 1.2 and 1.3 (Gephi's format) -> typed model, through libxml2's tree
 * reader (the library the GraphML reader, load_graphml.c, is written on too, so it lives in the GraphML
 * module). Nodes, edges, typed <attributes> with their defaults, a node's or edge's start/end
 * and <spells> (the first start and the last end) as since/until, the weight and the label;
 * directed, undirected and mutual edges (see docs/formats.md). Elements are matched by local
 * name, so any GEXF namespace (or none) reads. viz: elements, hierarchies (pid) and
 * dynamic attribute values other than the first are not read.
 */
#include "innonet/load.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "load_internal.h"
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
	const char *origin;    /* borrowed */
	struct inn_model *m;   /* being built */
	struct inn_error *err; /* borrowed */
	struct table nodes, edges;
	struct inn_attr_list rest;
	xmlChar **texts;       /* owned: attribute values kept until the node's fields are stored */
	size_t ntexts, texts_cap;
	size_t kept;           /* texts[0 .. kept) are the columns': kept to the end of the read */
	bool *seen;            /* owned: per column of the node or edge being read, whether it has a value */
};

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

__attribute__((format(printf, 3, 4))) static int fail(struct ctx *c, const xmlNode *at, const char *fmt, ...)
{
	char msg[700];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return inn_error_set(c->err, INN_EINPUT, "%s:%ld: %s", c->origin, at ? xmlGetLineNo(at) : 0L, msg);
}

static bool named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
	for (const xmlNode *k = n ? n->children : NULL; k; k = k->next)
		if (named(k, name))
			return k;
	return NULL;
}

/* Keep text v (libxml2's) until release_texts(); NULL (v freed) when out of memory. */
static const char *keep(struct ctx *c, xmlChar *v)
{
	if (!v)
		return NULL;
	if (c->ntexts == c->texts_cap) {
		size_t cap = c->texts_cap ? c->texts_cap * 2 : 64;
		xmlChar **t = realloc(c->texts, cap * sizeof(*t));
		if (!t) {
			xmlFree(v);
			return NULL;
		}
		c->texts = t;
		c->texts_cap = cap;
	}
	c->texts[c->ntexts++] = v;
	return (const char *)v;
}

/* An attribute's value, kept until release_texts(); NULL when absent (or out of memory). */
static const char *prop(struct ctx *c, const xmlNode *n, const char *name)
{
	return keep(c, xmlGetProp((xmlNode *)n, (const xmlChar *)name));
}

/* Free the texts of the last node or edge (all of them once c->kept is 0). */
static void release_texts(struct ctx *c)
{
	for (size_t i = c->kept; i < c->ntexts; i++)
		xmlFree(c->texts[i]);
	c->ntexts = c->kept;
}

static enum atype atype_of(const char *t)
{
	if (!t)
		return T_STRING;
	if (!strcmp(t, "integer") || !strcmp(t, "long") || !strcmp(t, "double") || !strcmp(t, "float") ||
	    !strcmp(t, "short") || !strcmp(t, "byte") || !strcmp(t, "bigdecimal") || !strcmp(t, "biginteger"))
		return T_NUMBER;
	return !strcmp(t, "boolean") ? T_BOOL : T_STRING;
}

static int read_columns(struct ctx *c, const xmlNode *graph)
{
	for (const xmlNode *a = graph->children; a; a = a->next) {
		if (!named(a, "attributes"))
			continue;
		const char *cls = prop(c, a, "class");
		struct table *t = cls && !strcmp(cls, "edge") ? &c->edges : cls && !strcmp(cls, "node") ? &c->nodes : NULL;
		if (!t)
			continue; /* graph attributes: innonet keeps none from GEXF */
		for (const xmlNode *k = a->children; k; k = k->next) {
			if (!named(k, "attribute"))
				continue;
			const char *id = prop(c, k, "id"), *title = prop(c, k, "title");
			if (!id)
				return fail(c, k, "invalid GEXF: an <attribute> has no id");
			struct column *v = realloc(t->v, (t->n + 1) * sizeof(*v));
			if (!v)
				return oom(c);
			t->v = v;
			const xmlNode *d = child(k, "default");
			const char *fallback = d ? keep(c, xmlNodeGetContent(d)) : NULL;
			t->v[t->n++] = (struct column){id, title && *title ? title : id, atype_of(prop(c, k, "type")), fallback};
		}
	}
	c->kept = c->ntexts;
	size_t most = c->nodes.n > c->edges.n ? c->nodes.n : c->edges.n;
	if (!(c->seen = calloc(most ? most : 1, sizeof(*c->seen))))
		return oom(c);
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
				return fail(c, at, "'%.60s' must be a number, not '%.40s'", col->title, text);
		}
	} else if (col->type == T_BOOL) {
		v->type = INN_VAL_BOOL;
		if (!strcmp(text, "true") || !strcmp(text, "1"))
			v->boolean = true;
		else if (strcmp(text, "false") && strcmp(text, "0"))
			return fail(c, at, "'%.60s' must be true or false, not '%.40s'", col->title, text);
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
	const char *start = prop(c, n, "start"), *end = prop(c, n, "end");
	const xmlNode *spells = child(n, "spells");

	if (!start)
		start = prop(c, n, "startopen");
	if (!end)
		end = prop(c, n, "endopen");
	bool first = true;
	for (const xmlNode *k = spells ? spells->children : NULL; k; k = k->next) {
		if (!named(k, "spell"))
			continue;
		const char *s = prop(c, k, "start"), *e = prop(c, k, "end");
		if (s && (!start || first))
			start = s;
		first = false;
		if (e)
			end = e;
	}
	if (start && !year_of(start, since))
		return fail(c, n, "start '%.40s' is not a year or a date", start);
	if (end && !year_of(end, until))
		return fail(c, n, "end '%.40s' is not a year or a date", end);
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
	const xmlNode *values = child(n, "attvalues");
	bool *seen = c->seen;

	for (const xmlNode *k = values ? values->children : NULL; k; k = k->next) {
		if (!named(k, "attvalue"))
			continue;
		const char *id = prop(c, k, "for"), *text = prop(c, k, "value");
		if (!id)
			id = prop(c, k, "id"); /* GEXF 1.1 */
		const struct column *col = id ? find_column(t, id) : NULL;
		struct inn_value v;
		if (!col)
			return fail(c, k, "<attvalue> for an undeclared attribute '%.60s'", id ? id : "");
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

struct node_target {
	struct inn_node *n;
	struct inn_node_more *x;
	const char *where;
};

static int node_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct node_target *t = arg;

	return inn_load_node_field(c->m, t->n, t->x, key, v, &c->rest, t->where, c->err);
}

static int read_nodes(struct ctx *c, const xmlNode *graph)
{
	const xmlNode *nodes = child(graph, "nodes");
	char where[200];

	for (const xmlNode *k = nodes ? nodes->children : NULL; k; k = k->next) {
		if (!named(k, "node"))
			continue;
		const char *id = prop(c, k, "id"), *label = prop(c, k, "label");
		size_t at;
		if (!id || !*id)
			return fail(c, k, "a node has no id");
		if (strlen(id) > INN_LOAD_MAX_STRING)
			return fail(c, k, "node id longer than %zu bytes", INN_LOAD_MAX_STRING);
		int rc = inn_model_add_node(c->m, id, false, &at);
		if (rc == INN_MODEL_EDUP)
			return fail(c, k, "duplicate node id '%.200s'", id);
		if (rc < 0)
			return oom(c);
		struct inn_node_more x = inn_no_node_more;
		struct node_target t = {&c->m->nodes[at], &x, where};
		snprintf(where, sizeof(where), "%s:%ld: node '%.60s'", c->origin, xmlGetLineNo(k), id);
		/* innonet and Gephi give every node a label, its id when it has none: that is no label */
		if (label && *label && strcmp(label, id) != 0) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = label};
			if (node_field(c, "label", &v, &t) < 0)
				return -1;
		}
		if (read_years(c, k, &x.since, &x.until) < 0 || read_values(c, k, &c->nodes, node_field, &t) < 0 ||
		    inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			return -1;
		if (inn_model_put_node_more(c->m, at, &x) < 0)
			return oom(c);
		release_texts(c);
	}
	return 0;
}

struct link_target {
	struct inn_link *l;
	struct inn_link_more *x;
	const char *where;
};

static int link_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct link_target *t = arg;

	/* innonet writes a multigraph's key as networkx_key, the column NetworkX reads it from */
	if (!strcmp(key, "networkx_key"))
		key = "key";
	return inn_load_link_field(c->m, t->l, t->x, key, v, &c->rest, t->where, c->err);
}

/* The effective type of edge e: its own, else the graph's default. */
static const char *edge_type(struct ctx *c, const xmlNode *e, const char *fallback)
{
	const char *t = prop(c, e, "type");

	return t ? t : fallback;
}

static int read_edges(struct ctx *c, const xmlNode *graph)
{
	const xmlNode *edges = child(graph, "edges");
	const char *fallback = prop(c, graph, "defaultedgetype");
	char where[300];

	if (!fallback)
		fallback = "undirected";
	c->kept = c->ntexts; /* the default type stays to the end */
	/* one directed edge makes the model directed; undirected and mutual edges are then two arcs */
	for (const xmlNode *k = edges ? edges->children : NULL; k; k = k->next)
		if (named(k, "edge") && !strcmp(edge_type(c, k, fallback), "directed"))
			c->m->directed = true;
	release_texts(c);
	for (const xmlNode *k = edges ? edges->children : NULL; k; k = k->next) {
		if (!named(k, "edge"))
			continue;
		const char *src = prop(c, k, "source"), *tgt = prop(c, k, "target"), *type = edge_type(c, k, fallback);
		const char *weight = prop(c, k, "weight"), *label = prop(c, k, "label");
		size_t s, t;
		if (!src || !tgt)
			return fail(c, k, "an edge has no %s", src ? "target" : "source");
		if (!inn_model_find(c->m, src, &s) || !inn_model_find(c->m, tgt, &t))
			return fail(c, k, "edge %s '%.200s' is not a node", inn_model_find(c->m, src, &s) ? "target" : "source",
				    inn_model_find(c->m, src, &s) ? tgt : src);
		if (strcmp(type, "directed") && strcmp(type, "undirected") && strcmp(type, "mutual"))
			return fail(c, k, "edge type '%.40s' (expected directed, undirected or mutual)", type);
		bool both = c->m->directed && strcmp(type, "directed") != 0;
		for (int twice = 0; twice < (both ? 2 : 1); twice++) {
			uint32_t a = (uint32_t)(twice ? t : s), b = (uint32_t)(twice ? s : t);
			struct inn_link *l = inn_model_add_link(c->m, a, b);
			struct inn_link_more x = inn_no_link_more;
			struct link_target lt = {l, &x, where};
			if (!l)
				return oom(c);
			snprintf(where, sizeof(where), "%s:%ld: edge '%.60s' %s '%.60s'", c->origin, xmlGetLineNo(k),
				 c->m->nodes[a].id, c->m->directed ? "->" : "--", c->m->nodes[b].id);
			if (weight) {
				struct inn_value v = {.type = INN_VAL_STRING, .text = weight};
				if (!*weight || link_field(c, "weight", &v, &lt) < 0)
					return *weight ? -1 : fail(c, k, "empty weight");
			}
			if (label && *label) {
				struct inn_value v = {.type = INN_VAL_STRING, .text = label};
				if (link_field(c, "label", &v, &lt) < 0)
					return -1;
			}
			if (read_years(c, k, &x.since, &x.until) < 0 || read_values(c, k, &c->edges, link_field, &lt) < 0 ||
			    inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
			    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
				return -1;
			if (inn_model_put_link_more(c->m, c->m->nlinks - 1, &x) < 0)
				return oom(c);
		}
		release_texts(c);
	}
	size_t repeat, first;
	if (inn_model_find_parallel(c->m, &repeat, &first) < 0)
		return oom(c);
	c->m->multigraph = repeat != SIZE_MAX;
	return 0;
}

/* "Opening and ending tag mismatch: node line 4 and graph\n" -> "opening and ending tag mismatch: ..." */
static void parse_error(struct ctx *c, const xmlError *e)
{
	char msg[512];
	size_t len;

	snprintf(msg, sizeof(msg), "%s", e && e->message ? e->message : "not well-formed XML");
	len = strlen(msg);
	while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
		msg[0] = (char)(msg[0] - 'A' + 'a');
	inn_error_set(c->err, INN_EINPUT, "%s:%d: invalid GEXF: %s", c->origin, e ? e->line : 0, msg);
}

/* libxml2 prints parse errors on stderr unless told where to put them: innonet prints one line itself. */
static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

struct inn_model *inn_load_gexf(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	xmlParserCtxtPtr parser = NULL;
	xmlDocPtr doc = NULL;

	if (len == 0) {
		inn_error_set(err, INN_EINPUT, "%s: empty file (expected GEXF)", origin);
		return NULL;
	}
	if (len > INT_MAX) {
		inn_error_set(err, INN_EINPUT, "%s: GEXF larger than 2 GiB", origin);
		return NULL;
	}
	if (!(c.m = inn_model_new(origin)) || !(parser = xmlNewParserCtxt())) {
		oom(&c);
		goto fail;
	}
	xmlSetGenericErrorFunc(NULL, quiet);
	/* no network, no external entities, no DTD: a file names no other file innonet would read */
	doc = xmlCtxtReadMemory(parser, buf, (int)len, origin, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		parse_error(&c, xmlCtxtGetLastError(parser));
		goto fail;
	}
	const xmlNode *root = xmlDocGetRootElement(doc), *graph = root ? child(root, "graph") : NULL;
	if (!root || !named(root, "gexf")) {
		inn_error_set(err, INN_EINPUT, "%s: invalid GEXF: the root element is not <gexf>", origin);
		goto fail;
	}
	if (!graph) {
		fail(&c, root, "invalid GEXF: no <graph> element");
		goto fail;
	}
	const xmlNode *meta = child(root, "meta"), *desc = child(meta, "description");
	if (desc) {
		xmlChar *text = xmlNodeGetContent(desc);
		if (text && *text && inn_text_set_name(c.m, (const char *)text, strlen((const char *)text), origin, err) < 0) {
			xmlFree(text);
			goto fail;
		}
		xmlFree(text);
	}
	if (read_columns(&c, graph) < 0 || read_nodes(&c, graph) < 0 || read_edges(&c, graph) < 0)
		goto fail;
	goto out;
fail:
	inn_model_free(c.m);
	c.m = NULL;
out:
	c.kept = 0;
	release_texts(&c);
	free(c.texts);
	free(c.seen);
	free(c.nodes.v);
	free(c.edges.v);
	inn_attr_list_release(&c.rest);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(parser);
	return c.m;
}
