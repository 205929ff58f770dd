/*
 * fuzz_dot.c: a libFuzzer target for the DOT writer. Whatever the ids, labels, kinds and
 * relations, the DOT written must read back (with Graphviz's own parser) as the same graph: the
 * same nodes under the same names, the same number of edges and subgraphs, the same labels. A
 * label that escaped its quotes would change one of these. An id Graphviz cannot write is
 * refused with an error, which is an answer too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_model.h"
#include "innonet/export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count_nodes(Agraph_t *g)
{
	size_t n = 0;

	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
		n++;
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_model *m;
	struct inn_error err;
	char *dot = NULL;
	size_t len = 0;
	FILE *out;
	Agraph_t *g, *g2;
	int legend;

	if (!(m = inn_fuzz_model(data, size, &legend)))
		return 0;
	o.legend = legend;
	inn_error_init(&err);
	if (!(g = inn_dot_build(m, &o, &err)))
		abort(); /* building only fails when memory is gone */
	out = open_memstream(&dot, &len);
	if (inn_dot_write(g, out, &err) == 0) {
		fclose(out);
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
			Agnode_t *n = agnode(g, (char *)m->nodes[i].id, 0), *n2 = agnode(g2, (char *)m->nodes[i].id, 0);
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
		fclose(out);
		if (err.status != INN_EINPUT)
			abort();
	}
	free(dot);
	agclose(g);
	inn_model_free(m);
	return 0;
}
