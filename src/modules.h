/*
 * modules.h: the parts of innonet that need large libraries, built as modules the innonet binary
 * loads only when a command uses them (modules.c): drawing and the DOT reader (Graphviz and
 * fontconfig: innonet-graphviz.so) and the GraphML and GEXF readers (on libxml2, no igraph:
 * innonet-graphml.so). A ranking then starts without loading some thirty libraries it never
 * calls. The unit tests and fuzz targets link the same code into themselves instead.
 */
#ifndef INNONET_MODULES_H
#define INNONET_MODULES_H

#include <stddef.h>
#include <stdio.h>

/*
 * Declared, not included: this table is shared by the binary (src/cli/modules.c) and by each
 * module, and the GraphML module (io layer) may not see the drawing layer's headers.
 */
struct inn_error;
struct inn_export_opts;
struct inn_late_ranks;
struct inn_model;
typedef struct Agraph_s Agraph_t;

/*
 * INN_MODULE_ABI: derived at build time from this header and every header whose functions or
 * structs the modules share with the binary (cmake/module-abi.cmake), so it changes whenever
 * one of them does, and a module of another build is refused, not called.
 */
#include "module_abi.h"

#define INN_GRAPHVIZ_MODULE "innonet-graphviz.so"
#define INN_GRAPHML_MODULE "innonet-graphml.so"

/* What innonet-graphviz.so exports, as the symbol inn_graphviz_module. */
struct inn_graphviz_module {
	unsigned abi;
	Agraph_t *(*dot_build)(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err);
	int (*dot_write)(Agraph_t *g, FILE *out, struct inn_error *err);
	int (*render)(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err);
	int (*render_late)(Agraph_t *g, const char *engine, const char *format, const struct inn_late_ranks *late,
			   FILE *out, struct inn_error *err);
	void (*dot_close)(Agraph_t *g);
	const char *(*version)(void);
	struct inn_model *(*load_dot)(const char *buf, size_t len, const char *origin, struct inn_error *err);
};

/* What innonet-graphml.so exports, as the symbol inn_graphml_module. */
struct inn_graphml_module {
	unsigned abi;
	struct inn_model *(*load_graphml)(const char *buf, size_t len, const char *origin, struct inn_error *err);
	struct inn_model *(*load_gexf)(const char *buf, size_t len, const char *origin, struct inn_error *err);
};

#endif
