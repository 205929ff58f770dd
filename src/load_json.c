/* load_json.c: NetworkX node-link JSON -> typed model; the only code that reads models with cJSON. */
#include "innonet/load.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

/* A declared vocabulary: the words, interned in the model's arena and sorted by address. */
struct vocab {
	bool declared;      /* graph.vocabulary names this list */
	const char **words; /* owned array; the strings belong to the model */
	size_t n;
};

struct ctx {
	const char *origin;     /* input name for messages; borrowed */
	struct inn_model *m;    /* the model being built; owned by the caller of parse_model */
	struct inn_error *err;  /* borrowed */
	struct vocab kinds, relations; /* graph.vocabulary; arrays owned */
};

/* How much of an id or name a message quotes: enough to recognise it, never a whole screen. */
#define CLIP_BYTES 60

/* s cut to CLIP_BYTES on a character boundary, "..." marking a cut; buf needs CLIP_BYTES + 4. */
static const char *clip(char *buf, const char *s)
{
	size_t n = strlen(s);

	if (n <= CLIP_BYTES)
		return s;
	n = CLIP_BYTES;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--; /* do not split a UTF-8 sequence */
	memcpy(buf, s, n);
	memcpy(buf + n, "...", 4);
	return buf;
}

static int oom(struct ctx *c)
{
	return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
}

/* The value of the four hex digits at p (a \u escape), or -1 when they are not four hex digits. */
static long hex4(const char *p)
{
	long v = 0;

	for (int k = 0; k < 4; k++) {
		char ch = p[k];
		int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/*
 * Control characters other than tab, newline and carriage return (C0, DEL, C1): no name or label
 * needs one, XML 1.0 (and so SVG) cannot hold C0 ones even escaped, and on a terminal they move
 * the cursor, recolour the screen or set its title.
 */
static bool is_control(unsigned cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

/*
 * Bytes cJSON would accept but a model must not contain: invalid UTF-8, NUL bytes and "\u0000"
 * escapes (cJSON would cut the string there and silently change the name), and control
 * characters in strings, raw or escaped. Found here, with the line and column, before parsing.
 * The same pass enforces the nesting and size limits, so a hostile file is refused before cJSON
 * spends memory or stack on it.
 */
static int check_text(struct ctx *c, const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t line, col, depth = 0, values = 1;
	char what[128] = "";
	size_t i = 0;
	bool in_string = false;

	while (i < len) {
		unsigned char b = s[i];
		size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;

		if (b == 0) {
			snprintf(what, sizeof(what), "NUL byte in the model");
			break;
		}
		if (n == 0 || i + n > len) {
			snprintf(what, sizeof(what), "invalid UTF-8");
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
				snprintf(what, sizeof(what), "invalid UTF-8");
				break;
			}
			if (in_string && is_control(cp)) {
				snprintf(what, sizeof(what), "control character U+%04X in a string (only tab, newline and carriage return may appear)", (unsigned)cp);
				break;
			}
		} else if (b == '"') {
			in_string = !in_string;
		} else if (in_string) {
			unsigned cp = b == 0x7F ? 0x7F : 0x110000; /* 0x110000: no character of concern */
			if (b == '\\' && i + 1 < len) {
				if (s[i + 1] == 'b' || s[i + 1] == 'f')
					cp = s[i + 1] == 'b' ? 0x08 : 0x0C;
				else if (s[i + 1] == 'u' && i + 5 < len && hex4(buf + i + 2) >= 0)
					cp = (unsigned)hex4(buf + i + 2);
				if (cp == 0) {
					snprintf(what, sizeof(what), "\\u0000 (NUL) in a string");
					break;
				}
			}
			if (is_control(cp)) {
				snprintf(what, sizeof(what), "control character U+%04X in a string (only tab, newline and carriage return may appear)", cp);
				break;
			}
			if (b == '\\' && i + 1 < len) {
				i += 2; /* skip the escaped character, so \" does not end the string */
				continue;
			}
		} else if (b == '[' || b == '{') {
			if (++depth > INN_MAX_JSON_DEPTH) {
				snprintf(what, sizeof(what), "nested deeper than %d levels (the limit)", INN_MAX_JSON_DEPTH);
				break;
			}
			values++;
		} else if (b == ']' || b == '}') {
			depth -= depth > 0;
		} else if (b == ',') {
			values++;
		}
		/* every value but the first follows a ',' or opens an array or object */
		if (values > INN_MAX_JSON_VALUES) {
			snprintf(what, sizeof(what), "more than %u JSON values (the limit)", INN_MAX_JSON_VALUES);
			break;
		}
		i += n;
	}
	if (!what[0])
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

/* The four hex digits at s[at..at+4) as a number; false when they are not four hex digits. */
static bool scan_hex4(const struct scan *sc, size_t at, unsigned *out)
{
	long v = at + 4 <= sc->len ? hex4(sc->s + at) : -1;

	*out = v < 0 ? 0 : (unsigned)v;
	return v >= 0;
}

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
				unsigned unit = 0;
				if (!scan_hex4(sc, sc->i + 1, &unit)) {
					sc->i = start;
					return fail_at(sc, "invalid \\u escape in a string");
				}
				sc->i += 4;
				/* UTF-16 surrogates come in pairs, high then low; cJSON refuses anything else */
				if (unit >= 0xDC00 && unit <= 0xDFFF) {
					sc->i = start;
					return fail_at(sc, "unpaired surrogate in a \\u escape");
				}
				if (unit >= 0xD800 && unit <= 0xDBFF) {
					unsigned low = 0;
					if (sc->i + 2 >= sc->len || sc->s[sc->i + 1] != '\\' || sc->s[sc->i + 2] != 'u' ||
					    !scan_hex4(sc, sc->i + 3, &low) || low < 0xDC00 || low > 0xDFFF) {
						sc->i = start;
						return fail_at(sc, "unpaired surrogate in a \\u escape");
					}
					sc->i += 6;
				}
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
		if (sc->i < sc->len && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9') {
			sc->i = start; /* point at the number, not at its second digit */
			return fail_at(sc, "leading zero in a number");
		}
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

/* A member of an object and its position in the file, for sorting by key. */
struct member {
	const cJSON *item; /* borrowed from the parsed document */
	size_t pos;
};

static int cmp_members(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	int k = strcmp(x->item->string, y->item->string);

	return k ? k : (x->pos > y->pos) - (x->pos < y->pos);
}

/*
 * The first key of obj that repeats an earlier one (in file order), or NULL. Small objects
 * compare every pair; large ones sort, so an object of a million keys costs n log n, not n^2.
 */
static const char *repeated_key(const cJSON *obj, size_t n)
{
	const char *found = NULL;
	size_t best = SIZE_MAX, i = 0;
	struct member *v;

	if (n <= 16) {
		for (const cJSON *b = obj->child; b; b = b->next)
			for (const cJSON *a = obj->child; a != b; a = a->next)
				if (strcmp(a->string, b->string) == 0)
					return b->string;
		return NULL;
	}
	if (!(v = malloc(n * sizeof(*v))))
		return NULL; /* skipped only when memory is gone, and then the load fails anyway */
	for (const cJSON *a = obj->child; a; a = a->next, i++)
		v[i] = (struct member){a, i};
	qsort(v, n, sizeof(*v), cmp_members);
	/* in a run of equal keys the repeat is the run's second member; the earliest repeat wins */
	for (i = 1; i < n; i++) {
		if (strcmp(v[i - 1].item->string, v[i].item->string) == 0 &&
		    (i < 2 || strcmp(v[i - 2].item->string, v[i].item->string) != 0) && v[i].pos < best) {
			best = v[i].pos;
			found = v[i].item->string;
		}
	}
	free(v);
	return found;
}

/*
 * Rules on the whole document, before any field is read: no object repeats a key (cJSON keeps
 * both and its getters return the first, so the model would be ambiguous) and no string or key
 * is longer than the limit. path names the item in messages ("nodes[2].label"; "" = the model).
 */
static int check_tree(struct ctx *c, const cJSON *item, char *path, size_t plen, size_t psize)
{
	const char *where = plen ? path : "model";
	char key[CLIP_BYTES + 4];
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
	if (cJSON_IsObject(item)) {
		const char *repeat = repeated_key(item, n);
		if (repeat)
			return inn_error_set(c->err, INN_EINPUT, "%s: %s: duplicate key '%s'", c->origin, where,
					     clip(key, repeat));
	}
	n = 0;
	for (const cJSON *a = item->child; a; a = a->next, n++) {
		if (cJSON_IsArray(item))
			snprintf(path + plen, psize - plen, "[%zu]", n);
		else
			snprintf(path + plen, psize - plen, "%s%s", plen ? "." : "", clip(key, a->string));
		size_t len = strlen(path);
		int rc = check_tree(c, a, path, len, psize);
		path[plen] = '\0';
		if (rc < 0)
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
		/* -0 is 0, as it is to Python's json and so to NetworkX */
		snprintf(tmp, tmpsize, "%.0f", v->valuedouble == 0 ? 0.0 : v->valuedouble);
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
	if (parse_vocabulary(c, cJSON_GetObjectItemCaseSensitive(graph, "vocabulary")) < 0)
		return -1;
	return collect_attrs(c, graph, none, &c->m->graph_attrs, &c->m->ngraph_attrs, "graph");
}

static int parse_node(struct ctx *c, const cJSON *obj, size_t i)
{
	static const char *const typed[] = {"id", "kind", "label", "label_zh", "provenance", "since", "until", NULL};
	char where[CLIP_BYTES + 16], tmp[32], buf[CLIP_BYTES + 4];
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
	rc = inn_model_add_node(c->m, id, is_int, &at);
	if (rc == INN_MODEL_EDUP)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: duplicate node id '%s' (first at nodes[%zu])",
				     c->origin, where, clip(buf, id), at);
	if (rc == INN_MODEL_ETOOBIG)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: too many nodes", c->origin, where);
	if (rc < 0)
		return oom(c);
	snprintf(where, sizeof(where), "node '%s'", clip(buf, id));
	struct inn_node *n = &c->m->nodes[at];
	struct inn_node_more x = inn_no_node_more;
	if (set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "kind"), &n->kind, true, where, "kind") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "label"), &n->label, false, where, "label") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "label_zh"), &x.label_zh, false, where,
		       "label_zh") < 0 ||
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "provenance"), &x.provenance, true, where,
		       "provenance") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "since"), &x.since, where, "since") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "until"), &x.until, where, "until") < 0)
		return -1;
	if (!in_vocab(&c->kinds, n->kind))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: kind '%s' is not in graph.vocabulary.kinds",
				     c->origin, where, clip(buf, n->kind));
	if (x.since && x.until && x.until < x.since)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: 'until' (%d) is before 'since' (%d)", c->origin,
				     where, x.until, x.since);
	if (collect_attrs(c, obj, typed, &x.attrs, &x.nattrs, where) < 0)
		return -1;
	return inn_model_put_node_more(c->m, at, &x) < 0 ? oom(c) : 0;
}

/* "links[3] ('a' -- 'b')": how messages name a link. */
static void link_where(const struct ctx *c, char *where, size_t size, const char *array, size_t j)
{
	const struct inn_link *l = &c->m->links[j];
	char a[CLIP_BYTES + 4], b[CLIP_BYTES + 4];

	snprintf(where, size, "%s[%zu] ('%s' %s '%s')", array, j, clip(a, c->m->nodes[l->source].id),
		 c->m->directed ? "->" : "--", clip(b, c->m->nodes[l->target].id));
}

static int link_end(struct ctx *c, const cJSON *obj, const char *key, const char *where, uint32_t *index)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char tmp[32], buf[CLIP_BYTES + 4];
	const char *id;
	bool is_int;
	size_t at;

	if (!v)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link has no '%s'", c->origin, where, key);
	if (!id_text(v, tmp, sizeof(tmp), &id, &is_int))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link '%s' must be a string or an integer",
				     c->origin, where, key);
	if (!inn_model_find(c->m, id, &at))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: link %s '%s' is not a node", c->origin,
				     where, key, clip(buf, id));
	*index = (uint32_t)at;
	return 0;
}

static int parse_link(struct ctx *c, const cJSON *obj, const char *array, size_t i)
{
	static const char *const typed[] = {"source", "target", "relation", "provenance", "weight",
					    "since", "until", NULL};
	char where[3 * CLIP_BYTES], buf[CLIP_BYTES + 4];
	uint32_t s, t;

	snprintf(where, sizeof(where), "%s[%zu]", array, i);
	if (!cJSON_IsObject(obj))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: a link must be an object", c->origin, where);
	if (link_end(c, obj, "source", where, &s) < 0 || link_end(c, obj, "target", where, &t) < 0)
		return -1;
	struct inn_link *l = inn_model_add_link(c->m, s, t);
	struct inn_link_more x = inn_no_link_more;
	if (!l)
		return oom(c);
	link_where(c, where, sizeof(where), array, i);
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
	    set_string(c, cJSON_GetObjectItemCaseSensitive(obj, "provenance"), &x.provenance, true, where,
		       "provenance") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "since"), &x.since, where, "since") < 0 ||
	    set_year(c, cJSON_GetObjectItemCaseSensitive(obj, "until"), &x.until, where, "until") < 0)
		return -1;
	if (!in_vocab(&c->relations, l->relation))
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: relation '%s' is not in graph.vocabulary.relations",
				     c->origin, where, clip(buf, l->relation));
	if (x.since && x.until && x.until < x.since)
		return inn_error_set(c->err, INN_EINPUT, "%s: %s: 'until' (%d) is before 'since' (%d)", c->origin,
				     where, x.until, x.since);
	if (collect_attrs(c, obj, typed, &x.attrs, &x.nattrs, where) < 0)
		return -1;
	return inn_model_put_link_more(c->m, c->m->nlinks - 1, &x) < 0 ? oom(c) : 0;
}

/* A link's pair of ends (in order when undirected) and its index, sorted to find parallel links. */
struct pair {
	uint64_t ends;
	size_t link;
};

static int cmp_pairs(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->ends != y->ends)
		return (x->ends > y->ends) - (x->ends < y->ends);
	return (x->link > y->link) - (x->link < y->link);
}

/*
 * Without "multigraph": true two links may not join the same pair of nodes. Sorting the pairs
 * costs m log m whatever the ids are; a hash table could be driven into its worst case by a file
 * crafted to collide. The link reported is the first repeat in file order.
 */
static int check_parallel(struct ctx *c, const char *array)
{
	const struct inn_model *m = c->m;
	size_t dup = SIZE_MAX, first = 0;
	struct pair *p;

	if (m->multigraph || m->nlinks < 2)
		return 0;
	if (!(p = malloc(m->nlinks * sizeof(*p))))
		return oom(c);
	for (size_t j = 0; j < m->nlinks; j++) {
		uint32_t s = m->links[j].source, t = m->links[j].target;
		if (!m->directed && s > t) {
			uint32_t x = s;
			s = t;
			t = x;
		}
		p[j] = (struct pair){((uint64_t)s << 32) | t, j};
	}
	qsort(p, m->nlinks, sizeof(*p), cmp_pairs);
	for (size_t k = 1; k < m->nlinks; k++) {
		if (p[k].ends == p[k - 1].ends && (k < 2 || p[k - 2].ends != p[k].ends) && p[k].link < dup) {
			dup = p[k].link;
			first = p[k - 1].link;
		}
	}
	free(p);
	if (dup == SIZE_MAX)
		return 0;
	char where[3 * CLIP_BYTES];
	link_where(c, where, sizeof(where), array, dup);
	return inn_error_set(c->err, INN_EINPUT,
			     "%s: %s: duplicate link (first at %s[%zu]; set \"multigraph\": true to keep parallel links)",
			     c->origin, where, array, first);
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
	char path[256] = "";
	if (check_tree(c, root, path, 0, sizeof(path)) < 0)
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
	if (check_parallel(c, array) < 0)
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
	/*
	 * cJSON is lenient where JSON is not (it takes 01, 1., raw tabs and newlines in strings), and
	 * NetworkX's reader would refuse such a file: the strict scanner decides what is JSON, and
	 * says where and why it is not, before cJSON builds anything.
	 */
	size_t line, col, off;
	const char *why = NULL;
	if (locate_syntax_error(buf + skip, len - skip, &off, &why)) {
		inn_text_position(buf, off + skip, &line, &col);
		inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: invalid JSON: %s", origin, line, col, why);
		return NULL;
	}
	/* The length includes the NUL: with require_null_terminated, cJSON wants to see it. */
	root = cJSON_ParseWithLengthOpts(buf + skip, len - skip + 1, &end, true);
	if (!root) {
		/* the text is JSON, so cJSON can only have run out of memory */
		inn_error_set(err, INN_EFAIL, "%s: out of memory parsing the model", origin);
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
	free(c.kinds.words);
	free(c.relations.words);
	cJSON_Delete(root);
	return c.m;
}
