/*
 * sensitivity.h: how far a ranking rests on inference: each node's best and worst rank over the
 * full network and the networks with its inferred links ("evidence": "inferred") left out, each
 * one alone and all together.
 */
#ifndef INNONET_SENSITIVITY_H
#define INNONET_SENSITIVITY_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/model.h"

/* Above this many inferred links, that many of them are drawn (by the seed) to be left out alone. */
#define INN_SENSITIVITY_MAX_SINGLES 64

struct inn_sensitivity {
	size_t *best, *worst; /* per model node: the highest and lowest rank seen (1 = first); one block,
				 owned by best (inn_sensitivity_release frees both) */
	size_t ninferred;     /* links marked inferred */
	size_t nscenarios;    /* networks ranked besides the full one: the singles and "all together" */
	bool sampled;         /* the singles were drawn, not all taken */
};

/* Whether link l says "evidence": "inferred". */
bool inn_link_inferred(const struct inn_model *m, const struct inn_link *l);

/*
 * Rank the nodes with keep[i] set (NULL: all) by measure on m and on each network without
 * inferred links; node i's rank in each lies in best[i] ... worst[i]. Ranks are those of
 * inn_rank_nodes (ties share the first rank). The caller releases s, also after a failure.
 */
int inn_sensitivity_compute(const struct inn_model *m, const struct inn_measure *measure,
			    const struct inn_measure_opts *mo, const bool *keep, unsigned long seed,
			    struct inn_sensitivity *s, struct inn_error *err);

void inn_sensitivity_release(struct inn_sensitivity *s);

#endif
