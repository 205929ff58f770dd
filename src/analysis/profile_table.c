/* profile_table.c: several models' network-level profiles aligned row by row (`compare`, `report --compare`). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/profile.h"

static bool same_row(const struct inn_profile_row *a, const struct inn_profile_row *b)
{
	if (strcmp(a->key, b->key) != 0)
		return false;
	return a->of == b->of || (a->of && b->of && strcmp(a->of, b->of) == 0);
}

static const char *const kind_keys[] = {"node_share", "link_share", "brokerage_share"};

/* Put model k's value of row into t, adding the row the first time it is seen. */
static void add(struct inn_profile_table *t, const struct inn_profile_row *row, size_t k)
{
	size_t at = 0, n = t->nmodels;

	while (at < t->nrows && !same_row(&t->rows[at], row))
		at++;
	if (at == t->nrows) {
		t->rows[t->nrows++] = *row;
		for (size_t j = 0; j < n; j++)
			t->values[at * n + j] = NAN;
	}
	t->values[at * n + k] = row->value;
}

/* One model's rows, computed on a net of its own and released before the next model. */
static int rows_of(const struct inn_model *m, struct inn_profile_row **rows, size_t *nrows, struct inn_error *err)
{
	struct inn_net net = {0};
	struct inn_stats s = {0};
	struct inn_mixing x = {0};
	struct inn_profile p = {0};
	int ret = -1;

	*rows = NULL;
	if (inn_net_init(&net, m, err) < 0 || inn_stats_compute_some(&net, &s, false, err) < 0 ||
	    inn_mixing_compute(&net, &x, err) < 0 || inn_profile_compute(&net, &s, &x, &p, err) < 0)
		goto out;
	if (!(*rows = calloc(inn_profile_nrows(&p), sizeof(**rows)))) {
		inn_error_set(err, INN_EFAIL, "compare: out of memory");
		goto out;
	}
	*nrows = inn_profile_rows(&s, &x, &p, *rows);
	ret = 0;
out:
	inn_profile_release(&p);
	inn_mixing_release(&x);
	inn_stats_release(&s);
	inn_net_release(&net);
	return ret;
}

int inn_profile_table_build(const struct inn_model *const *models, size_t n, struct inn_profile_table *t,
			    struct inn_error *err)
{
	struct inn_profile_row **rows = calloc(n + 1, sizeof(*rows));
	size_t *nrows = calloc(n + 1, sizeof(*nrows)), most = 0;
	bool directed = false;
	int ret = -1;

	*t = (struct inn_profile_table){.nmodels = n};
	if (!rows || !nrows) {
		inn_error_set(err, INN_EFAIL, "compare: out of memory");
		goto out;
	}
	for (size_t k = 0; k < n; k++) {
		/* kinds are borrowed from the models, which outlive the table */
		if (rows_of(models[k], &rows[k], &nrows[k], err) < 0)
			goto out;
		most += nrows[k];
		directed |= models[k]->directed;
	}
	t->rows = calloc(most + 1, sizeof(*t->rows));
	t->values = malloc((most + 1) * (n ? n : 1) * sizeof(*t->values));
	if (!t->rows || !t->values) {
		inn_error_set(err, INN_EFAIL, "compare: out of memory");
		goto out;
	}
	/* the measures, in first appearance; few rows, so a linear search each */
	for (size_t k = 0; k < n; k++)
		for (size_t r = 0; r < nrows[k]; r++)
			if (!rows[k][r].of && !(rows[k][r].directed_only && !directed))
				add(t, &rows[k][r], k);
	/* then each per-kind measure over every kind any model has, the kinds in first appearance */
	for (size_t key = 0; key < sizeof(kind_keys) / sizeof(kind_keys[0]); key++)
		for (size_t k = 0; k < n; k++)
			for (size_t r = 0; r < nrows[k]; r++)
				if (rows[k][r].of && strcmp(rows[k][r].key, kind_keys[key]) == 0)
					add(t, &rows[k][r], k);
	/*
	 * A kind a model lacks has no nodes, links or brokerage there: a share of 0, unless that
	 * model's shares of this measure are undefined (no links, or no paths through any node).
	 */
	for (size_t r = 0; r < t->nrows; r++)
		for (size_t k = 0; t->rows[r].of && k < n; k++) {
			bool has = false, undefined = false;
			for (size_t q = 0; q < nrows[k]; q++) {
				has |= same_row(&rows[k][q], &t->rows[r]);
				undefined |= strcmp(rows[k][q].key, t->rows[r].key) == 0 && isnan(rows[k][q].value);
			}
			/* a share of nothing is undefined: a model without nodes, or without links for link_share */
			undefined |= models[k]->nnodes == 0 ||
				     (strcmp(t->rows[r].key, "link_share") == 0 && models[k]->nlinks == 0);
			if (!has && !undefined)
				t->values[r * n + k] = 0;
		}
	ret = 0;
out:
	for (size_t k = 0; rows && k < n; k++)
		free(rows[k]);
	free(rows);
	free(nrows);
	return ret;
}

void inn_profile_table_release(struct inn_profile_table *t)
{
	if (!t)
		return;
	free(t->rows);
	free(t->values);
	t->rows = NULL;
	t->values = NULL;
	t->nrows = 0;
}
