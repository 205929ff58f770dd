/* load_text.c: messages, node lookup and the end of a read for the line-based readers. */
#include "load_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/load.h"
#include "load_internal.h"

int inn_text_fail(const struct inn_text *t, size_t off, const char *fmt, ...)
{
	char msg[800];
	size_t line, col;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	inn_text_position(t->buf, off, &line, &col);
	return inn_error_set(t->err, INN_EINPUT, "%s:%zu:%zu: %s", t->origin, line, col, msg);
}

int inn_text_oom(const struct inn_text *t)
{
	return inn_error_set(t->err, INN_EFAIL, "%s: out of memory while loading the model", t->origin);
}

int inn_text_begin(struct inn_text *t)
{
	size_t bad;

	if (!(t->m = inn_model_new(t->origin)))
		return inn_text_oom(t);
	if (!inn_load_utf8(t->buf, t->len, &bad)) {
		inn_text_fail(t, bad, "invalid UTF-8 or a NUL byte");
		inn_model_free(t->m);
		t->m = NULL;
		return -1;
	}
	return 0;
}

int inn_text_node(struct inn_text *t, size_t off, size_t len, bool add, uint32_t *index)
{
	const char *id = t->buf + off;
	size_t at;
	int rc;

	if (!len)
		return inn_text_fail(t, off, "empty id");
	if (len > INN_LOAD_MAX_STRING)
		return inn_text_fail(t, off, "id longer than %zu bytes", INN_LOAD_MAX_STRING);
	if (inn_model_find_n(t->m, id, len, &at)) {
		*index = (uint32_t)at;
		return 0;
	}
	if (!add)
		return inn_text_fail(t, off, "no node '%.*s'", (int)(len < 200 ? len : 200), id);
	/* the model copies the id, which needs its NUL: one copy at a time */
	char small[256], *copy = len < sizeof(small) ? small : malloc(len + 1);
	if (!copy)
		return inn_text_oom(t);
	memcpy(copy, id, len);
	copy[len] = '\0';
	if (memchr(copy, '\0', len)) {
		rc = inn_text_fail(t, off, "NUL byte in an id");
		goto out;
	}
	rc = inn_model_add_node(t->m, copy, inn_load_is_int(copy, len), &at);
	if (rc == INN_MODEL_ETOOBIG)
		rc = inn_text_fail(t, off, "too many nodes");
	else if (rc < 0)
		rc = inn_text_oom(t);
	else
		*index = (uint32_t)at;
out:
	if (copy != small)
		free(copy);
	return rc < 0 ? -1 : 0;
}

int inn_text_need_nodes(const struct inn_text *t, const char *what)
{
	if (t->m->nnodes > 0)
		return 0;
	return inn_error_set(t->err, INN_EINPUT, "%s: empty %s", t->origin, what);
}

struct inn_model *inn_text_end(struct inn_text *t, int rc)
{
	if (rc >= 0)
		rc = inn_load_multigraph(t->m, t->origin, t->err);
	return t->m = inn_load_end(t->m, rc);
}

int inn_text_set_name(struct inn_model *m, const char *name, size_t len, const char *origin, struct inn_error *err)
{
	struct inn_attr_list l = {0};
	struct inn_value v = {.type = INN_VAL_STRING};
	int rc = -1;

	if (m->name)
		return 0;
	if (!(m->name = inn_arena_strndup(m->arena, name, len)))
		goto out;
	v.text = m->name;
	if (inn_attr_list_add(&l, "name", &v) < 0)
		goto out;
	rc = inn_attr_list_store(&l, m, &m->graph_attrs, &m->ngraph_attrs, origin, err);
out:
	inn_attr_list_release(&l);
	if (rc < 0)
		inn_error_set(err, INN_EFAIL, "%s: out of memory while loading the model", origin);
	return rc;
}
