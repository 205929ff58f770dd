/* test_scenario.c: scenarios applied to a copy, the whatif comparison and the drawing states, worked by hand. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/draw_scenario.h"
#include "innonet/export.h"
#include "innonet/load.h"
#include "innonet/measures.h"
#include "innonet/scenario.h"
#include "innonet/whatif.h"

/*
 * scenario-small.json, nodes in model order A1 A2 I1 I2 I3 L1 M1 M2 (indices 0-7), links
 * j0 A1-I1, j1 A1-I2, j2 A2-I3, j3 A1-A2, j4 L1-I1, j5 M1-I1, j6 M1-I2, j7 M2-I3:
 *
 *      L1 - I1 - A1 - A2 - I3 - M2
 *            |    |
 *           M1 - I2
 */
enum { A1, A2, I1, I2, I3, L1, M1, M2 };

static struct inn_scenario *remove_a1(void)
{
	struct inn_scenario *s = inn_scenario_new("A1 leaves", "test");
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_EQUAL(inn_scenario_remove_node(s, "A1", &err), 0);
	return s;
}

static void removing_a_node_should_remove_its_links_on_a_copy(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_scenario *s = remove_a1();
	struct inn_scenario_result r;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_scenario_apply(m, s, &r, &err), 0);
	/* A1's links are j0, j1 and j3: 8 - 3 = 5 links are left, on 7 nodes */
	CU_ASSERT_EQUAL(r.after->nnodes, 7);
	CU_ASSERT_EQUAL(r.after->nlinks, 5);
	CU_ASSERT_TRUE(r.removed_node[A1]);
	bool want[] = {true, true, false, true, false, false, false, false};
	for (size_t j = 0; j < 8; j++)
		CU_ASSERT_EQUAL(r.removed_link[j], want[j]);
	CU_ASSERT_EQUAL(r.after_node[A1], SIZE_MAX);
	CU_ASSERT_EQUAL(r.after_node[A2], 0);
	CU_ASSERT_EQUAL(r.after_link[2], 0); /* j2 is the first link left */
	/* the model it was applied to is untouched */
	CU_ASSERT_EQUAL(m->nnodes, 8);
	CU_ASSERT_EQUAL(m->nlinks, 8);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
}

static void whatif_should_report_what_removing_a1_breaks(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_scenario *s = remove_a1();
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	struct inn_scenario_result r;
	struct inn_whatif w;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_scenario_apply(m, s, &r, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_whatif_compare(m, &r, inn_measure_find("degree"), &mo, &w, &err), 0);
	/*
	 * Without A1: {A2, I3, M2} (first in model order, 3 nodes) and {I1, I2, L1, M1} (4 nodes,
	 * the largest). Cut off: the nodes of the old whole outside the new largest: A2, I3, M2.
	 */
	CU_ASSERT_EQUAL(w.before.components, 1);
	CU_ASSERT_EQUAL(w.after.components, 2);
	CU_ASSERT_EQUAL(w.before.largest, 8);
	CU_ASSERT_EQUAL(w.after.largest, 4);
	CU_ASSERT_EQUAL(w.ncut_off, 3);
	bool cut[] = {false, true, false, false, true, false, false, true};
	for (size_t i = 0; i < 8; i++)
		CU_ASSERT_EQUAL(w.cut_off[i], cut[i]);
	/* A1 was the only agency of A2, I1 and I2 (I3 keeps A2): each had one such link */
	CU_ASSERT_EQUAL_FATAL(w.nlost_kind, 3);
	size_t lost[] = {A2, I1, I2};
	for (size_t k = 0; k < 3; k++) {
		CU_ASSERT_EQUAL(w.lost_kind[k].node, lost[k]);
		CU_ASSERT_STRING_EQUAL(w.lost_kind[k].kind, "agency");
		CU_ASSERT_EQUAL(w.lost_kind[k].links, 1);
	}
	/*
	 * Reach between kinds (sorted: agency, institute, lab, member_type), by hand from the two
	 * components: agency -> lab: A1 and A2 before, nobody after (A2 lost it); institute ->
	 * agency: 3 before, I3 after (I1 and I2 lost it); member_type -> member_type: 2 before,
	 * 0 after (M1 and M2 in different components); institute -> member_type: 3 and 3.
	 */
	CU_ASSERT_EQUAL_FATAL(w.npairs, 16);
	struct {
		int a, b;
		size_t before, after, nlost;
		size_t lost[2];
	} want[] = {
		{0, 2, 2, 0, 1, {A2}},      {1, 0, 3, 1, 2, {I1, I2}}, {3, 3, 2, 0, 2, {M1, M2}},
		{1, 3, 3, 3, 0, {0}},       {1, 1, 3, 2, 1, {I3}},     {2, 0, 1, 0, 1, {L1}},
		{2, 2, 0, 0, 0, {0}},       {0, 0, 2, 0, 1, {A2}},
	};
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
		const struct inn_whatif_pair *p = &w.pairs[want[k].a * 4 + want[k].b];
		CU_ASSERT_EQUAL(p->reach_before, want[k].before);
		CU_ASSERT_EQUAL(p->reach_after, want[k].after);
		CU_ASSERT_EQUAL_FATAL(p->nlost, want[k].nlost);
		for (size_t q = 0; q < p->nlost; q++)
			CU_ASSERT_EQUAL(w.lost_reach[p->first + q], want[k].lost[q]);
	}
	CU_ASSERT_STRING_EQUAL(w.pairs[1 * 4 + 0].a, "institute");
	CU_ASSERT_STRING_EQUAL(w.pairs[1 * 4 + 0].b, "agency");
	/*
	 * New cut points: M1, which joins I1 and I2 once the cycle through A1 is gone (I1, A2 and
	 * I3 were cut points already). New bridges: j5 M1-I1 and j6 M1-I2, on that cycle before.
	 */
	CU_ASSERT_EQUAL_FATAL(w.nnew_cut_points, 1);
	CU_ASSERT_EQUAL(w.new_cut_points[0], M1);
	CU_ASSERT_EQUAL_FATAL(w.nnew_bridges, 2);
	CU_ASSERT_EQUAL(w.new_bridges[0], 5);
	CU_ASSERT_EQUAL(w.new_bridges[1], 6);
	/*
	 * Degree ranks among the seven nodes in both. Before: I1 3 (rank 1), A2 I2 I3 M1 2 (rank 2),
	 * L1 M2 1 (rank 6). After: I1 I3 M1 2 (rank 1), A2 I2 L1 M2 1 (rank 4). Moves, largest first
	 * then by id: A2 -2, I2 -2, L1 +2, M2 +2, I3 +1, M1 +1; I1 does not move.
	 */
	CU_ASSERT_EQUAL_FATAL(w.nmovers, 6);
	size_t order[] = {A2, I2, L1, M2, I3, M1};
	long move[] = {-2, -2, 2, 2, 1, 1};
	for (size_t k = 0; k < 6; k++) {
		CU_ASSERT_EQUAL(w.movers[k].node, order[k]);
		CU_ASSERT_EQUAL(w.movers[k].move, move[k]);
	}
	CU_ASSERT_EQUAL(w.movers[0].rank_before, 2);
	CU_ASSERT_EQUAL(w.movers[0].rank_after, 4);
	CU_ASSERT_DOUBLE_EQUAL(w.movers[0].score_before, 2, 0);
	CU_ASSERT_DOUBLE_EQUAL(w.movers[0].score_after, 1, 0);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
}

static void a_scenario_file_should_remove_add_and_reweight(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_scenario *s;
	struct inn_scenario_result r;
	struct inn_whatif w;
	struct inn_error err;

	inn_error_init(&err);
	s = inn_scenario_load(fixture("scenario-small-scenario.json"), &err);
	if (!s)
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_STRING_EQUAL(s->name, "A1 withdraws, A3 steps in");
	CU_ASSERT_EQUAL_FATAL(inn_scenario_apply(m, s, &r, &err), 0);
	/* merged: the 8 nodes, then A3 (I1 and A2 in the addition name existing nodes) */
	CU_ASSERT_EQUAL(r.merged->nnodes, 9);
	CU_ASSERT_EQUAL(r.merged->nlinks, 10);
	CU_ASSERT_STRING_EQUAL(r.merged->nodes[8].id, "A3");
	CU_ASSERT_STRING_EQUAL(r.merged->nodes[8].label, "Agency three");
	CU_ASSERT_TRUE(r.reweighted_link[2]);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(r.merged, &r.merged->links[2]), 2, 0);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[2]), 1, 0);
	CU_ASSERT_EQUAL_FATAL(inn_whatif_compare(m, &r, NULL, NULL, &w, &err), 0);
	/*
	 * After: A2-I3, I3-M2, A2-A3, A3-I1, I1-L1, I1-M1, M1-I2 is one tree on 8 nodes: nothing is
	 * cut off; I2 is the only node left without an agency; the tree's inner nodes A2, I3, A3,
	 * I1 and M1 are cut points, of which M1 and the new A3 were not; every link is a bridge,
	 * of which j5, j6 and the two added ones (j8, j9) were not.
	 */
	CU_ASSERT_EQUAL(w.after.components, 1);
	CU_ASSERT_EQUAL(w.after.largest, 8);
	CU_ASSERT_EQUAL(w.ncut_off, 0);
	CU_ASSERT_EQUAL_FATAL(w.nlost_kind, 1);
	CU_ASSERT_EQUAL(w.lost_kind[0].node, I2);
	CU_ASSERT_EQUAL_FATAL(w.nnew_cut_points, 2);
	CU_ASSERT_EQUAL(w.new_cut_points[0], M1);
	CU_ASSERT_EQUAL(w.new_cut_points[1], 8);
	CU_ASSERT_EQUAL_FATAL(w.nnew_bridges, 4);
	size_t bridges[] = {5, 6, 8, 9};
	for (size_t k = 0; k < 4; k++)
		CU_ASSERT_EQUAL(w.new_bridges[k], bridges[k]);
	for (size_t p = 0; p < w.npairs; p++)
		CU_ASSERT_EQUAL(w.pairs[p].nlost, 0);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
}

/* Apply a scenario given as JSON text; returns the error message ("" when it applied). */
static const char *apply_text(const char *json)
{
	static struct inn_error err;
	char path[] = "/tmp/innonet-scenario-XXXXXX";
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_scenario_result r;
	struct inn_scenario *s;
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(json, f);
	fclose(f);
	if ((s = inn_scenario_load(path, &err)) && inn_scenario_apply(m, s, &r, &err) == 0)
		inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
	/* messages name the file: keep what follows its name */
	static char msg[1024];
	const char *after = strstr(err.msg, path);
	snprintf(msg, sizeof(msg), "%s", after ? after + strlen(path) : err.msg);
	remove(path);
	return msg;
}

static void bad_scenarios_should_be_refused_naming_the_subject(void)
{
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A9\"]}"), ": no node 'A9' to remove in " INN_SOURCE_DIR
				       "/tests/fixtures/scenario-small.json");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove_kinds\": [\"council\"]}"),
			       ": no node of kind 'council' to remove in " INN_SOURCE_DIR "/tests/fixtures/scenario-small.json");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"weights\": [{\"source\": \"A1\", \"target\": \"M2\", \"weight\": 3}]}"),
			       ": weight change: no link 'A1' -- 'M2'");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\"], \"remove\": [\"A2\"]}"), ": duplicate key 'remove'");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"removes\": []}"),
			       ": unknown member 'removes' (name, description, remove, remove_kinds, remove_links, add, weights)");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\",]}"), /* the ] is column 18 */ ":1:18: invalid JSON: expected a value");
	/* the model's strict checks apply to scenarios too: cJSON alone takes all three */
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\"]} x"), /* x is column 20 */
			       ":1:20: invalid JSON: unexpected text after the scenario");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"name\": \"a\tb\"}"), /* the tab is column 12 */
			       ":1:12: invalid JSON: control character in a string");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"name\": \"\xff\"}"), ":1:11: invalid UTF-8");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"add\": {\"nodes\": [{\"id\": \"I1\", \"kind\": \"lab\"}]}}"),
			       ": added node 'I1' is already in the model: name it by its id alone to link to it");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"add\": {\"nodes\": [{\"id\": \"A1\"}, {\"id\": \"I1\"}], \"links\": "
					  "[{\"source\": \"I1\", \"target\": \"A1\"}]}}"),
			       ": added link 'I1' -- 'A1' joins nodes already linked");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"add\": {\"nodes\": [{\"id\": \"X\"}], \"links\": "
					  "[{\"source\": \"X\", \"target\": \"Y\"}]}}"),
			       ": add: links[0]: link target 'Y' is not a node");
	/* removing a link by its ends, in either order on an undirected model */
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove_links\": [{\"source\": \"I1\", \"target\": \"A1\"}]}"), "");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove_links\": [{\"source\": \"A1\", \"target\": \"I1\", \"relation\": \"funds\"}]}"),
			       ": link to remove: no link 'A1' -- 'I1' with relation funds");
}

static void drawing_states_should_grey_removed_and_mark_cut_off(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	unsigned char *ns = NULL, *ls = NULL;
	char path[] = "/tmp/innonet-scenario-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("{\"remove\": [\"A1\"]}", f);
	fclose(f);
	CU_ASSERT_EQUAL_FATAL(inn_whatif_draw_states(&m, path, &ns, &ls, &err), 0);
	/* the drawing keeps A1 (greyed) and marks A2, I3, M2, cut off from the largest part */
	CU_ASSERT_EQUAL(m->nnodes, 8);
	unsigned char want[] = {INN_DRAW_REMOVED, INN_DRAW_CUT_OFF, 0, 0, INN_DRAW_CUT_OFF, 0, 0, INN_DRAW_CUT_OFF};
	for (size_t i = 0; i < 8; i++)
		CU_ASSERT_EQUAL(ns[i], want[i]);
	unsigned char lwant[] = {INN_DRAW_REMOVED, INN_DRAW_REMOVED, 0, INN_DRAW_REMOVED, 0, 0, 0, 0};
	for (size_t j = 0; j < 8; j++)
		CU_ASSERT_EQUAL(ls[j], lwant[j]);
	remove(path);
	free(ns);
	free(ls);
	inn_model_free(m);
}

static void removing_dod_from_the_2016_model_should_cut_off_nothing_but_orphan_five_institutes(void)
{
	struct inn_error err;
	struct inn_model *m;
	struct inn_scenario *s = inn_scenario_new("no DoD", "test");
	struct inn_scenario_result r;
	struct inn_whatif w;
	char path[4096];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m = inn_load(path, &err));
	CU_ASSERT_EQUAL(inn_scenario_remove_node(s, "DoD", &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_scenario_apply(m, s, &r, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_whatif_compare(m, &r, NULL, NULL, &w, &err), 0);
	/*
	 * DoD's links in the model: works_with DOE-labs, sponsors america-makes, DMDII, LIFT,
	 * aim-photonics and nextflex, and AMNPO coordinates DoD: 7 of 138. Every one of its
	 * neighbours keeps another way in: the five institutes are part_of NNMI and partner the
	 * DOE laboratories, DOE-labs is part_of DOE, AMNPO coordinates DOE. So nothing is cut off,
	 * no institute or member type loses a path to anything, but the five DoD institutes lose
	 * their only agency (their only other neighbours are NNMI, the DOE laboratories, their lead
	 * organization and the member types). PowerAmerica and IACMI keep DOE.
	 */
	CU_ASSERT_EQUAL(w.after.nodes, 58);
	CU_ASSERT_EQUAL(w.after.links, 131);
	CU_ASSERT_EQUAL(w.after.components, 1);
	CU_ASSERT_EQUAL(w.ncut_off, 0);
	for (size_t p = 0; p < w.npairs; p++)
		CU_ASSERT_EQUAL(w.pairs[p].nlost, 0);
	static const char *const orphans[] = {"america-makes", "DMDII", "LIFT", "aim-photonics", "nextflex"};
	CU_ASSERT_EQUAL_FATAL(w.nlost_kind, 5);
	for (size_t k = 0; k < 5; k++) {
		CU_ASSERT_STRING_EQUAL(r.merged->nodes[w.lost_kind[k].node].id, orphans[k]);
		CU_ASSERT_STRING_EQUAL(w.lost_kind[k].kind, "agency");
	}
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
}

static void removing_the_doe_laboratories_should_cut_off_the_17_laboratories(void)
{
	struct inn_error err;
	struct inn_model *m;
	struct inn_scenario *s = inn_scenario_new("no DOE-labs", "test");
	struct inn_scenario_result r;
	struct inn_whatif w;
	char path[4096];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m = inn_load(path, &err));
	CU_ASSERT_EQUAL(inn_scenario_remove_node(s, "DOE-labs", &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_scenario_apply(m, s, &r, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_whatif_compare(m, &r, NULL, NULL, &w, &err), 0);
	/*
	 * Each of the 17 laboratories is linked only to DOE-labs (part_of), so each is left alone:
	 * 1 + 17 components, the other 41 nodes together; every member type loses every path to a
	 * national laboratory (9 member types reached one before, none after).
	 */
	CU_ASSERT_EQUAL(w.after.components, 18);
	CU_ASSERT_EQUAL(w.after.largest, 41);
	CU_ASSERT_EQUAL(w.ncut_off, 17);
	for (size_t i = 0; i < r.merged->nnodes; i++)
		CU_ASSERT_EQUAL(w.cut_off[i], strcmp(r.merged->nodes[i].kind, "national_lab") == 0);
	bool found = false;
	for (size_t p = 0; p < w.npairs; p++) {
		if (strcmp(w.pairs[p].a, "member_type") || strcmp(w.pairs[p].b, "national_lab"))
			continue;
		found = true;
		CU_ASSERT_EQUAL(w.pairs[p].reach_before, 9);
		CU_ASSERT_EQUAL(w.pairs[p].reach_after, 0);
		CU_ASSERT_EQUAL(w.pairs[p].nlost, 9);
	}
	CU_ASSERT_TRUE(found);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(removing_a_node_should_remove_its_links_on_a_copy),
	TEST(whatif_should_report_what_removing_a1_breaks),
	TEST(a_scenario_file_should_remove_add_and_reweight),
	TEST(bad_scenarios_should_be_refused_naming_the_subject),
	TEST(drawing_states_should_grey_removed_and_mark_cut_off),
	TEST(removing_dod_from_the_2016_model_should_cut_off_nothing_but_orphan_five_institutes),
	TEST(removing_the_doe_laboratories_should_cut_off_the_17_laboratories),
	CU_TEST_INFO_NULL,
};

int add_scenario_suite(void)
{
	return add_suite("scenario", tests);
}
