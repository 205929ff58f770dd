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
	{"year", 'y', "YEAR", "only this year (default: every year from the first award to the last exit + 1)"},
	{"format", 'f', "FORMAT", "table (default), csv or json"},
	{"output", 'o', "FILE", "write to FILE instead of standard output ('-': stdout)"},
	{"chart", 'c', "FILE", "also draw the yearly totals as an SVG line chart in FILE"},
	{"quiet", 'q', NULL, "do not report the chart written"},
	INN_MODEL_OPTIONS,
};

static const char *const columns[] = {"year",        "id",          "label",           "award_year",
				      "federal_usd", "federal_bound", "non_federal_usd", "non_federal_bound",
				      "federal_share", "share_bound", "past_exit"};
enum { C_YEAR, C_ID, C_LABEL, C_AWARD, C_FED, C_FEDB, C_NONFED, C_NONFEDB, C_SHARE, C_SHAREB, C_EXIT, NCOLS };

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
	const char *fmt = inn_arg(a, "format"), *ys = inn_arg(a, "year"), *chart = inn_arg(a, "chart");
	struct inn_funding_award *aw = NULL;
	struct inn_output out = {0}, chart_out = {0};
	struct inn_output *const outs[] = {&out, &chart_out};
	struct inn_model *m = NULL;
	struct inn_table t = {0};
	enum inn_format format = INN_FORMAT_TABLE;
	double *years = NULL, *tf = NULL, *tn = NULL;
	size_t naw, y = 0, nrows = 0;
	int first, last, ret = -1;
	bool any_fed_bound = false;
	char title[256];

	if (fmt && !inn_format_parse(fmt, &format))
		return inn_error_set(err, INN_EINPUT, "funding: unknown format '%s' (table, csv or json)", fmt);
	if (ys && (!inn_parse_count(ys, &y) || y < 1 || y > 9999))
		return inn_error_set(err, INN_EINPUT, "funding: --year needs a year, not '%s'", ys);
	if (chart && ys)
		return inn_error_set(err, INN_EINPUT, "funding: --chart draws every year: leave out --year");
	if (!(m = inn_cmd_load(a, err)) || inn_funding_awards(m, &aw, &naw, err) < 0)
		goto out;
	inn_funding_span(aw, naw, &first, &last);
	if (first == INN_NO_YEAR) {
		inn_error_set(err, INN_EINPUT, "funding: no institute in %s has a federal award and a start year", m->origin);
		goto out;
	}
	if (ys)
		first = last = (int)y;
	size_t nyears = (size_t)(last - first + 1);
	years = calloc(nyears, sizeof(*years));
	tf = calloc(nyears, sizeof(*tf));
	tn = calloc(nyears, sizeof(*tn));
	if (!years || !tf || !tn || inn_table_init(&t, columns, NCOLS, nyears * (naw + 1), err) < 0) {
		inn_error_set(err, INN_EFAIL, "funding: out of memory");
		goto out;
	}
	t.decimals = 3;
	t.rows_key = "funding";
	for (size_t k = 0; k < nyears; k++) {
		int year = first + (int)k;
		bool fed_bound = false, unknown = false;
		years[k] = year;
		for (size_t i = 0; i < naw; i++) {
			const struct inn_node *node = &m->nodes[aw[i].node];
			struct inn_funding_year fy;
			int start = aw[i].known ? aw[i].start : inn_node_more(m, node)->since;
			if (start == INN_NO_YEAR || year < start)
				continue;
			inn_funding_in_year(&aw[i], year, &fy);
			struct inn_cell *c = inn_table_cell(&t, nrows++, 0);
			inn_cell_int(&c[C_YEAR], year);
			inn_cell_text(&c[C_ID], node->id);
			c[C_ID].bare = node->id_is_int;
			inn_cell_text(&c[C_LABEL], inn_node_label(node));
			if (!aw[i].known) {
				unknown = true;
				continue; /* the rest stays null: the model gives no award to schedule */
			}
			inn_cell_int(&c[C_AWARD], fy.award_year);
			real_or_null(&c[C_FED], fy.federal);
			inn_cell_text(&c[C_FEDB], bound_text(fy.federal_bound));
			real_or_null(&c[C_NONFED], fy.non_federal);
			inn_cell_text(&c[C_NONFEDB], isnan(fy.non_federal) ? NULL : bound_text(fy.non_federal_bound));
			real_or_null(&c[C_SHARE], fy.share);
			inn_cell_text(&c[C_SHAREB], isnan(fy.share) || !fy.share_bound ? NULL
						    : fy.share_bound > 0 ? "at_most" : "at_least");
			c[C_EXIT] = (struct inn_cell){.type = INN_CELL_BOOL, .i = fy.past_exit};
			tf[k] += fy.federal;
			fed_bound = fed_bound || fy.federal_bound != INN_BOUND_EXACT;
			if (!isnan(fy.non_federal))
				tn[k] += fy.non_federal;
		}
		struct inn_cell *c = inn_table_cell(&t, nrows++, 0);
		inn_cell_int(&c[C_YEAR], year);
		inn_cell_text(&c[C_ID], "total");
		inn_cell_text(&c[C_LABEL], "institutes with a known award");
		inn_cell_real(&c[C_FED], tf[k]);
		/* a total that leaves out an institute, or adds a bound, is itself a lower bound */
		inn_cell_text(&c[C_FEDB], fed_bound || unknown ? "at_least" : NULL);
		inn_cell_real(&c[C_NONFED], tn[k]);
		inn_cell_text(&c[C_NONFEDB], "at_least");
		any_fed_bound = any_fed_bound || fed_bound || unknown;
	}
	t.nrows = nrows;
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"money", {.type = INN_CELL_TEXT, .text = "USD"}},
	};
	t.meta = meta;
	t.nmeta = 2;
	inn_table_write(&t, format, out.fp);
	snprintf(title, sizeof(title), "Funding by year: %.200s", m->name ? m->name : m->origin);
	if (chart && write_chart(&chart_out, chart, title, years, tf, tn, nyears, any_fed_bound, err) < 0)
		goto out;
	if (inn_output_commit_all(outs, chart ? 2 : 1, err) < 0)
		goto out;
	if (chart && !inn_flag(a, "quiet") && strcmp(chart, "-") != 0)
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
		"Spread each institute's federal award and non-federal cost share over the years by the\n"
		"seed's exit mechanism: federal money for Y years (default 5), level for the first L\n"
		"(default 2) and then down in equal steps to zero, so the default weights are 4, 4, 3, 2, 1\n"
		"out of 14; non-federal money evenly over the same years, and where the model gives none,\n"
		"at least the match ratio (default 1:1) times the award. The model's exit_mechanism and\n"
		"funding_schedule and each institute's funding_schedule change the schedule (see\n"
		"docs/scenarios.md). Rows are by year, then in model order, with a total per year;\n"
		"past_exit marks an institute whose federal money has ended. Lower bounds stay marked\n"
		"(federal_bound, non_federal_bound; share_bound at_most or at_least).",
	.options = options,
	.noptions = sizeof(options) / sizeof(options[0]),
	.max_operands = 1,
	.examples = "  innonet funding --year 2016                     the built-in 2016 model in 2016\n"
		    "  innonet funding --chart funding.svg --format csv graphs/manufacturing-usa-2025.json\n",
};
