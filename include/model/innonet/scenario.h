/* scenario.h: what-if scenarios: removals, additions and weight changes applied to a copy of a model. */
#ifndef INNONET_SCENARIO_H
#define INNONET_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/arena.h"
#include "innonet/error.h"
#include "innonet/model.h"

/* Links named by their ends (ids) and optionally their relation: without one, every link between the two. */
struct inn_link_ref {
	const char *source, *target; /* node ids */
	const char *relation;        /* NULL: any relation */
};

struct inn_weight_change {
	struct inn_link_ref link;
	double weight;
};

/*
 * A scenario. Ownership: every string and array lives in `arena`; `add` is owned. Node ids are
 * ids, not labels: the command line resolves labels before they get here.
 */
struct inn_scenario {
	const char *name;        /* shown in reports; never NULL */
	const char *description; /* NULL when absent */
	const char *origin;      /* the file it came from, for messages ("--remove" for the command line) */
	const char **remove;     /* node ids to remove */
	size_t nremove;
	const char **remove_kinds; /* every node of these kinds is removed */
	size_t nremove_kinds;
	struct inn_link_ref *remove_links;
	size_t nremove_links;
	struct inn_model *add;   /* nodes and links to add, or NULL */
	struct inn_weight_change *weights;
	size_t nweights;
	struct inn_arena *arena;
	size_t cap_remove, cap_kinds, cap_links, cap_weights; /* private: growth */
};

/* An empty scenario called name; NULL when out of memory. */
struct inn_scenario *inn_scenario_new(const char *name, const char *origin);
void inn_scenario_free(struct inn_scenario *s); /* accepts NULL */

/* Append to the lists (strings are copied). Return 0, or -1 when out of memory (err filled). */
int inn_scenario_remove_node(struct inn_scenario *s, const char *id, struct inn_error *err);
int inn_scenario_remove_kind(struct inn_scenario *s, const char *kind, struct inn_error *err);
int inn_scenario_remove_link(struct inn_scenario *s, const struct inn_link_ref *l, struct inn_error *err);
int inn_scenario_set_weight(struct inn_scenario *s, const struct inn_link_ref *l, double w, struct inn_error *err);
/* Add the nodes and links of add (a node-link model); the scenario takes ownership. Only one. */
int inn_scenario_set_add(struct inn_scenario *s, struct inn_model *add, struct inn_error *err);

/*
 * A scenario applied to a model. `merged` is the model with the additions and the weight changes:
 * its first nbefore_nodes nodes and nbefore_links links are the original model's, in the same
 * order, so an index below those counts means the same node or link in both. `after` is merged
 * without what the scenario removes.
 */
struct inn_scenario_result {
	struct inn_model *merged;  /* owned */
	struct inn_model *after;   /* owned */
	size_t nbefore_nodes, nbefore_links;
	bool *removed_node;        /* per merged node; owned */
	bool *removed_link;        /* per merged link (removed itself or through an end); owned */
	bool *reweighted_link;     /* per merged link; owned */
	size_t *after_node;        /* merged node -> its index in after, SIZE_MAX when removed; owned */
	size_t *after_link;        /* merged link -> its index in after, SIZE_MAX when removed; owned */
};

/*
 * Apply s to m (m is not changed). Unknown ids, kinds no node has, links that do not exist and
 * additions that clash with the model are input errors naming the scenario and the subject.
 * r is emptied first; the caller releases it, also after a failure.
 */
int inn_scenario_apply(const struct inn_model *m, const struct inn_scenario *s, struct inn_scenario_result *r,
		       struct inn_error *err);
void inn_scenario_result_release(struct inn_scenario_result *r); /* accepts a zeroed result */

#endif
