/* report_findings.h: what the report's findings section needs, computed for `innonet report` (cli/report_findings.c). */
#ifndef INNONET_REPORT_FINDINGS_H
#define INNONET_REPORT_FINDINGS_H

#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"
#include "innonet/profile.h"
#include "innonet/report_html.h"

/* The arrays the findings point into; all owned. */
struct inn_findings_store {
	struct inn_report_cut *cuts;
	size_t *lost;
	size_t *containers, *container_members;
	size_t *without, *without_rank;
	double *without_score;
	struct inn_profile_table profile;
	const char *heads[2];
	char head_names[2][64];
	struct inn_report_mover *movers;
};

/*
 * The findings of model m (its file `input`, NULL for the built-in model), and with other (its
 * file other_input) the side-by-side profile and the betweenness rank movers from m to other.
 * f points into st, which the caller releases, also after a failure.
 */
int inn_report_findings_compute(const struct inn_model *m, const char *input, const struct inn_model *other,
				const char *other_input, struct inn_report_findings *f, struct inn_findings_store *st,
				struct inn_error *err);
void inn_findings_store_release(struct inn_findings_store *st); /* accepts a zeroed store */

#endif
