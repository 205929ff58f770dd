/* cmd_rank.c: `innonet rank`: nodes ordered by a centrality measure, or every measure side by side. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/output.h"
#include "innonet/progress.h"
#include "innonet/ranking.h"
#include "innonet/table.h"

static const struct inn_option options[] = {
	{"by", 'b', "MEASURE", "measure to rank by (default betweenness; see below), 'all' or a list A,B"},
	{"kind", 'k', "KIND[,KIND]", "list only nodes of these kinds (measured on the whole network)"},
	{"top", 'n', "N", "list only ranks 1 to N (nodes tied at rank N are all listed)"},
	{"format", 'f', "FORMAT", "table (default), csv or json"},
	{"weight", 'w', "ATTR", "read the link attribute ATTR as weight (default: unweighted)"},
	{"normalized", 0, NULL, "NetworkX's normalized variant, where the measure has one"},
	{"damping", 0, "D", "PageRank damping factor (default 0.85)"},
	{"cutoff", 0, "L", "betweenness, closeness, harmonic: count only paths of length <= L"},
	{"alpha", 0, "A", "Katz attenuation factor (default 0.1)"},
	{"beta", 0, "B", "Katz weight each node starts with (default 1)"},
	{"output", 'o', "FILE", "write to FILE instead of standard output ('-': stdout)"},
	{"jobs", 'j', "N", "worker processes on large networks (default: one per core)"},
	{"samples", 0, "K", "betweenness estimated from K sampled sources (default: all)"},
	{"seed", 0, "S", "with --samples: which sources are drawn (default 1)"},
	{"scaling", 0, "HOW", "with --samples: standard (n/K, as NetworkX) or linear (see below)"},
	{"quiet", 'q', NULL, "no progress bar on a terminal"},
	INN_MODEL_OPTIONS,
};

static void list_measures(FILE *out)
{
	size_t n;
	const struct inn_measure *m = inn_measures(&n);

	fputs("measures (raw values unless --normalized; paths follow the model's direction):\n", out);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "  %-16s%s\n", m[i].name, m[i].summary);
	static const char *const notes[] = {
		"Variants: --normalized divides degree, indegree, outdegree and harmonic by n-1 (NetworkX's "
		"*_degree_centrality), gives betweenness NetworkX's default scaling and katz unit length "
		"(katz_centrality_numpy's default); closeness is always normalized; the rest have no "
		"normalized variant. --cutoff L counts only paths of length <= L (igraph's cutoff): in "
		"betweenness the shortest paths that long or shorter, in closeness and harmonic the nodes "
		"that near, closeness then being Wasserman-Faust over them. --alpha and --beta are Katz's; "
		"an alpha at which its series diverges is refused.",
		"Large networks: -j N computes betweenness, closeness and harmonic in N worker processes, "
		"each taking every N-th source (or node), their parts added in a fixed order: results "
		"equal the in-process ones (-j 1) to 1e-9, and are the same for the same -j every run. "
		"The other measures of --by all or a list run side by side in the N workers, each whole "
		"in one, so their values are the bytes of -j 1. "
		"Without -j, networks of 2000 nodes or more use one process per core. Weighted betweenness with "
		"--cutoff runs in one process. --samples K --seed S estimates betweenness from K sources "
		"drawn at random (fixed by S), scaled by n/K as nx.betweenness_centrality(k=K) does; "
		"the error shrinks as 1/sqrt(K) (docs/performance.md). --scaling linear weighs each sampled "
		"source's share of a path through v by how far v is along it (Geisberger, Sanders and Schultes "
		"2008): still unbiased, and it ranks the top nodes better at the same K; unweighted only. "
		"Work that takes more than a second "
		"shows a progress bar on stderr when it is a terminal; --quiet hides it.",
		"Weights: --weight acts as a distance in betweenness, closeness and harmonic, as a strength "
		"in strength, eigenvector, pagerank, hub, authority, katz, constraint and effective_size, "
		"and is ignored by the rest. Every measure but strength is unweighted unless --weight is "
		"given (nx.pagerank and nx.hits read 'weight' by default: --weight weight reproduces them).",
		"Direction: measures marked 'directed only' are refused on an undirected model, as NetworkX "
		"refuses in_degree_centrality there (HITS would equal eigenvector centrality, and brokerage "
		"needs a direction to tell a gatekeeper from a representative). The brokerage roles are "
		"Gould and Fernandez's, by node kind: raw counts of open two-paths a->it->b, as R's "
		"sna::brokerage gives them.",
		"Scores are ranked from high to low; scores equal to within 1e-9 are ties, share a rank "
		"(1, 2, 2, 4) and are listed by id. Tables show 6 decimals, CSV and JSON full precision; "
		"an undefined value (the constraint of an isolated node) is empty, or null in JSON.",
		"--by all lists every node in model order with id, label, kind and one column per measure "
		"that applies to the model, named as above; --by A,B,... the same with the listed measures "
		"only. docs/measures.md defines each measure.",
	};

	for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++) {
		fputc('\n', out);
		inn_help_wrap(out, "", 0, notes[i]);
	}
}

static int parse_opts(const struct inn_args *a, const struct inn_measure **measure, enum inn_format *format,
		      size_t *top, struct inn_measure_opts *mo, struct inn_error *err)
{
	const char *by = inn_arg(a, "by") ? inn_arg(a, "by") : "betweenness";
	const char *fmt = inn_arg(a, "format");
	const char *s;

	*measure = NULL; /* NULL: --by all, or a list of measures */
	if (strcmp(by, "all") != 0 && !strchr(by, ',') && !(*measure = inn_measure_find(by)))
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
	if ((s = inn_arg(a, "cutoff")) && (!inn_parse_real(s, &mo->cutoff) || mo->cutoff < 0))
		return inn_error_set(err, INN_EINPUT, "rank: --cutoff needs a number >= 0, not '%s'", s);
	if ((s = inn_arg(a, "alpha")) && (!inn_parse_real(s, &mo->alpha) || mo->alpha <= 0))
		return inn_error_set(err, INN_EINPUT, "rank: --alpha needs a positive number, not '%s'", s);
	if ((s = inn_arg(a, "beta")) && (!inn_parse_real(s, &mo->beta) || mo->beta <= 0))
		return inn_error_set(err, INN_EINPUT, "rank: --beta needs a positive number, not '%s'", s);
	if ((s = inn_arg(a, "jobs"))) {
		size_t j;
		if (!inn_parse_count(s, &j) || j == 0 || j > 1024)
			return inn_error_set(err, INN_EINPUT, "rank: -j needs a whole number from 1 to 1024, not '%s'", s);
		mo->jobs = (unsigned)j;
	} else {
		mo->jobs = 0; /* one per core on networks large enough to gain from it */
	}
	if ((s = inn_arg(a, "samples")) && (!inn_parse_count(s, &mo->samples) || mo->samples == 0))
		return inn_error_set(err, INN_EINPUT, "rank: --samples needs a positive whole number, not '%s'", s);
	mo->seed = 1;
	if ((s = inn_arg(a, "seed"))) {
		size_t seed;
		if (!inn_parse_count(s, &seed))
			return inn_error_set(err, INN_EINPUT, "rank: --seed needs a whole number, not '%s'", s);
		if (!mo->samples)
			return inn_error_set(err, INN_EINPUT, "rank: --seed needs --samples");
		mo->seed = (unsigned long)seed;
	}
	if (mo->samples && *measure && strcmp((*measure)->name, "betweenness") != 0)
		return inn_error_set(err, INN_EINPUT, "rank: --samples estimates betweenness only, not %s", by);
	if (mo->samples && mo->cutoff >= 0)
		return inn_error_set(err, INN_EINPUT, "rank: --samples and --cutoff cannot be combined");
	if ((s = inn_arg(a, "scaling"))) {
		if (strcmp(s, "linear") != 0 && strcmp(s, "standard") != 0)
			return inn_error_set(err, INN_EINPUT, "rank: --scaling is standard or linear, not '%s'", s);
		if (!mo->samples)
			return inn_error_set(err, INN_EINPUT, "rank: --scaling needs --samples");
		mo->linear = strcmp(s, "linear") == 0;
		if (mo->linear && mo->weight)
			return inn_error_set(err, INN_EINPUT, "rank: --scaling linear needs an unweighted ranking (no --weight)");
	}
	inn_progress_set_quiet(inn_flag(a, "quiet"));
	if (!*measure && *top)
		return inn_error_set(err, INN_EINPUT, "rank: --top needs a single measure, not --by %s", by);
	return 0;
}

static const char *const columns[] = {"rank", "id", "label", "kind", "score"};

/* The rows of a ranking, made as they are written: a million-node ranking is never held as text. */
struct ranking_rows {
	const struct inn_model *m;
	const struct inn_ranked *rows;
};

static void ranking_row(void *ctx, size_t r, struct inn_cell *cells)
{
	const struct ranking_rows *rr = ctx;
	const struct inn_node *n = &rr->m->nodes[rr->rows[r].node];

	inn_cell_int(&cells[0], (long long)rr->rows[r].rank);
	inn_cell_text(&cells[1], n->id);
	cells[1].bare = n->id_is_int;
	inn_cell_text(&cells[2], inn_node_label(n));
	inn_cell_text(&cells[3], n->kind);
	inn_cell_real(&cells[4], rr->rows[r].score);
}

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
		/* last, and only when sampled: an estimate must say so where the ranking is kept */
		{"samples", {.type = INN_CELL_INT, .i = (long long)mo->samples}},
		{"seed", {.type = INN_CELL_INT, .i = (long long)mo->seed}},
		{"scaling", {.type = INN_CELL_TEXT, .text = mo->linear ? "linear" : "standard"}},
	};
	struct ranking_rows rr = {m, rows};
	struct inn_output out;
	struct inn_table t;
	int ret;

	if (inn_table_init_rows(&t, columns, 5, nrows, ranking_row, &rr, err) < 0)
		return -1;
	t.rows_key = "ranking";
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (mo->samples ? 0 : 3);
	ret = inn_output_open(&out, inn_arg(a, "output"), err);
	if (ret == 0) {
		inn_table_write(&t, format, out.fp);
		ret = inn_output_commit(&out, err);
	}
	inn_table_release(&t);
	return ret;
}

/* Open the output, write the table, commit: the one way every table of this command leaves. */
static int write_table(const struct inn_args *a, const struct inn_table *t, enum inn_format format,
		       struct inn_error *err)
{
	struct inn_output out;

	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		return -1;
	inn_table_write(t, format, out.fp);
	return inn_output_commit(&out, err);
}

/* The rows of --by all: kept node r, its id, label, kind and one value per measure column. */
struct measure_rows {
	const struct inn_model *m;
	const uint32_t *node;  /* the kept nodes in model order; borrowed */
	const double *values;  /* one column of nnodes values per measure; borrowed */
	size_t nvalues;        /* measure columns */
};

static void measure_row(void *ctx, size_t r, struct inn_cell *cells)
{
	const struct measure_rows *mr = ctx;
	size_t i = mr->node[r], n = mr->m->nnodes;
	const struct inn_node *node = &mr->m->nodes[i];

	inn_cell_text(&cells[0], node->id);
	cells[0].bare = node->id_is_int;
	inn_cell_text(&cells[1], inn_node_label(node));
	inn_cell_text(&cells[2], node->kind);
	for (size_t c = 0; c < mr->nvalues; c++) /* NaN (constraint of an isolated node) prints empty / null */
		inn_cell_real(&cells[3 + c], mr->values[c * n + i]);
}

/*
 * Whether measure k of the table is one of the comma-separated names in list (NULL: --by all).
 * An unknown name in the list is an input error.
 */
static int listed(const char *list, size_t k, bool *yes, struct inn_error *err)
{
	size_t nms;
	const struct inn_measure *ms = inn_measures(&nms);

	*yes = list == NULL;
	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, ",");
		bool known = false;
		for (size_t i = 0; i < nms; i++)
			if (strlen(ms[i].name) == len && strncmp(ms[i].name, p, len) == 0)
				known = true;
		if (!known)
			return inn_error_set(err, INN_EINPUT, "rank: unknown measure '%.*s' (see 'innonet rank --help')",
					     (int)len, p);
		if (strlen(ms[k].name) == len && strncmp(ms[k].name, p, len) == 0)
			*yes = true;
		p += len + (p[len] == ',');
	}
	return 0;
}

/*
 * --by all: one row per kept node in model order, one column per measure that applies. A
 * measure undefined here (INN_MEASURE_UNDEFINED: Katz diverging at --alpha) is left out with a
 * notice; the directed-only ones are left out of undirected models silently, as documented.
 * --by A,B,...: the same table with the listed measures only (in the order of the measure
 * table), each of which must be defined on the model.
 */
static int rank_all(const struct inn_args *a, const struct inn_model *m, struct inn_net *net,
		    const struct inn_measure_opts *mo, const bool *keep, enum inn_format format,
		    struct inn_error *err)
{
	const char *list = strcmp(inn_arg(a, "by"), "all") == 0 ? NULL : inn_arg(a, "by");
	size_t nms, ncols = 3, nrows = 0, nwant = 0, n = m->nnodes;
	const struct inn_measure *ms = inn_measures(&nms);
	const char **cols = calloc(nms + 3, sizeof(*cols));
	bool *want = calloc(nms, sizeof(*want)), *done = NULL;
	const struct inn_measure **chosen = calloc(nms + 1, sizeof(*chosen));
	double *values = NULL;
	uint32_t *kept = malloc((n + 1) * sizeof(*kept));
	struct measure_rows mr = {m, kept, NULL, 0};
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"measure", {.type = INN_CELL_TEXT, .text = list ? list : "all"}},
		{"normalized", {.type = INN_CELL_BOOL, .i = mo->normalized}},
		{"weight", {.type = mo->weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = mo->weight}},
		{"directed", {.type = INN_CELL_BOOL, .i = m->directed}},
		/* last, and only when sampled: the betweenness column is then an estimate */
		{"samples", {.type = INN_CELL_INT, .i = (long long)mo->samples}},
		{"seed", {.type = INN_CELL_INT, .i = (long long)mo->seed}},
		{"scaling", {.type = INN_CELL_TEXT, .text = mo->linear ? "linear" : "standard"}},
	};
	struct inn_table t = {0};
	int ret = -1;

	if (!cols || !want || !chosen || !kept) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	cols[0] = "id";
	cols[1] = "label";
	cols[2] = "kind";
	for (size_t k = 0; k < nms; k++) {
		if (listed(list, k, &want[k], err) < 0)
			goto out;
		want[k] = want[k] && (list || inn_measure_applies(&ms[k], m));
		if (want[k])
			chosen[nwant++] = &ms[k];
	}
	/* one column of values per measure computed, not per measure known */
	if (!(values = calloc(nwant * n + 1, sizeof(*values))) || !(done = calloc(nwant + 1, sizeof(*done)))) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	/* on a large network, the measures that do not split their own work go side by side in -j workers */
	if (inn_measure_compute_shared(chosen, nwant, net, mo, inn_measure_jobs(mo, n), values, done, err) < 0)
		goto out;
	for (size_t k = 0; k < nwant; k++) {
		double *col = values + (ncols - 3) * n;
		int rc = 0;
		if (!done[k])
			rc = inn_measure_compute(chosen[k], net, mo, values + k * n, err);
		if (rc == INN_MEASURE_UNDEFINED && list)
			goto out;
		if (rc == INN_MEASURE_UNDEFINED) {
			inn_notice("rank: %s left out: %s", chosen[k]->name, err->msg);
			inn_error_init(err);
			continue;
		}
		if (rc < 0)
			goto out;
		/* a measure left out leaves no gap: the columns after it move up */
		if (col != values + k * n)
			memmove(col, values + k * n, n * sizeof(*values));
		cols[ncols++] = chosen[k]->name;
	}
	for (size_t i = 0; i < n; i++)
		if (keep[i])
			kept[nrows++] = (uint32_t)i;
	mr.values = values;
	mr.nvalues = ncols - 3;
	if (inn_table_init_rows(&t, cols, ncols, nrows, measure_row, &mr, err) < 0)
		goto out;
	t.rows_key = "nodes";
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (mo->samples ? 0 : 3);
	ret = write_table(a, &t, format, err);
out:
	inn_table_release(&t);
	free(kept);
	free(values);
	free(done);
	free(chosen);
	free(want);
	free(cols);
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
	if (inn_cmd_kinds(m, "rank", inn_arg(a, "kind"), keep, err) < 0 || inn_net_init(&net, m, err) < 0)
		goto out;
	if (!measure) {
		ret = rank_all(a, m, &net, &mo, keep, format, err);
		goto out;
	}
	if (inn_measure_compute(measure, &net, &mo, scores, err) != 0)
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
		       "highest score down, with columns rank, id, label, kind and score; or, with\n"
		       "--by all, every measure side by side.",
	.options = options,
	.noptions = sizeof(options) / sizeof(options[0]),
	.max_operands = 1,
	.more_help = list_measures,
	.examples = "  innonet rank                                  betweenness on the built-in NNMI model\n"
		    "  innonet rank --by pagerank --kind institute   the 7 institutes by PageRank\n"
		    "  innonet rank --by degree --top 5 --format csv model.json\n"
		    "  innonet rank --by all --format csv            every measure, one column each\n"
		    "  innonet rank --by degree,pagerank,coreness --format csv\n"
		    "  innonet rank --by katz --alpha 0.05 --normalized\n"
		    "  innonet rank --by betweenness --cutoff 2      brokerage over short paths only\n"
		    "  innonet rank --links big.csv -j 2 --top 20    exact betweenness in 2 processes\n"
		    "  innonet rank --links big.csv --samples 400 --seed 7 --quiet\n"
		    "                                                betweenness from 400 sampled sources\n"
		    "  innonet rank --links big.csv --samples 400 --scaling linear --top 100\n"
		    "  innonet rank --by constraint --weight weight  Burt's constraint, weighted\n"
		    "  innonet rank --project institute --by strength   institutes by what they share\n",
};
