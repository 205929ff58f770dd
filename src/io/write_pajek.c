/*
 * write_pajek.c: the model as a Pajek .net file that Pajek, UCINET, igraph, NetworkX and innonet
 * all read: "*Network NAME", "*Vertices N" with one line a node (its number and its id in
 * quotes, Pajek's label, which NetworkX and innonet read as the id), then "*Arcs" (directed) or
 * "*Edges" with one line a link: the two numbers, the weight, and the relation as Pajek's link
 * label (l "funds"). Nothing else is written: NetworkX's "key value" pairs would carry more, but
 * igraph (and Pajek) refuse a file that has them (docs/formats.md lists what Pajek loses).
 */
#include <string.h>

#include "innonet/text.h"
#include "write_internal.h"

/* Pajek quotes with '"' and has no escape: text holding one, or a line break, cannot be written. */
static bool writable(const char *s)
{
	return !strpbrk(s, "\"\n\r");
}

static int check(const struct inn_model *m, struct inn_error *err)
{
	for (size_t i = 0; i < m->nnodes; i++)
		if (!writable(m->nodes[i].id))
			return inn_error_set(err, INN_EINPUT,
					     "pajek: node id '%.60s' holds a double quote or a line break, which Pajek cannot hold "
					     "(write GraphML or JSON)", m->nodes[i].id);
	for (size_t j = 0; j < m->nlinks; j++) {
		const char *relation = inn_link_relation(m, &m->links[j]);
		if (relation && !writable(relation))
			return inn_error_set(err, INN_EINPUT,
					     "pajek: the relation of link %zu holds a double quote or a line break, which Pajek "
					     "cannot hold (write GraphML or JSON)", j + 1);
	}
	return 0;
}

static void node_line(FILE *out, const struct inn_model *m, size_t i)
{
	fprintf(out, "%zu \"%s\"\n", i + 1, m->nodes[i].id);
}

/* Pajek's link label ("l") carries the relation: igraph reads it as the attribute "l", NetworkX too. */
static void link_line(FILE *out, const struct inn_model *m, const struct inn_link *l)
{
	const char *relation = inn_link_relation(m, l);
	char w[64];

	fprintf(out, "%u %u", l->source + 1, l->target + 1);
	if (l->has_weight || relation) {
		inn_fmt_double(w, sizeof(w), inn_link_weight(m, l));
		fprintf(out, " %s", w);
	}
	if (relation)
		fprintf(out, " l \"%s\"", relation);
	fputc('\n', out);
}

int inn_write_pajek(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err)
{
	(void)cols; /* Pajek has no place for them: see the top of the file */
	if (check(m, err) < 0)
		return -1;
	if (m->name && writable(m->name))
		fprintf(out, "*Network %s\n", m->name);
	fprintf(out, "*Vertices %zu\n", m->nnodes);
	for (size_t i = 0; i < m->nnodes; i++)
		node_line(out, m, i);
	fputs(m->directed ? "*Arcs\n" : "*Edges\n", out);
	for (size_t j = 0; j < m->nlinks; j++)
		link_line(out, m, &m->links[j]);
	return inn_write_check(out, "pajek", err);
}
