/*
 * report_findings.c: the section that opens the report, its conclusions first: who coordinates
 * and who brokers (with the ranges the inferred links allow, and where a hub is of the model's
 * own making), the single points of failure, the most consequential removals, the network's
 * profile and the money over time; each finding links to the table or drawing behind it.
 * Written from results already computed (cli/report_findings.c).
 */
#include <math.h>
#include <string.h>

#include "innonet/report_html.h"
#include "innonet/text.h"

#define T(r, en_text, zh_text) ((r)->zh ? (zh_text) : (en_text))

static const char *name_of(const struct inn_report *r, size_t i)
{
	const struct inn_node *n = &r->model->nodes[i];
	const char *zh = r->zh ? inn_node_more(r->model, n)->label_zh : NULL;

	return zh ? zh : inn_node_label(n);
}

static void name(FILE *out, const struct inn_report *r, size_t i)
{
	fputs("<b>", out);
	inn_html_escape(out, name_of(r, i));
	fputs("</b>", out);
}

static const struct inn_report_measure *measure(const struct inn_report *r, const char *which)
{
	for (size_t k = 0; k < r->nmeasures; k++)
		if (strcmp(r->measures[k].name, which) == 0 && r->measures[k].scores)
			return &r->measures[k];
	return NULL;
}

/* The top `top` nodes of a measure (ties with the last kept), score descending then id; returns how many. */
static size_t top_of(const struct inn_report *r, const struct inn_report_measure *me, size_t top, size_t *idx,
		     size_t *rank)
{
	const struct inn_model *m = r->model;
	size_t n = 0;

	for (size_t i = 0; i < m->nnodes; i++) {
		double s = me->scores[i];
		size_t at = n;
		if (isnan(s))
			continue;
		while (at > 0) {
			double t = me->scores[idx[at - 1]];
			if (t > s || (t == s && strcmp(m->nodes[idx[at - 1]].id, m->nodes[i].id) < 0))
				break;
			at--;
		}
		if (at >= top + 8) /* room for ties past top */
			continue;
		if (n < top + 8)
			n++;
		memmove(idx + at + 1, idx + at, (n - 1 - at) * sizeof(*idx));
		idx[at] = i;
	}
	for (size_t k = 0; k < n; k++)
		rank[k] = k && me->scores[idx[k]] == me->scores[idx[k - 1]] ? rank[k - 1] : k + 1;
	while (n > top && rank[n - 1] > top)
		n--;
	return n;
}

static void score(FILE *out, double x)
{
	char num[64];

	inn_fmt_fixed(num, sizeof(num), x, x == floor(x) ? 0 : 1);
	fputs(num, out);
}

/* "AMNPO (295.6; rank 1 to 1 without the inferred links)" */
static void ranked(FILE *out, const struct inn_report *r, const struct inn_report_measure *me, size_t i, size_t rank)
{
	fprintf(out, "%zu. ", rank);
	name(out, r, i);
	fputs(" (", out);
	score(out, me->scores[i]);
	if (me->best && me->worst) {
		if (me->best[i] == me->worst[i])
			fprintf(out, T(r, "; rank %zu whatever the inferred links", "；无论推断连线如何，均排第 %zu"), me->best[i]);
		else
			fprintf(out, T(r, "; rank %zu to %zu without inferred links", "；去掉推断连线时排第 %zu 至 %zu"),
				me->best[i], me->worst[i]);
	}
	fputs(")", out);
}

static void ranking_finding(FILE *out, const struct inn_report *r, const char *which, const char *en, const char *zh)
{
	const struct inn_report_measure *me = measure(r, which);
	size_t idx[16], rank[16], n;

	if (!me)
		return;
	n = top_of(r, me, 3, idx, rank);
	fprintf(out, "<li><p>%s ", T(r, en, zh));
	for (size_t k = 0; k < n; k++) {
		if (k)
			fputs(T(r, ", ", "，"), out);
		ranked(out, r, me, idx[k], rank[k]);
	}
	fprintf(out, T(r, ". <a href=\"#measure-%s\">The %s ranking</a>.", "。<a href=\"#measure-%s\">%s 排名</a>。"),
		which, which);
	fputs("</p>", out);
}

/* The hubs of the model's own making, and the brokers without them. */
static void containers(FILE *out, const struct inn_report *r, const struct inn_report_findings *f)
{
	if (!f->ncontainers)
		return;
	fputs(T(r, "<p class=\"caveat\">A hub of the model's own making: ", "<p class=\"caveat\">模型自身造成的枢纽："), out);
	for (size_t k = 0; k < f->ncontainers; k++) {
		if (k)
			fputs(T(r, "; ", "；"), out);
		name(out, r, f->containers[k]);
		fprintf(out, T(r, " has %zu nodes linked to it as <code>part_of</code> it",
			       " 有 %zu 个节点以 <code>part_of</code>（隶属）关系连向它"),
			f->container_members[k]);
	}
	fputs(T(r,
		". A programme that every member is part of has a link to each and lies on the paths between them "
		"because the model draws membership as a link, not because it carries work or decisions between "
		"them: its degree and betweenness are artefacts of modelling. ",
		"。每个成员都隶属的项目节点与每个成员相连、位于成员之间的路径上，是因为模型把隶属画成了连线，"
		"并非因为它在成员之间传递工作或决策：它的度和中介中心度是建模的产物。"),
	      out);
	if (f->nwithout) {
		fputs(f->ncontainers == 1 ? T(r, "With it left out, the brokers are ", "去掉它之后，中介者为 ")
					  : T(r, "With them left out, the brokers are ", "去掉它们之后，中介者为 "),
		      out);
		for (size_t k = 0; k < f->nwithout; k++) {
			if (k)
				fputs(T(r, ", ", "，"), out);
			fprintf(out, "%zu. ", f->without_rank[k]);
			name(out, r, f->without[k]);
			fputs(" (", out);
			score(out, f->without_score[k]);
			fputs(")", out);
		}
		fputs(T(r, ".", "。"), out);
	}
	fputs("</p>", out);
}

static void failures(FILE *out, const struct inn_report *r, const struct inn_report_findings *f)
{
	size_t shown = f->ncuts < 5 ? f->ncuts : 5;

	fputs("<li><p>", out);
	if (!f->ncuts) {
		fputs(T(r, "No single point of failure: no node's loss disconnects the network",
			"没有单点故障：失去任何一个节点都不会使网络断开"),
		      out);
	} else {
		fprintf(out, T(r, "%zu single points of failure (articulation points); the loss of each cuts nodes off: ",
			       "%zu 个单点故障（割点）；失去其中任何一个都会切断一些节点："),
			f->ncuts);
		for (size_t k = 0; k < shown; k++) {
			const struct inn_report_cut *c = &f->cuts[k];
			if (k)
				fputs(T(r, "; ", "；"), out);
			name(out, r, c->node);
			fprintf(out, T(r, " cuts off %zu (", " 切断 %zu 个（"), c->cut_off);
			for (size_t j = 0; j < c->nlost; j++) {
				if (j)
					fputs(T(r, ", ", "，"), out);
				inn_html_escape(out, name_of(r, c->lost[j]));
			}
			if (c->cut_off > c->nlost)
				fprintf(out, T(r, " and %zu more", " 等 %zu 个"), c->cut_off - c->nlost);
			fputs(T(r, ")", "）"), out);
		}
		if (f->ncuts > shown)
			fprintf(out, T(r, "; %zu more, none cutting off more than %zu", "；另有 %zu 个，各自切断不超过 %zu 个"),
				f->ncuts - shown, f->cuts[shown].cut_off);
	}
	fprintf(out, T(r, ". %zu link%s %s (the only tie between two parts). "
			  "<a href=\"#articulation-points\">Articulation points</a>, <a href=\"#bridges\">bridges</a>.",
		       "。%zu 条连线是桥%.0s%.0s（两部分之间唯一的连线）。<a href=\"#articulation-points\">割点</a>，"
		       "<a href=\"#bridges\">桥</a>。"),
		f->nbridges, f->nbridges == 1 ? "" : "s", f->nbridges == 1 ? "is a bridge" : "are bridges");
	fputs("</p>", out);
}

static void keyplayers(FILE *out, const struct inn_report *r, const struct inn_report_findings *f)
{
	char num[64];

	if (!f->nkp)
		return;
	fputs(T(r, "<li><p>The most consequential removals (Borgatti's key players, by fragmentation: the share of pairs "
		   "of the remaining nodes that can no longer reach each other; ",
		"<li><p>影响最大的移除（Borgatti 关键节点，按碎片化程度：其余节点中彼此无法到达的节点对所占比例；"),
	      out);
	inn_fmt_fixed(num, sizeof(num), f->kp_base, 3);
	fprintf(out, T(r, "%s for the whole network): ", "整个网络为 %s）："), num);
	for (size_t k = 0; k < f->nkp; k++) {
		if (k)
			fputs(T(r, "; ", "；"), out);
		fputs(k == 0 ? T(r, "of one node, ", "一个节点：") : T(r, "of two, ", "两个节点："), out);
		for (size_t j = 0; j <= k; j++) {
			if (j)
				fputs(T(r, " and ", " 和 "), out);
			name(out, r, f->kp_set[k][j]);
		}
		inn_fmt_fixed(num, sizeof(num), f->kp_score[k], 3);
		fprintf(out, T(r, " (F = %s", "（F = %s"), num);
		if (f->kp_tied[k] > 1)
			fprintf(out, T(r, ", one of %zu sets that tie", "，%zu 个并列集合之一"), f->kp_tied[k]);
		fputs(T(r, ")", "）"), out);
	}
	fputs(T(r, ". <a href=\"#diagram\">The diagram</a>; <code>innonet keyplayer -k 1</code>, <code>-k 2</code>.</p>",
		"。<a href=\"#diagram\">网络图</a>；<code>innonet keyplayer -k 1</code>，<code>-k 2</code>。</p>"),
	      out);
}

static const char *label_zh(const char *key)
{
	static const struct {
		const char *key, *zh;
	} words[] = {
		{"nodes", "节点"}, {"links", "连线"}, {"density", "密度"}, {"components", "连通分量"},
		{"largest_component_share", "最大连通分量占比"}, {"diameter", "直径"}, {"average_distance", "平均距离"},
		{"transitivity", "传递性"}, {"average_clustering", "平均聚类系数"},
		{"degree_centralization", "度中心势"}, {"betweenness_centralization", "中介中心势"},
		{"closeness_centralization", "接近中心势"}, {"eigenvector_centralization", "特征向量中心势"},
		{"connectedness", "连通度（Krackhardt）"}, {"hierarchy", "等级度（Krackhardt）"},
		{"efficiency", "效率（Krackhardt）"}, {"lubness", "最小上界度"}, {"reciprocity", "互惠性"},
		{"degree_assortativity", "度同配性"}, {"kind_modularity", "按类型的模块度"}, {"ei_index", "按类型的 E-I 指数"},
		{"node_share", "节点占比"}, {"link_share", "连线占比"}, {"brokerage_share", "中介占比"},
	};
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strcmp(words[k].key, key) == 0)
			return words[k].zh;
	return key;
}

/* The side-by-side table of the profile (one column, or two with --compare). */
static void profile_table(FILE *out, const struct inn_report *r, const struct inn_profile_table *t,
			  const char *const *heads)
{
	char num[64];

	fprintf(out, "<table id=\"profile\" class=\"data\">\n<thead><tr><th>%s</th><th>%s</th>",
		T(r, "measure", "指标"), T(r, "of", "对象"));
	for (size_t k = 0; k < t->nmodels; k++) {
		fputs("<th>", out);
		inn_html_escape(out, heads[k]);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
	for (size_t row = 0; row < t->nrows; row++) {
		const struct inn_profile_row *pr = &t->rows[row];
		fprintf(out, "<tr><td>%s</td><td>", r->zh ? label_zh(pr->key) : pr->label);
		if (pr->of)
			inn_html_escape(out, pr->of);
		fputs("</td>", out);
		for (size_t k = 0; k < t->nmodels; k++) {
			double x = t->values[row * t->nmodels + k];
			if (isnan(x))
				snprintf(num, sizeof(num), "%s", T(r, "undefined", "无定义"));
			else
				inn_fmt_fixed(num, sizeof(num), x, pr->integer ? 0 : 3);
			fprintf(out, "<td class=\"num\">%s</td>", num);
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table>\n", out);
}

static double profile_value(const struct inn_profile_table *t, const char *key, const char *of, size_t model)
{
	for (size_t row = 0; row < t->nrows; row++)
		if (strcmp(t->rows[row].key, key) == 0 &&
		    (of ? t->rows[row].of && strcmp(t->rows[row].of, of) == 0 : !t->rows[row].of))
			return t->values[row * t->nmodels + model];
	return NAN;
}

static void profile(FILE *out, const struct inn_report *r, const struct inn_report_findings *f)
{
	const struct inn_profile_table *t = f->profile;
	double bc, best = -1;
	const char *broker = NULL;
	char a[32], b[32];

	if (!t)
		return;
	for (size_t row = 0; row < t->nrows; row++)
		if (strcmp(t->rows[row].key, "brokerage_share") == 0 && t->values[row * t->nmodels] > best) {
			best = t->values[row * t->nmodels];
			broker = t->rows[row].of;
		}
	bc = profile_value(t, "betweenness_centralization", NULL, 0);
	inn_fmt_fixed(a, sizeof(a), bc, 2);
	inn_fmt_fixed(b, sizeof(b), best * 100, 0);
	fputs("<li><p>", out);
	if (!isnan(bc) && broker)
		fprintf(out, T(r, "The network's profile: betweenness centralization %s (0: every node brokers alike; 1: a star); "
				  "the kind that brokers most is <b>%s</b>, with %s%% of all brokerage (its nodes' betweenness "
				  "over the total). ",
			       "网络概况：中介中心势 %s（0：各节点中介程度相同；1：星形）；中介最多的类型是 <b>%s</b>，占全部中介的 %s%%"
			       "（其节点的中介中心度之和占总和的比例）。"),
			a, broker, b);
	fputs(T(r, "<a href=\"#profile\">The network-level measures</a>", "<a href=\"#profile\">网络层面指标</a>"), out);
	if (f->compare_input) {
		fputs(T(r, ", side by side with ", "，与 "), out);
		inn_html_escape(out, f->compare_input);
		fputs(T(r, " and the <a href=\"#movers\">rank movers</a>", " 并列，及<a href=\"#movers\">排名变化</a>"), out);
	}
	fputs(T(r, ".</p>", "。</p>"), out);
}

static void money(FILE *out, const struct inn_report *r)
{
	size_t peak = 0, last = r->nfunding_years - 1;
	char a[64], b[64];

	if (!r->nfunding_years)
		return;
	for (size_t k = 1; k < r->nfunding_years; k++)
		if (r->funding_federal[k] > r->funding_federal[peak])
			peak = k;
	inn_fmt_fixed(a, sizeof(a), r->funding_federal[peak] / 1e6, 1);
	inn_fmt_fixed(b, sizeof(b), r->funding_federal[last] / 1e6, 1);
	fprintf(out, T(r, "<li><p>The money over time: federal funding of the %zu institutes with a known award peaks in %d "
			  "(%s%s million USD) and, as the exit mechanism tapers it, comes to %s%s million USD in %d. "
			  "<a href=\"#funding\">Funding over time</a>.</p>",
		       "<li><p>资金随时间的变化：已知资助额的 %zu 个研究所的联邦资金在 %d 年达到峰值，%s%s 百万美元；按退出机制逐步减少，"
		       "%s%s 百万美元（%d 年）。<a href=\"#funding\">资助随时间的变化</a>。</p>"),
		r->funding_institutes, r->funding_first + (int)peak, r->funding_bound[peak] ? T(r, "at least ", "至少 ") : "", a,
		r->funding_bound[last] ? T(r, "at least ", "至少 ") : "", b, r->funding_first + (int)last);
}

static void movers(FILE *out, const struct inn_report *r, const struct inn_report_findings *f)
{
	if (!f->compare_input)
		return;
	fputs(T(r, "<h3 id=\"movers\">Rank movers by betweenness</h3>\n<p class=\"note\">From this model to ",
		"<h3 id=\"movers\">按中介中心度的排名变化</h3>\n<p class=\"note\">从本模型到 "),
	      out);
	inn_html_escape(out, f->compare_input);
	fputs(T(r, ", ranked among the nodes in both (as <code>innonet diff</code> lists them).</p>\n",
		"，在两者共有的节点中排名（与 <code>innonet diff</code> 相同）。</p>\n"),
	      out);
	fprintf(out, "<table id=\"movers-table\" class=\"data\">\n<thead><tr><th>id</th><th>%s</th><th>%s</th><th>%s</th>"
		     "</tr></thead>\n<tbody>\n",
		T(r, "label", "名称"), T(r, "rank before", "之前排名"), T(r, "rank after", "之后排名"));
	for (size_t k = 0; k < f->nmovers; k++) {
		fputs("<tr><td>", out);
		inn_html_escape(out, f->movers[k].id);
		fputs("</td><td>", out);
		inn_html_escape(out, f->movers[k].label);
		fprintf(out, "</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td></tr>\n", f->movers[k].before,
			f->movers[k].after);
	}
	if (!f->nmovers)
		fprintf(out, "<tr><td colspan=\"4\">%s</td></tr>\n", T(r, "none", "无"));
	fputs("</tbody>\n</table>\n", out);
}

void inn_report_findings_write(FILE *out, const struct inn_report *r)
{
	const struct inn_report_findings *f = r->findings;

	if (!f)
		return;
	fprintf(out, "<section id=\"findings\">\n<h2>%s</h2>\n<p class=\"note\">%s</p>\n<ul class=\"findings\">\n",
		T(r, "Findings", "主要发现"),
		T(r, "What the model shows, each finding with the table or drawing behind it. A link is a relation a source "
		     "states, not a flow of work or money; rankings measure position in that map.",
		  "模型显示的内容，每条发现都链接到其依据的表格或图。连线是来源所述的关系，而非工作或资金的流动；排名衡量的是在这张关系图中的位置。"));
	ranking_finding(out, r, "degree", "Who coordinates (the most relations, degree):", "谁在协调（关系最多，度）：");
	fputs("</li>\n", out);
	ranking_finding(out, r, "betweenness", "Who brokers (the most shortest paths through it, betweenness):",
			"谁在中介（经过它的最短路径最多，中介中心度）：");
	containers(out, r, f);
	fputs("</li>\n", out);
	failures(out, r, f);
	fputs("</li>\n", out);
	keyplayers(out, r, f);
	if (f->nkp)
		fputs("</li>\n", out);
	profile(out, r, f);
	fputs("</li>\n", out);
	money(out, r);
	if (r->nfunding_years)
		fputs("</li>\n", out);
	fputs("</ul>\n", out);
	fprintf(out, "<h3 id=\"profile-heading\">%s</h3>\n", T(r, "Network-level measures", "网络层面指标"));
	if (f->profile)
		profile_table(out, r, f->profile, f->profile_heads);
	movers(out, r, f);
	fputs("</section>\n", out);
}
