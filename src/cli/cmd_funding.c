/* cmd_funding.c: `innonet funding`: each institute's federal and non-federal money by year, and a chart of the totals. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/chart.h"
#include "innonet/commands.h"
#include "innonet/funding.h"
#include "innonet/output.h"
#include "innonet/table.h"

static const struct inn_option options[] = {
	{"year", 'y', "YEAR", "only this year (default: every year from the first award to the last award's end + 1)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	{"chart", 'c', "FILE", "also draw the yearly totals as an SVG line chart in FILE"},
	{"quiet", 'q', NULL, "do not report the chart written"},
	INN_MODEL_OPTIONS,
};

static const char *const columns[] = {"year",          "id",          "label",           "award",
				      "award_year",    "federal_usd", "federal_bound",   "non_federal_usd",
				      "non_federal_bound", "federal_share", "share_bound", "past_exit", "phase"};
enum { C_YEAR, C_ID, C_LABEL, C_KIND, C_AWARD, C_FED, C_FEDB, C_NONFED, C_NONFEDB, C_SHARE, C_SHAREB, C_EXIT,
       C_PHASE, NCOLS };

static const char *phase_text(enum inn_funding_phase p)
{
	switch (p) {
	case INN_FUNDING_AWARD:
		return "award";
	case INN_FUNDING_SELF_SUSTAINING:
		return "self_sustaining";
	case INN_FUNDING_DEFUNDED:
		return "defunded";
	case INN_FUNDING_ENDED:
		return "ended";
	case INN_FUNDING_BEFORE:
		return "before";
	default:
		return "unknown";
	}
}

static const char *bound_text(enum inn_bound b)
{
	return b == INN_BOUND_MORE_THAN ? "more_than" : b == INN_BOUND_AT_LEAST ? "at_least" : NULL;
}

static void real_or_null(struct inn_cell *c, double x)
{
	if (isnan(x))
		inn_cell_text(c, NULL);
	else
		inn_cell_real(c, x);
}

/* The chart, opened in out and written; the caller commits it with the table, both or neither. */
static int write_chart(struct inn_output *out, const char *path, const char *title, const double *years,
		       const double *fed, const double *nonfed, size_t n, bool fed_bound, struct inn_error *err)
{
	const struct inn_chart_series series[] = {
		{fed_bound ? "federal (lower bound)" : "federal", fed, false},
		{"non-federal (lower bound)", nonfed, true},
	};
	const struct inn_chart c = {
		.title = title,
		.x_label = "year",
		.y_label = "million USD a year (institutes with a known award)",
		.npoints = n,
		.x = years,
		.series = series,
		.nseries = 2,
		.x_integer = true,
		.y_scale = 1e6,
	};

	if (inn_output_open(out, path, err) < 0)
		return -1;
	inn_chart_svg(&c, out->fp);
	return 0;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	const char *ys = inn_arg(a, "year"), *chart = inn_arg(a, "chart");
	struct inn_funding_award *aw = NULL;
	struct inn_output out = {0}, chart_out = {0};
	struct inn_output *const outs[] = {&out, &chart_out};
	struct inn_model *m = NULL;
	struct inn_table t = {0};
	enum inn_format format;
	double *years = NULL, *tf = NULL, *tn = NULL;
	size_t naw, y = 0, nrows = 0;
	int first, last, ret = -1;
	bool any_fed_bound = false;
	char title[256];

	if (inn_cmd_format(a, &format, err) < 0)
		return -1;
	if (ys && (!inn_parse_count(ys, &y) || y < 1 || y > 9999))
		return inn_error_set(err, INN_EINPUT, "funding: --year needs a year, not '%s'", ys);
	if (chart && ys)
		return inn_error_set(err, INN_EINPUT, "funding: --chart draws every year: leave out --year");
	if (!(m = inn_cmd_load(a, err)) || inn_funding_awards(m, &aw, &naw, err) < 0)
		goto out;
	inn_funding_span(aw, naw, &first, &last);
	/* no award with a year: the answer is an empty table, not an error, whatever --year asks */
	size_t nyears = first == INN_NO_YEAR ? 0 : ys ? 1 : (size_t)(last - first + 1);
	if (ys)
		first = last = (int)y;
	if (!nyears)
		inn_notice("funding: no institute in %s has an award with a year: the table is empty%s", m->origin,
			   chart ? " and no chart is drawn" : "");
	years = calloc(nyears + 1, sizeof(*years));
	tf = calloc(nyears + 1, sizeof(*tf));
	tn = calloc(nyears + 1, sizeof(*tn));
	if (!years || !tf || !tn || inn_table_init(&t, columns, NCOLS, nyears * (naw + 1), err) < 0) {
		inn_error_set(err, INN_EFAIL, "funding: out of memory");
		goto out;
	}
	t.decimals = 3;
	t.rows_key = "funding";
	for (size_t k = 0; k < nyears; k++) {
		int year = first + (int)k;
		bool fed_bound = false, nonfed_bound = false;
		years[k] = year;
		for (size_t i = 0, g; i < naw; i += g) {
			g = inn_funding_group(aw + i, naw - i);
			const struct inn_node *node = &m->nodes[aw[i].node];
			struct inn_funding_year fy;
			inn_funding_in_year(aw + i, g, year, &fy);
			if (fy.phase == INN_FUNDING_BEFORE || fy.phase == INN_FUNDING_ENDED)
				continue;
			struct inn_cell *c = inn_table_cell(&t, nrows++, 0);
			inn_cell_int(&c[C_YEAR], year);
			inn_cell_text(&c[C_ID], node->id);
			c[C_ID].bare = node->id_is_int;
			inn_cell_text(&c[C_LABEL], inn_node_label(node));
			inn_cell_text(&c[C_PHASE], phase_text(fy.phase));
			/* a row whose money is not known leaves the year's totals lower bounds */
			fed_bound = fed_bound || isnan(fy.federal) || fy.federal_bound != INN_BOUND_EXACT;
			nonfed_bound = nonfed_bound || isnan(fy.non_federal) || fy.non_federal_bound != INN_BOUND_EXACT;
			if (fy.award) {
				inn_cell_text(&c[C_KIND], fy.award->kind);
				inn_cell_int(&c[C_AWARD], fy.award_year);
			}
			if (fy.phase == INN_FUNDING_UNKNOWN)
				continue; /* the rest stays null: the model gives no award to schedule */
			real_or_null(&c[C_FED], fy.federal);
			inn_cell_text(&c[C_FEDB], isnan(fy.federal) ? NULL : bound_text(fy.federal_bound));
			real_or_null(&c[C_NONFED], fy.non_federal);
			inn_cell_text(&c[C_NONFEDB], isnan(fy.non_federal) ? NULL : bound_text(fy.non_federal_bound));
			real_or_null(&c[C_SHARE], fy.share);
			inn_cell_text(&c[C_SHAREB], isnan(fy.share) || !fy.share_bound ? NULL
						    : fy.share_bound > 0 ? "at_most" : "at_least");
			c[C_EXIT] = (struct inn_cell){.type = INN_CELL_BOOL, .i = fy.past_exit};
			if (!isnan(fy.federal))
				tf[k] += fy.federal;
			if (!isnan(fy.non_federal))
				tn[k] += fy.non_federal;
		}
		struct inn_cell *c = inn_table_cell(&t, nrows++, 0);
		inn_cell_int(&c[C_YEAR], year);
		inn_cell_text(&c[C_ID], "total");
		inn_cell_text(&c[C_LABEL], "every institute, where known");
		inn_cell_real(&c[C_FED], tf[k]);
		/* a total that leaves out an amount, or adds a bound, is itself a lower bound */
		inn_cell_text(&c[C_FEDB], fed_bound ? "at_least" : NULL);
		inn_cell_real(&c[C_NONFED], tn[k]);
		inn_cell_text(&c[C_NONFEDB], nonfed_bound ? "at_least" : NULL);
		any_fed_bound = any_fed_bound || fed_bound;
	}
	t.nrows = nrows;
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"money", {.type = INN_CELL_TEXT, .text = "USD"}},
		/* last, and only when a model option narrowed the network */
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	t.meta = meta;
	t.nmeta = *view ? 3 : 2;
	inn_table_write(&t, format, out.fp);
	snprintf(title, sizeof(title), "Funding by year: %.200s", m->name ? m->name : m->origin);
	if (chart && nyears && write_chart(&chart_out, chart, title, years, tf, tn, nyears, any_fed_bound, err) < 0)
		goto out;
	/* no chart is drawn for a model without funding data: the table alone says so */
	if (inn_output_commit_all(outs, chart && nyears ? 2 : 1, err) < 0)
		goto out;
	if (chart && nyears && !inn_flag(a, "quiet") && strcmp(chart, "-") != 0)
		inn_notice("wrote %s (svg, %zu years)", chart, nyears);
	ret = 0;
out:
	inn_output_abort(&chart_out);
	inn_output_abort(&out);
	inn_table_release(&t);
	free(tn);
	free(tf);
	free(years);
	free(aw);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_funding = {
	.name = "funding",
	.run = run,
	.summary = "federal and non-federal money by institute and year",
	.usage = "[options] [MODEL]",
	.description =
		"Spread each institute's awards over the years by the seed's exit mechanism: federal money\n"
		"for Y years (default 5), level for the first L (default 2) and then down in equal steps to\n"
		"zero, so the default weights are 4, 4, 3, 2, 1 out of 14; the non-federal cost share by\n"
		"the same weights, so the stated match holds in every year, and where the model gives none,\n"
		"at least the match ratio (default 1:1) times the award. An institute's awards are its\n"
		"launch award (since, federal_funding_usd) and its 'awards' list (renewals and follow-on\n"
		"awards, each with its year); awards that overlap add up. After the last award the\n"
		"institute sustains itself (phase self_sustaining: federal 0, non-federal not known); after\n"
		"'defunded' neither side pays (defunded); after the node's 'until' it has no rows. An\n"
		"institute with no award year has empty amounts in every year. The model's exit_mechanism\n"
		"and funding_schedule and each institute's funding_schedule change the schedule (see\n"
		"docs/scenarios.md). Rows are by year, then in model order, with a total per year, marked\n"
		"at_least where an amount is a bound or not known. A model without awards gives an empty\n"
		"table and a notice.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet funding --year 2016                     the built-in 2016 model in 2016\n"
		    "  innonet funding --chart funding.svg --format csv graphs/manufacturing-usa-2025.json\n",
};
