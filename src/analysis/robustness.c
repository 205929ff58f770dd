/* robustness.c: attacks on a network (by degree, betweenness or at random) and what is left after each removal. */
#include "innonet/robustness.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/ranking.h"
#include "innonet/structure.h"

bool inn_attack_parse(const char *name, enum inn_attack *a)
{
	static const char *const names[] = {"degree", "betweenness", "random"};

	for (int i = 0; i < 3; i++) {
		if (strcmp(name, names[i]) == 0) {
			*a = (enum inn_attack)i;
			return true;
		}
	}
	return false;
}

/* Components, the largest and the global efficiency of sub (direction ignored). */
static int measure_left(const struct inn_model *sub, size_t n0, struct inn_robustness_step *s, double *score,
			const struct inn_measure *attack, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	size_t *member = malloc((sub->nnodes + 1) * sizeof(*member)), *size = calloc(sub->nnodes + 1, sizeof(*size));
	struct inn_net net = {0};
	igraph_real_t eff = 0;
	igraph_error_t rc;
	int ret = -1;

	if (!member || !size) {
		inn_error_set(err, INN_EFAIL, "robustness: out of memory");
		goto out;
	}
	if (inn_net_init(&net, sub, err) < 0 || inn_components(&net, false, member, &s->components, err) < 0)
		goto out;
	size_t largest = 0;
	for (size_t i = 0; i < sub->nnodes; i++)
		if (++size[member[i]] > largest)
			largest = size[member[i]];
	s->largest_share = n0 ? (double)largest / (double)n0 : NAN; /* no nodes: no share to speak of */
	/* on the simple graph, undirected: NetworkX's global_efficiency, which is 0 below two nodes */
	if (sub->nnodes >= 2 && (rc = igraph_global_efficiency(net.simple, &eff, NULL, false)) != IGRAPH_SUCCESS) {
		inn_igraph_fail(rc, "global efficiency", err);
		goto out;
	}
	s->efficiency = sub->nnodes >= 2 ? eff : 0;
	if (attack && sub->nnodes && inn_measure_compute(attack, &net, &mo, score, err) != 0)
		goto out;
	ret = 0;
out:
	inn_net_release(&net);
	free(size);
	free(member);
	return ret;
}

/* A seeded permutation of 0 .. n-1 (Fisher-Yates with igraph's PCG32, not its shared default generator). */
static int shuffle(size_t *order, size_t n, unsigned long seed, struct inn_error *err)
{
	igraph_rng_t rng;

	if (inn_rng_init(&rng, seed, "random order", err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)igraph_rng_get_integer(&rng, 0, (igraph_integer_t)(i - 1)), t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
	igraph_rng_destroy(&rng);
	return 0;
}

int inn_robustness_run(const struct inn_model *m, enum inn_attack attack, bool recompute, unsigned long seed,
		       size_t max_steps, struct inn_robustness_step *steps, size_t *nsteps, struct inn_error *err)
{
	const struct inn_measure *measure = attack == INN_ATTACK_RANDOM ? NULL
					    : inn_measure_find(attack == INN_ATTACK_DEGREE ? "degree" : "betweenness");
	size_t n = m->nnodes, total = max_steps && max_steps < n ? max_steps : n;
	/*
	 * The six per-node arrays of the attack, made and freed together: one zeroed block that rows
	 * owns, the widest types first so that each array is aligned.
	 */
	struct inn_ranked *rows = calloc(n + 1, sizeof(*rows) + 2 * sizeof(double) + 2 * sizeof(size_t) + sizeof(bool));
	double *score = NULL, *first = NULL;
	size_t *order = NULL, *idx = NULL;
	bool *alive = NULL;
	struct inn_model *sub = NULL;
	int ret = -1;

	*nsteps = 0;
	if (!rows) {
		inn_error_set(err, INN_EFAIL, "robustness: out of memory");
		goto out;
	}
	score = (double *)(rows + (n + 1));
	first = score + (n + 1);
	order = (size_t *)(first + (n + 1));
	idx = order + (n + 1);
	alive = (bool *)(idx + (n + 1));
	for (size_t i = 0; i < n; i++)
		alive[i] = true;
	steps[0] = (struct inn_robustness_step){.removed = SIZE_MAX, .score = NAN};
	if (measure_left(m, n, &steps[0], first, measure, err) < 0)
		goto out;
	if (attack == INN_ATTACK_RANDOM) {
		if (shuffle(order, n, seed, err) < 0)
			goto out;
	} else {
		size_t nrows;
		inn_rank_nodes(m, first, NULL, rows, &nrows);
		for (size_t r = 0; r < nrows; r++)
			order[r] = rows[r].node;
	}
	memcpy(score, first, n * sizeof(*score));
	for (size_t k = 1; k <= total; k++) {
		size_t victim = order[k - 1];
		double vscore = attack == INN_ATTACK_RANDOM ? NAN : first[victim];
		if (recompute && attack != INN_ATTACK_RANDOM) {
			/* the best of what is left, scored on what is left: score[] is in sub's order (idx maps it) */
			size_t nrows, best;
			if (k == 1)
				for (size_t i = 0; i < n; i++)
					idx[i] = i;
			inn_rank_nodes(sub ? sub : m, score, NULL, rows, &nrows);
			best = rows[0].node;
			victim = idx[best];
			vscore = score[best];
		}
		alive[victim] = false;
		inn_model_free(sub);
		if (!(sub = inn_model_select(m, alive, NULL))) {
			inn_error_set(err, INN_EFAIL, "robustness: out of memory");
			goto out;
		}
		for (size_t i = 0, j = 0; i < n; i++)
			if (alive[i])
				idx[j++] = i;
		steps[k] = (struct inn_robustness_step){.step = k, .removed = victim, .score = vscore};
		if (measure_left(sub, n, &steps[k], score, recompute ? measure : NULL, err) < 0)
			goto out;
	}
	*nsteps = total + 1;
	ret = 0;
out:
	inn_model_free(sub);
	free(rows); /* and the five arrays after it */
	return ret;
}
