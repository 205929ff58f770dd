/* model.c: building, searching and copying the typed model. */
#include "innonet/model.h"

#include <stdlib.h>
#include <string.h>

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

bool inn_link_number(const struct inn_link *l, const char *key, double *out)
{
	const struct inn_value *v;

	if (strcmp(key, "weight") == 0) {
		*out = l->weight;
		return l->has_weight;
	}
	v = inn_attr_get(l->attrs, l->nattrs, key);
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
		d->label_zh = copy_str(c->arena, n->label_zh, &oom);
		d->provenance = copy_interned(c->arena, n->provenance, &oom);
		d->since = n->since;
		d->until = n->until;
		d->nattrs = n->nattrs;
		d->attrs = copy_attrs(c->arena, n->attrs, n->nattrs, &oom);
		map[i] = (uint32_t)at + 1;
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
		d->provenance = copy_interned(c->arena, l->provenance, &oom);
		d->has_weight = l->has_weight;
		d->weight = l->weight;
		d->since = l->since;
		d->until = l->until;
		d->nattrs = l->nattrs;
		d->attrs = copy_attrs(c->arena, l->attrs, l->nattrs, &oom);
	}
out:
	free(map);
	if (oom) {
		inn_model_free(c);
		return NULL;
	}
	return c;
}
