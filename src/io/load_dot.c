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
	Agraph_t *g;           /* owned */
	Agedge_t **edges;      /* owned: every edge, in file order */
	Agsym_t *by_name;      /* python-igraph's "name", when the names are the ids; else NULL */
	size_t nedges;
	struct inn_attr_list rest;
};

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

static int build_graph(struct ctx *c)
{
	const char *name = agnameof(c->g);

	/* an anonymous graph gets a generated name starting with '%' */
	if (name && *name && name[0] != '%' && !(c->m->name = inn_arena_strdup(c->m->arena, name)))
		return oom(c);
	for (Agsym_t *sym = agnxtattr(c->g, AGRAPH, NULL); sym; sym = agnxtattr(c->g, AGRAPH, sym)) {
		struct inn_value v;
		dot_value(sym->name, agxget(c->g, sym), false, &v);
		if (v.type == INN_VAL_NULL)
			continue;
		if (strcmp(sym->name, "as_of") == 0 && !(c->m->as_of = inn_arena_strdup(c->m->arena, agxget(c->g, sym))))
			return oom(c);
		if (inn_attr_list_add(&c->rest, sym->name, &v) < 0)
			return oom(c);
	}
	return inn_attr_list_store(&c->rest, c->m, &c->m->graph_attrs, &c->m->ngraph_attrs, c->origin, c->err);
}

/* The nodes are named 0, 1, ... in order and each has a "name": python-igraph wrote the file. */
static Agsym_t *igraph_names(Agraph_t *g)
{
	Agsym_t *sym = agattr(g, AGNODE, "name", NULL);
	char number[24];
	size_t k = 0;

	if (!sym)
		return NULL;
	for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), k++) {
		snprintf(number, sizeof(number), "%zu", k);
		if (strcmp(agnameof(n), number) != 0 || !*agxget(n, sym))
			return NULL;
	}
	return k ? sym : NULL;
}

static int build_nodes(struct ctx *c)
{
	char where[200];

	c->by_name = igraph_names(c->g);

	/* cgraph keeps nodes in order of first appearance, edges included */
	for (Agnode_t *n = agfstnode(c->g); n; n = agnxtnode(c->g, n)) {
		const char *id = c->by_name ? agxget(n, c->by_name) : agnameof(n);
		size_t at;
		int rc;
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
		for (Agsym_t *sym = agnxtattr(c->g, AGNODE, NULL); sym; sym = agnxtattr(c->g, AGNODE, sym)) {
			struct inn_value v;
			if (sym == c->by_name)
				continue;
			dot_value(sym->name, agxget(n, sym), true, &v);
			if (v.type != INN_VAL_NULL &&
			    inn_load_node_field(c->m, node, &x, sym->name, &v, &c->rest, where, c->err) < 0)
				return -1;
		}
		if (inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			return -1;
		if (inn_model_put_node_more(c->m, at, &x) < 0)
			return oom(c);
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
		if (c->by_name) {
			/* node k is named "k" and is the model's node k (igraph_names() checked it) */
			s = (size_t)strtoull(agnameof(agtail(e)), NULL, 10);
			t = (size_t)strtoull(agnameof(aghead(e)), NULL, 10);
		} else if (!inn_model_find(c->m, agnameof(agtail(e)), &s) || !inn_model_find(c->m, agnameof(aghead(e)), &t)) {
			return inn_error_set(c->err, INN_EFAIL, "%s: edge end is not a node", c->origin);
		}
		struct inn_link *l = inn_model_add_link(c->m, (uint32_t)s, (uint32_t)t);
		struct inn_link_more x = inn_no_link_more;
		if (!l)
			return oom(c);
		snprintf(where, sizeof(where), "%s: link %zu ('%.60s' %s '%.60s')", c->origin, i + 1,
			 c->m->nodes[s].id, c->m->directed ? "->" : "--", c->m->nodes[t].id);
		for (Agsym_t *sym = agnxtattr(c->g, AGEDGE, NULL); sym; sym = agnxtattr(c->g, AGEDGE, sym)) {
			struct inn_value v;
			dot_value(sym->name, agxget(e, sym), false, &v);
			if (v.type != INN_VAL_NULL &&
			    inn_load_link_field(c->m, l, &x, sym->name, &v, &c->rest, where, c->err) < 0)
				return -1;
		}
		/* `a -> b [key=x]` names the edge: the key of a multigraph's link, as NetworkX keeps it */
		const char *key = agnameof(e);
		if (key && *key && c->m->multigraph) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = key};
			if (inn_attr_list_add(&c->rest, "key", &v) < 0)
				return oom(c);
		}
		if (inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			return -1;
		if (inn_model_put_link_more(c->m, c->m->nlinks - 1, &x) < 0)
			return oom(c);
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
	if ((at = strstr(text, " in line ")) && sscanf(at, " in line %d%n", &line, &used) == 1) {
		inn_error_set(c->err, INN_EINPUT, "%s:%d: invalid DOT: %.*s%s", c->origin, line, (int)(at - text), text,
			      at + used);
		return;
	}
	inn_error_set(c->err, INN_EINPUT, "%s: invalid DOT: %s", c->origin, text);
}

/* A byte of a bare DOT name: letters, digits, '_', '.', and any byte of a UTF-8 character. */
static bool name_byte(unsigned char c)
{
	return c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c >= 0x80;
}

/*
 * The offset of the first token of buf (a quoted string, an HTML string <...> or a bare name)
 * longer than INN_LOAD_MAX_STRING, or len when there is none. cgraph's lexer takes time growing
 * as the square of a string's length (4 MB: 6.7 s), so this runs before it sees the text; one
 * pass, comments skipped as cgraph skips them.
 */
static size_t long_token(const char *buf, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t start = i;
		char c = buf[i];
		if (c == '"') {
			for (i++; i < len && buf[i] != '"'; i++)
				if (buf[i] == '\\' && i + 1 < len)
					i++;
			i++;
		} else if (c == '<') {
			size_t depth = 0;
			for (; i < len; i++) {
				depth += buf[i] == '<';
				if (buf[i] == '>' && --depth == 0)
					break;
			}
			i++;
		} else if (c == '/' && i + 1 < len && buf[i + 1] == '*') {
			for (i += 2; i < len && !(buf[i] == '*' && i + 1 < len && buf[i + 1] == '/'); i++)
				;
			i += 2;
			continue;
		} else if ((c == '/' && i + 1 < len && buf[i + 1] == '/') || (c == '#' && (i == 0 || buf[i - 1] == '\n'))) {
			const char *end = memchr(buf + i, '\n', len - i);
			i = end ? (size_t)(end - buf) : len;
			continue;
		} else if (name_byte((unsigned char)c)) {
			while (i < len && name_byte((unsigned char)buf[i]))
				i++;
		} else {
			i++;
			continue;
		}
		if (i - start > INN_LOAD_MAX_STRING)
			return start;
	}
	return len;
}

struct inn_model *inn_load_dot(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	agusererrf old;
	size_t bad, line, col;

	if (!inn_load_utf8(buf, len, &bad)) {
		inn_text_position(buf, bad, &line, &col);
		inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: %s", origin, line, col, buf[bad] ? "invalid UTF-8" : "NUL byte in the file");
		return NULL;
	}
	if ((bad = long_token(buf, len)) < len) {
		inn_text_position(buf, bad, &line, &col);
		inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: string longer than %zu MiB (the limit)", origin, line, col,
			      INN_LOAD_MAX_STRING >> 20);
		return NULL;
	}
	if (!(c.m = inn_model_new(origin))) {
		oom(&c);
		return NULL;
	}
	messages[0] = '\0';
	old = agseterrf(keep_error);
	agreseterrors();
	c.g = agmemread(buf);
	if (!c.g || agerrors() > 0) {
		parse_error(&c);
		goto fail;
	}
	c.m->directed = agisdirected(c.g);
	c.m->multigraph = !agisstrict(c.g);
	if (build_graph(&c) < 0 || build_nodes(&c) < 0 || build_links(&c) < 0 || inn_load_check_text(c.m, err) < 0)
		goto fail;
	goto out;
fail:
	inn_model_free(c.m);
	c.m = NULL;
out:
	free(c.edges);
	inn_attr_list_release(&c.rest);
	if (c.g)
		agclose(c.g);
	agseterrf(old);
	agreseterrors();
	return c.m;
}
