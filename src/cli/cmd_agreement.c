/* cmd_agreement.c: `innonet agreement`: how far centrality measures agree on who matters, as a matrix. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/agreement.h"
#include "innonet/commands.h"
#include "innonet/measure_options.h"
#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/table.h"

static const struct inn_option options[] = {
	{"by", 'b', "A,B,...", "the measures to compare (two or more; 'all': every one that applies)"},
	{"method", 'm', "METHOD", "spearman (default), kendall, or top:N (the share of the top N both hold)"},
	{"kind", 'k', "KIND[,KIND]", "compare only nodes of these kinds (measured on the whole network)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	/* the measure options as rank takes them (a rank correlation does not change with --normalized) */
	INN_MEASURE_OPTIONS,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
};

#define MAX_MEASURES 64

struct opts {
	const struct inn_measure *ms[MAX_MEASURES]; /* the measures compared; borrowed from the table */
	size_t nms;
	enum inn_agreement_method method;
	size_t top;
	const char *method_name; /* as given, for the JSON; borrowed */
	enum inn_format format;
};

static int parse_measures(const struct inn_args *a, const struct inn_model *m, struct opts *o, struct inn_error *err)
{
	const char *by = inn_arg(a, "by");
	size_t nall;
	const struct inn_measure *all = inn_measures(&nall);

	if (!by)
		return inn_error_set(err, INN_EINPUT, "agreement: --by needs two or more measures (A,B,... or all)");
	o->nms = 0;
	if (strcmp(by, "all") == 0) {
		for (size_t k = 0; k < nall && o->nms < MAX_MEASURES; k++)
			if (inn_measure_applies(&all[k], m))
				o->ms[o->nms++] = &all[k];
		return 0;
	}
	for (const char *p = by; *p;) {
		size_t len = strcspn(p, ",");
		const struct inn_measure *found = NULL;
		for (size_t k = 0; k < nall; k++)
			if (strlen(all[k].name) == len && strncmp(all[k].name, p, len) == 0)
				found = &all[k];
		if (!found)
			return inn_error_set(err, INN_EINPUT, "agreement: unknown measure '%.*s' (see 'innonet rank --help')",
					     (int)len, p);
		for (size_t k = 0; k < o->nms; k++)
			if (o->ms[k] == found)
				return inn_error_set(err, INN_EINPUT, "agreement: measure '%s' is listed twice", found->name);
		if (o->nms == MAX_MEASURES)
			return inn_error_set(err, INN_EINPUT, "agreement: more than %d measures", MAX_MEASURES);
		o->ms[o->nms++] = found;
		p += len + (p[len] == ',');
	}
	if (o->nms < 2)
		return inn_error_set(err, INN_EINPUT, "agreement: --by needs two or more measures, not '%s'", by);
	return 0;
}

static int parse_opts(const struct inn_args *a, struct opts *o, struct inn_measure_opts *mo, struct inn_error *err)
{
	const char *s = inn_arg(a, "method");

	o->method = INN_AGREE_SPEARMAN;
	o->method_name = s ? s : "spearman";
	if (s && strcmp(s, "kendall") == 0) {
		o->method = INN_AGREE_KENDALL;
	} else if (s && strncmp(s, "top:", 4) == 0) {
		o->method = INN_AGREE_TOP;
		if (!inn_parse_count(s + 4, &o->top) || o->top == 0)
			return inn_error_set(err, INN_EINPUT, "agreement: top:N needs a positive whole number, not '%s'", s + 4);
	} else if (s && strcmp(s, "spearman") != 0) {
		return inn_error_set(err, INN_EINPUT, "agreement: unknown method '%s' (spearman, kendall or top:N)", s);
	}
	if (inn_cmd_format(a, &o->format, err) < 0)
		return -1;
	return inn_cmd_measure_opts(a, mo, err);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const char *cols[MAX_MEASURES + 1] = {"measure"};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	struct inn_table t = {0};
	double *values = NULL;
	bool *keep = NULL;
	struct opts o;
	size_t n, used, fewest = (size_t)-1;
	int ret = -1;

	if (parse_opts(a, &o, &mo, err) < 0 || !(m = inn_cmd_load(a, err)) || parse_measures(a, m, &o, err) < 0)
		goto out;
	n = m->nnodes;
	values = malloc((n ? n : 1) * o.nms * sizeof(*values));
	keep = malloc((n ? n : 1) * sizeof(*keep));
	if (!values || !keep) {
		inn_error_set(err, INN_EFAIL, "agreement: out of memory");
		goto out;
	}
	if (inn_cmd_kinds(m, "agreement", inn_arg(a, "kind"), keep, err) < 0 || inn_net_init(&net, m, err) < 0 ||
	    inn_cmd_measure_check(a, &net, o.ms, o.nms, &mo, err) < 0)
		goto out;
	for (size_t k = 0; k < o.nms; k++) {
		/* a measure undefined here (directed only, Katz diverging) is an error: it was asked for */
		if (inn_measure_compute(o.ms[k], &net, &mo, values + k * n, err) != 0)
			goto out;
		cols[k + 1] = o.ms[k]->name;
	}
	if (inn_table_init(&t, cols, o.nms + 1, o.nms, err) < 0)
		goto out;
	t.decimals = 3;
	for (size_t r = 0; r < o.nms; r++) {
		inn_cell_text(inn_table_cell(&t, r, 0), o.ms[r]->name);
		for (size_t c = 0; c < o.nms; c++) {
			double x;
			if (inn_agreement(m, values + r * n, values + c * n, keep, o.method, o.top, &x, &used, err) < 0)
				goto out;
			inn_cell_real(inn_table_cell(&t, r, c + 1), x);
			fewest = used < fewest ? used : fewest;
		}
	}
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"method", {.type = INN_CELL_TEXT, .text = o.method_name}},
		{"weight", {.type = mo.weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = mo.weight}},
		/* the fewest nodes any pair compared: pairs leave out nodes a measure leaves undefined */
		{"nodes", {.type = INN_CELL_INT, .i = (long long)(fewest == (size_t)-1 ? 0 : fewest)}},
		/* last, and only when a model option narrowed the network */
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (*view == '\0');
	t.rows_key = "matrix";
	ret = inn_cmd_write_table(a, &t, o.format, err);
out:
	inn_table_release(&t);
	inn_net_release(&net);
	free(keep);
	free(values);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_agreement = {
	.name = "agreement",
	.run = run,
	.summary = "how far centrality measures agree on who matters (Spearman, Kendall, top N)",
	.usage = "--by A,B,... [options] [MODEL]",
	.description =
		"Compare the rankings the measures give, pair by pair, as a matrix: Spearman's rho (the\n"
		"correlation of the ranks, ties sharing the mean of their places), Kendall's tau-b (pairs\n"
		"of nodes in the same order minus pairs in the opposite order, corrected for ties), or with\n"
		"top:N the share of the top N of one measure that is also in the top N of the other (a tie\n"
		"at rank N is all in; the share is of the larger of the two sets). Scores tie as in rank:\n"
		"within 1e-9. A pair compares the nodes both measures define (constraint leaves isolated\n"
		"nodes undefined); a value is empty (null in JSON) when every node ties in one measure.\n"
		"The values equal scipy.stats.spearmanr and kendalltau of the same scores.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet agreement --by degree,betweenness,pagerank,eigenvector\n"
		    "  innonet agreement --by all --method kendall --format csv\n"
		    "  innonet agreement --by betweenness,closeness --method top:5 --kind institute\n",
};
