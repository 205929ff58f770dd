/* model.c: building, searching and copying the typed model. */
#include "innonet/model.h"

#include <stdlib.h>
#include <string.h>

const struct inn_node_more inn_no_node_more;
const struct inn_link_more inn_no_link_more;

struct inn_model *inn_model_new(const char *origin)
{
	struct inn_model *m = calloc(1, sizeof(*m));

	if (!m)
		return NULL;
	m->arena = inn_arena_new();
	if (!m->arena || !(m->origin = inn_arena_strdup(m->arena, origin ? origin : "model"))) {
		inn_model_free(m);
		return NULL;
	}
	return m;
}

void inn_model_free(struct inn_model *m)
{
	if (!m)
		return;
	free(m->nodes);
	free(m->links);
	free(m->node_more);
	free(m->link_more);
	free(m->index);
	inn_arena_free(m->arena);
	free(m);
}

static uint64_t hash_id(const char *s)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/*
 * The id index: open addressing with linear probing, index_size slots of two uint32_t each,
 * index[2j] = node index + 1 (0: empty) and index[2j + 1] = the id's hash (its high 32 bits).
 * Keeping the hash beside the node index means a probe that meets another id is almost always
 * told apart there, without reading that node and its id string (two cache misses each on
 * large models): loading a million links is mostly lookups.
 */
static size_t slot_of(const struct inn_model *m, const char *id, uint64_t h, bool *found)
{
	size_t mask = m->index_size - 1, j = h & mask;
	uint32_t tag = (uint32_t)(h >> 32);

	for (; m->index[2 * j]; j = (j + 1) & mask) {
		if (m->index[2 * j + 1] == tag && strcmp(m->nodes[m->index[2 * j] - 1].id, id) == 0) {
			*found = true;
			return j;
		}
	}
	*found = false;
	return j;
}

static int grow_index(struct inn_model *m)
{
	size_t size = m->index_size ? m->index_size * 2 : 256;
	uint32_t *old = m->index;
	size_t old_size = m->index_size;

	m->index = calloc(2 * size, sizeof(*m->index));
	if (!m->index) {
		m->index = old;
		return -1;
	}
	m->index_size = size;
	/* the stored hashes are only the high halves: rehash the ids (growth is rare, lookups are not) */
	for (size_t i = 0; i < old_size; i++) {
		if (old[2 * i]) {
			uint64_t h = hash_id(m->nodes[old[2 * i] - 1].id);
			size_t mask = size - 1, j = h & mask;
			while (m->index[2 * j])
				j = (j + 1) & mask;
			m->index[2 * j] = old[2 * i];
			m->index[2 * j + 1] = (uint32_t)(h >> 32);
		}
	}
	free(old);
	return 0;
}

bool inn_model_find(const struct inn_model *m, const char *id, size_t *index)
{
	bool found;
	size_t j;

	if (!m->index_size)
		return false;
	j = slot_of(m, id, hash_id(id), &found);
	if (found && index)
		*index = m->index[2 * j] - 1;
	return found;
}

static void *grow_array(void *p, size_t *cap, size_t need, size_t elem)
{
	size_t cap2 = *cap ? *cap : 64;

	while (cap2 < need)
		cap2 *= 2;
	if (cap2 == *cap)
		return p;
	void *q = realloc(p, cap2 * elem);
	if (q)
		*cap = cap2;
	return q;
}

int inn_model_add_node(struct inn_model *m, const char *id, bool id_is_int, size_t *index)
{
	uint64_t h = hash_id(id);
	bool found;
	size_t j;

	if (m->nnodes >= UINT32_MAX - 1)
		return INN_MODEL_ETOOBIG;
	if ((m->nnodes + 1) * 2 > m->index_size && grow_index(m) < 0)
		return INN_MODEL_ENOMEM;
	j = slot_of(m, id, h, &found);
	if (found) {
		if (index)
			*index = m->index[2 * j] - 1;
		return INN_MODEL_EDUP;
	}
	if (m->nnodes == m->nodes_cap) {
		struct inn_node *nodes = grow_array(m->nodes, &m->nodes_cap, m->nnodes + 1, sizeof(*nodes));
		if (!nodes)
			return INN_MODEL_ENOMEM;
		m->nodes = nodes;
	}
	struct inn_node *n = &m->nodes[m->nnodes];
	memset(n, 0, sizeof(*n));
	if (!(n->id = inn_arena_strdup(m->arena, id)))
		return INN_MODEL_ENOMEM;
	n->id_is_int = id_is_int;
	m->index[2 * j] = (uint32_t)(m->nnodes + 1);
	m->index[2 * j + 1] = (uint32_t)(h >> 32);
	if (index)
		*index = m->nnodes;
	m->nnodes++;
	return INN_MODEL_OK;
}

struct inn_link *inn_model_add_link(struct inn_model *m, uint32_t source, uint32_t target)
{
	if (m->nlinks == m->links_cap) {
		struct inn_link *links = grow_array(m->links, &m->links_cap, m->nlinks + 1, sizeof(*links));
		if (!links)
			return NULL;
		m->links = links;
	}
	struct inn_link *l = &m->links[m->nlinks++];
	memset(l, 0, sizeof(*l));
	l->source = source;
	l->target = target;
	l->weight = 1.0;
	return l;
}

struct inn_node_more *inn_model_node_more(struct inn_model *m, size_t i)
{
	struct inn_node *n = &m->nodes[i];

	if (n->more)
		return &m->node_more[n->more - 1];
	if (m->nnode_more == UINT32_MAX - 1)
		return NULL;
	if (m->nnode_more == m->node_more_cap) {
		struct inn_node_more *more = grow_array(m->node_more, &m->node_more_cap, m->nnode_more + 1,
							sizeof(*more));
		if (!more)
			return NULL;
		m->node_more = more;
	}
	m->node_more[m->nnode_more] = inn_no_node_more;
	n->more = (uint32_t)++m->nnode_more;
	return &m->node_more[n->more - 1];
}

struct inn_link_more *inn_model_link_more(struct inn_model *m, size_t j)
{
	struct inn_link *l = &m->links[j];

	if (l->more)
		return &m->link_more[l->more - 1];
	if (m->nlink_more == UINT32_MAX - 1)
		return NULL;
	if (m->nlink_more == m->link_more_cap) {
		struct inn_link_more *more = grow_array(m->link_more, &m->link_more_cap, m->nlink_more + 1,
							sizeof(*more));
		if (!more)
			return NULL;
		m->link_more = more;
	}
	m->link_more[m->nlink_more] = inn_no_link_more;
	l->more = (uint32_t)++m->nlink_more;
	return &m->link_more[l->more - 1];
}

int inn_model_put_node_more(struct inn_model *m, size_t i, const struct inn_node_more *x)
{
	struct inn_node_more *d;

	if (!x->label_zh && !x->provenance && !x->since && !x->until && !x->nattrs)
		return 0;
	if (!(d = inn_model_node_more(m, i)))
		return -1;
	*d = *x;
	return 0;
}

int inn_model_put_link_more(struct inn_model *m, size_t j, const struct inn_link_more *x)
{
	struct inn_link_more *d;

	if (!x->provenance && !x->since && !x->until && !x->nattrs)
		return 0;
	if (!(d = inn_model_link_more(m, j)))
		return -1;
	*d = *x;
	return 0;
}

const struct inn_value *inn_attr_get(const struct inn_attr *attrs, uint32_t n, const char *key)
{
	for (uint32_t i = 0; i < n; i++)
		if (strcmp(attrs[i].key, key) == 0)
			return &attrs[i].value;
	return NULL;
}

const char *inn_node_label(const struct inn_node *n)
{
	return n->label ? n->label : n->id;
}

bool inn_link_number(const struct inn_model *m, const struct inn_link *l, const char *key, double *out)
{
	const struct inn_link_more *x = inn_link_more(m, l);
	const struct inn_value *v;

	if (strcmp(key, "weight") == 0) {
		*out = l->weight;
		return l->has_weight;
	}
	v = inn_attr_get(x->attrs, x->nattrs, key);
	if (!v || v->type != INN_VAL_NUMBER)
		return false;
	*out = v->number;
	return true;
}

/* Copies of strings and attribute arrays into another model's arena. */
static const char *copy_str(struct inn_arena *a, const char *s, bool *oom)
{
	const char *c;

	if (!s)
		return NULL;
	if (!(c = inn_arena_strdup(a, s)))
		*oom = true;
	return c;
}

static const char *copy_interned(struct inn_arena *a, const char *s, bool *oom)
{
	const char *c;

	if (!s)
		return NULL;
	if (!(c = inn_arena_intern(a, s)))
		*oom = true;
	return c;
}

static struct inn_attr *copy_attrs(struct inn_arena *a, const struct inn_attr *src, uint32_t n, bool *oom)
{
	struct inn_attr *dst;

	if (!n)
		return NULL;
	if (!(dst = inn_arena_alloc(a, n * sizeof(*dst)))) {
		*oom = true;
		return NULL;
	}
	for (uint32_t i = 0; i < n; i++) {
		dst[i] = src[i];
		dst[i].key = copy_interned(a, src[i].key, oom);
		dst[i].value.text = copy_str(a, src[i].value.text, oom);
	}
	return dst;
}

struct inn_model *inn_model_select(const struct inn_model *m, const bool *keep_node,
				   const bool *keep_link)
{
	struct inn_model *c = inn_model_new(m->origin);
	uint32_t *map = NULL; /* old node index -> new index + 1, 0 = dropped */
	bool oom = !c;

	if (oom)
		goto out;
	if (!(map = calloc(m->nnodes ? m->nnodes : 1, sizeof(*map)))) {
		oom = true;
		goto out;
	}
	c->directed = m->directed;
	c->multigraph = m->multigraph;
	c->name = copy_str(c->arena, m->name, &oom);
	c->as_of = copy_str(c->arena, m->as_of, &oom);
	c->ngraph_attrs = m->ngraph_attrs;
	c->graph_attrs = copy_attrs(c->arena, m->graph_attrs, m->ngraph_attrs, &oom);
	c->nextra = m->nextra;
	c->extra = copy_attrs(c->arena, m->extra, m->nextra, &oom);
	for (size_t i = 0; i < m->nnodes && !oom; i++) {
		const struct inn_node *n = &m->nodes[i];
		size_t at;
		if (keep_node && !keep_node[i])
			continue;
		if (inn_model_add_node(c, n->id, n->id_is_int, &at) != INN_MODEL_OK) {
			oom = true;
			break;
		}
		struct inn_node *d = &c->nodes[at];
		d->kind = copy_interned(c->arena, n->kind, &oom);
		d->label = copy_str(c->arena, n->label, &oom);
		map[i] = (uint32_t)at + 1;
		if (!n->more)
			continue;
		const struct inn_node_more *nx = inn_node_more(m, n);
		struct inn_node_more *dx = inn_model_node_more(c, at);
		if (!dx) {
			oom = true;
			break;
		}
		dx->label_zh = copy_str(c->arena, nx->label_zh, &oom);
		dx->provenance = copy_interned(c->arena, nx->provenance, &oom);
		dx->since = nx->since;
		dx->until = nx->until;
		dx->nattrs = nx->nattrs;
		dx->attrs = copy_attrs(c->arena, nx->attrs, nx->nattrs, &oom);
	}
	for (size_t i = 0; i < m->nlinks && !oom; i++) {
		const struct inn_link *l = &m->links[i];
		struct inn_link *d;
		if (!map[l->source] || !map[l->target] || (keep_link && !keep_link[i]))
			continue;
		if (!(d = inn_model_add_link(c, map[l->source] - 1, map[l->target] - 1))) {
			oom = true;
			break;
		}
		d->relation = copy_interned(c->arena, l->relation, &oom);
		d->has_weight = l->has_weight;
		d->weight = l->weight;
		if (!l->more)
			continue;
		const struct inn_link_more *lx = inn_link_more(m, l);
		struct inn_link_more *dx = inn_model_link_more(c, c->nlinks - 1);
		if (!dx) {
			oom = true;
			break;
		}
		dx->provenance = copy_interned(c->arena, lx->provenance, &oom);
		dx->since = lx->since;
		dx->until = lx->until;
		dx->nattrs = lx->nattrs;
		dx->attrs = copy_attrs(c->arena, lx->attrs, lx->nattrs, &oom);
	}
out:
	free(map);
	if (oom) {
		inn_model_free(c);
		return NULL;
	}
	return c;
}
