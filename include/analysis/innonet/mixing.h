/* mixing.h: how far the network keeps to kinds (modularity and E-I index by kind), and directed structure (triads, reciprocity). */
#ifndef INNONET_MIXING_H
#define INNONET_MIXING_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

/* The links of one kind's nodes: within the kind and to other kinds. */
struct inn_kind_ei {
	const char *kind;  /* borrowed from the model; NULL: the nodes without a kind */
	size_t nodes;      /* nodes of this kind */
	size_t internal;   /* links with both ends of this kind */
	size_t external;   /* links with one end of this kind and the other not */
	double ei;         /* (external - internal) / (external + internal); NaN without links */
};

struct inn_mixing {
	/*
	 * networkx.community.modularity of the partition by kind (the nodes without a kind one
	 * group): over the simple graph, directed as the model is; NaN without links.
	 */
	double kind_modularity;
	struct inn_kind_ei *kinds; /* by number of nodes, then name (no kind last), as stats lists kinds; owned */
	size_t nkinds;
	size_t internal, external; /* over all links of the simple graph, direction ignored */
	double ei;                 /* Krackhardt and Stern's E-I index of the whole network */
	/* directed models only */
	bool directed;
	double triads[16];   /* nx.triadic_census, in its order 003, 012, 102, 021D, ... 300 */
	double reciprocity;  /* nx.reciprocity: the share of links whose reverse is also a link */
};

/* The names of the 16 triad types, in the order of inn_mixing.triads. */
extern const char *const inn_triad_names[16];

/*
 * Mixing by kind, the triad census and reciprocity of net's model. x is emptied first; the caller
 * releases it, also after a failure.
 */
int inn_mixing_compute(struct inn_net *net, struct inn_mixing *x, struct inn_error *err);
void inn_mixing_release(struct inn_mixing *x); /* accepts a zeroed struct */

#endif
