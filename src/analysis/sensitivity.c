/* sensitivity.c: a ranking recomputed with the model's inferred links left out, one at a time and all together. */
#include "innonet/sensitivity.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/graph.h"
#include "innonet/ranking.h"

bool inn_link_inferred(const struct inn_model *m, const struct inn_link *l)
{
	const struct inn_link_more *more = inn_link_more(m, l);
	const struct inn_value *v = inn_attr_get(more->attrs, more->nattrs, "evidence");

	return v && v->type == INN_VAL_STRING && strcmp(v->text, "inferred") == 0;
}

/* Rank m without the links drop[] marks, and widen each kept node's range by its rank there. */
static int widen(const struct inn_model *m, const bool *drop, const struct inn_measure *measure,
		 const struct inn_measure_opts *mo, const bool *keep, struct inn_sensitivity *s, struct inn_error *err)
{
	bool *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));
	bool *all = malloc((m->nnodes + 1) * sizeof(*all));
	double *scores = calloc(m->nnodes + 1, sizeof(*scores));
	struct inn_ranked *rows = calloc(m->nnodes + 1, sizeof(*rows));
	struct inn_model *sub = NULL;
	struct inn_net net = {0};
	size_t nrows;
	int ret = -1;

	if (!keep_link || !all || !scores || !rows) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	for (size_t j = 0; j < m->nlinks; j++)
		keep_link[j] = !drop || !drop[j];
	for (size_t i = 0; i < m->nnodes; i++)
		all[i] = true;
	/* every node stays, so node i of the copy is node i of m */
	if (!(sub = inn_model_select(m, all, keep_link))) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	if (inn_net_init(&net, sub, err) < 0 || inn_measure_compute(measure, &net, mo, scores, err) != 0)
		goto out;
	inn_rank_nodes(sub, scores, keep, rows, &nrows);
	for (size_t r = 0; r < nrows; r++) {
		size_t i = rows[r].node;
		if (!s->best[i] || rows[r].rank < s->best[i])
			s->best[i] = rows[r].rank;
		if (rows[r].rank > s->worst[i])
			s->worst[i] = rows[r].rank;
	}
	ret = 0;
out:
	inn_net_release(&net);
	inn_model_free(sub);
	free(rows);
	free(scores);
	free(all);
	free(keep_link);
	return ret;
}

/* A seeded choice of k of the n inferred links (a partial Fisher-Yates with igraph's PCG32), sorted. */
static int draw(size_t *pick, size_t n, size_t k, unsigned long seed, struct inn_error *err)
{
	igraph_rng_t rng;

	if (inn_rng_init(&rng, seed, "rank: drawing inferred links", err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		pick[i] = i;
	for (size_t i = 0; i < k; i++) {
		size_t j = i + (size_t)igraph_rng_get_integer(&rng, 0, (igraph_integer_t)(n - 1 - i)), t = pick[i];
		pick[i] = pick[j];
		pick[j] = t;
	}
	igraph_rng_destroy(&rng);
	/* in model order, so the work done reads the same whatever the draw */
	for (size_t i = 1; i < k; i++)
		for (size_t j = i; j > 0 && pick[j - 1] > pick[j]; j--) {
			size_t t = pick[j];
			pick[j] = pick[j - 1];
			pick[j - 1] = t;
		}
	return 0;
}

int inn_sensitivity_compute(const struct inn_model *m, const struct inn_measure *measure,
			    const struct inn_measure_opts *mo, const bool *keep, unsigned long seed,
			    struct inn_sensitivity *s, struct inn_error *err)
{
	/* the per-link scratch in one zeroed block (inferred owns it), the bools last for alignment */
	size_t *inferred = calloc(m->nlinks + 1, 2 * sizeof(size_t) + sizeof(bool));
	size_t *pick = inferred ? inferred + (m->nlinks + 1) : NULL;
	bool *drop = inferred ? (bool *)(pick + (m->nlinks + 1)) : NULL;
	size_t k;
	int ret = -1;

	memset(s, 0, sizeof(*s));
	/* best and worst: one block, best its start and owner */
	if (!inferred || !(s->best = calloc(2 * (m->nnodes + 1), sizeof(*s->best)))) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	s->worst = s->best + (m->nnodes + 1);
	for (size_t j = 0; j < m->nlinks; j++)
		if (inn_link_inferred(m, &m->links[j]))
			inferred[s->ninferred++] = j;
	/* the full network is one of the networks compared: a range always holds the rank itself */
	if (widen(m, NULL, measure, mo, keep, s, err) < 0)
		goto out;
	if (!s->ninferred) {
		ret = 0;
		goto out;
	}
	k = s->ninferred;
	s->sampled = k > INN_SENSITIVITY_MAX_SINGLES;
	if (s->sampled) {
		k = INN_SENSITIVITY_MAX_SINGLES;
		if (draw(pick, s->ninferred, k, seed, err) < 0)
			goto out;
	} else {
		for (size_t i = 0; i < k; i++)
			pick[i] = i;
	}
	/* with one inferred link, leaving it out alone is leaving them all out */
	for (size_t i = 0; s->ninferred > 1 && i < k; i++) {
		drop[inferred[pick[i]]] = true;
		if (widen(m, drop, measure, mo, keep, s, err) < 0)
			goto out;
		drop[inferred[pick[i]]] = false;
		s->nscenarios++;
	}
	for (size_t i = 0; i < s->ninferred; i++)
		drop[inferred[i]] = true;
	if (widen(m, drop, measure, mo, keep, s, err) < 0)
		goto out;
	s->nscenarios++;
	ret = 0;
out:
	free(inferred); /* and pick and drop */
	return ret;
}

void inn_sensitivity_release(struct inn_sensitivity *s)
{
	if (!s)
		return;
	free(s->best); /* and worst */
	s->best = s->worst = NULL;
}
