/*
 * measure_options.h: the options that shape a measure (--weight, --weight-is, --normalized,
 * --damping, --alpha, --beta), defined once for every command that computes measures (measure_options.c),
 * parsed the same way, and refused where they do not apply rather than passed over in silence.
 */
#ifndef INNONET_MEASURE_OPTIONS_H
#define INNONET_MEASURE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/measures.h"
#include "innonet/options.h"

/* The rows of a command's option table; rank adds --cutoff, which only it takes. */
#define INN_MEASURE_OPTIONS                                                                        \
	{"weight", 'w', "ATTR",                                                                    \
	 "read the link attribute ATTR as weight: a distance in betweenness, closeness and harmonic, " \
	 "a strength in the others (default: unweighted)"},                                         \
	{"weight-is", 0, "WHAT",                                                                   \
	 "with --weight: distance or strength, for every measure; those that need the other read 1/w"}, \
	{"normalized", 0, NULL, "NetworkX's normalized variant, where the measure has one"},       \
	{"damping", 0, "D", "PageRank damping factor (default 0.85)"},                             \
	{"alpha", 0, "A", "Katz attenuation factor (default 0.1, or 0.9/lambda where 0.1 diverges)"}, \
	{"beta", 0, "B", "Katz weight each node starts with (default 1)"}

/*
 * Fill mo from the measure options a's command has and was given (--cutoff too, where the
 * table has it). A value out of range is an input error naming the option.
 */
int inn_cmd_measure_opts(const struct inn_args *a, struct inn_measure_opts *mo, struct inn_error *err);

/*
 * Check the options given against the measures ms[0 .. k) about to be computed on net's model,
 * and settle Katz's default alpha. An option that applies to none of them is refused (status 2,
 * naming the option and the measures: --normalized with constraint); one that applies to some
 * only (rank --by all --alpha A) is said once in a notice naming the others. --weight naming an
 * attribute no link has a number in is refused; one that only some links carry is said in a
 * notice (the others weigh 1). Where Katz is among ms and --alpha was not given, mo->alpha
 * becomes the default inn_katz_alpha gives, with a notice when NetworkX's 0.1 diverged there.
 * Returns 0 or -1 with err filled.
 */
int inn_cmd_measure_check(const struct inn_args *a, struct inn_net *net, const struct inn_measure *const *ms,
			  size_t k, struct inn_measure_opts *mo, struct inn_error *err);

/*
 * For a command that computes one measure on several networks (whatif, diff): parse the
 * options, check them against the measure on m, the first network, and settle Katz's alpha
 * there, so every network is measured with the same alpha. Returns 0 or -1 with err filled.
 */
int inn_cmd_measure_prepare(const struct inn_args *a, const struct inn_model *m, const struct inn_measure *measure,
			    struct inn_measure_opts *mo, struct inn_error *err);

/*
 * For a command that reads --weight ATTR outside the measures (path): refused when no link of m
 * has a number under attr, said in a notice when only some do (the others weigh 1), as
 * inn_cmd_measure_check() does. Returns 0 or -1 with err filled.
 */
int inn_cmd_weight_carried(const char *command, const struct inn_model *m, const char *attr, struct inn_error *err);

#endif
