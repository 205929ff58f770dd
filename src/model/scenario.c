/* scenario.c: building scenarios and applying them to a copy of a model; no I/O, no igraph. */
#include "innonet/scenario.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct inn_scenario *inn_scenario_new(const char *name, const char *origin)
{
	struct inn_scenario *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	if (!(s->arena = inn_arena_new()) || !(s->name = inn_arena_strdup(s->arena, name ? name : "scenario")) ||
	    !(s->origin = inn_arena_strdup(s->arena, origin ? origin : "scenario"))) {
		inn_scenario_free(s);
		return NULL;
	}
	return s;
}

void inn_scenario_free(struct inn_scenario *s)
{
	if (!s)
		return;
	free(s->remove);
	free(s->remove_kinds);
	free(s->remove_links);
	free(s->weights);
	inn_model_free(s->add);
	inn_arena_free(s->arena);
	free(s);
}

static int oom(const struct inn_scenario *s, struct inn_error *err)
{
	return inn_error_set(err, INN_EFAIL, "%s: out of memory building the scenario", s->origin);
}

/* Make room for one more element in a list of n of *cap; returns from the caller when out of memory. */
#define GROW_OR_FAIL(arr, n, cap)                                                \
	if ((n) == (cap)) {                                                      \
		size_t c_ = (cap) ? (cap) * 2 : 8;                               \
		void *p_ = realloc((void *)(arr), c_ * sizeof(*(arr)));          \
		if (!p_)                                                         \
			return oom(s, err);                                      \
		(arr) = p_;                                                      \
		(cap) = c_;                                                      \
	}

/* Append a copy of name (in the scenario's arena) to one of its lists of names: node ids or kinds. */
static int add_name(struct inn_scenario *s, const char ***list, size_t *n, size_t *cap, const char *name,
		    struct inn_error *err)
{
	const char *c;

	GROW_OR_FAIL(*list, *n, *cap);
	if (!(c = inn_arena_strdup(s->arena, name)))
		return oom(s, err);
	(*list)[(*n)++] = c;
	return 0;
}

int inn_scenario_remove_node(struct inn_scenario *s, const char *id, struct inn_error *err)
{
	return add_name(s, &s->remove, &s->nremove, &s->cap_remove, id, err);
}

int inn_scenario_remove_kind(struct inn_scenario *s, const char *kind, struct inn_error *err)
{
	return add_name(s, &s->remove_kinds, &s->nremove_kinds, &s->cap_kinds, kind, err);
}

static int copy_ref(struct inn_scenario *s, const struct inn_link_ref *from, struct inn_link_ref *to)
{
	to->source = inn_arena_strdup(s->arena, from->source);
	to->target = inn_arena_strdup(s->arena, from->target);
	to->relation = from->relation ? inn_arena_strdup(s->arena, from->relation) : NULL;
	return to->source && to->target && (to->relation || !from->relation) ? 0 : -1;
}

int inn_scenario_remove_link(struct inn_scenario *s, const struct inn_link_ref *l, struct inn_error *err)
{
	GROW_OR_FAIL(s->remove_links, s->nremove_links, s->cap_links);
	if (copy_ref(s, l, &s->remove_links[s->nremove_links]) < 0)
		return oom(s, err);
	s->nremove_links++;
	return 0;
}

int inn_scenario_set_weight(struct inn_scenario *s, const struct inn_link_ref *l, double w, struct inn_error *err)
{
	GROW_OR_FAIL(s->weights, s->nweights, s->cap_weights);
	if (copy_ref(s, l, &s->weights[s->nweights].link) < 0)
		return oom(s, err);
	s->weights[s->nweights++].weight = w;
	return 0;
}

int inn_scenario_set_add(struct inn_scenario *s, struct inn_model *add, struct inn_error *err)
{
	if (s->add) {
		inn_model_free(add);
		return inn_error_set(err, INN_EINPUT, "%s: only one set of additions can be given", s->origin);
	}
	s->add = add;
	return 0;
}

void inn_scenario_result_release(struct inn_scenario_result *r)
{
	inn_model_free(r->merged);
	inn_model_free(r->after);
	free(r->removed_node);
	free(r->removed_link);
	free(r->reweighted_link);
	free(r->after_node);
	free(r->after_link);
	memset(r, 0, sizeof(*r));
}

/* A string of another model, copied into m's arena (interned when it is a kind, relation or key). */
static const char *dup_into(struct inn_model *m, const char *s, bool intern, bool *failed)
{
	const char *c;

	if (!s)
		return NULL;
	c = intern ? inn_arena_intern(m->arena, s) : inn_arena_strdup(m->arena, s);
	if (!c)
		*failed = true;
	return c;
}

static struct inn_attr *dup_attrs(struct inn_model *m, const struct inn_attr *a, uint32_t n, bool *failed)
{
	struct inn_attr *c;

	if (!n)
		return NULL;
	if (!(c = inn_arena_alloc(m->arena, n * sizeof(*c)))) {
		*failed = true;
		return NULL;
	}
	for (uint32_t i = 0; i < n; i++) {
		c[i] = a[i];
		c[i].key = dup_into(m, a[i].key, true, failed);
		c[i].value.text = dup_into(m, a[i].value.text, false, failed);
	}
	return c;
}

/* A node of the addition that is already in the model may only name it: anything more would be ignored. */
static bool is_bare(const struct inn_node *n)
{
	return !n->kind && !n->label && !n->more;
}

/* The additions' node i names a node the scenario removes: say which addition, and that removals come first. */
static int removed_and_added(const struct inn_scenario *s, size_t i, struct inn_error *err)
{
	const struct inn_model *add = s->add;
	const char *id = add->nodes[i].id;

	if (!is_bare(&add->nodes[i]))
		return inn_error_set(err, INN_EINPUT,
				     "%s: node '%s' is both removed and added: a scenario removes first, then adds",
				     s->origin, id);
	for (size_t j = 0; j < add->nlinks; j++)
		if (add->links[j].source == i || add->links[j].target == i)
			return inn_error_set(err, INN_EINPUT,
					     "%s: added link '%s' -- '%s' reaches node '%s', which the scenario removes "
					     "(removals come first)",
					     s->origin, add->nodes[add->links[j].source].id,
					     add->nodes[add->links[j].target].id, id);
	return inn_error_set(err, INN_EINPUT, "%s: the additions name node '%s', which the scenario removes", s->origin,
			     id);
}

/*
 * Add s->add's nodes and links to merged; map[i] is the merged index of add's node i. Removals come
 * first: removed_node and removed_link (over the original model's nodes and links, the first of
 * merged's) say what is already gone, so naming a removed node is a contradiction and a removed
 * link no longer blocks a new one between the same nodes.
 */
static int merge_additions(struct inn_model *merged, const struct inn_scenario *s, const bool *removed_node,
			   const bool *removed_link, struct inn_error *err)
{
	const struct inn_model *add = s->add;
	size_t *map = calloc(add->nnodes + 1, sizeof(*map)), nremoved_links = merged->nlinks;
	bool failed = false;
	int ret = -1;

	if (!map)
		return oom(s, err);
	for (size_t i = 0; i < add->nnodes; i++) {
		const struct inn_node *n = &add->nodes[i];
		if (inn_model_find(merged, n->id, &map[i])) {
			if (removed_node[map[i]]) {
				removed_and_added(s, i, err);
				goto out;
			}
			if (!is_bare(n)) {
				inn_error_set(err, INN_EINPUT,
					      "%s: added node '%s' is already in the model: name it by its id alone to link to it",
					      s->origin, n->id);
				goto out;
			}
			continue;
		}
		if (inn_model_add_node(merged, n->id, n->id_is_int, &map[i]) != INN_MODEL_OK) {
			oom(s, err);
			goto out;
		}
		struct inn_node *d = &merged->nodes[map[i]];
		const struct inn_node_more *nx = inn_node_more(add, n);
		struct inn_node_more dx = {
			.label_zh = dup_into(merged, nx->label_zh, false, &failed),
			.provenance = dup_into(merged, nx->provenance, true, &failed),
			.since = nx->since,
			.until = nx->until,
			.nattrs = nx->nattrs,
			.attrs = dup_attrs(merged, nx->attrs, nx->nattrs, &failed),
		};
		d->kind = dup_into(merged, n->kind, true, &failed);
		d->label = dup_into(merged, n->label, false, &failed);
		if (inn_model_put_node_more(merged, map[i], &dx) < 0)
			failed = true;
	}
	for (size_t j = 0; j < add->nlinks && !failed; j++) {
		const struct inn_link *l = &add->links[j];
		uint32_t su = (uint32_t)map[l->source], tu = (uint32_t)map[l->target];
		if (!merged->multigraph) {
			for (size_t k = 0; k < merged->nlinks; k++) {
				const struct inn_link *o = &merged->links[k];
				if (k < nremoved_links && removed_link[k])
					continue; /* removed first: the new link replaces it */
				if ((o->source == su && o->target == tu) ||
				    (!merged->directed && o->source == tu && o->target == su)) {
					inn_error_set(err, INN_EINPUT, "%s: added link '%s' -- '%s' joins nodes already linked",
						      s->origin, add->nodes[l->source].id, add->nodes[l->target].id);
					goto out;
				}
			}
		}
		if (!inn_model_add_link(merged, su, tu)) {
			failed = true;
			break;
		}
		const struct inn_link_more *lx = inn_link_more(add, l);
		struct inn_link_more dx = {
			.provenance = dup_into(merged, lx->provenance, true, &failed),
			.since = lx->since,
			.until = lx->until,
			.nattrs = lx->nattrs,
			.attrs = dup_attrs(merged, lx->attrs, lx->nattrs, &failed),
		};
		if (inn_model_set_relation(merged, merged->nlinks - 1, inn_link_relation(add, l)) < 0 ||
		    (l->has_weight && inn_model_set_weight(merged, merged->nlinks - 1, inn_link_weight(add, l)) < 0) ||
		    inn_model_put_link_more(merged, merged->nlinks - 1, &dx) < 0)
			failed = true;
	}
	if (failed) {
		oom(s, err);
		goto out;
	}
	ret = 0;
out:
	free(map);
	return ret;
}

/*
 * Mark in hit[] the links ref names; it is an error when it names none. gone (NULL: none) marks
 * links the scenario has already removed: naming only those is a contradiction.
 */
static int find_links(const struct inn_model *m, const struct inn_scenario *s, const struct inn_link_ref *ref,
		      const char *what, const bool *gone, bool *hit, struct inn_error *err)
{
	size_t a, b, found = 0, found_gone = 0;

	if (!inn_model_find(m, ref->source, &a))
		return inn_error_set(err, INN_EINPUT, "%s: %s: no node '%s'", s->origin, what, ref->source);
	if (!inn_model_find(m, ref->target, &b))
		return inn_error_set(err, INN_EINPUT, "%s: %s: no node '%s'", s->origin, what, ref->target);
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		bool ends = (l->source == a && l->target == b) || (!m->directed && l->source == b && l->target == a);
		const char *relation = inn_link_relation(m, l);
		if (!ends || (ref->relation && (!relation || strcmp(relation, ref->relation) != 0)))
			continue;
		if (gone && gone[j]) {
			found_gone++;
			continue;
		}
		hit[j] = true;
		found++;
	}
	if (!found && found_gone)
		return inn_error_set(err, INN_EINPUT,
				     "%s: %s '%s' -- '%s' names a link the scenario removes (removals come first)",
				     s->origin, what, ref->source, ref->target);
	if (!found)
		return inn_error_set(err, INN_EINPUT, "%s: %s: no link '%s' -- '%s'%s%s", s->origin, what, ref->source,
				     ref->target, ref->relation ? " with relation " : "", ref->relation ? ref->relation : "");
	return 0;
}

/* A node the additions bring in (not a bare reference to one of the model's): for messages. */
static bool adds_node(const struct inn_scenario *s, const char *id)
{
	size_t i;

	return s->add && inn_model_find(s->add, id, &i) && !is_bare(&s->add->nodes[i]);
}

/*
 * The removals, on the original model m: nodes by id, nodes by kind, links, and with them every
 * link of a removed node. removed_node and removed_link are m's size.
 */
static int mark_removals(const struct inn_model *m, const struct inn_scenario *s, bool *removed_node,
			 bool *removed_link, struct inn_error *err)
{
	for (size_t k = 0; k < s->nremove; k++) {
		size_t i;
		if (!inn_model_find(m, s->remove[k], &i)) {
			if (adds_node(s, s->remove[k]))
				return inn_error_set(err, INN_EINPUT,
						     "%s: node '%s' is both removed and added: a scenario removes first, then adds",
						     s->origin, s->remove[k]);
			return inn_error_set(err, INN_EINPUT, "%s: no node '%s' to remove in %s", s->origin, s->remove[k],
					     m->origin);
		}
		removed_node[i] = true;
	}
	for (size_t k = 0; k < s->nremove_kinds; k++) {
		bool any = false;
		for (size_t i = 0; i < m->nnodes; i++) {
			if (m->nodes[i].kind && strcmp(m->nodes[i].kind, s->remove_kinds[k]) == 0) {
				removed_node[i] = true;
				any = true;
			}
		}
		if (!any)
			return inn_error_set(err, INN_EINPUT, "%s: no node of kind '%s' to remove in %s", s->origin,
					     s->remove_kinds[k], m->origin);
	}
	for (size_t k = 0; k < s->nremove_links; k++)
		if (find_links(m, s, &s->remove_links[k], "link to remove", NULL, removed_link, err) < 0)
			return -1;
	for (size_t j = 0; j < m->nlinks; j++)
		if (removed_node[m->links[j].source] || removed_node[m->links[j].target])
			removed_link[j] = true;
	return 0;
}

/*
 * A scenario's parts apply in order: removals (on the model as it is), then additions, then weight
 * changes (on what is left, additions included). A part that contradicts an earlier one (adding a
 * link to a removed node, changing the weight of a removed link) is an input error naming both.
 */
int inn_scenario_apply(const struct inn_model *m, const struct inn_scenario *s, struct inn_scenario_result *r,
		       struct inn_error *err)
{
	bool *keep_node = NULL, *keep_link = NULL, *hit = NULL;
	int ret = -1;

	memset(r, 0, sizeof(*r));
	r->nbefore_nodes = m->nnodes;
	r->nbefore_links = m->nlinks;
	/* sized for the original model now; grown below once the additions are in */
	r->removed_node = calloc(m->nnodes + 1, sizeof(*r->removed_node));
	r->removed_link = calloc(m->nlinks + 1, sizeof(*r->removed_link));
	if (!r->removed_node || !r->removed_link) {
		oom(s, err);
		goto out;
	}
	if (mark_removals(m, s, r->removed_node, r->removed_link, err) < 0)
		goto out;
	if (!(r->merged = inn_model_select(m, NULL, NULL))) {
		oom(s, err);
		goto out;
	}
	if (s->add && merge_additions(r->merged, s, r->removed_node, r->removed_link, err) < 0)
		goto out;
	struct inn_model *g = r->merged;
	size_t n = g->nnodes, nl = g->nlinks;
	bool *rn = realloc(r->removed_node, (n + 1) * sizeof(*rn));
	if (rn)
		r->removed_node = rn;
	bool *rl = realloc(r->removed_link, (nl + 1) * sizeof(*rl));
	if (rl)
		r->removed_link = rl;
	if (!rn || !rl) {
		oom(s, err);
		goto out;
	}
	memset(r->removed_node + m->nnodes, 0, (n - m->nnodes + 1) * sizeof(*rn));
	memset(r->removed_link + m->nlinks, 0, (nl - m->nlinks + 1) * sizeof(*rl));
	r->reweighted_link = calloc(nl + 1, sizeof(*r->reweighted_link));
	r->after_node = malloc((n + 1) * sizeof(*r->after_node));
	r->after_link = malloc((nl + 1) * sizeof(*r->after_link));
	keep_node = malloc((n + 1) * sizeof(*keep_node));
	keep_link = malloc((nl + 1) * sizeof(*keep_link));
	hit = calloc(nl + 1, sizeof(*hit));
	if (!r->reweighted_link || !r->after_node || !r->after_link || !keep_node || !keep_link || !hit) {
		oom(s, err);
		goto out;
	}
	for (size_t k = 0; k < s->nweights; k++) {
		memset(hit, 0, nl * sizeof(*hit));
		if (find_links(g, s, &s->weights[k].link, "weight change", r->removed_link, hit, err) < 0)
			goto out;
		for (size_t j = 0; j < nl; j++) {
			/* the same weight again is no change; an added link simply has the new weight */
			if (!hit[j] || inn_link_weight(g, &g->links[j]) == s->weights[k].weight)
				continue;
			if (inn_model_set_weight(g, j, s->weights[k].weight) < 0) {
				oom(s, err);
				goto out;
			}
			r->reweighted_link[j] = j < r->nbefore_links;
		}
	}
	/* a link changed back to its original weight by a later change is no change either */
	for (size_t j = 0; j < r->nbefore_links; j++)
		if (r->reweighted_link[j] && inn_link_weight(g, &g->links[j]) == inn_link_weight(m, &m->links[j]))
			r->reweighted_link[j] = false;
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		keep_node[i] = !r->removed_node[i];
		r->after_node[i] = keep_node[i] ? kept++ : SIZE_MAX;
	}
	kept = 0;
	for (size_t j = 0; j < nl; j++) {
		keep_link[j] = !r->removed_link[j];
		r->after_link[j] = keep_link[j] ? kept++ : SIZE_MAX;
	}
	if (!(r->after = inn_model_select(g, keep_node, keep_link))) {
		oom(s, err);
		goto out;
	}
	ret = 0;
out:
	free(hit);
	free(keep_link);
	free(keep_node);
	return ret;
}
