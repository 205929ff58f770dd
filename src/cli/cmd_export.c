/*
 * cmd_export.c: `innonet export`: the network as DOT, or drawn as SVG, PNG or PDF, with what to
 * draw (--kind, --ego, --highlight) and how (--size-by, --color-by, --label-by, --lang, ...).
 *
 * Measures, paths and cuts are computed on the whole network (after --as-of and --project);
 * --kind and --ego only choose what is drawn, as `rank --kind` only chooses what is listed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/communities.h"
#include "innonet/draw.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/measures.h"
#include "innonet/output.h"
#include "innonet/parallel.h"
#include "innonet/ranking.h"
#include "innonet/structure.h"
#include "innonet/draw_scenario.h"
#include "innonet/write.h"

#include "export_data.h"
#include "export_view.h"
#include "export_over.h"

/* Above this many nodes a drawing switches to sfdp and labels only the top-ranked nodes. */
#define LARGE_NETWORK 500
#define LARGE_LABELS 50
/* Shortest paths highlighted at most; more would only repaint the same links. */
#define MAX_PATHS 1000

static const struct inn_option options[] = {
	{"format", 'f', "FORMAT", "dot, svg, png, pdf, html, graphml, gexf, pajek, csv or json (default: from -o, else svg)"},
	INN_OUTPUT_OPTION,
	{"layout", 'l', "ENGINE", "dot (default), neato, fdp, sfdp, circo or twopi"},
	{"style", 0, "FILE", "styles from a JSON file, over the model's own `styles` section"},
	{"size-by", 0, "MEASURE", "node size from a measure (see 'innonet rank --help')"},
	{"color-by", 0, "WHAT", "fill colour by kind (default), community, or a measure on a sequential palette"},
	{"color-scale", 0, "SCALE", "how --color-by MEASURE bins values: linear (default), quantile, or log (of 1 + value)"},
	{"width-by", 0, "ATTR", "link width from a number each link carries (weight, amount_usd ...)"},
	{"width-scale", 0, "SCALE", "how --width-by maps values to widths: linear (default), quantile, or log (of 1 + value)"},
	{"label-by", 0, "ATTR", "show this node attribute as the label (nodes without it keep theirs)"},
	{"lang", 0, "LANG", "en (default) or zh: labels from label_zh, title from graph.name_zh, legend in Chinese"},
	{"cluster-by", 0, "ATTR", "group nodes with the same value of ATTR, or community, in boxes (dot and fdp)"},
	{"kind", 'k', "KIND[,KIND]", "draw only nodes of these kinds"},
	{"ego", 0, "NODE", "draw only NODE and the nodes within --radius links of it"},
	{"radius", 0, "R", "hops around --ego NODE, direction ignored (default 1)"},
	{"highlight", 0, "WHAT", "path:A:B (all shortest paths), cut:A:B (minimum node cut) or edge-cut:A:B"},
	{"ranks", 0, "MEASURES", "ranks shown in tooltips and the html view: all (default), none, or MEASURE[,MEASURE]"},
	{"title", 0, "TEXT", "the title instead of the model's name"},
	INN_MEASURE_OPTIONS,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
	{"no-legend", 0, NULL, "leave out the legend"},
	{"quiet", 'q', NULL, "do not report the file written or the switch to a large-network drawing"},
	{"scenario", 0, "FILE", "draw a scenario's after-state: removed elements greyed, cut-off nodes marked"},
	{"over", 0, "FROM:TO[:STEP]", "small multiples: a panel a year, every node at the same place in each (svg, png, pdf, dot)"},
};

static const char *const formats[] = {"dot", "svg", "png", "pdf"};

static const char *format_of(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (dot && strcmp(dot, ".gv") == 0)
		return "dot";
	for (size_t i = 0; dot && i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(dot + 1, formats[i]) == 0)
			return formats[i];
	return NULL;
}

static bool one_of(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* Everything the run allocates, released in one place. */
struct job {
	struct inn_model *m;         /* the whole network; owned */
	struct inn_model *drawn;     /* what is drawn: m itself or a selection; owned when != m */
	struct inn_style *style;     /* owned */
	struct inn_net net;          /* on m */
	bool net_ready;
	struct inn_measure_opts mo;  /* --weight, --normalized, --damping, --alpha, --beta */
	size_t *node_map;            /* drawn node -> m node; owned */
	size_t *link_map;            /* drawn link -> m link; owned */
	/* measures computed on m, by name */
	const struct inn_measure *measure[64];
	double *score[64];           /* each owned */
	size_t nmeasures;
	/* per drawn node or link; each owned */
	double *size, *color;
	double *width;               /* per drawn link: --width-by's number, NaN where it has none */
	size_t *community;           /* --color-by or --cluster-by community: 1-based */
	struct inn_export_rank *ranks;
	size_t nranks;
	size_t **rank_of;
	double **score_of;
	unsigned char *node_state, *link_state;
	bool *show_label;
	char view[1024], highlight[1024];
};

static void job_release(struct job *j)
{
	if (j->drawn != j->m)
		inn_model_free(j->drawn);
	for (size_t r = 0; r < j->nranks; r++) {
		free(j->rank_of[r]);
		free(j->score_of[r]);
	}
	free(j->rank_of);
	free(j->score_of);
	free(j->ranks);
	for (size_t k = 0; k < j->nmeasures; k++)
		free(j->score[k]);
	free(j->show_label);
	free(j->link_state);
	free(j->node_state);
	free(j->color);
	free(j->width);
	free(j->community);
	free(j->size);
	free(j->link_map);
	free(j->node_map);
	if (j->net_ready)
		inn_net_release(&j->net);
	inn_style_free(j->style);
	inn_model_free(j->m);
}

static int oom(struct inn_error *err)
{
	return inn_error_set(err, INN_EFAIL, "export: out of memory");
}

static int need_net(struct job *j, struct inn_error *err)
{
	if (j->net_ready)
		return 0;
	if (inn_net_init(&j->net, j->m, err) < 0)
		return -1;
	j->net_ready = true;
	return 0;
}

/* The scores of a measure on the whole network, computed once. */
static const double *scores(struct job *j, const struct inn_measure *me, struct inn_error *err)
{
	double *s;

	for (size_t k = 0; k < j->nmeasures; k++)
		if (j->measure[k] == me)
			return j->score[k];
	if (j->nmeasures == sizeof(j->measure) / sizeof(j->measure[0])) {
		inn_error_set(err, INN_EFAIL, "export: too many measures");
		return NULL;
	}
	if (need_net(j, err) < 0)
		return NULL;
	if (!(s = calloc(j->m->nnodes + 1, sizeof(*s)))) {
		oom(err);
		return NULL;
	}
	if (inn_measure_compute(me, &j->net, &j->mo, s, err) != 0) {
		free(s);
		return NULL;
	}
	j->measure[j->nmeasures] = me;
	j->score[j->nmeasures++] = s;
	return s;
}

/*
 * The communities of the whole network, as `innonet communities` finds them by default, for
 * each drawn node: the drawing colours or boxes the partition of the network, not of the part.
 */
static int drawn_communities(struct job *j, struct inn_error *err)
{
	struct inn_community_opts co = {.method = INN_COMMUNITY_LEIDEN, .resolution = 1, .seed = 1,
					.trials = j->m->nnodes < 10000 ? 10 : 1};
	struct inn_partition p = {0};

	int ret = -1;

	if (need_net(j, err) < 0 || inn_communities(&j->net, &co, &p, err) < 0)
		goto out;
	if (!(j->community = calloc(j->drawn->nnodes + 1, sizeof(*j->community)))) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	for (size_t i = 0; i < j->drawn->nnodes; i++)
		j->community[i] = p.community[j->node_map[i]] + 1;
	ret = 0;
out:
	inn_partition_release(&p);
	return ret;
}

/*
 * --color-scale or --width-scale (name): linear when not given, and only with the option it
 * scales (needs, which was given when by is true).
 */
static int scale_option(const char *name, const char *value, bool by, const char *needs, enum inn_color_scale *scale,
			struct inn_error *err)
{
	static const char *const scales[] = {"linear", "quantile", "log", NULL};

	if (value && !by)
		return inn_error_set(err, INN_EINPUT, "export: --%s needs %s", name, needs);
	if (value && !one_of(value, scales))
		return inn_error_set(err, INN_EINPUT, "export: --%s needs linear, quantile or log, not '%s'", name, value);
	*scale = !value || strcmp(value, "linear") == 0 ? INN_SCALE_LINEAR
		 : strcmp(value, "quantile") == 0     ? INN_SCALE_QUANTILE
						      : INN_SCALE_LOG;
	return 0;
}

static const struct inn_measure *find_measure(const char *option, const char *name, struct inn_error *err)
{
	const struct inn_measure *me = inn_measure_find(name);

	if (!me)
		inn_error_set(err, INN_EINPUT, "export: %s: unknown measure '%s' (see 'innonet rank --help')", option, name);
	return me;
}

/*
 * The measure options against the measures this drawing computes: --size-by, --color-by and the
 * tooltips' ranks (every measure that applies, unless --ranks names some or none).
 */
static int check_measure_options(const struct inn_args *a, struct job *j, const struct inn_measure *size_m,
				 const struct inn_measure *color_m, struct inn_error *err)
{
	const char *spec = inn_arg(a, "ranks") ? inn_arg(a, "ranks") : "all";
	const struct inn_measure *want[72];
	size_t n, k = 0;
	const struct inn_measure *all = inn_measures(&n);

	if (size_m)
		want[k++] = size_m;
	if (color_m)
		want[k++] = color_m;
	if (strcmp(spec, "all") == 0) {
		for (size_t i = 0; i < n && k < 72; i++)
			if (inn_measure_applies(&all[i], j->m))
				want[k++] = &all[i];
	} else if (strcmp(spec, "none") != 0) {
		for (size_t i = 0; i < n && k < 72; i++) {
			size_t len = strlen(all[i].name);
			for (const char *p = spec; *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] == ','))
				if (strncmp(p, all[i].name, len) == 0 && (p[len] == ',' || !p[len]))
					want[k++] = &all[i];
		}
	}
	if (need_net(j, err) < 0)
		return -1;
	return inn_cmd_measure_check(a, &j->net, want, k, &j->mo, err);
}

/* --- what is drawn ------------------------------------------------------------------------- */

/* keep[i] &= node i is within radius links of ego, direction ignored (breadth-first). */
static int ego_network(struct job *j, size_t ego, size_t radius, bool *keep, struct inn_error *err)
{
	size_t n = j->m->nnodes;
	size_t *dist = malloc((n + 1) * sizeof(*dist)), *queue = malloc((n + 1) * sizeof(*queue));
	uint32_t *start = NULL, *adj = NULL;
	size_t head = 0, tail = 0;
	int ret = -1;

	if (!dist || !queue) {
		oom(err);
		goto out;
	}
	/* the neighbour lists every search of innonet uses, direction ignored */
	if (need_net(j, err) < 0 || inn_net_lists(&j->net, INN_LISTS_BOTH, &start, &adj, err) < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		dist[i] = SIZE_MAX;
	dist[ego] = 0;
	queue[tail++] = ego;
	while (head < tail) {
		size_t v = queue[head++];
		if (dist[v] == radius)
			continue;
		for (uint32_t k = start[v]; k < start[v + 1]; k++)
			if (dist[adj[k]] == SIZE_MAX) {
				dist[adj[k]] = dist[v] + 1;
				queue[tail++] = adj[k];
			}
	}
	for (size_t i = 0; i < n; i++)
		keep[i] = keep[i] && dist[i] != SIZE_MAX;
	ret = 0;
out:
	free(adj);
	free(start);
	free(queue);
	free(dist);
	return ret;
}

/*
 * The two nodes of "A:B". Node ids and labels may hold colons themselves, so every split is
 * tried: exactly one must name two nodes.
 */
static int two_nodes(const struct inn_model *m, const char *what, const char *spec, size_t *a, size_t *b,
		     struct inn_error *err)
{
	size_t found = 0, len = strlen(spec);
	char *left = malloc(len + 1);

	if (!left)
		return oom(err);
	for (size_t i = 0; i < len; i++) {
		struct inn_error scratch;
		size_t x, y;
		if (spec[i] != ':')
			continue;
		memcpy(left, spec, i);
		left[i] = '\0';
		inn_error_init(&scratch);
		if (inn_cmd_node(m, "export", left, &x, &scratch) == 0 &&
		    inn_cmd_node(m, "export", spec + i + 1, &y, &scratch) == 0) {
			if (found++ == 0) {
				*a = x;
				*b = y;
			}
		}
	}
	free(left);
	if (found == 1)
		return 0;
	if (found == 0)
		return inn_error_set(err, INN_EINPUT, "export: --highlight %s:A:B: no two nodes named by '%s' in %s", what, spec,
				     m->origin);
	return inn_error_set(err, INN_EINPUT, "export: --highlight %s:A:B: '%s' can be read as %zu pairs of nodes; give ids",
			     what, spec, found);
}

static const char *name_of(const struct inn_model *m, size_t i, bool zh)
{
	const char *zh_label = inn_node_more(m, &m->nodes[i])->label_zh;

	return zh && zh_label ? zh_label : inn_node_label(&m->nodes[i]);
}

/* Mark the highlighted nodes and links of the whole network; keep[] gains them. */
static int highlight(struct job *j, const char *spec, bool zh, unsigned char *nstate, unsigned char *lstate,
		     bool *keep, struct inn_error *err)
{
	const struct inn_model *m = j->m;
	const char *colon = strchr(spec, ':');
	size_t a = 0, b = 0, size = 0;
	bool *cut = NULL, exists = true, truncated = false;
	int ret = -1;

	if (!colon || !(strncmp(spec, "path:", 5) == 0 || strncmp(spec, "cut:", 4) == 0 || strncmp(spec, "edge-cut:", 9) == 0))
		return inn_error_set(err, INN_EINPUT, "export: --highlight needs path:A:B, cut:A:B or edge-cut:A:B, not '%s'",
				     spec);
	char kind[16];
	snprintf(kind, sizeof(kind), "%.*s", (int)(colon - spec), spec);
	if (two_nodes(m, kind, colon + 1, &a, &b, err) < 0 || need_net(j, err) < 0)
		return -1;
	if (a == b)
		return inn_error_set(err, INN_EINPUT, "export: --highlight %s: the two ends are the same node '%s'", spec,
				     m->nodes[a].id);
	keep[a] = keep[b] = true;
	if (strcmp(kind, "path") == 0) {
		struct inn_paths p = {0};
		if (inn_shortest_paths(&j->net, a, b, NULL, MAX_PATHS, &p, &truncated, err) < 0)
			return -1;
		/* each path holds one link fewer than nodes, so the links number nodes - paths; with no
		 * path (B cannot be reached from A) there is no offset array at all */
		size_t nodes_on_paths = p.npaths ? p.offset[p.npaths] : 0;
		for (size_t k = 0; k < nodes_on_paths; k++)
			nstate[p.nodes[k]] = INN_DRAW_HIGHLIGHT, keep[p.nodes[k]] = true;
		for (size_t k = 0; k + p.npaths < nodes_on_paths; k++)
			lstate[p.links[k]] = INN_DRAW_HIGHLIGHT;
		/* unweighted: every shortest path has the same number of links */
		size_t steps = p.npaths ? inn_path_links(&p, 0) : 0;
		if (p.npaths == 0) {
			/* the two ends are marked, so that the legend says there is no path between them */
			nstate[a] = nstate[b] = INN_DRAW_HIGHLIGHT;
			snprintf(j->highlight, sizeof(j->highlight), zh ? "%s 到 %s 没有路径" : "no path from %s to %s",
				 name_of(m, a, zh), name_of(m, b, zh));
		}
		else if (zh)
			snprintf(j->highlight, sizeof(j->highlight), "%s 到 %s 的%s%zu 条最短路径（%zu 步）", name_of(m, a, zh),
				 name_of(m, b, zh), truncated ? "前 " : "", p.npaths, steps);
		else
			snprintf(j->highlight, sizeof(j->highlight), "%s%zu shortest path%s from %s to %s (%zu link%s each)",
				 truncated ? "the first " : "", p.npaths, p.npaths == 1 ? "" : "s", name_of(m, a, zh),
				 name_of(m, b, zh), steps, steps == 1 ? "" : "s");
		inn_paths_release(&p);
		return 0;
	}
	if (!(cut = calloc(strcmp(kind, "cut") == 0 ? m->nnodes + 1 : m->nlinks + 1, sizeof(*cut))))
		return oom(err);
	if (strcmp(kind, "cut") == 0) {
		if (inn_min_vertex_cut(&j->net, a, b, cut, &size, &exists, err) < 0)
			goto out;
		for (size_t i = 0; i < m->nnodes; i++)
			if (cut[i])
				nstate[i] = INN_DRAW_HIGHLIGHT, keep[i] = true;
	} else {
		if (inn_min_edge_cut(&j->net, a, b, cut, &size, err) < 0)
			goto out;
		for (size_t l = 0; l < m->nlinks; l++)
			if (cut[l]) {
				lstate[l] = INN_DRAW_HIGHLIGHT;
				keep[m->links[l].source] = keep[m->links[l].target] = true;
			}
	}
	if (!exists)
		snprintf(j->highlight, sizeof(j->highlight),
			 zh ? "%s 与 %s 直接相连，没有节点割" : "no node cut: %s and %s are linked directly", name_of(m, a, zh),
			 name_of(m, b, zh));
	else if (zh)
		snprintf(j->highlight, sizeof(j->highlight), "分隔 %s 与 %s 的最小%s割（%zu 个）", name_of(m, a, zh),
			 name_of(m, b, zh), strcmp(kind, "cut") == 0 ? "节点" : "连线", size);
	else
		snprintf(j->highlight, sizeof(j->highlight), "minimum %s cut between %s and %s (%zu %s%s)",
			 strcmp(kind, "cut") == 0 ? "node" : "link", name_of(m, a, zh), name_of(m, b, zh), size,
			 strcmp(kind, "cut") == 0 ? "node" : "link", size == 1 ? "" : "s");
	ret = 0;
out:
	free(cut);
	return ret;
}

/* The drawn model: m, or the nodes kept and the links between them, with the index maps. */
static int select_drawn(struct job *j, const bool *keep, struct inn_error *err)
{
	const struct inn_model *m = j->m;
	size_t nn = 0, nl = 0, *new_index;
	bool all = true;

	for (size_t i = 0; i < m->nnodes; i++)
		all = all && keep[i];
	if (!(j->node_map = malloc((m->nnodes + 1) * sizeof(size_t))) ||
	    !(j->link_map = malloc((m->nlinks + 1) * sizeof(size_t))) ||
	    !(new_index = malloc((m->nnodes + 1) * sizeof(size_t))))
		return oom(err);
	for (size_t i = 0; i < m->nnodes; i++)
		if (keep[i]) {
			new_index[i] = nn;
			j->node_map[nn++] = i;
		}
	/* inn_model_select keeps, in order, every link whose two ends are kept */
	for (size_t l = 0; l < m->nlinks; l++)
		if (keep[m->links[l].source] && keep[m->links[l].target])
			j->link_map[nl++] = l;
	free(new_index);
	if (all) {
		j->drawn = j->m;
		return 0;
	}
	if (!(j->drawn = inn_model_select(m, keep, NULL)))
		return oom(err);
	if (j->drawn->nnodes != nn || j->drawn->nlinks != nl)
		return inn_error_set(err, INN_EFAIL, "export: the selection of nodes to draw went wrong");
	return 0;
}

/* A whole-network array, by drawn node. */
static double *per_drawn(const struct job *j, const double *v)
{
	double *out = malloc((j->drawn->nnodes + 1) * sizeof(*out));

	for (size_t i = 0; out && i < j->drawn->nnodes; i++)
		out[i] = v[j->node_map[i]];
	return out;
}

/*
 * --size-by or --color-by MEASURE: its scores by drawn node into *drawn (owned by j) and the
 * scale the drawing reads them through.
 */
static int measure_scale(struct job *j, const struct inn_measure *me, double **drawn, struct inn_export_scale *scale,
			 struct inn_error *err)
{
	const double *s = scores(j, me, err);

	if (!s || !(*drawn = per_drawn(j, s))) {
		if (s)
			oom(err);
		return -1;
	}
	*scale = (struct inn_export_scale){me->name, *drawn};
	return 0;
}

/*
 * The measures of the tooltips that split no work of their own, computed side by side in the
 * worker processes `rank -j` uses (one per core from 2,000 nodes; nothing is done on smaller
 * networks or one core): on a large network they would otherwise cost as much as the drawing.
 * Each lands where scores() finds it; the others are computed there as before.
 */
static int shared_scores(struct job *j, const struct inn_measure *const *chosen, size_t count, struct inn_error *err)
{
	size_t n = j->m->nnodes, k = 0;
	const struct inn_measure *todo[64];
	double *values = NULL;
	bool done[64] = {false};
	int ret = -1;

	for (size_t r = 0; r < count && k < 64; r++)
		if (inn_measure_applies(chosen[r], j->m) && chosen[r]->share > 0)
			todo[k++] = chosen[r];
	unsigned jobs = inn_measure_jobs(&j->mo, n);
	if (k < 2 || jobs < 2 || j->nmeasures + k > sizeof(j->measure) / sizeof(j->measure[0]))
		return 0;
	if (need_net(j, err) < 0)
		return -1;
	if (!(values = calloc(k * n + 1, sizeof(*values))))
		return oom(err);
	if (inn_measure_compute_shared(todo, k, &j->net, &j->mo, jobs, values, done, err) < 0)
		goto out;
	for (size_t r = 0; r < k; r++) {
		double *s;
		if (!done[r])
			continue;
		if (!(s = malloc((n + 1) * sizeof(*s)))) {
			oom(err);
			goto out;
		}
		memcpy(s, values + r * n, n * sizeof(*s));
		j->measure[j->nmeasures] = todo[r];
		j->score[j->nmeasures++] = s;
	}
	ret = 0;
out:
	free(values);
	return ret;
}

/* Ranks by each measure of --ranks, on the whole network, for the tooltips. */
static int tooltip_ranks(struct job *j, const char *spec, struct inn_error *err)
{
	size_t n, count = 0;
	const struct inn_measure *all = inn_measures(&n);
	const struct inn_measure *chosen[64];
	struct inn_ranked *rows = NULL;
	char *copy = NULL, *save = NULL;
	int ret = -1;

	if (!spec)
		spec = "all";
	if (strcmp(spec, "none") == 0)
		return 0;
	if (strcmp(spec, "all") == 0) {
		for (size_t k = 0; k < n && count < 64; k++)
			chosen[count++] = &all[k];
	} else {
		if (!(copy = strdup(spec)))
			return oom(err);
		for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			if (count == 64 || !(chosen[count++] = find_measure("--ranks", t, err)))
				goto out;
		}
	}
	if (shared_scores(j, chosen, count, err) < 0)
		goto out;
	j->ranks = calloc(count + 1, sizeof(*j->ranks));
	j->rank_of = calloc(count + 1, sizeof(*j->rank_of));
	j->score_of = calloc(count + 1, sizeof(*j->score_of));
	rows = calloc(j->m->nnodes + 1, sizeof(*rows));
	if (!j->ranks || !j->rank_of || !j->score_of || !rows) {
		oom(err);
		goto out;
	}
	size_t *whole = calloc(j->m->nnodes + 1, sizeof(*whole));
	if (!whole) {
		oom(err);
		goto out;
	}
	for (size_t r = 0; r < count; r++) {
		/* with "all", a measure that does not apply here or cannot be computed is left out of the
		 * tooltips; a measure named with --ranks must work */
		struct inn_error skip;
		bool every = strcmp(spec, "all") == 0;
		if (every && !inn_measure_applies(chosen[r], j->m))
			continue;
		inn_error_init(&skip);
		const double *s = scores(j, chosen[r], every ? &skip : err);
		size_t nrows;
		if (!s && every && skip.status == INN_EINPUT) {
			/* not named by the user: left out of the tooltips, with one notice saying why */
			inn_notice("export: %s left out: %s", chosen[r]->name, skip.msg);
			continue;
		}
		if (!s) {
			if (every)
				*err = skip;
			free(whole);
			goto out;
		}
		inn_rank_nodes(j->m, s, NULL, rows, &nrows);
		for (size_t k = 0; k < nrows; k++)
			whole[rows[k].node] = rows[k].rank;
		size_t at = j->nranks;
		j->rank_of[at] = malloc((j->drawn->nnodes + 1) * sizeof(size_t));
		j->score_of[at] = per_drawn(j, s);
		j->nranks++;
		if (!j->rank_of[at] || !j->score_of[at]) {
			free(whole);
			oom(err);
			goto out;
		}
		for (size_t i = 0; i < j->drawn->nnodes; i++)
			j->rank_of[at][i] = whole[j->node_map[i]];
		j->ranks[at] = (struct inn_export_rank){chosen[r]->name, j->rank_of[at], j->score_of[at], nrows};
	}
	free(whole);
	ret = 0;
out:
	free(rows);
	free(copy);
	return ret;
}

/* The tooltips' ranks, computed while a large drawing is laid out (inn_render_late). */
struct late_ranks {
	struct job *j;
	const char *spec;
	struct inn_export_opts *eo;
};

static int late_ranks(void *ctx, struct inn_error *err)
{
	struct late_ranks *lr = ctx;

	if (tooltip_ranks(lr->j, lr->spec, err) < 0)
		return -1;
	lr->eo->ranks = lr->j->ranks;
	lr->eo->nranks = lr->j->nranks;
	return 0;
}

/* Large networks: the top-ranked nodes keep their labels. */
static int large_network(struct job *j, const struct inn_measure *by, const char **layout, bool layout_given,
			 bool quiet, bool tooltips, struct inn_error *err)
{
	size_t n = j->drawn->nnodes, nrows;
	struct inn_ranked *rows;
	bool *keep;
	const double *s;

	if (n <= LARGE_NETWORK)
		return 0;
	if (!by && !(by = inn_measure_find("degree")))
		return inn_error_set(err, INN_EFAIL, "export: no degree measure to rank a large network by");
	if (!(s = scores(j, by, err)))
		return -1;
	rows = calloc(j->m->nnodes + 1, sizeof(*rows));
	keep = calloc(j->m->nnodes + 1, sizeof(*keep));
	j->show_label = calloc(n + 1, sizeof(*j->show_label));
	if (!rows || !keep || !j->show_label) {
		free(rows);
		free(keep);
		return oom(err);
	}
	/* ranked among the nodes drawn, by their score on the whole network */
	for (size_t i = 0; i < n; i++)
		keep[j->node_map[i]] = true;
	inn_rank_nodes(j->m, s, keep, rows, &nrows);
	for (size_t k = 0; k < nrows && k < LARGE_LABELS; k++) {
		/* node_map is increasing: find the drawn index by binary search */
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (j->node_map[mid] < rows[k].node)
				lo = mid + 1;
			else
				hi = mid;
		}
		j->show_label[lo] = true;
	}
	free(rows);
	free(keep);
	if (!layout_given)
		*layout = "sfdp";
	if (!quiet)
		inn_notice("%zu nodes: drawn with %s%s, labels on the %d ranked highest by %s (%s)", n, *layout,
			   layout_given ? " as asked" : "", LARGE_LABELS, by->name,
			   tooltips ? "the others in tooltips" : "the others drawn small: an SVG names them in tooltips");
	return 0;
}

/*
 * --width-by ATTR: each drawn link's number under ATTR (NaN where it has none). No link of the
 * model carrying one is refused, as --weight is; some drawn links without one is said once.
 */
static int link_widths(struct job *j, const char *attr, struct inn_error *err)
{
	size_t whole = 0, drawn = 0;
	double x;

	for (size_t l = 0; l < j->m->nlinks; l++)
		whole += inn_link_number(j->m, &j->m->links[l], attr, &x);
	if (!whole)
		return inn_error_set(err, INN_EINPUT, "export: --width-by: no link of %s has a number in '%s'", j->m->origin,
				     attr);
	if (!(j->width = malloc((j->drawn->nlinks + 1) * sizeof(*j->width))))
		return oom(err);
	for (size_t l = 0; l < j->drawn->nlinks; l++) {
		if (inn_link_number(j->drawn, &j->drawn->links[l], attr, &x) && isfinite(x)) {
			j->width[l] = x;
			drawn++;
		} else {
			j->width[l] = NAN;
		}
	}
	if (drawn < j->drawn->nlinks)
		inn_notice("export: --width-by: %zu of the %zu links drawn have a number in '%s'; the others are drawn "
			   "thinnest (%g points)",
			   drawn, j->drawn->nlinks, attr, INN_WIDTH_NONE);
	return 0;
}

static void add_view(char *view, size_t size, const char *fmt, const char *what)
{
	size_t n = strlen(view);

	snprintf(view + n, size - n, "%s", n ? " · " : "");
	n = strlen(view);
	snprintf(view + n, size - n, fmt, what);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	static const char *const langs[] = {"en", "zh", NULL};
	struct inn_export_opts eo = INN_EXPORT_OPTS_INIT;
	const char *path = inn_arg(a, "output"), *format = inn_arg(a, "format");
	const char *layout = inn_arg(a, "layout"), *lang = inn_arg(a, "lang");
	const char *size_by = inn_arg(a, "size-by"), *color_by = inn_arg(a, "color-by");
	const char *color_scale = inn_arg(a, "color-scale");
	const char *width_by = inn_arg(a, "width-by"), *width_scale = inn_arg(a, "width-scale");
	const char *ego = inn_arg(a, "ego"), *radius_text = inn_arg(a, "radius");
	const char *kinds = inn_arg(a, "kind"), *hl = inn_arg(a, "highlight");
	const char *scenario = inn_arg(a, "scenario");
	const struct inn_measure *size_m = NULL, *color_m = NULL;
	bool layout_given = layout != NULL, zh, quiet = inn_flag(a, "quiet"), late;
	struct inn_output out = {0};
	struct job j = {0};
	size_t radius = 1, ego_index = 0;
	bool *keep = NULL;
	Agraph_t *g = NULL;
	int ret = -1;

	/* the data formats (GraphML, GEXF, CSV, node-link JSON) are write_*.c's */
	if (inn_export_data_wanted(format, path))
		return inn_export_data(a, err);
	/* the interactive view (html) is export_view.c's */
	if (inn_export_view_wanted(format, path))
		return inn_export_view(a, err);
	j.mo = (struct inn_measure_opts)INN_MEASURE_OPTS_INIT;
	if (inn_cmd_measure_opts(a, &j.mo, err) < 0)
		goto out;
	/* as `rank` without -j: betweenness, closeness and harmonic split their work across one
	 * worker process per core on large networks, and shared_scores() shares out the others */
	j.mo.jobs = 0;
	/* options first: a typo costs no loading */
	if (format && !one_of(format, (const char *const[]){"dot", "svg", "png", "pdf", NULL})) {
		inn_error_set(err, INN_EINPUT, "export: unknown format '%s' (dot, svg, png, pdf, html, graphml, gexf, pajek, csv or json)",
			      format);
		goto out;
	}
	if (!format && path && strcmp(path, "-") && !(format = format_of(path))) {
		inn_error_set(err, INN_EINPUT, "export: cannot tell the format of '%s': use --format dot|svg|png|pdf|html|graphml|gexf|pajek|csv|json",
			      path);
		goto out;
	}
	if (!format)
		format = "svg";
	if (layout && !one_of(layout, inn_render_engines)) {
		inn_error_set(err, INN_EINPUT, "export: unknown layout '%s' (dot, neato, fdp, sfdp, circo or twopi)", layout);
		goto out;
	}
	if (!layout)
		layout = "dot";
	if (lang && !one_of(lang, langs)) {
		inn_error_set(err, INN_EINPUT, "export: --lang needs en or zh, not '%s'", lang);
		goto out;
	}
	zh = lang && strcmp(lang, "zh") == 0;
	if (size_by && !(size_m = find_measure("--size-by", size_by, err)))
		goto out;
	if (color_by && strcmp(color_by, "kind") != 0 && strcmp(color_by, "community") != 0 &&
	    !(color_m = find_measure("--color-by", color_by, err)))
		goto out;
	if (scale_option("color-scale", color_scale, color_m != NULL, "--color-by MEASURE", &eo.color_scale, err) < 0)
		goto out;
	if (width_by && !*width_by) {
		inn_error_set(err, INN_EINPUT, "export: --width-by needs a link attribute name");
		goto out;
	}
	if (scale_option("width-scale", width_scale, width_by != NULL, "--width-by ATTR", &eo.width.scale, err) < 0)
		goto out;
	if (radius_text && (!ego || !inn_parse_count(radius_text, &radius))) {
		inn_error_set(err, INN_EINPUT, ego ? "export: --radius needs a whole number, not '%s'"
						   : "export: --radius%s needs --ego NODE",
			      ego ? radius_text : "");
		goto out;
	}
	if (inn_arg(a, "cluster-by") && strcmp(layout, "dot") != 0 && strcmp(layout, "fdp") != 0) {
		inn_error_set(err, INN_EINPUT, "export: --cluster-by needs the dot or fdp layout (%s draws no clusters)",
			      layout);
		goto out;
	}
	for (const char *opt = "label-by"; opt; opt = strcmp(opt, "label-by") == 0 ? "cluster-by" : NULL) {
		const char *v = inn_arg(a, opt);
		if (v && !*v) {
			inn_error_set(err, INN_EINPUT, "export: --%s needs an attribute name", opt);
			goto out;
		}
	}

	if (!(j.m = inn_cmd_load(a, err)) || inn_export_styles(j.m, inn_arg(a, "style"), &j.style, err) < 0)
		goto out;
	if (inn_arg(a, "over")) {
		ret = inn_export_over(a, format, layout_given ? layout : NULL, j.style, err);
		goto out;
	}
	/* a scenario draws its merged before-and-after model, removed elements greyed */
	if (scenario && inn_whatif_draw_states(&j.m, scenario, &j.node_state, &j.link_state, err) < 0)
		goto out;
	if (!(keep = calloc(j.m->nnodes + 1, sizeof(*keep))) ||
	    (!j.node_state && !(j.node_state = calloc(j.m->nnodes + 1, 1))) ||
	    (!j.link_state && !(j.link_state = calloc(j.m->nlinks + 1, 1)))) {
		oom(err);
		goto out;
	}
	/* what to draw */
	if (inn_cmd_kinds(j.m, "export", kinds, keep, err) < 0)
		goto out;
	if (inn_has_option(a, "as-of") && inn_arg(a, "as-of"))
		add_view(j.view, sizeof(j.view), zh ? "%s 年的网络" : "the network in %s", inn_arg(a, "as-of"));
	if (inn_arg(a, "relation"))
		add_view(j.view, sizeof(j.view), zh ? "关系：%s" : "relations: %s", inn_arg(a, "relation"));
	if (inn_arg(a, "exclude-relation"))
		add_view(j.view, sizeof(j.view), zh ? "不含关系：%s" : "relations other than %s", inn_arg(a, "exclude-relation"));
	if (inn_arg(a, "within"))
		add_view(j.view, sizeof(j.view), zh ? "子网络：%s" : "within %s", inn_arg(a, "within"));
	if (inn_arg(a, "project"))
		add_view(j.view, sizeof(j.view), zh ? "投影到%s" : "projected onto %s", inn_arg(a, "project"));
	if (kinds) { /* "institute,agency" as a reader writes it: "institute, agency" */
		char list[600];
		size_t used = 0;
		for (const char *p = kinds; *p && used + 3 < sizeof(list); p++) {
			list[used++] = *p;
			if (*p == ',')
				list[used++] = ' ';
		}
		list[used] = '\0';
		add_view(j.view, sizeof(j.view), zh ? "类型：%s" : "kinds: %s", list);
	}
	if (ego) {
		char what[600];
		if (inn_cmd_node(j.m, "export", ego, &ego_index, err) < 0 || ego_network(&j, ego_index, radius, keep, err) < 0)
			goto out;
		if (zh)
			snprintf(what, sizeof(what), "%s 的 %zu 步邻域", name_of(j.m, ego_index, true), radius);
		else
			snprintf(what, sizeof(what), "within %zu link%s of %s", radius, radius == 1 ? "" : "s",
				 name_of(j.m, ego_index, false));
		add_view(j.view, sizeof(j.view), "%s", what);
	}
	if (hl && highlight(&j, hl, zh, j.node_state, j.link_state, keep, err) < 0)
		goto out;
	if (select_drawn(&j, keep, err) < 0)
		goto out;
	/* states, by drawn node and link */
	for (size_t i = 0; i < j.drawn->nnodes; i++)
		j.node_state[i] = j.node_state[j.node_map[i]]; /* node_map[i] >= i: safe in place */
	for (size_t l = 0; l < j.drawn->nlinks; l++)
		j.link_state[l] = j.link_state[j.link_map[l]];
	/* how to draw it, the measures computed on the whole network with the options given */
	if (check_measure_options(a, &j, size_m, color_m, err) < 0)
		goto out;
	if ((size_m && measure_scale(&j, size_m, &j.size, &eo.size, err) < 0) ||
	    (color_m && measure_scale(&j, color_m, &j.color, &eo.color, err) < 0))
		goto out;
	if ((color_by && strcmp(color_by, "community") == 0) ||
	    (inn_arg(a, "cluster-by") && strcmp(inn_arg(a, "cluster-by"), "community") == 0)) {
		if (drawn_communities(&j, err) < 0)
			goto out;
		eo.community = j.community;
		eo.color_by_community = color_by && strcmp(color_by, "community") == 0;
	}
	if (width_by) {
		if (link_widths(&j, width_by, err) < 0)
			goto out;
		eo.width.attr = width_by;
		eo.width.value = j.width;
	}
	/*
	 * The tooltips' ranks: none in PNG and PDF, which have no tooltips; on a large SVG drawing,
	 * computed while it is laid out (the drawing child's processor and this one's), else first.
	 */
	eo.no_tooltips = strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0;
	late = strcmp(format, "svg") == 0 && j.drawn->nnodes > LARGE_NETWORK &&
	       !(inn_arg(a, "ranks") && strcmp(inn_arg(a, "ranks"), "none") == 0);
	if (late) { /* the drawing child keeps one processor busy: the measures' workers take the others */
		unsigned cores = inn_parallel_cores();
		j.mo.jobs = cores > 1 ? cores - 1 : 1;
	}
	if (!eo.no_tooltips && !late && tooltip_ranks(&j, inn_arg(a, "ranks"), err) < 0)
		goto out;
	if (large_network(&j, size_m ? size_m : color_m, &layout, layout_given, quiet, !eo.no_tooltips, err) < 0)
		goto out;
	eo.legend = !inn_flag(a, "no-legend");
	eo.title = inn_arg(a, "title");
	eo.style = j.style;
	eo.lang = lang;
	eo.label_by = inn_arg(a, "label-by");
	eo.cluster_by = inn_arg(a, "cluster-by");
	eo.ranks = j.ranks;
	eo.nranks = j.nranks;
	eo.show_label = j.show_label;
	eo.node_state = hl || scenario ? j.node_state : NULL;
	eo.link_state = hl || scenario ? j.link_state : NULL;
	eo.highlight = hl && j.highlight[0] ? j.highlight : NULL;
	eo.view = j.view[0] ? j.view : NULL;
	if (!(g = inn_dot_build(j.drawn, &eo, err)) ||
	    inn_output_open(&out, path, err) < 0)
		goto out;
	if (late) {
		struct late_ranks lr = {&j, inn_arg(a, "ranks"), &eo};
		struct inn_late_ranks how = {late_ranks, &lr, j.drawn, &eo};
		if (inn_render_late(g, layout, format, &how, out.fp, err) < 0)
			goto out;
	} else if (strcmp(format, "dot") == 0 ? inn_dot_write(g, out.fp, err)
					      : inn_render(g, layout, format, out.fp, err)) {
		goto out;
	}
	if (inn_output_commit(&out, err) < 0)
		goto out;
	if (path && strcmp(path, "-") && !quiet)
		inn_notice("wrote %s (%s, %zu node%s, %zu link%s)", path, format, j.drawn->nnodes,
				   j.drawn->nnodes == 1 ? "" : "s", j.drawn->nlinks, j.drawn->nlinks == 1 ? "" : "s");
	ret = 0;
out:
	inn_output_abort(&out);
	inn_dot_close(g);
	free(keep);
	job_release(&j);
	return ret;
}

const struct inn_command inn_cmd_export = {
	.name = "export",
	.run = run,
	.summary = "draw the network (DOT, SVG, PNG, PDF) or write it as GraphML, GEXF, CSV, JSON",
	.usage = "[options] [MODEL]",
	.description =
		"Draw the network with Graphviz, in-process: node shape and colour by kind, line style\n"
		"by relation, a title with the model's name, date and sources, and a legend made from the\n"
		"same style map. DOT output is the graph before layout, for any Graphviz program; SVG has\n"
		"tooltips with every attribute and rank, and id and class attributes for the web.\n"
		"Measures, paths and cuts are computed on the whole network; --kind, --ego and --highlight\n"
		"choose what is drawn. Networks of more than 500 nodes are drawn with sfdp and labels on\n"
		"the 50 top-ranked nodes. The same input always gives the same bytes. See docs/diagrams.md.\n"
		"graphml, gexf, pajek (.net), csv and json write the network itself with every measure\n"
		"as a node attribute, for NetworkX, igraph, Gephi, Pajek, UCINET or a spreadsheet\n"
		"(see docs/formats.md); graphml and gexf also carry the drawing's positions, colours and\n"
		"sizes (--layout chooses its engine). The other options of drawings (--kind, --ego,\n"
		"--style ...) are refused with the data formats.\n"
		"html writes the interactive view: one self-contained page (no request leaves it) drawn\n"
		"on a canvas with the same style map and legend, pan and zoom, search by id or label,\n"
		"hover to light a node's neighbours, click for its attributes, measures and provenance,\n"
		"filters by kind and relation, and a year slider showing the network as --as-of would\n"
		"in each year (when the model has since or until). Up to 500 nodes it keeps the static\n"
		"drawing's layout, beyond that igraph's Fruchterman-Reingold with grid (seeded); past\n"
		"2,000 nodes only the measures that cost about a pass over the links, unless --ranks\n"
		"names others.\n"
		"--style, --title, --lang, --ranks and --no-legend apply to it; the other drawing\n"
		"options are refused. 'innonet report' embeds this view past 500 nodes.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet export -o nnmi.svg                          the built-in model, for the web\n"
		    "  innonet export -o nnmi.pdf --lang zh                in Chinese, for print\n"
		    "  innonet export -o b.png --size-by betweenness --color-by betweenness\n"
		    "  innonet export -o q.svg --color-by betweenness --color-scale quantile\n"
		    "  innonet export -o w.svg --width-by amount_usd --width-scale log graphs/manufacturing-usa-2025.json\n"
		    "  innonet export -o amnpo.svg --ego AMNPO --radius 1 --layout neato\n"
		    "  innonet export -o cut.svg --highlight cut:DoD:companies\n"
		    "  innonet export -o agencies.svg --cluster-by lead_agency --kind institute,agency\n"
		    "  innonet export --style house.json --label-by hq_state -o states.svg\n"
		    "  innonet export --scenario examples/scenario-defund-lift.json -o lift.svg\n"
		    "  innonet export --over 2012:2025 -o growth.png model.json   a panel a year\n"
		    "  innonet export -o nnmi.graphml                     for Gephi, Cytoscape or NetworkX\n"
		    "  innonet export -o nnmi.html                        the interactive view, in a browser\n"
		    "  innonet export --format dot model.json > model.dot\n",
};
