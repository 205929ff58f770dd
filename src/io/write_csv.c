/*
 * write_csv.c: the model as two CSV tables, nodes (with every measure as a column) and links,
 * in the columns innonet's CSV reader (--nodes, --links) and spreadsheets read. RFC 4180
 * quoting; one column per field that any row has; an empty cell is an absent field.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/text.h"
#include "write_internal.h"

static void number_cell(FILE *out, double x)
{
	char num[64];

	if (isnan(x))
		return; /* an empty cell: absent */
	inn_fmt_double(num, sizeof(num), x);
	fputs(num, out);
}

static void value_cell(FILE *out, const struct inn_value *v)
{
	char buf[96];

	if (v->type == INN_VAL_NUMBER && v->bound == INN_BOUND_EXACT)
		number_cell(out, v->number);
	else
		inn_csv_cell(out, inn_value_text(v, buf, sizeof(buf)));
}

static void sep(FILE *out, bool *first)
{
	if (!*first)
		fputc(',', out);
	*first = false;
}

/* The view's column: view, or NULL when there is none or an attribute already has the name. */
static const char *view_column(const char *view, const struct inn_schema *s)
{
	if (!view || !*view)
		return NULL;
	for (size_t c = 0; c < s->n; c++)
		if (strcmp(s->cols[c].key, "view") == 0)
			return NULL;
	return view;
}

/*
 * The header's typed fields that some row has (has[f], named names[f]; n of them), then the
 * free attributes of s: the node and link tables name their columns alike.
 */
static void header_fields(FILE *out, const char *const *names, const bool *has, size_t n, const struct inn_schema *s)
{
	for (size_t f = 0; f < n; f++)
		if (has[f])
			fprintf(out, ",%s", names[f]);
	for (size_t c = 0; c < s->n; c++) {
		fputc(',', out);
		inn_csv_cell(out, s->cols[c].key);
	}
}

enum { C_KIND, C_LABEL, C_LABEL_ZH, C_PROV, C_SINCE, C_UNTIL, C_NODE_FIELDS };

int inn_write_csv_nodes(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	static const char *const names[] = {"kind", "label", "label_zh", "provenance", "since", "until"};
	bool has[C_NODE_FIELDS] = {false};
	struct inn_schema s = {0};
	struct inn_schema_hit *hits; /* the free attributes of one node at a time */
	const char *view;

	if (inn_schema_nodes(&s, m, cols, err) < 0)
		return -1;
	view = view_column(cols ? cols->view : NULL, &s);
	if (!(hits = malloc(((size_t)inn_schema_max_attrs(m, true) + 1) * sizeof(*hits)))) {
		inn_schema_release(&s);
		return inn_error_set(err, INN_EFAIL, "out of memory while writing");
	}
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		has[C_KIND] |= n->kind != NULL;
		has[C_LABEL] |= n->label != NULL;
		has[C_LABEL_ZH] |= nx->label_zh != NULL;
		has[C_PROV] |= nx->provenance != NULL;
		has[C_SINCE] |= nx->since != INN_NO_YEAR;
		has[C_UNTIL] |= nx->until != INN_NO_YEAR;
	}
	fputs("id", out);
	header_fields(out, names, has, C_NODE_FIELDS, &s);
	for (size_t c = 0; cols && c < cols->count; c++) {
		fputc(',', out);
		inn_csv_cell(out, cols->names[c]);
	}
	if (view)
		fputs(",view", out);
	fputc('\n', out);
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		const char *texts[] = {n->kind, n->label, nx->label_zh, nx->provenance};
		inn_csv_cell(out, n->id);
		for (size_t f = 0; f < C_NODE_FIELDS; f++) {
			if (!has[f])
				continue;
			fputc(',', out);
			if (f < C_SINCE && texts[f])
				inn_csv_cell(out, texts[f]);
			else if (f == C_SINCE && nx->since)
				fprintf(out, "%d", nx->since);
			else if (f == C_UNTIL && nx->until)
				fprintf(out, "%d", nx->until);
		}
		/* a row of every column, its cells found by key once (the row is as long as the output) */
		size_t nh = inn_schema_hits(&s, nx->attrs, nx->nattrs, hits);
		for (size_t c = 0, h = 0; c < s.n; c++) {
			fputc(',', out);
			if (h < nh && hits[h].col == c)
				value_cell(out, hits[h++].value);
		}
		for (size_t c = 0; cols && c < cols->count; c++) {
			fputc(',', out);
			number_cell(out, cols->values[c][i]);
		}
		if (view) {
			fputc(',', out);
			inn_csv_cell(out, view);
		}
		fputc('\n', out);
	}
	free(hits);
	inn_schema_release(&s);
	return inn_write_check(out, "csv", err);
}

enum { C_REL, C_WEIGHT, C_LPROV, C_LSINCE, C_LUNTIL, C_LINK_FIELDS };

int inn_write_csv_links(FILE *out, const struct inn_model *m, const char *view, struct inn_error *err)
{
	static const char *const names[] = {"relation", "weight", "provenance", "since", "until"};
	bool has[C_LINK_FIELDS] = {false};
	struct inn_schema s = {0};

	if (inn_schema_links(&s, m, err) < 0)
		return -1;
	view = view_column(view, &s);
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		has[C_REL] |= inn_link_relation(m, l) != NULL;
		has[C_WEIGHT] |= l->has_weight;
		has[C_LPROV] |= lx->provenance != NULL;
		has[C_LSINCE] |= lx->since != INN_NO_YEAR;
		has[C_LUNTIL] |= lx->until != INN_NO_YEAR;
	}
	fputs("source,target", out);
	header_fields(out, names, has, C_LINK_FIELDS, &s);
	if (view)
		fputs(",view", out);
	fputc('\n', out);
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		bool first = true;
		sep(out, &first);
		inn_csv_cell(out, m->nodes[l->source].id);
		sep(out, &first);
		inn_csv_cell(out, m->nodes[l->target].id);
		if (has[C_REL] && (fputc(',', out), inn_link_relation(m, l)))
			inn_csv_cell(out, inn_link_relation(m, l));
		if (has[C_WEIGHT] && (fputc(',', out), l->has_weight))
			number_cell(out, inn_link_weight(m, l));
		if (has[C_LPROV] && (fputc(',', out), lx->provenance))
			inn_csv_cell(out, lx->provenance);
		if (has[C_LSINCE] && (fputc(',', out), lx->since))
			fprintf(out, "%d", lx->since);
		if (has[C_LUNTIL] && (fputc(',', out), lx->until))
			fprintf(out, "%d", lx->until);
		for (size_t c = 0; c < s.n; c++) {
			const struct inn_value *v = inn_attr_get(lx->attrs, lx->nattrs, s.cols[c].key);
			fputc(',', out);
			if (v)
				value_cell(out, v);
		}
		if (view) {
			fputc(',', out);
			inn_csv_cell(out, view);
		}
		fputc('\n', out);
	}
	inn_schema_release(&s);
	return inn_write_check(out, "csv", err);
}
