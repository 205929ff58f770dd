/*
 * load_json.c: NetworkX node-link JSON -> typed model, the only code that reads models with cJSON.
 *
 * Models of a million links arrive as JSON too, so the text is never made into a document tree:
 * json_scan.c checks all of it in one pass and finds the top-level members, then the model is
 * built member by member in a fixed order (directed, multigraph, graph, nodes, links, the rest),
 * whatever their order in the file. Each node and link is read where it lies in the text, its
 * members checked (one key once, no string over the limit) and placed in the model before the
 * next is read; cJSON reads only small pieces: "graph", the members innonet does not interpret,
 * and attribute values that are arrays or objects.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/grow.h"
#include "innonet/keys.h"
#include "json_scan.h"

/* A declared vocabulary: the words, interned in the model's arena and sorted by address. */
struct vocab {
	bool declared;      /* graph.vocabulary names this list */
	const char **words; /* owned array; the strings belong to the model */
	size_t n;
};

/* A top-level member. */
struct top {
	struct inn_key name;    /* NUL-terminated, in ctx.names */
	struct json_span value;
	cJSON *tree;            /* the value, parsed, for every member but the node and link arrays; owned */
};

/* A member of the node or link being read. */
struct field {
	struct inn_key name;    /* first: inn_first_repeat() reads fields as keys */
	struct json_pair raw;   /* where its key and value are */
	struct inn_key str;     /* a string value (keys.h: in the text when it has no escape, else in a buffer) */
	bool typed;             /* a field of the model (id, kind...), not a free attribute */
	cJSON *tree;            /* an array or object value, parsed when checked; owned */
};

/* The typed fields of nodes and links; a key names one of them, or a free attribute (-1). */
enum { N_ID, N_KIND, N_LABEL, N_LABEL_ZH, N_PROVENANCE, N_SINCE, N_UNTIL };
enum { L_SOURCE, L_TARGET, L_RELATION, L_PROVENANCE, L_WEIGHT, L_SINCE, L_UNTIL };
#define NTYPED 7
#define IS(k, name) ((k)->len == sizeof(name) - 1 && memcmp((k)->s, name, sizeof(name) - 1) == 0)

/* The keys of the typed fields, in the order of the enums above. */
static const char *const node_keys[NTYPED] = {"id", "kind", "label", "label_zh", "provenance", "since", "until"};
static const char *const link_keys[NTYPED] = {"source", "target", "relation", "provenance", "weight", "since", "until"};

/* Which of the typed fields keys[] names k is (N_... or L_...), or -1 for a free attribute. */
static int field_of(const struct inn_key *k, const char *const keys[NTYPED])
{
	for (int t = 0; t < NTYPED; t++)
		if (strlen(keys[t]) == k->len && memcmp(k->s, keys[t], k->len) == 0)
			return t;
	return -1;
}

struct ctx {
	const char *origin;     /* input name for messages; borrowed */
	const char *s;          /* the text json_scan() accepted; borrowed */
	struct inn_model *m;    /* the model being built; returned to the caller */
	struct inn_error *err;  /* borrowed */
	struct vocab kinds, relations; /* graph.vocabulary; arrays owned */
	struct top *tops;       /* the top-level members in file order; owned, with their trees */
	size_t ntops;
	char *names;            /* their keys, decoded; owned */
	struct field *f;        /* the members of the node or link being read; owned, with their trees */
	size_t nf, fcap;
	int slot[NTYPED];       /* the field holding each typed field of that node or link, or -1 */
	char *scratch;          /* its decoded keys and strings; owned */
	size_t scap;
	char *tmp;              /* a NUL-terminated copy of one string at a time; owned */
	size_t tcap;
};

/* How messages name a node or link: nodes[2] until its id is known, then node 'id' or links[7] ('a' -- 'b'). */
struct elem {
	const char *array; /* "nodes", "links" or "edges" */
	size_t index;
	bool node, named;
	size_t at;         /* a named node's index in the model */
};

/* How much of an id or name a message quotes: enough to recognise it, never a whole screen. */
#define CLIP_BYTES 60

/* s[0..n) cut to CLIP_BYTES on a character boundary, "..." marking a cut, in buf (CLIP_BYTES + 4 bytes). */
static const char *clip_n(char *buf, const char *s, size_t n)
{
	bool cut = n > CLIP_BYTES;

	if (cut) {
		n = CLIP_BYTES;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--; /* do not split a UTF-8 sequence */
	}
	memcpy(buf, s, n);
	memcpy(buf + n, cut ? "..." : "", cut ? 4 : 1);
	return buf;
}

static const char *clip(char *buf, const char *s)
{
	return clip_n(buf, s, strlen(s));
}

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

static int parse_oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory parsing the model", c->origin);
}

/* s[0..n) with a NUL after it, in c->tmp until the next call; NULL when out of memory. */
static const char *cstr(struct ctx *c, const char *s, size_t n)
{
	if (n + 1 > c->tcap) {
		size_t cap = n + 1 > 2 * c->tcap ? n + 1 : 2 * c->tcap;
		char *t = realloc(c->tmp, cap);
		if (!t)
			return NULL;
		c->tmp = t;
		c->tcap = cap;
	}
	memcpy(c->tmp, s, n);
	c->tmp[n] = '\0';
	return c->tmp;
}

/* The text s[start..end) of one value as a cJSON tree, or NULL when out of memory (the text is JSON). */
static cJSON *parse_piece(const struct ctx *c, struct json_span v)
{
	return cJSON_ParseWithLengthOpts(c->s + v.start, v.end - v.start, NULL, false);
}

/*
 * Rules on a value parsed by cJSON, before any field is read: no object repeats a key (cJSON
 * keeps both and its getters return the first, so the model would be ambiguous) and no string
 * or key is longer than the limit. path names the item in messages ("graph.sources[0]"; "" = the model).
 */
static int check_tree(struct ctx *c, const cJSON *item, char *path, size_t plen, size_t psize)
{
	const char *where = plen ? path : "model";
	char key[CLIP_BYTES + 4];
	const char *name;
	size_t n = 0;

	if (cJSON_IsString(item) && strlen(item->valuestring) > INN_MAX_STRING_BYTES)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: string longer than %zu MiB (the limit)", c->origin,
				     where, INN_MAX_STRING_BYTES >> 20);
	if (!cJSON_IsObject(item) && !cJSON_IsArray(item))
		return 0;
	for (const cJSON *a = item->child; a; a = a->next) {
		n++;
		if (a->string && strlen(a->string) > INN_MAX_STRING_BYTES)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: key longer than %zu MiB (the limit)",
					     c->origin, where, INN_MAX_STRING_BYTES >> 20);
	}
	if (inn_json_repeated_key(item, &name) < 0)
		return oom(c);
	if (name)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: duplicate key '%s'", c->origin, where, clip(key, name));
	n = 0;
	for (const cJSON *a = item->child; a; a = a->next, n++) {
		if (cJSON_IsArray(item))
			snprintf(path + plen, psize - plen, "[%zu]", n);
		else
			snprintf(path + plen, psize - plen, "%s%s", plen ? "." : "", clip(key, a->string));
		int rc = check_tree(c, a, path, strlen(path), psize);
		path[plen] = '\0';
		if (rc < 0)
			return -1;
	}
	return 0;
}

static bool is_integer(double v)
{
	/* 2^53: beyond it a double is not exact */
	return isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0;
}

static int set_string(struct ctx *c, const cJSON *v, const char **dst, bool intern, const char *where,
		      const char *key)
{
	if (!v)
		return 0;
	if (cJSON_IsNull(v))
		return 0; /* NetworkX writes None as null: the field is absent */
	if (!cJSON_IsString(v))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s' must be a string", c->origin, where, key);
	*dst = intern ? inn_arena_intern(c->m->arena, v->valuestring)
		      : inn_arena_strdup(c->m->arena, v->valuestring);
	return *dst ? 0 : oom(c);
}

/* A free attribute: scalars as they are, {"more_than": N} and {"at_least": N} as bounds, other JSON as text. */
static int to_value(struct ctx *c, const cJSON *v, struct inn_value *out, const char *where, const char *key)
{
	memset(out, 0, sizeof(*out));
	if (cJSON_IsNull(v)) {
		out->type = INN_VAL_NULL;
	} else if (cJSON_IsBool(v)) {
		out->type = INN_VAL_BOOL;
		out->boolean = cJSON_IsTrue(v);
	} else if (cJSON_IsNumber(v)) {
		if (!isfinite(v->valuedouble))
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s' is not a finite number", c->origin,
					     where, key);
		out->type = INN_VAL_NUMBER;
		out->number = v->valuedouble;
	} else if (cJSON_IsString(v)) {
		out->type = INN_VAL_STRING;
		if (!(out->text = inn_arena_strdup(c->m->arena, v->valuestring)))
			return oom(c);
	} else {
		const cJSON *only = cJSON_IsObject(v) ? v->child : NULL;
		if (only && !only->next &&
		    (strcmp(only->string, "more_than") == 0 || strcmp(only->string, "at_least") == 0)) {
			if (!cJSON_IsNumber(only) || !isfinite(only->valuedouble))
				return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s': '%s' must be a finite number",
						     c->origin, where, key, only->string);
			out->type = INN_VAL_NUMBER;
			out->number = only->valuedouble;
			out->bound = only->string[0] == 'm' ? INN_BOUND_MORE_THAN : INN_BOUND_AT_LEAST;
			return 0;
		}
		char *text = cJSON_PrintUnformatted(v);
		if (!text)
			return oom(c);
		out->type = INN_VAL_JSON;
		out->text = inn_arena_strdup(c->m->arena, text);
		cJSON_free(text);
		if (!out->text)
			return oom(c);
	}
	return 0;
}

/* Copy the members of obj into an attribute array. */
static int collect_attrs(struct ctx *c, const cJSON *obj, struct inn_attr **attrs, uint32_t *nattrs,
			 const char *where)
{
	uint32_t n = 0;

	for (const cJSON *v = obj->child; v; v = v->next)
		n++;
	*nattrs = 0;
	*attrs = NULL;
	if (!n)
		return 0;
	if (!(*attrs = inn_arena_alloc(c->m->arena, n * sizeof(**attrs))))
		return oom(c);
	for (const cJSON *v = obj->child; v; v = v->next) {
		struct inn_attr *a = &(*attrs)[(*nattrs)++];
		if (!(a->key = inn_arena_intern(c->m->arena, v->string)))
			return oom(c);
		if (to_value(c, v, &a->value, where, v->string) < 0)
			return -1;
	}
	return 0;
}

static int cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(const char *const *)a, y = (uintptr_t)*(const char *const *)b;
	return (x > y) - (x < y);
}

/* Whether word (interned in the model's arena) is in the list; a list not declared allows all. */
static bool in_vocab(const struct vocab *v, const char *word)
{
	return !v->declared || !word || bsearch(&word, v->words, v->n, sizeof(*v->words), cmp_ptr);
}

/* One list of graph.vocabulary: an array of non-empty strings, interned so lookups compare pointers. */
static int parse_vocab_list(struct ctx *c, const cJSON *list, const char *name, struct vocab *v)
{
	size_t n = 0, i = 0;

	if (cJSON_IsNull(list))
		return 0;
	if (!cJSON_IsArray(list))
		return inn_error_set(c->err, INN_EINPUT, "%s: graph.vocabulary.%s must be an array of strings",
				     c->origin, name);
	for (const cJSON *w = list->child; w; w = w->next)
		n++;
	v->declared = true;
	if (!(v->words = malloc((n ? n : 1) * sizeof(*v->words))))
		return oom(c);
	for (const cJSON *w = list->child; w; w = w->next, i++) {
		if (!cJSON_IsString(w) || !*w->valuestring)
			return inn_error_set(c->err, INN_EINPUT, "%s: graph.vocabulary.%s[%zu] must be a non-empty string",
					     c->origin, name, i);
		if (!(v->words[i] = inn_arena_intern(c->m->arena, w->valuestring)))
			return oom(c);
	}
	v->n = n;
	qsort(v->words, n, sizeof(*v->words), cmp_ptr);
	return 0;
}

/*
 * graph.vocabulary = {"kinds": [...], "relations": [...]}: when a list is declared, every node
 * kind (or link relation) given must be one of its words, so a typo is an error, not a new kind.
 */
static int parse_vocabulary(struct ctx *c, const cJSON *voc)
{
	if (!voc || cJSON_IsNull(voc))
		return 0;
	if (!cJSON_IsObject(voc))
		return inn_error_set(c->err, INN_EINPUT, "%s: graph.vocabulary must be an object with 'kinds' and/or 'relations'",
				     c->origin);
	for (const cJSON *m = voc->child; m; m = m->next) {
		char buf[CLIP_BYTES + 4];
		if (strcmp(m->string, "kinds") == 0) {
			if (parse_vocab_list(c, m, "kinds", &c->kinds) < 0)
				return -1;
		} else if (strcmp(m->string, "relations") == 0) {
			if (parse_vocab_list(c, m, "relations", &c->relations) < 0)
				return -1;
		} else {
			return inn_error_set(c->err, INN_EINPUT,
					     "%s: graph.vocabulary: unknown member '%s' (expected 'kinds' or 'relations')",
					     c->origin, clip(buf, m->string));
		}
	}
	return 0;
}

static int parse_graph(struct ctx *c, const cJSON *graph)
{
	const cJSON *name, *as_of;

	if (!graph || cJSON_IsNull(graph))
		return 0;
	if (!cJSON_IsObject(graph))
		return inn_error_set(c->err, INN_EINPUT, "%s: 'graph' must be an object", c->origin);
	name = cJSON_GetObjectItemCaseSensitive(graph, "name");
	if (set_string(c, name, &c->m->name, false, "graph", "name") < 0)
		return -1;
	as_of = cJSON_GetObjectItemCaseSensitive(graph, "as_of");
	if (cJSON_IsNumber(as_of) && is_integer(as_of->valuedouble)) {
		char year[32];
		snprintf(year, sizeof(year), "%.0f", as_of->valuedouble);
		if (!(c->m->as_of = inn_arena_strdup(c->m->arena, year)))
			return oom(c);
	} else if (set_string(c, as_of, &c->m->as_of, false, "graph", "as_of") < 0) {
		return -1;
	}
	if (parse_vocabulary(c, cJSON_GetObjectItemCaseSensitive(graph, "vocabulary")) < 0)
		return -1;
	return collect_attrs(c, graph, &c->m->graph_attrs, &c->m->ngraph_attrs, "graph");
}

/* "links[3] ('a' -- 'b')": how messages name a link. */
static void link_where(const struct ctx *c, char *where, size_t size, const char *array, size_t j)
{
	const struct inn_link *l = &c->m->links[j];
	char a[CLIP_BYTES + 4], b[CLIP_BYTES + 4];

	snprintf(where, size, "%s[%zu] ('%s' %s '%s')", array, j, clip(a, c->m->nodes[l->source].id),
		 c->m->directed ? "->" : "--", clip(b, c->m->nodes[l->target].id));
}

/* The size of a buffer for elem_where(). */
#define WHERE_BYTES (3 * CLIP_BYTES)

/* Made only for a message, so that a million links that load cost no formatting. */
static void elem_where(const struct ctx *c, const struct elem *e, char *where)
{
	char id[CLIP_BYTES + 4];

	if (!e->named)
		snprintf(where, WHERE_BYTES, "%s[%zu]", e->array, e->index);
	else if (e->node)
		snprintf(where, WHERE_BYTES, "node '%s'", clip(id, c->m->nodes[e->at].id));
	else
		link_where(c, where, WHERE_BYTES, e->array, e->index);
}

/* "<origin>: <the node or link>: <what>". */
__attribute__((format(printf, 3, 4))) static int fail(struct ctx *c, const struct elem *e, const char *fmt, ...)
{
	char where[WHERE_BYTES], what[sizeof(c->err->msg)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	elem_where(c, e, where);
	return inn_error_set(c->err, INN_EINPUT, "%s: %s: %s", c->origin, where, what);
}

static void release_fields(struct ctx *c)
{
	for (size_t k = 0; k < c->nf; k++)
		cJSON_Delete(c->f[k].tree);
	c->nf = 0;
}

/* The element of an array at s[i] that is not an object, checked as an object's members are. */
static int check_other(struct ctx *c, const struct elem *e, struct json_span v)
{
	char path[256];
	bool escaped;

	snprintf(path, sizeof(path), "%s[%zu]", e->array, e->index);
	if (c->s[v.start] == '"') {
		size_t body = json_string_end(c->s, v.start, &escaped) - v.start - 1, n = body;
		if (escaped) {
			char *out = malloc(body + 1);
			if (!out)
				return oom(c);
			n = json_unescape(c->s + v.start + 1, body, out);
			free(out);
		}
		if (n > INN_MAX_STRING_BYTES)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: string longer than %zu MiB (the limit)",
					     c->origin, path, INN_MAX_STRING_BYTES >> 20);
	} else if (c->s[v.start] == '[' || c->s[v.start] == '{') {
		cJSON *tree = parse_piece(c, v);
		if (!tree)
			return parse_oom(c);
		int rc = check_tree(c, tree, path, strlen(path), sizeof(path));
		cJSON_Delete(tree);
		return rc;
	}
	return 0;
}

/*
 * The rules check_tree() applies, on the members of the node or link just read, in the same
 * order: no key over the limit, no key twice, then each value (strings within the limit, arrays
 * and objects parsed and checked whole).
 */
static int check_fields(struct ctx *c, const struct elem *e)
{
	char path[256], key[CLIP_BYTES + 4];
	size_t repeat;

	/* paths are made only for a message or a piece to check: most nodes and links need neither */
	for (size_t k = 0; k < c->nf; k++)
		if (c->f[k].name.len > INN_MAX_STRING_BYTES)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s[%zu]: key longer than %zu MiB (the limit)",
					     c->origin, e->array, e->index, INN_MAX_STRING_BYTES >> 20);
	if (inn_first_repeat(c->f, c->nf, sizeof(*c->f), &repeat) < 0)
		return oom(c);
	if (repeat != SIZE_MAX)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s[%zu]: duplicate key '%s'", c->origin, e->array,
				     e->index, clip_n(key, c->f[repeat].name.s, c->f[repeat].name.len));
	for (size_t k = 0; k < c->nf; k++) {
		struct field *f = &c->f[k];
		if ((f->raw.type != JSON_STRING || f->str.len <= INN_MAX_STRING_BYTES) && f->raw.type != JSON_ARRAY &&
		    f->raw.type != JSON_OBJECT)
			continue;
		snprintf(path, sizeof(path), "%s[%zu].%s", e->array, e->index, clip_n(key, f->name.s, f->name.len));
		if (f->raw.type == JSON_STRING)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: string longer than %zu MiB (the limit)",
					     c->origin, path, INN_MAX_STRING_BYTES >> 20);
		if (!(f->tree = parse_piece(c, f->raw.value)))
			return parse_oom(c);
		if (check_tree(c, f->tree, path, strlen(path), sizeof(path)) < 0)
			return -1;
	}
	return 0;
}

/*
 * Read the node or link whose text starts at s[i] into c->f and check its members; *end is the
 * offset past it. 1 when it is not an object (checked as well).
 */
static int read_element(struct ctx *c, const struct elem *e, size_t i, size_t *end)
{
	const char *s = c->s;
	size_t need = 0;

	release_fields(c);
	for (int k = 0; k < NTYPED; k++)
		c->slot[k] = -1;
	if (s[i] != '{') {
		*end = json_skip_value(s, i);
		return check_other(c, e, (struct json_span){i, *end}) < 0 ? -1 : 1;
	}
	for (i = json_skip_ws(s, i + 1); s[i] == '"';) {
		if (c->nf == c->fcap) {
			struct field *f = inn_grow(c->f, &c->fcap, c->nf + 1, sizeof(*f));
			if (!f)
				return oom(c);
			c->f = f;
		}
		struct field *f = &c->f[c->nf++];
		i = json_next_member(s, i, &f->raw);
		f->tree = NULL;
		/* room for the key and the string, NUL-terminated, when they must be decoded */
		need += f->raw.key_escaped ? f->raw.key.end - f->raw.key.start + 1 : 0;
		need += f->raw.value_escaped ? f->raw.value.end - f->raw.value.start - 1 : 0;
	}
	*end = i + 1; /* past the '}' */
	/* decoded into scratch, sized once so that the pointers stay valid */
	if (need > c->scap) {
		char *b = realloc(c->scratch, need);
		if (!b)
			return oom(c);
		c->scratch = b;
		c->scap = need;
	}
	char *out = c->scratch;
	for (size_t k = 0; k < c->nf; k++) {
		struct field *f = &c->f[k];
		struct json_span key = f->raw.key, v = {f->raw.value.start + 1, f->raw.value.end - 1};
		f->name = (struct inn_key){s + key.start, key.end - key.start};
		if (f->raw.key_escaped) {
			f->name = (struct inn_key){out, json_unescape(s + key.start, key.end - key.start, out)};
			out += f->name.len + 1;
		}
		if (f->raw.value_escaped) {
			f->str = (struct inn_key){out, json_unescape(s + v.start, v.end - v.start, out)};
			out += f->str.len + 1;
		} else if (f->raw.type == JSON_STRING) {
			f->str = (struct inn_key){s + v.start, v.end - v.start};
		}
		int t = field_of(&f->name, e->node ? node_keys : link_keys);
		f->typed = t >= 0;
		if (t >= 0)
			c->slot[t] = (int)k;
	}
	return check_fields(c, e);
}

static const struct field *typed_field(const struct ctx *c, int t)
{
	return c->slot[t] < 0 ? NULL : &c->f[c->slot[t]];
}

static double number_of(const struct ctx *c, const struct field *f)
{
	double v;

	json_number(c->s, f->raw.value.start, &v);
	return v;
}

/* The text of a node id or link end: a string, or an integer written in decimal (tmp: 32 bytes). */
static bool id_text(const struct ctx *c, const struct field *f, char *tmp, struct inn_key *text, bool *is_int)
{
	const char *s = c->s + f->raw.value.start;
	size_t n = f->raw.value.end - f->raw.value.start, k = s[0] == '-';

	*is_int = f->raw.type == JSON_NUMBER;
	if (f->raw.type == JSON_STRING) {
		*text = f->str;
		return true;
	}
	if (f->raw.type != JSON_NUMBER)
		return false;
	/* an integer of up to 15 digits is its own decimal text (JSON has no leading zeros) */
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == n && n - (s[0] == '-') <= 15) {
		/* -0 is 0, as it is to Python's json and so to NetworkX */
		*text = n == 2 && s[0] == '-' && s[1] == '0' ? (struct inn_key){"0", 1} : (struct inn_key){s, n};
		return true;
	}
	double v = number_of(c, f);
	if (!is_integer(v))
		return false;
	*text = (struct inn_key){tmp, (size_t)snprintf(tmp, 32, "%.0f", v == 0 ? 0.0 : v)};
	return true;
}

static int field_string(struct ctx *c, const struct elem *e, const struct field *f, const char **dst,
			bool intern, const char *key)
{
	if (!f || f->raw.type == JSON_NULL)
		return 0; /* NetworkX writes None as null: the field is absent */
	if (f->raw.type != JSON_STRING)
		return fail(c, e, "'%s' must be a string", key);
	if (intern) {
		const char *s = cstr(c, f->str.s, f->str.len);
		*dst = s ? inn_arena_intern(c->m->arena, s) : NULL;
	} else {
		*dst = inn_arena_strndup(c->m->arena, f->str.s, f->str.len);
	}
	return *dst ? 0 : oom(c);
}

static int field_year(struct ctx *c, const struct elem *e, const struct field *f, int *dst, const char *key)
{
	double v;

	if (!f || f->raw.type == JSON_NULL)
		return 0;
	if (f->raw.type != JSON_NUMBER || !is_integer(v = number_of(c, f)) || v < -9999 || v > 9999 || v == 0)
		return fail(c, e, "'%s' must be a year (a non-zero integer)", key);
	*dst = (int)v;
	return 0;
}

/* The free attributes of the node or link just read, in file order, into the model's arena. */
static int field_attrs(struct ctx *c, const struct elem *e, struct inn_attr **attrs, uint32_t *nattrs)
{
	uint32_t n = 0;

	*nattrs = 0;
	*attrs = NULL;
	for (size_t k = 0; k < c->nf; k++)
		n += !c->f[k].typed;
	if (!n)
		return 0;
	if (!(*attrs = inn_arena_alloc(c->m->arena, n * sizeof(**attrs))))
		return oom(c);
	for (size_t k = 0; k < c->nf; k++) {
		const struct field *f = &c->f[k];
		if (f->typed)
			continue;
		struct inn_attr *a = &(*attrs)[(*nattrs)++];
		struct inn_value *v = &a->value;
		const char *key = cstr(c, f->name.s, f->name.len);
		if (!key || !(a->key = inn_arena_intern(c->m->arena, key)))
			return oom(c);
		memset(v, 0, sizeof(*v));
		switch (f->raw.type) {
		case JSON_NULL:
			v->type = INN_VAL_NULL;
			break;
		case JSON_TRUE:
		case JSON_FALSE:
			v->type = INN_VAL_BOOL;
			v->boolean = f->raw.type == JSON_TRUE;
			break;
		case JSON_NUMBER:
			v->type = INN_VAL_NUMBER;
			v->number = number_of(c, f);
			if (!isfinite(v->number))
				return fail(c, e, "'%s' is not a finite number", a->key);
			break;
		case JSON_STRING:
			v->type = INN_VAL_STRING;
			if (!(v->text = inn_arena_strndup(c->m->arena, f->str.s, f->str.len)))
				return oom(c);
			break;
		default: {
			char where[WHERE_BYTES];
			elem_where(c, e, where);
			if (to_value(c, f->tree, v, where, a->key) < 0)
				return -1;
		}
		}
	}
	return 0;
}

static int parse_node(struct ctx *c, size_t i, size_t index, size_t *end)
{
	struct elem e = {.array = "nodes", .index = index, .node = true};
	char tmp[32], buf[CLIP_BYTES + 4];
	const struct field *f;
	struct inn_key id;
	const char *idz;
	bool is_int;
	int rc;

	if ((rc = read_element(c, &e, i, end)) != 0)
		return rc < 0 ? -1 : fail(c, &e, "a node must be an object");
	if (!(f = typed_field(c, N_ID)))
		return fail(c, &e, "node has no 'id'");
	if (!id_text(c, f, tmp, &id, &is_int))
		return fail(c, &e, "node 'id' must be a string or an integer");
	if (!id.len)
		return fail(c, &e, "node 'id' is empty");
	if (!(idz = cstr(c, id.s, id.len)))
		return oom(c);
	rc = inn_model_add_node(c->m, idz, is_int, &e.at);
	if (rc == INN_MODEL_EDUP)
		return fail(c, &e, "duplicate node id '%s' (first at nodes[%zu])", clip(buf, idz), e.at);
	if (rc == INN_MODEL_ETOOBIG)
		return fail(c, &e, "too many nodes");
	if (rc < 0)
		return oom(c);
	e.named = true;
	struct inn_node *n = &c->m->nodes[e.at];
	struct inn_node_more x = inn_no_node_more;
	if (field_string(c, &e, typed_field(c, N_KIND), &n->kind, true, "kind") < 0 ||
	    field_string(c, &e, typed_field(c, N_LABEL), &n->label, false, "label") < 0 ||
	    field_string(c, &e, typed_field(c, N_LABEL_ZH), &x.label_zh, false, "label_zh") < 0 ||
	    field_string(c, &e, typed_field(c, N_PROVENANCE), &x.provenance, true, "provenance") < 0 ||
	    field_year(c, &e, typed_field(c, N_SINCE), &x.since, "since") < 0 ||
	    field_year(c, &e, typed_field(c, N_UNTIL), &x.until, "until") < 0)
		return -1;
	if (!in_vocab(&c->kinds, n->kind))
		return fail(c, &e, "kind '%s' is not in graph.vocabulary.kinds", clip(buf, n->kind));
	if (x.since && x.until && x.until < x.since)
		return fail(c, &e, "'until' (%d) is before 'since' (%d)", x.until, x.since);
	if (field_attrs(c, &e, &x.attrs, &x.nattrs) < 0)
		return -1;
	return inn_model_put_node_more(c->m, e.at, &x) < 0 ? oom(c) : 0;
}

static int link_end(struct ctx *c, const struct elem *e, int t, const char *key, uint32_t *index)
{
	const struct field *f = typed_field(c, t);
	char tmp[32], buf[CLIP_BYTES + 4];
	struct inn_key id;
	bool is_int;
	size_t at;

	if (!f)
		return fail(c, e, "link has no '%s'", key);
	if (!id_text(c, f, tmp, &id, &is_int))
		return fail(c, e, "link '%s' must be a string or an integer", key);
	if (!inn_model_find_n(c->m, id.s, id.len, &at))
		return fail(c, e, "link %s '%s' is not a node", key, clip_n(buf, id.s, id.len));
	*index = (uint32_t)at;
	return 0;
}

static int parse_link(struct ctx *c, size_t i, const char *array, size_t index, size_t *end)
{
	struct elem e = {.array = array, .index = index};
	char buf[CLIP_BYTES + 4];
	const struct field *w;
	uint32_t s, t;
	int rc;

	if ((rc = read_element(c, &e, i, end)) != 0)
		return rc < 0 ? -1 : fail(c, &e, "a link must be an object");
	if (link_end(c, &e, L_SOURCE, "source", &s) < 0 || link_end(c, &e, L_TARGET, "target", &t) < 0)
		return -1;
	struct inn_link_more x = inn_no_link_more;
	const char *relation = NULL;
	double weight;
	if (!inn_model_add_link(c->m, s, t))
		return oom(c);
	e.named = true;
	if ((w = typed_field(c, L_WEIGHT)) && w->raw.type != JSON_NULL) {
		if (w->raw.type != JSON_NUMBER || !isfinite(weight = number_of(c, w)))
			return fail(c, &e, "'weight' must be a finite number");
		if (inn_model_set_weight(c->m, c->m->nlinks - 1, weight) < 0)
			return oom(c);
	}
	if (field_string(c, &e, typed_field(c, L_RELATION), &relation, true, "relation") < 0 ||
	    field_string(c, &e, typed_field(c, L_PROVENANCE), &x.provenance, true, "provenance") < 0 ||
	    field_year(c, &e, typed_field(c, L_SINCE), &x.since, "since") < 0 ||
	    field_year(c, &e, typed_field(c, L_UNTIL), &x.until, "until") < 0)
		return -1;
	if (!in_vocab(&c->relations, relation))
		return fail(c, &e, "relation '%s' is not in graph.vocabulary.relations", clip(buf, relation));
	if (inn_model_set_relation(c->m, c->m->nlinks - 1, relation) < 0)
		return oom(c);
	if (x.since && x.until && x.until < x.since)
		return fail(c, &e, "'until' (%d) is before 'since' (%d)", x.until, x.since);
	if (field_attrs(c, &e, &x.attrs, &x.nattrs) < 0)
		return -1;
	return inn_model_put_link_more(c->m, c->m->nlinks - 1, &x) < 0 ? oom(c) : 0;
}

/*
 * Reading a large link list would spend most of its time waiting for memory: a link's target is
 * a random slot of the model's id index, far from the last one. A cursor AHEAD links in front finds each
 * link's ends and asks for their slots early, so that the wait overlaps the reading of the links
 * in between. It only reads: a link it cannot make sense of is left to parse_link(). Returns the
 * offset of the next link, or 0 at the end of the array.
 */
#define AHEAD 8

static size_t prefetch_link(const struct ctx *c, size_t i)
{
	const char *s = c->s;
	struct json_pair p;

	if (s[i] != '{') {
		i = json_skip_value(s, i);
	} else {
		for (i = json_skip_ws(s, i + 1); s[i] == '"';) {
			i = json_next_member(s, i, &p);
			struct inn_key k = {s + p.key.start, p.key.end - p.key.start};
			if (p.key_escaped || (!IS(&k, "source") && !IS(&k, "target")))
				continue;
			/* an id as id_text() gives it: a string without escapes, or an integer of 15 digits (not -0) */
			size_t v = p.value.start, n = p.value.end - v, d = s[v] == '-';
			if (p.type == JSON_STRING && !p.value_escaped) {
				v++;
				n -= 2;
			} else if (p.type == JSON_NUMBER && n - d <= 15 && !(d && s[v + 1] == '0')) {
				while (d < n && s[v + d] >= '0' && s[v + d] <= '9')
					d++;
				if (d < n)
					continue;
			} else {
				continue;
			}
			inn_model_prefetch(c->m, s + v, n);
		}
		i++;
	}
	i = json_skip_ws(s, i);
	return s[i] == ',' ? json_skip_ws(s, i + 1) : 0;
}

/* Each node (or link) of the array t, one at a time, straight into the model. */
static int parse_elements(struct ctx *c, const struct top *t, const char *array)
{
	size_t i = json_skip_ws(c->s, t->value.start + 1), end, ahead = 0;
	bool nodes = strcmp(array, "nodes") == 0;

	if (c->s[i] == ']')
		return 0;
	if (!nodes)
		for (size_t k = 0, a = i; k < AHEAD && a; k++)
			ahead = a = prefetch_link(c, a);
	for (size_t k = 0;; k++) {
		if ((nodes ? parse_node(c, i, k, &end) : parse_link(c, i, array, k, &end)) < 0)
			return -1;
		if (ahead)
			ahead = prefetch_link(c, ahead);
		i = json_skip_ws(c->s, end);
		if (c->s[i] != ',')
			return 0;
		i = json_skip_ws(c->s, i + 1);
	}
}

/*
 * Without "multigraph": true two links may not join the same pair of nodes; the link reported is
 * the first repeat in file order (inn_model_find_parallel: linear, whatever the ids are).
 */
static int check_parallel(struct ctx *c, const char *array)
{
	size_t dup, first;
	char where[3 * CLIP_BYTES];

	if (c->m->multigraph || c->m->nlinks < 2)
		return 0;
	if (inn_model_find_parallel(c->m, &dup, &first) < 0)
		return oom(c);
	if (dup == SIZE_MAX)
		return 0;
	link_where(c, where, sizeof(where), array, dup);
	return inn_error_set(c->err, INN_EINPUT,
			     "%s: %s: duplicate link (first at %s[%zu]; set \"multigraph\": true to keep parallel links)",
			     c->origin, where, array, first);
}

static int get_bool(struct ctx *c, const struct top *t, const char *key, bool *out)
{
	*out = false;
	if (!t || cJSON_IsNull(t->tree))
		return 0;
	if (!cJSON_IsBool(t->tree))
		return inn_error_set(c->err, INN_EINPUT, "%s: '%s' must be true or false", c->origin, key);
	*out = cJSON_IsTrue(t->tree);
	return 0;
}

static const struct top *find_top(const struct ctx *c, const char *key)
{
	for (size_t k = 0; k < c->ntops; k++)
		if (strcmp(c->tops[k].name.s, key) == 0)
			return &c->tops[k];
	return NULL;
}

static bool is_array(const struct ctx *c, const struct top *t)
{
	return c->s[t->value.start] == '[';
}

/* The node and link arrays are read element by element; every other member is a small piece for cJSON. */
static bool is_big(const struct ctx *c, const struct top *t)
{
	const char *k = t->name.s;

	return is_array(c, t) && (strcmp(k, "nodes") == 0 || strcmp(k, "links") == 0 || strcmp(k, "edges") == 0);
}

/*
 * The top-level members, decoded and checked: no key over the limit or twice, and every member
 * but the node and link arrays parsed and checked whole, in file order, before any is read.
 */
static int read_tops(struct ctx *c, const struct json_doc *doc)
{
	char path[256], key[CLIP_BYTES + 4];
	size_t size = 0, repeat;

	for (size_t k = 0; k < doc->nmembers; k++)
		size += doc->members[k].key.end - doc->members[k].key.start + 1;
	if (!(c->tops = calloc(doc->nmembers ? doc->nmembers : 1, sizeof(*c->tops))) ||
	    !(c->names = malloc(size ? size : 1)))
		return oom(c);
	char *out = c->names;
	for (size_t k = 0; k < doc->nmembers; k++) {
		const struct json_member *m = &doc->members[k];
		struct top *t = &c->tops[c->ntops++];
		t->name = (struct inn_key){out, json_unescape(c->s + m->key.start, m->key.end - m->key.start, out)};
		t->value = m->value;
		out += t->name.len + 1;
		if (t->name.len > INN_MAX_STRING_BYTES)
			return inn_error_set(c->err, INN_EINPUT, "%s: model: key longer than %zu MiB (the limit)",
					     c->origin, INN_MAX_STRING_BYTES >> 20);
	}
	if (inn_first_repeat(c->tops, c->ntops, sizeof(*c->tops), &repeat) < 0)
		return oom(c);
	if (repeat != SIZE_MAX)
		return inn_error_set(c->err, INN_EINPUT, "%s: model: duplicate key '%s'", c->origin,
				     clip(key, c->tops[repeat].name.s));
	for (size_t k = 0; k < c->ntops; k++) {
		struct top *t = &c->tops[k];
		if (is_big(c, t))
			continue;
		if (!(t->tree = parse_piece(c, t->value)))
			return parse_oom(c);
		snprintf(path, sizeof(path), "%s", clip(key, t->name.s));
		if (check_tree(c, t->tree, path, strlen(path), sizeof(path)) < 0)
			return -1;
	}
	return 0;
}

/* A top-level member the model holds in fields; the others are kept as they are. */
static bool is_known(const char *key)
{
	static const char *const known[] = {"directed", "multigraph", "graph", "nodes", "links", "edges"};

	for (size_t k = 0; k < sizeof(known) / sizeof(known[0]); k++)
		if (strcmp(key, known[k]) == 0)
			return true;
	return false;
}

static int parse_model(struct ctx *c, const struct json_doc *doc)
{
	const struct top *nodes, *links, *edges, *graph;
	const char *array = "links";
	uint32_t n = 0;

	if (!doc->root_is_object)
		return inn_error_set(c->err, INN_EINPUT, "%s: a model must be a JSON object", c->origin);
	if (read_tops(c, doc) < 0)
		return -1;
	graph = find_top(c, "graph");
	if (get_bool(c, find_top(c, "directed"), "directed", &c->m->directed) < 0 ||
	    get_bool(c, find_top(c, "multigraph"), "multigraph", &c->m->multigraph) < 0 ||
	    parse_graph(c, graph ? graph->tree : NULL) < 0)
		return -1;
	if (!(nodes = find_top(c, "nodes")))
		return inn_error_set(c->err, INN_EINPUT, "%s: model has no 'nodes'", c->origin);
	if (!is_array(c, nodes))
		return inn_error_set(c->err, INN_EINPUT, "%s: 'nodes' must be an array", c->origin);
	links = find_top(c, "links");
	edges = find_top(c, "edges");
	if (links && edges)
		return inn_error_set(c->err, INN_EINPUT, "%s: model has both 'links' and 'edges'", c->origin);
	if (edges) {
		links = edges;
		array = "edges";
	}
	if (links && !is_array(c, links))
		return inn_error_set(c->err, INN_EINPUT, "%s: '%s' must be an array", c->origin, array);
	if (parse_elements(c, nodes, "nodes") < 0)
		return -1;
	if ((links && parse_elements(c, links, array) < 0) || check_parallel(c, array) < 0)
		return -1;
	/* the members innonet does not interpret, kept in file order */
	for (size_t k = 0; k < c->ntops; k++)
		n += !is_known(c->tops[k].name.s);
	if (!n)
		return 0;
	if (!(c->m->extra = inn_arena_alloc(c->m->arena, n * sizeof(*c->m->extra))))
		return oom(c);
	for (size_t k = 0; k < c->ntops; k++) {
		const struct top *t = &c->tops[k];
		if (is_known(t->name.s))
			continue;
		struct inn_attr *a = &c->m->extra[c->m->nextra++];
		if (!(a->key = inn_arena_intern(c->m->arena, t->name.s)))
			return oom(c);
		if (to_value(c, t->tree, &a->value, "model", t->name.s) < 0)
			return -1;
	}
	return 0;
}

struct inn_model *inn_load_json(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .s = buf, .err = err};
	struct json_doc doc;

	if (json_scan(buf, len, origin, &doc, err) < 0)
		return NULL;
	if (!(c.m = inn_model_new(origin))) {
		oom(&c);
	} else if (parse_model(&c, &doc) < 0) {
		inn_model_free(c.m);
		c.m = NULL;
	}
	release_fields(&c);
	for (size_t k = 0; k < c.ntops; k++)
		cJSON_Delete(c.tops[k].tree);
	free(c.tops);
	free(c.names);
	free(c.f);
	free(c.scratch);
	free(c.tmp);
	free(c.kinds.words);
	free(c.relations.words);
	json_doc_release(&doc);
	return c.m;
}
