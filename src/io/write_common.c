/* write_common.c: column schemas, value text and XML escaping shared by the data writers. */
#include "write_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"
#include "innonet/text.h"

bool inn_columns_has(const struct inn_columns *cols, const char *key)
{
	for (size_t k = 0; cols && k < cols->count; k++)
		if (strcmp(cols->names[k], key) == 0)
			return true;
	return false;
}

static bool is_long(double x)
{
	return x == floor(x) && fabs(x) < 9007199254740992.0; /* 2^53 */
}

enum inn_coltype inn_coltype_of(const struct inn_value *v)
{
	if (v->type == INN_VAL_BOOL)
		return INN_COL_BOOL;
	if (v->type == INN_VAL_NUMBER && v->bound == INN_BOUND_EXACT)
		return is_long(v->number) ? INN_COL_LONG : INN_COL_DOUBLE;
	return INN_COL_STRING; /* strings, bounds (not exact numbers) and JSON text */
}

/* (Re)build s's index for its columns, with room for the next. */
static int schema_index(struct inn_schema *s)
{
	return inn_key_index_build(&s->index, s->cols, sizeof(*s->cols), s->n, s->n + 1);
}

static int schema_add(struct inn_schema *s, const struct inn_attr *a, struct inn_error *err)
{
	enum inn_coltype t;
	size_t *slot;

	if (a->value.type == INN_VAL_NULL)
		return 0; /* absent in every typed format */
	t = inn_coltype_of(&a->value);
	if (!s->index.nslot && schema_index(s) < 0)
		return inn_error_set(err, INN_EFAIL, "out of memory while writing");
	slot = inn_key_slot(&s->index, s->cols, sizeof(*s->cols), a->key);
	if (*slot) {
		struct inn_schema_col *c = &s->cols[*slot - 1];
		if (c->type != t) {
			bool numbers = (c->type == INN_COL_LONG || c->type == INN_COL_DOUBLE) &&
				       (t == INN_COL_LONG || t == INN_COL_DOUBLE);
			c->type = numbers ? INN_COL_DOUBLE : INN_COL_STRING;
		}
		return 0;
	}
	if (s->n == s->cap) {
		struct inn_schema_col *cols = inn_grow(s->cols, &s->cap, s->n + 1, sizeof(*cols));
		if (!cols)
			return inn_error_set(err, INN_EFAIL, "out of memory while writing");
		s->cols = cols;
	}
	s->cols[s->n++] = (struct inn_schema_col){.key = a->key, .type = t};
	if (2 * s->n <= s->index.nslot)
		*slot = s->n;
	else if (schema_index(s) < 0)
		return inn_error_set(err, INN_EFAIL, "out of memory while writing");
	return 0;
}

static int by_col(const void *a, const void *b)
{
	const struct inn_schema_hit *x = a, *y = b;

	return x->col < y->col ? -1 : x->col > y->col;
}

size_t inn_schema_hits(const struct inn_schema *s, const struct inn_attr *attrs, uint32_t n, struct inn_schema_hit *hits)
{
	size_t k = 0;

	for (uint32_t i = 0; s->index.nslot && i < n; i++) {
		size_t col = *inn_key_slot(&s->index, s->cols, sizeof(*s->cols), attrs[i].key);
		if (col)
			hits[k++] = (struct inn_schema_hit){col - 1, &attrs[i].value};
	}
	qsort(hits, k, sizeof(*hits), by_col);
	return k;
}

uint32_t inn_schema_max_attrs(const struct inn_model *m, bool nodes)
{
	uint32_t most = 0;

	for (size_t i = 0; i < (nodes ? m->nnodes : m->nlinks); i++) {
		uint32_t n = nodes ? inn_node_more(m, &m->nodes[i])->nattrs : inn_link_more(m, &m->links[i])->nattrs;
		if (n > most)
			most = n;
	}
	return most;
}

int inn_schema_nodes(struct inn_schema *s, const struct inn_model *m, const struct inn_columns *cols,
		     struct inn_error *err)
{
	memset(s, 0, sizeof(*s));
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node_more *x = inn_node_more(m, &m->nodes[i]);
		for (uint32_t k = 0; k < x->nattrs; k++)
			if (!inn_columns_has(cols, x->attrs[k].key) && schema_add(s, &x->attrs[k], err) < 0)
				return -1;
	}
	return 0;
}

int inn_schema_links(struct inn_schema *s, const struct inn_model *m, struct inn_error *err)
{
	memset(s, 0, sizeof(*s));
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link_more *x = inn_link_more(m, &m->links[i]);
		for (uint32_t k = 0; k < x->nattrs; k++)
			if (schema_add(s, &x->attrs[k], err) < 0)
				return -1;
	}
	return 0;
}

void inn_schema_release(struct inn_schema *s)
{
	inn_key_index_release(&s->index);
	free(s->cols);
	memset(s, 0, sizeof(*s));
}

void inn_xml_text(FILE *out, const char *s, bool attr)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		/* a reader normalises raw tabs and line breaks in attribute values to spaces */
		case '"': fputs(attr ? "&quot;" : "\"", out); break;
		case '\t': fputs(attr ? "&#9;" : "\t", out); break;
		case '\n': fputs(attr ? "&#10;" : "\n", out); break;
		case '\r': fputs("&#13;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* The first character XML 1.0 cannot hold, or NULL. */
static const char *bad_xml(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
			return s;
	return NULL;
}

static int xml_refuse(const char *format, const char *what, const char *id, const char *field, struct inn_error *err)
{
	return inn_error_set(err, INN_EINPUT, "%s: %s '%.60s': '%s' holds a control character, which XML cannot hold",
			     format, what, id, field);
}

static int check_attrs(const struct inn_attr *a, uint32_t n, const char *format, const char *what, const char *id,
		       struct inn_error *err)
{
	for (uint32_t k = 0; k < n; k++)
		if (bad_xml(a[k].key) || ((a[k].value.type == INN_VAL_STRING || a[k].value.type == INN_VAL_JSON) &&
					  bad_xml(a[k].value.text)))
			return xml_refuse(format, what, id, a[k].key, err);
	return 0;
}

int inn_xml_check(const struct inn_model *m, const char *format, struct inn_error *err)
{
	if (check_attrs(m->graph_attrs, m->ngraph_attrs, format, "graph", m->name ? m->name : "", err) < 0)
		return -1;
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		const char *fields[] = {n->id, n->kind, n->label, nx->label_zh, nx->provenance};
		const char *names[] = {"id", "kind", "label", "label_zh", "provenance"};
		for (size_t k = 0; k < 5; k++)
			if (bad_xml(fields[k]))
				return xml_refuse(format, "node", n->id, names[k], err);
		if (check_attrs(nx->attrs, nx->nattrs, format, "node", n->id, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		char id[160];
		snprintf(id, sizeof(id), "%.60s' -- '%.60s", m->nodes[l->source].id, m->nodes[l->target].id);
		if (bad_xml(inn_link_relation(m, l)))
			return xml_refuse(format, "link", id, "relation", err);
		if (bad_xml(lx->provenance))
			return xml_refuse(format, "link", id, "provenance", err);
		if (check_attrs(lx->attrs, lx->nattrs, format, "link", id, err) < 0)
			return -1;
	}
	return 0;
}

const struct inn_drawing *inn_xml_drawing(const struct inn_model *m, const struct inn_columns *cols)
{
	return cols && cols->drawing && cols->drawing->n == m->nnodes ? cols->drawing : NULL;
}

void inn_xml_root(FILE *out, const char *root, const char *ns, const char *draw_ns, const char *xsd, const char *rest)
{
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%s xmlns=\"%s\" ", root, ns);
	if (draw_ns)
		fprintf(out, "%s ", draw_ns);
	fprintf(out, "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s %s\"%s>\n", ns, xsd,
		rest);
}

int inn_write_check(FILE *out, const char *format, struct inn_error *err)
{
	if (ferror(out))
		return inn_error_set(err, INN_EFAIL, "%s: write error: %s", format, strerror(errno));
	return 0;
}
