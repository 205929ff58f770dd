/* test_load.c: the node-link JSON loader on valid, NetworkX-written and broken models. */
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* The model must load: returns it, or stops the test (printing why) when it does not. */
static struct inn_model *parse_ok(const char *json)
{
	char msg[1024];
	struct inn_model *m = parse(json, msg, sizeof(msg));

	if (!m)
		fprintf(stderr, "\n  %s\n", msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	return m;
}

/* The model must load; nothing more is asked of it. */
static void expect_loads(const char *json)
{
	inn_model_free(parse_ok(json));
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
	v = inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "club");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_EQUAL(v->type, INN_VAL_STRING);
	CU_ASSERT_STRING_EQUAL(v->text, "Mr. Hi");
	/* first edge (0, 1) has weight 4 in NetworkX 2.8 */
	CU_ASSERT_TRUE(m->links[0].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 4, 0);
	inn_model_free(m);
}

static void load_should_accept_edges_as_newer_networkx_writes(void)
{
	struct inn_model *m = parse_ok("{\"directed\": true, \"multigraph\": false, \"graph\": {}, \"nodes\": [{\"id\": 1}, "
				       "{\"id\": 2}], \"edges\": [{\"source\": 1, \"target\": 2}]}");

	CU_ASSERT_TRUE(m->directed);
	CU_ASSERT_EQUAL(m->nlinks, 1);
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 1);
	inn_model_free(m);
}

static void load_should_keep_lower_bounds_as_bounds(void)
{
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"x\", \"members\": {\"more_than\": 140}, \"funds\": "
				       "{\"at_least\": 7e7}, \"exact\": 82, \"tags\": [\"a\", 1], \"ok\": true}]}");
	const struct inn_value *v;

	const struct inn_node *n = &m->nodes[0];
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "members");
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_MORE_THAN);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 140, 0);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "funds");
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_AT_LEAST);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 7e7, 0);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "exact");
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_EXACT);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "tags");
	CU_ASSERT_EQUAL(v->type, INN_VAL_JSON);
	CU_ASSERT_STRING_EQUAL(v->text, "[\"a\",1]");
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "ok");
	CU_ASSERT_EQUAL(v->type, INN_VAL_BOOL);
	CU_ASSERT_TRUE(v->boolean);
	inn_model_free(m);
}

static void load_should_keep_parallel_links_only_in_a_multigraph(void)
{
	const char *nodes = "\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": [{\"source\": \"a\", \"target\": "
			    "\"b\", \"key\": 0}, {\"source\": \"b\", \"target\": \"a\", \"key\": 1}]}";
	char json[512];
	struct inn_model *m;

	snprintf(json, sizeof(json), "{\"multigraph\": true, %s", nodes);
	m = parse_ok(json);
	CU_ASSERT_EQUAL(m->nlinks, 2);
	inn_model_free(m);
	snprintf(json, sizeof(json), "{\"multigraph\": false, %s", nodes);
	expect_error(json, "t.json: links[1] ('b' -- 'a'): duplicate link (first at links[0]; set \"multigraph\": true to keep parallel links)");
	/* in a directed model, b -> a is not a parallel of a -> b */
	snprintf(json, sizeof(json), "{\"directed\": true, %s", nodes);
	expect_loads(json);
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
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"a\\\\u0000\"}]}");
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
	struct inn_model *m = parse_ok("{\"nodes\": []}");

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
	/* an extension innonet does not know: the content decides, once the file is read */
	CU_ASSERT_PTR_NULL(inn_load("model.xlsx", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "model.xlsx: cannot open model: No such file or directory");
	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load_as("model.json", "xlsx", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "unknown input format 'xlsx' (expected json, graphml, gexf, gml, dot, csv, pajek, dl, edgelist, lgl, adjlist, multiline-adjlist, graph6, sparse6, leda, dimacs, adjacency-json, cytoscape-json, tree-json or adjacency-matrix)");
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

static const struct inn_value *attr(const struct inn_model *m, const struct inn_node *n, const char *key)
{
	const struct inn_value *v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, key);

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
		if ((v = attr(m, n, "focus")))
			CU_ASSERT_STRING_EQUAL(v->text, t->focus);
		if ((v = attr(m, n, "lead_organization")))
			CU_ASSERT_STRING_EQUAL(v->text, t->lead);
		if ((v = attr(m, n, "hq_city")))
			CU_ASSERT_STRING_EQUAL(v->text, t->city);
		if ((v = attr(m, n, "hq_state")))
			CU_ASSERT_STRING_EQUAL(v->text, t->state);
		if ((v = attr(m, n, "lead_agency")))
			CU_ASSERT_STRING_EQUAL(v->text, t->agency);
		if ((v = attr(m, n, "founded")))
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->founded, 0);
		if ((v = attr(m, n, "federal_funding_5yr_usd"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->federal, 0);
			CU_ASSERT_EQUAL(v->bound, INN_BOUND_EXACT);
		}
		if ((v = attr(m, n, "other_funding_5yr_usd"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->other, 0);
			CU_ASSERT_EQUAL(v->bound, t->other_bound);
		}
		if ((v = attr(m, n, "members"))) {
			CU_ASSERT_DOUBLE_EQUAL(v->number, t->members, 0);
			CU_ASSERT_EQUAL(v->bound, t->members_bound);
		}
		CU_ASSERT_PTR_NOT_NULL(inn_node_more(m, n)->label_zh);
		CU_ASSERT_PTR_NOT_NULL(inn_node_more(m, n)->provenance);
		/* the lead organization leads it and the lead agency sponsors it with the federal money */
		bool led = false, sponsored = false;
		for (size_t j = 0; j < m->nlinks; j++) {
			const struct inn_link *l = &m->links[j];
			if (l->target != at || !inn_link_relation(m, l))
				continue;
			if (strcmp(inn_link_relation(m, l), "leads") == 0 && strcmp(m->nodes[l->source].id, t->lead) == 0)
				led = true;
			/* the money is amount_usd, not weight: weight means the same on every link */
			if (strcmp(inn_link_relation(m, l), "sponsors") == 0 && strcmp(m->nodes[l->source].id, t->agency) == 0) {
				const struct inn_link_more *lm = inn_link_more(m, l);
				const struct inn_value *v = inn_attr_get(lm->attrs, lm->nattrs, "amount_usd");
				sponsored = !l->has_weight && v && v->type == INN_VAL_NUMBER && v->number == t->federal;
			}
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
		const struct inn_value *v = attr(m, &m->nodes[at], "org_type");
		if (v)
			CU_ASSERT_STRING_EQUAL(v->text, want[k].type);
	}
	/* the seed gives only the number of DOE laboratories (17), so they are one node that says
	 * so, not 17 leaves; every node and link has its provenance and its evidence */
	size_t labs = 0;
	for (size_t i = 0; i < m->nnodes; i++) {
		labs += strcmp(m->nodes[i].kind, "national_lab") == 0;
		CU_ASSERT_PTR_NOT_NULL(inn_node_more(m, &m->nodes[i])->provenance);
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link_more *lm = inn_link_more(m, &m->links[j]);
		const struct inn_value *ev = inn_attr_get(lm->attrs, lm->nattrs, "evidence");
		CU_ASSERT_PTR_NOT_NULL(lm->provenance);
		CU_ASSERT_TRUE(ev && ev->type == INN_VAL_STRING &&
			       (strcmp(ev->text, "stated") == 0 || strcmp(ev->text, "inferred") == 0));
	}
	CU_ASSERT_EQUAL(labs, 0);
	CU_ASSERT_TRUE_FATAL(inn_model_find(m, "DOE-labs", &at));
	const struct inn_value *count = attr(m, &m->nodes[at], "laboratories");
	CU_ASSERT_TRUE(count && count->type == INN_VAL_NUMBER && count->number == 17);
	inn_model_free(m);
}

/* A model whose one node carries attribute x with the given JSON text (caller frees). */
static char *with_attr(const char *value)
{
	const char *head = "{\"nodes\": [{\"id\": \"a\", \"x\": ", *tail = "}]}";
	size_t n = strlen(head) + strlen(value) + strlen(tail) + 1;
	char *s = malloc(n);

	snprintf(s, n, "%s%s%s", head, value, tail);
	return s;
}

static void load_should_refuse_what_cjson_accepts_but_json_does_not(void)
{
	/*
	 * cJSON 1.7.15 takes all of these; Python's json (and so NetworkX) refuses them. In
	 * {"nodes": [{"id": V}]} the value V starts at column 19.
	 */
	expect_error("{\"nodes\": [{\"id\": 01}]}", "t.json:1:19: invalid JSON: leading zero in a number");
	expect_error("{\"nodes\": [{\"id\": 1.}]}", "t.json:1:21: invalid JSON: expected a digit");
	expect_error("{\"nodes\": [{\"id\": \"a\tb\"}]}", "t.json:1:21: invalid JSON: control character in a string");
	expect_error("{\"nodes\": [{\"id\": \"a\nb\"}]}", "t.json:1:21: invalid JSON: control character in a string");
	/* UTF-16 surrogates must pair, high then low; the message points at the backslash */
	expect_error("{\"nodes\": [{\"id\": \"\\ud800\"}]}", "t.json:1:20: invalid JSON: unpaired surrogate in a \\u escape");
	expect_error("{\"nodes\": [{\"id\": \"x\\udc00\"}]}", "t.json:1:21: invalid JSON: unpaired surrogate in a \\u escape");
	expect_error("{\"nodes\": [{\"id\": \"\\ud800\\u0041\"}]}",
		     "t.json:1:20: invalid JSON: unpaired surrogate in a \\u escape");
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"\\ud83d\\ude00\"}]}");
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "\xF0\x9F\x98\x80"); /* U+1F600 in UTF-8 */
	inn_model_free(m);
}

static void load_should_treat_minus_zero_as_the_id_zero(void)
{
	/* json.loads("-0") is the int 0 in Python: NetworkX sees one node */
	expect_error("{\"nodes\": [{\"id\": 0}, {\"id\": -0}]}", "t.json: nodes[1]: duplicate node id '0' (first at nodes[0])");
}

static void load_should_enforce_the_nesting_limit(void)
{
	/* the model object, "nodes" and the node are levels 1-3; x nests 509 more: 512 in all */
	char *inner = malloc(2 * 510 + 1), *json;

	memset(inner, '[', 509);
	memset(inner + 509, ']', 509);
	inner[1018] = '\0';
	json = with_attr(inner);
	expect_loads(json);
	free(json);
	/* one more: x's value starts at column 29 with the 4th bracket, so the 513th is at 29 + 509 = 538 */
	memset(inner, '[', 510);
	memset(inner + 510, ']', 510);
	inner[1020] = '\0';
	json = with_attr(inner);
	expect_error(json, "t.json:1:538: nested deeper than 512 levels (the limit)");
	free(json);
	free(inner);
}

static void load_should_enforce_the_string_and_key_limits(void)
{
	size_t n = INN_MAX_STRING_BYTES + 3;
	char *value = malloc(n + 1), *json, *key;
	char msg[1024];
	struct inn_model *m;

	/* a string of exactly 1 MiB loads */
	value[0] = '"';
	memset(value + 1, 'x', INN_MAX_STRING_BYTES);
	value[INN_MAX_STRING_BYTES + 1] = '"';
	value[INN_MAX_STRING_BYTES + 2] = '\0';
	json = with_attr(value);
	m = parse(json, msg, sizeof(msg));
	CU_ASSERT_PTR_NOT_NULL(m);
	if (m)
		CU_ASSERT_EQUAL(strlen(inn_node_more(m, &m->nodes[0])->attrs[0].value.text), INN_MAX_STRING_BYTES);
	inn_model_free(m);
	free(json);
	/* one byte more is refused, named by where it is */
	memset(value + 1, 'x', INN_MAX_STRING_BYTES + 1);
	value[INN_MAX_STRING_BYTES + 2] = '"';
	value[INN_MAX_STRING_BYTES + 3] = '\0';
	json = with_attr(value);
	expect_error(json, "t.json: nodes[0].x: string longer than 1 MiB (the limit)");
	free(json);
	/* the same string as a key */
	key = malloc(n + 32);
	snprintf(key, n + 32, "{\"nodes\": [{\"id\": \"a\", %s: 1}]}", value);
	expect_error(key, "t.json: nodes[0]: key longer than 1 MiB (the limit)");
	free(key);
	free(value);
}

static void load_should_refuse_more_json_values_than_the_limit(void)
{
	/*
	 * {"nodes":[],"x":[0,0,...]}: the model, "nodes" and x's array open 3 values, the comma after
	 * [] a 4th and the first 0 is the 5th; each further ",0" adds one. The 50,000,001st value is
	 * the one after comma number 49,999,996 inside x; that comma sits at byte 17 + 2j - 1 for
	 * j = 49,999,996, column 17 + 2j = 100,000,009.
	 */
	const char *head = "{\"nodes\":[],\"x\":[";
	size_t commas = INN_MAX_JSON_VALUES - 4, n = strlen(head) + 2 * commas + 1 + 3;
	char *json = malloc(n + 1), *p;

	CU_ASSERT_FATAL(INN_MAX_JSON_VALUES == 50000000u);
	p = json + sprintf(json, "%s", head);
	for (size_t j = 0; j < commas; j++) {
		*p++ = '0';
		*p++ = ',';
	}
	strcpy(p, "0]}");
	expect_error(json, "t.json:1:100000009: more than 50000000 JSON values (the limit)");
	free(json);
}

static void load_should_find_the_first_repeated_key_of_a_large_object(void)
{
	/* 100,000 distinct keys, then k70000 and k5 again: k70000 is the first repeat in file order */
	size_t cap = 100000 * 16 + 128;
	char *json = malloc(cap), *p = json;

	p += sprintf(p, "{\"nodes\": [{\"id\": \"a\"");
	for (int k = 0; k < 100000; k++)
		p += sprintf(p, ", \"k%d\": 1", k);
	sprintf(p, ", \"k70000\": 2, \"k5\": 3}]}");
	expect_error(json, "t.json: nodes[0]: duplicate key 'k70000'");
	free(json);
	/* a small object: the repeat that comes first, not the key repeated first */
	expect_error("{\"nodes\": [{\"id\": \"a\", \"b\": 1, \"c\": 2, \"c\": 3, \"b\": 4}]}",
		     "t.json: nodes[0]: duplicate key 'c'");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"m\": {\"more_than\": 1, \"more_than\": 2}}]}",
		     "t.json: nodes[0].m: duplicate key 'more_than'");
}

static void load_should_report_the_first_parallel_link_in_file_order(void)
{
	/* a-b, c-d, d-c (repeats links[1]), b-a (repeats links[0]): links[2] comes first */
	expect_error("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"}], \"links\": ["
		     "{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"c\", \"target\": \"d\"}, "
		     "{\"source\": \"d\", \"target\": \"c\"}, {\"source\": \"b\", \"target\": \"a\"}]}",
		     "t.json: links[2] ('d' -- 'c'): duplicate link (first at links[1]; set \"multigraph\": true to keep "
		     "parallel links)");
	/* a self-loop is allowed once */
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\"}, "
		     "{\"source\": \"a\", \"target\": \"a\"}]}",
		     "t.json: edges[1] ('a' -- 'a'): duplicate link (first at edges[0]; set \"multigraph\": true to keep "
		     "parallel links)");
}

static void load_should_hold_kinds_and_relations_to_a_declared_vocabulary(void)
{
	const char *nodes = "\"nodes\": [{\"id\": \"DoD\", \"kind\": \"agency\"}, {\"id\": \"LIFT\", \"kind\": \"institute\"}, "
			    "{\"id\": \"x\"}], \"links\": [{\"source\": \"DoD\", \"target\": \"LIFT\", \"relation\": \"sponsors\"}]}";
	/* each vocabulary in turn; want NULL: the model loads */
	static const struct {
		const char *vocabulary, *want;
	} cases[] = {
		/* a node without a kind is allowed */
		{"{\"kinds\": [\"agency\", \"institute\"], \"relations\": [\"sponsors\"]}", NULL},
		{"{\"kinds\": [\"agency\", \"institue\"]}", "t.json: node 'LIFT': kind 'institute' is not in graph.vocabulary.kinds"},
		{"{\"relations\": [\"funds\"]}",
		 "t.json: links[0] ('DoD' -- 'LIFT'): relation 'sponsors' is not in graph.vocabulary.relations"},
		{"{\"kind\": [\"agency\"]}", "t.json: graph.vocabulary: unknown member 'kind' (expected 'kinds' or 'relations')"},
		{"[\"agency\"]", "t.json: graph.vocabulary must be an object with 'kinds' and/or 'relations'"},
		{"{\"kinds\": \"agency\"}", "t.json: graph.vocabulary.kinds must be an array of strings"},
		{"{\"kinds\": [\"agency\", \"\"]}", "t.json: graph.vocabulary.kinds[1] must be a non-empty string"},
		/* a null list declares nothing */
		{"{\"kinds\": null, \"relations\": [\"sponsors\"]}", NULL},
	};
	char json[1024];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(json, sizeof(json), "{\"graph\": {\"vocabulary\": %s}, %s", cases[i].vocabulary, nodes);
		if (cases[i].want)
			expect_error(json, cases[i].want);
		else
			expect_loads(json);
	}
}

static void load_should_quote_long_ids_cut_on_a_character_boundary(void)
{
	/* 59 ASCII bytes then a 3-byte character: cutting at 60 bytes would split it, so it goes whole */
	char id[128], json[512];

	memset(id, 'a', 59);
	strcpy(id + 59, "\xE5\x8C\x97tail");
	snprintf(json, sizeof(json), "{\"nodes\": [{\"id\": \"%s\"}, {\"id\": \"%s\"}]}", id, id);
	id[59] = '\0';
	char want[256];
	snprintf(want, sizeof(want), "t.json: nodes[1]: duplicate node id '%s...' (first at nodes[0])", id);
	expect_error(json, want);
}

static void load_should_refuse_a_file_over_the_size_limit_before_reading_it(void)
{
	char dir[] = "/tmp/innonet-big-XXXXXX", path[64], want[128];
	struct inn_error err;
	int fd = -1;

	if (mkdtemp(dir)) {
		snprintf(path, sizeof(path), "%s/model.json", dir);
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	}
	CU_ASSERT_FATAL(fd >= 0);
	/* a sparse file: no disk is used, and no byte is read */
	CU_ASSERT_EQUAL(ftruncate(fd, (off_t)INN_MAX_INPUT_BYTES + 1), 0);
	close(fd);
	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load(path, &err));
	snprintf(want, sizeof(want), "%s: model larger than 1024 MiB (the limit)", path);
	CU_ASSERT_STRING_EQUAL(err.msg, want);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	unlink(path);
	rmdir(dir);
}

static void load_should_refuse_control_characters_in_strings(void)
{
	/* escaped or raw, in a value or a key; the column is the backslash or the raw character's */
	const char *why = "(only tab, newline and carriage return may appear)";
	char want[256];

	snprintf(want, sizeof(want), "t.json:1:20: control character U+001B in a string %s", why);
	expect_error("{\"nodes\": [{\"id\": \"\\u001b[2J\"}]}", want);
	snprintf(want, sizeof(want), "t.json:1:20: control character U+0008 in a string %s", why);
	expect_error("{\"nodes\": [{\"id\": \"\\b\"}]}", want);
	snprintf(want, sizeof(want), "t.json:1:20: control character U+000C in a string %s", why);
	expect_error("{\"nodes\": [{\"id\": \"\\f\"}]}", want);
	snprintf(want, sizeof(want), "t.json:1:20: control character U+007F in a string %s", why);
	expect_error("{\"nodes\": [{\"id\": \"\x7f\"}]}", want);
	snprintf(want, sizeof(want), "t.json:1:20: control character U+009B in a string %s", why);
	expect_error("{\"nodes\": [{\"id\": \"\xC2\x9B" "31m\"}]}", want);
	expect_error("{\"nodes\": [{\"id\": \"\\u009b\"}]}", want);
	snprintf(want, sizeof(want), "t.json:1:14: control character U+0007 in a string %s", why);
	expect_error("{\"nodes\": [{\"\\u0007\": 1, \"id\": \"a\"}]}", want);
	/* tab, newline and carriage return are text */
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"a\", \"label\": \"one\\ttwo\\nthree\\r\\u0009\"}]}");
	CU_ASSERT_STRING_EQUAL(m->nodes[0].label, "one\ttwo\nthree\r\t");
	inn_model_free(m);
}

static void messages_should_hold_no_control_characters(void)
{
	/* a file name that would clear the screen and ring the bell: the message shows '?' instead */
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load_json("[]", 2, "a\x1b[2J\a\nb\xC2\x9B.json", &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "a?[2J? b??.json: a model must be a JSON object");
}

/* a and b hold the same network: the same nodes and links in the same order, with the same main fields */
static void expect_same_model(const struct inn_model *a, const struct inn_model *b)
{
	CU_ASSERT_EQUAL_FATAL(a->nnodes, b->nnodes);
	CU_ASSERT_EQUAL_FATAL(a->nlinks, b->nlinks);
	CU_ASSERT_EQUAL(a->directed, b->directed);
	CU_ASSERT_EQUAL(a->multigraph, b->multigraph);
	CU_ASSERT_STRING_EQUAL(a->name ? a->name : "", b->name ? b->name : "");
	CU_ASSERT_EQUAL(a->ngraph_attrs, b->ngraph_attrs);
	CU_ASSERT_EQUAL_FATAL(a->nextra, b->nextra);
	for (uint32_t k = 0; k < a->nextra; k++)
		CU_ASSERT_STRING_EQUAL(a->extra[k].key, b->extra[k].key);
	for (size_t i = 0; i < a->nnodes; i++) {
		const struct inn_node *x = &a->nodes[i], *y = &b->nodes[i];
		CU_ASSERT_STRING_EQUAL(x->id, y->id);
		CU_ASSERT_STRING_EQUAL(x->kind ? x->kind : "", y->kind ? y->kind : "");
		CU_ASSERT_STRING_EQUAL(inn_node_label(x), inn_node_label(y));
		CU_ASSERT_EQUAL(inn_node_more(a, x)->since, inn_node_more(b, y)->since);
		CU_ASSERT_EQUAL(inn_node_more(a, x)->nattrs, inn_node_more(b, y)->nattrs);
	}
	for (size_t j = 0; j < a->nlinks; j++) {
		const struct inn_link *x = &a->links[j], *y = &b->links[j];
		CU_ASSERT_EQUAL(x->source, y->source);
		CU_ASSERT_EQUAL(x->target, y->target);
		CU_ASSERT_EQUAL(x->has_weight, y->has_weight);
		CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(a, x), inn_link_weight(b, y), 0);
		CU_ASSERT_STRING_EQUAL(inn_link_relation(a, x) ? inn_link_relation(a, x) : "",
				       inn_link_relation(b, y) ? inn_link_relation(b, y) : "");
	}
}

static void json_members_in_any_order_should_give_the_same_model(void)
{
	/*
	 * The reader builds the model in a fixed order (directed, multigraph, graph, nodes, links,
	 * the rest) whatever the order in the file: links before the nodes they join, the vocabulary
	 * after the kinds it governs, "directed" after the links it directs.
	 */
	const char *directed = "\"directed\": true", *multi = "\"multigraph\": false",
		   *graph = "\"graph\": {\"name\": \"g\", \"vocabulary\": {\"kinds\": [\"agency\", \"institute\"]}}",
		   *nodes = "\"nodes\": [{\"id\": \"a\", \"kind\": \"agency\", \"since\": 2012}, {\"id\": \"b\", \"kind\": "
			    "\"institute\", \"label\": \"B\"}, {\"id\": 3}]",
		   *links = "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 2.5, \"relation\": \"funds\"}, "
			    "{\"source\": \"b\", \"target\": \"a\"}, {\"source\": 3, \"target\": \"a\"}]",
		   *extra = "\"styles\": {\"agency\": {\"color\": \"red\"}}";
	const char *orders[][6] = {
		{directed, multi, graph, nodes, links, extra}, {links, nodes, graph, extra, multi, directed},
		{nodes, links, graph, directed, extra, multi},  {extra, links, directed, nodes, multi, graph},
	};
	struct inn_model *first = NULL;
	char json[2048], msg[1024];

	for (size_t k = 0; k < sizeof(orders) / sizeof(orders[0]); k++) {
		const char *const *o = orders[k];
		snprintf(json, sizeof(json), "{%s, %s, %s, %s, %s, %s}", o[0], o[1], o[2], o[3], o[4], o[5]);
		struct inn_model *m = parse(json, msg, sizeof(msg));
		if (!m)
			fprintf(stderr, "\n  order %zu: %s\n", k, msg);
		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		/* b -> a is not a parallel of a -> b only because the model is directed */
		CU_ASSERT_TRUE(m->directed);
		CU_ASSERT_EQUAL(m->nlinks, 3);
		CU_ASSERT_STRING_EQUAL(m->nodes[2].id, "3");
		CU_ASSERT_EQUAL(m->links[2].source, 2);
		if (!first) {
			first = m;
			continue;
		}
		expect_same_model(first, m);
		inn_model_free(m);
	}
	inn_model_free(first);
	/* "directed" given last still names links with "->", and the vocabulary given last still binds */
	expect_error("{\"links\": [{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"a\", \"target\": \"b\"}], "
		     "\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"directed\": true}",
		     "t.json: links[1] ('a' -> 'b'): duplicate link (first at links[0]; set \"multigraph\": true to keep "
		     "parallel links)");
	expect_error("{\"nodes\": [{\"id\": \"a\", \"kind\": \"agancy\"}], "
		     "\"graph\": {\"vocabulary\": {\"kinds\": [\"agency\"]}}}",
		     "t.json: node 'a': kind 'agancy' is not in graph.vocabulary.kinds");
}

static void load_should_keep_nested_arrays_and_objects_of_an_element_as_json(void)
{
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"a\", \"tags\": [\"x\", {\"k\": [1, 2.5, true]}], "
				       "\"meta\": {\"b\": null}, \"n\": 4}], \"links\": [{\"source\": \"a\", \"target\": \"a\", "
				       "\"span\": {\"at_least\": 3}, \"list\": [], \"note\": \"self\"}]}");
	const struct inn_value *v;

	const struct inn_node_more *nx = inn_node_more(m, &m->nodes[0]);
	CU_ASSERT_EQUAL_FATAL(nx->nattrs, 3);
	/* in file order, arrays and objects as compact JSON text */
	CU_ASSERT_STRING_EQUAL(nx->attrs[0].key, "tags");
	CU_ASSERT_EQUAL(nx->attrs[0].value.type, INN_VAL_JSON);
	CU_ASSERT_STRING_EQUAL(nx->attrs[0].value.text, "[\"x\",{\"k\":[1,2.5,true]}]");
	CU_ASSERT_STRING_EQUAL(nx->attrs[1].key, "meta");
	CU_ASSERT_STRING_EQUAL(nx->attrs[1].value.text, "{\"b\":null}");
	CU_ASSERT_EQUAL(nx->attrs[2].value.type, INN_VAL_NUMBER);
	const struct inn_link_more *lx = inn_link_more(m, &m->links[0]);
	CU_ASSERT_EQUAL_FATAL(lx->nattrs, 3);
	v = inn_attr_get(lx->attrs, lx->nattrs, "span");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_AT_LEAST);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 3, 0);
	v = inn_attr_get(lx->attrs, lx->nattrs, "list");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_STRING_EQUAL(v->text, "[]");
	v = inn_attr_get(lx->attrs, lx->nattrs, "note");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_STRING_EQUAL(v->text, "self");
	inn_model_free(m);
	/* a nested value is checked whole, and named by its path */
	expect_error("{\"nodes\": [{\"id\": \"a\", \"tags\": [{\"k\": 1}, {\"k\": 1, \"k\": 2}]}]}",
		     "t.json: nodes[0].tags[1]: duplicate key 'k'");
	expect_error("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", "
		     "\"n\": {\"more_than\": null}}]}",
		     "t.json: links[0] ('a' -- 'a'): 'n': 'more_than' must be a finite number");
}

static void load_should_decode_escaped_ids_and_labels(void)
{
	/*
	 * q\"b\\s is q"b\s; \u00e9 is U+00E9 (C3 A9 in UTF-8) and \ud83d\ude00 is U+1F600 (F0 9F 98 80).
	 * The link names its ends with other escapes of the same text, and a key may be escaped too.
	 */
	struct inn_model *m = parse_ok("{\"nodes\": [{\"id\": \"q\\\"b\\\\s\", "
				       "\"label\": \"caf\\u00e9 \\ud83d\\ude00\\/\"}, "
				       "{\"\\u0069d\": \"\\u00e9t\\u00e9\", \"lab\\u0065l\": \"tab\\there\"}], "
				       "\"links\": [{\"source\": \"q\\u0022b\\u005cs\", \"target\": \"\xC3\xA9t\xC3\xA9\"}]}");

	CU_ASSERT_EQUAL_FATAL(m->nnodes, 2);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "q\"b\\s");
	CU_ASSERT_STRING_EQUAL(m->nodes[0].label, "caf\xC3\xA9 \xF0\x9F\x98\x80/");
	CU_ASSERT_STRING_EQUAL(m->nodes[1].id, "\xC3\xA9t\xC3\xA9");
	CU_ASSERT_STRING_EQUAL(m->nodes[1].label, "tab\there");
	CU_ASSERT_EQUAL_FATAL(m->nlinks, 1);
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 1);
	inn_model_free(m);
	/* an escaped key is the same key: written twice, it is a repeat */
	expect_error("{\"nodes\": [{\"id\": \"a\", \"\\u0069d\": \"b\"}]}", "t.json: nodes[0]: duplicate key 'id'");
	/* a message quotes the id as decoded */
	expect_error("{\"nodes\": [{\"id\": \"\\u00e9\"}, {\"id\": \"\xC3\xA9\"}]}",
		     "t.json: nodes[1]: duplicate node id '\xC3\xA9' (first at nodes[0])");
}

static void load_should_report_a_duplicate_key_inside_a_link(void)
{
	const char *nodes = "\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}]";
	char json[512];

	snprintf(json, sizeof(json), "{%s, \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 1, "
		 "\"weight\": 2}]}", nodes);
	expect_error(json, "t.json: links[0]: duplicate key 'weight'");
	/* before the link's other faults (an unknown end here), and under the array's own name */
	snprintf(json, sizeof(json), "{%s, \"edges\": [{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"x\", "
		 "\"target\": \"b\", \"t\\u0061rget\": \"a\"}]}", nodes);
	expect_error(json, "t.json: edges[1]: duplicate key 'target'");
	/* and a string over the limit in a link is named by its path too */
	size_t n = INN_MAX_STRING_BYTES + 1;
	char *big = malloc(n + 256);
	int k = sprintf(big, "{%s, \"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"", nodes);
	memset(big + k, 'r', n);
	strcpy(big + k + n, "\"}]}");
	expect_error(big, "t.json: links[0].relation: string longer than 1 MiB (the limit)");
	free(big);
}

static void load_should_skip_a_byte_order_mark(void)
{
	struct inn_model *m = parse_ok("\xEF\xBB\xBF{\"nodes\": [{\"id\": \"a\"}]}");

	assert_node_ids(m, "a", NULL);
	inn_model_free(m);
	/* the mark is a character of line 1: the ',}' of {"nodes": [{"id": "a",}]} is at column 23 + 1 */
	expect_error("\xEF\xBB\xBF{\"nodes\": [{\"id\": \"a\",}]}", "t.json:1:24: invalid JSON: expected a string key");
	expect_error("\xEF\xBB\xBF \n", "t.json: empty model (expected a JSON object)");
	/* only at the start: elsewhere it is text where JSON allows none */
	expect_error("{\"nodes\": []}\xEF\xBB\xBF", "t.json:1:14: invalid JSON: unexpected text after the model");
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
	TEST(load_should_refuse_what_cjson_accepts_but_json_does_not),
	TEST(load_should_treat_minus_zero_as_the_id_zero),
	TEST(load_should_enforce_the_nesting_limit),
	TEST(load_should_enforce_the_string_and_key_limits),
	TEST(load_should_refuse_more_json_values_than_the_limit),
	TEST(load_should_find_the_first_repeated_key_of_a_large_object),
	TEST(load_should_report_the_first_parallel_link_in_file_order),
	TEST(load_should_hold_kinds_and_relations_to_a_declared_vocabulary),
	TEST(load_should_quote_long_ids_cut_on_a_character_boundary),
	TEST(load_should_refuse_a_file_over_the_size_limit_before_reading_it),
	TEST(load_should_refuse_control_characters_in_strings),
	TEST(messages_should_hold_no_control_characters),
	TEST(json_members_in_any_order_should_give_the_same_model),
	TEST(load_should_keep_nested_arrays_and_objects_of_an_element_as_json),
	TEST(load_should_decode_escaped_ids_and_labels),
	TEST(load_should_report_a_duplicate_key_inside_a_link),
	TEST(load_should_skip_a_byte_order_mark),
	CU_TEST_INFO_NULL,
};

int add_load_suite(void)
{
	return add_suite("load", tests);
}
