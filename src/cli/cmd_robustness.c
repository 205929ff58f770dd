/* cmd_robustness.c: `innonet robustness`: remove nodes one at a time and follow what holds together. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/chart.h"
#include "innonet/commands.h"
#include "innonet/output.h"
#include "innonet/robustness.h"
#include "innonet/table.h"

static const struct inn_option options[] = {
	{"attack", 'a', "ATTACK", "degree (default), betweenness or random: which node goes next"},
	{"recompute", 0, NULL, "score again what is left after every removal (default: score once)"},
	{"seed", 0, "S", "seed of the random order (default 1)"},
	{"steps", 0, "N", "stop after N removals (default: until no node is left)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	{"chart", 'c', "FILE", "also draw both curves as an SVG line chart in FILE"},
	{"quiet", 'q', NULL, "do not report the chart written"},
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
};

static const char *const columns[] = {"step",       "removed",       "label",
				      "kind",       "attack_score",  "components",
				      "largest_component_share", "global_efficiency"};

/* The chart, opened in out and written; the caller commits it with the table, both or neither. */
static int write_chart(struct inn_output *out, const char *path, const char *title,
		       const struct inn_robustness_step *st, size_t n, struct inn_error *err)
{
	double *x = malloc((n + 1) * sizeof(*x)), *share = malloc((n + 1) * sizeof(*share));
	double *eff = malloc((n + 1) * sizeof(*eff));
	int ret = -1;

	if (!x || !share || !eff) {
		inn_error_set(err, INN_EFAIL, "robustness: out of memory");
		goto out;
	}
	for (size_t k = 0; k < n; k++) {
		x[k] = (double)st[k].step;
		share[k] = st[k].largest_share;
		eff[k] = st[k].efficiency;
	}
	const struct inn_chart_series series[] = {
		{"share of nodes in the largest component", share, false},
		{"global efficiency", eff, true},
	};
	const struct inn_chart c = {
		.title = title,
		.x_label = "nodes removed",
		.y_label = "share / efficiency",
		.npoints = n,
		.x = x,
		.series = series,
		.nseries = 2,
		.y_fixed = true,
		.y_min = 0,
		.y_max = 1,
		.x_integer = true,
	};
	if (inn_output_open(out, path, err) < 0)
		goto out;
	inn_chart_svg(&c, out->fp);
	ret = 0;
out:
	free(eff);
	free(share);
	free(x);
	return ret;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	const char *att = inn_arg(a, "attack") ? inn_arg(a, "attack") : "degree";
	const char *s_seed = inn_arg(a, "seed"), *s_steps = inn_arg(a, "steps"), *chart = inn_arg(a, "chart");
	struct inn_robustness_step *st = NULL;
	enum inn_format format;
	struct inn_output out = {0}, chart_out = {0};
	struct inn_output *const outs[] = {&out, &chart_out};
	struct inn_model *m = NULL;
	struct inn_table t = {0};
	bool recompute = inn_flag(a, "recompute");
	size_t seed = 1, max_steps = 0, n;
	enum inn_attack attack;
	char title[256];
	int ret = -1;

	if (!inn_attack_parse(att, &attack))
		return inn_error_set(err, INN_EINPUT, "robustness: unknown attack '%s' (degree, betweenness or random)", att);
	if (inn_cmd_format(a, &format, err) < 0)
		return -1;
	if (s_seed && (!inn_parse_count(s_seed, &seed) || seed > UINT32_MAX))
		return inn_error_set(err, INN_EINPUT, "robustness: --seed needs a whole number below 2^32, not '%s'", s_seed);
	if (s_seed && attack != INN_ATTACK_RANDOM)
		return inn_error_set(err, INN_EINPUT, "robustness: --seed only applies to --attack random");
	if (recompute && attack == INN_ATTACK_RANDOM)
		return inn_error_set(err, INN_EINPUT, "robustness: --recompute has no meaning for --attack random");
	if (s_steps && (!inn_parse_count(s_steps, &max_steps) || max_steps == 0))
		return inn_error_set(err, INN_EINPUT, "robustness: --steps needs a positive whole number, not '%s'", s_steps);
	if (!(m = inn_cmd_load(a, err)))
		goto out;
	if (!(st = calloc(m->nnodes + 1, sizeof(*st)))) {
		inn_error_set(err, INN_EFAIL, "robustness: out of memory");
		goto out;
	}
	if (inn_robustness_run(m, attack, recompute, (unsigned long)seed, max_steps, st, &n, err) < 0 ||
	    inn_table_init(&t, columns, 8, n, err) < 0)
		goto out;
	t.rows_key = "steps";
	for (size_t k = 0; k < n; k++) {
		struct inn_cell *c = inn_table_cell(&t, k, 0);
		inn_cell_int(&c[0], (long long)st[k].step);
		if (st[k].removed != SIZE_MAX) {
			const struct inn_node *node = &m->nodes[st[k].removed];
			inn_cell_text(&c[1], node->id);
			c[1].bare = node->id_is_int;
			inn_cell_text(&c[2], inn_node_label(node));
			inn_cell_text(&c[3], node->kind);
		}
		if (!isnan(st[k].score))
			inn_cell_real(&c[4], st[k].score);
		inn_cell_int(&c[5], (long long)st[k].components);
		inn_cell_real(&c[6], st[k].largest_share);
		inn_cell_real(&c[7], st[k].efficiency);
	}
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"attack", {.type = INN_CELL_TEXT, .text = att}},
		{"recomputed", {.type = INN_CELL_BOOL, .i = recompute}},
		{"seed", {.type = attack == INN_ATTACK_RANDOM ? INN_CELL_INT : INN_CELL_NULL, .i = (long long)seed}},
		{"nodes", {.type = INN_CELL_INT, .i = (long long)m->nnodes}},
		/* last, and only when a model option narrowed the network */
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (*view == '\0');
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_TABLE)
		fprintf(out.fp, "attack: %s, %s\n", att,
			attack == INN_ATTACK_RANDOM ? "a seeded random order"
			: recompute ? "scores recomputed on what is left after each removal"
				    : "scores computed once, on the whole network");
	inn_table_write(&t, format, out.fp);
	snprintf(title, sizeof(title), "%s attack%s: %.180s", att, recompute ? " (recomputed)" : "",
		 m->name ? m->name : m->origin);
	if (chart && write_chart(&chart_out, chart, title, st, n, err) < 0)
		goto out;
	if (inn_output_commit_all(outs, chart ? 2 : 1, err) < 0)
		goto out;
	if (chart && !inn_flag(a, "quiet") && strcmp(chart, "-") != 0)
		inn_notice("wrote %s (svg, %zu steps)", chart, n - 1);
	ret = 0;
out:
	inn_output_abort(&chart_out);
	inn_output_abort(&out);
	inn_table_release(&t);
	free(st);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_robustness = {
	.name = "robustness",
	.run = run,
	.summary = "attack the network node by node: largest component, efficiency",
	.usage = "[options] [MODEL]",
	.description =
		"Attack the network: remove the highest-degree or highest-betweenness node, or a random\n"
		"one, again and again. By default the nodes are scored once, on the whole network, and\n"
		"removed in that order; --recompute scores what is left after every removal and takes\n"
		"its best (ties: the smallest id). After each step: the number of components, the share\n"
		"of all the network's nodes in the largest component and the global efficiency of what\n"
		"is left (the mean of 1/distance over pairs of nodes, as networkx.global_efficiency,\n"
		"direction ignored; the share is empty for a network with no nodes).\n"
		"On a directed model components and efficiency ignore direction, but the betweenness\n"
		"attack follows it. Step 0 is the whole network.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet robustness --attack betweenness --recompute --steps 10\n"
		    "  innonet robustness --attack random --seed 7 --format csv --chart random.svg\n",
};
