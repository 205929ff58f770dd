/*
 * load_graphml.c: GraphML -> typed model, through libxml2's stream reader, one node or edge a
 * small tree at a time (the same library and habits as load_gexf.c, in the same module); the
 * only code that reads GraphML.
 *
 * Typed <key>s (boolean, int, long, float, double, string) for nodes, edges, the graph or all,
 * with their <default>; directed from edgedefault, and an edge's own directed="true|false"
 * (a mixed file is read as directed, its undirected edges as two arcs, as GEXF's mutual edges);
 * python-igraph's ids (a node "id" or "name" key, see read_nodes()). Values igraph's reader
 * used to lose are kept: an empty string is an empty string, and a boolean a node lacks is
 * absent. yEd's graphics keys, hyperedges, ports and nested graphs are not read.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "innonet/grow.h"
#include "load_internal.h"
#include "load_xml.h"

/* More <key>s than this are refused before libxml2 reads the file (a real file has dozens). */
#define MAX_KEYS 10000

enum domain { D_NODE = 1, D_EDGE = 2, D_GRAPH = 4, D_ALL = 7 };
enum atype { T_STRING, T_NUMBER, T_BOOL };

struct key {
	const char *id, *name; /* borrowed from ctx.x.texts */
	const char *fallback;  /* <default>, borrowed from ctx.x.texts; NULL when none */
	enum domain domain;
	enum atype type;
	long line;
};

struct ctx {
	struct inn_xml x;      /* the origin, the error, the texts (the keys' are kept to the end) */
	struct inn_model *m;   /* being built */
	struct key *keys;      /* owned, sorted by id for bsearch() once the <graph> begins */
	size_t nkeys, keys_cap;
	unsigned *mark;        /* owned: per key, the stamp of the last element that gave it a value */
	unsigned stamp;        /* the element being read: no clearing between elements */
	struct key **defaults[3]; /* owned arrays of borrowed keys: those with a <default>, for node, edge, graph */
	size_t ndefaults[3];
	struct inn_attr_list rest;
};

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
/* One <key>, kept unsorted until finish_keys(); yEd's graphics keys (yfiles.type) are left out. */
static int add_key(struct ctx *c, const xmlNode *k)
{
	const char *id = inn_xml_prop(&c->x, k, "id"), *name = inn_xml_prop(&c->x, k, "attr.name"), *type = inn_xml_prop(&c->x, k, "attr.type");
	const char *dom = inn_xml_prop(&c->x, k, "for"), *yfiles = inn_xml_prop(&c->x, k, "yfiles.type");

	if (!id)
		return inn_xml_fail(&c->x, k, "invalid GraphML: a <key> has no id");
	if (c->mark)
		return inn_xml_fail(&c->x, k, "invalid GraphML: a <key> after the <graph> (keys come first)");
	if (yfiles)
		return 0;
	if (c->nkeys == c->keys_cap) {
		struct key *v = inn_grow(c->keys, &c->keys_cap, c->nkeys + 1, sizeof(*v));
		if (!v)
			return inn_xml_oom(&c->x);
		c->keys = v;
	}
	struct key *key = &c->keys[c->nkeys++];
	const xmlNode *d = inn_xml_child(k, "default");
	key->id = id;
	key->name = name ? name : id; /* no attr.name: the id is all there is to call it */
	key->fallback = d ? inn_xml_keep(&c->x, xmlNodeGetContent(d)) : NULL;
	key->domain = !dom || !strcmp(dom, "all") ? D_ALL : !strcmp(dom, "node") ? D_NODE
		    : !strcmp(dom, "edge") ? D_EDGE : !strcmp(dom, "graph") ? D_GRAPH : 0;
	key->type = !type || !strcmp(type, "string") ? T_STRING : !strcmp(type, "boolean") ? T_BOOL
		  : !strcmp(type, "int") || !strcmp(type, "long") || !strcmp(type, "float") || !strcmp(type, "double")
			  ? T_NUMBER
			  : T_STRING;
	key->line = xmlGetLineNo(k);
	if (type && key->type == T_STRING && strcmp(type, "string") != 0)
		return inn_xml_fail(&c->x, k, "invalid GraphML: key '%.60s' has attr.type '%.40s' (expected boolean, int, long, "
			    "float, double or string)", id, type);
	c->x.kept = c->x.ntexts; /* the keys' texts stay to the end */
	return 0;
}

/* The keys sorted by id for bsearch(), checked, and the lists of defaults; at the <graph>. */
static int finish_keys(struct ctx *c)
{
	if (c->nkeys)
		qsort(c->keys, c->nkeys, sizeof(*c->keys), key_cmp);
	for (size_t i = 1; i < c->nkeys; i++)
		if (!strcmp(c->keys[i - 1].id, c->keys[i].id))
			return inn_error_set(c->x.err, INN_EINPUT, "%s:%ld: invalid GraphML: key id '%.60s' is declared twice",
					     c->x.origin, c->keys[i].line > c->keys[i - 1].line ? c->keys[i].line : c->keys[i - 1].line,
					     c->keys[i].id);
	if (!(c->mark = calloc(c->nkeys ? c->nkeys : 1, sizeof(*c->mark))))
		return inn_xml_oom(&c->x);
	for (int d = 0; d < 3; d++) {
		if (!(c->defaults[d] = calloc(c->nkeys ? c->nkeys : 1, sizeof(*c->defaults[d]))))
			return inn_xml_oom(&c->x);
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
				return inn_xml_fail(&c->x, at, "'%.60s' must be a number, not '%.40s'", k->name, s);
		}
		if (isnan(v->number)) /* igraph's and NetworkX's missing number */
			v->type = INN_VAL_NULL;
	} else {
		v->type = INN_VAL_BOOL;
		if (!strcasecmp(s, "true") || !strcasecmp(s, "yes") || !strcmp(s, "1"))
			v->boolean = true;
		else if (strcasecmp(s, "false") && strcasecmp(s, "no") && strcmp(s, "0"))
			return inn_xml_fail(&c->x, at, "'%.60s' must be true or false, not '%.40s'", k->name, s);
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
		if (inn_xml_named(d, "data") && data_key(c, d, domain) == k)
			return inn_xml_keep(&c->x, xmlNodeGetContent(d));
	return k->fallback;
}

typedef int (*field_fn)(struct ctx *, const char *key, const struct inn_value *, void *arg);

/* A new element: no key has given it a value yet. */
static void data_begin(struct ctx *c)
{
	if (!++c->stamp) { /* wrapped after 4 billion elements: an old mark could look current */
		memset(c->mark, 0, (c->nkeys ? c->nkeys : 1) * sizeof(*c->mark));
		c->stamp = 1;
	}
}

/*
 * Key k's value, text (libxml2's, now owned here and kept: typed() trims it in place), through
 * field(), unless it is null; at names the line. A <data> and a key's default end alike so.
 */
static int data_value(struct ctx *c, const xmlNode *at, const struct key *k, xmlChar *text, field_fn field, void *arg)
{
	char *s = (char *)inn_xml_keep(&c->x, text);
	struct inn_value v;

	if (!s)
		return inn_xml_oom(&c->x);
	if (typed(c, at, k, s, &v) < 0 || (v.type != INN_VAL_NULL && field(c, k->name, &v, arg) < 0))
		return -1;
	return 0;
}

/* One <data> x of the element, through field(); skip and skip2 (may be NULL): keys not passed on. */
static int data_one(struct ctx *c, const xmlNode *x, enum domain domain, const struct key *skip,
		    const struct key *skip2, field_fn field, void *arg)
{
	const struct key *k = inn_xml_named(x, "data") ? data_key(c, x, domain) : NULL;

	/* a key given twice keeps its first value */
	if (!k || k == skip || k == skip2 || c->mark[k - c->keys] == c->stamp)
		return 0;
	c->mark[k - c->keys] = c->stamp;
	return data_value(c, x, k, xmlNodeGetContent(x), field, arg);
}

/* The defaults of the keys the element gave no value (at names its line). */
static int data_defaults(struct ctx *c, const xmlNode *at, enum domain domain, const struct key *skip,
			 const struct key *skip2, field_fn field, void *arg)
{
	int d = domain == D_NODE ? 0 : domain == D_EDGE ? 1 : 2;

	for (size_t i = 0; i < c->ndefaults[d]; i++) {
		const struct key *k = c->defaults[d][i];
		if (c->mark[k - c->keys] == c->stamp || k == skip || k == skip2)
			continue;
		/* typed() trims in place: the default is copied, not changed for the next element */
		if (data_value(c, at, k, xmlStrdup((const xmlChar *)k->fallback), field, arg) < 0)
			return -1;
	}
	return 0;
}

/*
 * The <data> of el and the defaults of the keys it gives no value, through field(). Time
 * proportional to el's <data> and the defaults that apply, never to all the keys.
 */
static int read_data(struct ctx *c, const xmlNode *el, enum domain domain, const struct key *skip,
		     const struct key *skip2, field_fn field, void *arg)
{
	data_begin(c);
	for (const xmlNode *x = el->children; x; x = x->next)
		if (data_one(c, x, domain, skip, skip2, field, arg) < 0)
			return -1;
	return data_defaults(c, el, domain, skip, skip2, field, arg);
}

static int node_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct inn_xml_node *t = arg;

	return inn_load_node_field(c->m, t->n, t->x, key, v, &c->rest, t->where, c->x.err);
}

static int link_field(struct ctx *c, const char *key, const struct inn_value *v, void *arg)
{
	struct inn_xml_link *t = arg;

	return inn_load_link_field(c->m, t->l, t->x, key, v, &c->rest, t->where, c->x.err);
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
		ret = inn_xml_fail(&c->x, e, "edge attribute directed='%.40s' (expected true or false)", (const char *)d);
	xmlFree(d);
	return ret;
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
				return inn_xml_oom(&c->x);
			*(key[0] == 'n' ? &c->m->name : &c->m->as_of) = copy;
		}
	}
	if (inn_attr_list_add(&c->rest, key, v) < 0)
		return inn_xml_oom(&c->x);
	return 0;
}

/*
 * The state of the three passes over the document (walk()). The file is read as a stream, so
 * that only one node or edge at a time is a tree: three parses cost less than a tree of the
 * whole file, which takes some 16 times its size.
 *
 * 1. the keys, the graph's <data>, the <node id>s into index (a model of them alone, in the
 *    same order as the model's nodes), whether python-igraph's names are the ids, whether any
 *    edge is directed;
 * 2. the nodes with their data; each edge's ends, through index, since the model's ids may come
 *    from a key instead (a node "id" key, where python-igraph keeps the ids of a graph it read,
 *    or the names); then every link, so that the model knows whether it is a multigraph;
 * 3. the edges' data, since an <edge id> is read as a multigraph's key (NetworkX's reading) and
 *    names nothing in a simple graph.
 */
struct pass {
	int number;                /* 1, 2 or 3 */
	struct inn_model *index;   /* owned by inn_load_graphml() */
	const struct key *idkey, *namekey, *linkkey, *eidkey; /* borrowed from ctx.keys */
	bool fallback;             /* edgedefault="directed" (or none) */
	bool by_name;              /* python-igraph's names are the ids (pass 1 finds out) */
	size_t nodes, edges;       /* seen so far in this pass */
	uint32_t (*ends)[2];       /* owned: each edge's ends (pass 2) */
	bool *undirected;          /* owned: each edge is undirected in a directed model (pass 2) */
	size_t links;              /* the next link whose data pass 3 reads */
	struct ctx *c;             /* borrowed: the reader */
	bool in_graph, had_graph;  /* within the first <graph>; there was one (this pass) */
	long root_line;            /* the line of the root element (this pass) */
};

enum what { W_KEY, W_GRAPH, W_GRAPH_DATA, W_NODE, W_EDGE };

/* The node key (edge key) named name, when there is one. */
static const struct key *key_named(const struct ctx *c, enum domain domain, const char *name)
{
	for (size_t i = 0; i < c->nkeys; i++)
		if ((c->keys[i].domain & domain) && !strcmp(c->keys[i].name, name))
			return &c->keys[i];
	return NULL;
}

static int node_pass1(struct ctx *c, struct pass *p, const xmlNode *k)
{
	const char *raw = inn_xml_prop(&c->x, k, "id");
	char expect[32];
	size_t at;

	if (inn_xml_add_node(&c->x, p->index, k, raw, &at) < 0)
		return -1;
	/* python-igraph numbers the <node id>s n0, n1, ... by position and writes the names as a key */
	if (p->by_name) {
		const char *text = value_text(c, k, p->namekey, D_NODE);
		snprintf(expect, sizeof(expect), "n%zu", p->nodes);
		p->by_name = !strcmp(raw, expect) && text && *text;
	}
	p->nodes++;
	return 0;
}

static int node_pass2(struct ctx *c, struct pass *p, const xmlNode *k)
{
	const char *id = inn_xml_prop(&c->x, k, "id");
	char where[200], num[64];
	size_t at;

	if (p->by_name) {
		id = value_text(c, k, p->namekey, D_NODE);
	} else if (p->idkey) {
		const char *text = value_text(c, k, p->idkey, D_NODE);
		double x;
		if (text && *text)
			id = text;
		/* a number-typed id key reads as igraph's reader gave it, printed with %.17g */
		if (text && *text && p->idkey->type == T_NUMBER && inn_load_number(text, strlen(text), &x)) {
			snprintf(num, sizeof(num), "%.17g", x);
			id = num;
		}
	}
	if (!id)
		return inn_xml_oom(&c->x);
	/* a repeat is only possible when ids come from a key; an empty one never (pass 1, by_name) */
	if (inn_xml_add_node(&c->x, c->m, k, id, &at) < 0)
		return -1;
	struct inn_node_more x = inn_no_node_more;
	struct inn_xml_node t = {&c->m->nodes[at], &x, where};
	snprintf(where, sizeof(where), "%s:%ld: node '%.60s'", c->x.origin, xmlGetLineNo(k), id);
	if (read_data(c, k, D_NODE, p->idkey, p->by_name ? p->namekey : NULL, node_field, &t) < 0 ||
	    inn_load_node_end(c->m, at, &x, &c->rest, where, c->x.origin, c->x.err) < 0)
		return -1;
	return 0;
}

static int edge_pass2(struct ctx *c, struct pass *p, const xmlNode *e)
{
	const char *src = inn_xml_prop(&c->x, e, "source"), *tgt = inn_xml_prop(&c->x, e, "target");
	size_t s, t;
	bool directed;

	if (!src || !tgt)
		return inn_xml_fail(&c->x, e, "an edge has no %s", src ? "target" : "source");
	if (!inn_model_find(p->index, src, &s))
		return inn_xml_fail(&c->x, e, "edge source '%.200s' is not a node", src);
	if (!inn_model_find(p->index, tgt, &t))
		return inn_xml_fail(&c->x, e, "edge target '%.200s' is not a node", tgt);
	if (edge_directed(c, e, p->fallback, &directed) < 0)
		return -1;
	p->ends[p->edges][0] = (uint32_t)s;
	p->ends[p->edges][1] = (uint32_t)t;
	p->undirected[p->edges] = c->m->directed && !directed;
	p->edges++;
	return 0;
}

static int edge_pass3(struct ctx *c, struct pass *p, const xmlNode *e)
{
	const char *eid = inn_xml_prop(&c->x, e, "id");
	bool both = p->undirected[p->edges++];
	char where[300];

	for (int twice = 0; twice < (both ? 2 : 1); twice++) {
		size_t j = p->links++;
		struct inn_link *l = &c->m->links[j];
		struct inn_link_more x = inn_no_link_more;
		struct inn_xml_link lt = {l, &x, where};
		snprintf(where, sizeof(where), "%s:%ld: link %zu ('%.60s' %s '%.60s')", c->x.origin, xmlGetLineNo(e), j + 1,
			 c->m->nodes[l->source].id, c->m->directed ? "->" : "--", c->m->nodes[l->target].id);
		if (eid && *eid && c->m->multigraph && !p->linkkey) {
			struct inn_value v = {.type = INN_VAL_STRING, .text = eid};
			if (link_field(c, "key", &v, &lt) < 0)
				return -1;
		}
		/* python-igraph writes an edge attribute "id" as a key: the <edge id> igraph read */
		if (read_data(c, e, D_EDGE, p->eidkey, NULL, link_field, &lt) < 0 ||
		    inn_load_link_end(c->m, j, &x, &c->rest, where, c->x.origin, c->x.err) < 0)
			return -1;
	}
	return 0;
}

/* The <graph> begins: the keys are all known (pass 1). */
static int graph_begins(struct ctx *c, struct pass *p, const xmlNode *graph)
{
	const char *edgedefault = inn_xml_prop(&c->x, graph, "edgedefault");

	/* GraphML's schema makes "directed" the default, as igraph's reader did */
	if (edgedefault && strcmp(edgedefault, "directed") && strcmp(edgedefault, "undirected"))
		return inn_xml_fail(&c->x, graph, "invalid GraphML: edgedefault '%.40s' (expected directed or undirected)", edgedefault);
	p->fallback = !edgedefault || strcmp(edgedefault, "undirected") != 0;
	c->m->directed = p->fallback;
	if (finish_keys(c) < 0)
		return -1;
	p->idkey = key_named(c, D_NODE, "id");
	p->namekey = key_named(c, D_NODE, "name");
	p->linkkey = key_named(c, D_EDGE, "key");
	p->eidkey = key_named(c, D_EDGE, "id");
	/* with both, the "id" key wins, as when igraph's reader merged it with the <node id>s */
	p->by_name = !p->idkey && p->namekey && p->namekey->type == T_STRING;
	data_begin(c); /* the graph's own <data> follow */
	return 0;
}

static int visit(struct ctx *c, struct pass *p, enum what what, const xmlNode *el)
{
	bool directed;

	switch (what) {
	case W_KEY:
		return p->number == 1 ? add_key(c, el) : 0;
	case W_GRAPH:
		return p->number == 1 ? graph_begins(c, p, el) : 0;
	case W_GRAPH_DATA:
		return p->number == 1 ? data_one(c, el, D_GRAPH, NULL, NULL, graph_field, NULL) : 0;
	case W_NODE:
		return p->number == 1 ? node_pass1(c, p, el) : p->number == 2 ? node_pass2(c, p, el) : 0;
	case W_EDGE:
		if (p->number == 1) {
			p->edges++;
			if (edge_directed(c, el, p->fallback, &directed) < 0)
				return -1;
			c->m->directed |= directed; /* one directed edge makes the model directed */
			return 0;
		}
		return p->number == 2 ? edge_pass2(c, p, el) : edge_pass3(c, p, el);
	}
	return 0;
}

/* An element of the stream (see walk()). */
static int start(void *arg, xmlTextReaderPtr r, int depth, const char *name)
{
	struct pass *p = arg;
	struct ctx *c = p->c;

	if (depth == 0) {
		p->root_line = xmlGetLineNo(xmlTextReaderCurrentNode(r));
		if (strcmp(name, "graphml") != 0)
			return inn_error_set(c->x.err, INN_EINPUT, "%s: invalid GraphML: the root element is not <graphml>",
					     c->x.origin);
		return INN_XML_DESCEND;
	}
	if (depth == 1 && !strcmp(name, "graph") && !p->had_graph) {
		p->had_graph = p->in_graph = true;
		return visit(c, p, W_GRAPH, xmlTextReaderCurrentNode(r)) < 0 ? -1 : INN_XML_DESCEND;
	}
	/* whatever another element holds is read from its tree, or not at all */
	enum what what = depth == 1 && !strcmp(name, "key")                ? W_KEY
			 : depth == 2 && p->in_graph && !strcmp(name, "data") ? W_GRAPH_DATA
			 : depth == 2 && p->in_graph && !strcmp(name, "node") ? W_NODE
			 : depth == 2 && p->in_graph && !strcmp(name, "edge") ? W_EDGE
									      : (enum what)-1;
	if ((int)what < 0)
		return INN_XML_SKIP;
	const xmlNode *el = xmlTextReaderExpand(r);
	if (!el)
		return INN_XML_BROKEN;
	if (visit(c, p, what, el) < 0)
		return -1;
	if (what == W_GRAPH_DATA)
		c->x.kept = c->x.ntexts; /* c->rest borrows them until the graph's attributes are stored */
	return INN_XML_SKIP;
}

static void end(void *arg, int depth, const char *name)
{
	struct pass *p = arg;

	(void)name;
	if (depth == 1)
		p->in_graph = false;
}

/*
 * One pass over the document as a stream: the <key>s, the first <graph>'s <data>, <node>s and
 * <edge>s go to visit() one at a time, each a small tree libxml2 frees when the reader moves
 * on. Nested graphs (inside a node), hyperedges, ports and other graphs are skipped.
 * (prescan() refused entity declarations.)
 */
static int walk(struct ctx *c, struct pass *p, const char *buf, size_t len)
{
	const struct inn_xml_walk w = {start, end, p};

	p->in_graph = p->had_graph = false;
	p->root_line = 0;
	if (inn_xml_walk(&c->x, buf, len, &w) < 0)
		return -1;
	if (!p->had_graph)
		return inn_error_set(c->x.err, INN_EINPUT, "%s:%ld: invalid GraphML: no <graph> element", c->x.origin,
				     p->root_line);
	return 0;
}

/* After pass 2: every link (an undirected edge of a directed model is two arcs), and whether
 * two of them join the same pair. */
static int add_links(struct ctx *c, const struct pass *p)
{
	for (size_t i = 0; i < p->edges; i++) {
		uint32_t s = p->ends[i][0], t = p->ends[i][1];
		if (!inn_model_add_link(c->m, s, t) || (p->undirected[i] && !inn_model_add_link(c->m, t, s)))
			return inn_xml_oom(&c->x);
	}
	return inn_load_multigraph(c->m, c->x.origin, c->x.err);
}

struct inn_model *inn_load_graphml(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.x = {.origin = origin, .format = "GraphML", .err = err}};
	struct pass p = {.c = &c};
	int rc = -1;

	if (inn_xml_check_size(&c.x, len) < 0 || prescan(buf, len, origin, err) < 0)
		return NULL;
	if (!(c.m = inn_model_new(origin)) || !(p.index = inn_model_new(origin))) {
		inn_xml_oom(&c.x);
		goto out;
	}
	p.number = 1;
	if (walk(&c, &p, buf, len) < 0 ||
	    data_defaults(&c, NULL, D_GRAPH, NULL, NULL, graph_field, NULL) < 0 ||
	    inn_attr_list_store(&c.rest, c.m, &c.m->graph_attrs, &c.m->ngraph_attrs, origin, err) < 0)
		goto out;
	inn_xml_release(&c.x);
	if (!(p.ends = malloc((p.edges ? p.edges : 1) * sizeof(*p.ends))) ||
	    !(p.undirected = malloc(p.edges ? p.edges : 1))) {
		inn_xml_oom(&c.x);
		goto out;
	}
	p.number = 2;
	p.nodes = p.edges = 0;
	if (walk(&c, &p, buf, len) < 0 || add_links(&c, &p) < 0)
		goto out;
	p.number = 3;
	p.nodes = p.edges = 0;
	rc = walk(&c, &p, buf, len);
out:
	inn_xml_free(&c.x);
	free(p.ends);
	free(p.undirected);
	for (int d = 0; d < 3; d++)
		free(c.defaults[d]);
	free(c.mark);
	free(c.keys);
	inn_attr_list_release(&c.rest);
	inn_model_free(p.index);
	return inn_load_end(c.m, rc);
}
