/*
 * load_json_nx.c: NetworkX's three other JSON layouts, told from node-link JSON by their keys:
 *
 *   adjacency_data   {"directed", "multigraph", "graph", "nodes": [{"id": ...}],
 *                     "adjacency": [[{"id": NEIGHBOUR, "key"?, data...}, ...], ...]}: list i holds
 *                     the links of nodes[i];
 *   cytoscape_data   {"data", "directed", "multigraph", "elements": {"nodes": [{"data": {"id",
 *                     "value", "name", ...}}], "edges": [{"data": {"source", "target", ...}}]}};
 *   tree_data        {"id": ROOT, "children": [{"id": ..., "children": [...]}, ...]}, a directed tree.
 *
 * Each is checked by the strict JSON front end (json_tree.c: syntax, UTF-8, limits), rearranged
 * as the node-link document it stands for, and read by the node-link reader, so every field is
 * typed and checked one way whatever the layout. A message of that reader names its element
 * in the node-link document ("links[4]"); it is rewritten to name the element in this file.
 *
 * What NetworkX 2.8 writes and how it reads it back decide the details: the graph's attributes
 * are a list of [key, value] pairs in adjacency and Cytoscape data (an object is taken too); an
 * undirected link is in the lists of both its ends in adjacency data and is read once, from the
 * list of the end that comes first in "nodes" (a self-loop is listed once); a Cytoscape node's id
 * is its "value" (the original id, number or text; "id" is its text, used without one), and its
 * "name" is dropped when it is only the id as text; a tree's links run from parent to child.
 */
#include "innonet/load.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/grow.h"
#include "innonet/json_tree.h"
#include "innonet/keys.h"

enum layout { ADJACENCY, CYTOSCAPE, TREE };

struct conv {
	const char *origin;
	struct inn_error *err;
	cJSON *out;             /* the node-link document being built; owned */
	cJSON *nodes, *links;   /* its arrays, borrowed from out */
	size_t (*place)[2];     /* adjacency: links[k] came from adjacency[place[k][0]][place[k][1]]; tree:
				 * nodes[k] is children[place[k][1]] of nodes[place[k][0]] (the root: SIZE_MAX); owned */
	size_t nplace, cap;
	struct inn_model *ids;  /* adjacency: the node ids, to find a neighbour's position; owned */
};

static int oom(struct conv *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

static int bad(struct conv *c, const char *fmt, const char *a)
{
	char msg[300];

	snprintf(msg, sizeof(msg), fmt, a);
	return inn_error_set(c->err, INN_EINPUT, "%s: %s", c->origin, msg);
}

/* An object's members, copied onto dst but for the keys named in skip (a NULL-ended list). */
static int copy_members(struct conv *c, const cJSON *src, cJSON *dst, const char *const *skip)
{
	for (const cJSON *it = src->child; it; it = it->next) {
		bool skipped = false;
		for (size_t k = 0; skip && skip[k]; k++)
			skipped |= strcmp(it->string, skip[k]) == 0;
		if (skipped)
			continue;
		cJSON *v = cJSON_Duplicate(it, true);
		if (!v)
			return oom(c);
		/* a repeated key is copied too: the node-link reader refuses it, naming the element */
		cJSON_AddItemToObject(dst, it->string, v);
	}
	return 0;
}

/*
 * A new link {"source": source, "target": target} (copies of the two ids) at the end of the
 * links, for the adjacency and the tree formats alike; NULL when out of memory.
 */
static cJSON *add_link(struct conv *c, const cJSON *source, const cJSON *target)
{
	cJSON *l = cJSON_CreateObject();

	if (!l)
		return NULL;
	cJSON_AddItemToArray(c->links, l);
	if (!cJSON_AddItemToObject(l, "source", cJSON_Duplicate(source, false)) ||
	    !cJSON_AddItemToObject(l, "target", cJSON_Duplicate(target, false)))
		return NULL;
	return l;
}

/* The graph's attributes: an object, or NetworkX's list of [key, value] pairs. */
static int graph_attrs(struct conv *c, const cJSON *g, const char *name)
{
	cJSON *out = cJSON_AddObjectToObject(c->out, "graph");

	if (!out)
		return oom(c);
	if (!g)
		return 0;
	if (cJSON_IsObject(g))
		return copy_members(c, g, out, NULL);
	if (!cJSON_IsArray(g))
		return bad(c, "'%s' must be an object or a list of [key, value] pairs", name);
	for (const cJSON *p = g->child; p; p = p->next) {
		if (!cJSON_IsArray(p) || cJSON_GetArraySize(p) != 2 || !cJSON_IsString(p->child))
			return bad(c, "'%s' must be an object or a list of [key, value] pairs", name);
		if (cJSON_GetObjectItemCaseSensitive(out, p->child->valuestring))
			return bad(c, "'%s' names a key twice", name);
		cJSON *v = cJSON_Duplicate(p->child->next, true);
		if (!v)
			return oom(c);
		cJSON_AddItemToObject(out, p->child->valuestring, v);
	}
	return 0;
}

static int flags(struct conv *c, const cJSON *root)
{
	static const char *const names[] = {"directed", "multigraph"};

	for (size_t k = 0; k < 2; k++) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, names[k]);
		if (v && !cJSON_IsBool(v))
			return bad(c, "'%s' must be true or false", names[k]);
		if (v && !cJSON_AddItemToObject(c->out, names[k], cJSON_Duplicate(v, false)))
			return oom(c);
	}
	return 0;
}

/* An id as text for the lookup of adjacency data: its type first, so that 1 and "1" differ. */
static bool id_text(const cJSON *id, char *buf, size_t size, const char **text)
{
	if (cJSON_IsString(id)) {
		*text = id->valuestring;
		return true;
	}
	if (!cJSON_IsNumber(id))
		return false;
	snprintf(buf, size, "\x01%.17g", id->valuedouble);
	*text = buf;
	return true;
}

static int push_place(struct conv *c, size_t a, size_t b)
{
	if (c->nplace == c->cap) {
		void *p = inn_grow(c->place, &c->cap, c->nplace + 1, sizeof(*c->place));
		if (!p)
			return oom(c);
		c->place = p;
	}
	c->place[c->nplace][0] = a;
	c->place[c->nplace++][1] = b;
	return 0;
}

static int adjacency(struct conv *c, const cJSON *root)
{
	const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
	const cJSON *adj = cJSON_GetObjectItemCaseSensitive(root, "adjacency");
	const cJSON *dir = cJSON_GetObjectItemCaseSensitive(root, "directed");
	bool directed = cJSON_IsTrue(dir);
	char buf[40];
	const char *text;
	size_t at, i = 0;

	if (!cJSON_IsArray(nodes) || !cJSON_IsArray(adj))
		return bad(c, "%s", "adjacency data needs the arrays 'nodes' and 'adjacency'");
	if (cJSON_GetArraySize(nodes) != cJSON_GetArraySize(adj))
		return bad(c, "%s", "'adjacency' must have a list for each of the 'nodes'");
	if (!(c->ids = inn_model_new(c->origin)))
		return oom(c);
	/* every node is copied as it is (the node-link reader checks it); ids are only looked up */
	for (const cJSON *n = nodes->child; n; n = n->next) {
		cJSON *copy = cJSON_Duplicate(n, true);
		if (!copy)
			return oom(c);
		cJSON_AddItemToArray(c->nodes, copy);
		const cJSON *id = cJSON_IsObject(n) ? cJSON_GetObjectItemCaseSensitive(n, "id") : NULL;
		/* a node without a usable id, or a repeated one, is the node-link reader's to name */
		if (id && id_text(id, buf, sizeof(buf), &text) && !inn_model_find(c->ids, text, &at) &&
		    inn_model_add_node(c->ids, text, false, &at) < 0)
			return oom(c);
	}
	/* the two arrays walked side by side: looking a node up by position would be quadratic */
	const cJSON *src = nodes->child;
	for (const cJSON *list = adj->child; list; list = list->next, src = src->next, i++) {
		size_t j = 0;
		const cJSON *sid = cJSON_IsObject(src) ? cJSON_GetObjectItemCaseSensitive(src, "id") : NULL;
		char where[80];
		snprintf(where, sizeof(where), "adjacency[%zu]", i);
		if (!cJSON_IsArray(list))
			return bad(c, "%s must be a list of neighbours", where);
		for (const cJSON *nb = list->child; nb; nb = nb->next, j++) {
			snprintf(where, sizeof(where), "adjacency[%zu][%zu]", i, j);
			if (!cJSON_IsObject(nb))
				return bad(c, "%s must be an object", where);
			const cJSON *tid = cJSON_GetObjectItemCaseSensitive(nb, "id");
			if (!tid)
				return bad(c, "%s has no 'id' (the neighbour)", where);
			if (!sid)
				return bad(c, "%s: its node has no 'id'", where);
			if (!directed) {
				/* listed at both ends: read at the first */
				size_t a, b;
				char buf2[40];
				const char *t2;
				if (!id_text(sid, buf, sizeof(buf), &text) || !id_text(tid, buf2, sizeof(buf2), &t2))
					return bad(c, "%s: a node id must be a string or an integer", where);
				if (!inn_model_find(c->ids, text, &a) || !inn_model_find(c->ids, t2, &b))
					return bad(c, "%s: the neighbour is not a node", where);
				if (b < a)
					continue;
			}
			cJSON *l = add_link(c, sid, tid);
			if (!l)
				return oom(c);
			static const char *const skip[] = {"id", NULL};
			if (copy_members(c, nb, l, skip) < 0)
				return -1;
			if (push_place(c, i, j) < 0)
				return -1;
		}
	}
	return 0;
}

/* elements.nodes[k] or elements.edges[k]: its "data" object. */
static const cJSON *element_data(struct conv *c, const cJSON *e, const char *array, size_t k)
{
	char where[80];
	const cJSON *d = cJSON_IsObject(e) ? cJSON_GetObjectItemCaseSensitive(e, "data") : NULL;

	snprintf(where, sizeof(where), "elements.%s[%zu]", array, k);
	if (!cJSON_IsObject(d)) {
		bad(c, "%s has no object 'data'", where);
		return NULL;
	}
	return d;
}

static int cytoscape(struct conv *c, const cJSON *root)
{
	const cJSON *el = cJSON_GetObjectItemCaseSensitive(root, "elements");
	const cJSON *nodes = cJSON_IsObject(el) ? cJSON_GetObjectItemCaseSensitive(el, "nodes") : NULL;
	const cJSON *edges = cJSON_IsObject(el) ? cJSON_GetObjectItemCaseSensitive(el, "edges") : NULL;
	size_t k = 0;

	if (!cJSON_IsArray(nodes) || (edges && !cJSON_IsArray(edges)))
		return bad(c, "%s", "Cytoscape data needs 'elements' with an array 'nodes' (and 'edges')");
	for (const cJSON *n = nodes->child; n; n = n->next, k++) {
		const cJSON *d = element_data(c, n, "nodes", k);
		if (!d)
			return -1;
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(d, "id");
		const cJSON *value = cJSON_GetObjectItemCaseSensitive(d, "value");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(d, "name");
		const cJSON *use = value ? value : id;
		cJSON *out = cJSON_CreateObject();
		if (!out)
			return oom(c);
		cJSON_AddItemToArray(c->nodes, out);
		if (use && !cJSON_AddItemToObject(out, "id", cJSON_Duplicate(use, true)))
			return oom(c);
		/* "name" is NetworkX's copy of the id as text: kept only when it says more */
		char buf[40];
		const char *text = NULL;
		if (cJSON_IsString(use))
			text = use->valuestring;
		else if (cJSON_IsNumber(use) && snprintf(buf, sizeof(buf), "%.17g", use->valuedouble) > 0)
			text = buf;
		bool name_is_id = cJSON_IsString(name) && text && strcmp(name->valuestring, text) == 0;
		static const char *const skip_all[] = {"id", "value", "name", NULL};
		static const char *const skip_ids[] = {"id", "value", NULL};
		if (copy_members(c, d, out, name_is_id ? skip_all : skip_ids) < 0)
			return -1;
	}
	k = 0;
	for (const cJSON *e = edges ? edges->child : NULL; e; e = e->next, k++) {
		const cJSON *d = element_data(c, e, "edges", k);
		if (!d)
			return -1;
		cJSON *out = cJSON_CreateObject();
		if (!out)
			return oom(c);
		cJSON_AddItemToArray(c->links, out);
		if (copy_members(c, d, out, NULL) < 0)
			return -1;
	}
	return 0;
}

/* A tree node and, below it, its children: depth is bounded by the JSON front end's limit. */
static int tree(struct conv *c, const cJSON *n, const cJSON *parent, size_t up, size_t pos, const char *where)
{
	char inner[300];
	size_t self = c->nplace;

	if (!cJSON_IsObject(n))
		return bad(c, "%s must be an object", where);
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(n, "id");
	const cJSON *children = cJSON_GetObjectItemCaseSensitive(n, "children");
	if (!id)
		return bad(c, "%s has no 'id'", where);
	if (children && !cJSON_IsArray(children))
		return bad(c, "%s: 'children' must be an array", where);
	cJSON *out = cJSON_CreateObject();
	if (!out || push_place(c, up, pos) < 0)
		return out ? -1 : oom(c);
	cJSON_AddItemToArray(c->nodes, out);
	static const char *const skip[] = {"children", NULL};
	if (copy_members(c, n, out, skip) < 0)
		return -1;
	if (parent && !add_link(c, parent, id))
		return oom(c);
	size_t k = 0;
	for (const cJSON *ch = children ? children->child : NULL; ch; ch = ch->next, k++) {
		/* the path is clipped: a deep tree's message names its last steps' start */
		snprintf(inner, sizeof(inner), "%.200s.children[%zu]", where, k);
		if (tree(c, ch, id, self, k, inner) < 0)
			return -1;
	}
	return 0;
}

/* "<origin>: root.children[0].children[3]" for tree node at: its last steps when it is deep. */
static void tree_path(const struct conv *c, size_t at, char *out, size_t size)
{
	size_t steps[24], n = 0;

	for (size_t v = at; c->place[v][0] != SIZE_MAX && n < 24; v = c->place[v][0])
		steps[n++] = v;
	int used = snprintf(out, size, "%.200s: %s", c->origin, n == 24 ? "root...." : "root");
	while (n-- && used > 0 && (size_t)used < size)
		used += snprintf(out + used, size - (size_t)used, ".children[%zu]", c->place[steps[n]][1]);
}

/* A key of the top level that repeats: refused, as the node-link reader refuses one. */
static int top_keys(struct conv *c, const cJSON *root)
{
	const char *key;

	if (inn_json_repeated_key(root, &key) < 0)
		return oom(c);
	if (key)
		return bad(c, "model: duplicate key '%.100s'", key);
	return 0;
}

/*
 * The node-link reader's message, naming "nodes[k]" or "links[k]" of the document built here,
 * made to name the element of the file read: only the first such name, at the start of a message.
 */
static void rename_place(struct conv *c, enum layout layout)
{
	char *msg = c->err->msg, *p, rest[sizeof(c->err->msg)], head[300];
	size_t olen = strlen(c->origin);
	unsigned long long k;
	int used;

	if (strncmp(msg, c->origin, olen) != 0 || strncmp(msg + olen, ": ", 2) != 0)
		return;
	p = msg + olen + 2;
	bool link = strncmp(p, "links[", 6) == 0;
	if (!link && strncmp(p, "nodes[", 6) != 0)
		return;
	if (sscanf(p + 6, "%llu]%n", &k, &used) != 1)
		return;
	snprintf(rest, sizeof(rest), "%s", p + 6 + used);
	if (layout == TREE) {
		/* links[k] leads to nodes[k + 1]: each node but the root has the link from its parent */
		size_t at = (size_t)k + link;
		if (at >= c->nplace)
			return;
		tree_path(c, at, head, sizeof(head));
	} else if (layout == CYTOSCAPE)
		snprintf(head, sizeof(head), "%.200s: elements.%s[%llu].data", c->origin, link ? "edges" : "nodes", k);
	else if (link && k < c->nplace)
		snprintf(head, sizeof(head), "%.200s: adjacency[%zu][%zu]", c->origin, c->place[k][0], c->place[k][1]);
	else
		return; /* nodes[k] is nodes[k] in adjacency data */
	/* a duplicate id names the first node too: "(first at nodes[k])" */
	char *first = strstr(rest, "(first at nodes[");
	if (first && layout != ADJACENCY && sscanf(first + 16, "%llu])", &k) == 1 && (layout != TREE || k < c->nplace)) {
		char where[300];
		if (layout == TREE)
			tree_path(c, (size_t)k, where, sizeof(where));
		else
			snprintf(where, sizeof(where), "%.200s: elements.nodes[%llu].data", c->origin, k);
		snprintf(first, sizeof(rest) - (size_t)(first - rest), "(first at %s)", where + olen + 2);
	}
	/* head and the rest are copies: the message is written anew from them, cut to its size */
	size_t hl = strlen(head), room = sizeof(c->err->msg) - 1;
	memcpy(msg, head, hl < room ? hl : room);
	size_t rl = strlen(rest);
	if (hl < room)
		memcpy(msg + hl, rest, rl < room - hl ? rl : room - hl);
	msg[hl + rl < room ? hl + rl : room] = '\0';
}

static struct inn_model *load(const char *buf, size_t len, const char *origin, struct inn_error *err,
			      enum layout layout)
{
	struct conv c = {.origin = origin, .err = err};
	struct inn_model *m = NULL;
	char *text = NULL;
	cJSON *root = inn_json_tree(buf, len, origin, "model", err);
	int rc = -1;

	if (!root)
		return NULL;
	if (!cJSON_IsObject(root)) {
		inn_error_set(err, INN_EINPUT, "%s: a model must be a JSON object", origin);
		goto out;
	}
	if (!(c.out = cJSON_CreateObject()) || !(c.nodes = cJSON_AddArrayToObject(c.out, "nodes")) ||
	    !(c.links = cJSON_AddArrayToObject(c.out, "links"))) {
		oom(&c);
		goto out;
	}
	if (top_keys(&c, root) < 0)
		goto out;
	switch (layout) {
	case ADJACENCY:
		rc = flags(&c, root) < 0 || graph_attrs(&c, cJSON_GetObjectItemCaseSensitive(root, "graph"), "graph") < 0
			     ? -1
			     : adjacency(&c, root);
		break;
	case CYTOSCAPE:
		rc = flags(&c, root) < 0 || graph_attrs(&c, cJSON_GetObjectItemCaseSensitive(root, "data"), "data") < 0
			     ? -1
			     : cytoscape(&c, root);
		break;
	case TREE:
		rc = cJSON_AddTrueToObject(c.out, "directed") ? tree(&c, root, NULL, SIZE_MAX, 0, "root") : oom(&c);
		break;
	}
	if (rc < 0)
		goto out;
	if (!(text = cJSON_PrintUnformatted(c.out))) {
		oom(&c);
		goto out;
	}
	if (!(m = inn_load_json(text, strlen(text), origin, err)))
		rename_place(&c, layout);
out:
	cJSON_free(text);
	cJSON_Delete(c.out);
	cJSON_Delete(root);
	inn_model_free(c.ids);
	free(c.place);
	return m;
}

struct inn_model *inn_load_adjacency_json(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	return load(buf, len, origin, err, ADJACENCY);
}

struct inn_model *inn_load_cytoscape_json(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	return load(buf, len, origin, err, CYTOSCAPE);
}

struct inn_model *inn_load_tree_json(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	return load(buf, len, origin, err, TREE);
}
