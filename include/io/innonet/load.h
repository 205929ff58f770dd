/* load.h: model readers. Each turns one input format into a typed model and knows nothing else. */
#ifndef INNONET_LOAD_H
#define INNONET_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"
#include "innonet/scenario.h"

/* The name messages give the built-in model. */
#define INN_EMBEDDED_ORIGIN "nnmi-2016.json (built in)"

/*
 * Limits on what a model may hold, each refused with a message naming it instead of exhausting
 * memory or time (docs/errors.md). They are far above real networks: a model of 200,000 nodes
 * and 1,000,000 links with a few attributes each is about 140 MB and 8 million JSON values.
 */
#define INN_MAX_INPUT_BYTES ((size_t)1 << 30)   /* 1 GiB of model text */
#define INN_MAX_JSON_VALUES 50000000u           /* values: a bound on the work of reading a file */
#define INN_MAX_JSON_DEPTH 512                  /* arrays and objects inside one another */
#define INN_MAX_STRING_BYTES ((size_t)1 << 20)  /* 1 MiB for any one string or key */

/*
 * Load a model: path is a file, "-" for standard input, or NULL for the built-in NNMI 2016
 * model. The format follows the file's extension (load_detect.c: .json, .graphml, .gexf,
 * .dot/.gv, .csv, .net/.paj, .dl, .edgelist/.edges/.ncol ..., .graphmlz and any of them under
 * .gz); standard input and any other extension (.txt, .xml ...) are told by their content, as
 * inn_load_as() with no format. Gzipped bytes are inflated first (gunzip.h), whatever the name.
 * Returns a model the caller frees with inn_model_free(), or NULL with err filled.
 */
struct inn_model *inn_load(const char *path, struct inn_error *err);

/* The formats innonet reads (docs/formats.md); INN_FMT_AUTO: tell from the extension or content. */
enum inn_model_format {
	INN_FMT_AUTO,
	INN_FMT_JSON,
	INN_FMT_GRAPHML,
	INN_FMT_GEXF,
	INN_FMT_DOT,
	INN_FMT_CSV,
	INN_FMT_PAJEK,
	INN_FMT_DL,
	INN_FMT_EDGELIST,
	INN_FMT_LGL,
	INN_FMT_ADJLIST,
	INN_FMT_GML,
	INN_FMT_GRAPH6,
	INN_FMT_LEDA,
	INN_FMT_DIMACS,
	INN_FMT_MLADJLIST,
	INN_FMT_ADJACENCY_JSON,
	INN_FMT_CYTOSCAPE_JSON,
	INN_FMT_TREE_JSON,
	INN_FMT_ADJACENCY_MATRIX,
};

/* The names --input-format takes, as listed in INN_INPUT_FORMATS ("net" is Pajek too). */
#define INN_INPUT_FORMATS                                                                                     \
	"json, graphml, gexf, gml, dot, csv, pajek, dl, edgelist, lgl, adjlist, multiline-adjlist, graph6, "      \
	"sparse6, leda, dimacs, adjacency-json, cytoscape-json, tree-json or adjacency-matrix"
bool inn_model_format_parse(const char *name, enum inn_model_format *f);
const char *inn_model_format_name(enum inn_model_format f);

/*
 * The format a path's extension names (any case), or INN_FMT_AUTO (.txt, none, unknown ones). A
 * final .gz is looked through (a.graphml.gz is GraphML), and .graphmlz is python-igraph's gzipped
 * GraphML; load.c inflates any gzip stream, whatever its name.
 */
enum inn_model_format inn_model_format_of(const char *path);

/* The format the first bytes of buf show, or INN_FMT_AUTO when they show none (load_detect.c). */
enum inn_model_format inn_model_format_sniff(const char *buf, size_t len);

/*
 * inn_load() with the format named (format, one of INN_INPUT_FORMATS; NULL: from the extension,
 * else from the content, as for standard input). A file whose format cannot be told is refused
 * with a message that says to name it.
 */
struct inn_model *inn_load_as(const char *path, const char *format, struct inn_error *err);

/* inn_load_as() for a file some other option names the format of (whatif's --add-format). */
struct inn_model *inn_load_named(const char *path, const char *format, const char *format_option,
				 struct inn_error *err);

/*
 * Parse NetworkX node-link JSON held in memory. buf[len] must be '\0' (the parser relies on
 * it); origin names the input in messages. The caller keeps buf.
 */
struct inn_model *inn_load_json(const char *buf, size_t len, const char *origin,
				struct inn_error *err);

/*
 * Read a CSV edge list, links_path ("-": standard input), with an optional node table,
 * nodes_path (NULL when there is none), in one streaming pass. Without a node table the nodes
 * are the link ends, in order of first appearance; with one, links may only join its nodes.
 * The model is undirected, and a multigraph when two links join the same pair. See
 * docs/formats.md for the columns.
 */
struct inn_model *inn_load_csv(const char *links_path, const char *nodes_path, struct inn_error *err);

/* The same from memory (tests, fuzzing): nodes may be NULL; the buffers need no final NUL. */
struct inn_model *inn_load_csv_mem(const char *links, size_t links_len, const char *links_origin,
				   const char *nodes, size_t nodes_len, const char *nodes_origin,
				   struct inn_error *err);

/* GraphML (igraph's reader) held in memory; buf[len] must be '\0'. */
struct inn_model *inn_load_graphml(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* Graphviz DOT (cgraph's reader) held in memory; buf[len] must be '\0'. */
struct inn_model *inn_load_dot(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* GEXF 1.2 or 1.3 (libxml2's reader, in the GraphML module) held in memory; buf[len] must be '\0'. */
struct inn_model *inn_load_gexf(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* Pajek .net (load_pajek.c), UCINET DL (load_dl.c) and whitespace edge lists (load_edgelist.c). */
struct inn_model *inn_load_pajek(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_dl(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_edgelist(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* GML as NetworkX and igraph write it (load_gml.c). */
struct inn_model *inn_load_gml(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* igraph's LGL (load_lgl.c) and NetworkX's adjacency lists (load_adjlist.c). */
struct inn_model *inn_load_lgl(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_adjlist(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* graph6 and sparse6 (load_graph6.c), LEDA (load_leda.c), DIMACS (load_dimacs.c), NetworkX's
 * multiline adjacency lists (load_mladjlist.c). */
struct inn_model *inn_load_graph6(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_leda(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_dimacs(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_mladjlist(const char *buf, size_t len, const char *origin, struct inn_error *err);

/* NetworkX's adjacency_data, cytoscape_data and tree_data JSON (load_json_nx.c). */
struct inn_model *inn_load_adjacency_json(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_cytoscape_json(const char *buf, size_t len, const char *origin, struct inn_error *err);
struct inn_model *inn_load_tree_json(const char *buf, size_t len, const char *origin, struct inn_error *err);

/*
 * python-igraph's write_adjacency: N lines of N numbers, a square matrix, its vertices 0 .. N-1
 * (load_matrix.c).
 */
struct inn_model *inn_load_adjacency_matrix(const char *buf, size_t len, const char *origin, struct inn_error *err);

/*
 * Which of NetworkX's JSON layouts a JSON text is, from the keys of its top-level object:
 * "adjacency", "elements", "children" without "nodes", or else node-link (INN_FMT_JSON).
 */
enum inn_model_format inn_json_layout(const char *buf, size_t len);

/*
 * When inn_model_format_sniff() finds none: the formats the text could be, for the message
 * ("an edge list (edgelist) or an adjacency list (adjlist)"), or NULL when it is none of them.
 */
const char *inn_model_format_candidates(const char *buf, size_t len);

/* 1-based line and column (in characters) of byte offset off in buf. */
void inn_text_position(const char *buf, size_t off, size_t *line, size_t *col);

/*
 * Read a scenario file (JSON, load_scenario.c; format in docs/scenarios.md). Its "add" member, a node-link
 * fragment, is read by the model loader. NULL with err filled on failure.
 */
struct inn_scenario *inn_scenario_load(const char *path, struct inn_error *err);

/* The same for the text of one held in memory (buf[len] must be '\0'); path names it in messages. */
struct inn_scenario *inn_scenario_parse(const char *buf, size_t len, const char *path, struct inn_error *err);

#endif
