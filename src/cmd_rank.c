/* cmd_rank.c: `innonet rank`: nodes ordered by a centrality measure. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/output.h"
#include "innonet/ranking.h"
#include "innonet/table.h"

static const struct inn_option options[] = {
	{"by", 'b', "MEASURE", "measure to rank by (default betweenness; see below)"},
	{"kind", 'k', "KIND[,KIND]", "list only nodes of these kinds (measured on the whole network)"},
	{"top", 'n', "N", "list only ranks 1 to N (nodes tied at rank N are all listed)"},
	{"format", 'f', "FORMAT", "table (default), csv or json"},
	{"weight", 'w', "ATTR", "read the link attribute ATTR as weight (default: unweighted)"},
	{"normalized", 0, NULL, "NetworkX's normalized variant, where the measure has one"},
	{"damping", 0, "D", "PageRank damping factor (default 0.85)"},
	{"output", 'o', "FILE", "write to FILE instead of standard output ('-': stdout)"},
	INN_MODEL_OPTIONS,
};

static void list_measures(FILE *out)
{
	size_t n;
	const struct inn_measure *m = inn_measures(&n);
	char head[32], text[512];

	fputs("measures (each as the NetworkX function named; paths follow the model's direction):\n", out);
	for (size_t i = 0; i < n; i++) {
		snprintf(head, sizeof(head), "  %s", m[i].name);
		snprintf(text, sizeof(text), "%s; %s%s.", m[i].summary, m[i].weight_use ? "--weight acts as a " : "",
			 m[i].weight_use ? m[i].weight_use : "--weight is ignored");
		inn_help_wrap(out, head, 15, text);
	}
	fputs("\nScores are ranked from high to low; scores equal to within 1e-9 are ties, share a rank\n"
	      "(1, 2, 2, 4) and are listed by id. Tables show 6 decimals, CSV and JSON full precision.\n"
	      "Every measure is unweighted unless --weight is given (nx.pagerank alone reads 'weight' by\n"
	      "default: --weight weight reproduces it).\n",
	      out);
}

static int parse_opts(const struct inn_args *a, const struct inn_measure **measure, enum inn_format *format,
		      size_t *top, struct inn_measure_opts *mo, struct inn_error *err)
{
	const char *by = inn_arg(a, "by") ? inn_arg(a, "by") : "betweenness";
	const char *fmt = inn_arg(a, "format");
	const char *s;

	if (!(*measure = inn_measure_find(by)))
		return inn_error_set(err, INN_EINPUT, "rank: unknown measure '%s' (see 'innonet rank --help')", by);
	*format = INN_FORMAT_TABLE;
	if (fmt && !inn_format_parse(fmt, format))
		return inn_error_set(err, INN_EINPUT, "rank: unknown format '%s' (table, csv or json)", fmt);
	*top = 0;
	if ((s = inn_arg(a, "top")) && (!inn_parse_count(s, top) || *top == 0))
		return inn_error_set(err, INN_EINPUT, "rank: --top needs a positive whole number, not '%s'", s);
	mo->weight = inn_arg(a, "weight");
	if (mo->weight && !*mo->weight)
		return inn_error_set(err, INN_EINPUT, "rank: --weight needs an attribute name");
	mo->normalized = inn_flag(a, "normalized");
	if ((s = inn_arg(a, "damping")) && (!inn_parse_real(s, &mo->damping) || mo->damping < 0 || mo->damping > 1))
		return inn_error_set(err, INN_EINPUT, "rank: --damping needs a number from 0 to 1, not '%s'", s);
	return 0;
}

static const char *const columns[] = {"rank", "id", "label", "kind", "score"};

static int write_ranking(const struct inn_args *a, const struct inn_model *m, const struct inn_measure *measure,
			 const struct inn_measure_opts *mo, const struct inn_ranked *rows, size_t nrows,
			 enum inn_format format, struct inn_error *err)
{
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"measure", {.type = INN_CELL_TEXT, .text = measure->name}},
		{"normalized", {.type = INN_CELL_BOOL, .i = mo->normalized}},
		{"weight", {.type = mo->weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = mo->weight}},
		{"directed", {.type = INN_CELL_BOOL, .i = m->directed}},
	};
	struct inn_output out;
	struct inn_table t;
	int ret;

	if (inn_table_init(&t, columns, 5, nrows, err) < 0)
		return -1;
	t.rows_key = "ranking";
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]);
	for (size_t r = 0; r < nrows; r++) {
		const struct inn_node *n = &m->nodes[rows[r].node];
		inn_cell_int(inn_table_cell(&t, r, 0), (long long)rows[r].rank);
		inn_cell_text(inn_table_cell(&t, r, 1), n->id);
		inn_table_cell(&t, r, 1)->bare = n->id_is_int;
		inn_cell_text(inn_table_cell(&t, r, 2), inn_node_label(n));
		inn_cell_text(inn_table_cell(&t, r, 3), n->kind);
		inn_cell_real(inn_table_cell(&t, r, 4), rows[r].score);
	}
	ret = inn_output_open(&out, inn_arg(a, "output"), a->noperands ? a->operand[0] : NULL, err);
	if (ret == 0) {
		inn_table_write(&t, format, out.fp);
		ret = inn_output_commit(&out, err);
	}
	inn_table_release(&t);
	return ret;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *measure;
	struct inn_ranked *rows = NULL;
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	enum inn_format format;
	double *scores = NULL;
	bool *keep = NULL;
	size_t top, nrows;
	int ret = -1;

	if (parse_opts(a, &measure, &format, &top, &mo, err) < 0 || !(m = inn_cmd_load(a, err)))
		goto out;
	scores = calloc(m->nnodes + 1, sizeof(*scores));
	keep = calloc(m->nnodes + 1, sizeof(*keep));
	rows = calloc(m->nnodes + 1, sizeof(*rows));
	if (!scores || !keep || !rows) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	if (inn_cmd_kinds(m, "rank", inn_arg(a, "kind"), keep, err) < 0 || inn_net_init(&net, m, err) < 0 ||
	    measure->compute(&net, &mo, scores, err) < 0)
		goto out;
	inn_rank_nodes(m, scores, keep, rows, &nrows);
	if (top)
		while (nrows > 0 && rows[nrows - 1].rank > top)
			nrows--;
	ret = write_ranking(a, m, measure, &mo, rows, nrows, format, err);
out:
	inn_net_release(&net);
	free(rows);
	free(keep);
	free(scores);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_rank = {
	.name = "rank",
	.run = run,
	.summary = "rank nodes by a centrality measure",
	.usage = "[options] [MODEL]",
	.description = "Compute a centrality measure on the whole network and list the nodes from the\n"
		       "highest score down, with columns rank, id, label, kind and score.",
	.options = options,
	.noptions = sizeof(options) / sizeof(options[0]),
	.max_operands = 1,
	.more_help = list_measures,
	.examples = "  innonet rank                                  betweenness on the built-in NNMI model\n"
		    "  innonet rank --by pagerank --kind institute   the 7 institutes by PageRank\n"
		    "  innonet rank --by degree --top 5 --format csv model.json\n",
};
