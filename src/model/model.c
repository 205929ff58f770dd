/* model.c: building, searching and copying the typed model. */
#include "innonet/model.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"
#include "innonet/hash.h"

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
	free(m->weights);
	free(m->relations);
	free(m->relation_index);
	free(m->index);
	inn_arena_free(m->arena);
	free(m);
}

/*
 * The id index: open addressing with linear probing over slots of 16 bytes: the node's index + 1
 * (0: empty), the high 32 bits of the id's hash, and the id's first 8 bytes, NUL-padded. An id
 * shorter than 8 bytes (most are: "n123456", "DoD") is then told apart or found in its slot
 * alone, without reading the node or its string elsewhere in memory; loading a million links is
 * mostly lookups, and each of those reads would be a cache miss. Longer ids are compared in full
 * after their first 8 bytes match. At most 4/5 of the slots are used.
 */
struct inn_id_slot {
	uint32_t node;
	uint32_t tag;
	char head[8];
};

/* An id's hash (keyed: hash.h), its length and its first 8 bytes, NUL-padded. */
struct id_key {
	uint64_t hash;
	size_t len;
	char head[8];
};

static struct id_key key_of(const char *id, size_t len)
{
	struct id_key k = {.hash = inn_hash(id, len), .len = len};

	memcpy(k.head, id, len < 8 ? len : 8);
	return k;
}

static bool slot_holds(const struct inn_model *m, const struct inn_id_slot *slot, const struct id_key *k,
		       const char *id)
{
	const char *stored;

	if (slot->tag != (uint32_t)(k->hash >> 32) || memcmp(slot->head, k->head, 8) != 0)
		return false;
	if (k->len < 8)
		return true;
	stored = m->nodes[slot->node - 1].id;
	return strncmp(stored, id, k->len) == 0 && stored[k->len] == '\0';
}

static size_t slot_of(const struct inn_model *m, const char *id, const struct id_key *k, bool *found)
{
	size_t mask = m->index_size - 1, j = k->hash & mask;

	for (; m->index[j].node; j = (j + 1) & mask) {
		if (slot_holds(m, &m->index[j], k, id)) {
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
	struct inn_id_slot *old = m->index;
	size_t old_size = m->index_size;

	m->index = calloc(size, sizeof(*m->index));
	if (!m->index) {
		m->index = old;
		return -1;
	}
	m->index_size = size;
	/* the stored hashes are only the high halves: hash the ids again (growth is rare, lookups are not) */
	for (size_t i = 0; i < old_size; i++) {
		if (old[i].node) {
			const char *id = m->nodes[old[i].node - 1].id;
			struct id_key k = key_of(id, strlen(id));
			size_t mask = size - 1, j = k.hash & mask;
			while (m->index[j].node)
				j = (j + 1) & mask;
			m->index[j] = old[i];
		}
	}
	free(old);
	return 0;
}

bool inn_model_find_n(const struct inn_model *m, const char *id, size_t len, size_t *index)
{
	struct id_key k;
	bool found;
	size_t j;

	if (!m->index_size)
		return false;
	k = key_of(id, len);
	j = slot_of(m, id, &k, &found);
	if (found && index)
		*index = m->index[j].node - 1;
	return found;
}

bool inn_model_find(const struct inn_model *m, const char *id, size_t *index)
{
	return inn_model_find_n(m, id, strlen(id), index);
}

void inn_model_prefetch(const struct inn_model *m, const char *id, size_t len)
{
	if (m->index_size)
		__builtin_prefetch(&m->index[key_of(id, len).hash & (m->index_size - 1)]);
}

int inn_model_add_node(struct inn_model *m, const char *id, bool id_is_int, size_t *index)
{
	struct id_key k = key_of(id, strlen(id));
	bool found;
	size_t j;

	if (m->nnodes >= UINT32_MAX - 1)
		return INN_MODEL_ETOOBIG;
	if ((m->nnodes + 1) * 5 > m->index_size * 4 && grow_index(m) < 0)
		return INN_MODEL_ENOMEM;
	j = slot_of(m, id, &k, &found);
	if (found) {
		if (index)
			*index = m->index[j].node - 1;
		return INN_MODEL_EDUP;
	}
	if (m->nnodes == m->nodes_cap) {
		struct inn_node *nodes = inn_grow(m->nodes, &m->nodes_cap, m->nnodes + 1, sizeof(*nodes));
		if (!nodes)
			return INN_MODEL_ENOMEM;
		m->nodes = nodes;
	}
	struct inn_node *n = &m->nodes[m->nnodes];
	memset(n, 0, sizeof(*n));
	if (!(n->id = inn_arena_strndup(m->arena, id, k.len)))
		return INN_MODEL_ENOMEM;
	n->id_is_int = id_is_int;
	m->index[j] = (struct inn_id_slot){.node = (uint32_t)(m->nnodes + 1), .tag = (uint32_t)(k.hash >> 32)};
	memcpy(m->index[j].head, k.head, 8);
	if (index)
		*index = m->nnodes;
	m->nnodes++;
	return INN_MODEL_OK;
}

struct inn_link *inn_model_add_link(struct inn_model *m, uint32_t source, uint32_t target)
{
	if (m->nlinks == m->links_cap) {
		size_t cap = m->links_cap;
		struct inn_link *links = inn_grow(m->links, &cap, m->nlinks + 1, sizeof(*links));
		if (!links)
			return NULL;
		m->links = links;
		/* the weights, once there are any, keep room for every link */
		if (m->weights) {
			double *w = realloc(m->weights, cap * sizeof(*w));
			if (!w)
				return NULL;
			m->weights = w;
		}
		m->links_cap = cap;
	}
	struct inn_link *l = &m->links[m->nlinks++];
	memset(l, 0, sizeof(*l));
	l->source = source;
	l->target = target;
	return l;
}

int inn_model_set_weight(struct inn_model *m, size_t j, double w)
{
	if (!m->weights && !(m->weights = malloc((m->links_cap ? m->links_cap : 1) * sizeof(*m->weights))))
		return -1;
	m->weights[j] = w;
	m->links[j].has_weight = 1;
	return 0;
}

/* The slot of interned string s in the relation index (its number there, or the empty slot for it). */
static size_t relation_slot(const struct inn_model *m, const char *s)
{
	size_t mask = m->relation_index_size - 1, j = (size_t)(((uintptr_t)s * 0x9E3779B97F4A7C15ull) >> 20) & mask;

	while (m->relation_index[j] && m->relations[m->relation_index[j] - 1] != s)
		j = (j + 1) & mask;
	return j;
}

int inn_model_set_graph_attr(struct inn_model *m, const char *key, struct inn_value v)
{
	struct inn_attr *a;

	if (v.text && !(v.text = inn_arena_strdup(m->arena, v.text)))
		return -1;
	for (uint32_t k = 0; k < m->ngraph_attrs; k++) {
		if (strcmp(m->graph_attrs[k].key, key) == 0) {
			m->graph_attrs[k].value = v;
			return 0;
		}
	}
	/* graph_attrs is the arena's, so a longer copy can replace it */
	if (!(a = inn_arena_alloc(m->arena, (m->ngraph_attrs + 1) * sizeof(*a))) || !(key = inn_arena_intern(m->arena, key)))
		return -1;
	if (m->ngraph_attrs)
		memcpy(a, m->graph_attrs, m->ngraph_attrs * sizeof(*a));
	a[m->ngraph_attrs] = (struct inn_attr){.key = key, .value = v};
	m->graph_attrs = a;
	m->ngraph_attrs++;
	return 0;
}

int inn_model_set_relation(struct inn_model *m, size_t j, const char *relation)
{
	const char *s;
	size_t at;

	if (!relation) {
		m->links[j].relation = 0;
		return 0;
	}
	if (!(s = inn_arena_intern(m->arena, relation)))
		return -1;
	/* the index by string address is at most half full; relations are few, but a file may hold many */
	if ((m->nrelations + 1) * 2 > m->relation_index_size) {
		size_t size = m->relation_index_size ? m->relation_index_size * 2 : 64;
		uint32_t *old = m->relation_index;
		if (!(m->relation_index = calloc(size, sizeof(*m->relation_index)))) {
			m->relation_index = old;
			return -1;
		}
		m->relation_index_size = size;
		for (size_t r = 0; r < m->nrelations; r++)
			m->relation_index[relation_slot(m, m->relations[r])] = (uint32_t)(r + 1);
		free(old);
	}
	at = relation_slot(m, s);
	if (!m->relation_index[at]) {
		if (m->nrelations == UINT32_MAX - 1)
			return -1;
		if (m->nrelations == m->relations_cap) {
			const char **r = inn_grow(m->relations, &m->relations_cap, m->nrelations + 1, sizeof(*r));
			if (!r)
				return -1;
			m->relations = r;
		}
		m->relations[m->nrelations++] = s;
		m->relation_index[at] = (uint32_t)m->nrelations;
	}
	m->links[j].relation = m->relation_index[at];
	return 0;
}

/*
 * The record of a node or link whose `more` field is more, in records (n of them, room for cap,
 * each size bytes): *index is its number, 1-based as `more` fields hold it; when more is 0, a
 * copy of *empty appended, growing records. Returns records, which may have moved, or NULL when
 * out of memory.
 */
static void *own_record(void *records, size_t *n, size_t *cap, size_t size, const void *empty, uint32_t more,
			uint32_t *index)
{
	*index = more;
	if (more)
		return records;
	if (*n >= UINT32_MAX / 2 - 1)
		return NULL; /* `more` fields have 31 bits */
	if (*n == *cap && !(records = inn_grow(records, cap, *n + 1, size)))
		return NULL;
	memcpy((char *)records + *n * size, empty, size);
	*index = (uint32_t)++*n;
	return records;
}

struct inn_node_more *inn_model_node_more(struct inn_model *m, size_t i)
{
	struct inn_node *n = &m->nodes[i];
	struct inn_node_more *r = own_record(m->node_more, &m->nnode_more, &m->node_more_cap, sizeof(*r),
					     &inn_no_node_more, n->more, &n->more);

	if (!r)
		return NULL;
	m->node_more = r;
	return &r[n->more - 1];
}

struct inn_link_more *inn_model_link_more(struct inn_model *m, size_t j)
{
	struct inn_link *l = &m->links[j];
	uint32_t k; /* a link's `more` is a bit-field, which has no address */
	struct inn_link_more *r = own_record(m->link_more, &m->nlink_more, &m->link_more_cap, sizeof(*r),
					     &inn_no_link_more, l->more, &k);

	if (!r)
		return NULL;
	m->link_more = r;
	l->more = k;
	return &r[k - 1];
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

int inn_model_find_parallel(const struct inn_model *m, size_t *repeat, size_t *first)
{
	size_t n = m->nnodes;
	uint32_t *start = calloc(n + 2, sizeof(*start)), *other = malloc((m->nlinks + 1) * sizeof(*other));
	uint32_t *link = malloc((m->nlinks + 1) * sizeof(*link)), *mark = calloc(n + 1, sizeof(*mark));
	uint32_t *seen = malloc((n + 1) * sizeof(*seen));
	int ret = -1;

	*repeat = SIZE_MAX;
	if (!start || !other || !link || !mark || !seen)
		goto out;
	/* bucket each link under its first node (the smaller one when undirected), in file order */
	for (size_t j = 0; j < m->nlinks; j++) {
		uint32_t s = m->links[j].source, t = m->links[j].target;
		start[(m->directed || s <= t ? s : t) + 2]++;
	}
	for (size_t v = 0; v < n; v++)
		start[v + 2] += start[v + 1];
	for (size_t j = 0; j < m->nlinks; j++) {
		uint32_t s = m->links[j].source, t = m->links[j].target;
		bool keep = m->directed || s <= t;
		size_t k = start[(keep ? s : t) + 1]++;
		other[k] = keep ? t : s;
		link[k] = (uint32_t)j;
	}
	/*
	 * start[v] .. start[v + 1] is v's bucket now. Within it, the first link whose other end is
	 * already marked repeats the link seen[] kept for that end; the earliest such link in file
	 * order over all buckets is the one reported.
	 */
	for (size_t v = 0; v < n; v++) {
		for (uint32_t k = start[v]; k < start[v + 1]; k++) {
			if (mark[other[k]] == v + 1) {
				if (link[k] < *repeat) {
					*repeat = link[k];
					*first = seen[other[k]];
				}
				break;
			}
			mark[other[k]] = (uint32_t)(v + 1);
			seen[other[k]] = link[k];
		}
	}
	ret = 0;
out:
	free(seen);
	free(mark);
	free(link);
	free(other);
	free(start);
	return ret;
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

int inn_kind_count_cmp(size_t count_a, const char *kind_a, size_t count_b, const char *kind_b)
{
	if (count_a != count_b)
		return count_a < count_b ? 1 : -1;
	if (!kind_a || !kind_b)
		return !kind_a - !kind_b;
	return strcmp(kind_a, kind_b);
}

const char *inn_model_name(const struct inn_model *m, bool zh)
{
	const struct inn_value *v = zh ? inn_attr_get(m->graph_attrs, m->ngraph_attrs, "name_zh") : NULL;

	return v && v->type == INN_VAL_STRING && v->text[0] ? v->text : m->name;
}

bool inn_link_number(const struct inn_model *m, const struct inn_link *l, const char *key, double *out)
{
	const struct inn_link_more *x = inn_link_more(m, l);
	const struct inn_value *v;

	if (strcmp(key, "weight") == 0) {
		*out = inn_link_weight(m, l);
		return l->has_weight;
	}
	v = inn_attr_get(x->attrs, x->nattrs, key);
	if (!v || v->type != INN_VAL_NUMBER)
		return false;
	*out = v->number;
	return true;
}

/*
 * Copies of strings and attribute arrays into another model's arena. A string is interned (one
 * copy of equal strings) where the model interns it: keys, kinds and provenance.
 */
static const char *copy_str(struct inn_arena *a, const char *s, bool interned, bool *oom)
{
	const char *c;

	if (!s)
		return NULL;
	if (!(c = interned ? inn_arena_intern(a, s) : inn_arena_strdup(a, s)))
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
		dst[i].key = copy_str(a, src[i].key, true, oom);
		dst[i].value.text = copy_str(a, src[i].value.text, false, oom);
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
	c->name = copy_str(c->arena, m->name, false, &oom);
	c->as_of = copy_str(c->arena, m->as_of, false, &oom);
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
		d->kind = copy_str(c->arena, n->kind, true, &oom);
		d->label = copy_str(c->arena, n->label, false, &oom);
		map[i] = (uint32_t)at + 1;
		if (!n->more)
			continue;
		const struct inn_node_more *nx = inn_node_more(m, n);
		struct inn_node_more *dx = inn_model_node_more(c, at);
		if (!dx) {
			oom = true;
			break;
		}
		dx->label_zh = copy_str(c->arena, nx->label_zh, false, &oom);
		dx->provenance = copy_str(c->arena, nx->provenance, true, &oom);
		dx->since = nx->since;
		dx->until = nx->until;
		dx->nattrs = nx->nattrs;
		dx->attrs = copy_attrs(c->arena, nx->attrs, nx->nattrs, &oom);
	}
	for (size_t i = 0; i < m->nlinks && !oom; i++) {
		const struct inn_link *l = &m->links[i];
		if (!map[l->source] || !map[l->target] || (keep_link && !keep_link[i]))
			continue;
		if (!inn_model_add_link(c, map[l->source] - 1, map[l->target] - 1) ||
		    inn_model_set_relation(c, c->nlinks - 1, inn_link_relation(m, l)) < 0 ||
		    (l->has_weight && inn_model_set_weight(c, c->nlinks - 1, inn_link_weight(m, l)) < 0)) {
			oom = true;
			break;
		}
		if (!l->more)
			continue;
		const struct inn_link_more *lx = inn_link_more(m, l);
		struct inn_link_more *dx = inn_model_link_more(c, c->nlinks - 1);
		if (!dx) {
			oom = true;
			break;
		}
		dx->provenance = copy_str(c->arena, lx->provenance, true, &oom);
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

size_t inn_model_part_of_hubs(const struct inn_model *m, bool *hub, size_t *members)
{
	size_t *deg = calloc(m->nnodes + 1, sizeof(*deg)), count = 0;

	if (!deg)
		return SIZE_MAX;
	for (size_t i = 0; i < m->nnodes; i++)
		members[i] = 0;
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		const char *rel = inn_link_relation(m, l);
		deg[l->source]++;
		deg[l->target] += l->target != l->source;
		if (rel && strcmp(rel, "part_of") == 0 && l->target != l->source)
			members[l->target]++;
	}
	for (size_t i = 0; i < m->nnodes; i++)
		count += hub[i] = members[i] >= INN_HUB_MEMBERS && 2 * members[i] > deg[i];
	free(deg);
	return count;
}
