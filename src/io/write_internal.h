/* write_internal.h: what the data writers share: column schemas, value text, XML escaping. */
#ifndef INNONET_WRITE_INTERNAL_H
#define INNONET_WRITE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "innonet/write.h"
#include "key_index.h"

/* The one type a column of free attributes gets in a typed format (GraphML, GEXF). */
enum inn_coltype { INN_COL_BOOL, INN_COL_LONG, INN_COL_DOUBLE, INN_COL_STRING };

/* The column type a single value would get. */
enum inn_coltype inn_coltype_of(const struct inn_value *v);

struct inn_schema_col {
	const char *key;       /* borrowed from the model */
	enum inn_coltype type; /* bool or numbers when every value is; else string */
};

/* The free attributes of every node (or link) in order of first appearance, and their types. */
struct inn_schema {
	struct inn_schema_col *cols; /* owned */
	size_t n, cap;
	struct inn_key_index index;  /* of cols by key; built at the first column */
};

/* A free attribute that has a column: the column and the value. */
struct inn_schema_hit {
	size_t col;
	const struct inn_value *value; /* borrowed from the model */
};

/*
 * The attributes of attrs[0..n) that have a column in s, into hits (room for n), in column
 * order; returns how many. n log n: a node of 300,000 keys is not quadratic.
 */
size_t inn_schema_hits(const struct inn_schema *s, const struct inn_attr *attrs, uint32_t n, struct inn_schema_hit *hits);

/* The most free attributes any node (nodes: true) or link has: the room inn_schema_hits needs. */
uint32_t inn_schema_max_attrs(const struct inn_model *m, bool nodes);

/* Nodes' attributes, leaving out those a measure column replaces. -1 when out of memory. */
int inn_schema_nodes(struct inn_schema *s, const struct inn_model *m, const struct inn_columns *cols,
		     struct inn_error *err);
int inn_schema_links(struct inn_schema *s, const struct inn_model *m, struct inn_error *err);
void inn_schema_release(struct inn_schema *s);

/* Whether a measure column replaces the free attribute key. */
bool inn_columns_has(const struct inn_columns *cols, const char *key);

/* s escaped for XML character data (attr: also for a double-quoted attribute value). */
void inn_xml_text(FILE *out, const char *s, bool attr);

/*
 * XML 1.0 cannot hold control characters other than tab, line feed and carriage return, not
 * even as references: a model with one in any string is refused, naming where it is.
 */
int inn_xml_check(const struct inn_model *m, const char *format, struct inn_error *err);

/*
 * The columns of the typed XML formats (write_columns.c): what a format does to declare a column
 * (key is its number, name its title, type GraphML's and GEXF's type name) and to write a value
 * of a node or link (a number is never NaN). arg is the writer's own.
 */
struct inn_xml_sink {
	void (*declare)(void *arg, size_t key, const char *name, const char *type);
	void (*text)(void *arg, size_t key, const char *text);
	void (*number)(void *arg, size_t key, double x);
	void *arg;
};

#define INN_NO_COL SIZE_MAX

/* The number of each typed field's column (INN_NO_COL: none), then of the free attributes and measures. */
struct inn_xml_cols {
	size_t kind, label, label_zh, provenance, since, until; /* nodes' */
	size_t relation, weight;                                /* links' */
	size_t free, measures;                                  /* the first of each */
};

/*
 * Declare the nodes' columns through s, numbered from 0: kind, label (when label: GEXF has its
 * own), label_zh, provenance, since and until, each when some node has it; then ns's free
 * attributes, then cols' measures.
 */
void inn_xml_node_columns(const struct inn_model *m, const struct inn_schema *ns, const struct inn_columns *cols,
			  bool label, const struct inn_xml_sink *s, struct inn_xml_cols *k);

/* The links' columns: relation, weight (when weight), provenance, since, until, then ls's free attributes. */
void inn_xml_link_columns(const struct inn_model *m, const struct inn_schema *ls, bool weight,
			  const struct inn_xml_sink *s, struct inn_xml_cols *k);

/* Node i's (link i's) values, in column order, through s; hits has the room inn_xml_schemas() gave it. */
void inn_xml_node_values(const struct inn_model *m, size_t i, const struct inn_schema *ns,
			 struct inn_schema_hit *hits, const struct inn_columns *cols, const struct inn_xml_cols *k,
			 const struct inn_xml_sink *s);
void inn_xml_link_values(const struct inn_model *m, size_t i, const struct inn_schema *ls,
			 struct inn_schema_hit *hits, const struct inn_xml_cols *k, const struct inn_xml_sink *s);

/*
 * Before a typed XML file is written: the model checked for XML (inn_xml_check), the schemas of
 * free attributes, and *hits (owned by the caller, free()) with room for any node's or link's.
 */
int inn_xml_schemas(const struct inn_model *m, const struct inn_columns *cols, const char *format,
		    struct inn_schema *ns, struct inn_schema *ls, struct inn_schema_hit **hits, struct inn_error *err);

/* The drawing a typed XML file carries: cols' when it places every node of m, else NULL. */
const struct inn_drawing *inn_xml_drawing(const struct inn_model *m, const struct inn_columns *cols);

/*
 * The XML declaration and the root element's start tag, built alike in GraphML and GEXF: root in
 * namespace ns, then draw_ns (the drawing's namespace declaration, NULL for none), XML Schema's,
 * the schema location (ns and xsd), then rest (more attributes after a space, or "").
 */
void inn_xml_root(FILE *out, const char *root, const char *ns, const char *draw_ns, const char *xsd, const char *rest);

/* A write error on out, as an error naming the format. */
int inn_write_check(FILE *out, const char *format, struct inn_error *err);

#endif
