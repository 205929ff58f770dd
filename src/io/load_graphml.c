/*
 * load_graphml.c: GraphML -> typed model, through libxml2's tree reader (the same library and
 * habits as load_gexf.c, in the same module); the only code that reads GraphML.
 *
 * Typed <key>s (boolean, int, long, float, double, string) for nodes, edges, the graph or all,
 * with their <default>; directed from edgedefault, and an edge's own directed="true|false"
 * (a mixed file is read as directed, its undirected edges as two arcs, as GEXF's mutual edges);
 * python-igraph's ids (a node "id" or "name" key, see read_nodes()). Values igraph's reader
 * used to lose are kept: an empty string is an empty string, and a boolean a node lacks is
 * absent. yEd's graphics keys, hyperedges, ports and nested graphs are not read.
 */
#include "innonet/load.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "load_internal.h"

/* More <key>s than this are refused before libxml2 reads the file (a real file has dozens). */
#define MAX_KEYS 10000

enum domain { D_NODE = 1, D_EDGE = 2, D_GRAPH = 4, D_ALL = 7 };
enum atype { T_STRING, T_NUMBER, T_BOOL };

struct key {
	const char *id, *name; /* borrowed from ctx.texts */
	const char *fallback;  /* <default>, borrowed from ctx.texts; NULL when none */
	enum domain domain;
	enum atype type;
	long line;
};

struct ctx {
	const char *origin;    /* borrowed */
	struct inn_model *m;   /* being built */
	struct inn_error *err; /* borrowed */
	struct key *keys;      /* owned, sorted by id for bsearch() */
	size_t nkeys;
	unsigned *mark;        /* owned: per key, the stamp of the last element that gave it a value */
	unsigned stamp;        /* the element being read: no clearing between elements */
	struct key **defaults[3]; /* owned arrays of borrowed keys: those with a <default>, for node, edge, graph */
	size_t ndefaults[3];
	struct inn_attr_list rest;
	xmlChar **texts;       /* owned: texts from libxml2 kept until release_texts() */
	size_t ntexts, texts_cap;
	size_t kept;           /* texts[0 .. kept) are the keys': kept to the end of the read */
	char first[512];       /* libxml2's first error: it goes on scanning, and later ones are echoes */
	int first_line;        /* 0 until there is one */
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

/*
 * Before libxml2 sees the text: count the <key elements, so that a file of a million keys is
 * refused before a tree of them is built, and refuse entity declarations, so that no entity is
 * expanded (billion laughs) or fetched (XXE) whatever libxml2's own checks would do. GraphML
 * needs neither; a "<!ENTITY" inside a comment is refused too, which no real file has.
 */
static int prescan(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	size_t n = 0;
	long line = 1;

	for (size_t i = 0; i < len; i++) {
		if (buf[i] == '\n')
			line++;
		if (buf[i] != '<')
			continue;
		if (len - i >= 8 && memcmp(buf + i + 1, "!ENTITY", 7) == 0)
			return inn_error_set(err, INN_EINPUT, "%s:%ld: invalid GraphML: an entity declaration (innonet reads none)",
					     origin, line);
		/* the element's name, a prefix too (<g:key> is a key: elements are matched by local name) */
		size_t j = i + 1;
		while (j < len && !strchr(" \t\r\n/><", buf[j])) /* so each byte is looked at twice at most */
			j++;
		size_t nlen = j - (i + 1);
		if (nlen < 3 || memcmp(buf + j - 3, "key", 3) != 0 || (nlen > 3 && buf[j - 4] != ':'))
			continue;
		if (++n > MAX_KEYS)
			return inn_error_set(err, INN_EINPUT, "%s:%ld: more than %d GraphML keys", origin, line, MAX_KEYS);
	}
	return 0;
}

static int key_cmp(const void *a, const void *b)
{
	return strcmp(((const struct key *)a)->id, ((const struct key *)b)->id);
}

static const struct key *find_key(const struct ctx *c, const char *id)
{
	struct key probe = {.id = id};

	return c->nkeys ? bsearch(&probe, c->keys, c->nkeys, sizeof(*c->keys), key_cmp) : NULL;
}

/* The <key>s of the document, sorted by id; yEd's graphics keys (yfiles.type) are left out. */
static int read_keys(struct ctx *c, const xmlNode *root)
{
	size_t cap = 0;

	for (const xmlNode *k = root->children; k; k = k->next) {
		if (!named(k, "key"))
			continue;
		const char *id = prop(c, k, "id"), *name = prop(c, k, "attr.name"), *type = prop(c, k, "attr.type");
		const char *dom = prop(c, k, "for"), *yfiles = prop(c, k, "yfiles.type");
		if (!id)
			return fail(c, k, "invalid GraphML: a <key> has no id");
		if (yfiles)
			continue;
		if (c->nkeys == cap) {
			cap = cap ? cap * 2 : 16;
			struct key *v = realloc(c->keys, cap * sizeof(*v));
			if (!v)
				return oom(c);
			c->keys = v;
		}
		struct key *key = &c->keys[c->nkeys++];
		const xmlNode *d = child(k, "default");
		key->id = id;
		key->name = name ? name : id; /* no attr.name: the id is all there is to call it */
		key->fallback = d ? keep(c, xmlNodeGetContent(d)) : NULL;
		key->domain = !dom || !strcmp(dom, "all") ? D_ALL : !strcmp(dom, "node") ? D_NODE
			    : !strcmp(dom, "edge") ? D_EDGE : !strcmp(dom, "graph") ? D_GRAPH : 0;
		key->type = !type || !strcmp(type, "string") ? T_STRING : !strcmp(type, "boolean") ? T_BOOL
			  : !strcmp(type, "int") || !strcmp(type, "long") || !strcmp(type, "float") ||
					    !strcmp(type, "double")
				  ? T_NUMBER
				  : T_STRING;
		key->line = xmlGetLineNo(k);
		if (type && key->type == T_STRING && strcmp(type, "string") != 0)
			return fail(c, k, "invalid GraphML: key '%.60s' has attr.type '%.40s' (expected boolean, int, long, "
				    "float, double or string)", id, type);
	}
	if (c->nkeys)
		qsort(c->keys, c->nkeys, sizeof(*c->keys), key_cmp);
	for (size_t i = 1; i < c->nkeys; i++)
		if (!strcmp(c->keys[i - 1].id, c->keys[i].id))
			return inn_error_set(c->err, INN_EINPUT, "%s:%ld: invalid GraphML: key id '%.60s' is declared twice",
					     c->origin, c->keys[i].line > c->keys[i - 1].line ? c->keys[i].line : c->keys[i - 1].line,
					     c->keys[i].id);
	c->kept = c->ntexts;
	if (!(c->mark = calloc(c->nkeys ? c->nkeys : 1, sizeof(*c->mark))))
		return oom(c);
	for (int d = 0; d < 3; d++) {
		if (!(c->defaults[d] = calloc(c->nkeys ? c->nkeys : 1, sizeof(*c->defaults[d]))))
			return oom(c);
		for (size_t i = 0; i < c->nkeys; i++)
			if (c->keys[i].fallback && (c->keys[i].domain & (1 << d)))
				c->defaults[d][c->ndefaults[d]++] = &c->keys[i];
	}
	return 0;
}

/* Text without the white space around it, in place. */
static const char *trimmed(char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t len = strlen(s);
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
		s[--len] = '\0';
	return s;
}

/* Text of a key as a typed value; -1 (err filled) when a number or a boolean is not one. */
static int typed(struct ctx *c, const xmlNode *at, const struct key *k, char *text, struct inn_value *v)
{
	memset(v, 0, sizeof(*v));
	if (k->type == T_STRING) {
		size_t len = strlen(text);
		v->type = INN_VAL_STRING; /* "" too: an empty string is not a missing one */
		v->text = text;
		/* bounds ("more than 140") are written by innonet as {"more_than": 140} text */
		if (text[0] == '{' && inn_load_bound(text, len, &v->bound, &v->number))
			v->type = INN_VAL_NUMBER;
		return 0;
	}
	const char *s = trimmed(text);
	if (!*s) {
		v->type = INN_VAL_NULL;
	} else if (k->type == T_NUMBER) {
		char *end;
		v->type = INN_VAL_NUMBER;
		if (!inn_load_number(s, strlen(s), &v->number)) {
			/* Java's 1.0E-4, C's inf and nan (what igraph and NetworkX write) */
			v->number = strtod(s, &end);
			if (end == s || *end)
				return fail(c, at, "'%.60s' must be a number, not '%.40s'", k->name, s);
		}
		if (isnan(v->number)) /* igraph's and NetworkX's missing number */
			v->type = INN_VAL_NULL;
	} else {
		v->type = INN_VAL_BOOL;
		if (!strcasecmp(s, "true") || !strcasecmp(s, "yes") || !strcmp(s, "1"))
			v->boolean = true;
		else if (strcasecmp(s, "false") && strcasecmp(s, "no") && strcmp(s, "0"))
			return fail(c, at, "'%.60s' must be true or false, not '%.40s'", k->name, s);
	}
	return 0;
}

/* The key whose value a <data> element gives, when it is one for this domain. */
static const struct key *data_key(struct ctx *c, const xmlNode *data, enum domain domain)
{
	xmlChar *id = xmlGetProp((xmlNode *)data, (const xmlChar *)"key");
	const struct key *k = id ? find_key(c, (const char *)id) : NULL;

	xmlFree(id);
	/* undeclared keys and yEd's graphics are skipped, as igraph's reader did */
	return k && (k->domain & domain) ? k : NULL;
}

/* The text key k gives element el (its first <data>, else the key's default); NULL when none. */
static const char *value_text(struct ctx *c, const xmlNode *el, const struct key *k, enum domain domain)
{
	for (const xmlNode *d = el->children; d; d = d->next)
		if (named(d, "data") && data_key(c, d, domain) == k)
			return keep(c, xmlNodeGetContent(d));
	return k->fallback;
}

typedef int (*field_fn)(struct ctx *, const char *key, const struct inn_value *, void *arg);

/*
 * The <data> of el and the defaults of the keys it gives no value, through field(); skip and
 * skip2 (may be NULL) are keys not to pass on. A key given twice keeps its first value. Time
 * proportional to el's <data> and the defaults that apply, never to all the keys.
 */
static int read_data(struct ctx *c, const xmlNode *el, enum domain domain, const struct key *skip,
		     const struct key *skip2, field_fn field, void *arg)
{
	int d = domain == D_NODE ? 0 : domain == D_EDGE ? 1 : 2;
	unsigned stamp = ++c->stamp;

	if (!stamp) { /* wrapped after 4 billion elements: an old mark could look current */
		memset(c->mark, 0, (c->nkeys ? c->nkeys : 1) * sizeof(*c->mark));
		stamp = c->stamp = 1;
	}
	for (const xmlNode *x = el->children; x; x = x->next) {
		const struct key *k = named(x, "data") ? data_key(c, x, domain) : NULL;
		struct inn_value v;
		if (!k || k == skip || k == skip2 || c->mark[k - c->keys] == stamp)
			continue;
		c->mark[k - c->keys] = stamp;
		char *text = (char *)keep(c, xmlNodeGetContent(x));
		if (!text)
			return oom(c);
		if (typed(c, x, k, text, &v) < 0 || (v.type != INN_VAL_NULL && field(c, k->name, &v, arg) < 0))
			return -1;
	}
	for (size_t i = 0; i < c->ndefaults[d]; i++) {
		const struct key *k = c->defaults[d][i];
		struct inn_value v;
		if (c->mark[k - c->keys] == stamp || k == skip || k == skip2)
			continue;
		/* typed() trims in place: the default is copied, not changed for the next element */
		char *text = (char *)keep(c, xmlStrdup((const xmlChar *)k->fallback));
		if (!text)
			return oom(c);
		if (typed(c, el, k, text, &v) < 0 || (v.type != INN_VAL_NULL && field(c, k->name, &v, arg) < 0))
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

struct link_target {
	struct inn_link *l;
	struct inn_link_more *x;
	const char *where;
};

static int link_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct link_target *t = arg;

	return inn_load_link_field(c->m, t->l, t->x, key, v, &c->rest, t->where, c->err);
}

/* The node key named name, when there is one. */
static const struct key *node_key(const struct ctx *c, const char *name)
{
	for (size_t i = 0; i < c->nkeys; i++)
		if ((c->keys[i].domain & D_NODE) && !strcmp(c->keys[i].name, name))
			return &c->keys[i];
	return NULL;
}

/*
 * python-igraph writes a vertex's name as a "name" key and numbers the <node id>s n0, n1, ...
 * by position: then the names are the ids (and "v0" finds the node igraph calls "v0").
 */
static bool names_are_ids(struct ctx *c, const xmlNode *const *nodes, size_t n, const struct key *name)
{
	char expect[32];
	bool yes = name && name->type == T_STRING;

	for (size_t i = 0; i < n && yes; i++) {
		const char *id = prop(c, nodes[i], "id"), *text = value_text(c, nodes[i], name, D_NODE);
		snprintf(expect, sizeof(expect), "n%zu", i);
		yes = id && !strcmp(id, expect) && text && *text;
		release_texts(c);
	}
	return yes;
}

/*
 * The nodes, in file order; index (a model of the <node id>s alone, in the same order) is what
 * edges are resolved through, since the model's ids may come from a key instead: a node "id"
 * key (python-igraph keeps the ids of a graph it read there) or names_are_ids().
 */
static int read_nodes(struct ctx *c, const xmlNode *const *nodes, size_t n, struct inn_model *index)
{
	const struct key *idkey = node_key(c, "id"), *namekey = node_key(c, "name");
	/* with both, the "id" key wins, as when igraph's reader merged it with the <node id>s */
	bool by_name = !idkey && names_are_ids(c, nodes, n, namekey);
	char where[200], num[64];

	for (size_t i = 0; i < n; i++) {
		const xmlNode *k = nodes[i];
		const char *raw = prop(c, k, "id"), *id = raw;
		size_t at;
		if (!raw || !*raw)
			return fail(c, k, "a node has no id");
		if (by_name) {
			id = value_text(c, k, namekey, D_NODE);
		} else if (idkey) {
			const char *text = value_text(c, k, idkey, D_NODE);
			double x;
			if (text && *text)
				id = text;
			/* a number-typed id key reads as igraph's reader gave it, printed with %.17g */
			if (text && *text && idkey->type == T_NUMBER && inn_load_number(text, strlen(text), &x)) {
				snprintf(num, sizeof(num), "%.17g", x);
				id = num;
			}
		}
		if (!id || !*id)
			return fail(c, k, "a node has no id");
		if (strlen(id) > INN_LOAD_MAX_STRING || strlen(raw) > INN_LOAD_MAX_STRING)
			return fail(c, k, "node id longer than %zu bytes", INN_LOAD_MAX_STRING);
		int rc = inn_model_add_node(index, raw, false, &at);
		if (rc == INN_MODEL_EDUP)
			return fail(c, k, "duplicate node id '%.200s'", raw);
		if (rc == 0)
			rc = inn_model_add_node(c->m, id, false, &at);
		if (rc == INN_MODEL_EDUP) /* only possible when ids come from a key */
			return fail(c, k, "duplicate node id '%.200s'", id);
		if (rc < 0)
			return oom(c);
		struct inn_node_more x = inn_no_node_more;
		struct node_target t = {&c->m->nodes[at], &x, where};
		snprintf(where, sizeof(where), "%s:%ld: node '%.60s'", c->origin, xmlGetLineNo(k), id);
		if (read_data(c, k, D_NODE, idkey, by_name ? namekey : NULL, node_field, &t) < 0 ||
		    inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			return -1;
		if (inn_model_put_node_more(c->m, at, &x) < 0)
			return oom(c);
		release_texts(c);
	}
	return 0;
}

/* Whether edge e is directed: its own directed="...", else the graph's edgedefault. */
static int edge_directed(struct ctx *c, const xmlNode *e, bool fallback, bool *directed)
{
	xmlChar *d = xmlGetProp((xmlNode *)e, (const xmlChar *)"directed");
	int ret = 0;

	*directed = fallback;
	if (d && (!strcmp((const char *)d, "true") || !strcmp((const char *)d, "1")))
		*directed = true;
	else if (d && (!strcmp((const char *)d, "false") || !strcmp((const char *)d, "0")))
		*directed = false;
	else if (d)
		ret = fail(c, e, "edge attribute directed='%.40s' (expected true or false)", (const char *)d);
	xmlFree(d);
	return ret;
}

/*
 * The edges: first every link (an undirected edge of a directed model is two arcs), so that
 * the model knows whether it is a multigraph, then their data, since an <edge id> is read as
 * a multigraph's key (NetworkX's reading) and names nothing in a simple graph.
 */
static int read_edges(struct ctx *c, const xmlNode *const *edges, size_t n, const struct inn_model *index,
		      bool fallback)
{
	const struct key *linkkey = NULL, *idkey = NULL;
	char where[300];
	size_t repeat, first;

	for (size_t i = 0; i < c->nkeys && !linkkey; i++)
		if ((c->keys[i].domain & D_EDGE) && !strcmp(c->keys[i].name, "key"))
			linkkey = &c->keys[i];
	/* python-igraph writes an edge attribute "id" as a key: it is the <edge id> igraph read */
	for (size_t i = 0; i < c->nkeys && !idkey; i++)
		if ((c->keys[i].domain & D_EDGE) && !strcmp(c->keys[i].name, "id"))
			idkey = &c->keys[i];
	c->m->directed = fallback;
	for (size_t i = 0; i < n; i++) {
		bool directed;
		if (edge_directed(c, edges[i], fallback, &directed) < 0)
			return -1;
		c->m->directed |= directed;
	}
	for (size_t i = 0; i < n; i++) {
		const xmlNode *e = edges[i];
		const char *src = prop(c, e, "source"), *tgt = prop(c, e, "target");
		size_t s, t;
		bool directed;
		if (!src || !tgt)
			return fail(c, e, "an edge has no %s", src ? "target" : "source");
		if (!inn_model_find(index, src, &s))
			return fail(c, e, "edge source '%.200s' is not a node", src);
		if (!inn_model_find(index, tgt, &t))
			return fail(c, e, "edge target '%.200s' is not a node", tgt);
		edge_directed(c, e, fallback, &directed);
		bool both = c->m->directed && !directed;
		if (!inn_model_add_link(c->m, (uint32_t)s, (uint32_t)t) ||
		    (both && !inn_model_add_link(c->m, (uint32_t)t, (uint32_t)s)))
			return oom(c);
		release_texts(c);
	}
	if (inn_model_find_parallel(c->m, &repeat, &first) < 0)
		return oom(c);
	c->m->multigraph = repeat != SIZE_MAX;
	for (size_t i = 0, j = 0; i < n; i++) {
		const xmlNode *e = edges[i];
		const char *eid = prop(c, e, "id");
		bool directed;
		edge_directed(c, e, fallback, &directed);
		for (int twice = 0; twice < (c->m->directed && !directed ? 2 : 1); twice++, j++) {
			struct inn_link *l = &c->m->links[j];
			struct inn_link_more x = inn_no_link_more;
			struct link_target lt = {l, &x, where};
			snprintf(where, sizeof(where), "%s:%ld: link %zu ('%.60s' %s '%.60s')", c->origin, xmlGetLineNo(e),
				 j + 1, c->m->nodes[l->source].id, c->m->directed ? "->" : "--", c->m->nodes[l->target].id);
			if (eid && *eid && c->m->multigraph && !linkkey) {
				struct inn_value v = {.type = INN_VAL_STRING, .text = eid};
				if (link_field(c, "key", &v, &lt) < 0)
					return -1;
			}
			if (read_data(c, e, D_EDGE, idkey, NULL, link_field, &lt) < 0 ||
			    inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
			    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
				return -1;
			if (inn_model_put_link_more(c->m, j, &x) < 0)
				return oom(c);
		}
		release_texts(c);
	}
	return 0;
}

static int graph_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	char num[64];
	const char *text = v->text;

	(void)arg;
	if (!strcmp(key, "name") || !strcmp(key, "as_of")) {
		if (v->type == INN_VAL_NUMBER) {
			snprintf(num, sizeof(num), "%.17g", v->number);
			text = num;
		}
		if (v->type == INN_VAL_STRING || v->type == INN_VAL_NUMBER) {
			const char *copy = inn_arena_strdup(c->m->arena, text);
			if (!copy)
				return oom(c);
			*(key[0] == 'n' ? &c->m->name : &c->m->as_of) = copy;
		}
	}
	if (inn_attr_list_add(&c->rest, key, v) < 0)
		return oom(c);
	return 0;
}

/* The graph's <data>: its name and as_of, and every one as a graph attribute. */
static int read_graph_data(struct ctx *c, const xmlNode *graph)
{
	if (read_data(c, graph, D_GRAPH, NULL, NULL, graph_field, NULL) < 0)
		return -1;
	return inn_attr_list_store(&c->rest, c->m, &c->m->graph_attrs, &c->m->ngraph_attrs, c->origin, c->err);
}

/* The <node>s and <edge>s of the graph, in file order (nested graphs, hyperedges: not read). */
static int collect(struct ctx *c, const xmlNode *graph, const xmlNode ***nodes, size_t *nn, const xmlNode ***edges,
		   size_t *ne)
{
	size_t n = 0, e = 0;

	for (const xmlNode *k = graph->children; k; k = k->next) {
		n += named(k, "node");
		e += named(k, "edge");
	}
	if (!(*nodes = malloc((n ? n : 1) * sizeof(**nodes))) || !(*edges = malloc((e ? e : 1) * sizeof(**edges))))
		return oom(c);
	*nn = *ne = 0;
	for (const xmlNode *k = graph->children; k; k = k->next) {
		if (named(k, "node"))
			(*nodes)[(*nn)++] = k;
		else if (named(k, "edge"))
			(*edges)[(*ne)++] = k;
	}
	return 0;
}

/* Keep libxml2's first error (its parser context's _private is the ctx). */
static void first_error(void *data, xmlErrorPtr e)
{
	struct ctx *c = ((xmlParserCtxtPtr)data)->_private;

	if (c->first_line || !e || e->level < XML_ERR_ERROR)
		return;
	snprintf(c->first, sizeof(c->first), "%s", e->message ? e->message : "not well-formed XML");
	c->first_line = e->line > 0 ? e->line : 1;
}

/* "Opening and ending tag mismatch: node line 4 and graph\n" -> "opening and ending tag mismatch: ..." */
static void parse_error(struct ctx *c, const xmlError *e)
{
	char msg[512];
	size_t len;
	int line = c->first_line ? c->first_line : e ? e->line : 0;

	if (c->first_line)
		snprintf(msg, sizeof(msg), "%s", c->first);
	else
		snprintf(msg, sizeof(msg), "%s", e && e->message ? e->message : "not well-formed XML");
	len = strlen(msg);
	while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
		msg[0] = (char)(msg[0] - 'A' + 'a');
	inn_error_set(c->err, INN_EINPUT, "%s:%d: invalid GraphML: %s", c->origin, line, msg);
}

/* libxml2 prints parse errors on stderr unless told where to put them: innonet prints one line itself. */
static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

struct inn_model *inn_load_graphml(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	xmlParserCtxtPtr parser = NULL;
	xmlDocPtr doc = NULL;
	struct inn_model *index = NULL;
	const xmlNode **nodes = NULL, **edges = NULL;
	size_t nn = 0, ne = 0;

	if (len == 0) {
		inn_error_set(err, INN_EINPUT, "%s: empty file (expected GraphML)", origin);
		return NULL;
	}
	if (len > INT_MAX) {
		inn_error_set(err, INN_EINPUT, "%s: GraphML larger than 2 GiB", origin);
		return NULL;
	}
	if (prescan(buf, len, origin, err) < 0)
		return NULL;
	if (!(c.m = inn_model_new(origin)) || !(index = inn_model_new(origin)) || !(parser = xmlNewParserCtxt())) {
		oom(&c);
		goto fail;
	}
	xmlSetGenericErrorFunc(NULL, quiet);
	parser->_private = &c;
	parser->sax->serror = first_error;
	/* no network, no external entities, no DTD: a file names no other file innonet would read */
	doc = xmlCtxtReadMemory(parser, buf, (int)len, origin, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT |
				   XML_PARSE_BIG_LINES); /* lines past 65,535 named as they are */
	if (!doc) {
		parse_error(&c, xmlCtxtGetLastError(parser));
		goto fail;
	}
	const xmlNode *root = xmlDocGetRootElement(doc), *graph = root ? child(root, "graph") : NULL;
	if (!root || !named(root, "graphml")) {
		inn_error_set(err, INN_EINPUT, "%s: invalid GraphML: the root element is not <graphml>", origin);
		goto fail;
	}
	if (!graph) {
		fail(&c, root, "invalid GraphML: no <graph> element");
		goto fail;
	}
	const char *edgedefault = prop(&c, graph, "edgedefault");
	/* GraphML's schema makes "directed" the default, as igraph's reader did */
	bool directed = !edgedefault || strcmp(edgedefault, "undirected") != 0;
	if (edgedefault && strcmp(edgedefault, "directed") && strcmp(edgedefault, "undirected")) {
		fail(&c, graph, "invalid GraphML: edgedefault '%.40s' (expected directed or undirected)", edgedefault);
		goto fail;
	}
	release_texts(&c);
	if (read_keys(&c, root) < 0 || read_graph_data(&c, graph) < 0 || collect(&c, graph, &nodes, &nn, &edges, &ne) < 0 ||
	    read_nodes(&c, nodes, nn, index) < 0 || read_edges(&c, edges, ne, index, directed) < 0)
		goto fail;
	goto out;
fail:
	inn_model_free(c.m);
	c.m = NULL;
out:
	c.kept = 0;
	release_texts(&c);
	free(c.texts);
	free(nodes);
	free(edges);
	for (int d = 0; d < 3; d++)
		free(c.defaults[d]);
	free(c.mark);
	free(c.keys);
	inn_attr_list_release(&c.rest);
	inn_model_free(index);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(parser);
	return c.m;
}
