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

/*
 * Fields few nodes carry. They live apart from struct inn_node, so that a large network of
 * bare nodes costs 32 bytes a node; inn_node_more() gives them for any node (all absent when
 * the node has none).
 */
struct inn_node_more {
	const char *label_zh;   /* NULL when absent */
	const char *provenance; /* where the node's facts come from; interned; NULL when absent */
	int since, until;       /* first and last year the node existed (inclusive); INN_NO_YEAR if unknown */
	uint32_t nattrs;
	struct inn_attr *attrs; /* every other field, in file order */
};

struct inn_node {
	const char *id;         /* unique within the model; an integer id is kept as its decimal text */
	const char *kind;       /* interned; NULL when absent */
	const char *label;      /* NULL when absent: inn_node_label() falls back to the id */
	uint32_t more;          /* 0: no other field; else 1 + its record's index in the model's node_more */
	bool id_is_int;         /* the file gave the id as a JSON integer: writers give it back as one */
};

/* Fields few links carry, as for nodes: a link of a large edge list costs 32 bytes. */
struct inn_link_more {
	const char *provenance; /* interned; NULL when absent */
	int since, until;       /* as for nodes */
	uint32_t nattrs;
	struct inn_attr *attrs; /* every other field, in file order (including a multigraph's "key") */
};

/*
 * A link: 16 bytes, so that a million of them take 16 MB. Its relation is a number standing for
 * an interned string and its weight lives in an array of its own, allocated only when some link
 * has one: inn_link_relation() and inn_link_weight() read them, inn_model_set_relation() and
 * inn_model_set_weight() write them.
 */
struct inn_link {
	uint32_t source, target; /* node indices */
	uint32_t relation;       /* 0: none; else 1 + its index in the model's relations */
	uint32_t more : 31;      /* 0: no other field; else 1 + its record's index in the model's link_more */
	uint32_t has_weight : 1; /* the link has a "weight"; without one it weighs 1, as in NetworkX */
};

struct inn_id_slot;

struct inn_model {
	bool directed;
	bool multigraph; /* false: no two links join the same pair of nodes (loaders refuse them) */
	const char *name;  /* graph.name; NULL when absent */
	const char *as_of; /* graph.as_of; NULL when absent */
	uint32_t ngraph_attrs;
	struct inn_attr *graph_attrs; /* every member of "graph", name and as_of included, in file order */
	uint32_t nextra;
	struct inn_attr *extra;       /* top-level members innonet does not interpret (e.g. "styles") */
	size_t nnodes, nlinks;
	struct inn_node *nodes;       /* model order = file order */
	struct inn_link *links;
	struct inn_node_more *node_more; /* the records nodes' `more` point at; owned */
	struct inn_link_more *link_more; /* the records links' `more` point at; owned */
	double *weights;              /* per link, read where has_weight is set; owned; NULL until one is */
	const char **relations;       /* the relations links name, each interned in the arena; owned array */
	size_t nrelations;
	const char *origin;           /* where the model came from, for messages ("model.json") */
	struct inn_arena *arena;      /* owns the strings and attribute arrays */
	/* private: growth and the id index */
	size_t nodes_cap, links_cap, nnode_more, node_more_cap, nlink_more, link_more_cap, relations_cap;
	uint32_t *relation_index;     /* open addressing by string address: relation number, 0 = empty */
	size_t relation_index_size;
	struct inn_id_slot *index;    /* open addressing (model.c) */
	size_t index_size;
};

/* All fields absent: what inn_node_more() and inn_link_more() give for a node or link with none. */
extern const struct inn_node_more inn_no_node_more;
extern const struct inn_link_more inn_no_link_more;

/* The rarely given fields of node n of m. */
static inline const struct inn_node_more *inn_node_more(const struct inn_model *m, const struct inn_node *n)
{
	return n->more ? &m->node_more[n->more - 1] : &inn_no_node_more;
}

static inline const struct inn_link_more *inn_link_more(const struct inn_model *m, const struct inn_link *l)
{
	return l->more ? &m->link_more[l->more - 1] : &inn_no_link_more;
}

/* The relation link l names (interned), or NULL. */
static inline const char *inn_link_relation(const struct inn_model *m, const struct inn_link *l)
{
	return l->relation ? m->relations[l->relation - 1] : NULL;
}

/* Link l's weight: its own, or 1. */
static inline double inn_link_weight(const struct inn_model *m, const struct inn_link *l)
{
	return l->has_weight ? m->weights[l - m->links] : 1.0;
}

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
 * Append a link between two existing nodes, all other fields cleared (weight 1, no relation).
 * The pointer is valid until the next link is added; NULL when out of memory.
 */
struct inn_link *inn_model_add_link(struct inn_model *m, uint32_t source, uint32_t target);

/*
 * The rarely given fields of node i (or link j), to be filled in: the record is made when the
 * node has none. The pointer is valid until the next record is made; NULL when out of memory.
 */
struct inn_node_more *inn_model_node_more(struct inn_model *m, size_t i);
struct inn_link_more *inn_model_link_more(struct inn_model *m, size_t j);

/* Set link j's relation to a copy of relation (interned; NULL: none). -1 when out of memory. */
int inn_model_set_relation(struct inn_model *m, size_t j, const char *relation);

/* Give link j the weight w. -1 when out of memory. */
int inn_model_set_weight(struct inn_model *m, size_t j, double w);

/*
 * Give the graph attribute key the value v (its text, if any, copied into m's arena), replacing
 * the one the file had, else added last: -1 when out of memory.
 */
int inn_model_set_graph_attr(struct inn_model *m, const char *key, struct inn_value v);

/* Give node i (link j) the fields of x, unless x holds none. -1 when out of memory. */
int inn_model_put_node_more(struct inn_model *m, size_t i, const struct inn_node_more *x);
int inn_model_put_link_more(struct inn_model *m, size_t j, const struct inn_link_more *x);

/*
 * The first link, in model order, that joins the same pair of nodes as an earlier one (the same
 * ordered pair when directed): *repeat is its index and *first that of the earlier link, or
 * *repeat is SIZE_MAX when no two links do. Time and memory proportional to the nodes and
 * links (a counting sort by node, not a table of pairs a crafted file could fill with
 * collisions); -1 when out of memory.
 */
int inn_model_find_parallel(const struct inn_model *m, size_t *repeat, size_t *first);

/* Position of the node whose id is id. */
bool inn_model_find(const struct inn_model *m, const char *id, size_t *index);

/* The same for the id id[0 .. len), which need not end in a NUL (read straight from a file). */
bool inn_model_find_n(const struct inn_model *m, const char *id, size_t len, size_t *index);

/*
 * Ask the processor for the index slot of id[0 .. len) ahead of its lookup: a reader that knows
 * the next few ids overlaps their cache misses with its work (the JSON reader, on link ends).
 */
void inn_model_prefetch(const struct inn_model *m, const char *id, size_t len);

/* The value stored under key, or NULL. */
const struct inn_value *inn_attr_get(const struct inn_attr *attrs, uint32_t n, const char *key);

/* The label to show: label, else the id. */
const char *inn_node_label(const struct inn_node *n);

/*
 * The order of kinds listed with a count each (the kinds' mixing, a community's make-up), as
 * qsort wants it: the larger count first, then the kind's name in byte order, no kind (NULL) last.
 */
int inn_kind_count_cmp(size_t count_a, const char *kind_a, size_t count_b, const char *kind_b);

/*
 * The network's name in a language: graph.name_zh in Chinese (zh) when the model gives one, else
 * graph.name; NULL when there is neither. Borrowed from m.
 */
const char *inn_model_name(const struct inn_model *m, bool zh);

/*
 * A number attribute of a link: "weight" is the weight field, any other key a free attribute.
 * False when the link has no number under that key.
 */
bool inn_link_number(const struct inn_model *m, const struct inn_link *l, const char *key, double *out);

/*
 * A new model holding the kept nodes and links (keep_link may be NULL: every link whose two
 * ends are kept). Node order and link order are preserved. NULL when out of memory.
 * This is how scenarios, --kind filters and --as-of snapshots work: on a copy, never in place.
 */
struct inn_model *inn_model_select(const struct inn_model *m, const bool *keep_node,
				   const bool *keep_link);

/*
 * Hubs of the model's own making: nodes that at least INN_HUB_MEMBERS links, and more than half
 * of their links, join as `part_of` them (a programme every institute is drawn as part of). Their
 * degree and the paths through them say how the model records membership, not who brokers.
 * hub[i] and members[i] (node i's part_of links) are filled for every node (the caller's arrays
 * of nnodes entries); returns the number of hubs, or SIZE_MAX when memory runs out.
 */
#define INN_HUB_MEMBERS 5
size_t inn_model_part_of_hubs(const struct inn_model *m, bool *hub, size_t *members);

#endif
