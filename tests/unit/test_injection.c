/* test_injection.c: hostile ids and labels go through the DOT writer without changing the graph. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/draw.h"
#include "innonet/load.h"

/*
 * Ids and labels that would break out of a quoted DOT string or a Graphviz escape if they were
 * written as they are: quotes, brackets, DOT keywords, comments, escapes (\N, \G), HTML-like
 * text, entities, newlines and control characters.
 */
static const char *const hostile[] = {
	"a\"b",
	"x\"]; evil [label=\"pwned",
	"node",
	"graph",
	"edge",
	"subgraph",
	"strict",
	"->",
	"--",
	"}",
	"a;b",
	"/* comment */",
	"// line",
	"#x",
	"\\N\\G\\E\\L",
	"<b>html</b>",
	"<IMG SRC=\"/etc/passwd\"/>",
	"</text><script>alert(1)</script>",
	"-->",
	"&amp; &lt; &#45;",
	"a\nb\rc",
	"\\",
	"\\\"",
	"\x1b[31mred",
	"\xE5\x8C\x97\xE4\xBA\xAC",
	" spaces ",
	"-.",
	"0",
	"-1.5",
};

#define NHOSTILE (sizeof(hostile) / sizeof(hostile[0]))

/*
 * Ids DOT cannot hold: Graphviz 2.42 cannot write a name ending in a backslash or with one before
 * a quote, "-." or a name with a line break (inn_dot_write refuses them; see
 * dot_should_refuse_an_id_graphviz_cannot_write). They stay in the test as labels.
 */
static bool dot_cannot_name(const char *s)
{
	return strcmp(s, "\\") == 0 || strcmp(s, "\\\"") == 0 || strcmp(s, "-.") == 0 || strpbrk(s, "\n\r");
}

/*
 * A model with one node per hostile string (as its id, and in other roles as a label, kind and
 * relation) and a ring of links through them.
 */
static struct inn_model *hostile_model(bool directed)
{
	struct inn_model *m = inn_model_new("hostile.json");
	char id[32];
	size_t at;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	m->directed = directed;
	m->name = hostile[1];
	for (size_t i = 0; i < NHOSTILE; i++) {
		snprintf(id, sizeof(id), "id-%zu", i);
		CU_ASSERT_EQUAL_FATAL(inn_model_add_node(m, dot_cannot_name(hostile[i]) ? id : hostile[i], false, &at),
				      INN_MODEL_OK);
		m->nodes[at].label = hostile[NHOSTILE - 1 - i];
		m->nodes[at].kind = inn_arena_intern(m->arena, hostile[(i * 7) % NHOSTILE]);
	}
	for (size_t i = 0; i < NHOSTILE; i++) {
		CU_ASSERT_PTR_NOT_NULL_FATAL(inn_model_add_link(m, (uint32_t)i, (uint32_t)((i + 1) % NHOSTILE)));
		CU_ASSERT_EQUAL(inn_model_set_relation(m, m->nlinks - 1, hostile[(i * 5) % NHOSTILE]), 0);
	}
	return m;
}

static size_t count_nodes(Agraph_t *g)
{
	size_t n = 0;

	for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
		n++;
	return n;
}

static size_t count_subgraphs(Agraph_t *g)
{
	size_t n = 0;

	for (Agraph_t *s = agfstsubg(g); s; s = agnxtsubg(s))
		n += 1 + count_subgraphs(s);
	return n;
}

/* Every attribute of obj (in g) has the same value on obj2 (in g2). */
static void same_attrs(Agraph_t *g, void *obj, Agraph_t *g2, void *obj2, int kind)
{
	for (Agsym_t *sym = agnxtattr(g, kind, NULL); sym; sym = agnxtattr(g, kind, sym)) {
		Agsym_t *sym2 = agattr(g2, kind, sym->name, NULL);
		/* an attribute never set away from an empty default is not written: it reads back as "" */
		const char *a = agxget(obj, sym), *b = sym2 ? agxget(obj2, sym2) : "";
		if (strcmp(a, b) != 0)
			fprintf(stderr, "\n  %s: '%s' became '%s'\n", sym->name, a, b);
		CU_ASSERT_STRING_EQUAL(a, b);
	}
}

/* Build, write, read back: the graph read must be the graph written, node for node. */
static void round_trip(bool directed, bool legend)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_model *m = hostile_model(directed);
	struct inn_error err;
	char *dot = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&dot, &len);
	Agraph_t *g, *g2;

	o.legend = legend;
	inn_error_init(&err);
	g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	CU_ASSERT_EQUAL(inn_dot_write(g, out, &err), 0);
	fclose(out);
	g2 = agmemread(dot);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g2);
	CU_ASSERT_EQUAL(agisdirected(g2), directed);
	CU_ASSERT_EQUAL(count_nodes(g2), count_nodes(g));
	CU_ASSERT_EQUAL(agnedges(g2), agnedges(g));
	CU_ASSERT_EQUAL(count_subgraphs(g2), count_subgraphs(g));
	same_attrs(g, g, g2, g2, AGRAPH);
	/* each model node is there under its own id, with every attribute as built */
	for (size_t i = 0; i < m->nnodes; i++) {
		Agnode_t *n = agnode(g, (char *)m->nodes[i].id, 0), *n2 = agnode(g2, (char *)m->nodes[i].id, 0);
		CU_ASSERT_PTR_NOT_NULL_FATAL(n);
		CU_ASSERT_PTR_NOT_NULL_FATAL(n2);
		same_attrs(g, n, g2, n2, AGNODE);
		for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
			Agedge_t *e2 = agedge(g2, n2, agnode(g2, agnameof(aghead(e)), 0), NULL, 0);
			CU_ASSERT_PTR_NOT_NULL_FATAL(e2);
			same_attrs(g, e, g2, e2, AGEDGE);
		}
	}
	agclose(g2);
	agclose(g);
	free(dot);
	inn_model_free(m);
}

static void dot_should_round_trip_hostile_ids_and_labels_undirected(void)
{
	round_trip(false, true);
}

static void dot_should_round_trip_hostile_ids_and_labels_directed_without_legend(void)
{
	round_trip(true, false);
}

static void labels_should_reach_graphviz_as_text_not_escapes(void)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_model *m = hostile_model(false);
	struct inn_error err;
	Agraph_t *g;

	inn_error_init(&err);
	g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	/*
	 * Worked out from Graphviz's escString rules: a backslash is doubled so \N stays the
	 * characters \ and N, '&' becomes &amp; so no entity is read, a newline becomes \n and a
	 * CR is dropped. Quotes stay as they are: cgraph escapes them when it writes DOT. Node i
	 * is labelled hostile[N-1-i], so node "-1.5" (the last) carries hostile[0], "a\"b".
	 */
	CU_ASSERT_STRING_EQUAL(agget(agnode(g, "-1.5", 0), "label"), "a\"b");
	/* node i is labelled hostile[N-1-i]: "\N\G\E\L" (index 14) labels node N-1-14 */
	CU_ASSERT_STRING_EQUAL(agget(agnode(g, (char *)hostile[NHOSTILE - 1 - 14], 0), "label"), "\\\\N\\\\G\\\\E\\\\L");
	CU_ASSERT_STRING_EQUAL(agget(agnode(g, (char *)hostile[NHOSTILE - 1 - 19], 0), "label"),
			       "&amp;amp; &amp;lt; &amp;#45;");
	CU_ASSERT_STRING_EQUAL(agget(agnode(g, (char *)hostile[NHOSTILE - 1 - 20], 0), "label"), "a\\nbc");
	agclose(g);
	inn_model_free(m);
}

static void dot_should_write_every_id_as_itself(void)
{
	/*
	 * Ids cgraph alone writes as other names (tests/fuzz/fuzz_dot.c found the backslashes):
	 * each is written under a stand-in and put back as quoted and HTML strings joined by '+'.
	 * innonet's reader reads every one back; Graphviz's own reads them all but an id beginning
	 * with '%', which it takes for an anonymous node's and renames.
	 */
	static const char *const ids[] = {
		"a\\", "a\\\"b", "b\\\"c", "%1", "%x", "%3", "%%", "a\\\nb", "\n", "\"\n\"", "\\\n", "-.",
		"\\\\\"", "\xe7\xbe\x8e\xe5\x9b\xbd\xe5\x88\xb6\xe9\x80\xa0", "innonet-stand-in-2d2e", "_1", "a:b",
	};
	for (size_t k = 0; k < sizeof(ids) / sizeof(ids[0]); k++) {
		struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
		struct inn_model *m = inn_model_new("t.json"), *back;
		struct inn_error err;
		char *dot = NULL;
		size_t len = 0, at, s, t;
		Agraph_t *g, *g2;
		FILE *out;

		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		CU_ASSERT_EQUAL(inn_model_add_node(m, ids[k], false, &at), INN_MODEL_OK);
		CU_ASSERT_EQUAL(inn_model_add_node(m, "z", false, &at), INN_MODEL_OK);
		CU_ASSERT_PTR_NOT_NULL_FATAL(inn_model_add_link(m, 0, 1));
		inn_error_init(&err);
		o.legend = false;
		g = inn_dot_build(m, &o, &err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(g);
		CU_ASSERT_PTR_NOT_NULL_FATAL(out = open_memstream(&dot, &len));
		CU_ASSERT_EQUAL(inn_dot_write(g, out, &err), 0);
		fclose(out);
		back = inn_load_dot(dot, len, "t.dot", &err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(back);
		CU_ASSERT_EQUAL(back->nnodes, 2);
		CU_ASSERT_EQUAL(back->nlinks, 1);
		CU_ASSERT(inn_model_find(back, ids[k], &s) && inn_model_find(back, "z", &t));
		CU_ASSERT(back->links[0].source == s && back->links[0].target == t);
		g2 = agmemread(dot);
		CU_ASSERT_PTR_NOT_NULL_FATAL(g2);
		CU_ASSERT_EQUAL(agnnodes(g2), 2);
		if (ids[k][0] != '%')
			CU_ASSERT_PTR_NOT_NULL(agnode(g2, (char *)ids[k], 0));
		agclose(g2);
		inn_model_free(back);
		free(dot);
		agclose(g);
		inn_model_free(m);
	}
}

static CU_TestInfo tests[] = {
	TEST(dot_should_round_trip_hostile_ids_and_labels_undirected),
	TEST(dot_should_round_trip_hostile_ids_and_labels_directed_without_legend),
	TEST(labels_should_reach_graphviz_as_text_not_escapes),
	TEST(dot_should_write_every_id_as_itself),
	CU_TEST_INFO_NULL,
};

int add_injection_suite(void)
{
	return add_suite("injection", tests);
}
