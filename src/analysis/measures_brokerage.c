/*
 * measures_brokerage.c: Gould and Fernandez's brokerage roles by node kind, counted as R's
 * sna::brokerage counts them (its columns w_I, w_O, b_OI, b_IO, b_O).
 *
 * A node b brokers every open two-path a -> b -> c: a links to b, b links to c, a is not c and
 * a does not link to c. The kinds of a, b and c give the role:
 *
 *   coordinator     a, b, c of one kind              (w_I)
 *   itinerant       a and c of one kind, b of another (w_O)
 *   gatekeeper      b and c of one kind, a of another (b_OI)
 *   representative  a and b of one kind, c of another (b_IO)
 *   liaison         three different kinds             (b_O)
 *
 * The counts are raw, per node. Parallel links count once and self-loops never (sna reads the
 * network as a 0/1 adjacency matrix); nodes without a kind form one group of their own. No
 * NetworkX function computes these: tests/fixtures/brokerage.R writes the reference with sna.
 */
#include <stdlib.h>
#include <string.h>

#include "measures_internal.h"

enum role { COORDINATOR, ITINERANT, GATEKEEPER, REPRESENTATIVE, LIAISON, NROLES };

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* Whether `to` is among the sorted out-neighbours of from: succ[start[from] .. start[from + 1]). */
static bool links_to(const size_t *start, const uint32_t *succ, uint32_t from, uint32_t to)
{
	const uint32_t *hit = bsearch(&to, succ + start[from], start[from + 1] - start[from], sizeof(*succ), cmp_u32);
	return hit != NULL;
}

static bool same_kind(const struct inn_model *m, uint32_t a, uint32_t b)
{
	/* kinds are interned, so equal kinds are the same pointer; NULL (no kind) is a group too */
	return m->nodes[a].kind == m->nodes[b].kind;
}

static enum role role_of(const struct inn_model *m, uint32_t a, uint32_t b, uint32_t c)
{
	bool ab = same_kind(m, a, b), bc = same_kind(m, b, c), ac = same_kind(m, a, c);

	if (ab && bc)
		return COORDINATOR;
	if (ac)
		return ITINERANT;
	if (bc)
		return GATEKEEPER;
	if (ab)
		return REPRESENTATIVE;
	return LIAISON;
}

/* counts[i * NROLES + r]: how often node i plays role r. */
static int count_roles(struct inn_net *net, double *counts, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes, k = 0;
	size_t *start = calloc(n + 2, sizeof(*start));
	uint32_t *succ = malloc((m->nlinks + 1) * sizeof(*succ));

	if (!start || !succ) {
		free(start);
		free(succ);
		return inn_error_set(err, INN_EFAIL, "brokerage: out of memory");
	}
	/* out-neighbour lists, sorted, without self-loops or repeats */
	for (size_t j = 0; j < m->nlinks; j++)
		if (m->links[j].source != m->links[j].target)
			start[m->links[j].source + 2]++;
	for (size_t i = 0; i < n; i++)
		start[i + 2] += start[i + 1];
	for (size_t j = 0; j < m->nlinks; j++)
		if (m->links[j].source != m->links[j].target)
			succ[start[m->links[j].source + 1]++] = m->links[j].target;
	/* start[i] .. start[i + 1] is node i's range now; sort each and drop parallel repeats */
	size_t *clean = calloc(n + 1, sizeof(*clean));
	if (!clean) {
		free(start);
		free(succ);
		return inn_error_set(err, INN_EFAIL, "brokerage: out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		qsort(succ + start[i], start[i + 1] - start[i], sizeof(*succ), cmp_u32);
		clean[i] = k;
		for (size_t p = start[i]; p < start[i + 1]; p++)
			if (p == start[i] || succ[p] != succ[p - 1])
				succ[k++] = succ[p];
	}
	clean[n] = k;
	memset(counts, 0, n * NROLES * sizeof(*counts));
	/* every two-path a -> b -> c once: a's out-neighbours b, then b's out-neighbours c */
	for (uint32_t a = 0; a < n; a++) {
		for (size_t p = clean[a]; p < clean[a + 1]; p++) {
			uint32_t b = succ[p];
			for (size_t q = clean[b]; q < clean[b + 1]; q++) {
				uint32_t c = succ[q];
				if (c == a || links_to(clean, succ, a, c))
					continue;
				counts[(size_t)b * NROLES + role_of(m, a, b, c)] += 1;
			}
		}
	}
	free(clean);
	free(start);
	free(succ);
	return 0;
}

static int brokerage(struct inn_net *net, enum role r, double *out, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	double *counts = malloc((n * NROLES + 1) * sizeof(*counts));

	if (!counts)
		return inn_error_set(err, INN_EFAIL, "brokerage: out of memory");
	if (count_roles(net, counts, err) < 0) {
		free(counts);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = counts[i * NROLES + r];
	free(counts);
	return 0;
}

int inn_measure_coordinator(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			    struct inn_error *err)
{
	(void)o;
	return brokerage(net, COORDINATOR, out, err);
}

int inn_measure_itinerant(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			  struct inn_error *err)
{
	(void)o;
	return brokerage(net, ITINERANT, out, err);
}

int inn_measure_gatekeeper(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			   struct inn_error *err)
{
	(void)o;
	return brokerage(net, GATEKEEPER, out, err);
}

int inn_measure_representative(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			       struct inn_error *err)
{
	(void)o;
	return brokerage(net, REPRESENTATIVE, out, err);
}

int inn_measure_liaison(struct inn_net *net, const struct inn_measure_opts *o, double *out, struct inn_error *err)
{
	(void)o;
	return brokerage(net, LIAISON, out, err);
}
