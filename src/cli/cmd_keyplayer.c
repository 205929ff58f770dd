/* cmd_keyplayer.c: `innonet keyplayer -k K`: the few organizations the network can least afford to lose, or that reach most. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/keyplayer.h"
#include "innonet/output.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	{"k", 'k', "K", "the size of the set (required)"},
	{"goal", 'g', "GOAL", "fragment (default), dfragment (distance-weighted) or reach"},
	{"distance", 'd', "D", "with --goal reach: count the nodes within D links of the set (default 1)"},
	{"search", 's', "HOW", "auto (default: exact when small enough), exact or greedy"},
	{"among", 'a', "KIND[,KIND]", "the set holds only nodes of these kinds (the whole network is scored)"},
	{"ties", 't', "N", "list at most N tied sets besides the one shown (default 10)"},
	{"format", 'f', "FORMAT", "table (default) or json"},
	INN_OUTPUT_OPTION,
	INN_MODEL_OPTIONS,
};

static const char *const goal_names[] = {"fragment", "dfragment", "reach"};

static int parse_opts(const struct inn_args *a, struct inn_kp_opts *o, enum inn_format *format, struct inn_error *err)
{
	const char *s;

	*o = (struct inn_kp_opts){.goal = INN_KP_FRAGMENT, .distance = 1, .search = INN_KP_AUTO, .max_ties = 10};
	if (!(s = inn_arg(a, "k")))
		return inn_error_set(err, INN_EINPUT, "keyplayer: -k K is required (the size of the set)");
	if (!inn_parse_count(s, &o->k) || o->k == 0)
		return inn_error_set(err, INN_EINPUT, "keyplayer: -k needs a positive whole number, not '%s'", s);
	if ((s = inn_arg(a, "goal"))) {
		size_t g = 0;
		while (g < 3 && strcmp(goal_names[g], s) != 0)
			g++;
		if (g == 3)
			return inn_error_set(err, INN_EINPUT, "keyplayer: unknown goal '%s' (fragment, dfragment or reach)", s);
		o->goal = (enum inn_kp_goal)g;
	}
	if ((s = inn_arg(a, "distance"))) {
		if (o->goal != INN_KP_REACH)
			return inn_error_set(err, INN_EINPUT, "keyplayer: --distance needs --goal reach");
		if (!inn_parse_count(s, &o->distance) || o->distance == 0 || o->distance > 1000000)
			return inn_error_set(err, INN_EINPUT, "keyplayer: --distance needs a positive whole number, not '%s'", s);
	}
	if ((s = inn_arg(a, "search"))) {
		if (strcmp(s, "exact") == 0)
			o->search = INN_KP_EXACT;
		else if (strcmp(s, "greedy") == 0)
			o->search = INN_KP_GREEDY;
		else if (strcmp(s, "auto") != 0)
			return inn_error_set(err, INN_EINPUT, "keyplayer: unknown search '%s' (auto, exact or greedy)", s);
	}
	if ((s = inn_arg(a, "ties")) && (!inn_parse_count(s, &o->max_ties) || o->max_ties > 1000))
		return inn_error_set(err, INN_EINPUT, "keyplayer: --ties needs a whole number from 0 to 1000, not '%s'", s);
	*format = INN_FORMAT_TABLE;
	if ((s = inn_arg(a, "format")) && (!inn_format_parse(s, format) || *format == INN_FORMAT_CSV))
		return inn_error_set(err, INN_EINPUT, "keyplayer: unknown format '%s' (table or json)", s);
	return 0;
}

static void print_score(FILE *out, const struct inn_kp_opts *o, double x)
{
	char buf[64];

	if (o->goal == INN_KP_REACH)
		fprintf(out, "%.0f", x);
	else {
		inn_fmt_fixed(buf, sizeof(buf), x, 6);
		fputs(buf, out);
	}
}

static void print_set(FILE *out, const struct inn_model *m, const size_t *set, size_t k)
{
	for (size_t i = 0; i < k; i++) {
		if (i)
			fputs(", ", out);
		inn_print_plain(out, m->nodes[set[i]].id);
	}
}

static const char *goal_text(const struct inn_kp_opts *o)
{
	switch (o->goal) {
	case INN_KP_FRAGMENT:
		return "fragment: 1 - sum s(s-1) / m(m-1) over the components of the m nodes left (1: none linked)";
	case INN_KP_DFRAGMENT:
		return "dfragment: 1 - the mean of 1/distance over the pairs of nodes left (1: none linked)";
	default:
		return "reach: the nodes outside the set within the distance of a member";
	}
}

static void write_text(FILE *out, const struct inn_model *m, const struct inn_kp_opts *o,
		       const struct inn_kp_result *r, const char *view, struct inn_error *err)
{
	static const char *const cols[] = {"id", "label", "kind"};
	struct inn_table t;

	fputs("key players of ", out);
	inn_print_plain(out, m->name ? m->name : m->origin);
	fprintf(out, ", k = %zu\n", r->k);
	if (*view) { /* as stats' view row: only when a model option narrowed the network */
		fputs("view          ", out);
		inn_print_plain(out, view);
		fputc('\n', out);
	}
	fprintf(out, "goal          %s", goal_text(o));
	if (o->goal == INN_KP_REACH)
		fprintf(out, " (%zu link%s)", o->distance, o->distance == 1 ? "" : "s");
	if (r->exact && r->pruned == 0)
		fprintf(out, "\nsearch        exact: every one of %.0f sets scored\n", r->examined);
	else if (r->exact)
		fprintf(out, "\nsearch        exact: %.0f sets scored, %.0f more ruled out by a bound\n", r->examined,
			r->pruned);
	else
		fprintf(out, "\nsearch        greedy with swaps (Borgatti): %.0f pass%s; the best set is not guaranteed\n",
			r->examined, r->examined == 1 ? "" : "es");
	fputs("set           ", out);
	print_set(out, m, r->set, r->k);
	fputs("\nscore         ", out);
	print_score(out, o, r->score);
	if (o->goal == INN_KP_REACH)
		fprintf(out, " of %zu", m->nnodes - r->k);
	fputs("\nbest single   ", out);
	inn_print_plain(out, m->nodes[r->single].id);
	fputs(": ", out);
	print_score(out, o, r->single_score);
	if (r->exact)
		fprintf(out, "\ntied sets     %zu", r->ntied);
	fputs("\n\n", out);
	if (inn_table_init(&t, cols, 3, r->k, err) < 0)
		return;
	for (size_t i = 0; i < r->k; i++) {
		const struct inn_node *n = &m->nodes[r->set[i]];
		inn_cell_text(inn_table_cell(&t, i, 0), n->id);
		inn_cell_text(inn_table_cell(&t, i, 1), inn_node_label(n));
		inn_cell_text(inn_table_cell(&t, i, 2), n->kind);
	}
	inn_table_write(&t, INN_FORMAT_TABLE, out);
	inn_table_release(&t);
	if (r->nties_kept) {
		fprintf(out, "\nalso scoring the same%s:\n", r->ntied - 1 > r->nties_kept ? " (the first listed)" : "");
		for (size_t j = 0; j < r->nties_kept; j++) {
			fputs("  ", out);
			print_set(out, m, r->ties + j * r->k, r->k);
			fputc('\n', out);
		}
	}
}

static void json_set(FILE *out, const struct inn_model *m, const size_t *set, size_t k)
{
	fputc('[', out);
	for (size_t i = 0; i < k; i++) {
		if (i)
			fputs(", ", out);
		inn_json_id(out, &m->nodes[set[i]]);
	}
	fputc(']', out);
}

static void write_json(FILE *out, const struct inn_model *m, const struct inn_kp_opts *o, const struct inn_kp_result *r,
		       const char *view)
{
	fputs("{\n  \"model\": ", out);
	inn_json_string(out, m->name ? m->name : m->origin);
	if (*view) {
		fputs(",\n  \"view\": ", out);
		inn_json_string(out, view);
	}
	fprintf(out, ",\n  \"goal\": \"%s\",\n  \"k\": %zu,\n", goal_names[o->goal], r->k);
	if (o->goal == INN_KP_REACH)
		fprintf(out, "  \"distance\": %zu,\n", o->distance);
	fprintf(out, "  \"candidates\": %zu,\n", r->ncandidates);
	fprintf(out, "  \"search\": \"%s\",\n  \"%s\": %.0f,\n", r->exact ? "exact" : "greedy",
		r->exact ? "sets_scored" : "swap_passes", r->examined);
	if (r->exact)
		fprintf(out, "  \"sets_ruled_out\": %.0f,\n", r->pruned);
	fputs("  \"set\": ", out);
	json_set(out, m, r->set, r->k);
	fputs(",\n  \"score\": ", out);
	inn_json_number(out, r->score);
	fputs(",\n  \"best_single\": {\"id\": ", out);
	inn_json_id(out, &m->nodes[r->single]);
	fputs(", \"score\": ", out);
	inn_json_number(out, r->single_score);
	fputs("},\n  \"tied_sets\": ", out);
	if (r->exact)
		fprintf(out, "%zu", r->ntied);
	else
		fputs("null", out); /* a greedy search does not know */
	fputs(",\n  \"ties\": [", out);
	for (size_t j = 0; j < r->nties_kept; j++) {
		fputs(j ? ", " : "", out);
		json_set(out, m, r->ties + j * r->k, r->k);
	}
	fputs("]\n}\n", out);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_output out = {0};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	struct inn_kp_result r = {0};
	struct inn_kp_opts o;
	enum inn_format format;
	bool *among = NULL;
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	int ret = -1;

	if (parse_opts(a, &o, &format, err) < 0 || !(m = inn_cmd_load(a, err)))
		goto out;
	if (inn_arg(a, "among")) {
		if (!(among = calloc(m->nnodes + 1, sizeof(*among)))) {
			inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
			goto out;
		}
		if (inn_cmd_kinds(m, "keyplayer", inn_arg(a, "among"), among, err) < 0)
			goto out;
		o.among = among;
	}
	if (inn_net_init(&net, m, err) < 0 || inn_keyplayer(&net, &o, &r, err) < 0 ||
	    inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_JSON)
		write_json(out.fp, m, &o, &r, view);
	else
		write_text(out.fp, m, &o, &r, view, err);
	if (inn_error_is_set(err))
		goto out;
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	inn_kp_result_release(&r);
	inn_net_release(&net);
	inn_model_free(m);
	free(among);
	return ret;
}

const struct inn_command inn_cmd_keyplayer = {
	.name = "keyplayer",
	.run = run,
	.summary = "the K organizations whose loss fragments the network most, or that reach most (Borgatti)",
	.usage = "-k K [options] [MODEL]",
	.description =
		"Borgatti's key player problem (2006). KPP-Neg: the K nodes whose removal fragments the\n"
		"network most, by F = 1 - sum s_i (s_i - 1) / (m (m - 1)) over the components s_i of the m\n"
		"nodes left (--goal fragment), or by his distance-weighted DF, 1 minus the mean of\n"
		"1/distance over ordered pairs of the nodes left (--goal dfragment). KPP-Pos: the K nodes\n"
		"that reach the most others within D links (--goal reach --distance D). Links are read\n"
		"without direction. The search is exhaustive when at most 10^7 sets and about 2e9 steps\n"
		"are needed (--search auto), every tied set counted and the first --ties listed; otherwise\n"
		"Borgatti's greedy search with swaps, and the output says which. Beside the set stands the\n"
		"best single node and its score: how much more the set does than its best member.\n"
		"--among KIND limits the set (and the best single node) to nodes of those kinds.\n"
		"whatif --remove of the set shows what its loss cuts off, and its fragmentation.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet keyplayer -k 2                      which two organizations' exit fragments it most\n"
		    "  innonet keyplayer -k 2 --among agency           which two agencies' exit fragments it most\n"
		    "  innonet keyplayer -k 3 --goal reach --distance 1\n"
		    "  innonet keyplayer -k 2 --format json --project institute\n",
};
