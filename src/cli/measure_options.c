/*
 * measure_options.c: --weight, --weight-is, --normalized, --damping, --alpha, --beta (and rank's --cutoff):
 * parsed once for every command that computes measures, and checked against the measures asked
 * for, so that an option that names nothing or changes nothing is said, never passed over.
 */
#include "innonet/measure_options.h"

#include <stdio.h>
#include <string.h>

#include "innonet/graph.h"

int inn_cmd_measure_opts(const struct inn_args *a, struct inn_measure_opts *mo, struct inn_error *err)
{
	const char *c = a->command, *s;

	if (inn_has_option(a, "weight") && (mo->weight = inn_arg(a, "weight")) && !*mo->weight)
		return inn_error_set(err, INN_EINPUT, "%s: --weight needs an attribute name", c);
	if (inn_has_option(a, "weight-is") && (s = inn_arg(a, "weight-is"))) {
		if (strcmp(s, "distance") != 0 && strcmp(s, "strength") != 0)
			return inn_error_set(err, INN_EINPUT, "%s: --weight-is is distance or strength, not '%s'", c, s);
		if (!mo->weight)
			return inn_error_set(err, INN_EINPUT, "%s: --weight-is needs --weight ATTR", c);
		mo->weight_is = strcmp(s, "distance") == 0 ? INN_WEIGHT_DISTANCE : INN_WEIGHT_STRENGTH;
	}
	if (inn_has_option(a, "normalized"))
		mo->normalized = inn_flag(a, "normalized");
	if (inn_has_option(a, "damping") && (s = inn_arg(a, "damping")) &&
	    (!inn_parse_real(s, &mo->damping) || mo->damping < 0 || mo->damping > 1))
		return inn_error_set(err, INN_EINPUT, "%s: --damping needs a number from 0 to 1, not '%s'", c, s);
	if (inn_has_option(a, "cutoff") && (s = inn_arg(a, "cutoff")) && (!inn_parse_real(s, &mo->cutoff) || mo->cutoff < 0))
		return inn_error_set(err, INN_EINPUT, "%s: --cutoff needs a number >= 0, not '%s'", c, s);
	if (inn_has_option(a, "alpha") && (s = inn_arg(a, "alpha")) && (!inn_parse_real(s, &mo->alpha) || mo->alpha <= 0))
		return inn_error_set(err, INN_EINPUT, "%s: --alpha needs a positive number, not '%s'", c, s);
	if (inn_has_option(a, "beta") && (s = inn_arg(a, "beta")) && (!inn_parse_real(s, &mo->beta) || mo->beta <= 0))
		return inn_error_set(err, INN_EINPUT, "%s: --beta needs a positive number, not '%s'", c, s);
	return 0;
}

/* The options checked, and which measures read each: the weight by weight_use, the rest by flag. */
static const struct {
	const char *name;
	unsigned takes; /* 0: --weight */
	const char *why; /* what a measure that does not read it lacks */
} checked[] = {
	{"weight", 0, "weights not read"},
	{"normalized", INN_TAKES_NORMALIZED, "no normalized variant"},
	{"damping", INN_TAKES_DAMPING, "only pagerank has a damping factor"},
	{"alpha", INN_TAKES_KATZ, "only katz has an alpha"},
	{"beta", INN_TAKES_KATZ, "only katz has a beta"},
	{"cutoff", INN_TAKES_CUTOFF, "only betweenness, closeness and harmonic take a cutoff"},
};

static bool reads(const struct inn_measure *ms, size_t option)
{
	return checked[option].takes ? (ms->takes & checked[option].takes) != 0 : ms->weight_use != NULL;
}

/* --weight ATTR: how many links carry a number under ATTR (the others weigh 1). */
static size_t links_carrying(const struct inn_model *m, const char *attr)
{
	size_t count = 0;
	double x;

	for (size_t j = 0; j < m->nlinks; j++)
		count += inn_link_number(m, &m->links[j], attr, &x);
	return count;
}

/* The measures of ms[0 .. k) that do not read option o, comma-separated into buf; returns how many read it. */
static size_t readers(const struct inn_measure *const *ms, size_t k, size_t o, char *buf, size_t size)
{
	size_t nreads = 0, used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < k; i++) {
		if (reads(ms[i], o)) {
			nreads++;
		} else if (used < size) {
			int w = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", ms[i]->name);
			used += w > 0 ? (size_t)w : 0;
		}
	}
	return nreads;
}

int inn_cmd_measure_check(const struct inn_args *a, struct inn_net *net, const struct inn_measure *const *ms,
			  size_t k, struct inn_measure_opts *mo, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	const char *c = a->command;
	size_t carry = mo->weight ? links_carrying(m, mo->weight) : 0;
	char others[512];

	/* refusals first, so that a refused command prints its one line and nothing else */
	for (size_t o = 0; o < sizeof(checked) / sizeof(checked[0]); o++)
		if (inn_has_option(a, checked[o].name) && inn_arg(a, checked[o].name) && k &&
		    readers(ms, k, o, others, sizeof(others)) == 0)
			return inn_error_set(err, INN_EINPUT, "%s: --%s does not apply to %s (%s): leave it out (see 'innonet rank --help')",
					     c, checked[o].name, others, checked[o].why);
	if (mo->weight && k && m->nlinks && carry == 0)
		return inn_error_set(err, INN_EINPUT, "%s: --weight: no link of %s has a number in '%s'", c, m->origin,
				     mo->weight);
	for (size_t i = 0; i < k; i++) {
		double alpha;
		if (!(ms[i]->takes & INN_TAKES_KATZ) || mo->alpha > 0)
			continue;
		if (inn_katz_alpha(net, mo, &alpha, err) < 0)
			return -1;
		if (alpha != INN_KATZ_DEFAULT_ALPHA)
			inn_notice("%s: katz: NetworkX's default alpha %g diverges on %s; alpha %.6g used, 0.9 over the "
				   "largest eigenvalue of its adjacency matrix (--alpha sets another)",
				   c, INN_KATZ_DEFAULT_ALPHA, m->origin, alpha);
		mo->alpha = alpha;
	}
	/* then what was taken but does not reach every measure, once per option */
	for (size_t o = 0; o < sizeof(checked) / sizeof(checked[0]); o++)
		if (inn_has_option(a, checked[o].name) && inn_arg(a, checked[o].name) &&
		    readers(ms, k, o, others, sizeof(others)) < k)
			inn_notice("%s: --%s does not apply to %s (%s): computed without it", c, checked[o].name, others,
				   checked[o].why);
	if (mo->weight && k && carry < m->nlinks)
		inn_notice("%s: --weight: %zu of the %zu links of %s have a number in '%s'; the others weigh 1", c, carry,
			   m->nlinks, m->origin, mo->weight);
	return 0;
}

int inn_cmd_weight_carried(const char *command, const struct inn_model *m, const char *attr, struct inn_error *err)
{
	size_t carry = links_carrying(m, attr);

	if (m->nlinks && carry == 0)
		return inn_error_set(err, INN_EINPUT, "%s: --weight: no link of %s has a number in '%s'", command, m->origin,
				     attr);
	if (carry < m->nlinks)
		inn_notice("%s: --weight: %zu of the %zu links of %s have a number in '%s'; the others weigh 1", command,
			   carry, m->nlinks, m->origin, attr);
	return 0;
}

int inn_cmd_measure_prepare(const struct inn_args *a, const struct inn_model *m, const struct inn_measure *measure,
			    struct inn_measure_opts *mo, struct inn_error *err)
{
	struct inn_net net;
	int ret;

	if (inn_cmd_measure_opts(a, mo, err) < 0)
		return -1;
	if (!inn_measure_applies(measure, m)) /* the measure itself says why, where it is computed */
		return 0;
	if (inn_net_init(&net, m, err) < 0)
		return -1;
	ret = inn_cmd_measure_check(a, &net, &measure, 1, mo, err);
	inn_net_release(&net);
	return ret;
}
