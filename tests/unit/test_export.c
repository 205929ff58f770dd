/* test_export.c: the Graphviz graph of a model, its DOT text and its SVG rendering. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/export.h"
#include "innonet/load.h"

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* Build, then write as DOT (format NULL) or render; returns the text (caller frees). */
static char *draw(const struct inn_model *m, const char *format)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	Agraph_t *g;

	inn_error_init(&err);
	g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NOT_NULL(g);
	if (g) {
		int rc = format ? inn_render(g, "dot", format, out, &err) : inn_dot_write(g, out, &err);
		if (rc)
			fprintf(stderr, "\n%s\n", err.msg);
		CU_ASSERT_EQUAL(rc, 0);
		agclose(g);
	}
	fclose(out);
	return buf;
}

static struct inn_model *default_model(void)
{
	struct inn_error err;

	inn_error_init(&err);
	return inn_load(NULL, &err);
}

static void dot_should_hold_every_node_and_link_styled_by_kind(void)
{
	struct inn_model *m = default_model();
	char *dot;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	dot = draw(m, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	CU_ASSERT_TRUE(strncmp(dot, "graph innonet {", 15) == 0); /* the model is undirected */
	/* every model node carries its id attribute; legend nodes are marked as legend */
	CU_ASSERT_EQUAL(count(dot, "id=\"node-"), 59);
	CU_ASSERT_EQUAL(count(dot, "class=\"kind-institute\""), 7);
	CU_ASSERT_EQUAL(count(dot, "class=\"kind-national_lab\""), 17);
	/* one edge per link, one per relation in the legend (17 relations in the NNMI model) */
	CU_ASSERT_EQUAL(count(dot, "id=\"link-"), 138);
	CU_ASSERT_EQUAL(count(dot, "class=\"relation-sponsors\""), 7);
	CU_ASSERT_EQUAL(count(dot, "legend-relation"), 17);
	CU_ASSERT_EQUAL(count(dot, "legend-kind"), 11);
	/* America Makes: an institute, so a rounded orange box */
	const char *am = strstr(dot, "\"america-makes\"\t[class=\"kind-institute\"");
	CU_ASSERT_PTR_NOT_NULL_FATAL(am);
	const char *end = strchr(am, ']');
	char node[1024];
	snprintf(node, sizeof(node), "%.*s", (int)(end - am), am);
	CU_ASSERT_PTR_NOT_NULL(strstr(node, "fillcolor=\"#E69F00\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(node, "shape=box"));
	CU_ASSERT_PTR_NOT_NULL(strstr(node, "style=\"rounded,filled\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(node, "label=\"America Makes\""));
	free(dot);
	inn_model_free(m);
}

static void svg_should_draw_one_node_element_per_model_node(void)
{
	struct inn_model *m = default_model();
	char *svg;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	svg = draw(m, "svg");
	CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, "<svg "));
	CU_ASSERT_EQUAL(count(svg, "class=\"node kind&#45;"), 59); /* Graphviz writes '-' as &#45; */
	for (size_t i = 0; i < m->nnodes; i++) {
		/* each node's group, titled by its id; Graphviz writes '-' as &#45; in SVG text */
		char want[256], *p = want;
		p += sprintf(p, "<title>");
		for (const char *c = m->nodes[i].id; *c; c++)
			p += *c == '-' ? sprintf(p, "&#45;") : sprintf(p, "%c", *c);
		sprintf(p, "</title>");
		CU_ASSERT_EQUAL(count(svg, want), 1);
	}
	CU_ASSERT_EQUAL(count(svg, "class=\"edge relation&#45;"), 138);
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, ">Legend</text>"));
	free(svg);
	inn_model_free(m);
}

static void hostile_labels_should_survive_dot_and_svg(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a:b\", \"label\": \"Q \\\"x\\\" \\\\N <b>&amp; {c}\\nline2\"}, "
			   "{\"id\": \"c\"}], \"links\": [{\"source\": \"a:b\", \"target\": \"c\"}]}";
	struct inn_error err;
	struct inn_model *m;
	char *dot, *svg;

	inn_error_init(&err);
	m = inn_load_json(json, strlen(json), "h.json", &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	dot = draw(m, NULL);
	/* the id is quoted whole (never a port), the quote escaped, the backslash doubled so \N is
	 * not Graphviz's node-name escape, the newline a \n escape */
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "\"a:b\"\t["));
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "label=\"Q \\\"x\\\" \\\\N <b>&amp;amp; {c}\\nline2\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "\"a:b\" -- c"));
	svg = draw(m, "svg");
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, "<title>a:b</title>"));
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, ">Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}</text>"));
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, ">line2</text>"));
	/* tooltips show the same text: no \N expansion, the entity kept as typed */
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, "xlink:title=\"Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}&#10;line2 (no kind)\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, "xlink:title=\"Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}&#10;line2 &#45;&#45; c\""));
	free(dot);
	free(svg);
	inn_model_free(m);
}

static void drawing_twice_should_give_the_same_bytes(void)
{
	struct inn_model *m = default_model();
	char *a = draw(m, "svg"), *b = draw(m, "svg");

	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b);
	CU_ASSERT_STRING_EQUAL(a, b);
	free(a);
	free(b);
	inn_model_free(m);
}

static void draw_states_should_mark_removed_cut_off_and_highlighted_elements(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": "
			   "[{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"b\", \"target\": \"c\"}]}";
	unsigned char nodes[] = {INN_DRAW_HIGHLIGHT, INN_DRAW_REMOVED, INN_DRAW_CUT_OFF};
	unsigned char links[] = {INN_DRAW_REMOVED, INN_DRAW_HIGHLIGHT};
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;
	char *buf = NULL;
	size_t len = 0;

	inn_error_init(&err);
	struct inn_model *m = inn_load_json(json, strlen(json), "d.json", &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.node_state = nodes;
	o.link_state = links;
	o.legend = false;
	Agraph_t *g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	FILE *out = open_memstream(&buf, &len);
	inn_dot_write(g, out, &err);
	fclose(out);
	agclose(g);
	/* one node per state, in model order: a highlighted, b greyed and dashed, c ringed */
	const char *a = strstr(buf, "\ta\t["), *b = strstr(buf, "\tb\t["), *c = strstr(buf, "\tc\t[");
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	CU_ASSERT_PTR_NOT_NULL(strstr(a, "penwidth=3"));
	CU_ASSERT_TRUE(strstr(b, "style=\"filled,dashed\"") && strstr(b, "style=\"filled,dashed\"") < c);
	CU_ASSERT_PTR_NOT_NULL(strstr(c, "peripheries=2"));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "a -- b\t[class=\"relation-none\",\n\t\tcolor=\"#BBBBBB\""));
	free(buf);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(dot_should_hold_every_node_and_link_styled_by_kind),
	TEST(svg_should_draw_one_node_element_per_model_node),
	TEST(hostile_labels_should_survive_dot_and_svg),
	TEST(drawing_twice_should_give_the_same_bytes),
	TEST(draw_states_should_mark_removed_cut_off_and_highlighted_elements),
	CU_TEST_INFO_NULL,
};

int add_export_suite(void)
{
	return add_suite("export", tests);
}
