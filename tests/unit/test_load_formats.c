/* test_load_formats.c: the GraphML (libxml2) and DOT (cgraph) readers, on files other tools wrote and by hand. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/load.h"

/* A reader of one format, as innonet/load.h declares them. */
typedef struct inn_model *reader_fn(const char *, size_t, const char *, struct inn_error *);

static struct inn_model *parse(reader_fn *reader, const char *text, const char *origin, char *msg, size_t size)
{
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	m = reader(text, strlen(text), origin, &err);
	snprintf(msg, size, "%s", err.msg);
	if (!m)
		CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	return m;
}

/* The text must load: returns the model, or stops the test (printing why) when it does not. */
static struct inn_model *parse_ok(reader_fn *reader, const char *text, const char *origin)
{
	char msg[1024];
	struct inn_model *m = parse(reader, text, origin, msg, sizeof(msg));

	if (!m)
		fprintf(stderr, "\n%s\n", msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	return m;
}

static void expect(reader_fn *reader, const char *text, const char *origin, const char *want)
{
	char msg[1024];
	struct inn_model *m = parse(reader, text, origin, msg, sizeof(msg));

	CU_ASSERT_PTR_NULL(m);
	if (strcmp(msg, want) != 0)
		fprintf(stderr, "\n  got:  %s\n  want: %s\n", msg, want);
	CU_ASSERT_STRING_EQUAL(msg, want);
	inn_model_free(m);
}

static const char *text_attr(const struct inn_attr *a, uint32_t n, const char *key)
{
	const struct inn_value *v = inn_attr_get(a, n, key);

	return v && v->type == INN_VAL_STRING ? v->text : "(none)";
}

static void graphml_should_read_what_networkx_writes(void)
{
	/* tests/fixtures/interop/networkx.graphml: see make_fixtures.py for the graph it holds */
	struct inn_model *m = load_fixture("interop/networkx.graphml");
	const struct inn_value *v;

	if (!m)
		return;
	CU_ASSERT_TRUE(m->directed);
	CU_ASSERT_TRUE(m->multigraph); /* DoD -> 7 twice */
	CU_ASSERT_STRING_EQUAL(m->name, "nx fixture");
	CU_ASSERT_EQUAL(m->nnodes, 3);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "DoD");
	CU_ASSERT_STRING_EQUAL(m->nodes[1].id, "7"); /* GraphML ids are text: 7 comes back as "7" */
	CU_ASSERT_STRING_EQUAL(m->nodes[0].kind, "agency");
	CU_ASSERT_STRING_EQUAL(m->nodes[0].label, "Department of Defense");
	CU_ASSERT_STRING_EQUAL(inn_node_more(m, &m->nodes[0])->label_zh, "国防部");
	CU_ASSERT_STRING_EQUAL(m->nodes[1].label, "Companies & <firms>");
	CU_ASSERT_EQUAL(inn_node_more(m, &m->nodes[1])->since, 2012);
	CU_ASSERT_PTR_NULL(m->nodes[2].label); /* no <data>: no label */
	v = inn_attr_get(inn_node_more(m, &m->nodes[2])->attrs, inn_node_more(m, &m->nodes[2])->nattrs, "members");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 3, 0);
	CU_ASSERT_PTR_NULL(inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "members")); /* NaN: absent */
	v = inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "public");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_BOOL && v->boolean);
	/* a boolean a node has no <data> for is absent (igraph's reader used to make it false) */
	CU_ASSERT_PTR_NULL(inn_attr_get(inn_node_more(m, &m->nodes[2])->attrs, inn_node_more(m, &m->nodes[2])->nattrs, "public"));
	CU_ASSERT_EQUAL(m->nlinks, 3);
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 1);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[0]), "sponsors");
	/* the two "weight" keys (double 2.5, long 1) both reach the weight */
	CU_ASSERT_TRUE(m->links[0].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 2.5, 0);
	CU_ASSERT_TRUE(m->links[1].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[1]), 1, 0);
	CU_ASSERT_FALSE(m->links[2].has_weight);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[2]), "coordinates");
	/* NetworkX writes a multigraph's keys as edge ids */
	CU_ASSERT_STRING_EQUAL(text_attr(inn_link_more(m, &m->links[1])->attrs, inn_link_more(m, &m->links[1])->nattrs, "key"), "1");
	inn_model_free(m);
}

static void graphml_should_take_ids_from_igraphs_id_attribute(void)
{
	/* tests/fixtures/interop/igraph.graphml: python-igraph keeps ids in a vertex attribute "id" */
	struct inn_model *m = load_fixture("interop/igraph.graphml");

	if (!m)
		return;
	CU_ASSERT_FALSE(m->directed);
	CU_ASSERT_FALSE(m->multigraph);
	CU_ASSERT_EQUAL(m->nnodes, 3);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "AMNPO");
	CU_ASSERT_STRING_EQUAL(m->nodes[2].id, "Commerce");
	CU_ASSERT_STRING_EQUAL(m->nodes[2].kind, "agency");
	CU_ASSERT_EQUAL(m->nlinks, 2);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[1]), "part_of");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[1]), 2, 0);
	CU_ASSERT_EQUAL(inn_link_more(m, &m->links[1])->nattrs, 0);
	inn_model_free(m);
}

static const char *const graphml_head =
	"<?xml version=\"1.0\"?>\n"
	"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
	"<key id=\"m\" for=\"node\" attr.name=\"members\" attr.type=\"string\"/>\n"
	"<key id=\"s\" for=\"node\" attr.name=\"since\" attr.type=\"string\"/>\n"
	"<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"string\"/>\n";

static void graphml_should_read_bounds_and_check_typed_fields(void)
{
	char text[2048];
	struct inn_model *m;
	const struct inn_value *v;

	/* innonet writes "more than 140" as the text {"more_than":140}; a weight may come as text */
	snprintf(text, sizeof(text),
		 "%s<graph edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"m\">{\"more_than\": 140}</data></node>\n"
		 "<node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">2.5</data></edge>\n</graph></graphml>\n",
		 graphml_head);
	m = parse_ok(inn_load_graphml, text, "t.graphml");
	v = inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "members");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_NUMBER && v->bound == INN_BOUND_MORE_THAN && v->number == 140);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 2.5, 0);
	inn_model_free(m);
	snprintf(text, sizeof(text),
		 "%s<graph edgedefault=\"undirected\">\n<node id=\"a\"/><node id=\"b\"/>\n"
		 "<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge>\n</graph></graphml>\n",
		 graphml_head);
	expect(inn_load_graphml, text, "t.graphml", "t.graphml:8: link 1 ('a' -- 'b'): 'weight' must be a finite number");
	snprintf(text, sizeof(text),
		 "%s<graph edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"s\">soon</data></node>\n</graph></graphml>\n",
		 graphml_head);
	expect(inn_load_graphml, text, "t.graphml", "t.graphml:7: node 'a': 'since' must be a year (a non-zero integer)");
	/* libxml2's first message and its line, not the echoes it reports while scanning on */
	expect(inn_load_graphml,
	       "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
	       "<graph edgedefault=\"undirected\">\n<node id=\"a\">\n</graph>\n",
	       "t.graphml", "t.graphml:5: invalid GraphML: opening and ending tag mismatch: node line 4 and graph");
	expect(inn_load_graphml, "", "t.graphml", "t.graphml: empty file (expected GraphML)");
}

static const char *const graphml_keys =
	"<?xml version=\"1.0\"?>\n"
	"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
	"<key id=\"p\" for=\"node\" attr.name=\"public\" attr.type=\"boolean\"/>\n"
	"<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
	"<key id=\"n\" for=\"node\" attr.name=\"note\" attr.type=\"string\"><default>none given</default></key>\n"
	"<key id=\"s\" for=\"all\" attr.name=\"source\" attr.type=\"string\"/>\n"
	"<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>2</default></key>\n";

static void graphml_should_keep_empty_strings_absent_booleans_defaults_and_keys_for_all(void)
{
	char text[2048];
	struct inn_model *m;
	const struct inn_value *v;

	snprintf(text, sizeof(text),
		 "%s<graph edgedefault=\"undirected\"><data key=\"s\">seed</data>\n"
		 "<node id=\"a\"><data key=\"p\"> YES </data><data key=\"l\"></data><data key=\"n\">mine</data></node>\n"
		 "<node id=\"b\"><data key=\"s\">plan</data></node>\n"
		 "<edge source=\"b\" target=\"a\"><data key=\"s\">report</data></edge>\n"
		 "<edge source=\"a\" target=\"b\"><data key=\"w\">0.5</data></edge>\n</graph></graphml>\n",
		 graphml_keys);
	m = parse_ok(inn_load_graphml, text, "t.graphml");
	CU_ASSERT_FALSE(m->directed);
	CU_ASSERT_TRUE(m->multigraph); /* a--b twice */
	v = inn_attr_get(m->graph_attrs, m->ngraph_attrs, "source");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_STRING && !strcmp(v->text, "seed"));
	/* node a: "YES" is true; its empty label is a label, ""; its own note */
	v = inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "public");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_BOOL && v->boolean);
	CU_ASSERT_PTR_NOT_NULL(m->nodes[0].label);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].label ? m->nodes[0].label : "(none)", "");
	CU_ASSERT_STRING_EQUAL(text_attr(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "note"), "mine");
	/* node b: no boolean (not false), no label, the default note, a key for all */
	CU_ASSERT_PTR_NULL(inn_attr_get(inn_node_more(m, &m->nodes[1])->attrs, inn_node_more(m, &m->nodes[1])->nattrs, "public"));
	CU_ASSERT_PTR_NULL(m->nodes[1].label);
	CU_ASSERT_STRING_EQUAL(text_attr(inn_node_more(m, &m->nodes[1])->attrs, inn_node_more(m, &m->nodes[1])->nattrs, "note"), "none given");
	CU_ASSERT_STRING_EQUAL(text_attr(inn_node_more(m, &m->nodes[1])->attrs, inn_node_more(m, &m->nodes[1])->nattrs, "source"), "plan");
	/* the links keep the file's order of their ends; the weight's default, then its own */
	CU_ASSERT_EQUAL_FATAL(m->nlinks, 2);
	CU_ASSERT_EQUAL(m->links[0].source, 1);
	CU_ASSERT_EQUAL(m->links[0].target, 0);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 2, 0);
	CU_ASSERT_STRING_EQUAL(text_attr(inn_link_more(m, &m->links[0])->attrs, inn_link_more(m, &m->links[0])->nattrs, "source"), "report");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[1]), 0.5, 0);
	inn_model_free(m);
}

static void graphml_should_read_each_edges_own_direction(void)
{
	char text[2048];
	struct inn_model *m;

	/* one directed edge in an undirected graph: directed, the undirected edge as two arcs */
	snprintf(text, sizeof(text),
		 "%s<graph edgedefault=\"undirected\">\n<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n"
		 "<edge source=\"a\" target=\"b\"/>\n<edge source=\"c\" target=\"b\" directed=\"true\"/>\n</graph></graphml>\n",
		 graphml_keys);
	m = parse_ok(inn_load_graphml, text, "t.graphml");
	CU_ASSERT_TRUE(m->directed);
	CU_ASSERT_FALSE(m->multigraph);
	CU_ASSERT_EQUAL_FATAL(m->nlinks, 3);
	CU_ASSERT_TRUE(m->links[0].source == 0 && m->links[0].target == 1);
	CU_ASSERT_TRUE(m->links[1].source == 1 && m->links[1].target == 0);
	CU_ASSERT_TRUE(m->links[2].source == 2 && m->links[2].target == 1);
	inn_model_free(m);
	/* no edgedefault: directed, as GraphML's schema says */
	m = parse_ok(inn_load_graphml,
		     "<graphml><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"b\" target=\"a\"/></graph></graphml>",
		     "t.graphml");
	CU_ASSERT_TRUE(m->directed);
	inn_model_free(m);
}

static void graphml_should_name_the_line_of_what_it_refuses(void)
{
	static const struct {
		const char *body, *want;
	} cases[] = {
		{"<node id=\"a\"><data key=\"p\">maybe</data></node>", "t.graphml:9: 'public' must be true or false, not 'maybe'"},
		{"<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"w\">1,5</data></edge>",
		 "t.graphml:9: 'weight' must be a number, not '1,5'"},
		{"<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>", "t.graphml:10: edge target 'zz' is not a node"},
		{"<node id=\"a\"/>\n<node id=\"a\"/>", "t.graphml:10: duplicate node id 'a'"},
		{"<node/>", "t.graphml:9: a node has no id"},
		{"<edge source=\"a\" target=\"a\" directed=\"sometimes\"/>",
		 "t.graphml:9: edge attribute directed='sometimes' (expected true or false)"},
	};
	char text[2048];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(text, sizeof(text), "%s<graph edgedefault=\"undirected\">\n%s\n</graph></graphml>\n", graphml_keys,
			 cases[i].body);
		expect(inn_load_graphml, text, "t.graphml", cases[i].want);
	}
	expect(inn_load_graphml, "<graphml>\n<key id=\"k\" attr.name=\"a\"/>\n<key id=\"k\" attr.name=\"b\"/><graph/></graphml>",
	       "t.graphml", "t.graphml:3: invalid GraphML: key id 'k' is declared twice");
	expect(inn_load_graphml, "<graphml>\n<key id=\"k\" attr.name=\"a\" attr.type=\"list\"/><graph/></graphml>", "t.graphml",
	       "t.graphml:2: invalid GraphML: key 'k' has attr.type 'list' (expected boolean, int, long, float, double or string)");
	expect(inn_load_graphml, "<gexf><graph/></gexf>", "t.graphml", "t.graphml: invalid GraphML: the root element is not <graphml>");
	/* 10,001 keys are refused before libxml2 reads them, naming the line of the one too many */
	size_t size = 10001 * 40 + 100, len = 0;
	char *big = malloc(size);
	CU_ASSERT_PTR_NOT_NULL_FATAL(big);
	len += (size_t)snprintf(big, size, "<graphml>\n");
	for (int k = 0; k < 10001; k++)
		len += (size_t)snprintf(big + len, size - len, "<key id=\"k%d\" attr.name=\"a%d\"/>\n", k, k);
	snprintf(big + len, size - len, "<graph/></graphml>\n");
	expect(inn_load_graphml, big, "t.graphml", "t.graphml:10002: more than 10000 GraphML keys");
	free(big);
}

/* Worked by hand: what each line of this file must give is written beside it in the test. */
static const char *const dot_text =
	"/* a hand-written fixture */\n"
	"digraph \"Two agencies\" {\n"
	"  as_of = 2016;\n"
	"  node [kind=agency];\n"
	"  DoD [label=\"Department of Defense\", budget=\"1.50\"];\n"
	"  \"国防部\" [label=\"\\N\"];\n"
	"  DoD -> NIST [relation=funds, weight=2.5];\n"
	"  NIST -> DoD [relation=coordinates, since=2014];\n"
	"  DoD -> NIST [key=second, relation=funds];\n"
	"  subgraph cluster_x { NASA [kind=\"agency (space)\"] }\n"
	"}\n";

static void dot_should_read_nodes_edges_and_attributes(void)
{
	struct inn_model *m = parse_ok(inn_load_dot, dot_text, "t.dot");
	const struct inn_value *v;

	CU_ASSERT_TRUE(m->directed);      /* digraph */
	CU_ASSERT_TRUE(m->multigraph);    /* not strict */
	CU_ASSERT_STRING_EQUAL(m->name, "Two agencies");
	CU_ASSERT_STRING_EQUAL(m->as_of, "2016");
	/* nodes by first appearance: DoD, 国防部, NIST (first in an edge), NASA */
	assert_node_ids(m, "DoD", "国防部", "NIST", "NASA", NULL);
	CU_ASSERT_STRING_EQUAL(m->nodes[0].label, "Department of Defense");
	CU_ASSERT_PTR_NULL(m->nodes[1].label); /* "\N" is Graphviz's "the name" */
	CU_ASSERT_STRING_EQUAL(m->nodes[2].kind, "agency"); /* the node default */
	CU_ASSERT_STRING_EQUAL(m->nodes[3].kind, "agency (space)");
	v = inn_attr_get(inn_node_more(m, &m->nodes[0])->attrs, inn_node_more(m, &m->nodes[0])->nattrs, "budget");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_NUMBER && v->number == 1.5); /* free attributes are typed */
	CU_ASSERT_PTR_NULL(inn_attr_get(inn_node_more(m, &m->nodes[2])->attrs, inn_node_more(m, &m->nodes[2])->nattrs, "budget")); /* "" is absent */
	/* links in file order, whatever node cgraph files them under */
	CU_ASSERT_EQUAL(m->nlinks, 3);
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 2);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[0]), "funds");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 2.5, 0);
	CU_ASSERT_EQUAL(m->links[1].source, 2);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[1]), "coordinates");
	CU_ASSERT_EQUAL(inn_link_more(m, &m->links[1])->since, 2014);
	CU_ASSERT_FALSE(m->links[1].has_weight);
	CU_ASSERT_STRING_EQUAL(text_attr(inn_link_more(m, &m->links[2])->attrs, inn_link_more(m, &m->links[2])->nattrs, "key"), "second");
	inn_model_free(m);
}

static void dot_strict_graphs_should_be_simple_and_undirected_graphs_undirected(void)
{
	/* strict: the second a -- b merges into the first (cgraph keeps the later attribute value) */
	struct inn_model *m = parse_ok(inn_load_dot, "strict graph { a -- b [relation=x]; b -- a [relation=y]; c }", "t.gv");

	CU_ASSERT_FALSE(m->directed);
	CU_ASSERT_FALSE(m->multigraph);
	CU_ASSERT_PTR_NULL(m->name); /* anonymous */
	CU_ASSERT_EQUAL(m->nnodes, 3);
	CU_ASSERT_EQUAL(m->nlinks, 1);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[0]), "y");
	inn_model_free(m);
}

static void dot_should_name_the_line_of_a_syntax_error(void)
{
	expect(inn_load_dot, "graph {\n  a -- b\n  c -- ;\n}\n", "t.dot", "t.dot:3: invalid DOT: syntax error near ';'");
	expect(inn_load_dot, "", "t.dot", "t.dot: invalid DOT: not a DOT graph");
	expect(inn_load_dot, "graph { a [label=\"\xc3\"] }", "t.dot", "t.dot:1:19: invalid UTF-8");
	expect(inn_load_dot, "digraph { a -> b [weight=heavy] }", "t.dot",
	       "t.dot: link 1 ('a' -> 'b'): 'weight' must be a finite number");
}

static void format_should_be_told_by_the_content(void)
{
	static const struct {
		const char *text;
		enum inn_model_format want;
	} cases[] = {
		{"", INN_FMT_JSON}, /* the JSON reader's "empty model" */
		{"  {\"nodes\": []}", INN_FMT_JSON},
		{"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<graphml xmlns=\"x\">", INN_FMT_GRAPHML},
		{"<?xml version=\"1.0\"?>\n<gexf version=\"1.3\">", INN_FMT_GEXF},
		{"<?xml version=\"1.0\"?>\n<svg/>", INN_FMT_AUTO},
		{"% made by hand\n*Vertices 3\n", INN_FMT_PAJEK},
		{"*network nnmi\n", INN_FMT_PAJEK},
		{"*Matrix\n", INN_FMT_AUTO},
		{"DL N=3\n", INN_FMT_DL},
		{"dl\nn=3", INN_FMT_DL},
		{"strict digraph { a -> b }", INN_FMT_DOT},
		{"// a comment\ngraph{a--b}", INN_FMT_DOT},
		{"Source,Target,Type\n", INN_FMT_CSV},
		{"# nx.write_edgelist\n0 1 {'weight': 2}\n", INN_FMT_EDGELIST},
		{"a\tb\t2.5\n", INN_FMT_EDGELIST},
		{"hello\n", INN_FMT_AUTO},
		{"graph [\n  directed 1\n", INN_FMT_GML},                  /* NetworkX */
		{"Creator \"igraph version 0.10.2\"\nVersion 1\ngraph\n[", INN_FMT_GML}, /* igraph */
		{"graph { a -- b }", INN_FMT_DOT},
		{"dlx y\n", INN_FMT_EDGELIST}, /* a word starting with "dl" is not DL's keyword */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum inn_model_format got = inn_model_format_sniff(cases[i].text, strlen(cases[i].text));
		if (got != cases[i].want)
			fprintf(stderr, "\n  case %zu: got %s, want %s\n", i, inn_model_format_name(got),
				inn_model_format_name(cases[i].want));
		CU_ASSERT_EQUAL(got, cases[i].want);
	}
}

static void format_should_follow_the_extension_in_any_case(void)
{
	enum inn_model_format f;

	CU_ASSERT_EQUAL(inn_model_format_of("dir.v2/karate.NET"), INN_FMT_PAJEK);
	CU_ASSERT_EQUAL(inn_model_format_of("m.Gexf"), INN_FMT_GEXF);
	CU_ASSERT_EQUAL(inn_model_format_of("m.dl"), INN_FMT_DL);
	CU_ASSERT_EQUAL(inn_model_format_of("g.edgelist"), INN_FMT_EDGELIST);
	CU_ASSERT_EQUAL(inn_model_format_of("g.LGL"), INN_FMT_LGL);
	CU_ASSERT_EQUAL(inn_model_format_of("lesmis.gml"), INN_FMT_GML);
	CU_ASSERT_EQUAL(inn_model_format_of("karate.adjlist"), INN_FMT_ADJLIST);
	CU_ASSERT_EQUAL(inn_model_format_of("notes.txt"), INN_FMT_AUTO);
	CU_ASSERT_EQUAL(inn_model_format_of("gephi.xml"), INN_FMT_AUTO); /* GraphML or GEXF: the content says */
	CU_ASSERT_EQUAL(inn_model_format_of("dir.v2/model"), INN_FMT_AUTO);
	CU_ASSERT_TRUE(inn_model_format_parse("net", &f) && f == INN_FMT_PAJEK);
	CU_ASSERT_FALSE(inn_model_format_parse("xlsx", &f));
}

static void pajek_dl_and_edge_lists_should_name_the_line_and_column(void)
{
	expect(inn_load_pajek, "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 3\n", "t.net",
	       "t.net:5:3: expected a vertex number from 1 to 2, not '3'");
	expect(inn_load_pajek, "*Vertices 1e300\n", "t.net", "t.net:1:16: *Vertices needs the number of vertices");
	expect(inn_load_dl, "DL N=2\nDATA:\n0 1\n1\n", "t.dl", "t.dl:5:1: the matrix ends early: row 2 has 1 of 2 values");
	expect(inn_load_dl, "dl n=1e300\ndata:\n", "t.dl", "t.dl:1:6: N must be the number of vertices");
	expect(inn_load_edgelist, "a b\nc\n", "t.edgelist", "t.edgelist:2:2: expected two node ids (SOURCE TARGET [WEIGHT])");
	expect(inn_load_edgelist, "a b {'w': 1\n", "t.edgelist", "t.edgelist:1:12: expected ',' or '}' in the link data");
}

/* Worked by hand: "# a" then "b 2.5" and "c" are a--b (2.5) and a--c; "# d" alone is isolated. */
static void lgl_should_read_vertices_neighbours_weights_and_isolates(void)
{
	struct inn_model *m = parse_ok(inn_load_lgl, "# a\nb 2.5\nc\n# d\n#b\na\n", "t.lgl");

	CU_ASSERT_FALSE(m->directed);
	assert_node_ids(m, "a", "b", "c", "d", NULL);
	CU_ASSERT_EQUAL(m->nlinks, 3);
	CU_ASSERT_EQUAL(inn_link_weight(m, &m->links[0]), 2.5);
	CU_ASSERT_EQUAL(inn_link_weight(m, &m->links[1]), 1.0);
	CU_ASSERT_TRUE(m->multigraph); /* a--b written from both ends is two links, as igraph reads it */
	inn_model_free(m);
	expect(inn_load_lgl, "# a\nb 1 2\n", "t.lgl", "t.lgl:2:5: unexpected text after the weight (expected 'NEIGHBOUR [WEIGHT]')");
	expect(inn_load_lgl, "b\n", "t.lgl", "t.lgl:1:1: a neighbour before any '# VERTEX' line (not an LGL file?)");
}

/* Worked by hand: "a b c" is a--b and a--c; "d" alone is isolated; comments are skipped. */
static void adjlist_should_read_a_node_and_its_neighbours_a_line(void)
{
	struct inn_model *m = parse_ok(inn_load_adjlist, "#c\n# GMT\na b c # note\nb\nd\n", "t.adjlist");

	CU_ASSERT_FALSE(m->directed);
	assert_node_ids(m, "a", "b", "c", "d", NULL);
	CU_ASSERT_EQUAL(m->nlinks, 2);
	CU_ASSERT_STRING_EQUAL(m->nodes[m->links[1].target].id, "c");
	CU_ASSERT_FALSE(m->multigraph);
	inn_model_free(m);
	expect(inn_load_adjlist, "# only\n", "t.adjlist", "t.adjlist: empty adjacency list (expected lines 'NODE NEIGHBOUR ...')");
}

/* Worked by hand: the label is the id, an edge may come before its nodes, escapes and bounds decode. */
static void gml_should_read_labels_escapes_bounds_and_late_nodes(void)
{
	struct inn_model *m = parse_ok(inn_load_gml,
				       "# c\ngraph [ directed 1 edge [ source 1 target 0 weight 1.E+1 key 0 ]\n"
				       "node [ id 0 label \"A &#38; &#233;&amp;\" members [ more_than 140 ] g [ x 1 ] ]\n"
				       "node [ id 1 name \"b\" ] ]", "t.gml");

	CU_ASSERT_TRUE(m->directed);
	assert_node_ids(m, "A & \xC3\xA9&", "b", NULL);
	CU_ASSERT_EQUAL_FATAL(m->nlinks, 1);
	CU_ASSERT_EQUAL(m->links[0].source, 1);
	CU_ASSERT_EQUAL(inn_link_weight(m, &m->links[0]), 10.0);
	CU_ASSERT_EQUAL(inn_link_more(m, &m->links[0])->nattrs, 0); /* NetworkX's key is no data */
	const struct inn_node_more *x = inn_node_more(m, &m->nodes[0]);
	const struct inn_value *v = inn_attr_get(x->attrs, x->nattrs, "members");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_NUMBER && v->bound == INN_BOUND_MORE_THAN && v->number == 140);
	v = inn_attr_get(x->attrs, x->nattrs, "g.x");
	CU_ASSERT_TRUE(v && v->type == INN_VAL_NUMBER && v->number == 1);
	inn_model_free(m);
	expect(inn_load_gml, "graph [ node [ id 0 ] edge [ source 0 target 3 ] ]", "t.gml", "t.gml:1:46: no node with id 3");
	expect(inn_load_gml, "graph [ node [ id 0 label \"x ]", "t.gml", "t.gml:1:27: string never closed");
}

static CU_TestInfo tests[] = {
	TEST(format_should_be_told_by_the_content),
	TEST(format_should_follow_the_extension_in_any_case),
	TEST(pajek_dl_and_edge_lists_should_name_the_line_and_column),
	TEST(gml_should_read_labels_escapes_bounds_and_late_nodes),
	TEST(lgl_should_read_vertices_neighbours_weights_and_isolates),
	TEST(adjlist_should_read_a_node_and_its_neighbours_a_line),
	TEST(graphml_should_read_what_networkx_writes),
	TEST(graphml_should_take_ids_from_igraphs_id_attribute),
	TEST(graphml_should_read_bounds_and_check_typed_fields),
	TEST(graphml_should_keep_empty_strings_absent_booleans_defaults_and_keys_for_all),
	TEST(graphml_should_read_each_edges_own_direction),
	TEST(graphml_should_name_the_line_of_what_it_refuses),
	TEST(dot_should_read_nodes_edges_and_attributes),
	TEST(dot_strict_graphs_should_be_simple_and_undirected_graphs_undirected),
	TEST(dot_should_name_the_line_of_a_syntax_error),
	CU_TEST_INFO_NULL,
};

int add_load_formats_suite(void)
{
	return add_suite("load_formats", tests);
}
