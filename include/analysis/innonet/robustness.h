/* robustness.h: how a network falls apart when its nodes are removed one at a time. */
#ifndef INNONET_ROBUSTNESS_H
#define INNONET_ROBUSTNESS_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

enum inn_attack {
	INN_ATTACK_DEGREE,      /* highest degree first */
	INN_ATTACK_BETWEENNESS, /* highest betweenness first */
	INN_ATTACK_RANDOM,      /* a seeded random order */
};

/* "degree", "betweenness" or "random"; false for anything else. */
bool inn_attack_parse(const char *name, enum inn_attack *a);

/* The network after `step` removals. */
struct inn_robustness_step {
	size_t step;
	size_t removed;        /* model index of the node removed at this step; SIZE_MAX at step 0 */
	double score;          /* its attack score when it was chosen (NaN for random and at step 0) */
	size_t components;     /* weak components of what is left */
	double largest_share;  /* nodes in the largest component / nodes of the whole network */
	double efficiency;     /* global efficiency of what is left, direction ignored (0 below 2 nodes) */
};

/*
 * Remove nodes one at a time, max_steps times (0: until none is left). The next node is the
 * highest-scoring one (ties: the smallest id), scored once on the whole network, or again on
 * what is left after every removal when recompute is set; random takes a permutation drawn with
 * seed. steps needs room for max_steps + 1 (or nnodes + 1) entries, step 0 the whole network.
 */
int inn_robustness_run(const struct inn_model *m, enum inn_attack attack, bool recompute, unsigned long seed,
		       size_t max_steps, struct inn_robustness_step *steps, size_t *nsteps, struct inn_error *err);

#endif
