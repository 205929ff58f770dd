/* test_structure.c: components, cut points, bridges, paths, cuts, snapshots and projections. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/load.h"
#include "innonet/structure.h"
#include "innonet/transform.h"

static struct inn_model *from_json(const char *json)
{
	return load_text(json, "s.json");
}

/* The square a-b-d-c-a with a tail d-e; the c-d link is long (weight 5). */
static const char *square =
	"{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"}, {\"id\": \"e\"}], \"links\": ["
	"{\"source\": \"a\", \"target\": \"b\", \"weight\": 1}, {\"source\": \"b\", \"target\": \"d\", \"weight\": 1},"
	"{\"source\": \"a\", \"target\": \"c\", \"weight\": 1}, {\"source\": \"c\", \"target\": \"d\", \"weight\": 5},"
	"{\"source\": \"d\", \"target\": \"e\", \"relation\": \"leads\"}]}";

/* net must have want_count components (strong ones when strong), node i in component want[i]. */
static void assert_components(struct inn_net *net, bool strong, const size_t *want, size_t n, size_t want_count)
{
	struct inn_error err;
	size_t *member = calloc(n, sizeof(*member)), count;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(member);
	CU_ASSERT_EQUAL(inn_components(net, strong, member, &count, &err), 0);
	CU_ASSERT_EQUAL(count, want_count);
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_EQUAL(member[i], want[i]);
	free(member);
}

static void components_should_be_numbered_in_model_order(void)
{
	struct inn_net net;
	struct inn_model *m = load_fixture_net("disconnected.json", &net);
	/* a b c d e | hub s0 s1 s2 s3 | alone, as make_refs.py builds it */
	static const size_t want[] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2};

	CU_ASSERT_EQUAL_FATAL(m->nnodes, 11);
	assert_components(&net, false, want, 11, 3);
	inn_net_release(&net);
	inn_model_free(m);
}

static void strong_components_should_follow_direction(void)
{
	/* directed.json: A1 -> I1 -> M1 -> I3 -> M2 -> A1 and A1 -> I2 -> M2 form one cycle set;
	 * A2 only sends and M3 only receives */
	struct inn_net net;
	struct inn_model *m = load_fixture_net("directed.json", &net);
	/* order: A1 A2 I1 I2 I3 M1 M2 M3 */
	static const size_t strong[] = {0, 1, 0, 0, 0, 0, 0, 2}, weak[8] = {0};

	assert_components(&net, true, strong, 8, 3);
	assert_components(&net, false, weak, 8, 1);
	inn_net_release(&net);
	inn_model_free(m);
}

static void cut_points_and_bridges_should_be_those_of_the_drawing(void)
{
	struct inn_net net;
	struct inn_model *m = load_fixture_net("disconnected.json", &net);
	struct inn_error err;
	bool cut[11], bridge[9];

	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_articulation_points(&net, cut, &err), 0);
	/* c holds the tail to the triangle, d holds e, the hub holds its spokes */
	for (size_t i = 0; i < 11; i++) {
		const char *id = m->nodes[i].id;
		CU_ASSERT_EQUAL(cut[i], strcmp(id, "c") == 0 || strcmp(id, "d") == 0 || strcmp(id, "hub") == 0);
	}
	CU_ASSERT_EQUAL_FATAL(m->nlinks, 9);
	CU_ASSERT_EQUAL(inn_bridges(&net, bridge, &err), 0);
	/* links: a-b b-c c-a c-d d-e hub-s0..s3: all but the triangle's three are bridges */
	bool want[] = {false, false, false, true, true, true, true, true, true};
	for (size_t j = 0; j < 9; j++)
		CU_ASSERT_EQUAL(bridge[j], want[j]);
	inn_net_release(&net);
	inn_model_free(m);
}

static void shortest_paths_should_list_every_path_in_id_order(void)
{
	struct inn_model *m = from_json(square);
	struct inn_paths p;
	struct inn_error err;
	struct inn_net net;
	bool more;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, 0, 4, NULL, 0, &p, &more, &err), 0);
	CU_ASSERT_EQUAL_FATAL(p.npaths, 2);
	CU_ASSERT_EQUAL(inn_path_links(&p, 0), 3);
	CU_ASSERT_EQUAL(inn_path_links(&p, 1), 3);
	CU_ASSERT_DOUBLE_EQUAL(p.distance, 3, 0);
	size_t want_nodes[] = {0, 1, 3, 4, 0, 2, 3, 4}; /* a b d e, then a c d e */
	size_t want_links[] = {0, 1, 4, 2, 3, 4};
	for (size_t k = 0; k < 8; k++)
		CU_ASSERT_EQUAL(p.nodes[k], want_nodes[k]);
	for (size_t k = 0; k < 6; k++)
		CU_ASSERT_EQUAL(p.links[k], want_links[k]);
	inn_paths_release(&p);
	/* with weights as distances the long c-d link drops out */
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, 0, 4, "weight", 0, &p, &more, &err), 0);
	CU_ASSERT_EQUAL(p.npaths, 1);
	CU_ASSERT_DOUBLE_EQUAL(p.distance, 3, 0); /* 1 + 1 + 1 (d-e has no weight: 1) */
	inn_paths_release(&p);
	/* a limit keeps the first paths in order and says there were more */
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, 0, 4, NULL, 1, &p, &more, &err), 0);
	CU_ASSERT_EQUAL(p.npaths, 1);
	CU_ASSERT_TRUE(more);
	CU_ASSERT_EQUAL(p.nodes[1], 1);
	inn_paths_release(&p);
	inn_net_release(&net);
	inn_model_free(m);
}

static void weighted_shortest_paths_may_differ_in_links(void)
{
	/* a-b (weight 2) and a-c-b (1 + 1): both have distance 2, with one link and with two; in
	 * id order a b comes before a c b */
	struct inn_model *m = from_json(
		"{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": ["
		"{\"source\": \"a\", \"target\": \"b\", \"weight\": 2}, {\"source\": \"a\", \"target\": \"c\"},"
		"{\"source\": \"c\", \"target\": \"b\"}]}");
	struct inn_paths p;
	struct inn_error err;
	struct inn_net net;
	bool more;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, 0, 1, "weight", 0, &p, &more, &err), 0);
	CU_ASSERT_EQUAL_FATAL(p.npaths, 2);
	CU_ASSERT_DOUBLE_EQUAL(p.distance, 2, 0);
	CU_ASSERT_EQUAL(inn_path_links(&p, 0), 1);
	CU_ASSERT_EQUAL(inn_path_links(&p, 1), 2);
	size_t want_nodes[] = {0, 1, 0, 2, 1}; /* a b | a c b */
	size_t want_links[] = {0, 1, 2};
	double want_steps[] = {2, 1, 1};
	for (size_t k = 0; k < 5; k++)
		CU_ASSERT_EQUAL(p.nodes[k], want_nodes[k]);
	for (size_t k = 0; k < 3; k++) {
		CU_ASSERT_EQUAL(p.links[k], want_links[k]);
		CU_ASSERT_DOUBLE_EQUAL(p.steps[k], want_steps[k], 0);
	}
	CU_ASSERT_EQUAL(p.offset[1], 2);
	/* without weights only the direct link is shortest */
	inn_paths_release(&p);
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, 0, 1, NULL, 0, &p, &more, &err), 0);
	CU_ASSERT_EQUAL(p.npaths, 1);
	CU_ASSERT_EQUAL(inn_path_links(&p, 0), 1);
	inn_paths_release(&p);
	inn_net_release(&net);
	inn_model_free(m);
}

static void unreachable_nodes_should_have_no_path_and_an_empty_cut(void)
{
	struct inn_net net;
	struct inn_model *m = load_fixture_net("disconnected.json", &net);
	struct inn_paths p;
	struct inn_error err;
	bool more, cut[11], exists;
	size_t size = 99;

	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_shortest_paths(&net, 0, 10, NULL, 0, &p, &more, &err), 0);
	CU_ASSERT_EQUAL(p.npaths, 0);
	inn_paths_release(&p);
	CU_ASSERT_EQUAL(inn_min_vertex_cut(&net, 0, 10, cut, &size, &exists, &err), 0);
	CU_ASSERT_TRUE(exists);
	CU_ASSERT_EQUAL(size, 0);
	inn_net_release(&net);
	inn_model_free(m);
}

static void minimum_cuts_should_be_the_smallest_separators(void)
{
	struct inn_model *m = from_json(square);
	struct inn_error err;
	struct inn_net net;
	bool vcut[5], ecut[5], exists;
	size_t size;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	/* a to e: d alone separates them, and the d-e link alone */
	CU_ASSERT_EQUAL(inn_min_vertex_cut(&net, 0, 4, vcut, &size, &exists, &err), 0);
	CU_ASSERT_EQUAL(size, 1);
	CU_ASSERT_TRUE(vcut[3]);
	CU_ASSERT_EQUAL(inn_min_edge_cut(&net, 0, 4, ecut, &size, &err), 0);
	CU_ASSERT_EQUAL(size, 1);
	CU_ASSERT_TRUE(ecut[4]);
	/* a to d: b and c together; two links */
	CU_ASSERT_EQUAL(inn_min_vertex_cut(&net, 0, 3, vcut, &size, &exists, &err), 0);
	CU_ASSERT_EQUAL(size, 2);
	CU_ASSERT_TRUE(vcut[1] && vcut[2]);
	CU_ASSERT_FALSE(vcut[0] || vcut[3] || vcut[4]);
	CU_ASSERT_EQUAL(inn_min_edge_cut(&net, 0, 3, ecut, &size, &err), 0);
	CU_ASSERT_EQUAL(size, 2);
	/* neighbours cannot be separated by removing other nodes */
	CU_ASSERT_EQUAL(inn_min_vertex_cut(&net, 0, 1, vcut, &size, &exists, &err), 0);
	CU_ASSERT_FALSE(exists);
	inn_net_release(&net);
	inn_model_free(m);
}

static void as_of_should_keep_what_existed_that_year(void)
{
	struct inn_model *m = from_json(
		"{\"nodes\": [{\"id\": \"old\", \"until\": 2014}, {\"id\": \"new\", \"since\": 2016}, {\"id\": \"always\"}],"
		" \"links\": [{\"source\": \"old\", \"target\": \"always\"}, {\"source\": \"new\", \"target\": \"always\"},"
		" {\"source\": \"always\", \"target\": \"always\", \"since\": 2020}]}");
	/* 2015: old has gone and new not come; the self-loop of always comes in 2020 */
	static const struct {
		int year;
		size_t nnodes, nlinks;
	} want[] = {{2015, 1, 0}, {2014, 2, 1}, {2020, 2, 2}};
	struct inn_error err;
	struct inn_model *s;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
		CU_ASSERT_PTR_NOT_NULL_FATAL(s = inn_model_as_of(m, want[k].year, &err));
		CU_ASSERT_EQUAL(s->nnodes, want[k].nnodes);
		if (want[k].year == 2015)
			CU_ASSERT_STRING_EQUAL(s->nodes[0].id, "always");
		CU_ASSERT_EQUAL(s->nlinks, want[k].nlinks);
		inn_model_free(s);
	}
	inn_model_free(m);
}

static void projection_should_match_networkx_on_the_davis_women(void)
{
	/* nx.bipartite.weighted_projected_graph(davis, women): 18 nodes, 139 links, weights
	 * summing to 322, Evelyn-Laura 6, Evelyn-Nora 2 (computed with NetworkX 2.8.8) */
	struct inn_model *m = load_fixture("davis.json"), *p;
	struct inn_error err;
	size_t a, b;
	double total = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	const char *woman = inn_arena_intern(m->arena, "woman"), *event = inn_arena_intern(m->arena, "event");
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_value *v = inn_attr_get(inn_node_more(m, &m->nodes[i])->attrs, inn_node_more(m, &m->nodes[i])->nattrs, "bipartite");
		m->nodes[i].kind = v && v->number == 0 ? woman : event;
	}
	inn_error_init(&err);
	p = inn_model_project(m, "woman", &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	CU_ASSERT_EQUAL(p->nnodes, 18);
	CU_ASSERT_EQUAL(p->nlinks, 139);
	for (size_t j = 0; j < p->nlinks; j++)
		total += inn_link_weight(p, &p->links[j]);
	CU_ASSERT_DOUBLE_EQUAL(total, 322, 0);
	CU_ASSERT_TRUE_FATAL(inn_model_find(p, "Evelyn Jefferson", &a));
	for (size_t j = 0; j < p->nlinks; j++) {
		const struct inn_link *l = &p->links[j];
		if (l->source != a && l->target != a)
			continue;
		size_t other = l->source == a ? l->target : l->source;
		if (inn_model_find(p, "Laura Mandeville", &b) && other == b)
			CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(p, l), 6, 0);
		if (inn_model_find(p, "Nora Fayette", &b) && other == b)
			CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(p, l), 2, 0);
	}
	inn_model_free(p);
	p = inn_model_project(m, "nobody", &err);
	CU_ASSERT_PTR_NULL(p);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(components_should_be_numbered_in_model_order),
	TEST(strong_components_should_follow_direction),
	TEST(cut_points_and_bridges_should_be_those_of_the_drawing),
	TEST(shortest_paths_should_list_every_path_in_id_order),
	TEST(weighted_shortest_paths_may_differ_in_links),
	TEST(unreachable_nodes_should_have_no_path_and_an_empty_cut),
	TEST(minimum_cuts_should_be_the_smallest_separators),
	TEST(as_of_should_keep_what_existed_that_year),
	TEST(projection_should_match_networkx_on_the_davis_women),
	CU_TEST_INFO_NULL,
};

int add_structure_suite(void)
{
	return add_suite("structure", tests);
}
