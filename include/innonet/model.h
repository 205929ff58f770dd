/* model.h: the typed network model: nodes, links and their attributes, in file order; data only, no I/O. */
#ifndef INNONET_MODEL_H
#define INNONET_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "innonet/arena.h"

/*
 * Ownership: a model owns everything it points to. Strings and attribute arrays live in its
 * arena; the node and link arrays are its own. Freeing the model frees all of them, so a
 * pointer obtained from a model is valid exactly as long as the model.
 */

enum inn_vtype {
	INN_VAL_NULL,
	INN_VAL_BOOL,
	INN_VAL_NUMBER,
	INN_VAL_STRING,
	INN_VAL_JSON, /* an array or object, kept as compact JSON text */
};

/* A number that a source gives only as a lower bound ("more than 140 members"). */
enum inn_bound {
	INN_BOUND_EXACT,
	INN_BOUND_MORE_THAN, /* written {"more_than": N} */
	INN_BOUND_AT_LEAST,  /* written {"at_least": N} */
};

struct inn_value {
	enum inn_vtype type;
	enum inn_bound bound; /* INN_VAL_NUMBER only */
	bool boolean;         /* INN_VAL_BOOL */
	double number;        /* INN_VAL_NUMBER */
	const char *text;     /* INN_VAL_STRING: the string; INN_VAL_JSON: its JSON text */
};

struct inn_attr {
	const char *key; /* interned */
	struct inn_value value;
};

/* A year field that is absent. */
#define INN_NO_YEAR 0

struct inn_node {
	const char *id;         /* unique within the model; an integer id is kept as its decimal text */
	bool id_is_int;         /* the file gave the id as a JSON integer: writers give it back as one */
	const char *kind;       /* interned; NULL when absent */
	const char *label;      /* NULL when absent: inn_node_label() falls back to the id */
	const char *label_zh;   /* NULL when absent */
	const char *provenance; /* where the node's facts come from; NULL when absent */
	int since, until;       /* first and last year the node existed (inclusive); INN_NO_YEAR if unknown */
	uint32_t nattrs;
	struct inn_attr *attrs; /* every other field, in file order */
};

struct inn_link {
	uint32_t source, target; /* node indices */
	const char *relation;    /* interned; reads "source <relation> target"; NULL when absent */
	const char *provenance;  /* NULL when absent */
	bool has_weight;
	double weight;           /* the link's "weight"; 1 when absent, as in NetworkX */
	int since, until;        /* as for nodes */
	uint32_t nattrs;
	struct inn_attr *attrs;  /* every other field, in file order (including a multigraph's "key") */
};

struct inn_model {
	bool directed;
	bool multigraph;
	const char *name;  /* graph.name; NULL when absent */
	const char *as_of; /* graph.as_of; NULL when absent */
	uint32_t ngraph_attrs;
	struct inn_attr *graph_attrs; /* every member of "graph", name and as_of included, in file order */
	uint32_t nextra;
	struct inn_attr *extra;       /* top-level members innonet does not interpret (e.g. "styles") */
	size_t nnodes, nlinks;
	struct inn_node *nodes;       /* model order = file order */
	struct inn_link *links;
	const char *origin;           /* where the model came from, for messages ("model.json") */
	struct inn_arena *arena;      /* owns the strings and attribute arrays */
	/* private: growth and the id index */
	size_t nodes_cap, links_cap;
	uint32_t *index;              /* open addressing, 2 per slot: node index + 1 (0 = empty), id hash */
	size_t index_size;
};

enum inn_model_rc {
	INN_MODEL_OK = 0,
	INN_MODEL_ENOMEM = -1,
	INN_MODEL_EDUP = -2,     /* a node with that id exists */
	INN_MODEL_ETOOBIG = -3,  /* more nodes than a uint32_t can index */
};

/* An empty undirected model whose messages name origin (copied); NULL when out of memory. */
struct inn_model *inn_model_new(const char *origin);
void inn_model_free(struct inn_model *m); /* accepts NULL */

/* Append a node with a copy of id; on success *index is its position. */
int inn_model_add_node(struct inn_model *m, const char *id, bool id_is_int, size_t *index);

/*
 * Append a link between two existing nodes, all other fields cleared (weight 1).
 * The pointer is valid until the next link is added; NULL when out of memory.
 */
struct inn_link *inn_model_add_link(struct inn_model *m, uint32_t source, uint32_t target);

/* Position of the node whose id is id. */
bool inn_model_find(const struct inn_model *m, const char *id, size_t *index);

/* The value stored under key, or NULL. */
const struct inn_value *inn_attr_get(const struct inn_attr *attrs, uint32_t n, const char *key);

/* The label to show: label, else the id. */
const char *inn_node_label(const struct inn_node *n);

/*
 * A number attribute of a link: "weight" is the weight field, any other key a free attribute.
 * False when the link has no number under that key.
 */
bool inn_link_number(const struct inn_link *l, const char *key, double *out);

/*
 * A new model holding the kept nodes and links (keep_link may be NULL: every link whose two
 * ends are kept). Node order and link order are preserved. NULL when out of memory.
 * This is how scenarios, --kind filters and --as-of snapshots work: on a copy, never in place.
 */
struct inn_model *inn_model_select(const struct inn_model *m, const bool *keep_node,
				   const bool *keep_link);

#endif
