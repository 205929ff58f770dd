/*
 * write_json.c: the model as NetworkX node-link JSON, with the node measures added as node
 * attributes; json.load + networkx.node_link_graph read it unchanged, and so does innonet.
 * One node or link per line, so that diffs of two exports stay readable.
 */
#include <math.h>
#include <string.h>

#include "innonet/text.h"
#include "write_internal.h"

static void value(FILE *out, const struct inn_value *v)
{
	switch (v->type) {
	case INN_VAL_NULL:
		fputs("null", out);
		break;
	case INN_VAL_BOOL:
		fputs(v->boolean ? "true" : "false", out);
		break;
	case INN_VAL_NUMBER:
		if (v->bound != INN_BOUND_EXACT)
			fprintf(out, "{\"%s\": ", v->bound == INN_BOUND_MORE_THAN ? "more_than" : "at_least");
		inn_json_number(out, v->number);
		if (v->bound != INN_BOUND_EXACT)
			fputc('}', out);
		break;
	case INN_VAL_STRING:
		inn_json_string(out, v->text);
		break;
	case INN_VAL_JSON:
		fputs(v->text, out); /* already compact JSON */
		break;
	}
}

static void member(FILE *out, const char *key)
{
	fputs(", ", out);
	inn_json_string(out, key);
	fputs(": ", out);
}

static void text_member(FILE *out, const char *key, const char *s)
{
	if (!s)
		return;
	member(out, key);
	inn_json_string(out, s);
}

static void year_member(FILE *out, const char *key, int year)
{
	if (year != INN_NO_YEAR) {
		member(out, key);
		fprintf(out, "%d", year);
	}
}

/* Members of an object that hold other members: {"a": 1, "b": 2}, each through value(). */
static void object(FILE *out, const struct inn_attr *a, uint32_t n)
{
	fputc('{', out);
	for (uint32_t i = 0; i < n; i++) {
		if (i)
			fputs(", ", out);
		inn_json_string(out, a[i].key);
		fputs(": ", out);
		value(out, &a[i].value);
	}
	fputc('}', out);
}

int inn_write_json(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	fprintf(out, "{\"directed\": %s, \"multigraph\": %s, \"graph\": ", m->directed ? "true" : "false",
		m->multigraph ? "true" : "false");
	object(out, m->graph_attrs, m->ngraph_attrs);
	fputs(",\n\"nodes\": [", out);
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *nx = inn_node_more(m, n);
		fputs(i ? ",\n" : "\n", out);
		fputs("{\"id\": ", out);
		inn_json_id(out, n);
		text_member(out, "kind", n->kind);
		text_member(out, "label", n->label);
		text_member(out, "label_zh", nx->label_zh);
		text_member(out, "provenance", nx->provenance);
		year_member(out, "since", nx->since);
		year_member(out, "until", nx->until);
		for (uint32_t k = 0; k < nx->nattrs; k++) {
			if (inn_columns_has(cols, nx->attrs[k].key))
				continue; /* the measure replaces it */
			member(out, nx->attrs[k].key);
			value(out, &nx->attrs[k].value);
		}
		for (size_t c = 0; cols && c < cols->count; c++) {
			member(out, cols->names[c]);
			inn_json_number(out, cols->values[c][i]);
		}
		fputc('}', out);
	}
	fputs("],\n\"links\": [", out);
	for (size_t i = 0; i < m->nlinks; i++) {
		const struct inn_link *l = &m->links[i];
		const struct inn_link_more *lx = inn_link_more(m, l);
		fputs(i ? ",\n" : "\n", out);
		fputs("{\"source\": ", out);
		inn_json_id(out, &m->nodes[l->source]);
		fputs(", \"target\": ", out);
		inn_json_id(out, &m->nodes[l->target]);
		text_member(out, "relation", inn_link_relation(m, l));
		if (l->has_weight) {
			member(out, "weight");
			inn_json_number(out, inn_link_weight(m, l));
		}
		text_member(out, "provenance", lx->provenance);
		year_member(out, "since", lx->since);
		year_member(out, "until", lx->until);
		for (uint32_t k = 0; k < lx->nattrs; k++) {
			member(out, lx->attrs[k].key);
			value(out, &lx->attrs[k].value);
		}
		fputc('}', out);
	}
	fputs("]", out);
	/* top-level members innonet keeps but does not interpret (a "styles" section) */
	for (uint32_t i = 0; i < m->nextra; i++) {
		fputs(",\n", out);
		inn_json_string(out, m->extra[i].key);
		fputs(": ", out);
		value(out, &m->extra[i].value);
	}
	fputs("}\n", out);
	return inn_write_check(out, "json", err);
}
