/*
 * test_write.c: the GraphML, GEXF, CSV and node-link JSON writers on a small model whose every
 * output line is written out below by hand (typing, escaping, measures, absent values).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "innonet/inputs.h"
#include "innonet/load.h"
#include "innonet/write.h"

/*
 * Node a: a bound (a string in typed formats), n = 3 and 7's n = 4.5 (a double column), x = 2.5
 * and "text" (a string column), a stale "score" the measure replaces. Node 7: an integer id, a
 * label a spreadsheet would run, a boolean. The measure "score" is 1.5 for a and NaN (absent)
 * for 7.
 */
static const char *const model_json =
	"{\"directed\": false, \"graph\": {\"name\": \"W & co\"},\n"
	" \"nodes\": [{\"id\": \"a\", \"kind\": \"agency\", \"label\": \"A <&> \\\"B\\\"\", \"members\": {\"more_than\": 140},"
	" \"n\": 3, \"x\": 2.5, \"score\": 99},\n"
	"  {\"id\": 7, \"label\": \"=cmd\", \"n\": 4.5, \"x\": \"text\", \"flag\": true}],\n"
	" \"links\": [{\"source\": \"a\", \"target\": 7, \"relation\": \"funds\", \"weight\": 2, \"note\": \"line1\\nline2\"}]}";

static struct inn_model *model(void)
{
	return load_text(model_json, "w.json");
}

static const double score_values[] = {1.5, NAN};
static const double *const score_cols[] = {score_values};
static const char *const score_names[] = {"score"};
static const struct inn_columns measures = {1, score_names, score_cols, NULL, NULL};

typedef int writer_fn(FILE *, const struct inn_model *, const struct inn_columns *, struct inn_error *);

/* The writer's output as text; the caller frees it. */
static char *written(writer_fn *w, const struct inn_model *m)
{
	struct inn_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	inn_error_init(&err);
	if (w(out, m, &measures, &err) < 0)
		fprintf(stderr, "\n%s\n", err.msg);
	fclose(out);
	return buf;
}

static void same_text(const char *got, const char *want)
{
	if (strcmp(got, want) != 0)
		fprintf(stderr, "\n--- got:\n%s--- want:\n%s", got, want);
	CU_ASSERT_STRING_EQUAL(got, want);
}

/* What w writes of the model above with the measure "score" must be exactly want. */
static void writes_model_as(writer_fn *w, const char *want)
{
	struct inn_model *m = model();
	char *got;

	if (!m)
		return;
	got = written(w, m);
	same_text(got, want);
	free(got);
	inn_model_free(m);
}

static void graphml_should_type_each_key_and_escape_text(void)
{
	writes_model_as(inn_write_graphml,
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
			"xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
			"xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
			"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
			"  <key id=\"g0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
			"  <key id=\"n0\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
			"  <key id=\"n1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
			"  <key id=\"n2\" for=\"node\" attr.name=\"members\" attr.type=\"string\"/>\n"
			"  <key id=\"n3\" for=\"node\" attr.name=\"n\" attr.type=\"double\"/>\n"
			"  <key id=\"n4\" for=\"node\" attr.name=\"x\" attr.type=\"string\"/>\n"
			"  <key id=\"n5\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n"
			"  <key id=\"n6\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>\n"
			"  <key id=\"e0\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
			"  <key id=\"e1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
			"  <key id=\"e2\" for=\"edge\" attr.name=\"note\" attr.type=\"string\"/>\n"
			"  <graph id=\"G\" edgedefault=\"undirected\">\n"
			"    <data key=\"g0\">W &amp; co</data>\n"
			"    <node id=\"a\">\n"
			"      <data key=\"n0\">agency</data>\n"
			"      <data key=\"n1\">A &lt;&amp;&gt; \"B\"</data>\n"
			"      <data key=\"n2\">{\"more_than\":140}</data>\n"
			"      <data key=\"n3\">3</data>\n"
			"      <data key=\"n4\">2.5</data>\n"
			"      <data key=\"n6\">1.5</data>\n"
			"    </node>\n"
			"    <node id=\"7\">\n"
			"      <data key=\"n1\">=cmd</data>\n"
			"      <data key=\"n3\">4.5</data>\n"
			"      <data key=\"n4\">text</data>\n"
			"      <data key=\"n5\">true</data>\n"
			"    </node>\n"
			"    <edge source=\"a\" target=\"7\">\n"
			"      <data key=\"e0\">funds</data>\n"
			"      <data key=\"e1\">2</data>\n"
			"      <data key=\"e2\">line1\nline2</data>\n"
			"    </edge>\n"
			"  </graph>\n"
			"</graphml>\n");
}

static void gexf_should_write_typed_columns_labels_and_weights(void)
{
	writes_model_as(inn_write_gexf,
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
			"xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
			"  <meta>\n"
			"    <creator>innonet " INN_VERSION "</creator>\n"
			"    <description>W &amp; co</description>\n"
			"  </meta>\n"
			"  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
			"    <attributes class=\"node\" mode=\"static\">\n"
			"      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
			"      <attribute id=\"1\" title=\"members\" type=\"string\"/>\n"
			"      <attribute id=\"2\" title=\"n\" type=\"double\"/>\n"
			"      <attribute id=\"3\" title=\"x\" type=\"string\"/>\n"
			"      <attribute id=\"4\" title=\"flag\" type=\"boolean\"/>\n"
			"      <attribute id=\"5\" title=\"score\" type=\"double\"/>\n"
			"    </attributes>\n"
			"    <attributes class=\"edge\" mode=\"static\">\n"
			"      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
			"      <attribute id=\"1\" title=\"note\" type=\"string\"/>\n"
			"    </attributes>\n"
			"    <nodes>\n"
			"      <node id=\"a\" label=\"A &lt;&amp;&gt; &quot;B&quot;\">\n"
			"        <attvalues>\n"
			"          <attvalue for=\"0\" value=\"agency\"/>\n"
			"          <attvalue for=\"1\" value=\"{&quot;more_than&quot;:140}\"/>\n"
			"          <attvalue for=\"2\" value=\"3\"/>\n"
			"          <attvalue for=\"3\" value=\"2.5\"/>\n"
			"          <attvalue for=\"5\" value=\"1.5\"/>\n"
			"        </attvalues>\n"
			"      </node>\n"
			"      <node id=\"7\" label=\"=cmd\">\n"
			"        <attvalues>\n"
			"          <attvalue for=\"2\" value=\"4.5\"/>\n"
			"          <attvalue for=\"3\" value=\"text\"/>\n"
			"          <attvalue for=\"4\" value=\"true\"/>\n"
			"        </attvalues>\n"
			"      </node>\n"
			"    </nodes>\n"
			"    <edges>\n"
			"      <edge id=\"0\" source=\"a\" target=\"7\" weight=\"2\">\n"
			"        <attvalues>\n"
			"          <attvalue for=\"0\" value=\"funds\"/>\n"
			"          <attvalue for=\"1\" value=\"line1&#10;line2\"/>\n"
			"        </attvalues>\n"
			"      </edge>\n"
			"    </edges>\n"
			"  </graph>\n"
			"</gexf>\n");
}

static void json_should_add_measures_and_keep_ids_and_bounds(void)
{
	writes_model_as(inn_write_json, "{\"directed\": false, \"multigraph\": false, \"graph\": {\"name\": \"W & co\"},\n"
					"\"nodes\": [\n"
					"{\"id\": \"a\", \"kind\": \"agency\", \"label\": \"A <&> \\\"B\\\"\", \"members\": {\"more_than\": 140}, "
					"\"n\": 3, \"x\": 2.5, \"score\": 1.5},\n"
					"{\"id\": 7, \"label\": \"=cmd\", \"n\": 4.5, \"x\": \"text\", \"flag\": true, \"score\": null}],\n"
					"\"links\": [\n"
					"{\"source\": \"a\", \"target\": 7, \"relation\": \"funds\", \"weight\": 2, \"note\": \"line1\\nline2\"}]}\n");
}

static char *csv_links(const struct inn_model *m)
{
	struct inn_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_write_csv_links(out, m, NULL, &err), 0);
	fclose(out);
	return buf;
}

static void csv_should_quote_guard_formulas_and_read_back(void)
{
	struct inn_model *m = model(), *back;
	struct inn_error err;
	char *nodes, *links;

	if (!m)
		return;
	nodes = written(inn_write_csv_nodes, m);
	links = csv_links(m);
	same_text(nodes, "id,kind,label,members,n,x,flag,score\n"
			 "a,agency,\"A <&> \"\"B\"\"\",\"{\"\"more_than\"\":140}\",3,2.5,,1.5\n"
			 "7,,\"'=cmd\",,4.5,text,true,\n");
	same_text(links, "source,target,relation,weight,note\n"
			 "a,7,funds,2,\"line1\nline2\"\n");
	/* innonet's reader gives back what was written, the formula guard removed */
	inn_error_init(&err);
	back = inn_load_csv_mem(links, strlen(links), "l.csv", nodes, strlen(nodes), "n.csv", &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(back);
	CU_ASSERT_STRING_EQUAL(back->nodes[1].label, "=cmd");
	CU_ASSERT_TRUE(back->nodes[1].id_is_int);
	CU_ASSERT_EQUAL(inn_attr_get(inn_node_more(back, &back->nodes[0])->attrs, inn_node_more(back, &back->nodes[0])->nattrs, "members")->bound, INN_BOUND_MORE_THAN);
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_link_more(back, &back->links[0])->attrs, inn_link_more(back, &back->links[0])->nattrs, "note")->text, "line1\nline2");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(back, &back->links[0]), 2, 0);
	inn_model_free(back);
	free(links);
	free(nodes);
	inn_model_free(m);
}

static void xml_writers_should_refuse_control_characters(void)
{
	/* the JSON loader refuses control characters, so the label is set on the model directly, as
	 * another reader (CSV, GraphML, DOT) could set it */
	const char *json = "{\"nodes\": [{\"id\": \"a\", \"label\": \"bell\"}]}";
	struct inn_error err;
	struct inn_model *m;
	FILE *out = fopen("/dev/null", "w");

	inn_error_init(&err);
	m = load_text(json, "c.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	m->nodes[0].label = inn_arena_strdup(m->arena, "bell\a");
	CU_ASSERT_EQUAL(inn_write_graphml(out, m, NULL, &err), -1);
	CU_ASSERT_STRING_EQUAL(err.msg, "graphml: node 'a': 'label' holds a control character, which XML cannot hold");
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_write_gexf(out, m, NULL, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_write_json(out, m, NULL, &err), 0); /* JSON escapes it */
	fclose(out);
	inn_model_free(m);
}

static void dispatch_should_name_formats_and_write_csv_as_two_files(void)
{
	enum inn_data_format f;
	struct inn_error err;
	struct inn_model *m = model();
	char dir[] = "/tmp/innonet-write-XXXXXX", path[256], lpath[256];
	char *lp;

	CU_ASSERT_TRUE(inn_data_format_parse("gexf", &f) && f == INN_DATA_GEXF);
	CU_ASSERT_FALSE(inn_data_format_parse("svg", &f));
	CU_ASSERT_TRUE(inn_data_format_of("out/net.graphml", &f) && f == INN_DATA_GRAPHML);
	CU_ASSERT_FALSE(inn_data_format_of("net.csv.d/net", &f));
	lp = inn_write_links_path("dir.v1/net.csv");
	CU_ASSERT_STRING_EQUAL(lp, "dir.v1/net-links.csv");
	free(lp);
	lp = inn_write_links_path("dir.v1/nodes");
	CU_ASSERT_STRING_EQUAL(lp, "dir.v1/nodes-links.csv");
	free(lp);
	if (!m)
		return;
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_write_data(m, &measures, INN_DATA_CSV, "-", &err), -1);
	CU_ASSERT_STRING_EQUAL(err.msg, "csv output is two files (nodes and links): give -o NODES.csv");
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/net.csv", dir);
	snprintf(lpath, sizeof(lpath), "%s/net-links.csv", dir);
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_write_data(m, &measures, INN_DATA_CSV, path, &err), 0);
	CU_ASSERT_EQUAL(access(path, R_OK), 0);
	CU_ASSERT_EQUAL(access(lpath, R_OK), 0);
	/* the links file is an input: neither file is written */
	FILE *in = fopen(lpath, "r");
	unlink(path);
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_input_note(fileno(in), "model", &err), 0);
	fclose(in);
	CU_ASSERT_EQUAL(inn_write_data(m, &measures, INN_DATA_CSV, path, &err), -1);
	CU_ASSERT_NOT_EQUAL(access(path, R_OK), 0);
	inn_input_reset();
	unlink(lpath);
	rmdir(dir);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(graphml_should_type_each_key_and_escape_text),
	TEST(gexf_should_write_typed_columns_labels_and_weights),
	TEST(json_should_add_measures_and_keep_ids_and_bounds),
	TEST(csv_should_quote_guard_formulas_and_read_back),
	TEST(xml_writers_should_refuse_control_characters),
	TEST(dispatch_should_name_formats_and_write_csv_as_two_files),
	CU_TEST_INFO_NULL,
};

int add_write_suite(void)
{
	return add_suite("write", tests);
}
