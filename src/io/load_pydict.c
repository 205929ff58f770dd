/*
 * load_pydict.c: NetworkX's link data as its text writers put it on a line, str() of a Python
 * dictionary ("{'weight': 2.5, 'relation': 'funds'}"): keys and string values quoted with ' or ",
 * numbers, True, False and None. Shared by the edge-list and multiline adjacency-list readers.
 */
#include "load_pydict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"

/* A Python string literal at p ('...' or "..."), decoded into the scratch buffer. */
static int py_string(struct inn_text *t, struct inn_pydict *rd, size_t *p, size_t end, const char **out)
{
	const char *b = t->buf;
	char quote = b[*p];
	size_t i = *p + 1, start = rd->scratch_used;

	for (; i < end && b[i] != quote; i++) {
		char c = b[i];
		if (c == '\\' && i + 1 < end) {
			c = b[++i];
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case '\\': case '\'': case '"': break;
			default:
				return inn_text_fail(t, i - 1, "unsupported escape '\\%c' in a string", c);
			}
		}
		rd->scratch[rd->scratch_used++] = c;
	}
	if (i >= end)
		return inn_text_fail(t, *p, "string never closed");
	rd->scratch[rd->scratch_used++] = '\0';
	*out = rd->scratch + start;
	*p = i + 1;
	return 0;
}

static void skip_blank(const char *b, size_t *p, size_t end)
{
	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
}

/* One value of the dictionary: a string, a number, True, False or None (absent). */
static int py_value(struct inn_text *t, struct inn_pydict *rd, size_t *p, size_t end, struct inn_value *v)
{
	const char *b = t->buf;
	size_t start = *p;

	memset(v, 0, sizeof(*v));
	if (b[*p] == '\'' || b[*p] == '"') {
		v->type = INN_VAL_STRING;
		return py_string(t, rd, p, end, &v->text);
	}
	while (*p < end && !inn_text_blank(b[*p]) && b[*p] != ',' && b[*p] != '}')
		(*p)++;
	size_t n = *p - start;
	if (n == 4 && memcmp(b + start, "True", 4) == 0) {
		v->type = INN_VAL_BOOL;
		v->boolean = true;
	} else if (n == 5 && memcmp(b + start, "False", 5) == 0) {
		v->type = INN_VAL_BOOL;
	} else if (n == 4 && memcmp(b + start, "None", 4) == 0) {
		v->type = INN_VAL_NULL;
	} else if (n && inn_load_number(b + start, n, &v->number)) {
		v->type = INN_VAL_NUMBER;
	} else {
		return inn_text_fail(t, start, "expected a string, a number, True, False or None");
	}
	return 0;
}

/* The dictionary at t->buf[p] (its '{') to end: its fields onto link l and x, free ones into rd->rest. */
static int read_dict(struct inn_text *t, struct inn_pydict *rd, size_t p, size_t end, struct inn_link *l,
		     struct inn_link_more *x, const char *where)
{
	const char *b = t->buf;

	if (end - p + 1 > rd->scratch_cap) {
		char *s = realloc(rd->scratch, end - p + 1);
		if (!s)
			return inn_text_oom(t);
		rd->scratch = s;
		rd->scratch_cap = end - p + 1;
	}
	rd->scratch_used = 0;
	p++; /* the '{' */
	skip_blank(b, &p, end);
	while (p < end && b[p] != '}') {
		const char *key;
		struct inn_value v;
		if (b[p] != '\'' && b[p] != '"')
			return inn_text_fail(t, p, "expected a quoted key in the link data");
		if (py_string(t, rd, &p, end, &key) < 0)
			return -1;
		skip_blank(b, &p, end);
		if (p >= end || b[p] != ':')
			return inn_text_fail(t, p, "expected ':' after a key");
		p++;
		skip_blank(b, &p, end);
		if (p >= end)
			return inn_text_fail(t, p, "expected a value");
		if (py_value(t, rd, &p, end, &v) < 0)
			return -1;
		if (!*key)
			return inn_text_fail(t, p, "empty key in the link data");
		if (v.type != INN_VAL_NULL &&
		    inn_load_link_field(t->m, l, x, key, &v, &rd->rest, where, t->err) < 0)
			return -1;
		skip_blank(b, &p, end);
		if (p < end && b[p] == ',') {
			p++;
			skip_blank(b, &p, end);
		} else if (p >= end || b[p] != '}') {
			return inn_text_fail(t, p, "expected ',' or '}' in the link data");
		}
	}
	if (p >= end)
		return inn_text_fail(t, p, "link data never closed (expected '}')");
	p++;
	skip_blank(b, &p, end);
	if (p < end)
		return inn_text_fail(t, p, "unexpected text after the link data");
	return 0;
}

int inn_pydict_link(struct inn_text *t, struct inn_pydict *rd, size_t line, size_t p, size_t end)
{
	struct inn_model *m = t->m;
	struct inn_link *l = &m->links[m->nlinks - 1];
	struct inn_link_more x = inn_no_link_more;
	char where[300];

	snprintf(where, sizeof(where), "%s:%zu: link '%.60s' -- '%.60s'", t->origin, line, m->nodes[l->source].id,
		 m->nodes[l->target].id);
	if (read_dict(t, rd, p, end, l, &x, where) < 0)
		return -1;
	return inn_load_link_end(m, m->nlinks - 1, &x, &rd->rest, where, t->origin, t->err);
}

void inn_pydict_release(struct inn_pydict *d)
{
	inn_attr_list_release(&d->rest);
	free(d->scratch);
}
