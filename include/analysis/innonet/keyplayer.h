/* keyplayer.h: Borgatti's key player problem: the K nodes whose removal fragments the network most, or that reach most. */
#ifndef INNONET_KEYPLAYER_H
#define INNONET_KEYPLAYER_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

enum inn_kp_goal {
	INN_KP_FRAGMENT,  /* KPP-Neg: F = 1 - sum s_i (s_i - 1) / (m (m - 1)) over the components of the m left */
	INN_KP_DFRAGMENT, /* KPP-Neg: DF = 1 - sum over ordered pairs of 1 / d(i, j) / (m (m - 1)), 1 / inf = 0 */
	INN_KP_REACH,     /* KPP-Pos: the nodes outside the set within distance D of a member */
};

enum inn_kp_search { INN_KP_AUTO, INN_KP_EXACT, INN_KP_GREEDY };

struct inn_kp_opts {
	enum inn_kp_goal goal;
	size_t k;               /* set size, 1 <= k <= n - 2 */
	size_t distance;        /* INN_KP_REACH: the largest distance that counts, >= 1 */
	enum inn_kp_search search;
	size_t max_ties;        /* tied sets kept beyond the first */
	const bool *among;      /* per node: may be in the set; NULL: every node; borrowed */
};

#define INN_KP_MAX_SETS 10000000.0 /* exhaustive search up to this many sets */

/* The best set found. Links are read without direction; parallel links are one link. */
struct inn_kp_result {
	size_t k;
	size_t *set;          /* k model indices, ascending; owned */
	double score;         /* F, DF, or the number of nodes reached outside the set */
	size_t ncandidates;   /* nodes the set may hold (o->among) */
	bool exact;           /* exhaustive search (every set scored) rather than greedy with swaps */
	double examined;      /* sets scored (exact), or swap passes (greedy) */
	double pruned;        /* exact: sets a bound showed cannot reach the best score, not scored */
	size_t ntied;         /* sets scoring the same as `set`, itself included (exact: all of them) */
	size_t *ties;         /* min(ntied - 1, max_ties) further sets, k indices each; owned */
	size_t nties_kept;
	size_t single;        /* the best single node (ties: first in model order) */
	double single_score;
};

/*
 * Solve the key player problem of o on net's model. Exact when o->search is EXACT, or AUTO and
 * the work is small enough (at most INN_KP_MAX_SETS sets and about 2e9 steps); otherwise
 * Borgatti's greedy search with swaps, started from the greedy set built one node at a time.
 * Refuses (INN_EINPUT) a search that could not finish in reasonable time. r is emptied first;
 * the caller releases it, also after a failure.
 */
int inn_keyplayer(struct inn_net *net, const struct inn_kp_opts *o, struct inn_kp_result *r, struct inn_error *err);
void inn_kp_result_release(struct inn_kp_result *r);

/* The fragmentation F of the model with the nodes in removed[] left out (NaN below two nodes left). */
int inn_fragmentation(struct inn_net *net, const bool *removed, double *f, struct inn_error *err);

#endif
