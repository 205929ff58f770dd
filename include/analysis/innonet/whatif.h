/* whatif.h: the before/after comparison of a scenario: connectivity, reach between kinds, rank movers. */
#ifndef INNONET_WHATIF_H
#define INNONET_WHATIF_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/movers.h"
#include "innonet/scenario.h"

/* Components are weak (direction ignored) throughout: a path here is any chain of links. */
struct inn_whatif_net {
	size_t nodes, links, components;
	size_t largest; /* nodes in the largest component */
	double fragmentation; /* Borgatti's F: the share of pairs of nodes in different components (keyplayer) */
};

/* A node that was linked to some node of `kind` before and to none after. */
struct inn_whatif_lost {
	size_t node;      /* merged index */
	const char *kind; /* borrowed from the merged model */
	size_t links;     /* how many such links it had */
};

/*
 * For one ordered pair of kinds (a, b): how many nodes of kind a reach some other node of kind b
 * through the network, before and after. The nodes of a that reached b before and still exist
 * but reach none after are lost[first .. first + nlost) of the report's lost_reach array; when
 * no node of kind b is left at all, nobody is listed (the kind is gone, which says it all).
 */
struct inn_whatif_pair {
	const char *a, *b; /* borrowed */
	size_t nodes_a_before, nodes_a_after, nodes_b_before, nodes_b_after;
	size_t reach_before, reach_after;
	size_t first, nlost;
};

/* Everything indexes the merged model of the scenario result it was computed from. Arrays owned. */
struct inn_whatif {
	struct inn_whatif_net before, after;
	/*
	 * Cut off and split, per merged node (in part_before's block): take the nodes of one component before that are
	 * still there after, and group them by their component after. When one group is larger than
	 * every other, the nodes of the others are cut off: they were connected to the rest before
	 * and are not any more. When two or more groups share the largest size, no group is "the
	 * rest": every node of that former component is in a split. Additions can only join groups.
	 */
	bool *cut_off;
	size_t ncut_off;
	bool *split;
	size_t nsplit;
	size_t *part_before;      /* per merged node that is cut off or split: kept nodes of its component before;
				     owns the block of the five per-merged-node arrays (these two, new_cut_points,
				     cut_off, split) */
	size_t *part_after;       /* ... and how many of them are still in its component after */
	size_t nodes_without_kind_before, nodes_without_kind_after; /* left out of the reach between kinds */
	struct inn_whatif_lost *lost_kind;
	size_t nlost_kind;
	struct inn_whatif_pair *pairs; /* every ordered pair of kinds present before, by (a, b) */
	size_t npairs;
	size_t *lost_reach;       /* merged node indices, grouped by pair */
	size_t *new_cut_points;   /* merged node indices, model order; in part_before's block */
	size_t nnew_cut_points;
	size_t *new_bridges;      /* merged link indices, model order */
	size_t nnew_bridges;
	struct inn_mover *movers; /* inn_movers(): a is the merged (= before) index, b the index after */
	size_t nmovers;
};

/*
 * Compare before (the model the scenario was applied to) with the result's after-state, ranking
 * both by measure with options mo. w is emptied first; the caller releases it, also after a failure.
 */
int inn_whatif_compare(const struct inn_model *before, const struct inn_scenario_result *r,
		       const struct inn_measure *measure, const struct inn_measure_opts *mo, struct inn_whatif *w,
		       struct inn_error *err);
void inn_whatif_release(struct inn_whatif *w); /* accepts a zeroed report */

#endif
