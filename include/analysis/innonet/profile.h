/*
 * profile.h: the network-level profile of `innonet compare` and `innonet stats`: Freeman
 * centralizations as R's sna::centralization computes them, Krackhardt's four measures of
 * hierarchy (directed models), and each kind's share of the nodes, links and brokerage.
 */
#ifndef INNONET_PROFILE_H
#define INNONET_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"
#include "innonet/mixing.h"
#include "innonet/stats.h"

/* One kind's part of the network. */
struct inn_profile_kind {
	const char *kind;      /* borrowed from the model; NULL: the nodes without a kind */
	double node_share;     /* its nodes over all nodes */
	double link_share;     /* links with at least one end of the kind over all links (simple graph) */
	double brokerage_share; /* the sum of its nodes' betweenness over the sum of all; NaN when that is 0 */
};

/* Above these node counts the Krackhardt measures that need the reachability matrix are left
   undefined: hierarchy keeps n^2 bits, least upper boundedness takes up to n^4 / 64 steps. */
#define INN_PROFILE_MAX_HIERARCHY 8000
#define INN_PROFILE_MAX_LUBNESS 400

struct inn_profile {
	bool directed;
	double largest_share; /* nodes in the largest (weak) component over all nodes; NaN without nodes */
	/*
	 * Freeman centralization: sum over nodes of (max - c) over sna's theoretical maximum
	 * (tmaxdev). Degree and betweenness follow the model's direction (sna's "digraph" mode and
	 * Freeman degree, in + out, on a directed model); closeness and eigenvector are those of the
	 * undirected view (mode = "graph"), closeness undefined when that view is disconnected. NaN
	 * with fewer than 3 nodes.
	 */
	double degree_centralization, betweenness_centralization;
	double closeness_centralization, eigenvector_centralization;
	/* Krackhardt (1994), directed models only (NaN otherwise), as sna computes them */
	double connectedness; /* sna::connectedness */
	double hierarchy;     /* sna::hierarchy(measure = "krackhardt") */
	double efficiency;    /* sna::efficiency */
	double lubness;       /* sna::lubness */
	struct inn_profile_kind *kinds; /* in the order of inn_mixing.kinds; owned */
	size_t nkinds;
};

/*
 * The profile of net's model, from its statistics and mixing already computed (s and x of the
 * same net). p is emptied first; the caller releases it, also after a failure.
 */
int inn_profile_compute(struct inn_net *net, const struct inn_stats *s, const struct inn_mixing *x,
			struct inn_profile *p, struct inn_error *err);
void inn_profile_release(struct inn_profile *p); /* accepts a zeroed struct */

/*
 * The profile as rows, one measure each, in the order `compare` lists them: what `compare`
 * puts side by side and `stats` adds to its own statistics (one code path for both).
 */
struct inn_profile_row {
	const char *key;    /* CSV and JSON name, e.g. "degree_centralization" */
	const char *label;  /* the table's words, e.g. "degree centralization" */
	const char *of;     /* per-kind rows: the kind ("(no kind)" for none); NULL otherwise; borrowed */
	bool integer;       /* a count: written without decimals */
	bool directed_only; /* defined on directed models only */
	bool in_stats;      /* `stats` already gives it among its own statistics */
	double value;       /* NaN: undefined */
};

/* How many rows inn_profile_rows() writes at most. */
size_t inn_profile_nrows(const struct inn_profile *p);
/* rows[0 .. return) of the profile p of the model whose statistics and mixing are s and x. */
size_t inn_profile_rows(const struct inn_stats *s, const struct inn_mixing *x, const struct inn_profile *p,
			struct inn_profile_row *rows);

/*
 * Several models' profiles side by side (`compare`, `report --compare`): the rows of the first
 * model, then the rows only later models have (a kind the first lacks), each with one value a
 * model (NaN where a model has no such row: the kind is absent, its share is 0 and shown so).
 * Rows of directed-only measures are left out when no model is directed.
 */
struct inn_profile_table {
	size_t nmodels, nrows;
	struct inn_profile_row *rows; /* key, label and of of each row (value unused); owned */
	double *values;               /* nrows x nmodels, row by row; owned */
};

/* Analyse each of models[0 .. n) and build t; the caller releases t, also after a failure. */
int inn_profile_table_build(const struct inn_model *const *models, size_t n, struct inn_profile_table *t,
			    struct inn_error *err);
void inn_profile_table_release(struct inn_profile_table *t); /* accepts a zeroed struct */

#endif
