/*
 * load_dot.c: Graphviz DOT -> typed model, through cgraph's reader; the one loader that uses
 * Graphviz. Node names are ids; node, edge and graph attributes map to the model's fields as
 * GraphML keys do. `digraph` is directed, `graph` undirected; a `strict` graph is simple and
 * any other may hold parallel edges (a multigraph, as NetworkX's read_dot decides).
 * python-igraph's write_dot names the nodes 0, 1, ... by position and writes its names as the
 * attribute "name": then the names are the ids, as in python-igraph's GraphML (load_graphml.c).
 */
#include "innonet/load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "dot_text.h"
#include "load_internal.h"

/*
 * cgraph reports errors through a callback with no context, in pieces ("Error", ": ", the
 * message): the text of a read is gathered here and its first error line is reported.
 */
static char messages[1024];

static int keep_error(char *msg)
{
	size_t used = strlen(messages);

	snprintf(messages + used, sizeof(messages) - used, "%s", msg);
	return 0;
}

/* Fields whose DOT text is kept as it is: a label "1.50" must not become the number 1.5. */
static bool is_text_field(const char *key)
{
	return strcmp(key, "kind") == 0 || strcmp(key, "label") == 0 || strcmp(key, "label_zh") == 0 ||
	       strcmp(key, "provenance") == 0 || strcmp(key, "relation") == 0;
}

/* The value of a DOT attribute as a model value; empty is absent, as is a node label "\N" (the name). */
static void dot_value(const char *key, const char *text, bool node, struct inn_value *v)
{
	memset(v, 0, sizeof(*v));
	if (!*text || (node && strcmp(key, "label") == 0 && strcmp(text, "\\N") == 0)) {
		v->type = INN_VAL_NULL;
	} else if (is_text_field(key)) {
		v->type = INN_VAL_STRING;
		v->text = text;
	} else {
		inn_load_value(text, strlen(text), v);
	}
}

struct ctx {
	const char *origin;    /* borrowed */
	struct inn_model *m;   /* being built */
	struct inn_error *err; /* borrowed */
	struct inn_dot_text text; /* owned: the text cgraph parses, and the names it stands for */
	Agraph_t *g;           /* owned */
	Agedge_t **edges;      /* owned: every edge, in file order */
	Agsym_t *by_name;      /* python-igraph's "name", when the names are the ids; else NULL */
	size_t nedges;
	struct inn_attr_list rest;
	struct sym *syms[3];   /* owned: the attributes of graphs, nodes and edges, by name */
	size_t nsyms[3];
};

/* An attribute cgraph declared, under the name it stands for. */
struct sym {
	const char *key; /* borrowed from the text's names */
	Agsym_t *sym;
};

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

/* The text a name or value cgraph holds stands for (dot_text.h); NULL when memory ran out. */
static const char *text_of(struct ctx *c, const char *s)
{
	return inn_dot_text_name(&c->text, s ? s : "");
}

/* obj's value of the kth attribute of its kind (AGNODE, AGEDGE), as a model value; -1 when memory ran out. */
static int sym_value(struct ctx *c, void *obj, int kind, size_t k, struct inn_value *v)
{
	const char *text = text_of(c, agxget(obj, c->syms[kind][k].sym));

	if (!text)
		return oom(c);
	dot_value(c->syms[kind][k].key, text, kind == AGNODE, v);
	return 0;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct sym *)a)->key, ((const struct sym *)b)->key);
}

/*
 * The attributes of one kind (AGRAPH, AGNODE, AGEDGE) in order of their names, as cgraph lists
 * them by the names it holds: stand-ins would order them otherwise.
 */
static int collect_syms(struct ctx *c, int kind)
{
	size_t n = 0;

	for (Agsym_t *sym = agnxtattr(c->g, kind, NULL); sym; sym = agnxtattr(c->g, kind, sym))
		n++;
	if (n && !(c->syms[kind] = malloc(n * sizeof(*c->syms[kind]))))
		return oom(c);
	for (Agsym_t *sym = agnxtattr(c->g, kind, NULL); sym; sym = agnxtattr(c->g, kind, sym)) {
		if (!(c->syms[kind][c->nsyms[kind]].key = text_of(c, sym->name)))
			return oom(c);
		c->syms[kind][c->nsyms[kind]++].sym = sym;
	}
	if (n)
		qsort(c->syms[kind], n, sizeof(*c->syms[kind]), by_key);
	return 0;
}

static int build_graph(struct ctx *c)
{
	const char *raw = agnameof(c->g), *name;

	/* an anonymous graph gets a generated name starting with '%'; no stand-in does */
	if (raw && *raw && raw[0] != '%' &&
	    (!(name = text_of(c, raw)) || !(c->m->name = inn_arena_strdup(c->m->arena, name))))
		return oom(c);
	for (size_t k = 0; k < c->nsyms[AGRAPH]; k++) {
		struct inn_value v;
		const char *key = c->syms[AGRAPH][k].key, *text = text_of(c, agxget(c->g, c->syms[AGRAPH][k].sym));
		if (!text)
			return oom(c);
		dot_value(key, text, false, &v);
		if (v.type == INN_VAL_NULL)
			continue;
		if (strcmp(key, "as_of") == 0 && !(c->m->as_of = inn_arena_strdup(c->m->arena, text)))
			return oom(c);
		if (inn_attr_list_add(&c->rest, key, &v) < 0)
			return oom(c);
	}
	return inn_attr_list_store(&c->rest, c->m, &c->m->graph_attrs, &c->m->ngraph_attrs, c->origin, c->err);
}

/* The nodes are named 0, 1, ... in order and each has a "name": python-igraph wrote the file. */
static Agsym_t *igraph_names(struct ctx *c)
{
	Agsym_t *sym = NULL;
	char number[24];
	size_t k = 0;

	for (size_t i = 0; i < c->nsyms[AGNODE]; i++)
		if (strcmp(c->syms[AGNODE][i].key, "name") == 0)
			sym = c->syms[AGNODE][i].sym;
	if (!sym)
		return NULL;
	for (Agnode_t *n = agfstnode(c->g); n; n = agnxtnode(c->g, n), k++) {
		const char *id = text_of(c, agnameof(n)), *name = text_of(c, agxget(n, sym));
		snprintf(number, sizeof(number), "%zu", k);
		if (!id || !name || strcmp(id, number) != 0 || !*name)
			return NULL;
	}
	return k ? sym : NULL;
}

static int build_nodes(struct ctx *c)
{
	char where[200];

	c->by_name = igraph_names(c);

	/* cgraph keeps nodes in order of first appearance, edges included */
	for (Agnode_t *n = agfstnode(c->g); n; n = agnxtnode(c->g, n)) {
		const char *id = text_of(c, c->by_name ? agxget(n, c->by_name) : agnameof(n));
		size_t at;
		int rc;
		if (!id)
			return oom(c);
		if (!*id) /* "" names a node in DOT; no model holds an empty id (JSON and CSV refuse one too) */
			return inn_error_set(c->err, INN_EINPUT, "%s: empty node id", c->origin);
		if (strlen(id) > INN_LOAD_MAX_STRING)
			return inn_error_set(c->err, INN_EINPUT, "%s: node name longer than %zu bytes", c->origin,
					     INN_LOAD_MAX_STRING);
		if ((rc = inn_model_add_node(c->m, id, false, &at)) == INN_MODEL_EDUP)
			return inn_error_set(c->err, INN_EINPUT, "%s: node %s: name '%.60s' repeats (python-igraph's names are read as ids)",
					     c->origin, agnameof(n), id);
		if (rc < 0)
			return rc == INN_MODEL_ENOMEM ? oom(c) : inn_error_set(c->err, INN_EINPUT, "%s: too many nodes", c->origin);
		struct inn_node *node = &c->m->nodes[at];
		struct inn_node_more x = inn_no_node_more;
		snprintf(where, sizeof(where), "%s: node '%.60s'", c->origin, id);
		for (size_t k = 0; k < c->nsyms[AGNODE]; k++) {
			struct inn_value v;
			if (c->syms[AGNODE][k].sym == c->by_name)
				continue;
			if (sym_value(c, n, AGNODE, k, &v) < 0)
				return -1;
			if (v.type != INN_VAL_NULL &&
			    inn_load_node_field(c->m, node, &x, c->syms[AGNODE][k].key, &v, &c->rest, where, c->err) < 0)
				return -1;
		}
		if (inn_load_node_end(c->m, at, &x, &c->rest, where, c->origin, c->err) < 0)
			return -1;
	}
	return 0;
}

static int by_sequence(const void *a, const void *b)
{
	const Agedge_t *x = *(Agedge_t *const *)a, *y = *(Agedge_t *const *)b;

	return (AGSEQ(x) > AGSEQ(y)) - (AGSEQ(x) < AGSEQ(y));
}

static int build_links(struct ctx *c)
{
	size_t n = (size_t)agnedges(c->g), k = 0;
	char where[300];

	if (n && !(c->edges = malloc(n * sizeof(*c->edges))))
		return oom(c);
	for (Agnode_t *v = agfstnode(c->g); v; v = agnxtnode(c->g, v))
		for (Agedge_t *e = agfstout(c->g, v); e && k < n; e = agnxtout(c->g, e))
			c->edges[k++] = e;
	c->nedges = k;
	/* cgraph lists edges by tail node; their sequence numbers give the order of the file */
	if (c->nedges) /* no edges: no array, and qsort must not be given NULL */
		qsort(c->edges, c->nedges, sizeof(*c->edges), by_sequence);
	for (size_t i = 0; i < c->nedges; i++) {
		Agedge_t *e = c->edges[i];
		size_t s, t;
		const char *tail = text_of(c, agnameof(agtail(e))), *head = text_of(c, agnameof(aghead(e)));
		if (!tail || !head)
			return oom(c);
		if (c->by_name) {
			/* node k is named "k" and is the model's node k (igraph_names() checked it) */
			s = (size_t)strtoull(tail, NULL, 10);
			t = (size_t)strtoull(head, NULL, 10);
		} else if (!inn_model_find(c->m, tail, &s) || !inn_model_find(c->m, head, &t)) {
			return inn_error_set(c->err, INN_EFAIL, "%s: edge end is not a node", c->origin);
		}
		struct inn_link *l = inn_model_add_link(c->m, (uint32_t)s, (uint32_t)t);
		struct inn_link_more x = inn_no_link_more;
		if (!l)
			return oom(c);
		snprintf(where, sizeof(where), "%s: link %zu ('%.60s' %s '%.60s')", c->origin, i + 1,
			 c->m->nodes[s].id, c->m->directed ? "->" : "--", c->m->nodes[t].id);
		for (size_t k = 0; k < c->nsyms[AGEDGE]; k++) {
			struct inn_value v;
			if (sym_value(c, e, AGEDGE, k, &v) < 0)
				return -1;
			if (v.type != INN_VAL_NULL &&
			    inn_load_link_field(c->m, l, &x, c->syms[AGEDGE][k].key, &v, &c->rest, where, c->err) < 0)
				return -1;
		}
		/* `a -> b [key=x]` names the edge: the key of a multigraph's link, as NetworkX keeps it */
		const char *key = agnameof(e);
		if (key && *key && c->m->multigraph && !(key = text_of(c, key)))
			return oom(c);
		if (key && *key && c->m->multigraph) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = key};
			if (inn_attr_list_add(&c->rest, "key", &v) < 0)
				return oom(c);
		}
		if (inn_load_link_end(c->m, c->m->nlinks - 1, &x, &c->rest, where, c->origin, c->err) < 0)
			return -1;
	}
	return 0;
}

/* "Error: syntax error in line 9 near '--'" -> "<origin>:9: invalid DOT: syntax error near '--'" */
static void parse_error(struct ctx *c)
{
	const char *first = strstr(messages, "Error: ");
	char msg[512];
	const char *at;
	int line = 0, used = 0;

	snprintf(msg, sizeof(msg), "%s", first ? first : "Error: not a DOT graph");
	msg[strcspn(msg, "\n")] = '\0';
	const char *text = strncmp(msg, "Error: ", 7) == 0 ? msg + 7 : msg;
	char *near = strstr(msg, " near '"), *close = near ? strchr(near + 7, '\'') : NULL;
	if (close) {
		/* the token cgraph names may be a stand-in: the file's own text is named instead */
		char token[32];
		const char *was;
		snprintf(token, sizeof(token), "%.*s", (int)(close - near - 7), near + 7);
		if ((was = inn_dot_text_name(&c->text, token)) && was != token) {
			char tail[512];
			snprintf(tail, sizeof(tail), "%s", close + 1);
			snprintf(near, sizeof(msg) - (size_t)(near - msg), " near '%.60s'%s", was, tail);
		}
	}
	if ((at = strstr(text, " in line ")) && sscanf(at, " in line %d%n", &line, &used) == 1) {
		inn_error_set(c->err, INN_EINPUT, "%s:%d: invalid DOT: %.*s%s", c->origin, line, (int)(at - text), text,
			      at + used);
		return;
	}
	inn_error_set(c->err, INN_EINPUT, "%s: invalid DOT: %s", c->origin, text);
}

struct inn_model *inn_load_dot(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	agusererrf old;
	size_t bad, line, col;
	int rc = -1;

	if (!inn_load_utf8(buf, len, &bad)) {
		inn_text_position(buf, bad, &line, &col);
		inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: %s", origin, line, col, buf[bad] ? "invalid UTF-8" : "NUL byte in the file");
		return NULL;
	}
	/* cgraph sees short tokens only (its lexer is quadratic in a token's length) */
	if (inn_dot_text_make(&c.text, buf, len, origin, err) < 0)
		return NULL;
	if (!(c.m = inn_model_new(origin))) {
		oom(&c);
		inn_dot_text_release(&c.text);
		return NULL;
	}
	messages[0] = '\0';
	old = agseterrf(keep_error);
	agreseterrors();
	c.g = agmemread(c.text.text);
	if (!c.g || agerrors() > 0) {
		parse_error(&c);
		goto out;
	}
	c.m->directed = agisdirected(c.g);
	c.m->multigraph = !agisstrict(c.g);
	if (collect_syms(&c, AGRAPH) < 0 || collect_syms(&c, AGNODE) < 0 || collect_syms(&c, AGEDGE) < 0 ||
	    build_graph(&c) < 0 || build_nodes(&c) < 0 || build_links(&c) < 0)
		goto out;
	rc = inn_load_check_text(c.m, err);
out:
	free(c.edges);
	inn_attr_list_release(&c.rest);
	inn_dot_text_release(&c.text);
	for (int k = 0; k < 3; k++)
		free(c.syms[k]);
	if (c.g)
		agclose(c.g);
	agseterrf(old);
	agreseterrors();
	return inn_load_end(c.m, rc);
}
