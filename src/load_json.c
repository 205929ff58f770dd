/* load_json.c: NetworkX node-link JSON -> typed model; the only code that reads models with cJSON. */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

/* Node ids, labels and attribute strings longer than this are refused, not silently kept. */
#define MAX_STRING_BYTES (1u << 20)

struct ctx {
	const char *origin;     /* input name for messages; borrowed */
	struct inn_model *m;    /* the model being built; owned by the caller of parse_model */
	struct inn_error *err;  /* borrowed */
	uint64_t *pairs;        /* links seen, for the parallel-link check; owned; 0 = empty */
	size_t pairs_size;
};

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

/*
 * Bytes cJSON would accept but a model must not contain: invalid UTF-8, NUL bytes and "\u0000"
 * escapes (cJSON would cut the string there and silently change the name). Found here, with
 * the line and column, before parsing.
 */
static int check_text(struct ctx *c, const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t line, col;
	const char *what = NULL;
	size_t i = 0;
	bool in_string = false;

	while (i < len) {
		unsigned char b = s[i];
		size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;

		if (b == 0) {
			what = "NUL byte in the model";
			break;
		}
		if (n == 0 || i + n > len) {
			what = "invalid UTF-8";
			break;
		}
		if (n > 1) {
			uint32_t cp = b & (0x7F >> n);
			bool bad = false;
			for (size_t k = 1; k < n; k++) {
				if ((s[i + k] & 0xC0) != 0x80)
					bad = true;
				cp = (cp << 6) | (s[i + k] & 0x3F);
			}
			/* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
			if (bad || (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
			    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
				what = "invalid UTF-8";
				break;
			}
		} else if (b == '"') {
			in_string = !in_string;
		} else if (b == '\\' && in_string && i + 1 < len) {
			if (s[i + 1] == 'u' && i + 5 < len && memcmp(buf + i + 2, "0000", 4) == 0) {
				what = "\\u0000 (NUL) in a string";
				break;
			}
			i += 2; /* skip the escaped character, so \" does not end the string */
			continue;
		}
		i += n;
	}
	if (!what)
		return 0;
	inn_text_position(buf, i, &line, &col);
	return inn_error_set(c->err, INN_EINPUT, "%s:%zu:%zu: %s", c->origin, line, col, what);
}

/*
 * Where JSON syntax fails and why. cJSON only says where it stopped, sometimes one character
 * past the culprit; this re-reads the text (only after cJSON has failed) to point at the
 * character itself and say what was expected there.
 */
struct scan {
	const char *s;   /* the text */
	size_t i, len;   /* position, length */
	const char *why; /* set at the first error */
	int depth;
};

static void skip_ws(struct scan *sc)
{
	while (sc->i < sc->len && (sc->s[sc->i] == ' ' || sc->s[sc->i] == '\t' || sc->s[sc->i] == '\n' ||
				   sc->s[sc->i] == '\r'))
		sc->i++;
}

static bool fail_at(struct scan *sc, const char *why)
{
	sc->why = sc->i >= sc->len ? "unexpected end of input" : why;
	return false;
}

static bool scan_value(struct scan *sc);

static bool scan_string(struct scan *sc)
{
	size_t open = sc->i;

	if (sc->i >= sc->len || sc->s[sc->i] != '"')
		return fail_at(sc, "expected a string");
	for (sc->i++; sc->i < sc->len; sc->i++) {
		unsigned char c = (unsigned char)sc->s[sc->i];
		if (c == '"') {
			sc->i++;
			return true;
		}
		if (c < 0x20)
			return fail_at(sc, "control character in a string");
		if (c == '\\') {
			size_t start = sc->i;
			sc->i++;
			if (sc->i >= sc->len || !strchr("\"\\/bfnrtu", sc->s[sc->i]) || !sc->s[sc->i]) {
				sc->i = start;
				return fail_at(sc, "invalid escape in a string");
			}
			if (sc->s[sc->i] == 'u') {
				for (int k = 1; k <= 4; k++)
					if (sc->i + k >= sc->len || !strchr("0123456789abcdefABCDEF", sc->s[sc->i + k]) ||
					    !sc->s[sc->i + k]) {
						sc->i = start;
						return fail_at(sc, "invalid \\u escape in a string");
					}
				sc->i += 4;
			}
		}
	}
	sc->i = open; /* point at the string that never ends, not at the end of the file */
	return fail_at(sc, "unterminated string");
}

static bool scan_number(struct scan *sc)
{
	size_t start = sc->i;

	if (sc->s[sc->i] == '-')
		sc->i++;
	if (sc->i < sc->len && sc->s[sc->i] == '0') {
		sc->i++;
	} else if (sc->i < sc->len && sc->s[sc->i] >= '1' && sc->s[sc->i] <= '9') {
		while (sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
			sc->i++;
	} else {
		sc->i = start;
		return fail_at(sc, "expected a value");
	}
	if (sc->i < sc->len && sc->s[sc->i] == '.') {
		sc->i++;
		if (!(sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9'))
			return fail_at(sc, "expected a digit");
		while (sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
			sc->i++;
	}
	if (sc->i < sc->len && (sc->s[sc->i] == 'e' || sc->s[sc->i] == 'E')) {
		sc->i++;
		if (sc->i < sc->len && (sc->s[sc->i] == '+' || sc->s[sc->i] == '-'))
			sc->i++;
		if (!(sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9'))
			return fail_at(sc, "expected a digit");
		while (sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
			sc->i++;
	}
	return true;
}

static bool scan_container(struct scan *sc, char close)
{
	if (++sc->depth > 1000) /* cJSON's nesting limit */
		return fail_at(sc, "nested too deeply");
	sc->i++;
	skip_ws(sc);
	if (sc->i < sc->len && sc->s[sc->i] == close) {
		sc->i++;
		sc->depth--;
		return true;
	}
	for (;;) {
		if (close == '}') {
			if (sc->i >= sc->len || sc->s[sc->i] != '"')
				return fail_at(sc, "expected a string key");
			if (!scan_string(sc))
				return false;
			skip_ws(sc);
			if (sc->i >= sc->len || sc->s[sc->i] != ':')
				return fail_at(sc, "expected ':' after a key");
			sc->i++;
		}
		if (!scan_value(sc))
			return false;
		skip_ws(sc);
		if (sc->i < sc->len && sc->s[sc->i] == ',') {
			sc->i++;
			skip_ws(sc);
			continue;
		}
		if (sc->i < sc->len && sc->s[sc->i] == close) {
			sc->i++;
			sc->depth--;
			return true;
		}
		return fail_at(sc, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static bool scan_value(struct scan *sc)
{
	static const char *const words[] = {"true", "false", "null"};

	skip_ws(sc);
	if (sc->i >= sc->len)
		return fail_at(sc, "unexpected end of input");
	switch (sc->s[sc->i]) {
	case '{':
		return scan_container(sc, '}');
	case '[':
		return scan_container(sc, ']');
	case '"':
		return scan_string(sc);
	default:
		for (int k = 0; k < 3; k++) {
			size_t n = strlen(words[k]);
			if (sc->len - sc->i >= n && memcmp(sc->s + sc->i, words[k], n) == 0) {
				sc->i += n;
				return true;
			}
		}
		return scan_number(sc);
	}
}

/* Byte offset and reason of the first syntax error in buf[0..len), or false when there is none. */
static bool locate_syntax_error(const char *buf, size_t len, size_t *off, const char **why)
{
	struct scan sc = {.s = buf, .len = len};

	if (scan_value(&sc)) {
		skip_ws(&sc);
		if (sc.i == len)
			return false;
		sc.why = "unexpected text after the model";
	}
	*off = sc.i;
	*why = sc.why;
	return true;
}

/* cJSON keeps duplicate keys and its getters return the first: a model with one is ambiguous. */
static int check_duplicate_keys(struct ctx *c, const cJSON *item, const char *where)
{
	if (cJSON_IsObject(item)) {
		for (const cJSON *a = item->child; a; a = a->next)
			for (const cJSON *b = a->next; b; b = b->next)
				if (strcmp(a->string, b->string) == 0)
					return inn_error_set(c->err, INN_EINPUT, "%s: %s: duplicate key '%s'",
							     c->origin, where, a->string);
	}
	if (cJSON_IsObject(item) || cJSON_IsArray(item)) {
		for (const cJSON *a = item->child; a; a = a->next)
			if ((cJSON_IsObject(a) || cJSON_IsArray(a)) && check_duplicate_keys(c, a, where) < 0)
				return -1;
	}
	return 0;
}

static bool is_integer(const cJSON *v)
{
	return cJSON_IsNumber(v) && isfinite(v->valuedouble) && v->valuedouble == floor(v->valuedouble) &&
	       fabs(v->valuedouble) < 9007199254740992.0; /* 2^53: beyond it a double is not exact */
}

/* The text of a node id or link end: a string, or an integer written in decimal. */
static bool id_text(const cJSON *v, char *tmp, size_t tmpsize, const char **text, bool *is_int)
{
	if (cJSON_IsString(v)) {
		*text = v->valuestring;
		*is_int = false;
		return true;
	}
	if (is_integer(v)) {
		snprintf(tmp, tmpsize, "%.0f", v->valuedouble);
		*text = tmp;
		*is_int = true;
		return true;
	}
	return false;
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
	if (strlen(v->valuestring) > MAX_STRING_BYTES)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s' is longer than %u bytes", c->origin,
				     where, key, MAX_STRING_BYTES);
	*dst = intern ? inn_arena_intern(c->m->arena, v->valuestring)
		      : inn_arena_strdup(c->m->arena, v->valuestring);
	return *dst ? 0 : oom(c);
}

static int set_year(struct ctx *c, const cJSON *v, int *dst, const char *where, const char *key)
{
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!is_integer(v) || v->valuedouble < -9999 || v->valuedouble > 9999 || v->valuedouble == 0)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s' must be a year (a non-zero integer)",
				     c->origin, where, key);
	*dst = (int)v->valuedouble;
	return 0;
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
		if (strlen(v->valuestring) > MAX_STRING_BYTES)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: '%s' is longer than %u bytes",
					     c->origin, where, key, MAX_STRING_BYTES);
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

/* Copy the members of obj not named in skip (a NULL-terminated list) into an attribute array. */
static int collect_attrs(struct ctx *c, const cJSON *obj, const char *const *skip, struct inn_attr **attrs,
			 uint32_t *nattrs, const char *where)
{
	uint32_t n = 0;

	for (const cJSON *v = obj->child; v; v = v->next) {
		const char *const *s = skip;
		while (*s && strcmp(*s, v->string) != 0)
			s++;
		if (!*s)
			n++;
	}
	*nattrs = 0;
	*attrs = NULL;
	if (!n)
		return 0;
	if (!(*attrs = inn_arena_alloc(c->m->arena, n * sizeof(**attrs))))
		return oom(c);
	for (const cJSON *v = obj->child; v; v = v->next) {
		const char *const *s = skip;
		while (*s && strcmp(*s, v->string) != 0)
			s++;
		if (*s)
			continue;
		struct inn_attr *a = &(*attrs)[(*nattrs)++];
		if (!(a->key = inn_arena_intern(c->m->arena, v->string)))
			return oom(c);
		if (to_value(c, v, &a->value, where, v->string) < 0)
			return -1;
	}
	return 0;
}

static int parse_graph(struct ctx *c, const cJSON *graph)
{
	static const char *const none[] = {NULL};
	const cJSON *name, *as_of;

	if (!graph || cJSON_IsNull(graph))
		return 0;
	if (!cJSON_IsObject(graph))
		return inn_error_set(c->err, INN_EINPUT, "%s: 'graph' must be an object", c->origin);
	name = cJSON_GetObjectItemCaseSensitive(graph, "name");
	if (set_string(c, name, &c->m->name, false, "graph", "name") < 0)
		return -1;
	as_of = cJSON_GetObjectItemCaseSensitive(graph, "as_of");
	if (is_integer(as_of)) {
		char year[32];
		snprintf(year, sizeof(year), "%.0f", as_of->valuedouble);
		if (!(c->m->as_of = inn_arena_strdup(c->m->arena, year)))
			return oom(c);
	} else if (set_string(c, as_of, &c->m->as_of, false, "graph", "as_of") < 0) {
		return -1;
	}
	return collect_attrs(c, graph, none, &c->m->graph_attrs, &c->m->ngraph_attrs, "graph");
}

static int parse_node(struct ctx *c, const cJSON *obj, size_t i)
{
	static const char *const typed[] = {"id", "kind", "label", "label_zh", "provenance", "since", "until", NULL};
	char where[96], tmp[32];
	const char *id;
	bool is_int;
	size_t at;
	int rc;

	snprintf(where, sizeof(where), "nodes[%zu]", i);
	if (!cJSON_IsObject(obj))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: a node must be an object", c->origin, where);
	const cJSON *idv = cJSON_GetObjectItemCaseSensitive(obj, "id");
	if (!idv)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: node has no 'id'", c->origin, where);
	if (!id_text(idv, tmp, sizeof(tmp), &id, &is_int))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: node 'id' must be a string or an integer",
				     c->origin, where);
	if (!*id)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: node 'id' is empty", c->origin, where);
	if (strlen(id) > MAX_STRING_BYTES)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: node 'id' is longer than %u bytes", c->origin,
				     where, MAX_STRING_BYTES);
	rc = inn_model_add_node(c->m, id, is_int, &at);
	if (rc == INN_MODEL_EDUP)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: duplicate node id '%s' (first at nodes[%zu])",
				     c->origin, where, id, at);
	if (rc == INN_MODEL_ETOOBIG)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: too many nodes", c->origin, where);
	if (rc < 0)
		return oom(c);
	snprintf(where, sizeof(where), "node '%.60s'", id);
	struct inn_node *n = &c->m->nodes[at];
	if (set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "kind"), &n->kind, true, where, "kind") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "label"), &n->label, false, where, "label") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "label_zh"), &n->label_zh, false, where,
		       "label_zh") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "provenance"), &n->provenance, true, where,
		       "provenance") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "since"), &n->since, where, "since") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "until"), &n->until, where, "until") < 0)
		return -1;
	if (n->since && n->until && n->until < n->since)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: 'until' (%d) is before 'since' (%d)", c->origin,
				     where, n->until, n->since);
	return collect_attrs(c, obj, typed, &n->attrs, &n->nattrs, where);
}

static uint64_t pair_key(uint32_t s, uint32_t t, bool directed)
{
	if (!directed && s > t) {
		uint32_t x = s;
		s = t;
		t = x;
	}
	/* +1 keeps 0 free as the empty-slot marker */
	return (((uint64_t)s << 32) | t) + 1;
}

/* True when the pair was already seen; records it otherwise. Returns -1 when out of memory. */
static int seen_pair(struct ctx *c, uint64_t key)
{
	if (c->pairs_size == 0 || (c->m->nlinks + 1) * 2 > c->pairs_size) {
		size_t size = c->pairs_size ? c->pairs_size * 2 : 1024;
		uint64_t *t = calloc(size, sizeof(*t));
		if (!t)
			return -1;
		for (size_t i = 0; i < c->pairs_size; i++) {
			if (!c->pairs[i])
				continue;
			size_t j = (c->pairs[i] * 0x9E3779B97F4A7C15ull >> 20) & (size - 1);
			while (t[j])
				j = (j + 1) & (size - 1);
			t[j] = c->pairs[i];
		}
		free(c->pairs);
		c->pairs = t;
		c->pairs_size = size;
	}
	size_t mask = c->pairs_size - 1, j = (key * 0x9E3779B97F4A7C15ull >> 20) & mask;
	for (; c->pairs[j]; j = (j + 1) & mask)
		if (c->pairs[j] == key)
			return 1;
	c->pairs[j] = key;
	return 0;
}

static int link_end(struct ctx *c, const cJSON *obj, const char *key, const char *where, uint32_t *index)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char tmp[32];
	const char *id;
	bool is_int;
	size_t at;

	if (!v)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link has no '%s'", c->origin, where, key);
	if (!id_text(v, tmp, sizeof(tmp), &id, &is_int))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link '%s' must be a string or an integer",
				     c->origin, where, key);
	if (!inn_model_find(c->m, id, &at))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link %s '%.200s' is not a node", c->origin,
				     where, key, id);
	*index = (uint32_t)at;
	return 0;
}

static int parse_link(struct ctx *c, const cJSON *obj, const char *array, size_t i)
{
	static const char *const typed[] = {"source", "target", "relation", "provenance", "weight",
					    "since", "until", NULL};
	char where[200];
	uint32_t s, t;
	int dup;

	snprintf(where, sizeof(where), "%s[%zu]", array, i);
	if (!cJSON_IsObject(obj))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: a link must be an object", c->origin, where);
	if (link_end(c, obj, "source", where, &s) < 0 || link_end(c, obj, "target", where, &t) < 0)
		return -1;
	snprintf(where, sizeof(where), "%s[%zu] ('%.60s' %s '%.60s')", array, i, c->m->nodes[s].id,
		 c->m->directed ? "->" : "--", c->m->nodes[t].id);
	if (!c->m->multigraph) {
		if ((dup = seen_pair(c, pair_key(s, t, c->m->directed))) < 0)
			return oom(c);
		if (dup)
			return inn_error_set(c->err, INN_EINPUT,
					     "%s: %s: duplicate link (set \"multigraph\": true to keep parallel links)",
					     c->origin, where);
	}
	struct inn_link *l = inn_model_add_link(c->m, s, t);
	if (!l)
		return oom(c);
	const cJSON *w = cJSON_GetObjectItemCaseSensitive(obj, "weight");
	if (w && !cJSON_IsNull(w)) {
		if (!cJSON_IsNumber(w) || !isfinite(w->valuedouble))
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: 'weight' must be a finite number",
					     c->origin, where);
		l->has_weight = true;
		l->weight = w->valuedouble;
	}
	if (set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "relation"), &l->relation, true, where,
		       "relation") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "provenance"), &l->provenance, true, where,
		       "provenance") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "since"), &l->since, where, "since") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "until"), &l->until, where, "until") < 0)
		return -1;
	if (l->since && l->until && l->until < l->since)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: 'until' (%d) is before 'since' (%d)", c->origin,
				     where, l->until, l->since);
	return collect_attrs(c, obj, typed, &l->attrs, &l->nattrs, where);
}

static int get_bool(struct ctx *c, const cJSON *root, const char *key, bool dflt, bool *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);

	*out = dflt;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsBool(v))
		return inn_error_set(c->err, INN_EINPUT, "%s: '%s' must be true or false", c->origin, key);
	*out = cJSON_IsTrue(v);
	return 0;
}

static int parse_model(struct ctx *c, const cJSON *root)
{
	static const char *const known[] = {"directed", "multigraph", "graph", "nodes", "links", "edges", NULL};
	const cJSON *nodes, *links, *edges;
	const char *array = "links";
	size_t i = 0;

	if (!cJSON_IsObject(root))
		return inn_error_set(c->err, INN_EINPUT, "%s: a model must be a JSON object", c->origin);
	if (check_duplicate_keys(c, root, "model") < 0)
		return -1;
	if (get_bool(c, root, "directed", false, &c->m->directed) < 0 ||
	    get_bool(c, root, "multigraph", false, &c->m->multigraph) < 0 ||
	    parse_graph(c, cJSON_GetObjectItemCaseSensitive(root, "graph")) < 0)
		return -1;
	nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
	if (!nodes)
		return inn_error_set(c->err, INN_EINPUT, "%s: model has no 'nodes'", c->origin);
	if (!cJSON_IsArray(nodes))
		return inn_error_set(c->err, INN_EINPUT, "%s: 'nodes' must be an array", c->origin);
	links = cJSON_GetObjectItemCaseSensitive(root, "links");
	edges = cJSON_GetObjectItemCaseSensitive(root, "edges");
	if (links && edges)
		return inn_error_set(c->err, INN_EINPUT, "%s: model has both 'links' and 'edges'", c->origin);
	if (edges) {
		links = edges;
		array = "edges";
	}
	if (links && !cJSON_IsArray(links))
		return inn_error_set(c->err, INN_EINPUT, "%s: '%s' must be an array", c->origin, array);
	for (const cJSON *n = nodes->child; n; n = n->next, i++)
		if (parse_node(c, n, i) < 0)
			return -1;
	i = 0;
	for (const cJSON *l = links ? links->child : NULL; l; l = l->next, i++)
		if (parse_link(c, l, array, i) < 0)
			return -1;
	return collect_attrs(c, root, known, &c->m->extra, &c->m->nextra, "model");
}

struct inn_model *inn_load_json(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	const char *end = NULL;
	cJSON *root = NULL;
	size_t skip = 0;

	if (check_text(&c, buf, len) < 0)
		return NULL;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		skip = 3; /* a UTF-8 byte-order mark, as some Windows editors write */
	size_t k = skip;
	while (k < len && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\n' || buf[k] == '\r'))
		k++;
	if (k == len) {
		inn_error_set(err, INN_EINPUT, "%s: empty model (expected a JSON object)", origin);
		return NULL;
	}
	/* The length includes the NUL: with require_null_terminated, cJSON wants to see it. */
	root = cJSON_ParseWithLengthOpts(buf + skip, len - skip + 1, &end, true);
	if (!root) {
		size_t line, col, off = end ? (size_t)(end - buf) : 0;
		const char *why = NULL;
		if (locate_syntax_error(buf + skip, len - skip, &off, &why))
			off += skip;
		inn_text_position(buf, off, &line, &col);
		inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: invalid JSON%s%s", origin, line, col, why ? ": " : "",
			      why ? why : "");
		return NULL;
	}
	if (!(c.m = inn_model_new(origin))) {
		oom(&c);
		goto out;
	}
	if (parse_model(&c, root) < 0) {
		inn_model_free(c.m);
		c.m = NULL;
	}
out:
	free(c.pairs);
	cJSON_Delete(root);
	return c.m;
}
