/*
 * load_control.c: the rule every reader applies to the text a model holds: no control character.
 * The JSON reader's scanner refuses them in the file itself (with line and column); DOT, GraphML
 * and CSV can carry them inside quoted names and cells, so the model those readers built is
 * checked as a whole. An id or label with ESC or BEL would otherwise reach SVG, GraphML, GEXF and
 * the HTML report, which XML and HTML cannot hold, and a terminal.
 */
#include <stdint.h>
#include <stdio.h>

#include "load_internal.h"

/* The first control character of s, as json_scan.c defines them (C0 but tab, newline and
 * carriage return; DEL; C1), or 0 when there is none. s is valid UTF-8. */
static uint32_t control_in(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F)
			return *p;
		if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) /* U+0080 to U+009F */
			return p[1];
	}
	return 0;
}

static int refuse(const char *origin, const char *where, const char *field, uint32_t cp, struct inn_error *err)
{
	return inn_error_set(err, INN_EINPUT,
			     "%s: %s: %s holds control character U+%04X (only tab, newline and carriage return may appear)",
			     origin, where, field, (unsigned)cp);
}

static int check_attrs(const char *origin, const char *where, const struct inn_attr *a, uint32_t n,
		       struct inn_error *err)
{
	char field[96];
	uint32_t cp;

	for (uint32_t k = 0; k < n; k++) {
		if ((cp = control_in(a[k].key)))
			return refuse(origin, where, "a key", cp, err);
		if ((a[k].value.type == INN_VAL_STRING || a[k].value.type == INN_VAL_JSON) &&
		    (cp = control_in(a[k].value.text))) {
			snprintf(field, sizeof(field), "'%.60s'", a[k].key);
			return refuse(origin, where, field, cp, err);
		}
	}
	return 0;
}

int inn_load_check_text(const struct inn_model *m, struct inn_error *err)
{
	char where[256];
	uint32_t cp;

	if (check_attrs(m->origin, "graph", m->graph_attrs, m->ngraph_attrs, err) < 0)
		return -1;
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *n = &m->nodes[i];
		const struct inn_node_more *x = inn_node_more(m, n);
		/* the message printer shows the control character in the quoted id as '?' */
		snprintf(where, sizeof(where), "node '%.60s'", n->id);
		if ((cp = control_in(n->id)))
			return refuse(m->origin, where, "its id", cp, err);
		if ((cp = control_in(n->label)))
			return refuse(m->origin, where, "label", cp, err);
		if ((cp = control_in(n->kind)))
			return refuse(m->origin, where, "kind", cp, err);
		if ((cp = control_in(x->label_zh)))
			return refuse(m->origin, where, "label_zh", cp, err);
		if ((cp = control_in(x->provenance)))
			return refuse(m->origin, where, "provenance", cp, err);
		if (check_attrs(m->origin, where, x->attrs, x->nattrs, err) < 0)
			return -1;
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		const struct inn_link_more *x = inn_link_more(m, l);
		snprintf(where, sizeof(where), "links[%zu] ('%.60s' %s '%.60s')", j, m->nodes[l->source].id,
			 m->directed ? "->" : "--", m->nodes[l->target].id);
		if ((cp = control_in(inn_link_relation(m, l))))
			return refuse(m->origin, where, "relation", cp, err);
		if ((cp = control_in(x->provenance)))
			return refuse(m->origin, where, "provenance", cp, err);
		if (check_attrs(m->origin, where, x->attrs, x->nattrs, err) < 0)
			return -1;
	}
	return 0;
}
