/* cmd_rank.c: `innonet rank`: nodes ordered by a centrality measure, or every measure side by side. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/communities.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/measures.h"
#include "innonet/progress.h"
#include "innonet/ranking.h"
#include "innonet/sensitivity.h"
#include "innonet/table.h"
#include "rank_over.h"
#include "series.h"

static const struct inn_option options[] = {
	{"by", 'b', "MEASURE", "measure to rank by (default betweenness; see below), 'all' or a list A,B"},
	{"kind", 'k', "KIND[,KIND]", "list only nodes of these kinds (measured on the whole network)"},
	{"top", 'n', "N", "list only ranks 1 to N (nodes tied at rank N are all listed; 0: all, the default)"},
	INN_FORMAT_OPTION,
	INN_MEASURE_OPTIONS,
	{"cutoff", 0, "L", "betweenness, closeness, harmonic: count only paths of length <= L"},
	INN_OUTPUT_OPTION,
	{"jobs", 'j', "N", "worker processes on large networks (default: one per core)"},
	{"samples", 0, "K", "betweenness estimated from K sampled sources (default: all)"},
	{"seed", 0, "S", "with --samples or --sensitivity: what is drawn (default 1)"},
	{"scaling", 0, "HOW", "with --samples: standard (n/K, as NetworkX) or linear (see below)"},
	{"sensitivity", 0, NULL, "add best_rank and worst_rank: the range of each rank when inferred links are left out"},
	{"quiet", 'q', NULL, "no progress bar on a terminal"},
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
	INN_SERIES_OPTIONS,
	{"ranks", 0, NULL, "with --over: a rank column for each year too (rank_YEAR; \"rank\" when long)"},
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
		"without --alpha Katz uses NetworkX's 0.1 where its series converges and 0.9 over the "
		"largest eigenvalue of the adjacency matrix where it does not (said on stderr; JSON states "
		"the alpha used); a given alpha at which the series diverges is refused.",
		"Options that do not apply: an option that applies to none of the measures asked for "
		"(--normalized with constraint, --alpha with degree, --weight with coreness) is refused, "
		"naming it; with --by all or a list it is said once, naming the measures it does not reach. "
		"--weight naming an attribute no link has a number in is refused; one only some links carry "
		"is said (the others weigh 1). export and report take the same options, the same way.",
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
		"Search kernel: unweighted betweenness, closeness and harmonic on 1000 nodes or more search "
		"from several sources at once (8 a pass for betweenness, 64 for closeness and harmonic) "
		"with the best instructions the CPU has (baseline, AVX2 or AVX-512, named by --version); "
		"networks of long diameter (grids, paths), where a pass would sweep every node once per "
		"level, and smaller networks are searched one source at a time. The choice changes the time, "
		"not the values (betweenness to about 1e-15 relative; closeness and harmonic the same "
		"bytes). INNONET_KERNEL="
		"single, baseline, avx2 or avx512 forces one on any network (docs/performance.md).",
		"Weights: --weight acts as a distance in betweenness, closeness and harmonic, as a strength "
		"in strength, eigenvector, pagerank, hub, authority, katz, constraint and effective_size, "
		"and is not read by the rest. --weight-is distance or strength says what the attribute is; "
		"the measures that need the other read its inverse 1/w. Every measure but strength is "
		"unweighted unless --weight is "
		"given (nx.pagerank and nx.hits read 'weight' by default: --weight weight reproduces them).",
		"Direction: measures marked 'directed only' are refused on an undirected model, as NetworkX "
		"refuses in_degree_centrality there (HITS would equal eigenvector centrality, and brokerage "
		"needs a direction to tell a gatekeeper from a representative). The brokerage roles are "
		"Gould and Fernandez's, by node kind: raw counts of open two-paths a->it->b, as R's "
		"sna::brokerage gives them.",
		"Scores are ranked from high to low; scores equal to within 1e-9 are ties, share a rank "
		"(1, 2, 2, 4) and are listed by id. Tables show 6 decimals, CSV and JSON full precision; "
		"an undefined value (the constraint of an isolated node) is empty, or null in JSON.",
		"--sensitivity adds best_rank and worst_rank: the highest and lowest rank the node takes "
		"over the full network and the networks with the model's inferred links (\"evidence\": "
		"\"inferred\") left out, each one alone and all of them together; with more than 64 "
		"inferred links, 64 drawn by --seed (default 1) are left out alone. A node whose range is "
		"wide owes its rank to the modeller's reading, not to a source (docs/measures.md).",
		"--by all lists every node in model order with id, label, kind and one column per measure "
		"that applies to the model, named as above, then its community (innonet communities as it "
		"runs by default: Leiden, seed 1, links without direction); --by A,B,... the same with the "
		"listed measures only. docs/measures.md defines each measure.",
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
	const char *s;

	*measure = NULL; /* NULL: --by all, or a list of measures */
	if (strcmp(by, "all") != 0 && !strchr(by, ',') && !(*measure = inn_measure_find(by)))
		return inn_error_set(err, INN_EINPUT, "rank: unknown measure '%s' (see 'innonet rank --help')", by);
	if (inn_cmd_format(a, format, err) < 0)
		return -1;
	*top = 0;
	/* 0 is "all", as in diff, whatif and path: one meaning for -n everywhere */
	if ((s = inn_arg(a, "top")) && !inn_parse_count(s, top))
		return inn_error_set(err, INN_EINPUT, "rank: --top needs a whole number (0: all), not '%s'", s);
	if (inn_cmd_measure_opts(a, mo, err) < 0)
		return -1;
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
		if (!mo->samples && !inn_flag(a, "sensitivity"))
			return inn_error_set(err, INN_EINPUT, "rank: --seed needs --samples or --sensitivity");
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
	if (!*measure && inn_flag(a, "sensitivity"))
		return inn_error_set(err, INN_EINPUT, "rank: --sensitivity needs a single measure, not --by %s", by);
	if (mo->samples && inn_flag(a, "sensitivity"))
		return inn_error_set(err, INN_EINPUT, "rank: --sensitivity needs exact scores: leave out --samples");
	return 0;
}

static const char *const columns[] = {"rank", "id", "label", "kind", "score"};
/* with --sensitivity the range stands beside the rank it qualifies */
static const char *const sens_columns[] = {"rank", "best_rank", "worst_rank", "id", "label", "kind", "score"};

/* The rows of a ranking, made as they are written: a million-node ranking is never held as text. */
struct ranking_rows {
	const struct inn_model *m;
	const struct inn_ranked *rows;
	const struct inn_sensitivity *sens; /* with --sensitivity, else NULL; borrowed */
};

static void ranking_row(void *ctx, size_t r, struct inn_cell *cells)
{
	const struct ranking_rows *rr = ctx;
	const struct inn_node *n = &rr->m->nodes[rr->rows[r].node];

	inn_cell_int(&cells[0], (long long)rr->rows[r].rank);
	if (rr->sens) {
		inn_cell_int(&cells[1], (long long)rr->sens->best[rr->rows[r].node]);
		inn_cell_int(&cells[2], (long long)rr->sens->worst[rr->rows[r].node]);
		cells += 2;
	}
	inn_cell_text(&cells[1], n->id);
	cells[1].bare = n->id_is_int;
	inn_cell_text(&cells[2], inn_node_label(n));
	inn_cell_text(&cells[3], n->kind);
	inn_cell_real(&cells[4], rr->rows[r].score);
}

/* The options' values a measure with these takes was computed with, as metadata; returns how many. */
static size_t measure_meta(struct inn_meta *meta, unsigned takes, const struct inn_measure_opts *mo)
{
	size_t n = 0;

	if (mo->weight_is >= 0) /* what the weight was read as: the measures that need the other read 1/w */
		meta[n++] = (struct inn_meta){"weight_is", {.type = INN_CELL_TEXT,
							    .text = mo->weight_is == INN_WEIGHT_DISTANCE ? "distance" : "strength"}};

	if (takes & INN_TAKES_DAMPING)
		meta[n++] = (struct inn_meta){"damping", {.type = INN_CELL_REAL, .x = mo->damping}};
	if (takes & INN_TAKES_KATZ) {
		meta[n++] = (struct inn_meta){"alpha", {.type = INN_CELL_REAL, .x = mo->alpha}};
		meta[n++] = (struct inn_meta){"beta", {.type = INN_CELL_REAL, .x = mo->beta}};
	}
	if ((takes & INN_TAKES_CUTOFF) && mo->cutoff >= 0)
		meta[n++] = (struct inn_meta){"cutoff", {.type = INN_CELL_REAL, .x = mo->cutoff}};
	return n;
}

static int write_ranking(const struct inn_args *a, const struct inn_model *m, const struct inn_measure *measure,
			 const struct inn_measure_opts *mo, const struct inn_ranked *rows, size_t nrows,
			 const struct inn_sensitivity *sens, unsigned long sens_seed, enum inn_format format,
			 struct inn_error *err)
{
	const struct inn_meta sens_meta[] = {
		{"inferred_links", {.type = INN_CELL_INT, .i = sens ? (long long)sens->ninferred : 0}},
		{"networks_compared", {.type = INN_CELL_INT, .i = sens ? (long long)sens->nscenarios + 1 : 0}},
		{"sampled", {.type = INN_CELL_BOOL, .i = sens && sens->sampled}},
		{"sensitivity_seed", {.type = INN_CELL_INT, .i = (long long)sens_seed}},
	};
	struct inn_meta all_meta[24];
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	/* last, and only when sampled: an estimate must say so where the ranking is kept */
	const struct inn_meta sampled_meta[] = {
		{"samples", {.type = INN_CELL_INT, .i = (long long)mo->samples}},
		{"seed", {.type = INN_CELL_INT, .i = (long long)mo->seed}},
		{"scaling", {.type = INN_CELL_TEXT, .text = mo->linear ? "linear" : "standard"}},
	};
	struct ranking_rows rr = {m, rows, sens};
	struct inn_table t;
	size_t nmeta;
	int ret;

	if (inn_table_init_rows(&t, sens ? sens_columns : columns, sens ? 7 : 5, nrows, ranking_row, &rr, err) < 0)
		return -1;
	t.rows_key = "ranking";
	nmeta = inn_rank_meta_head(all_meta, m, measure, mo);
	all_meta[nmeta++] = (struct inn_meta){"directed", {.type = INN_CELL_BOOL, .i = m->directed}};
	/* the values the measure was computed with, where it reads them: Katz's alpha may be the default's */
	nmeta += measure_meta(all_meta + nmeta, measure->takes, mo);
	if (mo->samples) {
		memcpy(all_meta + nmeta, sampled_meta, sizeof(sampled_meta));
		nmeta += 3;
	}
	/* the sensitivity's own facts, the seed only when the singles were drawn */
	if (sens) {
		size_t extra = sens->sampled ? 4 : 3;
		memcpy(all_meta + nmeta, sens_meta, extra * sizeof(*sens_meta));
		nmeta += extra;
	}
	if (*view)
		all_meta[nmeta++] = (struct inn_meta){"view", {.type = INN_CELL_TEXT, .text = view}};
	t.meta = all_meta;
	t.nmeta = nmeta;
	ret = inn_cmd_write_table(a, &t, format, err);
	inn_table_release(&t);
	return ret;
}

/* The rows of --by all: kept node r, its id, label, kind and one value per measure column. */
struct measure_rows {
	const struct inn_model *m;
	const uint32_t *node;  /* the kept nodes in model order; borrowed */
	const double *values;  /* one column of nnodes values per measure; borrowed */
	size_t nvalues;        /* measure columns */
	const size_t *community; /* --by all: each node's community (0-based), the last column; else NULL; borrowed */
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
	if (mr->community)
		inn_cell_int(&cells[3 + mr->nvalues], (long long)mr->community[i] + 1);
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
		    struct inn_measure_opts *mo, const bool *keep, enum inn_format format,
		    struct inn_error *err)
{
	const char *list = strcmp(inn_arg(a, "by"), "all") == 0 ? NULL : inn_arg(a, "by");
	size_t nms, ncols = 3, nrows = 0, nwant = 0, n = m->nnodes;
	const struct inn_measure *ms = inn_measures(&nms);
	const char **cols = calloc(nms + 4, sizeof(*cols));
	bool *want = calloc(nms, sizeof(*want)), *done = NULL;
	const struct inn_measure **chosen = calloc(nms + 1, sizeof(*chosen));
	double *values = NULL;
	uint32_t *kept = malloc((n + 1) * sizeof(*kept));
	struct measure_rows mr = {m, kept, NULL, 0, NULL};
	char left_out[512] = ""; /* the measures left out, comma-separated: the JSON says what is missing */
	/* --by all ends with the communities of `innonet communities` as it runs by default */
	struct inn_community_opts co = {.method = INN_COMMUNITY_LEIDEN, .resolution = 1, .seed = 1,
					.trials = m->nnodes < 10000 ? 10 : 1};
	struct inn_partition part = {0};
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"measure", {.type = INN_CELL_TEXT, .text = list ? list : "all"}},
		{"left_out", {.type = INN_CELL_TEXT, .text = left_out}},
		{"normalized", {.type = INN_CELL_BOOL, .i = mo->normalized}},
		{"weight", {.type = mo->weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = mo->weight}},
		{"directed", {.type = INN_CELL_BOOL, .i = m->directed}},
		/* last, and only when sampled: the betweenness column is then an estimate */
		{"samples", {.type = INN_CELL_INT, .i = (long long)mo->samples}},
		{"seed", {.type = INN_CELL_INT, .i = (long long)mo->seed}},
		{"scaling", {.type = INN_CELL_TEXT, .text = mo->linear ? "linear" : "standard"}},
	};
	struct inn_meta all_meta[24];
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	unsigned takes = 0; /* what the measures computed read: their values go in the metadata */
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
	if (inn_cmd_measure_check(a, net, chosen, nwant, mo, err) < 0)
		goto out;
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
			size_t used = strlen(left_out);
			snprintf(left_out + used, sizeof(left_out) - used, "%s%s", used ? "," : "", chosen[k]->name);
			inn_error_init(err);
			continue;
		}
		if (rc < 0)
			goto out;
		/* a measure left out leaves no gap: the columns after it move up */
		if (col != values + k * n)
			memmove(col, values + k * n, n * sizeof(*values));
		cols[ncols++] = chosen[k]->name;
		takes |= chosen[k]->takes;
	}
	for (size_t i = 0; i < n; i++)
		if (keep[i])
			kept[nrows++] = (uint32_t)i;
	mr.values = values;
	mr.nvalues = ncols - 3;
	if (!list) {
		if (inn_communities(net, &co, &part, err) < 0)
			goto out;
		mr.community = part.community;
		cols[ncols++] = "community";
	}
	if (inn_table_init_rows(&t, cols, ncols, nrows, measure_row, &mr, err) < 0)
		goto out;
	t.rows_key = "nodes";
	memcpy(all_meta, meta, 6 * sizeof(*meta));
	t.nmeta = 6 + measure_meta(all_meta + 6, takes, mo);
	if (mo->samples) {
		memcpy(all_meta + t.nmeta, meta + 6, 3 * sizeof(*meta));
		t.nmeta += 3;
	}
	if (*view)
		all_meta[t.nmeta++] = (struct inn_meta){"view", {.type = INN_CELL_TEXT, .text = view}};
	t.meta = all_meta;
	ret = inn_cmd_write_table(a, &t, format, err);
out:
	inn_table_release(&t);
	inn_partition_release(&part);
	free(kept);
	free(values);
	free(done);
	free(chosen);
	free(want);
	free(cols);
	return ret;
}

/*
 * A node near the top only because the model draws membership as links to it (a programme every
 * institute is part_of) is named, so that nobody reads its place as brokerage or coordination.
 */
static void hub_notice(const struct inn_model *m, const struct inn_ranked *rows, size_t nrows)
{
	bool *hub = calloc(m->nnodes + 1, sizeof(*hub));
	size_t *members = calloc(m->nnodes + 1, sizeof(*members));

	if (hub && members && inn_model_part_of_hubs(m, hub, members) != SIZE_MAX)
		for (size_t r = 0; r < nrows && rows[r].rank <= 3; r++)
			if (hub[rows[r].node])
				inn_notice("rank: %s (rank %zu) is a hub of the model's own making: %zu of its links join it "
					   "as part_of, so its place says how the model records membership, not who brokers or "
					   "coordinates (--exclude-relation part_of ranks without those links; docs/findings.md)",
					   m->nodes[rows[r].node].id, rows[r].rank, members[rows[r].node]);
	free(hub);
	free(members);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *measure;
	struct inn_rank_run rr = {0};
	struct inn_sensitivity sens = {0};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	unsigned long sens_seed = 1;
	bool sensitivity = inn_flag(a, "sensitivity");
	enum inn_format format;
	size_t top, nrows;
	int ret = -1;

	if (parse_opts(a, &measure, &format, &top, &mo, err) < 0)
		goto out;
	if (inn_arg(a, "over")) {
		if (!measure)
			inn_error_set(err, INN_EINPUT, "rank: --over follows one measure (--by NAME), not --by %s",
				      inn_arg(a, "by"));
		else
			ret = inn_rank_over(a, measure, format, top, &mo, err);
		goto out;
	}
	if (inn_arg(a, "shape") || inn_flag(a, "ranks")) {
		inn_error_set(err, INN_EINPUT, "rank: --%s needs --over", inn_arg(a, "shape") ? "shape" : "ranks");
		goto out;
	}
	if (!(m = inn_cmd_load(a, err)) || inn_rank_run_init(&rr, m, err) < 0 ||
	    inn_cmd_kinds(m, "rank", inn_arg(a, "kind"), rr.keep, err) < 0 || inn_net_init(&net, m, err) < 0)
		goto out;
	if (!measure) {
		ret = rank_all(a, m, &net, &mo, rr.keep, format, err);
		goto out;
	}
	if (inn_rank_run_compute(&rr, a, &net, measure, &mo, err) < 0)
		goto out;
	nrows = rr.nrows;
	hub_notice(m, rr.rows, nrows);
	if (top)
		while (nrows > 0 && rr.rows[nrows - 1].rank > top)
			nrows--;
	if (sensitivity) {
		sens_seed = mo.seed;
		if (inn_sensitivity_compute(m, measure, &mo, rr.keep, sens_seed, &sens, err) < 0)
			goto out;
		if (!sens.ninferred)
			inn_notice("rank: %s has no inferred links: every rank stands on stated links alone",
				   m->origin);
	}
	ret = write_ranking(a, m, measure, &mo, rr.rows, nrows, sensitivity ? &sens : NULL, sens_seed, format, err);
out:
	inn_sensitivity_release(&sens);
	inn_net_release(&net);
	inn_rank_run_release(&rr);
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
		       "--by all, every measure side by side; with --over FROM:TO[:STEP], one measure\n"
		       "in each year's network, a column a year (each exactly --as-of YEAR's score,\n"
		       "empty before a node existed), wide or --shape long.",
	INN_OPTIONS(options),
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
		    "  innonet rank --by constraint --weight weight model.json\n"
		    "                                                Burt's constraint, weighted\n"
		    "  innonet rank --project institute --by strength   institutes by what they share\n"
		    "  innonet rank --sensitivity --top 5            how far the top ranks rest on inference\n"
		    "  innonet rank --relation sponsors,funds        brokers of the money layer alone\n"
		    "  innonet rank --within agency,office           measured among agencies and offices only\n"
		    "  innonet rank --over 2012:2025 --ranks model.json   a column a year, as --as-of YEAR\n",
};
