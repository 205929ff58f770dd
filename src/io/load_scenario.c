/* load_scenario.c: the reader of scenario files (JSON, read with cJSON); the additions go through the model loader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/file.h"
#include "innonet/json_tree.h"
#include "innonet/keys.h"
#include "innonet/load.h"
#include "innonet/scenario.h"

/* A scenario is a short hand-written file: anything larger is a mistake, not a scenario. */
#define MAX_SCENARIO_BYTES ((size_t)64 << 20)

/*
 * cJSON keeps duplicate keys and its getters return the first: refuse them, as the model loader
 * does, an object's own keys before those of the values inside it. -1 when out of memory.
 */
static int duplicate_key(const cJSON *item, const char **dup)
{
	if (inn_json_repeated_key(item, dup) < 0)
		return -1;
	if (cJSON_IsObject(item) || cJSON_IsArray(item))
		for (const cJSON *a = item->child; a && !*dup; a = a->next)
			if (duplicate_key(a, dup) < 0)
				return -1;
	return 0;
}

static const char *const members[] = {"name",         "description", "remove", "remove_kinds",
				      "remove_links", "add",         "weights"};

/* A non-empty string, or -1 with a message naming where. */
static int get_text(const cJSON *v, const char *path, const char *where, const char **out, struct inn_error *err)
{
	if (!cJSON_IsString(v) || !v->valuestring[0])
		return inn_error_set(err, INN_EINPUT, "%s: %s must be a non-empty string", path, where);
	*out = v->valuestring;
	return 0;
}

static int get_ref(const cJSON *o, const char *path, const char *where, struct inn_link_ref *ref, struct inn_error *err)
{
	char what[96];
	const cJSON *rel;

	if (!cJSON_IsObject(o))
		return inn_error_set(err, INN_EINPUT, "%s: %s must be an object with 'source' and 'target'", path, where);
	snprintf(what, sizeof(what), "%s 'source'", where);
	if (get_text(cJSON_GetObjectItemCaseSensitive(o, "source"), path, what, &ref->source, err) < 0)
		return -1;
	snprintf(what, sizeof(what), "%s 'target'", where);
	if (get_text(cJSON_GetObjectItemCaseSensitive(o, "target"), path, what, &ref->target, err) < 0)
		return -1;
	ref->relation = NULL;
	rel = cJSON_GetObjectItemCaseSensitive(o, "relation");
	snprintf(what, sizeof(what), "%s 'relation'", where);
	if (rel && get_text(rel, path, what, &ref->relation, err) < 0)
		return -1;
	return 0;
}

/* The members of the root object, into s. */
static int fill(struct inn_scenario *s, const cJSON *root, const char *path, struct inn_error *err)
{
	const cJSON *v;
	char where[64];
	size_t k;

	for (const cJSON *m = root->child; m; m = m->next) {
		bool known = false;
		for (size_t i = 0; i < sizeof(members) / sizeof(members[0]); i++)
			known = known || strcmp(m->string, members[i]) == 0;
		if (!known)
			return inn_error_set(err, INN_EINPUT,
					     "%s: unknown member '%s' (name, description, remove, remove_kinds, remove_links, add, weights)",
					     path, m->string);
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(root, "name")) &&
	    (get_text(v, path, "'name'", &s->name, err) < 0 || !(s->name = inn_arena_strdup(s->arena, s->name))))
		return inn_error_is_set(err) ? -1 : inn_error_set(err, INN_EFAIL, "out of memory");
	if ((v = cJSON_GetObjectItemCaseSensitive(root, "description")) &&
	    (get_text(v, path, "'description'", &s->description, err) < 0 ||
	     !(s->description = inn_arena_strdup(s->arena, s->description))))
		return inn_error_is_set(err) ? -1 : inn_error_set(err, INN_EFAIL, "out of memory");
	static const char *const lists[] = {"remove", "remove_kinds", "remove_links", "weights"};
	for (size_t l = 0; l < 4; l++) {
		if (!(v = cJSON_GetObjectItemCaseSensitive(root, lists[l])))
			continue;
		if (!cJSON_IsArray(v))
			return inn_error_set(err, INN_EINPUT, "%s: '%s' must be an array", path, lists[l]);
		k = 0;
		for (const cJSON *e = v->child; e; e = e->next, k++) {
			struct inn_link_ref ref;
			const char *text = NULL;
			snprintf(where, sizeof(where), "%s[%zu]", lists[l], k);
			if (l == 0 && (get_text(e, path, where, &text, err) < 0 || inn_scenario_remove_node(s, text, err) < 0))
				return -1;
			if (l == 1 && (get_text(e, path, where, &text, err) < 0 || inn_scenario_remove_kind(s, text, err) < 0))
				return -1;
			if (l == 2 && (get_ref(e, path, where, &ref, err) < 0 || inn_scenario_remove_link(s, &ref, err) < 0))
				return -1;
			if (l == 3) {
				const cJSON *w = cJSON_GetObjectItemCaseSensitive(e, "weight");
				if (get_ref(e, path, where, &ref, err) < 0)
					return -1;
				if (!cJSON_IsNumber(w) || w->valuedouble != w->valuedouble)
					return inn_error_set(err, INN_EINPUT, "%s: %s: 'weight' must be a number", path, where);
				if (inn_scenario_set_weight(s, &ref, w->valuedouble, err) < 0)
					return -1;
			}
		}
	}
	if ((v = cJSON_GetObjectItemCaseSensitive(root, "add"))) {
		char origin[512], *text;
		struct inn_model *add;
		if (!cJSON_IsObject(v))
			return inn_error_set(err, INN_EINPUT, "%s: 'add' must be a node-link object with 'nodes' and 'links'",
					     path);
		/* the loader checks the fragment as it checks any model; its messages name the nodes and links */
		if (!(text = cJSON_PrintUnformatted(v)))
			return inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
		snprintf(origin, sizeof(origin), "%s: add", path);
		add = inn_load_json(text, strlen(text), origin, err);
		cJSON_free(text);
		if (!add || inn_scenario_set_add(s, add, err) < 0)
			return -1;
	}
	return 0;
}

struct inn_scenario *inn_scenario_parse(const char *buf, size_t len, const char *path, struct inn_error *err)
{
	struct inn_scenario *s = NULL;
	const char *dup;
	cJSON *root = NULL;

	if (!(root = inn_json_tree(buf, len, path, "scenario", err)))
		goto out;
	if (!cJSON_IsObject(root)) {
		inn_error_set(err, INN_EINPUT, "%s: a scenario must be a JSON object", path);
		goto out;
	}
	if (duplicate_key(root, &dup) < 0) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
		goto out;
	}
	if (dup) {
		inn_error_set(err, INN_EINPUT, "%s: duplicate key '%s'", path, dup);
		goto out;
	}
	if (!(s = inn_scenario_new(NULL, path))) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
		goto out;
	}
	s->name = s->origin; /* until the file names it */
	if (fill(s, root, path, err) < 0) {
		inn_scenario_free(s);
		s = NULL;
	}
out:
	cJSON_Delete(root);
	return s;
}

struct inn_scenario *inn_scenario_load(const char *path, struct inn_error *err)
{
	struct inn_scenario *s;
	size_t len;
	char *buf;

	if (!(buf = inn_read_file(path, "scenario", MAX_SCENARIO_BYTES, NULL, &len, err)))
		return NULL;
	s = inn_scenario_parse(buf, len, path, err);
	free(buf);
	return s;
}
