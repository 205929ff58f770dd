/*
 * write_columns.c: the columns of the typed XML writers (write_graphml.c, write_gexf.c), once:
 * which typed fields get a column, in which order with which number, and each node's and link's
 * values in that order. The two formats differ only in how a column is declared and a value
 * written, which each gives as a struct inn_xml_sink.
 */
#include <math.h>
#include <stdlib.h>

#include "innonet/text.h"
#include "write_internal.h"

static const char *const type_names[] = {"boolean", "long", "double", "string"};

/* The next column, declared, when present; INN_NO_COL when not. */
static size_t column(const struct inn_xml_sink *s, size_t *next, bool present, const char *name, const char *type)
{
	if (!present)
		return INN_NO_COL;
	s->declare(s->arg, *next, name, type);
	return (*next)++;
}

void inn_xml_node_columns(const struct inn_model *m, const struct inn_schema *ns, const struct inn_columns *cols,
			  bool label, const struct inn_xml_sink *s, struct inn_xml_cols *k)
{
	bool kind = false, has_label = false, label_zh = false, provenance = false, since = false, until = false;
	size_t next = 0;

	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		kind |= n->kind != NULL;
		has_label |= n->label != NULL;
		label_zh |= nx->label_zh != NULL;
		provenance |= nx->provenance != NULL;
		since |= nx->since != INN_NO_YEAR;
		until |= nx->until != INN_NO_YEAR;
	}
	k->kind = column(s, &next, kind, "kind", "string");
	k->label = column(s, &next, label && has_label, "label", "string");
	k->label_zh = column(s, &next, label_zh, "label_zh", "string");
	k->provenance = column(s, &next, provenance, "provenance", "string");
	k->since = column(s, &next, since, "since", "long");
	k->until = column(s, &next, until, "until", "long");
	k->relation = k->weight = INN_NO_COL;
	k->free = next;
	for (size_t c = 0; c < ns->n; c++)
		s->declare(s->arg, next++, ns->cols[c].key, type_names[ns->cols[c].type]);
	k->measures = next;
	for (size_t c = 0; cols && c < cols->count; c++)
		s->declare(s->arg, next++, cols->names[c], "double");
}

void inn_xml_link_columns(const struct inn_model *m, const struct inn_schema *ls, bool weight,
			  const struct inn_xml_sink *s, struct inn_xml_cols *k)
{
	bool relation = false, has_weight = false, provenance = false, since = false, until = false;
	size_t next = 0;

	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		relation |= inn_link_relation(m, l) != NULL;
		has_weight |= l->has_weight;
		provenance |= lx->provenance != NULL;
		since |= lx->since != INN_NO_YEAR;
		until |= lx->until != INN_NO_YEAR;
	}
	k->kind = k->label = k->label_zh = INN_NO_COL;
	k->relation = column(s, &next, relation, "relation", "string");
	k->weight = column(s, &next, weight && has_weight, "weight", "double");
	k->provenance = column(s, &next, provenance, "provenance", "string");
	k->since = column(s, &next, since, "since", "long");
	k->until = column(s, &next, until, "until", "long");
	k->free = next;
	for (size_t c = 0; c < ls->n; c++)
		s->declare(s->arg, next++, ls->cols[c].key, type_names[ls->cols[c].type]);
	k->measures = next;
}

static void text(const struct inn_xml_sink *s, size_t key, const char *t)
{
	if (t && key != INN_NO_COL)
		s->text(s->arg, key, t);
}

/* A year (0: none) or a number (NaN: none). */
static void number(const struct inn_xml_sink *s, size_t key, double x, bool year)
{
	if (key != INN_NO_COL && !(year && x == 0) && !isnan(x))
		s->number(s->arg, key, x);
}

/* The free attributes of one node or link, each in its column's type. */
static void free_values(const struct inn_schema *sc, const struct inn_attr *attrs, uint32_t n,
			struct inn_schema_hit *hits, size_t first, const struct inn_xml_sink *s)
{
	char buf[96];

	for (size_t h = 0, nh = inn_schema_hits(sc, attrs, n, hits); h < nh; h++) {
		enum inn_coltype type = sc->cols[hits[h].col].type;
		const struct inn_value *v = hits[h].value;
		if (v->type == INN_VAL_NULL)
			continue;
		if (type == INN_COL_LONG || type == INN_COL_DOUBLE)
			number(s, first + hits[h].col, v->number, false);
		else
			s->text(s->arg, first + hits[h].col, inn_value_text(v, buf, sizeof(buf)));
	}
}

void inn_xml_node_values(const struct inn_model *m, size_t i, const struct inn_schema *ns,
			 struct inn_schema_hit *hits, const struct inn_columns *cols, const struct inn_xml_cols *k,
			 const struct inn_xml_sink *s)
{
	const struct inn_node *n = &m->nodes[i];
	const struct inn_node_more *nx = inn_node_more(m, n);

	text(s, k->kind, n->kind);
	text(s, k->label, n->label);
	text(s, k->label_zh, nx->label_zh);
	text(s, k->provenance, nx->provenance);
	number(s, k->since, nx->since, true);
	number(s, k->until, nx->until, true);
	free_values(ns, nx->attrs, nx->nattrs, hits, k->free, s);
	for (size_t c = 0; cols && c < cols->count; c++)
		number(s, k->measures + c, cols->values[c][i], false);
}

void inn_xml_link_values(const struct inn_model *m, size_t i, const struct inn_schema *ls,
			 struct inn_schema_hit *hits, const struct inn_xml_cols *k, const struct inn_xml_sink *s)
{
	const struct inn_link *l = &m->links[i];
	const struct inn_link_more *lx = inn_link_more(m, l);

	text(s, k->relation, inn_link_relation(m, l));
	if (l->has_weight)
		number(s, k->weight, inn_link_weight(m, l), false);
	text(s, k->provenance, lx->provenance);
	number(s, k->since, lx->since, true);
	number(s, k->until, lx->until, true);
	free_values(ls, lx->attrs, lx->nattrs, hits, k->free, s);
}

int inn_xml_schemas(const struct inn_model *m, const struct inn_columns *cols, const char *format,
		    struct inn_schema *ns, struct inn_schema *ls, struct inn_schema_hit **hits, struct inn_error *err)
{
	if (inn_xml_check(m, format, err) < 0 || inn_schema_nodes(ns, m, cols, err) < 0 || inn_schema_links(ls, m, err) < 0)
		return -1;
	uint32_t most = inn_schema_max_attrs(m, true), lmost = inn_schema_max_attrs(m, false);
	if (!(*hits = malloc(((size_t)(most > lmost ? most : lmost) + 1) * sizeof(**hits))))
		return inn_error_set(err, INN_EFAIL, "out of memory while writing");
	return 0;
}
