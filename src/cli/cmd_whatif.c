/* cmd_whatif.c: `innonet whatif`: a scenario's before and after, as a table, CSV or JSON. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/load.h"
#include "innonet/measure_options.h"
#include "innonet/sections.h"
#include "innonet/table.h"
#include "innonet/text.h"
#include "innonet/whatif.h"
#include "change_output.h"

static const struct inn_option options[] = {
	{"remove", 'r', "ID[,ID]", "remove these nodes (ids or labels; a whole argument that names a node is that node; may be given again) and their links"},
	{"remove-kind", 0, "KIND[,KIND]", "remove every node of these kinds"},
	{"add", 0, "FILE", "add the nodes and links of a model file (existing nodes by id alone)"},
	{"add-format", 0, "FMT", "read --add FILE as FMT (the names of --input-format; default: from the file)"},
	{"scenario", 's', "FILE", "apply a scenario file (see docs/scenarios.md); the options above add to it"},
	{"by", 'b', "MEASURE", "measure for the rank movers (default betweenness; see 'innonet rank --help')"},
	{"top", 'n', "N", "list the N largest rank movers and those tied with the N-th (default 10; 0: all)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	INN_MEASURE_OPTIONS,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
	{"remove-link", 0, "A:B[:REL][,...]", "remove the links between A and B (ids or labels), only those of relation REL if given"},
};

static const char *const columns[] = {"section", "id",     "label",        "kind",       "detail",
				      "before",  "after",  "score_before", "score_after"};
enum { C_SECTION, C_ID, C_LABEL, C_KIND, C_DETAIL, C_BEFORE, C_AFTER, C_SB, C_SA, NCOLS };

/*
 * --remove-link A:B[:RELATION], comma-separated: each end a node's id or label, as --remove takes
 * them; the scenario refuses a pair no link joins (of that relation) when it is applied.
 */
static int add_link_removals(const struct inn_args *a, const struct inn_model *m, struct inn_scenario *s,
			     const char *list, struct inn_error *err)
{
	char *copy = strdup(list), *save = NULL;
	int ret = 0;

	if (!copy)
		return inn_error_set(err, INN_EFAIL, "whatif: out of memory");
	for (char *t = strtok_r(copy, ",", &save); t && ret == 0; t = strtok_r(NULL, ",", &save)) {
		char *b = strchr(t, ':'), *rel = b ? strchr(b + 1, ':') : NULL;
		size_t i, j;
		if (!b || b == t || !b[1] || b[1] == ':' || (rel && (!rel[1] || strchr(rel + 1, ':')))) {
			ret = inn_error_set(err, INN_EINPUT, "whatif: --remove-link needs A:B or A:B:RELATION, not '%s'", t);
			break;
		}
		*b++ = '\0';
		if (rel)
			*rel++ = '\0';
		struct inn_link_ref ref = {NULL, NULL, rel};
		if (inn_cmd_node_in(a, m, t, &i, err) < 0 || inn_cmd_node_in(a, m, b, &j, err) < 0) {
			ret = -1;
			break;
		}
		ref.source = m->nodes[i].id;
		ref.target = m->nodes[j].id;
		ret = inn_scenario_remove_link(s, &ref, err);
	}
	free(copy);
	return ret;
}

/* The scenario the options describe: the file's, with the command line's removals and additions. */
static struct inn_scenario *build_scenario(const struct inn_args *a, const struct inn_model *m, struct inn_error *err)
{
	const char *file = inn_arg(a, "scenario"), *list;
	struct inn_scenario *s;
	char *copy = NULL, *save = NULL;
	size_t i;

	s = file ? inn_scenario_load(file, err) : inn_scenario_new("command line", "whatif");
	if (!s) {
		if (!inn_error_is_set(err))
			inn_error_set(err, INN_EFAIL, "whatif: out of memory");
		return NULL;
	}
	/* each --remove on its own (a whole argument may be one label with a comma), then --remove-kind */
	size_t nremove = inn_arg_count(a, "remove");
	for (size_t step = 0; step <= nremove; step++) {
		int which = step < nremove ? 0 : 1;
		if (!(list = which ? inn_arg(a, "remove-kind") : inn_arg_nth(a, "remove", step)))
			continue;
		/* a whole argument that names one node is that node, even with a comma in its label */
		struct inn_error scratch;
		inn_error_init(&scratch);
		if (which == 0 && strchr(list, ',') && inn_cmd_node(m, "whatif", list, &i, &scratch) == 0) {
			if (inn_scenario_remove_node(s, m->nodes[i].id, err) < 0)
				goto fail;
			continue;
		}
		if (!(copy = strdup(list))) {
			inn_error_set(err, INN_EFAIL, "whatif: out of memory");
			goto fail;
		}
		save = NULL;
		for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
			/* a name on the command line may be a label: the scenario itself holds ids */
			if (which == 0 && (inn_cmd_node(m, "whatif", t, &i, err) < 0 ||
					   inn_scenario_remove_node(s, m->nodes[i].id, err) < 0))
				goto fail;
			if (which == 1 && inn_scenario_remove_kind(s, t, err) < 0)
				goto fail;
		}
		free(copy);
		copy = NULL;
	}
	if (inn_arg(a, "add-format") && !inn_arg(a, "add")) {
		inn_error_set(err, INN_EINPUT, "whatif: --add-format needs --add FILE");
		goto fail;
	}
	if ((list = inn_arg(a, "remove-link")) && add_link_removals(a, m, s, list, err) < 0)
		goto fail;
	if (inn_arg(a, "add")) {
		struct inn_model *add = inn_load_named(inn_arg(a, "add"), inn_arg(a, "add-format"), "--add-format", err);
		if (!add || inn_scenario_set_add(s, add, err) < 0)
			goto fail;
	}
	if (!file && !s->nremove && !s->nremove_kinds && !s->nremove_links && !s->add) {
		inn_error_set(err, INN_EINPUT,
			      "whatif: nothing to change: give --remove, --remove-kind, --remove-link, --add or --scenario");
		goto fail;
	}
	return s;
fail:
	free(copy);
	inn_scenario_free(s);
	return NULL;
}

static void node_cells(const struct inn_model *g, struct inn_cell *c, size_t i)
{
	const struct inn_node *n = &g->nodes[i];

	inn_cell_text(&c[C_ID], n->id);
	c[C_ID].bare = n->id_is_int;
	inn_cell_text(&c[C_LABEL], inn_node_label(n));
	inn_cell_text(&c[C_KIND], n->kind);
}

static void link_cells(struct inn_sections *r, const struct inn_model *g, struct inn_cell *c, size_t j)
{
	const struct inn_link *l = &g->links[j];

	inn_cell_text(&c[C_ID], inn_sections_pair(r, g->nodes[l->source].id, g->nodes[l->target].id, g->directed));
	inn_cell_text(&c[C_LABEL], inn_link_relation(g, l));
}

static void counts(struct inn_cell *c, size_t before, size_t after)
{
	inn_cell_int(&c[C_BEFORE], (long long)before);
	inn_cell_int(&c[C_AFTER], (long long)after);
}

static int by_node_then_pair(const void *pa, const void *pb)
{
	const size_t *a = pa, *b = pb;

	if (a[0] != b[0])
		return a[0] < b[0] ? -1 : 1;
	return (a[1] > b[1]) - (a[1] < b[1]);
}

static int fill_report(struct inn_sections *r, const struct inn_model *before, const struct inn_scenario_result *res,
		       const struct inn_whatif *w, const struct inn_measure *measure, size_t top, struct inn_error *err)
{
	const struct inn_model *g = res->merged;
	size_t nrows = 8 + w->npairs + 3 * g->nnodes + 2 * g->nlinks + w->nlost_kind + w->npairs + w->npairs +
		       w->nnew_cut_points + w->nnew_bridges + w->nmovers;
	size_t nmovers = inn_movers_top(w->movers, w->nmovers, top);
	struct inn_cell *c;

	if (inn_sections_init(r, columns, NCOLS, nrows, err) < 0)
		return -1;
	static const char *const what[] = {"nodes",   "links", "components", "largest_component",
					   "cut_off", "split", "nodes_without_kind"};
	const size_t b[] = {w->before.nodes, w->before.links, w->before.components, w->before.largest, 0, 0,
			    w->nodes_without_kind_before};
	const size_t a[] = {w->after.nodes, w->after.links,  w->after.components, w->after.largest,
			    w->ncut_off,    w->nsplit, w->nodes_without_kind_after};
	for (size_t k = 0; k < sizeof(what) / sizeof(what[0]); k++) {
		c = inn_sections_row(r, "summary");
		inn_cell_text(&c[C_ID], what[k]);
		counts(c, b[k], a[k]);
		if (k == 3) { /* after the largest component: how fragmented the rest is (keyplayer's F) */
			c = inn_sections_row(r, "summary");
			inn_cell_text(&c[C_ID], "fragmentation");
			inn_cell_real(&c[C_BEFORE], w->before.fragmentation);
			inn_cell_real(&c[C_AFTER], w->after.fragmentation);
		}
	}
	for (size_t i = 0; i < g->nnodes; i++)
		if (res->removed_node[i])
			node_cells(g, inn_sections_row(r, "removed_node"), i);
	for (size_t j = 0; j < g->nlinks; j++)
		if (res->removed_link[j] && j < res->nbefore_links)
			link_cells(r, g, inn_sections_row(r, "removed_link"), j);
	for (size_t i = res->nbefore_nodes; i < g->nnodes; i++)
		node_cells(g, inn_sections_row(r, "added_node"), i);
	for (size_t j = res->nbefore_links; j < g->nlinks; j++)
		link_cells(r, g, inn_sections_row(r, "added_link"), j);
	for (size_t j = 0; j < g->nlinks; j++) {
		if (!res->reweighted_link[j])
			continue;
		link_cells(r, g, c = inn_sections_row(r, "reweighted_link"), j);
		if (j < res->nbefore_links)
			inn_cell_real(&c[C_BEFORE], inn_link_weight(before, &before->links[j]));
		inn_cell_real(&c[C_AFTER], inn_link_weight(g, &g->links[j]));
	}
	for (int split = 0; split < 2; split++) {
		for (size_t i = 0; i < g->nnodes; i++) {
			if (!(split ? w->split[i] : w->cut_off[i]))
				continue;
			node_cells(g, c = inn_sections_row(r, split ? "split" : "cut_off"), i);
			counts(c, w->part_before[i], w->part_after[i]);
		}
	}
	for (size_t k = 0; k < w->nlost_kind; k++) {
		node_cells(g, c = inn_sections_row(r, "lost_kind_links"), w->lost_kind[k].node);
		inn_cell_text(&c[C_DETAIL], w->lost_kind[k].kind);
		counts(c, w->lost_kind[k].links, 0);
	}
	for (size_t p = 0; p < w->npairs; p++) {
		const struct inn_whatif_pair *q = &w->pairs[p];
		if (q->a != q->b || q->nodes_b_before == 0 || q->nodes_b_after != 0)
			continue;
		c = inn_sections_row(r, "kind_gone");
		inn_cell_text(&c[C_KIND], q->b);
		counts(c, q->nodes_b_before, 0);
	}
	for (size_t p = 0; p < w->npairs; p++) {
		const struct inn_whatif_pair *q = &w->pairs[p];
		/* worth a line: nodes of a that lose b, or a pair of kinds that loses every path while a remains */
		r->quiet[r->t.nrows] = q->nlost == 0 && (q->reach_before == 0 || q->reach_after > 0 ||
							 q->nodes_a_after == 0 || q->nodes_b_after == 0);
		c = inn_sections_row(r, "kind_reach");
		inn_cell_text(&c[C_LABEL], q->reach_after ? "yes" : "no");
		inn_cell_text(&c[C_KIND], q->a);
		inn_cell_text(&c[C_DETAIL], q->b);
		counts(c, q->reach_before, q->reach_after);
		for (size_t k = 0; k < q->nlost; k++) {
			node_cells(g, c = inn_sections_row(r, "lost_reach"), w->lost_reach[q->first + k]);
			inn_cell_text(&c[C_DETAIL], q->b);
		}
	}
	/* the table lists each node's lost kinds on one line */
	size_t nl = w->npairs ? w->pairs[w->npairs - 1].first + w->pairs[w->npairs - 1].nlost : 0;
	struct lost { size_t node, pair; } *ls = malloc((nl + 1) * sizeof(*ls));
	if (!ls)
		return inn_error_set(err, INN_EFAIL, "whatif: out of memory");
	for (size_t p = 0, k = 0; p < w->npairs; p++)
		for (size_t q = 0; q < w->pairs[p].nlost; q++, k++)
			ls[k] = (struct lost){w->lost_reach[w->pairs[p].first + q], p};
	qsort(ls, nl, sizeof(*ls), by_node_then_pair);
	for (size_t k = 0; k < nl;) {
		size_t e = k, len = 1;
		for (; e < nl && ls[e].node == ls[k].node; e++)
			len += strlen(w->pairs[ls[e].pair].b) + 2;
		char *kinds = inn_arena_alloc(r->arena, len);
		if (!kinds) {
			free(ls);
			return inn_error_set(err, INN_EFAIL, "whatif: out of memory");
		}
		kinds[0] = '\0';
		for (size_t q = k; q < e; q++) {
			if (q > k)
				strcat(kinds, ", ");
			strcat(kinds, w->pairs[ls[q].pair].b);
		}
		r->table_only[r->t.nrows] = true;
		node_cells(g, c = inn_sections_row(r, "lost_reach_by_node"), ls[k].node);
		inn_cell_text(&c[C_DETAIL], kinds);
		k = e;
	}
	free(ls);
	for (size_t k = 0; k < w->nnew_cut_points; k++)
		node_cells(g, inn_sections_row(r, "new_cut_point"), w->new_cut_points[k]);
	for (size_t k = 0; k < w->nnew_bridges; k++)
		link_cells(r, g, inn_sections_row(r, "new_bridge"), w->new_bridges[k]);
	for (size_t k = 0; k < nmovers; k++) {
		const struct inn_mover *mv = &w->movers[k];
		node_cells(g, c = inn_sections_row(r, "rank_move"), mv->a);
		inn_cell_text(&c[C_DETAIL], measure->name);
		counts(c, mv->rank_before, mv->rank_after);
		inn_cell_real(&c[C_SB], mv->score_before);
		inn_cell_real(&c[C_SA], mv->score_after);
	}
	return 0;
}

static void write_table(FILE *out, const struct inn_sections *r, const struct inn_whatif *w, const struct inn_scenario *s,
			const char *model, const struct inn_measure *measure)
{
	static const int summary[] = {C_ID, C_BEFORE, C_AFTER}, node[] = {C_ID, C_LABEL, C_KIND},
			 link[] = {C_ID, C_LABEL}, weight[] = {C_ID, C_LABEL, C_BEFORE, C_AFTER},
			 lost[] = {C_ID, C_LABEL, C_KIND, C_DETAIL, C_BEFORE}, reach[] = {C_KIND, C_DETAIL, C_BEFORE, C_AFTER, C_LABEL},
			 lreach[] = {C_ID, C_LABEL, C_KIND, C_DETAIL}, gone[] = {C_KIND, C_BEFORE, C_AFTER},
			 move[] = {C_ID, C_LABEL, C_KIND, C_BEFORE, C_AFTER, C_SB, C_SA},
			 part[] = {C_ID, C_LABEL, C_KIND, C_BEFORE, C_AFTER};
	char title[160];

	fputs("scenario: ", out);
	inn_print_plain(out, s->name);
	fputs("\nmodel: ", out);
	inn_print_plain(out, model);
	fputc('\n', out);
	if (s->description) {
		inn_print_plain(out, s->description);
		fputc('\n', out);
	}
	inn_sections_section(out, r, "summary", "summary", summary, 3);
	inn_sections_section(out, r, "removed_node", "removed nodes", node, 3);
	inn_sections_section(out, r, "removed_link", "removed links", link, 2);
	inn_sections_section(out, r, "added_node", "added nodes", node, 3);
	inn_sections_section(out, r, "added_link", "added links", link, 2);
	inn_sections_section(out, r, "reweighted_link", "weight changes", weight, 4);
	inn_sections_section(out, r, "cut_off",
			   "nodes cut off from the rest of their component (before: its nodes still there; after: those still with this one)",
			   part, 5);
	inn_sections_section(out, r, "split",
			   "nodes of a component split into equal largest parts (before: its nodes still there; after: those still with this one)",
			   part, 5);
	inn_sections_section(out, r, "lost_kind_links", "nodes left with no link to a kind they were linked to (detail)", lost, 5);
	inn_sections_section(out, r, "kind_gone", "kinds with no node left (before/after: nodes)", gone, 3);
	inn_sections_section(out, r, "kind_reach",
		      "pairs of kinds where nodes lose every path (before/after: nodes of kind that reach detail; label: any path left)",
		      reach, 5);
	inn_sections_section(out, r, "lost_reach_by_node",
			   "nodes that lose every path to these kinds (detail; kinds with no node left are listed above, not here)",
			   lreach, 4);
	if (w->nodes_without_kind_before || w->nodes_without_kind_after)
		fprintf(out, "\nreach between kinds leaves out the nodes without a kind: %zu before, %zu after\n",
			w->nodes_without_kind_before, w->nodes_without_kind_after);
	inn_sections_section(out, r, "new_cut_point", "new articulation points", node, 3);
	inn_sections_section(out, r, "new_bridge", "new bridges", link, 2);
	snprintf(title, sizeof(title),
		 "largest rank movers by %s (before/after: rank among the nodes in both; ties at the cut included)",
		 measure->name);
	inn_sections_section(out, r, "rank_move", title, move, 7);
}

struct table_args {
	const struct inn_sections *r;
	const struct inn_whatif *w;
	const struct inn_scenario *s;
	const char *model;
	const struct inn_measure *measure;
};

static void table(void *arg, FILE *out)
{
	const struct table_args *t = arg;

	write_table(out, t->r, t->w, t->s, t->model, t->measure);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *measure;
	struct inn_scenario_result res = {0};
	struct inn_scenario *s = NULL;
	struct inn_whatif w = {0};
	struct inn_sections r = {0};
	struct inn_model *m = NULL;
	enum inn_format format;
	size_t top;
	int ret = -1;

	if (inn_change_options(a, "whatif", &measure, &format, &top, err) < 0)
		return -1;
	if (!(m = inn_cmd_load(a, err)) || inn_cmd_measure_prepare(a, m, measure, &mo, err) < 0 ||
	    !(s = build_scenario(a, m, err)) || inn_scenario_apply(m, s, &res, err) < 0 ||
	    inn_whatif_compare(m, &res, measure, &mo, &w, err) < 0 || fill_report(&r, m, &res, &w, measure, top, err) < 0)
		goto out;
	/* then the view, when a model option narrowed the network */
	const struct inn_meta meta[] = {
		{"scenario", {.type = INN_CELL_TEXT, .text = s->name}},
		{"description", {.type = s->description ? INN_CELL_TEXT : INN_CELL_NULL, .text = s->description}},
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"measure", {.type = INN_CELL_TEXT, .text = measure->name}},
		{"paths", {.type = INN_CELL_TEXT, .text = "direction ignored"}},
		{"reach", {.type = INN_CELL_TEXT,
			   .text = "nodes without a kind left out; a kind with no node left is kind_gone, with no lost_reach rows"}},
	};
	struct table_args t = {&r, &w, s, m->name ? m->name : m->origin, measure};
	ret = inn_change_write(a, &r, format, meta, sizeof(meta) / sizeof(meta[0]), table, &t, err);
out:
	inn_sections_release(&r);
	inn_whatif_release(&w);
	inn_scenario_result_release(&res);
	inn_scenario_free(s);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_whatif = {
	.name = "whatif",
	.run = run,
	.summary = "remove or add nodes and links and report what changes",
	.usage = "[options] [MODEL]",
	.description =
		"Apply a scenario to a copy of the network (removals first, then additions, then weight\n"
		"changes; contradictions are refused) and compare before and after: nodes, links,\n"
		"components, fragmentation (keyplayer's F); the nodes cut off from the rest of their component, or in a component split\n"
		"into equal largest parts; the nodes left without any link to a kind of node they had\n"
		"links to (an institute that loses its only sponsor); for each ordered pair of kinds, how\n"
		"many nodes of the first still reach a node of the second, and which lose every path\n"
		"(nodes without a kind are left out); new articulation points and bridges; and the nodes\n"
		"whose own score changed and whose rank moved most (each network is measured as a whole,\n"
		"undefined scores rank last and never move).\n"
		"Paths ignore direction. The table lists only what changed; CSV and JSON list every\n"
		"pair of kinds, one row per fact, with the columns section, id, label, kind, detail,\n"
		"before, after, score_before and score_after.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet whatif --remove DoD                    the 2016 network without DoD\n"
		    "  innonet whatif --remove-link AMNPO:NNMI        without one link (A:B:RELATION: one relation's)\n"
		    "  innonet whatif --remove-kind national_lab --by closeness\n"
		    "  innonet whatif --scenario scenario.json --format csv graphs/manufacturing-usa-2025.json\n",
};
