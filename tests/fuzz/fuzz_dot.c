/*
 * fuzz_dot.c: a libFuzzer target for the DOT writer. Whatever the ids, labels, kinds and
 * relations, the DOT written must read back (with Graphviz's own parser) as the same graph: the
 * same nodes under the same names, the same number of edges and subgraphs, the same labels. A
 * label that escaped its quotes would change one of these. Every id is written as itself:
 * innonet's reader finds each one, and so does Graphviz's, but for an id beginning with '%',
 * which Graphviz renames.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_model.h"
#include "innonet/draw.h"
#include "innonet/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count_nodes(Agraph_t *g)
{
	size_t n = 0;

	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
		n++;
	return n;
}

/* The node of g named id: an id cgraph cannot write is held under a stand-in, named as the id. */
static Agnode_t *node_named(Agraph_t *g, const char *id)
{
	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
		if (strcmp(agnameof(v), id) == 0)
			return v;
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct inn_model *m;
	struct inn_error err;
	char *dot = NULL;
	size_t len = 0;
	FILE *out;
	Agraph_t *g, *g2;

	if (!(m = inn_fuzz_graph(data, size, &g)))
		return 0;
	inn_error_init(&err);
	out = open_memstream(&dot, &len);
	if (inn_dot_write(g, out, &err) == 0) {
		fclose(out);
		struct inn_model *back = inn_load_dot(dot, len, "fuzz.dot", &err);
		size_t at;
		if (!back) {
			fprintf(stderr, "innonet cannot read its DOT (%s):\n%s\n", err.msg, dot);
			abort();
		}
		for (size_t i = 0; i < m->nnodes; i++)
			if (!inn_model_find(back, m->nodes[i].id, &at)) {
				fprintf(stderr, "node '%s' did not read back in innonet:\n%s\n", m->nodes[i].id, dot);
				abort();
			}
		inn_model_free(back);
		if (!(g2 = agmemread(dot))) {
			fprintf(stderr, "DOT does not parse:\n%s\n", dot);
			abort();
		}
		if (count_nodes(g2) != count_nodes(g) || agnedges(g2) != agnedges(g)) {
			fprintf(stderr, "%zu nodes and %d edges read back as %zu and %d:\n%s\n", count_nodes(g),
				agnedges(g), count_nodes(g2), agnedges(g2), dot);
			abort();
		}
		for (size_t i = 0; i < m->nnodes; i++) {
			if (m->nodes[i].id[0] == '%')
				continue; /* Graphviz renames it */
			Agnode_t *n = node_named(g, m->nodes[i].id), *n2 = agnode(g2, (char *)m->nodes[i].id, 0);
			if (!n || !n2) {
				fprintf(stderr, "node '%s' did not read back:\n%s\n", m->nodes[i].id, dot);
				abort();
			}
			if (strcmp(agget(n, "label"), agget(n2, "label")) != 0 ||
			    strcmp(agget(n, "tooltip"), agget(n2, "tooltip")) != 0) {
				fprintf(stderr, "node '%s': label '%s' read back as '%s', tooltip '%s' as '%s'\n",
					m->nodes[i].id, agget(n, "label"), agget(n2, "label"), agget(n, "tooltip"),
					agget(n2, "tooltip"));
				abort();
			}
		}
		agclose(g2);
	} else {
		fprintf(stderr, "the DOT writer failed: %s\n", err.msg);
		abort(); /* it fails only when memory is gone */
	}
	free(dot);
	agclose(g);
	inn_model_free(m);
	return 0;
}
