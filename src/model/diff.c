/* diff.c: matching two models by node id and link key, and listing what differs; no igraph. */
#include "innonet/diff.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"

void inn_diff_release(struct inn_diff *d)
{
	free(d->added_nodes);
	free(d->removed_nodes);
	free(d->added_links);
	free(d->removed_links);
	free(d->node_in_b);
	free(d->changes);
	inn_arena_free(d->arena);
	memset(d, 0, sizeof(*d));
}

/* A value as the diff shows it (null as "null"), copied into the diff's arena. */
static const char *value_text(const struct inn_diff *d, const struct inn_value *v)
{
	char buf[128];

	return v->type == INN_VAL_NULL ? "null" : inn_arena_strdup(d->arena, d->value_text(v, buf, sizeof(buf)));
}

static const char *year_text(struct inn_arena *arena, int y)
{
	char buf[16];

	if (y == INN_NO_YEAR)
		return NULL;
	snprintf(buf, sizeof(buf), "%d", y);
	return inn_arena_strdup(arena, buf);
}

static bool same(const char *x, const char *y)
{
	return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

/* Record field when its two texts differ. */
static int note(struct inn_diff *d, bool link, size_t a, size_t b, const char *field, const char *x, const char *y)
{
	if (same(x, y))
		return 0;
	struct inn_diff_change *c = inn_grow(d->changes, &d->cap_changes, d->nchanges + 1, sizeof(*c));
	if (!c)
		return -1;
	d->changes = c;
	d->changes[d->nchanges++] = (struct inn_diff_change){.link = link, .a = a, .b = b, .field = field, .before = x, .after = y};
	return 0;
}

/* The free attributes of two matched elements: A's keys in A's order, then the keys only B has. */
static int attrs(struct inn_diff *d, bool link, size_t ia, size_t ib, const struct inn_attr *xa, uint32_t na,
		 const struct inn_attr *xb, uint32_t nb)
{
	for (uint32_t k = 0; k < na; k++) {
		const struct inn_value *v = inn_attr_get(xb, nb, xa[k].key);
		if (note(d, link, ia, ib, xa[k].key, value_text(d, &xa[k].value),
			 v ? value_text(d, v) : NULL) < 0)
			return -1;
	}
	for (uint32_t k = 0; k < nb; k++)
		if (!inn_attr_get(xa, na, xb[k].key) &&
		    note(d, link, ia, ib, xb[k].key, NULL, value_text(d, &xb[k].value)) < 0)
			return -1;
	return 0;
}

/* The graph itself: its direction, whether it is a multigraph, and every member of "graph". */
static int graph_changes(struct inn_diff *d, const struct inn_model *a, const struct inn_model *b)
{
	size_t first = d->nchanges;

	if (note(d, false, 0, 0, "directed", a->directed ? "true" : "false", b->directed ? "true" : "false") < 0 ||
	    note(d, false, 0, 0, "multigraph", a->multigraph ? "true" : "false", b->multigraph ? "true" : "false") < 0 ||
	    attrs(d, false, 0, 0, a->graph_attrs, a->ngraph_attrs, b->graph_attrs, b->ngraph_attrs) < 0)
		return -1;
	for (size_t k = first; k < d->nchanges; k++)
		d->changes[k].graph = true;
	return 0;
}

static int node_changes(struct inn_diff *d, const struct inn_model *a, const struct inn_model *b, size_t ia,
			size_t ib)
{
	const struct inn_node *x = &a->nodes[ia], *y = &b->nodes[ib];
	const struct inn_node_more *xm = inn_node_more(a, x), *ym = inn_node_more(b, y);
	struct inn_arena *ar = d->arena;

	if (note(d, false, ia, ib, "kind", x->kind, y->kind) < 0 || note(d, false, ia, ib, "label", x->label, y->label) < 0 ||
	    note(d, false, ia, ib, "label_zh", xm->label_zh, ym->label_zh) < 0 ||
	    note(d, false, ia, ib, "provenance", xm->provenance, ym->provenance) < 0 ||
	    note(d, false, ia, ib, "since", year_text(ar, xm->since), year_text(ar, ym->since)) < 0 ||
	    note(d, false, ia, ib, "until", year_text(ar, xm->until), year_text(ar, ym->until)) < 0)
		return -1;
	return attrs(d, false, ia, ib, xm->attrs, xm->nattrs, ym->attrs, ym->nattrs);
}

static int link_changes(struct inn_diff *d, const struct inn_model *a, const struct inn_model *b, size_t ia,
			size_t ib)
{
	const struct inn_link *x = &a->links[ia], *y = &b->links[ib];
	const struct inn_link_more *xm = inn_link_more(a, x), *ym = inn_link_more(b, y);
	struct inn_arena *ar = d->arena;
	struct inn_value wx = {.type = INN_VAL_NUMBER, .number = inn_link_weight(a, x)};
	struct inn_value wy = {.type = INN_VAL_NUMBER, .number = inn_link_weight(b, y)};

	if (note(d, true, ia, ib, "weight", x->has_weight ? value_text(d, &wx) : NULL,
		 y->has_weight ? value_text(d, &wy) : NULL) < 0 ||
	    note(d, true, ia, ib, "provenance", xm->provenance, ym->provenance) < 0 ||
	    note(d, true, ia, ib, "since", year_text(ar, xm->since), year_text(ar, ym->since)) < 0 ||
	    note(d, true, ia, ib, "until", year_text(ar, xm->until), year_text(ar, ym->until)) < 0)
		return -1;
	return attrs(d, true, ia, ib, xm->attrs, xm->nattrs, ym->attrs, ym->nattrs);
}

/* A link's matching key: "source\x1ftarget\x1frelation", ends in byte order when undirected. */
struct keyed {
	const char *key;
	size_t index;
	bool used;
};

static const char *link_key(struct inn_arena *ar, const struct inn_model *m, const struct inn_link *l, bool directed)
{
	const char *s = m->nodes[l->source].id, *t = m->nodes[l->target].id;
	const char *r = inn_link_relation(m, l) ? inn_link_relation(m, l) : "";
	size_t len = strlen(s) + strlen(t) + strlen(r) + 3;
	char *k = inn_arena_alloc(ar, len);

	if (!directed && strcmp(s, t) > 0) {
		const char *tmp = s;
		s = t;
		t = tmp;
	}
	if (k)
		snprintf(k, len, "%s\x1f%s\x1f%s", s, t, r);
	return k;
}

static int by_key(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	return c ? c : (a->index > b->index) - (a->index < b->index);
}

int inn_diff_models(const struct inn_model *a, const struct inn_model *b, inn_value_text_fn *text,
		    struct inn_diff *d, struct inn_error *err)
{
	bool directed = a->directed || b->directed, *b_matched = NULL;
	struct keyed *kb = NULL;
	size_t j;

	memset(d, 0, sizeof(*d));
	d->value_text = text;
	d->arena = inn_arena_new();
	d->added_nodes = malloc((b->nnodes + 1) * sizeof(size_t));
	d->removed_nodes = malloc((a->nnodes + 1) * sizeof(size_t));
	d->added_links = malloc((b->nlinks + 1) * sizeof(size_t));
	d->removed_links = malloc((a->nlinks + 1) * sizeof(size_t));
	d->node_in_b = malloc((a->nnodes + 1) * sizeof(size_t));
	kb = malloc((b->nlinks + 1) * sizeof(*kb));
	b_matched = calloc(b->nnodes + 1, sizeof(*b_matched));
	if (!d->arena || !d->added_nodes || !d->removed_nodes || !d->added_links || !d->removed_links ||
	    !d->node_in_b || !kb || !b_matched || graph_changes(d, a, b) < 0)
		goto oom;
	for (size_t i = 0; i < a->nnodes; i++) {
		if (!inn_model_find(b, a->nodes[i].id, &j)) {
			d->node_in_b[i] = SIZE_MAX;
			d->removed_nodes[d->nremoved_nodes++] = i;
			continue;
		}
		d->node_in_b[i] = j;
		b_matched[j] = true;
		if (node_changes(d, a, b, i, j) < 0)
			goto oom;
	}
	for (size_t i = 0; i < b->nnodes; i++)
		if (!b_matched[i])
			d->added_nodes[d->nadded_nodes++] = i;
	for (size_t k = 0; k < b->nlinks; k++)
		if (!(kb[k].key = link_key(d->arena, b, &b->links[k], directed)))
			goto oom;
		else
			kb[k].index = k, kb[k].used = false;
	qsort(kb, b->nlinks, sizeof(*kb), by_key);
	for (size_t k = 0; k < a->nlinks; k++) {
		struct keyed probe = {.key = link_key(d->arena, a, &a->links[k], directed), .index = 0};
		size_t lo = 0, hi = b->nlinks;
		if (!probe.key)
			goto oom;
		while (lo < hi) { /* the first of B's links with this key */
			size_t mid = (lo + hi) / 2;
			if (strcmp(kb[mid].key, probe.key) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		while (lo < b->nlinks && strcmp(kb[lo].key, probe.key) == 0 && kb[lo].used)
			lo++;
		if (lo == b->nlinks || strcmp(kb[lo].key, probe.key) != 0) {
			d->removed_links[d->nremoved_links++] = k;
			continue;
		}
		kb[lo].used = true;
		if (link_changes(d, a, b, k, kb[lo].index) < 0)
			goto oom;
	}
	free(b_matched);
	b_matched = calloc(b->nlinks + 1, sizeof(*b_matched)); /* reused: B's links that matched */
	if (!b_matched)
		goto oom;
	for (size_t k = 0; k < b->nlinks; k++)
		b_matched[kb[k].index] = kb[k].used;
	for (size_t k = 0; k < b->nlinks; k++)
		if (!b_matched[k])
			d->added_links[d->nadded_links++] = k;
	free(kb);
	free(b_matched);
	return 0;
oom:
	free(kb);
	free(b_matched);
	inn_diff_release(d);
	return inn_error_set(err, INN_EFAIL, "diff: out of memory comparing %s and %s", a->origin, b->origin);
}
