/* load_value.c: typed values from text, the attribute mapping, and the ends of a node, a link and a read. */
#include "innonet/grow.h"
#include "load_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fill err with "<name>: out of memory while loading the model" (name: the file, or the node or link); -1. */
static int oom(const char *name, struct inn_error *err)
{
	return inn_error_set(err, INN_EFAIL, "%s: out of memory while loading the model", name);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of the JSON number at the start of s[0..len), or 0 when there is none. */
static size_t number_prefix(const char *s, size_t len)
{
	size_t i = 0;

	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0') {
		i++;
	} else if (i < len && s[i] >= '1' && s[i] <= '9') {
		while (i < len && is_digit(s[i]))
			i++;
	} else {
		return 0;
	}
	if (i < len && s[i] == '.') {
		if (++i >= len || !is_digit(s[i]))
			return 0;
		while (i < len && is_digit(s[i]))
			i++;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= len || !is_digit(s[i]))
			return 0;
		while (i < len && is_digit(s[i]))
			i++;
	}
	return i;
}

bool inn_load_number(const char *s, size_t len, double *out)
{
	char tmp[64];
	double x;

	if (!len || number_prefix(s, len) != len)
		return false;
	/* Most cells are small integers: skip strtod's generality for them. */
	if (len <= 15) {
		size_t i = s[0] == '-';
		int64_t v = 0;
		while (i < len && is_digit(s[i]))
			v = v * 10 + (s[i++] - '0');
		if (i == len) {
			*out = s[0] == '-' ? -(double)v : (double)v;
			return true;
		}
	}
	if (len < sizeof(tmp)) { /* s need not be NUL-terminated at len */
		memcpy(tmp, s, len);
		tmp[len] = '\0';
		x = strtod(tmp, NULL);
	} else {
		char *copy = malloc(len + 1);
		if (!copy)
			return false;
		memcpy(copy, s, len);
		copy[len] = '\0';
		x = strtod(copy, NULL);
		free(copy);
	}
	if (!isfinite(x)) /* 1e999 is a JSON number but not a finite one */
		return false;
	*out = x;
	return true;
}

bool inn_load_is_int(const char *s, size_t len)
{
	size_t i = len && s[0] == '-';
	uint64_t v = 0;

	if (i == len || len - i > 16 || (s[i] == '0' && len > 1))
		return false; /* "", "-", "07", "-0" */
	for (size_t k = i; k < len; k++) {
		if (!is_digit(s[k]))
			return false;
		v = v * 10 + (uint64_t)(s[k] - '0');
	}
	return v < ((uint64_t)1 << 53); /* beyond 2^53 a JSON number is not an exact integer */
}

static size_t skip_spaces(const char *s, size_t i, size_t len)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

bool inn_load_bound(const char *s, size_t len, enum inn_bound *bound, double *out)
{
	static const struct {
		const char *key;
		enum inn_bound bound;
	} keys[] = {{"\"more_than\"", INN_BOUND_MORE_THAN}, {"\"at_least\"", INN_BOUND_AT_LEAST}};
	size_t i = skip_spaces(s, 0, len), n;

	if (i >= len || s[i] != '{')
		return false;
	i = skip_spaces(s, i + 1, len);
	for (size_t k = 0; k < 2; k++) {
		size_t kl = strlen(keys[k].key);
		if (len - i < kl || memcmp(s + i, keys[k].key, kl) != 0)
			continue;
		i = skip_spaces(s, i + kl, len);
		if (i >= len || s[i] != ':')
			return false;
		i = skip_spaces(s, i + 1, len);
		if (!(n = number_prefix(s + i, len - i)) || !inn_load_number(s + i, n, out))
			return false;
		i = skip_spaces(s, i + n, len);
		if (i >= len || s[i] != '}' || skip_spaces(s, i + 1, len) != len)
			return false;
		*bound = keys[k].bound;
		return true;
	}
	return false;
}

void inn_load_value(const char *s, size_t len, struct inn_value *v)
{
	memset(v, 0, sizeof(*v));
	if (inn_load_number(s, len, &v->number)) {
		v->type = INN_VAL_NUMBER;
	} else if ((len == 4 && (memcmp(s, "true", 4) == 0 || memcmp(s, "True", 4) == 0)) ||
		   (len == 5 && (memcmp(s, "false", 5) == 0 || memcmp(s, "False", 5) == 0))) {
		v->type = INN_VAL_BOOL;
		v->boolean = len == 4;
	} else if (len && s[0] == '{' && inn_load_bound(s, len, &v->bound, &v->number)) {
		v->type = INN_VAL_NUMBER;
	} else {
		v->type = INN_VAL_STRING;
		v->text = s;
	}
}

/* Below this many keys a list is searched from the start; past it, through its hash index. */
#define ATTR_INDEX_MIN 16

int inn_attr_list_add(struct inn_attr_list *l, const char *key, const struct inn_value *v)
{
	size_t *slot = NULL;

	/* a key given twice (two GraphML keys of one name): the later value replaces the earlier */
	if (l->index.nslot) {
		slot = inn_key_slot(&l->index, l->v, sizeof(*l->v), key);
		if (*slot) {
			l->v[*slot - 1].value = *v;
			return 0;
		}
	} else {
		for (uint32_t i = 0; i < l->n; i++) {
			if (strcmp(l->v[i].key, key) == 0) {
				l->v[i].value = *v;
				return 0;
			}
		}
	}
	if (l->n == l->cap) {
		struct inn_attr *a = inn_grow(l->v, &l->cap, (size_t)l->n + 1, sizeof(*a));
		if (!a)
			return -1;
		l->v = a;
	}
	l->v[l->n].key = key;
	l->v[l->n].value = *v;
	l->n++;
	if (slot && 2 * l->n <= l->index.nslot)
		*slot = l->n;
	else if ((slot || l->n > ATTR_INDEX_MIN) && inn_key_index_build(&l->index, l->v, sizeof(*l->v), l->n, l->n) < 0)
		return -1;
	return 0;
}

/* Empty the list for the next node or link; its index too, at a cost of its own size. */
static void attr_list_empty(struct inn_attr_list *l)
{
	l->n = 0;
	inn_key_index_release(&l->index);
}

void inn_attr_list_release(struct inn_attr_list *l)
{
	inn_key_index_release(&l->index);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int inn_attr_list_store(struct inn_attr_list *l, struct inn_model *m, struct inn_attr **attrs,
			uint32_t *n, const char *origin, struct inn_error *err)
{
	*attrs = NULL;
	*n = 0;
	if (!l->n)
		return 0;
	if (!(*attrs = inn_arena_alloc(m->arena, l->n * sizeof(**attrs))))
		goto oom;
	for (uint32_t i = 0; i < l->n; i++) {
		struct inn_attr *a = &(*attrs)[i];
		*a = l->v[i];
		if (!(a->key = inn_arena_intern(m->arena, l->v[i].key)))
			goto oom;
		if (a->value.text && !(a->value.text = inn_arena_strdup(m->arena, a->value.text)))
			goto oom;
	}
	*n = l->n;
	attr_list_empty(l);
	return 0;
oom:
	attr_list_empty(l);
	return oom(origin, err);
}

/* A string field from a value: strings as they are, numbers as their text, booleans as words. */
static int string_field(struct inn_model *m, const struct inn_value *v, bool intern, const char **dst,
			const char *key, const char *where, struct inn_error *err)
{
	char num[64];
	const char *text;

	switch (v->type) {
	case INN_VAL_NULL:
		*dst = NULL;
		return 0;
	case INN_VAL_BOOL:
		text = v->boolean ? "true" : "false";
		break;
	case INN_VAL_NUMBER:
		if (v->bound != INN_BOUND_EXACT)
			return inn_error_set(err, INN_EINPUT, "%s: '%s' must be a string, not a bound", where, key);
		for (int p = 1; p <= 17; p++) { /* the shortest text that reads back as the number */
			snprintf(num, sizeof(num), "%.*g", p, v->number);
			if (strtod(num, NULL) == v->number)
				break;
		}
		text = num;
		break;
	default:
		text = v->text;
	}
	if (strlen(text) > INN_LOAD_MAX_STRING)
		return inn_error_set(err, INN_EINPUT, "%s: '%s' is longer than %zu bytes", where, key, INN_LOAD_MAX_STRING);
	*dst = intern ? inn_arena_intern(m->arena, text) : inn_arena_strdup(m->arena, text);
	if (!*dst)
		return oom(where, err);
	return 0;
}

static int year_field(const struct inn_value *v, int *dst, const char *key, const char *where, struct inn_error *err)
{
	if (v->type == INN_VAL_NULL) {
		*dst = INN_NO_YEAR;
		return 0;
	}
	if (v->type != INN_VAL_NUMBER || v->bound != INN_BOUND_EXACT || v->number != floor(v->number) ||
	    v->number < -9999 || v->number > 9999 || v->number == 0)
		return inn_error_set(err, INN_EINPUT, "%s: '%s' must be a year (a non-zero integer)", where, key);
	*dst = (int)v->number;
	return 0;
}

static int add_rest(struct inn_attr_list *rest, const char *key, const struct inn_value *v, const char *where,
		    struct inn_error *err)
{
	if (v->type == INN_VAL_STRING && strlen(v->text) > INN_LOAD_MAX_STRING)
		return inn_error_set(err, INN_EINPUT, "%s: '%s' is longer than %zu bytes", where, key, INN_LOAD_MAX_STRING);
	if (inn_attr_list_add(rest, key, v) < 0)
		return oom(where, err);
	return 0;
}

/*
 * The end of the mapping for nodes and links alike: the fields both have, provenance (a string),
 * since and until (years), onto *provenance, *since and *until; any other key is a free attribute.
 */
static int shared_field(struct inn_model *m, const char *key, const struct inn_value *v, const char **provenance,
			int *since, int *until, struct inn_attr_list *rest, const char *where, struct inn_error *err)
{
	if (strcmp(key, "provenance") == 0)
		return string_field(m, v, true, provenance, key, where, err);
	if (strcmp(key, "since") == 0)
		return year_field(v, since, key, where, err);
	if (strcmp(key, "until") == 0)
		return year_field(v, until, key, where, err);
	return add_rest(rest, key, v, where, err);
}

int inn_load_node_field(struct inn_model *m, struct inn_node *n, struct inn_node_more *x, const char *key,
			const struct inn_value *v, struct inn_attr_list *rest, const char *where, struct inn_error *err)
{
	if (strcmp(key, "kind") == 0)
		return string_field(m, v, true, &n->kind, key, where, err);
	if (strcmp(key, "label") == 0)
		return string_field(m, v, false, &n->label, key, where, err);
	if (strcmp(key, "label_zh") == 0)
		return string_field(m, v, false, &x->label_zh, key, where, err);
	return shared_field(m, key, v, &x->provenance, &x->since, &x->until, rest, where, err);
}

int inn_load_link_field(struct inn_model *m, struct inn_link *l, struct inn_link_more *x, const char *key,
			const struct inn_value *v, struct inn_attr_list *rest, const char *where, struct inn_error *err)
{
	if (strcmp(key, "relation") == 0) {
		const char *relation = NULL;
		if (string_field(m, v, true, &relation, key, where, err) < 0)
			return -1;
		if (inn_model_set_relation(m, (size_t)(l - m->links), relation) < 0)
			return oom(where, err);
		return 0;
	}
	if (strcmp(key, "weight") == 0) {
		double x;
		if (v->type == INN_VAL_NULL)
			return 0;
		/* a weight some tool wrote as a string ("2.5") is still a weight */
		if (v->type == INN_VAL_STRING && inn_load_number(v->text, strlen(v->text), &x)) {
			if (inn_model_set_weight(m, (size_t)(l - m->links), x) < 0)
				return oom(where, err);
			return 0;
		}
		if (v->type != INN_VAL_NUMBER || v->bound != INN_BOUND_EXACT || !isfinite(v->number))
			return inn_error_set(err, INN_EINPUT, "%s: 'weight' must be a finite number", where);
		if (inn_model_set_weight(m, (size_t)(l - m->links), v->number) < 0)
			return oom(where, err);
		return 0;
	}
	return shared_field(m, key, v, &x->provenance, &x->since, &x->until, rest, where, err);
}

int inn_load_check_years(int since, int until, const char *where, struct inn_error *err)
{
	if (since && until && until < since)
		return inn_error_set(err, INN_EINPUT, "%s: 'until' (%d) is before 'since' (%d)", where, until, since);
	return 0;
}

/* What a node and a link end with alike: since <= until, then the free attributes in rest stored. */
static int end_fields(struct inn_model *m, int since, int until, struct inn_attr_list *rest, struct inn_attr **attrs,
		      uint32_t *nattrs, const char *where, const char *origin, struct inn_error *err)
{
	if (inn_load_check_years(since, until, where, err) < 0 ||
	    inn_attr_list_store(rest, m, attrs, nattrs, origin, err) < 0)
		return -1;
	return 0;
}

int inn_load_node_end(struct inn_model *m, size_t at, struct inn_node_more *x, struct inn_attr_list *rest,
		      const char *where, const char *origin, struct inn_error *err)
{
	if (end_fields(m, x->since, x->until, rest, &x->attrs, &x->nattrs, where, origin, err) < 0)
		return -1;
	return inn_model_put_node_more(m, at, x) < 0 ? oom(origin, err) : 0;
}

int inn_load_link_end(struct inn_model *m, size_t j, struct inn_link_more *x, struct inn_attr_list *rest,
		      const char *where, const char *origin, struct inn_error *err)
{
	if (end_fields(m, x->since, x->until, rest, &x->attrs, &x->nattrs, where, origin, err) < 0)
		return -1;
	return inn_model_put_link_more(m, j, x) < 0 ? oom(origin, err) : 0;
}

struct inn_model *inn_load_end(struct inn_model *m, int rc)
{
	if (rc >= 0)
		return m;
	inn_model_free(m);
	return NULL;
}

int inn_load_multigraph(struct inn_model *m, const char *origin, struct inn_error *err)
{
	size_t repeat, first;

	if (inn_model_find_parallel(m, &repeat, &first) < 0)
		return oom(origin, err);
	m->multigraph = repeat != SIZE_MAX;
	return 0;
}

bool inn_load_utf8(const char *buf, size_t len, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t i = 0;

	while (i < len) {
		unsigned char b = s[i];
		/* eight ASCII bytes without a NUL at a time: most of a data file */
		if (len - i >= 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ull) && !((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		if (b && b < 0x80) {
			i++;
			continue;
		}
		size_t n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
		if (b == 0 || n == 0 || i + n > len) {
			*bad = i;
			return false;
		}
		uint32_t cp = b & (0x7F >> n);
		for (size_t k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80) {
				*bad = i;
				return false;
			}
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		/* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
			*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}
