/* test_scenario.c: scenarios applied to a copy, the whatif comparison and the drawing states, worked by hand. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "innonet/draw_scenario.h"
#include "innonet/draw.h"
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
	 * L1 M2 1 (rank 6). After: I1 I3 M1 2 (rank 1), A2 I2 L1 M2 1 (rank 4). Only A2 and I2 lose a
	 * link (2 -> 1): they move 2 -> 4, by id. I3 and M1 (2 -> 2), L1 and M2 (1 -> 1) and I1
	 * (rank 1 -> 1) change rank only because others fell past them: they do not move.
	 */
	CU_ASSERT_EQUAL_FATAL(w.nmovers, 2);
	size_t order[] = {A2, I2};
	for (size_t k = 0; k < 2; k++) {
		CU_ASSERT_EQUAL(w.movers[k].a, order[k]);
		CU_ASSERT_EQUAL(w.movers[k].move, -2);
	}
	/* cut off: A2, I3 and M2, 3 of the 7 nodes of their old component still there */
	CU_ASSERT_EQUAL(w.part_before[A2], 7);
	CU_ASSERT_EQUAL(w.part_after[A2], 3);
	CU_ASSERT_EQUAL(w.nsplit, 0);
	CU_ASSERT_EQUAL(w.nodes_without_kind_before, 0);
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
	struct inn_scenario_result r = {0};
	struct inn_scenario *s;
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(json, f);
	fclose(f);
	if ((s = inn_scenario_load(path, &err)))
		inn_scenario_apply(m, s, &r, &err);
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

static void contradictions_should_be_refused_naming_both_parts(void)
{
	/* removals come first: a link added to a removed node, a node removed and added, a weight on a removed link */
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\"], \"add\": {\"nodes\": [{\"id\": \"A1\"}, {\"id\": \"I3\"}], "
					  "\"links\": [{\"source\": \"A1\", \"target\": \"I3\"}]}}"),
			       ": added link 'A1' -- 'I3' reaches node 'A1', which the scenario removes (removals come first)");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"X\"], \"add\": {\"nodes\": [{\"id\": \"X\", \"kind\": \"lab\"}]}}"),
			       ": node 'X' is both removed and added: a scenario removes first, then adds");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\"], \"add\": {\"nodes\": [{\"id\": \"A1\", \"kind\": \"lab\"}]}}"),
			       ": node 'A1' is both removed and added: a scenario removes first, then adds");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove\": [\"A1\"], \"weights\": [{\"source\": \"I1\", \"target\": \"A1\", \"weight\": 3}]}"),
			       ": weight change 'I1' -- 'A1' names a link the scenario removes (removals come first)");
	CU_ASSERT_STRING_EQUAL(apply_text("{\"remove_links\": [{\"source\": \"A1\", \"target\": \"I1\"}], "
					  "\"weights\": [{\"source\": \"A1\", \"target\": \"I1\", \"weight\": 3}]}"),
			       ": weight change 'A1' -- 'I1' names a link the scenario removes (removals come first)");
}

/* A model from JSON text, through the loader. */
static struct inn_model *model_text(const char *json)
{
	char dir[] = "/tmp/innonet-model-XXXXXX", path[64];
	FILE *f = NULL;
	struct inn_model *m;
	struct inn_error err;

	inn_error_init(&err);
	if (mkdtemp(dir)) {
		snprintf(path, sizeof(path), "%s/m.json", dir);
		f = fopen(path, "w");
	}
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(json, f);
	fclose(f);
	m = inn_load(path, &err);
	remove(path);
	rmdir(dir);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	return m;
}

/* Apply a scenario given as JSON text to m; the result and the comparison (degree) are the caller's. */
static void apply_and_compare(const struct inn_model *m, const char *json, struct inn_scenario_result *r,
			      struct inn_whatif *w)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	char path[] = "/tmp/innonet-scenario-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	struct inn_scenario *s;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(json, f);
	fclose(f);
	s = inn_scenario_load(path, &err);
	remove(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	if (inn_scenario_apply(m, s, r, &err) != 0 || inn_whatif_compare(m, r, inn_measure_find("degree"), &mo, w, &err) != 0)
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->after);
	inn_scenario_free(s);
}

static void a_removed_link_added_again_should_be_replaced_and_a_same_weight_no_change(void)
{
	struct inn_model *m = load_fixture("scenario-small.json");
	struct inn_scenario_result r;
	struct inn_whatif w;

	/* j0 A1-I1 (weight 2) goes and comes back as "funds"; j2 A2-I3 is set to 1, its weight already */
	apply_and_compare(m,
			  "{\"remove_links\": [{\"source\": \"A1\", \"target\": \"I1\"}], \"add\": {\"nodes\": [{\"id\": \"A1\"}, "
			  "{\"id\": \"I1\"}], \"links\": [{\"source\": \"A1\", \"target\": \"I1\", \"relation\": \"funds\"}]}, "
			  "\"weights\": [{\"source\": \"A2\", \"target\": \"I3\", \"weight\": 1}, "
			  "{\"source\": \"A1\", \"target\": \"I1\", \"weight\": 4}]}",
			  &r, &w);
	/* 8 links before, 8 after: j0 removed, j8 added (and given weight 4, which is its weight, not a change) */
	CU_ASSERT_EQUAL(r.after->nlinks, 8);
	CU_ASSERT_TRUE(r.removed_link[0]);
	CU_ASSERT_FALSE(r.removed_link[8]);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(r.merged, &r.merged->links[8]), "funds");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(r.merged, &r.merged->links[8]), 4, 0);
	for (size_t j = 0; j < 9; j++)
		CU_ASSERT_FALSE(r.reweighted_link[j]);
	CU_ASSERT_EQUAL(w.ncut_off + w.nsplit, 0);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_model_free(m);
}

static void cut_off_should_be_measured_against_the_rest_of_the_old_component(void)
{
	/*
	 * p1 - p2 - p3 - p4 - p5 and q1 - q2 (p5 has no kind). Removing p3 leaves {p1, p2} and
	 * {p4, p5}: equal halves, a split of 4 nodes, nothing cut off. Removing p4 leaves {p1, p2, p3}
	 * and {p5}: p5 is cut off (1 of the 4 left). Adding a chain of 8 new nodes joined to nothing
	 * makes the largest component theirs, but cuts off nobody.
	 */
	struct inn_model *m = model_text(
		"{\"directed\": false, \"multigraph\": false, \"graph\": {}, \"nodes\": [{\"id\": \"p1\", \"kind\": \"k\"}, "
		"{\"id\": \"p2\", \"kind\": \"k\"}, {\"id\": \"p3\", \"kind\": \"k\"}, {\"id\": \"p4\", \"kind\": \"k\"}, "
		"{\"id\": \"p5\"}, {\"id\": \"q1\", \"kind\": \"k\"}, {\"id\": \"q2\", \"kind\": \"k\"}], \"links\": ["
		"{\"source\": \"p1\", \"target\": \"p2\"}, {\"source\": \"p2\", \"target\": \"p3\"}, "
		"{\"source\": \"p3\", \"target\": \"p4\"}, {\"source\": \"p4\", \"target\": \"p5\"}, "
		"{\"source\": \"q1\", \"target\": \"q2\"}]}");
	struct inn_scenario_result r;
	struct inn_whatif w;

	apply_and_compare(m, "{\"remove\": [\"p3\"]}", &r, &w);
	CU_ASSERT_EQUAL(w.ncut_off, 0);
	CU_ASSERT_EQUAL(w.nsplit, 4);
	bool split[] = {true, true, false, true, true, false, false};
	for (size_t i = 0; i < 7; i++)
		CU_ASSERT_EQUAL(w.split[i], split[i]);
	CU_ASSERT_EQUAL(w.part_before[0], 4);
	CU_ASSERT_EQUAL(w.part_after[0], 2);
	CU_ASSERT_EQUAL(w.nodes_without_kind_before, 1);
	CU_ASSERT_EQUAL(w.nodes_without_kind_after, 1);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);

	apply_and_compare(m, "{\"remove\": [\"p4\"]}", &r, &w);
	CU_ASSERT_EQUAL(w.nsplit, 0);
	CU_ASSERT_EQUAL_FATAL(w.ncut_off, 1);
	CU_ASSERT_TRUE(w.cut_off[4]);
	CU_ASSERT_EQUAL(w.part_before[4], 4);
	CU_ASSERT_EQUAL(w.part_after[4], 1);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);

	apply_and_compare(m,
			  "{\"add\": {\"nodes\": [{\"id\": \"g1\"}, {\"id\": \"g2\"}, {\"id\": \"g3\"}, {\"id\": \"g4\"}, "
			  "{\"id\": \"g5\"}, {\"id\": \"g6\"}, {\"id\": \"g7\"}, {\"id\": \"g8\"}], \"links\": ["
			  "{\"source\": \"g1\", \"target\": \"g2\"}, {\"source\": \"g2\", \"target\": \"g3\"}, "
			  "{\"source\": \"g3\", \"target\": \"g4\"}, {\"source\": \"g4\", \"target\": \"g5\"}, "
			  "{\"source\": \"g5\", \"target\": \"g6\"}, {\"source\": \"g6\", \"target\": \"g7\"}, "
			  "{\"source\": \"g7\", \"target\": \"g8\"}]}}",
			  &r, &w);
	CU_ASSERT_EQUAL(w.after.largest, 8);
	CU_ASSERT_EQUAL(w.ncut_off, 0);
	CU_ASSERT_EQUAL(w.nsplit, 0);
	CU_ASSERT_EQUAL(w.nodes_without_kind_after, 9);
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_model_free(m);
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

/* The 2016 model with one node removed, and what the removal changes. */
struct removal {
	struct inn_model *m;
	struct inn_scenario *s;
	struct inn_scenario_result r;
	struct inn_whatif w;
};

/* Fills x; returns false (the test failed) when the model, the scenario or the comparison fails. */
static bool remove_from_2016(struct removal *x, const char *id)
{
	struct inn_error err;
	char path[4096];

	memset(x, 0, sizeof(*x));
	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	x->s = inn_scenario_new(id, "test");
	CU_ASSERT_PTR_NOT_NULL(x->m = inn_load(path, &err));
	if (!x->m || !x->s)
		return false;
	CU_ASSERT_EQUAL(inn_scenario_remove_node(x->s, id, &err), 0);
	if (inn_scenario_apply(x->m, x->s, &x->r, &err) < 0 || inn_whatif_compare(x->m, &x->r, NULL, NULL, &x->w, &err) < 0) {
		CU_FAIL(err.msg);
		return false;
	}
	return true;
}

static void removal_release(struct removal *x)
{
	inn_whatif_release(&x->w);
	inn_scenario_result_release(&x->r);
	inn_scenario_free(x->s);
	inn_model_free(x->m);
}

static void removing_dod_from_the_2016_model_should_cut_off_nothing_but_orphan_five_institutes(void)
{
	struct removal x;

	CU_ASSERT_FATAL(remove_from_2016(&x, "DoD"));
	/*
	 * DoD's links in the model: works_with DOE-labs, sponsors america-makes, DMDII, LIFT,
	 * aim-photonics and nextflex, and AMNPO coordinates DoD: 7 of 124. Every one of its
	 * neighbours keeps another way in: the five institutes are part_of NNMI and partner the
	 * DOE laboratories, DOE-labs is part_of DOE, AMNPO coordinates DOE. So nothing is cut off,
	 * no institute or member type loses a path to anything, but the five DoD institutes lose
	 * their only agency (their only other neighbours are NNMI, the DOE laboratories, their lead
	 * organization and the member types). PowerAmerica and IACMI keep DOE.
	 */
	CU_ASSERT_EQUAL(x.w.after.nodes, 42);
	CU_ASSERT_EQUAL(x.w.after.links, 117);
	CU_ASSERT_EQUAL(x.w.after.components, 1);
	CU_ASSERT_EQUAL(x.w.ncut_off, 0);
	for (size_t p = 0; p < x.w.npairs; p++)
		CU_ASSERT_EQUAL(x.w.pairs[p].nlost, 0);
	static const char *const orphans[] = {"america-makes", "DMDII", "LIFT", "aim-photonics", "nextflex"};
	CU_ASSERT_EQUAL_FATAL(x.w.nlost_kind, 5);
	for (size_t k = 0; k < 5; k++) {
		CU_ASSERT_STRING_EQUAL(x.r.merged->nodes[x.w.lost_kind[k].node].id, orphans[k]);
		CU_ASSERT_STRING_EQUAL(x.w.lost_kind[k].kind, "agency");
	}
	removal_release(&x);
}

static void removing_the_doe_laboratories_should_cut_off_nothing_now_they_are_one_node(void)
{
	struct removal x;

	CU_ASSERT_FATAL(remove_from_2016(&x, "DOE-labs"));
	/*
	 * The seed gives only the number of DOE laboratories, so they are one node, linked to DOE,
	 * AMO, DoD and the seven institutes, each of which has other links: removing it cuts off
	 * nothing and leaves the other 42 nodes together.
	 */
	CU_ASSERT_EQUAL(x.w.after.components, 1);
	CU_ASSERT_EQUAL(x.w.after.largest, 42);
	CU_ASSERT_EQUAL(x.w.ncut_off, 0);
	removal_release(&x);
}

static CU_TestInfo tests[] = {
	TEST(removing_a_node_should_remove_its_links_on_a_copy),
	TEST(whatif_should_report_what_removing_a1_breaks),
	TEST(a_scenario_file_should_remove_add_and_reweight),
	TEST(bad_scenarios_should_be_refused_naming_the_subject),
	TEST(contradictions_should_be_refused_naming_both_parts),
	TEST(a_removed_link_added_again_should_be_replaced_and_a_same_weight_no_change),
	TEST(cut_off_should_be_measured_against_the_rest_of_the_old_component),
	TEST(drawing_states_should_grey_removed_and_mark_cut_off),
	TEST(removing_dod_from_the_2016_model_should_cut_off_nothing_but_orphan_five_institutes),
	TEST(removing_the_doe_laboratories_should_cut_off_nothing_now_they_are_one_node),
	CU_TEST_INFO_NULL,
};

int add_scenario_suite(void)
{
	return add_suite("scenario", tests);
}
