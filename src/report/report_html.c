/* report_html.c: the HTML report writer: one file with no external resources, deterministic bytes. */
#include "innonet/report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/chart.h"
#include "innonet/ranking.h"
#include "innonet/text.h"

/*
 * The report's only script: click (or Enter on) a column heading to sort its table, again to
 * reverse; equal cells keep the original order (rank, then id). A fragment #sort=TABLE:COL:asc
 * (or desc) sorts one table on load, so a link can share a sorted view. A click on the diagram
 * switches between fitting the page and full size. The Content Security
 * Policy allows exactly this text by its hash, so nothing injected into the page can run.
 */
static const char sort_script[] =
	"(function () {\n"
	"  \"use strict\";\n"
	"  function key(cell, numeric) {\n"
	"    var v = cell.hasAttribute(\"data-value\") ? cell.getAttribute(\"data-value\") : cell.textContent;\n"
	"    return numeric ? parseFloat(v) : v;\n"
	"  }\n"
	"  function sortBy(table, col, dir) {\n"
	"    var head = table.tHead.rows[0].cells, body = table.tBodies[0];\n"
	"    var numeric = head[col].getAttribute(\"data-type\") === \"num\";\n"
	"    var rows = Array.prototype.slice.call(body.rows);\n"
	"    rows.sort(function (a, b) {\n"
	"      var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);\n"
	"      var c = numeric ? x - y : (x < y ? -1 : x > y ? 1 : 0);\n"
	"      if (c !== 0) return c * dir;\n"
	"      return a.getAttribute(\"data-order\") - b.getAttribute(\"data-order\");\n"
	"    });\n"
	"    rows.forEach(function (r) { body.appendChild(r); });\n"
	"    for (var i = 0; i < head.length; i++)\n"
	"      head[i].setAttribute(\"aria-sort\", i === col ? (dir > 0 ? \"ascending\" : \"descending\") : \"none\");\n"
	"  }\n"
	"  document.querySelectorAll(\"table.sortable\").forEach(function (table) {\n"
	"    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {\n"
	"      function go() { sortBy(table, col, th.getAttribute(\"aria-sort\") === \"ascending\" ? -1 : 1); }\n"
	"      th.tabIndex = 0;\n"
	"      th.title = \"sort by this column\";\n"
	"      th.addEventListener(\"click\", go);\n"
	"      th.addEventListener(\"keydown\", function (e) {\n"
	"        if (e.key === \"Enter\" || e.key === \" \") { e.preventDefault(); go(); }\n"
	"      });\n"
	"    });\n"
	"  });\n"
	"  var d = document.querySelector(\".diagram\");\n"
	"  if (d) d.addEventListener(\"click\", function () { d.classList.toggle(\"full\"); });\n"
	"  var m = /^#sort=([A-Za-z0-9_-]+):([0-9]+):(asc|desc)$/.exec(location.hash);\n"
	"  var t = m && document.getElementById(m[1]);\n"
	"  if (t && t.classList.contains(\"sortable\") && +m[2] < t.tHead.rows[0].cells.length)\n"
	"    sortBy(t, +m[2], m[3] === \"asc\" ? 1 : -1);\n"
	"})();\n";

static const char style[] =
	"body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;"
	"color:#222;background:#fff;line-height:1.4}\n"
	"h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}\n"
	"table{border-collapse:collapse;margin:.5em 0 1.5em}\n"
	"th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}\n"
	"th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
	"table.sortable th{cursor:pointer}table.sortable th[aria-sort=ascending]::after{content:\" \\25B2\"}\n"
	"table.sortable th[aria-sort=descending]::after{content:\" \\25BC\"}\n"
	".diagram{overflow:auto;border:1px solid #ccc;cursor:zoom-in}.diagram svg{max-width:100%;height:auto}\n"
	".diagram.full{cursor:zoom-out;max-height:90vh}.diagram.full svg{max-width:none}\n"
	".note{color:#555}code{font-size:.95em}\n";

void inn_html_escape(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default:
			/* control characters are not text; one could only confuse a reader */
			fputc(*p < 0x20 && *p != '\n' && *p != '\t' ? '?' : *p == 0x7f ? '?' : *p, out);
		}
	}
}

void inn_base64(char *buf, const unsigned char *data, size_t n)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t o = 0;

	for (size_t i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)data[i] << 16 | (i + 1 < n ? (unsigned long)data[i + 1] << 8 : 0) |
				  (i + 2 < n ? data[i + 2] : 0);
		buf[o++] = abc[v >> 18 & 63];
		buf[o++] = abc[v >> 12 & 63];
		buf[o++] = i + 1 < n ? abc[v >> 6 & 63] : '=';
		buf[o++] = i + 2 < n ? abc[v & 63] : '=';
	}
	buf[o] = '\0';
}

static void esc(FILE *out, const char *s)
{
	inn_html_escape(out, s);
}

/* T(r, "English", "中文"): the report's own words in its language (--lang). */
#define T(r, en_text, zh_text) ((r)->zh ? (zh_text) : (en_text))

/* A node's name in the report's language: label_zh in a Chinese report, when the model gives one. */
static const char *node_name(const struct inn_report *r, const struct inn_node *n)
{
	const char *zh = r->zh ? inn_node_more(r->model, n)->label_zh : NULL;

	return zh ? zh : inn_node_label(n);
}

/* A count of nodes or links under a name (kind, relation), for the summary tables. */
struct tally {
	const char *name; /* borrowed from the model; NULL = none given */
	size_t count;
};

static int tally_cmp(const void *pa, const void *pb)
{
	const struct tally *a = pa, *b = pb;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (!a->name || !b->name)
		return !a->name - !b->name; /* "none given" last */
	return strcmp(a->name, b->name);
}

/* Count names (kinds and relations are interned, but compare by content all the same). */
static size_t tally_add(struct tally *t, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++) {
		if ((!t[i].name && !name) || (t[i].name && name && strcmp(t[i].name, name) == 0)) {
			t[i].count++;
			return n;
		}
	}
	t[n].name = name;
	t[n].count = 1;
	return n + 1;
}

static void tally_table(FILE *out, const struct inn_report *r, const char *id, const char *what, const char *unit,
			struct tally *t, size_t n)
{
	qsort(t, n, sizeof(*t), tally_cmp);
	fprintf(out, "<table id=\"%s\" class=\"sortable\">\n<thead><tr><th>%s</th><th data-type=\"num\">%s</th></tr></thead>\n<tbody>\n",
		id, what, unit);
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "<tr data-order=\"%zu\"><td>", i);
		if (t[i].name)
			esc(out, t[i].name);
		else
			fprintf(out, "<span class=\"note\">%s</span>", T(r, "(none given)", "（未给出）"));
		fprintf(out, "</td><td class=\"num\">%zu</td></tr>\n", t[i].count);
	}
	fputs("</tbody>\n</table>\n", out);
}

static int summary(FILE *out, const struct inn_report *r)
{
	const struct inn_model *m = r->model;
	struct tally *t = calloc(m->nnodes + m->nlinks + 1, sizeof(*t));
	size_t n = 0;

	if (!t)
		return -1;
	if (r->zh)
		fprintf(out, "<section id=\"summary\">\n<h2>概要</h2>\n<p>%zu 个节点，%zu 条连线，%zu 个连通分量；%s%s。</p>\n",
			m->nnodes, m->nlinks, r->ncomponents, m->directed ? "有向" : "无向",
			m->multigraph ? "，允许平行连线" : "");
	else
		fprintf(out, "<section id=\"summary\">\n<h2>Summary</h2>\n"
			     "<p>%zu nodes, %zu links, %zu connected component%s; %s%s.</p>\n",
			m->nnodes, m->nlinks, r->ncomponents, r->ncomponents == 1 ? "" : "s",
			m->directed ? "directed" : "undirected", m->multigraph ? ", parallel links allowed" : "");
	fprintf(out, "<h3>%s</h3>\n", T(r, "Nodes by kind", "按类型统计节点"));
	for (size_t i = 0; i < m->nnodes; i++)
		n = tally_add(t, n, m->nodes[i].kind);
	tally_table(out, r, "summary-kinds", T(r, "kind", "类型"), T(r, "nodes", "节点数"), t, n);
	fprintf(out, "<h3>%s</h3>\n", T(r, "Links by relation", "按关系统计连线"));
	n = 0;
	for (size_t j = 0; j < m->nlinks; j++)
		n = tally_add(t, n, inn_link_relation(m, &m->links[j]));
	tally_table(out, r, "summary-relations", T(r, "relation", "关系"), T(r, "links", "连线数"), t, n);
	fputs("</section>\n", out);
	free(t);
	return 0;
}

static int diagram(FILE *out, const struct inn_report *r)
{
	/* inline SVG is HTML content: the XML declaration and DOCTYPE before <svg> must go */
	const char *svg = r->svg ? strstr(r->svg, "<svg") : NULL;

	fprintf(out, "<section id=\"diagram\">\n<h2>%s</h2>\n", T(r, "Diagram", "网络图"));
	if (r->view) {
		/* past INN_VIEW_REPORT_NODES nodes a static drawing is read as a texture, not node by node */
		fprintf(out, "<p class=\"note\">%s</p>\n",
			T(r, "An interactive view: the network has more nodes than a static drawing shows well. Drag to "
			     "pan, scroll to zoom, search by id or label, click a node for its attributes and measures.",
			  "交互视图：网络的节点多于静态图能清楚显示的数量。拖动以平移，滚轮缩放，按编号或名称搜索，"
			  "点击节点查看其属性与指标。"));
		if (inn_view_html_section(out, r->view) < 0)
			return -1;
	} else if (svg)
		fprintf(out, "<p class=\"note\">%s</p>\n<div class=\"diagram\">\n%s</div>\n",
			T(r, "Click the diagram to see it at full size, and again to fit it to the page.",
			  "点击网络图以原尺寸查看，再次点击则适应页面。"),
			svg);
	else
		fprintf(out, "<p class=\"note\">%s</p>\n", T(r, "No diagram could be drawn.", "无法绘制网络图。"));
	fputs("</section>\n", out);
	return 0;
}

static void node_cells(FILE *out, const struct inn_report *r, const struct inn_node *n)
{
	fputs("<td>", out);
	esc(out, n->id);
	fputs("</td><td>", out);
	esc(out, node_name(r, n));
	fputs("</td><td>", out);
	esc(out, n->kind);
	fputs("</td>", out);
}

static int rankings(FILE *out, const struct inn_report *r)
{
	const struct inn_model *m = r->model;
	struct inn_ranked *rows = calloc(m->nnodes + 1, sizeof(*rows));
	char fixed[64], full[64];
	size_t nrows;

	if (!rows)
		return -1;
	fputs(T(r,
		"<section id=\"rankings\">\n<h2>Rankings</h2>\n"
		"<p class=\"note\">Every node by each measure, computed on the whole network with the defaults of "
		"<code>innonet rank</code> (unweighted, not normalized, PageRank damping 0.85), from the highest score "
		"down; tied scores share a rank and are listed by id. Click a column heading to sort.</p>\n",
		"<section id=\"rankings\">\n<h2>排名</h2>\n"
		"<p class=\"note\">按每项指标列出全部节点，在整个网络上以 <code>innonet rank</code> 的默认设置计算"
		"（不加权、不归一化，PageRank 阻尼系数 0.85），从最高分往下；得分相同的节点名次相同，按 id 排列。"
		"点击列标题可排序。各指标的说明为英文。</p>\n"),
	      out);
	if (r->community) {
		char q[64];
		inn_fmt_fixed(q, sizeof(q), r->modularity, 6);
		fprintf(out,
			r->zh ? "<p class=\"note\">社区：节点所在的社区，共 %zu 个（模块度 %s），按规模编号，即 "
				"<code>innonet communities</code> 默认找到的社区（Leiden 算法，种子 1，不计连线方向）。</p>\n"
			      : "<p class=\"note\">Community: the node's community among %zu (modularity %s), numbered by size, as "
				"<code>innonet communities</code> finds them by default (Leiden, seed 1, links without direction).</p>\n",
			r->ncommunities, isnan(r->modularity) ? T(r, "undefined", "无定义") : q);
	}
	if (r->ninferred && r->zh)
		fprintf(out,
			"<p class=\"note\">模型中有 %zu 条连线是推断的，并非来源所述。最佳名次和最差名次是把这些连线逐一"
			"以及全部去掉时每个节点取得的最高和最低名次（<code>innonet rank --sensitivity</code>）：范围宽，说明"
			"名次依赖推断。</p>\n",
			r->ninferred);
	else if (r->ninferred)
		fprintf(out,
			"<p class=\"note\">%zu link%s of the model %s inferred, not stated by a source. Best rank and worst "
			"rank are the highest and lowest rank each node takes when they are left out, one at a time and "
			"all together (<code>innonet rank --sensitivity</code>): a wide range means the rank rests on "
			"inference.</p>\n",
			r->ninferred, r->ninferred == 1 ? "" : "s", r->ninferred == 1 ? "is" : "are");
	for (size_t k = 0; k < r->nmeasures; k++) {
		const struct inn_report_measure *me = &r->measures[k];
		fputs("<h3 id=\"measure-", out);
		esc(out, me->name);
		fputs("\">", out);
		esc(out, me->name);
		fputs("</h3>\n<p>", out);
		esc(out, me->summary);
		fputs(".</p>\n", out);
		if (!me->scores) {
			fputs(T(r, "<p class=\"note\">Not computed: ", "<p class=\"note\">未计算："), out);
			esc(out, me->failure);
			fputs(".</p>\n", out);
			continue;
		}
		fputs("<table class=\"sortable ranking\" id=\"ranking-", out);
		esc(out, me->name);
		fputs(T(r,
			"\">\n<thead><tr><th data-type=\"num\" aria-sort=\"ascending\">rank</th><th>id</th><th>label</th>"
			"<th>kind</th><th data-type=\"num\">score</th>",
			"\">\n<thead><tr><th data-type=\"num\" aria-sort=\"ascending\">名次</th><th>id</th><th>名称</th>"
			"<th>类型</th><th data-type=\"num\">得分</th>"),
		      out);
		if (me->best)
			fputs(T(r, "<th data-type=\"num\">best rank</th><th data-type=\"num\">worst rank</th>",
				"<th data-type=\"num\">最佳名次</th><th data-type=\"num\">最差名次</th>"),
			      out);
		if (r->community)
			fputs(T(r, "<th data-type=\"num\">community</th>", "<th data-type=\"num\">社区</th>"), out);
		fputs("</tr></thead>\n<tbody>\n", out);
		inn_rank_nodes(m, me->scores, NULL, rows, &nrows);
		for (size_t i = 0; i < nrows; i++) {
			inn_fmt_fixed(fixed, sizeof(fixed), rows[i].score, 6);
			inn_fmt_double(full, sizeof(full), rows[i].score);
			fprintf(out, "<tr data-order=\"%zu\"><td class=\"num\">%zu</td>", i, rows[i].rank);
			node_cells(out, r, &m->nodes[rows[i].node]);
			fprintf(out, "<td class=\"num\" data-value=\"%s\">%s</td>", full, fixed);
			if (me->best)
				fprintf(out, "<td class=\"num\">%zu</td><td class=\"num\">%zu</td>", me->best[rows[i].node],
					me->worst[rows[i].node]);
			if (r->community)
				fprintf(out, "<td class=\"num community\">%zu</td>", r->community[rows[i].node]);
			fputs("</tr>\n", out);
		}
		fputs("</tbody>\n</table>\n", out);
	}
	fputs("</section>\n", out);
	free(rows);
	return 0;
}

struct component_size {
	size_t component, size;
};

static int size_cmp(const void *pa, const void *pb)
{
	const struct component_size *a = pa, *b = pb;

	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	return a->component < b->component ? -1 : a->component > b->component;
}

/* The articulation points or the bridges: their part of the page differs only in these words. */
struct cut_part {
	const char *id;                 /* the table's id */
	const char *title, *noun;       /* "Bridges", "link" */
	const char *title_zh, *noun_zh; /* "桥", "条连线" */
	const char *one_zh;             /* "一条" */
	const char *cols, *cols_zh;     /* the table's head cells */
};

/* The heading, the sentence that counts them (is[0 .. count) marks them) and the head of their table. */
static void cut_part_head(FILE *out, const struct inn_report *r, const struct cut_part *p, const bool *is,
			  size_t count)
{
	size_t n = 0;

	for (size_t i = 0; i < count; i++)
		n += is[i];
	if (r->zh)
		fprintf(out, "<h3>%s</h3>\n<p>%zu %s，去掉其中任何%s，它所在的分量就会分裂。</p>\n", p->title_zh, n, p->noun_zh,
			p->one_zh);
	else
		fprintf(out, "<h3>%s</h3>\n<p>%zu %s%s whose removal splits %s component.</p>\n", p->title, n, p->noun,
			n == 1 ? "" : "s", n == 1 ? "its" : "their");
	fprintf(out, "<table id=\"%s\" class=\"sortable\">\n<thead><tr>%s</tr></thead>\n<tbody>\n", p->id,
		T(r, p->cols, p->cols_zh));
}

static const struct cut_part cut_points = {"articulation-points", "Articulation points", "node", "割点", "个节点", "一个",
					   "<th>id</th><th>label</th><th>kind</th>",
					   "<th>id</th><th>名称</th><th>类型</th>"};
static const struct cut_part bridges = {"bridges", "Bridges", "link", "桥", "条连线", "一条",
					"<th>source</th><th>relation</th><th>target</th>",
					"<th>起点</th><th>关系</th><th>终点</th>"};

static int connectivity(FILE *out, const struct inn_report *r)
{
	const struct inn_model *m = r->model;
	struct component_size *cs = calloc(r->ncomponents + 1, sizeof(*cs));

	if (!cs)
		return -1;
	for (size_t c = 0; c < r->ncomponents; c++)
		cs[c].component = c;
	for (size_t i = 0; i < m->nnodes; i++)
		cs[r->component[i]].size++;
	qsort(cs, r->ncomponents, sizeof(*cs), size_cmp);
	if (r->zh)
		fprintf(out, "<section id=\"connectivity\">\n<h2>连通性</h2>\n<h3>连通分量</h3>\n<p>%zu 个连通分量%s，"
			     "从大到小。</p>\n",
			r->ncomponents, m->directed ? "（不计方向）" : "");
	else
		fprintf(out, "<section id=\"connectivity\">\n<h2>Connectivity</h2>\n"
			     "<h3>Components</h3>\n<p>%zu connected component%s%s, largest first.</p>\n",
			r->ncomponents, r->ncomponents == 1 ? "" : "s", m->directed ? " (direction ignored)" : "");
	fputs(T(r,
		"<table id=\"components\" class=\"sortable\">\n<thead><tr><th data-type=\"num\">component</th>"
		"<th data-type=\"num\">nodes</th><th>members</th></tr></thead>\n<tbody>\n",
		"<table id=\"components\" class=\"sortable\">\n<thead><tr><th data-type=\"num\">分量</th>"
		"<th data-type=\"num\">节点数</th><th>成员</th></tr></thead>\n<tbody>\n"),
	      out);
	for (size_t c = 0; c < r->ncomponents; c++) {
		const char *sep = "";
		fprintf(out, "<tr data-order=\"%zu\"><td class=\"num\">%zu</td><td class=\"num\">%zu</td><td>", c, c + 1,
			cs[c].size);
		for (size_t i = 0; i < m->nnodes; i++) {
			if (r->component[i] != cs[c].component)
				continue;
			fputs(sep, out);
			esc(out, node_name(r, &m->nodes[i]));
			sep = T(r, "; ", "；");
		}
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n", out);

	cut_part_head(out, r, &cut_points, r->is_cut, m->nnodes);
	for (size_t i = 0, k = 0; i < m->nnodes; i++) {
		if (!r->is_cut[i])
			continue;
		fprintf(out, "<tr data-order=\"%zu\">", k++);
		node_cells(out, r, &m->nodes[i]);
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table>\n", out);

	cut_part_head(out, r, &bridges, r->is_bridge, m->nlinks);
	for (size_t j = 0, k = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if (!r->is_bridge[j])
			continue;
		fprintf(out, "<tr data-order=\"%zu\"><td>", k++);
		esc(out, node_name(r, &m->nodes[l->source]));
		fputs("</td><td>", out);
		esc(out, inn_link_relation(m, l));
		fputs("</td><td>", out);
		esc(out, node_name(r, &m->nodes[l->target]));
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</section>\n", out);
	free(cs);
	return 0;
}

/* Funding over time, when the model has awards: the yearly totals as a chart and a table. */
static bool funding_present(const struct inn_report *r)
{
	return r->nfunding_years > 0;
}

static void funding_section(FILE *out, const struct inn_report *r)
{
	double *years = malloc(r->nfunding_years * sizeof(*years));
	char *svg = NULL, num[64];
	size_t len = 0;
	FILE *mem;

	if (r->zh)
		fprintf(out, "<section id=\"funding\">\n<h2>资助随时间的变化</h2>\n<p class=\"note\">已知资助额的 %zu 个"
			     "研究所每年的联邦和非联邦资金，按退出机制分摊（见 <code>innonet funding --help</code>）：联邦资金"
			     "最初几年持平，随后逐步减到零；模型未给出非联邦资金时，其数额为下限。</p>\n",
			r->funding_institutes);
	else
		fprintf(out, "<section id=\"funding\">\n<h2>Funding over time</h2>\n<p class=\"note\">"
			     "Federal and non-federal money a year for the %zu institute%s with a known award, spread by the "
			     "exit mechanism (see <code>innonet funding --help</code>): federal money level for the first "
			     "years, then tapering to zero; non-federal money a lower bound where the model gives none.</p>\n",
			r->funding_institutes, r->funding_institutes == 1 ? "" : "s");
	if (years && (mem = open_memstream(&svg, &len))) {
		const struct inn_chart_series series[] = {
			{T(r, "federal", "联邦"), r->funding_federal, false},
			{T(r, "non-federal", "非联邦"), r->funding_non_federal, true},
		};
		for (size_t k = 0; k < r->nfunding_years; k++)
			years[k] = r->funding_first + (int)k;
		const struct inn_chart c = {.title = T(r, "Funding a year", "每年资助"),
					    .x_label = T(r, "year", "年份"),
					    .y_label = T(r, "million USD a year", "每年百万美元"),
					    .npoints = r->nfunding_years, .x = years, .series = series, .nseries = 2,
					    .x_integer = true, .y_scale = 1e6};
		inn_chart_svg(&c, mem);
		if (fclose(mem) == 0 && svg) {
			/* the chart's own XML prologue does not belong inside HTML */
			const char *start = strstr(svg, "<svg");
			fputs("<div class=\"chart\">", out);
			fputs(start ? start : svg, out);
			fputs("</div>\n", out);
		}
		free(svg);
	}
	free(years);
	fputs(T(r,
		"<table class=\"data\">\n<thead><tr><th>year</th><th>federal (USD)</th><th>non-federal (USD)</th>"
		"</tr></thead>\n<tbody>\n",
		"<table class=\"data\">\n<thead><tr><th>年份</th><th>联邦（美元）</th><th>非联邦（美元）</th>"
		"</tr></thead>\n<tbody>\n"),
	      out);
	for (size_t k = 0; k < r->nfunding_years; k++) {
		fprintf(out, "<tr><td>%d</td><td class=\"num\">", r->funding_first + (int)k);
		inn_fmt_fixed(num, sizeof(num), r->funding_federal[k], 0);
		fprintf(out, "%s%s</td><td class=\"num\">", r->funding_bound[k] ? T(r, "at least ", "至少 ") : "", num);
		inn_fmt_fixed(num, sizeof(num), r->funding_non_federal[k], 0);
		fprintf(out, "%s</td></tr>\n", num);
	}
	fputs("</tbody>\n</table>\n</section>\n", out);
}

static void row(FILE *out, const char *what, const char *value)
{
	fputs("<tr><th>", out);
	esc(out, what);
	fputs("</th><td>", out);
	esc(out, value);
	fputs("</td></tr>\n", out);
}

static void provenance(FILE *out, const struct inn_report *r)
{
	char seed[32];

	fprintf(out, "<section id=\"provenance\">\n<h2>%s</h2>\n<table id=\"provenance-facts\">\n<tbody>\n",
		T(r, "Provenance", "来源信息"));
	row(out, T(r, "input", "输入"), r->input);
	fprintf(out, "<tr><th>%s</th><td>", T(r, "input SHA-256", "输入的 SHA-256"));
	if (r->sha256)
		fprintf(out, "<code>%s</code>", r->sha256);
	else
		esc(out, r->hash_note);
	fputs("</td></tr>\n", out);
	row(out, T(r, "model name", "模型名称"), r->model->name ? r->model->name : T(r, "(none given)", "（未给出）"));
	if (r->zh && inn_model_name(r->model, true) != r->model->name)
		row(out, "模型中文名称", inn_model_name(r->model, true));
	row(out, T(r, "model as of", "模型日期"), r->model->as_of ? r->model->as_of : T(r, "(not given)", "（未给出）"));
	row(out, "innonet", r->innonet_version);
	row(out, "igraph", r->igraph_version);
	row(out, "Graphviz", r->graphviz_version);
	row(out, "cJSON", r->cjson_version);
	row(out, T(r, "layout", "布局"), r->layout);
	snprintf(seed, sizeof(seed), "%lu", r->seed);
	row(out, T(r, "random seed (igraph)", "随机种子（igraph）"), seed);
	fputs(T(r,
		"</tbody>\n</table>\n<h3>Options</h3>\n<table id=\"options\">\n<thead><tr><th>option</th><th>value</th>"
		"</tr></thead>\n<tbody>\n",
		"</tbody>\n</table>\n<h3>选项</h3>\n<table id=\"options\">\n<thead><tr><th>选项</th><th>值</th>"
		"</tr></thead>\n<tbody>\n"),
	      out);
	for (size_t i = 0; i < r->noptions; i++) {
		const char *v = r->options[i].value;
		fputs("<tr><td><code>--", out);
		esc(out, r->options[i].name);
		fputs("</code></td><td>", out);
		if (!v)
			fprintf(out, "<span class=\"note\">%s</span>", T(r, "(not given)", "（未给出）"));
		else if (!*v)
			fputs(T(r, "(given)", "（已给出）"), out);
		else
			esc(out, v);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</section>\n", out);
}

int inn_report_html_write(FILE *out, const struct inn_report *r)
{
	const struct inn_model *m = r->model;
	const char *title = inn_model_name(m, r->zh) ? inn_model_name(m, r->zh) : r->input;
	char script_hash[48], style_hash[48], view_script[48 + 10] = "", view_style[48 + 10] = "";

	/* the policy names the page's own style and script by hash: nothing else may load or run */
	inn_view_csp_hash(script_hash, sort_script);
	inn_view_csp_hash(style_hash, style);
	if (r->view) { /* the view's renderer and style, by hash too */
		char h[48];
		inn_view_csp_hash(h, inn_view_script());
		snprintf(view_script, sizeof(view_script), " 'sha256-%s'", h);
		inn_view_csp_hash(h, inn_view_style());
		snprintf(view_style, sizeof(view_style), " 'sha256-%s'", h);
	}
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		     "style-src 'sha256-%s'%s; script-src 'sha256-%s'%s\">\n"
		     "<meta name=\"generator\" content=\"innonet %s\">\n<title>%s",
		T(r, "en", "zh"), style_hash, view_style, script_hash, view_script, r->innonet_version,
		T(r, "Network report: ", "网络报告："));
	esc(out, title);
	fprintf(out, "</title>\n<style>%s</style>\n", style);
	if (r->view)
		fprintf(out, "<style>%s</style>\n", inn_view_style());
	fprintf(out, "</head>\n<body>\n<h1>%s", T(r, "Network report: ", "网络报告："));
	esc(out, title);
	fputs("</h1>\n<p class=\"note\">", out);
	if (m->as_of) {
		fputs(T(r, "As of ", "截至 "), out);
		esc(out, m->as_of);
		fputs(T(r, ". ", "。"), out);
	}
	if (r->view_text && *r->view_text) {
		fputs(T(r, "View: ", "视图："), out);
		esc(out, r->view_text);
		fputs(T(r, ". ", "。"), out);
	}
	fputs(T(r, "From ", "来源："), out);
	esc(out, r->input);
	fputs(T(r,
		".</p>\n<nav><p><a href=\"#findings\">Findings</a> · <a href=\"#summary\">Summary</a> · <a href=\"#diagram\">Diagram</a> · "
		"<a href=\"#rankings\">Rankings</a> · <a href=\"#connectivity\">Connectivity</a> · ",
		"。</p>\n<nav><p><a href=\"#findings\">主要发现</a> · <a href=\"#summary\">概要</a> · <a href=\"#diagram\">网络图</a> · "
		"<a href=\"#rankings\">排名</a> · <a href=\"#connectivity\">连通性</a> · "),
	      out);
	if (funding_present(r))
		fputs(T(r, "<a href=\"#funding\">Funding</a> · ", "<a href=\"#funding\">资助</a> · "), out);
	fputs(T(r, "<a href=\"#provenance\">Provenance</a></p></nav>\n", "<a href=\"#provenance\">来源信息</a></p></nav>\n"),
	      out);
	inn_report_findings_write(out, r); /* the conclusions first */
	if (summary(out, r) < 0)
		return -1;
	if (diagram(out, r) < 0)
		return -1;
	if (rankings(out, r) < 0 || connectivity(out, r) < 0)
		return -1;
	if (funding_present(r))
		funding_section(out, r);
	provenance(out, r);
	if (r->view)
		fprintf(out, "<script>%s</script>\n", inn_view_script());
	fprintf(out, "<script>%s</script>\n</body>\n</html>\n", sort_script);
	return 0;
}
