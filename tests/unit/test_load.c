/* test_load.c: the node-link JSON loader on valid, NetworkX-written and broken models. */
#include <math.h>
#include <string.h>

#include "helpers.h"
#include "innonet/load.h"

/* Load JSON text; returns the model, or NULL with the message in msg. */
static struct inn_model *parse(const char *json, char *msg, size_t size)
{
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	m = inn_load_json(json, strlen(json), "t.json", &err);
	snprintf(msg, size, "%s", err.msg);
	if (!m)
		CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	return m;
}

/* The model must not load, and its message must be exactly want. */
static void expect_error(const char *json, const char *want)
{
	char msg[1024];
	struct inn_model *m = parse(json, msg, sizeof(msg));

	CU_ASSERT_PTR_NULL(m);
	if (strcmp(msg, want) != 0)
		fprintf(stderr, "\n  got:  %s\n  want: %s\n", msg, want);
	CU_ASSERT_STRING_EQUAL(msg, want);
	inn_model_free(m);
}

static void load_should_read_what_networkx_writes(void)
{
	/* tests/fixtures/karate.json is json.dump(nx.node_link_data(nx.karate_club_graph())) */
	struct inn_model *m = load_fixture("karate.json");
	const struct inn_value *v;
	size_t at;

	if (!m)
		return;
	CU_ASSERT_EQUAL(m->nnodes, 34);
	CU_ASSERT_EQUAL(m->nlinks, 78);
	CU_ASSERT_FALSE(m->directed);
	CU_ASSERT_STRING_EQUAL(m->name, "Zachary's Karate Club");
	CU_ASSERT_TRUE(m->nodes[0].id_is_int);
	CU_ASSERT_STRING_EQUAL(m->nodes[33].id, "33");
	CU_ASSERT_TRUE(inn_model_find(m, "33", &at));
	v = inn_attr_get(m->nodes[0].attrs, m->nodes[0].nattrs, "club");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_EQUAL(v->type, INN_VAL_STRING);
	CU_ASSERT_STRING_EQUAL(v->text, "Mr. Hi");
	/* first edge (0, 1) has weight 4 in NetworkX 2.8 */
	CU_ASSERT_TRUE(m->links[0].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(m->links[0].weight, 4, 0);
	inn_model_free(m);
}

static void load_should_accept_edges_as_newer_networkx_writes(void)
{
	char msg[1024];
	struct inn_model *m = parse("{\"directed\": true, \"multigraph\": false, \"graph\": {}, \"nodes\": [{\"id\": 1}, "
				    "{\"id\": 2}], \"edges\": [{\"source\": 1, \"target\": 2}]}",
				    msg, sizeof(msg));

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_TRUE(m->directed);
	CU_ASSERT_EQUAL(m->nlinks, 1);
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 1);
	inn_model_free(m);
}

static void load_should_keep_lower_bounds_as_bounds(void)
{
	char msg[1024];
	struct inn_model *m = parse("{\"nodes\": [{\"id\": \"x\", \"members\": {\"more_than\": 140}, \"funds\": "
				    "{\"at_least\": 7e7}, \"exact\": 82, \"tags\": [\"a\", 1], \"ok\": true}]}",
				    msg, sizeof(msg));
	const struct inn_value *v;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	const struct inn_node *n = &m->nodes[0];
	v = inn_attr_get(n->attrs, n->nattrs, "members");
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_MORE_THAN);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 140, 0);
	v = inn_attr_get(n->attrs, n->nattrs, "funds");
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_AT_LEAST);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 7e7, 0);
	v = inn_attr_get(n->attrs, n->nattrs, "exact");
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_EXACT);
	v = inn_attr_get(n->attrs, n->nattrs, "tags");
	CU_ASSERT_EQUAL(v->type, INN_VAL_JSON);
	CU_ASSERT_STRING_EQUAL(v->text, "[\"a\",1]");
	v = inn_attr_get(n->attrs, n->nattrs, "ok");
	CU_ASSERT_EQUAL(v->type, INN_VAL_BOOL);
	CU_ASSERT_TRUE(v->boolean);
	inn_model_free(m);
}

static void load_should_keep_parallel_links_only_in_a_multigraph(void)
{
	char msg[1024];
	const char *nodes = "\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": [{\"source\": \"a\", \"target\": "
			    "\"b\", \"key\": 0}, {\"source\": \"b\", \"target\": \"a\", \"key\": 1}]}";
	char json[512];
	struct inn_model *m;

	snprintf(json, sizeof(json), "{\"multigraph\": true, %s", nodes);
	m = parse(json, msg, sizeof(msg));
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nlinks, 2);
	inn_model_free(m);
	snprintf(json, sizeof(json), "{\"multigraph\": false, %s", nodes);
	expect_error(json, "t.json: links[1] ('b' -- 'a'): duplicate link (first at links[0]; set \"multigraph\": true to keep parallel links)");
	/* in a directed model, b -> a is not a parallel of a -> b */
	snprintf(json, sizeof(json), "{\"directed\": true, %s", nodes);
	m = parse(json, msg, sizeof(msg));
	CU_ASSERT_PTR_NOT_NULL(m);
	inn_model_free(m);
}

static void load_should_report_json_syntax_errors_with_line_and_column(void)
{
	expect_error("{\"nodes\": [\n  {\"id\": \"a\",}\n]}", "t.json:2:14: invalid JSON: expected a string key");
	expect_error("{\"nodes\": [\n{\"id\": \"a\"}\n", "t.json:3:1: invalid JSON: unexpected end of input");
	expect_error("{\"nodes\": []} trailing", "t.json:1:15: invalid JSON: unexpected text after the model");
	expect_error("{\"nodes\": [{\"id\" \"a\"}]}", "t.json:1:18: invalid JSON: expected ':' after a key");
	expect_error("{\"nodes\": [{\"id\": \"a}]}", "t.json:1:19: invalid JSON: unterminated string");
	expect_error("{\"nodes\": [{\"id\": tru}]}", "t.json:1:19: invalid JSON: expected a value");
	expect_error("{\"nodes\": [{\"id\": \"a\" \"b\"}]}", "t.json:1:23: invalid JSON: expected ',' or '}'");
	expect_error("{\"nodes\": [{\"id\": \"a\\x\"}]}", "t.json:1:21: invalid JSON: invalid escape in a string");
	expect_error("", "t.json: empty model (expected a JSON object)");
	expect_error("  \n ", "t.json: empty model (expected a JSON object)");
}

static void load_should_reject_text_cjson_would_silently_change(void)
{
	expect_error("{\"nodes\": [{\"id\": \"a\\u0000b\"}]}", "t.json:1:21: \\u0000 (NUL) in a string");
	expect_error("{\"nodes\": [{\"id\": \"caf\xC3\"}]}", "t.json:1:23: invalid UTF-8");
	expect_error("{\"nodes\": [{\"id\": \"\xC0\xAF\"}]}", "t.json:1:20: invalid UTF-8");
	expect_error("{\"nodes\": [{\"id\": \"\xED\xA0\x80\"}]}", "t.json:1:20: invalid UTF-8");
	/* an escaped backslash before u0000 is plain text, not a NUL */
	char msg[1024];
	struct inn_model *m = parse("{\"nodes\": [{\"id\": \"a\\\\u0000\"}]}", msg, sizeof(msg));
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "a\\u0000");
	inn_model_free(m);
}

static void load_should_name_the_offending_node_or_link(void)
{
	expect_error("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]}",
		     "t.json: nodes[2]: duplicate node id 'a' (first at nodes[0])");
	expect_error("{\"nodes\": [{\"id\": 1}, {\"id\": \"1\"}]}", "t.json: nodes[1]: duplicate node id '1' (first at nodes[0])");
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"zz\"}]}",
		     "t.json: links[0]: link target 'zz' is not a node");
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"target\": \"a\"}]}", "t.json: links[0]: link has no 'source'");
	expect_error("{\"nodes\": [{\"id\": 1.5}]}", "t.json: nodes[0]: node 'id' must be a string or an integer");
	expect_error("{\"nodes\": [{\"id\": \"\"}]}", "t.json: nodes[0]: node 'id' is empty");
	expect_error("{\"nodes\": [{\"kind\": \"x\"}]}", "t.json: nodes[0]: node has no 'id'");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"kind\": 3}]}", "t.json: node 'a': 'kind' must be a string");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"since\": 2015.5}]}",
		     "t.json: node 'a': 'since' must be a year (a non-zero integer)");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"since\": 2016, \"until\": 2012}]}",
		     "t.json: node 'a': 'until' (2012) is before 'since' (2016)");
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": \"3\"}]}",
		     "t.json: links[0] ('a' -- 'a'): 'weight' must be a finite number");
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": 1e999}]}",
		     "t.json: links[0] ('a' -- 'a'): 'weight' must be a finite number");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"n\": {\"more_than\": \"x\"}}]}",
		     "t.json: node 'a': 'n': 'more_than' must be a finite number");
}

static void load_should_reject_a_malformed_document(void)
{
	expect_error("[1, 2]", "t.json: a model must be a JSON object");
	expect_error("{\"links\": []}", "t.json: model has no 'nodes'");
	expect_error("{\"nodes\": {}}", "t.json: 'nodes' must be an array");
	expect_error("{\"nodes\": [], \"links\": [], \"edges\": []}", "t.json: model has both 'links' and 'edges'");
	expect_error("{\"directed\": \"yes\", \"nodes\": []}", "t.json: 'directed' must be true or false");
	expect_error("{\"nodes\": [], \"graph\": []}", "t.json: 'graph' must be an object");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"kind\": \"x\", \"kind\": \"y\"}]}", "t.json: nodes[0]: duplicate key 'kind'");
	expect_error("{\"nodes\": [], \"nodes\": []}", "t.json: model: duplicate key 'nodes'");
	expect_error("{\"nodes\": [\"a\"]}", "t.json: nodes[0]: a node must be an object");
}

static void load_should_answer_an_empty_network(void)
{
	char msg[1024];
	struct inn_model *m = parse("{\"nodes\": []}", msg, sizeof(msg));

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nnodes, 0);
	CU_ASSERT_EQUAL(m->nlinks, 0);
	inn_model_free(m);
}

static void load_should_report_a_missing_file_and_an_unknown_format(void)
{
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load("/nonexistent/model.json", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "/nonexistent/model.json: cannot open model: No such file or directory");
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load("model.xlsx", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "model.xlsx: unknown model format '.xlsx' (expected .json)");
	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load(INN_SOURCE_DIR "/tests", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, INN_SOURCE_DIR "/tests: cannot read model: Is a directory");
}

/* Table 1 of the seed, typed in from ../shared/domain/seed-digest.md: the model must hold every value. */
static const struct table1 {
	const char *id, *focus, *lead, *city, *state, *agency;
	int founded;
	double federal, other, members;
	enum inn_bound other_bound, members_bound;
} table1[] = {
	{"america-makes", "additive manufacturing and 3D printing", "NCDMM", "Youngstown", "Ohio", "DoD", 2012, 55e6, 55e6,
	 149, INN_BOUND_EXACT, INN_BOUND_EXACT},
	{"DMDII", "integration of digital design and manufacturing", "UI-Labs", "Chicago", "Illinois", "DoD", 2014, 70e6,
	 106e6, 140, INN_BOUND_EXACT, INN_BOUND_MORE_THAN},
	{"LIFT", "light-metal manufacturing", "ALMMII", "Detroit", "Michigan", "DoD", 2014, 70e6, 78e6, 82, INN_BOUND_EXACT,
	 INN_BOUND_EXACT},
	{"aim-photonics", "integrated photonic circuit manufacturing", "RF-SUNY", "Rochester", "New York", "DoD", 2015,
	 110e6, 502e6, 124, INN_BOUND_EXACT, INN_BOUND_MORE_THAN},
	{"nextflex", "manufacturing and integration of semiconductors and flexible electronics", "FlexTech", "San Jose",
	 "California", "DoD", 2015, 75e6, 96e6, 160, INN_BOUND_MORE_THAN, INN_BOUND_MORE_THAN},
	{"poweramerica", "wide-bandgap semiconductor electronics", "NCSU", "Raleigh", "North Carolina", "DOE", 2014, 70e6,
	 70e6, 25, INN_BOUND_MORE_THAN, INN_BOUND_EXACT},
	{"IACMI", "advanced fibre-reinforced polymer composites", "UT", "Knoxville", "Tennessee", "DOE", 2015, 70e6, 180e6,
	 122, INN_BOUND_EXACT, INN_BOUND_MORE_THAN},
};

static const struct inn_value *attr(const struct inn_node *n, const char *key)
{
	const struct inn_value *v = inn_attr_get(n->attrs, n->nattrs, key);

	if (!v)
		fprintf(stderr, "\n%s has no '%s'\n", n->id, key);
	CU_ASSERT_PTR_NOT_NULL(v);
	return v;
}

static void the_default_model_should_hold_every_table1_value(void)
{
	struct inn_error err;
	struct inn_model *m;
	size_t at, institutes = 0;

	inn_error_init(&err);
	m = inn_load(NULL, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_STRING_EQUAL(m->origin, INN_EMBEDDED_ORIGIN);
	for (size_t i = 0; i < m->nnodes; i++)
		institutes += m->nodes[i].kind && strcmp(m->nodes[i].kind, "institute") == 0;
	CU_ASSERT_EQUAL(institutes, 7);
	for (size_t k = 0; k < sizeof(table1) / sizeof(table1[0]); k++) {
		const struct table1 *t = &table1[k];
		const struct inn_value *v;
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, t->id, &at));
		const struct inn_node *n = &m->nodes[at];
		CU_ASSERT_STRING_EQUAL(n->kind, "institute");
		if ((v = attr(n, "focus")))
			CU_ASSERT_STRING_EQUAL(v->text, t->focus);
		if ((v = attr(n, "lead_organization")))
			CU_ASSERT_STRING_EQUAL(v->text, t->lead);
		if ((v = attr(n, "hq_city")))
			CU_ASSERT_STRING_EQUAL(v->text, t->city);
		if ((v = attr(n, "hq_state")))
			CU_ASSERT_STRING_EQUAL(v->text, t->state);
		if ((v = attr(n, "lead_agency")))
			CU_ASSERT_STRING_EQUAL(v->text, t->agency);
		if ((v = attr(n, "founded")))
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->founded, 0);
		if ((v = attr(n, "federal_funding_5yr_usd"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->federal, 0);
			CU_ASSERT_EQUAL(v->bound, INN_BOUND_EXACT);
		}
		if ((v = attr(n, "other_funding_5yr_usd"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->other, 0);
			CU_ASSERT_EQUAL(v->bound, t->other_bound);
		}
		if ((v = attr(n, "members"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->members, 0);
			CU_ASSERT_EQUAL(v->bound, t->members_bound);
		}
		CU_ASSERT_PTR_NOT_NULL(n->label_zh);
		CU_ASSERT_PTR_NOT_NULL(n->provenance);
		/* the lead organization leads it and the lead agency sponsors it with the federal money */
		bool led = false, sponsored = false;
		for (size_t j = 0; j < m->nlinks; j++) {
			const struct inn_link *l = &m->links[j];
			if (l->target != at || !l->relation)
				continue;
			if (strcmp(l->relation, "leads") == 0 && strcmp(m->nodes[l->source].id, t->lead) == 0)
				led = true;
			if (strcmp(l->relation, "sponsors") == 0 && strcmp(m->nodes[l->source].id, t->agency) == 0 &&
			    l->has_weight && l->weight == t->federal)
				sponsored = true;
		}
		CU_ASSERT_TRUE(led);
		CU_ASSERT_TRUE(sponsored);
	}
	inn_model_free(m);
}

static void the_default_model_should_type_the_lead_organizations_as_section_2_2_does(void)
{
	/* section 2.2: 3 universities or university research foundations, 1 laboratory,
	 * 1 manufacturing centre, 1 alliance, 1 institute */
	static const struct {
		const char *id, *type;
	} want[] = {{"NCDMM", "manufacturing centre"},
		    {"UI-Labs", "laboratory"},
		    {"ALMMII", "institute"},
		    {"RF-SUNY", "university research foundation"},
		    {"FlexTech", "alliance"},
		    {"NCSU", "university"},
		    {"UT", "university"}};
	struct inn_error err;
	struct inn_model *m;
	size_t at;

	inn_error_init(&err);
	m = inn_load(NULL, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, want[k].id, &at));
		CU_ASSERT_STRING_EQUAL(m->nodes[at].kind, "lead_organization");
		const struct inn_value *v = attr(&m->nodes[at], "org_type");
		if (v)
			CU_ASSERT_STRING_EQUAL(v->text, want[k].type);
	}
	/* the 17 DOE laboratories, every node and link with its provenance */
	size_t labs = 0;
	for (size_t i = 0; i < m->nnodes; i++) {
		labs += strcmp(m->nodes[i].kind, "national_lab") == 0;
		CU_ASSERT_PTR_NOT_NULL(m->nodes[i].provenance);
	}
	for (size_t j = 0; j < m->nlinks; j++)
		CU_ASSERT_PTR_NOT_NULL(m->links[j].provenance);
	CU_ASSERT_EQUAL(labs, 17);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(load_should_read_what_networkx_writes),
	TEST(load_should_accept_edges_as_newer_networkx_writes),
	TEST(load_should_keep_lower_bounds_as_bounds),
	TEST(load_should_keep_parallel_links_only_in_a_multigraph),
	TEST(load_should_report_json_syntax_errors_with_line_and_column),
	TEST(load_should_reject_text_cjson_would_silently_change),
	TEST(load_should_name_the_offending_node_or_link),
	TEST(load_should_reject_a_malformed_document),
	TEST(load_should_answer_an_empty_network),
	TEST(load_should_report_a_missing_file_and_an_unknown_format),
	TEST(the_default_model_should_hold_every_table1_value),
	TEST(the_default_model_should_type_the_lead_organizations_as_section_2_2_does),
	CU_TEST_INFO_NULL,
};

int add_load_suite(void)
{
	return add_suite("load", tests);
}
