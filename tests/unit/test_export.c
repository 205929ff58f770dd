/* test_export.c: the Graphviz graph of a model, its DOT text and its SVG rendering. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/draw.h"
#include "innonet/load.h"
#include "innonet/style.h"

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* Build with options, then write as DOT (format NULL) or render; returns the text (caller frees). */
static char *draw_with(const struct inn_model *m, const struct inn_export_opts *o, const char *format)
{
	struct inn_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	Agraph_t *g;

	inn_error_init(&err);
	g = inn_dot_build(m, o, &err);
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

/* The same with the default options. */
static char *draw(const struct inn_model *m, const char *format)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;

	return draw_with(m, &o, format);
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
	CU_ASSERT_EQUAL(count(dot, "id=\"node-"), 43);
	CU_ASSERT_EQUAL(count(dot, "class=\"kind-institute\""), 7);
	CU_ASSERT_EQUAL(count(dot, "class=\"kind-lab_5Fsystem\""), 1); /* '_' is written _5F */
	/* one edge per link, one per relation in the legend (18 relations in the NNMI model) */
	CU_ASSERT_EQUAL(count(dot, "id=\"link-"), 124);
	CU_ASSERT_EQUAL(count(dot, "class=\"relation-sponsors\""), 7);
	CU_ASSERT_EQUAL(count(dot, "legend legend-relation"), 18);
	CU_ASSERT_EQUAL(count(dot, "legend legend-kind"), 13);
	/* America Makes: an institute, so a rounded orange box */
	const char *am = strstr(dot, "\"america-makes\"\t[class=\"kind-institute\"");
	CU_ASSERT_PTR_NOT_NULL_FATAL(am);
	const char *end = strchr(am, ']');
	char node[1024];
	snprintf(node, sizeof(node), "%.*s", (int)(end - am), am);
	assert_contains(node, "fillcolor=\"#E69F00\"",
			"shape=box",
			"style=\"rounded,filled\"",
			"label=\"America Makes\"",
			NULL);
	/* a long label is wrapped onto two lines of about equal length */
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "label=\"Advanced Manufacturing\\nNational Program Office\""));
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
	CU_ASSERT_EQUAL(count(svg, "class=\"node kind&#45;"), 43); /* Graphviz writes '-' as &#45; */
	for (size_t i = 0; i < m->nnodes; i++) {
		/* each node's group, titled by its id; Graphviz writes '-' as &#45; in SVG text */
		char want[256], *p = want;
		p += sprintf(p, "<title>");
		for (const char *c = m->nodes[i].id; *c; c++)
			p += *c == '-' ? sprintf(p, "&#45;") : sprintf(p, "%c", *c);
		sprintf(p, "</title>");
		CU_ASSERT_EQUAL(count(svg, want), 1);
	}
	CU_ASSERT_EQUAL(count(svg, "class=\"edge relation&#45;"), 124);
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, ">Legend</text>"));
	free(svg);
	inn_model_free(m);
}

static void hostile_labels_should_survive_dot_and_svg(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a:b\", \"label\": \"Q \\\"x\\\" \\\\N <b>&amp; {c}\\nline2\"}, "
			   "{\"id\": \"c\"}], \"links\": [{\"source\": \"a:b\", \"target\": \"c\"}]}";
	struct inn_model *m;
	char *dot, *svg;

	m = load_text(json, "h.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	dot = draw(m, NULL);
	/* the id is quoted whole (never a port), the quote escaped, the backslash doubled so \N is
	 * not Graphviz's node-name escape, the newline a \n escape */
	assert_contains(dot, "\"a:b\"\t[",
			"label=\"Q \\\"x\\\" \\\\N <b>&amp;amp; {c}\\nline2\"",
			"\"a:b\" -- c",
			NULL);
	svg = draw(m, "svg");
	assert_contains(svg, "<title>a:b</title>",
			">Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}</text>",
			">line2</text>",
			NULL);
	/* tooltips show the same text: no \N expansion, the entity kept as typed */
	assert_contains(svg, "xlink:title=\"Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}&#10;line2 (no kind)&#10;id: a:b\"",
			"xlink:title=\"Q &quot;x&quot; \\N &lt;b&gt;&amp;amp; {c}&#10;line2 &#45;&#45; c\"",
			NULL);
	free(dot);
	free(svg);
	inn_model_free(m);
}

static void draw_states_should_mark_removed_cut_off_and_highlighted_elements(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": "
			   "[{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"b\", \"target\": \"c\"}]}";
	unsigned char nodes[] = {INN_DRAW_HIGHLIGHT, INN_DRAW_REMOVED, INN_DRAW_CUT_OFF};
	unsigned char links[] = {INN_DRAW_REMOVED, INN_DRAW_HIGHLIGHT};
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;

	struct inn_model *m = load_text(json, "d.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.node_state = nodes;
	o.link_state = links;
	o.legend = false;
	char *buf = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
	/* one node per state, in model order: a highlighted, b greyed and dashed, c ringed */
	const char *a = strstr(buf, "\ta\t["), *b = strstr(buf, "\tb\t["), *c = strstr(buf, "\tc\t[");
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	CU_ASSERT_PTR_NOT_NULL(strstr(a, "penwidth=3"));
	CU_ASSERT_TRUE(strstr(b, "style=\"filled,dashed\"") && strstr(b, "style=\"filled,dashed\"") < c);
	CU_ASSERT_PTR_NOT_NULL(strstr(c, "peripheries=2"));
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "a -- b\t[class=\"relation-none removed\",\n\t\tcolor=\"#BBBBBB\""));
	free(buf);
	inn_model_free(m);
}

/* The attribute list of node id in DOT text, as a string the caller frees. */
static char *dot_node(const char *dot, const char *id)
{
	char head[128];
	const char *p, *end;

	snprintf(head, sizeof(head), "\n\t%s\t[", id);
	if (!(p = strstr(dot, head)) || !(end = strstr(p, "];")))
		return strdup("");
	return strndup(p, (size_t)(end - p));
}

static void style_json_should_override_kinds_relations_and_palette(void)
{
	const char *json = "{\"kinds\": {\"institute\": {\"fillcolor\": \"#000000\"}, \"hub\": {\"shape\": \"star\", \"label_zh\": \"枢纽\"}},"
			   " \"relations\": {\"sponsors\": {\"style\": \"dotted\", \"arrowhead\": \"onormal\"}},"
			   " \"palette\": [\"#FFFFFF\", \"#000000\"], \"font_zh\": \"WenQuanYi Zen Hei\"}";
	struct inn_style *st = inn_style_new();
	struct inn_error err;
	size_t n;

	inn_error_init(&err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(st);
	CU_ASSERT_EQUAL(inn_style_apply_json(st, json, strlen(json), "s.json", &err), 0);
	const struct inn_kind_style *k = inn_style_kind(st, "institute", 0);
	CU_ASSERT_STRING_EQUAL(k->fillcolor, "#000000");
	CU_ASSERT_STRING_EQUAL(k->fontcolor, "white"); /* a black fill without a font colour: white text */
	CU_ASSERT_STRING_EQUAL(k->shape, "box");       /* left out: kept */
	CU_ASSERT_TRUE(inn_style_kind_known(st, "hub"));
	CU_ASSERT_STRING_EQUAL(inn_style_kind(st, "hub", 0)->shape, "star");
	CU_ASSERT_STRING_EQUAL(inn_style_kind(st, "hub", 0)->label_zh, "枢纽");
	CU_ASSERT_STRING_EQUAL(inn_style_relation(st, "sponsors")->style, "dotted");
	CU_ASSERT_STRING_EQUAL(inn_style_relation(st, "sponsors")->arrowhead, "onormal");
	CU_ASSERT_STRING_EQUAL(inn_style_relation(st, "sponsors")->color, "#0072B2");
	CU_ASSERT_STRING_EQUAL(inn_style_palette(st, &n)[1], "#000000");
	CU_ASSERT_EQUAL(n, 2);
	CU_ASSERT_STRING_EQUAL(inn_style_font(st, "zh"), "WenQuanYi Zen Hei");
	CU_ASSERT_STRING_EQUAL(inn_style_font(st, "en"), "DejaVu Sans");
	inn_style_free(st);
}

static void style_json_should_name_the_bad_field(void)
{
	static const struct {
		const char *json, *msg;
	} cases[] = {
		{"{\"kinds\": {\"institute\": {\"shape\": \"blob\"}}}", "s.json: kinds.institute.shape: unknown Graphviz shape 'blob'"},
		{"{\"kinds\": {\"institute\": {\"fillcolor\": \"orange\"}}}",
		 "s.json: kinds.institute.fillcolor: needs a colour written #RRGGBB or #RRGGBBAA, not 'orange'"},
		{"{\"relations\": {\"leads\": {\"arrowhead\": \"normalx\"}}}",
		 "s.json: relations.leads.arrowhead: unknown Graphviz arrow shape 'normalx'"},
		{"{\"relations\": {\"leads\": {\"style\": \"solid,dashed\"}}}",
		 "s.json: relations.leads.style: needs solid, dashed, dotted or bold, not 'solid,dashed'"},
		{"{\"kinds\": {\"institute\": {\"colour\": \"#000000\"}}}", "s.json: kinds.institute.colour: unknown field"},
		{"{\"kinds\": {}, \"kinds\": {}}", "s.json: kinds: duplicate key"},
		{"{\"legend\": true}", "s.json: unknown member 'legend' (kinds, relations, palette, font, font_zh)"},
		{"{\"palette\": [\"#FFFFFF\"]}", "s.json: palette: needs an array of 2 to 12 colours, light to dark"},
		{"{\"kinds\": {\"x\": {\"label\": \"a\\nb\"}}}", "s.json: kinds.x.label: needs text without control characters, not 'a b'"},
		{"{\n \"kinds\": [}", "s.json:2:12: invalid JSON: expected a value"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct inn_style *st = inn_style_new();
		struct inn_error err;
		inn_error_init(&err);
		CU_ASSERT_EQUAL(inn_style_apply_json(st, cases[i].json, strlen(cases[i].json), "s.json", &err), -1);
		CU_ASSERT_EQUAL(err.status, INN_EINPUT);
		if (strcmp(err.msg, cases[i].msg) != 0)
			fprintf(stderr, "\n got: %s\nwant: %s\n", err.msg, cases[i].msg);
		CU_ASSERT_STRING_EQUAL(err.msg, cases[i].msg);
		inn_style_free(st);
	}
}

static void text_colour_should_follow_the_fill_luminance(void)
{
	/* WCAG relative luminance L; black text when (L + 0.05)^2 > 0.0525 (its contrast beats white's).
	 * #0072B2: G 114/255 -> 0.1682 linear, B 178/255 -> 0.4451; L = 0.7152*0.1682 + 0.0722*0.4451
	 * = 0.1524, (0.2024)^2 = 0.041: white. #E69F00: R -> 0.7913, G -> 0.3467; L = 0.4162: black.
	 * #808080: 0.5020 -> 0.2159 linear for each channel, L = 0.2159, (0.2659)^2 = 0.0707: black. */
	CU_ASSERT_STRING_EQUAL(inn_style_text_on("#0072B2"), "white");
	CU_ASSERT_STRING_EQUAL(inn_style_text_on("#E69F00"), "black");
	CU_ASSERT_STRING_EQUAL(inn_style_text_on("#808080"), "black");
	CU_ASSERT_STRING_EQUAL(inn_style_text_on("#000000"), "white");
	CU_ASSERT_STRING_EQUAL(inn_style_text_on("#FFFFFF"), "black");
}

static void size_and_colour_should_follow_the_documented_scales(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": []}";
	/* sizes: t = sqrt((v - 0) / 100) = 0, 0.5, 1; font size 9 + 14t = 9, 16, 23 points, and the
	 * node's margins (0.08, 0.04 in) and minimum width and height (0.3 in) times k = size / 11:
	 * k = 0.8182, 1.4545, 2.0909, so 0.065,0.033 and 0.245; 0.116,0.058 and 0.436; 0.167,0.084 and
	 * 0.627 (to 3 decimals): each node its usual shape, scaled. Colours: 7 equal bins of 0..100,
	 * 25 -> floor(1.75) = bin 1 (#90D743), 100 -> the last bin (#440154), 0 -> bin 0 (#FDE725) */
	double v[] = {0, 25, 100};
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	char *dot, *a, *b, *c;

	struct inn_model *m = load_text(json, "s.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.size = (struct inn_export_scale){"x", v};
	o.color = (struct inn_export_scale){"x", v};
	dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	a = dot_node(dot, "a");
	b = dot_node(dot, "b");
	c = dot_node(dot, "c");
	assert_contains(a, "fontsize=9,",
			"fillcolor=\"#FDE725\"",
			"height=0.245",
			"width=0.245",
			"margin=\"0.065,0.033\"",
			NULL);
	assert_contains(b, "fontsize=16,",
			"height=0.436",
			"width=0.436",
			"margin=\"0.116,0.058\"",
			"fillcolor=\"#90D743\"",
			NULL);
	assert_contains(c, "fontsize=23,",
			"height=0.627",
			"width=0.627",
			"margin=\"0.167,0.084\"",
			"fillcolor=\"#440154\"",
			"fontcolor=white",
			NULL);
	/* the legend shows the scales: 7 swatches, the size samples labelled 0, 50 and 100 */
	assert_contains(dot, "<B>Size: x</B>",
			"<B>Colour: x</B>",
			"label=\"85.71 – 100\"",
			"label=\"0 – 14.29\"",
			"label=50,",
			NULL);
	free(a);
	free(b);
	free(c);
	free(dot);
	inn_model_free(m);
}

static void only_http_and_https_urls_should_become_links(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\", \"site\": \"https://example.org/x?p=1&q=2\"},"
			   " {\"id\": \"b\", \"home\": \"javascript:alert(1)\", \"data\": \"data:text/html,<b>\"},"
			   " {\"id\": \"c\", \"site\": \"http://example.org/&amp;x\"}, {\"id\": \"d\", \"site\": \"file:///etc/passwd\"},"
			   " {\"id\": \"e\", \"provenance\": \"http://example.org/\\\"onload=\\\"x\"}], \"links\": []}";
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;

	struct inn_model *m = load_text(json, "u.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	char *svg = draw_with(m, &o, "svg");
	CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
	/* the '&' reaches the SVG as an entity, so the file stays XML and the link stays the URL */
	CU_ASSERT_PTR_NOT_NULL(strstr(svg, "xlink:href=\"https://example.org/x?p=1&amp;q=2\""));
	CU_ASSERT_EQUAL(count(svg, "xlink:href="), 1);
	CU_ASSERT_PTR_NULL(strstr(svg, "href=\"javascript"));
	free(svg);
	inn_model_free(m);
}

static void hostile_labels_should_round_trip_through_dot_text(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a:b\", \"label\": \"Q \\\"x\\\" \\\\N \\\\G <b>&amp; {c} 中\\nline2\"},"
			   " {\"id\": \"c;d\", \"label\": \"\\\\l]]>--\"}], \"links\": [{\"source\": \"a:b\", \"target\": \"c;d\"}]}";
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;
	char *dot, *svg = NULL;
	size_t len = 0;

	inn_error_init(&err);
	struct inn_model *m = load_text(json, "h.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.legend = false;
	dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	/* the DOT text read back by Graphviz and drawn shows every label as the model has it */
	Agraph_t *g = agmemread(dot);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	CU_ASSERT_PTR_NOT_NULL(agnode(g, "a:b", 0));
	CU_ASSERT_PTR_NOT_NULL(agnode(g, "c;d", 0));
	FILE *out = open_memstream(&svg, &len);
	CU_ASSERT_EQUAL(inn_render(g, "dot", "svg", out, &err), 0);
	fclose(out);
	agclose(g);
	/* (the label is wrapped: the CJK character starts a line of its own) */
	assert_contains(svg, ">Q &quot;x&quot; \\N \\G &lt;b&gt;&amp;amp; {c}</text>",
			">中</text>",
			">line2</text>",
			">\\l]]&gt;&#45;&#45;</text>",
			"<title>a:b&#45;&#45;c;d</title>",
			NULL);
	free(svg);
	free(dot);
	inn_model_free(m);
}

static void chinese_drawings_should_use_label_zh_and_a_chinese_legend(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"DoD\", \"kind\": \"agency\", \"label\": \"Department of Defense\", \"label_zh\": \"国防部\"},"
			   " {\"id\": \"x\", \"kind\": \"institute\"}], \"links\": [{\"source\": \"DoD\", \"target\": \"x\", \"relation\": \"sponsors\"}]}";
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;

	struct inn_model *m = load_text(json, "z.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.lang = "zh";
	char *dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "label=国防部"));
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "label=x")); /* no label_zh: the id */
	assert_contains(dot, "fontname=\"Noto Sans CJK SC\"",
			"<B>图例</B>",
			"label=联邦部门与机构",
			"label=主管资助",
			NULL);
	free(dot);
	inn_model_free(m);
}

static void clusters_should_group_nodes_by_an_attribute(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\", \"state\": \"Ohio\"}, {\"id\": \"b\", \"state\": \"Ohio\"},"
			   " {\"id\": \"c\", \"state\": \"Texas\"}, {\"id\": \"d\"}], \"links\": []}";
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;

	inn_error_init(&err);
	struct inn_model *m = load_text(json, "c.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.cluster_by = "state";
	o.legend = false;
	Agraph_t *g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	Agraph_t *ohio = agsubg(g, "cluster_by_0", 0), *texas = agsubg(g, "cluster_by_1", 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ohio);
	CU_ASSERT_PTR_NOT_NULL_FATAL(texas);
	CU_ASSERT_STRING_EQUAL(agget(ohio, "label"), "state: Ohio");
	CU_ASSERT_EQUAL(agnnodes(ohio), 2);
	CU_ASSERT_EQUAL(agnnodes(texas), 1);
	CU_ASSERT_PTR_NULL(agsubg(g, "cluster_by_2", 0)); /* d has no state: in no cluster */
	agclose(g);
	inn_model_free(m);
}

/* Of three nodes, one labelled: the legend counts the two others and says where their names are. */
static void png_and_pdf_legends_should_not_promise_tooltips(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": []}";
	const bool show[] = {true, false, false};
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;

	struct inn_model *m = load_text(json, "u.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.show_label = show;
	char *dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "2 nodes without a label (names in tooltips)"));
	free(dot);
	o.no_tooltips = true; /* what export sets for PNG and PDF */
	dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	CU_ASSERT_PTR_NOT_NULL(strstr(dot, "2 nodes without a label (drawn small)"));
	CU_ASSERT_PTR_NULL(strstr(dot, "tooltips"));
	free(dot);
	inn_model_free(m);
}

/*
 * By hand (and numpy.quantile agrees), seven values over 7 bins: the bounds at places 6k/7 of
 * the sorted 0, 0, 0, 1, 2, 3, 100 are 0, 0, 0.571, 1.429, 2.286 and 16.857, so the three zeros
 * take the 1st colour, 1 the 4th, 2 the 5th, 3 the 6th and 100 the 7th; log(1 + value) needs
 * values of 0 or more.
 */
static void colour_scales_should_bin_as_documented(void)
{
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"},"
			   " {\"id\": \"e\"}, {\"id\": \"f\"}, {\"id\": \"g\"}], \"links\": []}";
	static const char *const want[] = {"#FDE725", "#FDE725", "#FDE725", "#21918C", "#31688E", "#443983", "#440154"};
	double v[] = {0, 0, 0, 1, 2, 3, 100}, negative[] = {-1, 0, 0, 1, 2, 3, 100};
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;

	inn_error_init(&err);
	struct inn_model *m = load_text(json, "q.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	o.color = (struct inn_export_scale){"x", v};
	o.color_scale = INN_SCALE_QUANTILE;
	o.legend = false;
	char *dot = draw_with(m, &o, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
	for (size_t i = 0; i < 7; i++) {
		char id[2] = {(char)('a' + i), 0}, fill[32];
		char *node = dot_node(dot, id);
		snprintf(fill, sizeof(fill), "fillcolor=\"%s\"", want[i]);
		CU_ASSERT_PTR_NOT_NULL(node && strstr(node, fill));
		free(node);
	}
	free(dot);
	o.color = (struct inn_export_scale){"x", negative};
	o.color_scale = INN_SCALE_LOG;
	Agraph_t *g = inn_dot_build(m, &o, &err);
	CU_ASSERT_PTR_NULL(g);
	CU_ASSERT_STRING_EQUAL(err.msg, "export: --color-scale log needs values of 0 or more, and x goes down to -1");
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(dot_should_hold_every_node_and_link_styled_by_kind),
	TEST(svg_should_draw_one_node_element_per_model_node),
	TEST(hostile_labels_should_survive_dot_and_svg),
	TEST(draw_states_should_mark_removed_cut_off_and_highlighted_elements),
	TEST(style_json_should_override_kinds_relations_and_palette),
	TEST(style_json_should_name_the_bad_field),
	TEST(text_colour_should_follow_the_fill_luminance),
	TEST(size_and_colour_should_follow_the_documented_scales),
	TEST(only_http_and_https_urls_should_become_links),
	TEST(hostile_labels_should_round_trip_through_dot_text),
	TEST(chinese_drawings_should_use_label_zh_and_a_chinese_legend),
	TEST(clusters_should_group_nodes_by_an_attribute),
	TEST(png_and_pdf_legends_should_not_promise_tooltips),
	TEST(colour_scales_should_bin_as_documented),
	CU_TEST_INFO_NULL,
};

int add_export_suite(void)
{
	return add_suite("export", tests);
}
