/* test_change.c: change over time: snapshots, funding schedules, model diffs, attacks and charts, worked by hand. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/chart.h"
#include "innonet/diff.h"
#include "innonet/funding.h"
#include "innonet/load.h"
#include "innonet/text.h"
#include "innonet/robustness.h"
#include "innonet/transform.h"

static struct inn_model *from_json(const char *json)
{
	return load_text(json, "t.json");
}

static struct inn_model *shipped(const char *path)
{
	char full[4096];
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	snprintf(full, sizeof(full), "%s/%s", INN_SOURCE_DIR, path);
	if (!(m = inn_load(full, &err)))
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_PTR_NOT_NULL(m);
	return m;
}

/* ---- snapshots */

static void a_snapshot_should_include_both_ends_of_a_span_and_carry_its_year(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_error err;
	struct inn_model *s;

	inn_error_init(&err);
	/* I3 runs 2016 to 2019 inclusive: in 2019 (with its 2 links), not in 2020 */
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2019, &err));
	CU_ASSERT_TRUE(inn_model_find(s, "I3", NULL));
	CU_ASSERT_EQUAL(s->nlinks, 8);
	CU_ASSERT_STRING_EQUAL(s->as_of, "2019");
	const struct inn_value *v = inn_attr_get(s->graph_attrs, s->ngraph_attrs, "as_of");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 2019, 0);
	inn_model_free(s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2020, &err));
	CU_ASSERT_FALSE(inn_model_find(s, "I3", NULL));
	CU_ASSERT_EQUAL(s->nlinks, 6); /* without A2-I3 and M2-I3 */
	inn_model_free(s);
	/* 2013: I1 (2012) only; I2 (2014) and I3 (2016) are not there yet */
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2013, &err));
	CU_ASSERT_TRUE(inn_model_find(s, "I1", NULL));
	CU_ASSERT_FALSE(inn_model_find(s, "I2", NULL));
	CU_ASSERT_EQUAL(s->nnodes, 6);
	inn_model_free(s);
	inn_model_free(m);
}

/* How many of m's nodes are institutes. */
static size_t institutes(const struct inn_model *m)
{
	size_t n = 0;

	for (size_t i = 0; i < m->nnodes; i++)
		n += strcmp(m->nodes[i].kind, "institute") == 0;
	return n;
}

static void the_2025_model_as_of_2015_should_hold_the_seeds_seven_institutes(void)
{
	struct inn_model *m = shipped("graphs/manufacturing-usa-2025.json"), *s;
	struct inn_error err;
	static const char *const seven[] = {"america-makes", "DMDII", "LIFT", "poweramerica", "IACMI", "aim-photonics",
					    "nextflex"};
	size_t n = 0;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(institutes(m), 18);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2015, &err));
	for (size_t i = 0; i < s->nnodes; i++) {
		if (strcmp(s->nodes[i].kind, "institute") != 0)
			continue;
		bool seed = false;
		for (size_t k = 0; k < 7; k++)
			seed = seed || strcmp(s->nodes[i].id, seven[k]) == 0;
		CU_ASSERT_TRUE(seed);
		n++;
	}
	CU_ASSERT_EQUAL(n, 7);
	inn_model_free(s);
	/* 17 before SMART USA (2025), 16 in 2022 */
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2024, &err));
	CU_ASSERT_EQUAL(institutes(s), 17);
	inn_model_free(s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, 2022, &err));
	CU_ASSERT_EQUAL(institutes(s), 16);
	inn_model_free(s);
	inn_model_free(m);
}

/* ---- funding */

static void the_default_schedule_should_weigh_4_4_3_2_1(void)
{
	struct inn_funding_schedule s = INN_FUNDING_SCHEDULE_DEFAULT;
	double want[] = {0, 4.0 / 14, 4.0 / 14, 3.0 / 14, 2.0 / 14, 1.0 / 14, 0};

	for (int k = 0; k <= 6; k++)
		CU_ASSERT_DOUBLE_EQUAL(inn_funding_weight(&s, k), want[k], 1e-15);
	/* 7 years, level 2: 1, 1, 5/6, 4/6, 3/6, 2/6, 1/6, summing to 4.5 */
	s.federal_years = 7;
	CU_ASSERT_DOUBLE_EQUAL(inn_funding_weight(&s, 1), 1 / 4.5, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(inn_funding_weight(&s, 3), (5.0 / 6) / 4.5, 1e-15);
	/* level throughout: an even split */
	s.level_years = 7;
	CU_ASSERT_DOUBLE_EQUAL(inn_funding_weight(&s, 7), 1.0 / 7, 1e-15);
}

static const char *funded =
	"{\"graph\": {\"exit_mechanism\": {\"federal_years\": {\"from\": 5, \"to\": 7},"
	" \"taper_after_years\": {\"from\": 2, \"to\": 3}, \"non_federal_match_ratio\": {\"at_least\": 1}}},"
	" \"nodes\": ["
	"{\"id\": \"a\", \"kind\": \"institute\", \"since\": 2014, \"federal_funding_usd\": 70000000, \"non_federal_funding_usd\": 78000000},"
	"{\"id\": \"b\", \"kind\": \"institute\", \"since\": 2015, \"federal_funding_5yr_usd\": 70000000,"
	"  \"other_funding_5yr_usd\": {\"more_than\": 70000000}},"
	"{\"id\": \"c\", \"kind\": \"institute\", \"since\": 2016, \"federal_funding_usd\": 60000000,"
	"  \"funding_schedule\": {\"federal_years\": 3, \"level_years\": 3, \"defunded\": 2017}},"
	"{\"id\": \"d\", \"kind\": \"institute\", \"since\": 2020},"
	"{\"id\": \"x\", \"kind\": \"agency\", \"federal_funding_usd\": 1}]}";

/* m's funding awards (*n of them), stopping the test (printing why) when they cannot be worked
 * out; the caller frees them. */
static struct inn_funding_award *awards_of(const struct inn_model *m, size_t *n)
{
	struct inn_funding_award *aw = NULL;
	struct inn_error err;
	int rc;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	inn_error_init(&err);
	if ((rc = inn_funding_awards(m, &aw, n, &err)) != 0)
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	return aw;
}

/* The model json loads, and its awards are refused with exactly the message want. */
static void expect_awards_error(const char *json, const char *want)
{
	struct inn_model *m = from_json(json);
	struct inn_funding_award *aw = NULL;
	struct inn_error err;
	size_t n;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_funding_awards(m, &aw, &n, &err), -1);
	CU_ASSERT_STRING_EQUAL(err.msg, want);
	inn_model_free(m);
}

static void funding_should_follow_the_schedule_and_keep_bounds(void)
{
	struct inn_model *m = from_json(funded);
	struct inn_funding_year y;
	size_t n;
	struct inn_funding_award *aw = awards_of(m, &n);

	CU_ASSERT_EQUAL_FATAL(n, 4); /* the institutes; the agency is not one */
	/* a, 2016 = award year 3: 70 M * 3/14 = 15 M federal, 78 M * 3/14 non-federal by the same
	 * weights, so the share is the award's 70/148 in every award year */
	inn_funding_in_year(&aw[0], 1, 2016, &y);
	CU_ASSERT_EQUAL(y.award_year, 3);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 15e6, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 78e6 * 3 / 14, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(y.share, 70.0 / 148, 1e-12);
	CU_ASSERT_EQUAL(y.share_bound, 0);
	CU_ASSERT_FALSE(y.past_exit);
	inn_funding_in_year(&aw[0], 1, 2014, &y);
	CU_ASSERT_DOUBLE_EQUAL(y.share, 70.0 / 148, 1e-12);
	/* a, 2019 = award year 6: past exit, no federal money; the institute sustains itself, by
	 * amounts the model does not know */
	inn_funding_in_year(&aw[0], 1, 2019, &y);
	CU_ASSERT_TRUE(y.past_exit);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_SELF_SUSTAINING);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 0, 0);
	CU_ASSERT_TRUE(isnan(y.non_federal));
	/* b, 2015 = year 1, read from the 2016 model's keys: 20 M federal; more than 70 M * 4/14 = 20 M
	 * non-federal, so the share 1/2 is an upper bound */
	inn_funding_in_year(&aw[1], 1, 2015, &y);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 20e6, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 20e6, 1e-6);
	CU_ASSERT_EQUAL(y.non_federal_bound, INN_BOUND_MORE_THAN);
	CU_ASSERT_DOUBLE_EQUAL(y.share, 0.5, 1e-12);
	CU_ASSERT_EQUAL(y.share_bound, 1);
	/* c: 3 level years of 20 M, but defunded after 2017; no non-federal amount: at least 1:1,
	 * 60 M / 3 = 20 M a year */
	inn_funding_in_year(&aw[2], 1, 2017, &y);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 20e6, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 20e6, 1e-6);
	CU_ASSERT_EQUAL(y.non_federal_bound, INN_BOUND_AT_LEAST);
	CU_ASSERT_EQUAL(y.share_bound, 1);
	/* after defunding neither side pays into the agreement */
	inn_funding_in_year(&aw[2], 1, 2018, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_DEFUNDED);
	CU_ASSERT_TRUE(y.past_exit);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 0, 0);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 0, 0);
	/* d has a start but no amount: its money is not known, not 0 */
	CU_ASSERT_FALSE(aw[3].federal_known);
	inn_funding_in_year(&aw[3], 1, 2021, &y);
	CU_ASSERT_TRUE(isnan(y.federal));
	free(aw);
	inn_model_free(m);
}

/* Worked by hand: a launch award of 50 over 5 years (weights 4 4 3 2 1 / 14, no cost share given:
 * at least 1:1), a renewal of 70 over 7 level years from 2021 with 35 from partners, an end in 2025;
 * an institute with an award but no since; one whose until is 2011. */
static void funding_should_schedule_renewals_ends_and_awards_without_a_year(void)
{
	struct inn_model *m = from_json(
		"{\"nodes\": ["
		"{\"id\": \"r\", \"kind\": \"institute\", \"since\": 2015, \"until\": 2025, \"federal_funding_usd\": 50,"
		"  \"awards\": [{\"year\": 2021, \"kind\": \"renewal\", \"federal_usd\": 70, \"non_federal_usd\": 35,"
		"    \"federal_years\": 7, \"level_years\": 7, \"source\": \"s\"}]},"
		"{\"id\": \"n\", \"kind\": \"institute\", \"federal_funding_usd\": 10},"
		"{\"id\": \"e\", \"kind\": \"institute\", \"since\": 2009, \"until\": 2011, \"federal_funding_usd\": 14}]}");
	struct inn_funding_year y;
	double fed[20], nonfed[20];
	bool bound[20];
	size_t n;
	struct inn_funding_award *aw = awards_of(m, &n);

	CU_ASSERT_EQUAL_FATAL(n, 4);
	CU_ASSERT_EQUAL(inn_funding_group(aw, n), 2);
	CU_ASSERT_STRING_EQUAL(aw[1].kind, "renewal");
	/* 2020: launch year 6, renewal not begun: self-sustaining */
	inn_funding_in_year(aw, 2, 2020, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_SELF_SUSTAINING);
	/* 2021: the renewal's first year: 70/7 = 10 federal, 35/7 = 5 non-federal, exact */
	inn_funding_in_year(aw, 2, 2021, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_AWARD);
	CU_ASSERT_STRING_EQUAL(y.award->kind, "renewal");
	CU_ASSERT_EQUAL(y.award_year, 1);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 10, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 5, 1e-12);
	CU_ASSERT_EQUAL(y.non_federal_bound, INN_BOUND_EXACT);
	CU_ASSERT_DOUBLE_EQUAL(y.share, 10.0 / 15, 1e-12);
	/* 2026 is past its until: it no longer exists */
	inn_funding_in_year(aw, 2, 2026, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_ENDED);
	/* the institute ending in 2011 gets nothing in 2013 */
	inn_funding_in_year(&aw[3], 1, 2013, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_ENDED);
	/* no since: not scheduled, and it makes every year's federal total a lower bound */
	inn_funding_in_year(&aw[2], 1, 2021, &y);
	CU_ASSERT_EQUAL(y.phase, INN_FUNDING_UNKNOWN);
	CU_ASSERT_TRUE(isnan(y.federal));
	inn_funding_totals(aw, n, 2009, 18, fed, nonfed, bound);
	/* 2009: e's first year, 14 * 4/14 = 4; r not begun */
	CU_ASSERT_DOUBLE_EQUAL(fed[0], 4, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(fed[2013 - 2009], 0, 0);
	/* 2015: r's first year, 50 * 4/14 */
	CU_ASSERT_DOUBLE_EQUAL(fed[2015 - 2009], 50.0 * 4 / 14, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(fed[2021 - 2009], 10, 1e-12);
	for (int k = 0; k < 18; k++)
		CU_ASSERT_TRUE(bound[k]);
	free(aw);
	inn_model_free(m);
	expect_awards_error("{\"nodes\": [{\"id\": \"a\", \"kind\": \"institute\", \"awards\": [{\"federal_usd\": 1}]}]}",
			    "t.json: node 'a': awards[0]: an award needs its 'year'");
}

static void a_graph_schedule_should_override_the_exit_mechanism(void)
{
	struct inn_model *m = from_json("{\"graph\": {\"exit_mechanism\": {\"federal_years\": {\"from\": 6}},"
					" \"funding_schedule\": {\"level_years\": 6, \"match_ratio\": 2}},"
					" \"nodes\": [{\"id\": \"a\", \"kind\": \"institute\", \"since\": 2020,"
					" \"federal_funding_usd\": 60}]}");
	struct inn_funding_year y;
	size_t n;
	struct inn_funding_award *aw = awards_of(m, &n);

	/* 6 years (exit mechanism), all level (schedule): 10 a year; non-federal 2 x 60 over 6 = 20 */
	inn_funding_in_year(&aw[0], 1, 2025, &y);
	CU_ASSERT_EQUAL(y.award_year, 6);
	CU_ASSERT_DOUBLE_EQUAL(y.federal, 10, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(y.non_federal, 20, 1e-12);
	free(aw);
	inn_model_free(m);
	expect_awards_error("{\"nodes\": [{\"id\": \"a\", \"kind\": \"institute\", \"since\": 2020,"
			    " \"funding_schedule\": {\"federal_years\": 3, \"level_years\": 4}}]}",
			    "t.json: node 'a': funding_schedule: a schedule needs 1 to 100 federal years, 0 to "
			    "that many level years and a match ratio >= 0");
}

/* ---- diff */

static void diff_should_list_added_removed_and_changed(void)
{
	struct inn_model *a = from_json(
		"{\"nodes\": [{\"id\": \"p\", \"label\": \"P\"}, {\"id\": \"q\", \"members\": {\"more_than\": 5}}, {\"id\": \"r\"}],"
		" \"links\": [{\"source\": \"p\", \"target\": \"q\", \"relation\": \"funds\", \"weight\": 2},"
		"            {\"source\": \"q\", \"target\": \"r\", \"relation\": \"leads\"}]}");
	struct inn_model *b = from_json(
		"{\"nodes\": [{\"id\": \"q\", \"members\": 9}, {\"id\": \"p\", \"label\": \"P2\", \"since\": 2020}, {\"id\": \"s\"}],"
		" \"links\": [{\"source\": \"q\", \"target\": \"p\", \"relation\": \"funds\", \"weight\": 3},"
		"            {\"source\": \"s\", \"target\": \"q\", \"relation\": \"leads\"}]}");
	struct inn_diff d;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_diff_models(a, b, inn_value_text, &d, &err), 0);
	/* r goes, s comes; p-q funds matches q-p funds (undirected) with weight 2 -> 3; q-r goes, s-q comes */
	CU_ASSERT_EQUAL_FATAL(d.nremoved_nodes, 1);
	CU_ASSERT_EQUAL(d.removed_nodes[0], 2);
	CU_ASSERT_EQUAL_FATAL(d.nadded_nodes, 1);
	CU_ASSERT_EQUAL(d.added_nodes[0], 2);
	CU_ASSERT_EQUAL_FATAL(d.nremoved_links, 1);
	CU_ASSERT_EQUAL(d.removed_links[0], 1);
	CU_ASSERT_EQUAL_FATAL(d.nadded_links, 1);
	CU_ASSERT_EQUAL(d.added_links[0], 1);
	/* changes, nodes in A's order, then links: p label, p since, q members, link weight */
	CU_ASSERT_EQUAL_FATAL(d.nchanges, 4);
	struct {
		bool link;
		const char *field, *before, *after;
	} want[] = {{false, "label", "P", "P2"},
		    {false, "since", NULL, "2020"},
		    {false, "members", "{\"more_than\":5}", "9"},
		    {true, "weight", "2", "3"}};
	for (size_t k = 0; k < 4; k++) {
		CU_ASSERT_EQUAL(d.changes[k].link, want[k].link);
		CU_ASSERT_STRING_EQUAL(d.changes[k].field, want[k].field);
		if (want[k].before) {
			CU_ASSERT_STRING_EQUAL(d.changes[k].before, want[k].before);
		} else {
			CU_ASSERT_PTR_NULL(d.changes[k].before);
		}
		CU_ASSERT_STRING_EQUAL(d.changes[k].after, want[k].after);
	}
	inn_diff_release(&d);
	inn_model_free(b);
	inn_model_free(a);
}

static void diff_from_2016_to_2025_should_add_the_11_later_institutes(void)
{
	struct inn_model *a = shipped("graphs/nnmi-2016.json"), *b = shipped("graphs/manufacturing-usa-2025.json");
	static const char *const later[] = {"AFFOA", "CESMII", "RAPID",   "NIIMBL",  "biofabusa", "REMADE",
					    "ARM",   "CyManII", "BioMADE", "EPIXC", "smart-usa"};
	struct inn_diff d;
	struct inn_error err;
	size_t n = 0;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_diff_models(a, b, inn_value_text, &d, &err), 0);
	for (size_t k = 0; k < d.nadded_nodes; k++) {
		const struct inn_node *node = &b->nodes[d.added_nodes[k]];
		if (strcmp(node->kind, "institute") != 0)
			continue;
		CU_ASSERT_TRUE_FATAL(n < 11);
		CU_ASSERT_STRING_EQUAL(node->id, later[n]); /* in the order they joined */
		n++;
	}
	CU_ASSERT_EQUAL(n, 11);
	/* the seed's seven keep their ids: none is removed; DMDII is the same node, renamed MxD */
	for (size_t k = 0; k < d.nremoved_nodes; k++)
		CU_ASSERT_STRING_NOT_EQUAL(a->nodes[d.removed_nodes[k]].kind, "institute");
	bool renamed = false;
	for (size_t k = 0; k < d.nchanges; k++)
		if (!d.changes[k].link && strcmp(a->nodes[d.changes[k].a].id, "DMDII") == 0 &&
		    strcmp(d.changes[k].field, "label") == 0)
			renamed = strcmp(d.changes[k].before, "DMDII") == 0 && strcmp(d.changes[k].after, "MxD") == 0;
	CU_ASSERT_TRUE(renamed);
	inn_diff_release(&d);
	inn_model_free(b);
	inn_model_free(a);
}

/* ---- robustness */

static const char *path5 = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"}, {\"id\": \"e\"}],"
			   " \"links\": [{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"b\", \"target\": \"c\"},"
			   " {\"source\": \"c\", \"target\": \"d\"}, {\"source\": \"d\", \"target\": \"e\"}]}";

static void a_degree_attack_on_a_path_should_match_the_hand_count(void)
{
	struct inn_model *m = from_json(path5);
	struct inn_robustness_step st[6];
	struct inn_error err;
	size_t n;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_robustness_run(m, INN_ATTACK_DEGREE, false, 1, 0, st, &n, &err), 0);
	CU_ASSERT_EQUAL_FATAL(n, 6);
	/*
	 * Degrees a1 b2 c2 d2 e1: removed once-scored in the order b, c, d (ties by id), then a, e.
	 * Efficiency of the 5-path: pairs at distance 1, 2, 3, 4 number 4, 3, 2, 1, so
	 * (4 + 3/2 + 2/3 + 1/4) * 2 / (5 * 4) = 0.641666...; after b: a | c-d-e, 4 nodes,
	 * (1 + 1 + 1/2) * 2 / 12 = 5/12; after c: a | d-e, 1 * 2 / 6 = 1/3; then 0.
	 * Largest component over the 5 nodes: 5, 3, 2, 1, 1, 0.
	 */
	size_t order[] = {SIZE_MAX, 1, 2, 3, 0, 4};
	double eff[] = {(4 + 1.5 + 2.0 / 3 + 0.25) / 10, 5.0 / 12, 1.0 / 3, 0, 0, 0};
	double share[] = {1, 0.6, 0.4, 0.2, 0.2, 0};
	size_t comps[] = {1, 2, 2, 2, 1, 0};
	for (size_t k = 0; k < 6; k++) {
		CU_ASSERT_EQUAL(st[k].removed, order[k]);
		CU_ASSERT_DOUBLE_EQUAL(st[k].efficiency, eff[k], 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(st[k].largest_share, share[k], 1e-12);
		CU_ASSERT_EQUAL(st[k].components, comps[k]);
	}
	CU_ASSERT_DOUBLE_EQUAL(st[1].score, 2, 0);
	/*
	 * Recomputed: b first again; then of a(0) c(1) d(2) e(1), d; then a, c, e are alone and
	 * tie at 0: a goes, then c, then e. Largest component: 5, 3, 1, 1, 1, 0.
	 */
	CU_ASSERT_EQUAL_FATAL(inn_robustness_run(m, INN_ATTACK_DEGREE, true, 1, 0, st, &n, &err), 0);
	size_t rorder[] = {SIZE_MAX, 1, 3, 0, 2, 4};
	double rshare[] = {1, 0.6, 0.2, 0.2, 0.2, 0};
	for (size_t k = 0; k < 6; k++) {
		CU_ASSERT_EQUAL(st[k].removed, rorder[k]);
		CU_ASSERT_DOUBLE_EQUAL(st[k].largest_share, rshare[k], 1e-12);
	}
	CU_ASSERT_DOUBLE_EQUAL(st[2].score, 2, 0);
	/* --steps: stop early */
	CU_ASSERT_EQUAL_FATAL(inn_robustness_run(m, INN_ATTACK_BETWEENNESS, false, 1, 2, st, &n, &err), 0);
	CU_ASSERT_EQUAL(n, 3);
	CU_ASSERT_EQUAL(st[1].removed, 2); /* c lies on 4 of the 10 shortest paths, b and d on 3 */
	CU_ASSERT_DOUBLE_EQUAL(st[1].score, 4, 1e-12);
	inn_model_free(m);
}

static void a_random_attack_should_be_a_seeded_permutation(void)
{
	struct inn_model *m = from_json(path5);
	struct inn_robustness_step s1[6], s2[6];
	struct inn_error err;
	size_t n, seen = 0;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_robustness_run(m, INN_ATTACK_RANDOM, false, 7, 0, s1, &n, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_robustness_run(m, INN_ATTACK_RANDOM, false, 7, 0, s2, &n, &err), 0);
	for (size_t k = 1; k < 6; k++) {
		CU_ASSERT_EQUAL(s1[k].removed, s2[k].removed);
		seen |= (size_t)1 << s1[k].removed;
		CU_ASSERT_TRUE(isnan(s1[k].score));
	}
	CU_ASSERT_EQUAL(seen, 31); /* each of the 5 nodes once */
	inn_model_free(m);
}

/* ---- chart */

static void a_chart_should_be_the_same_bytes_every_time_and_draw_each_series(void)
{
	double x[] = {2012, 2013, 2014}, y1[] = {1e6, 3e6, 2e6}, y2[] = {0, NAN, 5e6};
	const struct inn_chart_series s[] = {{"federal & <more>", y1, false}, {"other", y2, true}};
	const struct inn_chart c = {.title = "T", .x_label = "year", .y_label = "M USD", .npoints = 3, .x = x,
				    .series = s, .nseries = 2, .x_integer = true, .y_scale = 1e6};
	char *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	FILE *f = open_memstream(&a, &na);

	inn_chart_svg(&c, f);
	fclose(f);
	f = open_memstream(&b, &nb);
	inn_chart_svg(&c, f);
	fclose(f);
	CU_ASSERT_EQUAL(na, nb);
	CU_ASSERT_EQUAL(memcmp(a, b, na), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(a, "federal &amp; &lt;more&gt;"));
	/* y axis 0 to 5 (million): the highest point, 5e6 at 2014, is at the top right corner of the
	 * plot, x = 820 - 30 (the right margin) and y = 40 (the top margin) */
	assert_contains(a, ">5</text>",
			"790.00,40.00",
			NULL);
	/* the legend: a row per series under the plot (420 high), the text from x = 80 + 30 */
	assert_contains(a, "<text x=\"110.00\" y=\"424.00\">federal &amp; &lt;more&gt;</text>",
			"<text x=\"110.00\" y=\"444.00\">other</text>",
			NULL);
	/* the NaN point is left out: the second line has two points */
	const char *second = strstr(a, "id=\"series-1\"");
	CU_ASSERT_PTR_NOT_NULL_FATAL(second);
	CU_ASSERT_PTR_NOT_NULL(strstr(second, "points=\"80.00,360.00 790.00,40.00\""));
	free(a);
	free(b);
}

static CU_TestInfo tests[] = {
	TEST(a_snapshot_should_include_both_ends_of_a_span_and_carry_its_year),
	TEST(the_2025_model_as_of_2015_should_hold_the_seeds_seven_institutes),
	TEST(the_default_schedule_should_weigh_4_4_3_2_1),
	TEST(funding_should_follow_the_schedule_and_keep_bounds),
	TEST(funding_should_schedule_renewals_ends_and_awards_without_a_year),
	TEST(a_graph_schedule_should_override_the_exit_mechanism),
	TEST(diff_should_list_added_removed_and_changed),
	TEST(diff_from_2016_to_2025_should_add_the_11_later_institutes),
	TEST(a_degree_attack_on_a_path_should_match_the_hand_count),
	TEST(a_random_attack_should_be_a_seeded_permutation),
	TEST(a_chart_should_be_the_same_bytes_every_time_and_draw_each_series),
	CU_TEST_INFO_NULL,
};

int add_change_suite(void)
{
	return add_suite("change", tests);
}
