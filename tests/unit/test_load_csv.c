/* test_load_csv.c: the streaming CSV reader: columns, RFC 4180 quoting, typing, chunk edges and errors. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/load.h"

/* Load links (and nodes, may be NULL) from text; NULL with the message in msg. */
static struct inn_model *csv(const char *links, const char *nodes, char *msg, size_t size)
{
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	m = inn_load_csv_mem(links, strlen(links), "links.csv", nodes, nodes ? strlen(nodes) : 0, "nodes.csv", &err);
	snprintf(msg, size, "%s", err.msg);
	return m;
}

static void expect_error(const char *links, const char *nodes, const char *want)
{
	char msg[1024];
	struct inn_model *m = csv(links, nodes, msg, sizeof(msg));

	CU_ASSERT_PTR_NULL(m);
	if (strcmp(msg, want) != 0)
		fprintf(stderr, "\n  got:  %s\n  want: %s\n", msg, want);
	CU_ASSERT_STRING_EQUAL(msg, want);
	inn_model_free(m);
}

static const struct inn_node *node(const struct inn_model *m, const char *id)
{
	size_t at;

	CU_ASSERT_TRUE_FATAL(inn_model_find(m, id, &at));
	return &m->nodes[at];
}

static void csv_should_map_the_columns_to_the_model(void)
{
	const char *nodes = "\xEF\xBB\xBF" /* a byte-order mark, as spreadsheets write */
			    "id,kind,label,label_zh,since,members,public,note\r\n"
			    "DoD,agency,Department of Defense,国防部,1947,,,\r\n"
			    "7,member_type,\"Companies, large\",,,\"{\"\"more_than\"\": 140}\",true,\"two\r\nlines\"\r\n"
			    "007,member_type,,,,12.5,False,-x\r\n";
	const char *links = "source,target,relation,weight,grant\n"
			    "DoD,7,sponsors,55000000,A-1\n"
			    "\n" /* a blank line is skipped */
			    "007,DoD,member_of,,\n";
	char msg[1024];
	struct inn_model *m = csv(links, nodes, msg, sizeof(msg));
	const struct inn_value *v;
	const struct inn_node *n;

	if (!m)
		fprintf(stderr, "\n%s\n", msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nnodes, 3);
	CU_ASSERT_EQUAL(m->nlinks, 2);
	CU_ASSERT_FALSE(m->directed);
	CU_ASSERT_FALSE(m->multigraph);
	/* nodes in file order; "7" is an integer id, "007" is not (it would not read back as 7) */
	CU_ASSERT_STRING_EQUAL(m->nodes[0].id, "DoD");
	CU_ASSERT_STRING_EQUAL(m->nodes[1].id, "7");
	CU_ASSERT_TRUE(m->nodes[1].id_is_int);
	CU_ASSERT_FALSE(m->nodes[2].id_is_int);
	n = node(m, "DoD");
	CU_ASSERT_STRING_EQUAL(n->kind, "agency");
	CU_ASSERT_STRING_EQUAL(n->label, "Department of Defense");
	CU_ASSERT_STRING_EQUAL(inn_node_more(m, n)->label_zh, "国防部");
	CU_ASSERT_EQUAL(inn_node_more(m, n)->since, 1947);
	CU_ASSERT_EQUAL(inn_node_more(m, n)->nattrs, 0); /* empty cells are absent fields */
	n = node(m, "7");
	CU_ASSERT_STRING_EQUAL(n->label, "Companies, large");
	CU_ASSERT_PTR_NULL(inn_node_more(m, n)->label_zh);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "members");
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_EQUAL(v->bound, INN_BOUND_MORE_THAN);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 140, 0);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "public");
	CU_ASSERT_EQUAL(v->type, INN_VAL_BOOL);
	CU_ASSERT_TRUE(v->boolean);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "note");
	CU_ASSERT_STRING_EQUAL(v->text, "two\r\nlines"); /* line breaks inside quotes are data */
	n = node(m, "007");
	CU_ASSERT_PTR_NULL(n->label);
	v = inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "members");
	CU_ASSERT_EQUAL(v->type, INN_VAL_NUMBER);
	CU_ASSERT_DOUBLE_EQUAL(v->number, 12.5, 0);
	CU_ASSERT_EQUAL(inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "public")->type, INN_VAL_BOOL);
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_node_more(m, n)->attrs, inn_node_more(m, n)->nattrs, "note")->text, "-x"); /* unquoted: kept */
	/* links */
	CU_ASSERT_EQUAL(m->links[0].source, 0);
	CU_ASSERT_EQUAL(m->links[0].target, 1);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(m, &m->links[0]), "sponsors");
	CU_ASSERT_TRUE(m->links[0].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 55000000, 0);
	v = inn_attr_get(inn_link_more(m, &m->links[0])->attrs, inn_link_more(m, &m->links[0])->nattrs, "grant");
	CU_ASSERT_STRING_EQUAL(v->text, "A-1");
	CU_ASSERT_FALSE(m->links[1].has_weight);
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[1]), 1, 0);
	CU_ASSERT_EQUAL(inn_link_more(m, &m->links[1])->nattrs, 0);
	inn_model_free(m);
}

static void csv_without_nodes_should_take_the_link_ends_in_order(void)
{
	char msg[1024];
	/* c,a then a,b then b,a: nodes c, a, b; the third pair repeats the second: a multigraph */
	struct inn_model *m = csv("target,source\na,c\nb,a\na,b", NULL, msg, sizeof(msg));

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	assert_node_ids(m, "c", "a", "b", NULL);
	CU_ASSERT_EQUAL(m->nlinks, 3);
	CU_ASSERT_TRUE(m->multigraph);
	CU_ASSERT_EQUAL(m->links[2].source, 2); /* the last record has no line break */
	CU_ASSERT_EQUAL(m->links[2].target, 1);
	CU_ASSERT_STRING_EQUAL(m->origin, "links.csv");
	inn_model_free(m);
	/* a self-loop is one link, not a parallel one */
	m = csv("source,target\na,a\na,b\n", NULL, msg, sizeof(msg));
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_FALSE(m->multigraph);
	inn_model_free(m);
}

static void csv_should_undo_the_formula_guard_of_quoted_cells_only(void)
{
	char msg[1024];
	/*
	 * innonet's writer turns "=SUM(A1)" into "'=SUM(A1)" and "'=x" into "''=x", always quoted;
	 * an unquoted apostrophe is somebody's data.
	 */
	struct inn_model *m = csv("source,target,a,b,c,d\nx,y,\"'=SUM(A1)\",\"''=x\",'=z,\"'plain\"\n", NULL, msg, sizeof(msg));
	const struct inn_link *l;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	l = &m->links[0];
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "a")->text, "=SUM(A1)");
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "b")->text, "'=x");
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "c")->text, "'=z");
	CU_ASSERT_STRING_EQUAL(inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "d")->text, "'plain");
	inn_model_free(m);
}

/* A text of n bytes of c, NUL-terminated; the caller frees it. */
static char *filler(size_t n, char c)
{
	char *s = malloc(n + 1);

	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static void csv_should_read_records_across_and_beyond_its_1mib_chunks(void)
{
	/*
	 * 30,000 links of about 40 bytes (1.2 MB) make records straddle the first chunk's end; one
	 * record of two 700 KB quoted fields is longer than a whole chunk, so the buffer must grow.
	 */
	size_t cap = 4u << 20, len = 0;
	char *text = malloc(cap), *big = filler(700000, 'x'), msg[1024];
	struct inn_model *m;

	len += (size_t)sprintf(text + len, "source,target,note,more\n");
	for (int i = 0; i < 30000; i++)
		len += (size_t)sprintf(text + len, "n%d,n%d,\"line\nbreak, \"\"%d\"\"\",%d\n", i, i + 1, i, i);
	len += (size_t)sprintf(text + len, "n0,n2,\"%s\",\"%s\"\n", big, big);
	m = csv(text, NULL, msg, sizeof(msg));
	if (!m)
		fprintf(stderr, "\n%s\n", msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nlinks, 30001);
	CU_ASSERT_EQUAL(m->nnodes, 30001);
	int bad = 0;
	for (int i = 0; i < 30000; i++) {
		char want[64];
		const struct inn_link *l = &m->links[i];
		const struct inn_value *v = inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "note");
		sprintf(want, "line\nbreak, \"%d\"", i);
		bad += !v || strcmp(v->text, want) != 0;
		v = inn_attr_get(inn_link_more(m, l)->attrs, inn_link_more(m, l)->nattrs, "more");
		bad += !v || v->type != INN_VAL_NUMBER || v->number != i;
	}
	CU_ASSERT_EQUAL(bad, 0);
	const struct inn_link *last = &m->links[30000];
	CU_ASSERT_EQUAL(strlen(inn_attr_get(inn_link_more(m, last)->attrs, inn_link_more(m, last)->nattrs, "more")->text), 700000);
	inn_model_free(m);
	/* an error after the first chunk still names its line: 1 header + 2 lines per link */
	len += (size_t)sprintf(text + len, "a,b,c\n");
	char want[128];
	snprintf(want, sizeof(want), "links.csv:%d:6: 3 fields, but the header has 4", 1 + 2 * 30000 + 1 + 1);
	expect_error(text, NULL, want);
	free(big);
	free(text);
}

static void csv_should_name_file_line_and_column_of_bad_input(void)
{
	expect_error("", NULL, "links.csv: empty file (expected a header line: source,target,...)");
	expect_error("from,to\na,b\n", NULL, "links.csv:1: the header has no 'source' column");
	expect_error("source,target,w,w\n", NULL, "links.csv:1:17: column 'w' appears twice");
	expect_error("source,,target\n", NULL, "links.csv:1:8: empty column name in the header");
	expect_error("source,target\na,b,c\n", NULL, "links.csv:2:5: 3 fields, but the header has 2");
	expect_error("source,target,x\na,b\n", NULL, "links.csv:2:4: 2 fields, but the header has 3");
	expect_error("source,target\na,\"b\nc\n", NULL, "links.csv:2:3: quoted field never closed");
	expect_error("source,target\nab\"c,d\n", NULL,
		     "links.csv:2:3: quote inside an unquoted field (quote the whole field)");
	expect_error("source,target\n\"a\"b,c\n", NULL,
		     "links.csv:2:4: expected ',' or a line break after a closing quote");
	expect_error("source,target,weight\na,b,heavy\n", NULL,
		     "links.csv:2:5: 'weight' must be a finite number, not 'heavy'");
	expect_error("source,target,weight\na,b,1e999\n", NULL,
		     "links.csv:2:5: 'weight' must be a finite number, not '1e999'");
	expect_error("source,target,since\na,b,2012.5\n", NULL,
		     "links.csv:2:5: 'since' must be a year (a non-zero integer), not '2012.5'");
	expect_error("source,target,since,until\na,b,2015,2012\n", NULL,
		     "links.csv:2:1: 'until' (2012) is before 'since' (2015)");
	expect_error("source,target\n,b\n", NULL, "links.csv:2:1: empty link source");
	/* columns count characters, not bytes: 国防部 is three columns wide here, nine bytes */
	expect_error("source,target\n国防部,b,c\n", NULL, "links.csv:2:7: 3 fields, but the header has 2");
	expect_error("source,target\na,\xff\n", NULL, "links.csv:2:3: invalid UTF-8");
	expect_error("source,target\n", "id\na\nb\na\n", "nodes.csv:4:1: duplicate node id 'a'");
	expect_error("source,target\na,c\n", "id\na\nb\n", "links.csv:2:3: link target 'c' is not a node of the node table");
	expect_error("source,target\n", "kind\nx\n", "nodes.csv:1: the header has no 'id' column");
	expect_error("source,target\n", "id\n\"\"\n", "nodes.csv:2:1: empty node id");
}

static void csv_files_should_load_by_path_and_extension(void)
{
	struct inn_error err;
	struct inn_model *m;
	char links[4096], nodes[4096];

	snprintf(links, sizeof(links), "%s", fixture("interop/nnmi-links.csv")); /* fixture() reuses its buffer */
	snprintf(nodes, sizeof(nodes), "%s", fixture("interop/nnmi-nodes.csv"));
	/* tests/fixtures/interop/nnmi-*.csv: four links of the NNMI model and their five nodes, by hand */
	inn_error_init(&err);
	m = inn_load_csv(links, nodes, &err);
	if (!m)
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nnodes, 5);
	CU_ASSERT_EQUAL(m->nlinks, 4);
	CU_ASSERT_STRING_EQUAL(m->nodes[4].label, "America Makes");
	inn_model_free(m);
	/* a .csv MODEL is an edge list without a node table */
	inn_error_init(&err);
	m = inn_load(fixture("interop/nnmi-links.csv"), &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL(m->nnodes, 5);
	CU_ASSERT_PTR_NULL(m->nodes[4].label);
	inn_model_free(m);
	inn_error_init(&err);
	CU_ASSERT_PTR_NULL(inn_load_csv("/nonexistent/l.csv", NULL, &err));
	CU_ASSERT_STRING_EQUAL(err.msg, "/nonexistent/l.csv: cannot open: No such file or directory");
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
}

static CU_TestInfo tests[] = {
	TEST(csv_should_map_the_columns_to_the_model),
	TEST(csv_without_nodes_should_take_the_link_ends_in_order),
	TEST(csv_should_undo_the_formula_guard_of_quoted_cells_only),
	TEST(csv_should_read_records_across_and_beyond_its_1mib_chunks),
	TEST(csv_should_name_file_line_and_column_of_bad_input),
	TEST(csv_files_should_load_by_path_and_extension),
	CU_TEST_INFO_NULL,
};

int add_load_csv_suite(void)
{
	return add_suite("load_csv", tests);
}
