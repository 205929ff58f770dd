/* cmd_diff.c: `innonet diff A B`: nodes, links and attributes added, removed and changed, and rank changes. */
#include <stdlib.h>
#include <string.h>

#include "innonet/agreement.h"
#include "innonet/commands.h"
#include "innonet/diff.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/measures.h"
#include "innonet/movers.h"
#include "innonet/ranking.h"
#include "innonet/sections.h"
#include "innonet/text.h"
#include "change_output.h"

static const struct inn_option options[] = {
	{"by", 'b', "MEASURE", "measure for the rank changes (default betweenness; see 'innonet rank --help')"},
	{"top", 'n', "N", "list the N largest rank changes and those tied with the N-th (default 10; 0: all)"},
	{"ignore", 0, "FIELD[,FIELD]", "leave these fields out of the attribute changes (e.g. provenance,note)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	INN_MEASURE_OPTIONS,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
};

static const char *const columns[] = {"section", "id",     "label",        "kind",       "field",
				      "before",  "after",  "score_before", "score_after"};
enum { C_SECTION, C_ID, C_LABEL, C_KIND, C_FIELD, C_BEFORE, C_AFTER, C_SB, C_SA, NCOLS };

static bool ignored(const char *list, const char *field)
{
	size_t len = strlen(field);

	for (const char *p = list; p && *p;) {
		size_t n = strcspn(p, ",");
		if (n == len && strncmp(p, field, n) == 0)
			return true;
		p += n + (p[n] == ',');
	}
	return false;
}

static void node_cells(const struct inn_model *m, struct inn_cell *c, size_t i)
{
	inn_cell_text(&c[C_ID], m->nodes[i].id);
	c[C_ID].bare = m->nodes[i].id_is_int;
	inn_cell_text(&c[C_LABEL], inn_node_label(&m->nodes[i]));
	inn_cell_text(&c[C_KIND], m->nodes[i].kind);
}

static void link_cells(struct inn_sections *r, const struct inn_model *m, struct inn_cell *c, size_t j)
{
	const struct inn_link *l = &m->links[j];

	inn_cell_text(&c[C_ID], inn_sections_pair(r, m->nodes[l->source].id, m->nodes[l->target].id, m->directed));
	inn_cell_text(&c[C_LABEL], inn_link_relation(m, l));
}

/*
 * How far the two rankings agree over the nodes in both, as `innonet agreement` measures two
 * measures: Spearman's rho and Kendall's tau-b of A's and B's scores (before: the nodes compared).
 */
static int agreement(struct inn_sections *r, const struct inn_model *a, const struct inn_diff *d,
		     const struct inn_measure *measure, const double *sa, const double *sb, const bool *both,
		     struct inn_error *err)
{
	static const char *const names[] = {"spearman", "kendall"};
	static const enum inn_agreement_method how[] = {INN_AGREE_SPEARMAN, INN_AGREE_KENDALL};
	double *xb = calloc(a->nnodes + 1, sizeof(*xb)), x;
	size_t used;
	int ret = 0;

	if (!xb)
		return inn_error_set(err, INN_EFAIL, "diff: out of memory");
	for (size_t i = 0; i < a->nnodes; i++) /* B's scores in A's node order */
		xb[i] = both[i] ? sb[d->node_in_b[i]] : 0;
	for (size_t k = 0; k < 2 && ret == 0; k++) {
		if ((ret = inn_agreement(a, sa, xb, both, how[k], 0, &x, &used, err)) < 0)
			break;
		struct inn_cell *c = inn_sections_row(r, "agreement");
		inn_cell_text(&c[C_ID], names[k]);
		inn_cell_text(&c[C_FIELD], measure->name);
		inn_cell_int(&c[C_BEFORE], (long long)used);
		inn_cell_real(&c[C_AFTER], x);
	}
	free(xb);
	return ret;
}

static int fill(struct inn_sections *r, const struct inn_model *a, const struct inn_model *b, const struct inn_diff *d,
		const struct inn_measure *measure, const struct inn_measure_opts *mo, size_t top, const char *ignore,
		struct inn_error *err)
{
	struct inn_rank_change rc = {0};
	const struct inn_mover *mv = NULL;
	size_t nmv;
	struct inn_cell *c;
	int ret = -1;

	if (inn_rank_change(&rc, "diff", a, b, d->node_in_b, measure, mo, err) < 0)
		goto out;
	mv = rc.mv;
	nmv = inn_movers_top(mv, rc.nmv, top);
	size_t rows = 11 + d->nadded_nodes + d->nremoved_nodes + d->nadded_links + d->nremoved_links + d->nchanges + nmv;
	if (inn_sections_init(r, columns, NCOLS, rows, err) < 0)
		goto out;
	static const char *const what[] = {"nodes", "links"};
	const size_t before[] = {a->nnodes, a->nlinks}, after[] = {b->nnodes, b->nlinks};
	for (size_t k = 0; k < 2; k++) {
		c = inn_sections_row(r, "summary");
		inn_cell_text(&c[C_ID], what[k]);
		inn_cell_int(&c[C_BEFORE], (long long)before[k]);
		inn_cell_int(&c[C_AFTER], (long long)after[k]);
	}
	if (agreement(r, a, d, measure, rc.sa, rc.sb, rc.ka, err) < 0)
		goto out;
	for (size_t k = 0; k < d->nadded_nodes; k++)
		node_cells(b, inn_sections_row(r, "added_node"), d->added_nodes[k]);
	for (size_t k = 0; k < d->nremoved_nodes; k++)
		node_cells(a, inn_sections_row(r, "removed_node"), d->removed_nodes[k]);
	for (size_t k = 0; k < d->nadded_links; k++)
		link_cells(r, b, inn_sections_row(r, "added_link"), d->added_links[k]);
	for (size_t k = 0; k < d->nremoved_links; k++)
		link_cells(r, a, inn_sections_row(r, "removed_link"), d->removed_links[k]);
	for (size_t k = 0; k < d->nchanges; k++) {
		const struct inn_diff_change *ch = &d->changes[k];
		if (ignored(ignore, ch->field))
			continue;
		if (ch->graph)
			c = inn_sections_row(r, "changed_graph");
		else if (ch->link)
			link_cells(r, b, c = inn_sections_row(r, "changed_link"), ch->b);
		else
			node_cells(b, c = inn_sections_row(r, "changed_node"), ch->b);
		inn_cell_text(&c[C_FIELD], ch->field);
		inn_cell_text(&c[C_BEFORE], ch->before);
		inn_cell_text(&c[C_AFTER], ch->after);
	}
	for (size_t k = 0; k < nmv; k++) {
		node_cells(b, c = inn_sections_row(r, "rank_change"), mv[k].b);
		inn_cell_text(&c[C_FIELD], measure->name);
		inn_cell_int(&c[C_BEFORE], (long long)mv[k].rank_before);
		inn_cell_int(&c[C_AFTER], (long long)mv[k].rank_after);
		inn_cell_real(&c[C_SB], mv[k].score_before);
		inn_cell_real(&c[C_SA], mv[k].score_after);
	}
	ret = 0;
out:
	inn_rank_change_release(&rc);
	return ret;
}

static void write_table(FILE *out, const struct inn_sections *r, const struct inn_model *a, const struct inn_model *b,
			const struct inn_measure *measure)
{
	static const int summary[] = {C_ID, C_BEFORE, C_AFTER}, node[] = {C_ID, C_LABEL, C_KIND},
			 link[] = {C_ID, C_LABEL}, nchange[] = {C_ID, C_FIELD, C_BEFORE, C_AFTER},
			 lchange[] = {C_ID, C_LABEL, C_FIELD, C_BEFORE, C_AFTER}, gchange[] = {C_FIELD, C_BEFORE, C_AFTER},
			 move[] = {C_ID, C_LABEL, C_KIND, C_BEFORE, C_AFTER, C_SB, C_SA}, agree[] = {C_ID, C_BEFORE, C_AFTER};
	char title[192];

	fputs("before (A): ", out);
	inn_print_plain(out, a->name ? a->name : a->origin);
	fputs("\nafter (B): ", out);
	inn_print_plain(out, b->name ? b->name : b->origin);
	fputc('\n', out);
	inn_sections_section(out, r, "summary", "summary (before: A, after: B)", summary, 3);
	inn_sections_section(out, r, "added_node", "nodes added", node, 3);
	inn_sections_section(out, r, "removed_node", "nodes removed", node, 3);
	inn_sections_section(out, r, "added_link", "links added", link, 2);
	inn_sections_section(out, r, "removed_link", "links removed", link, 2);
	snprintf(title, sizeof(title), "agreement of the rankings by %s over the nodes in both (before: nodes compared; after: the coefficient)",
		 measure->name);
	inn_sections_section(out, r, "agreement", title, agree, 3);
	inn_sections_section(out, r, "changed_graph", "graph attributes changed", gchange, 3);
	inn_sections_section(out, r, "changed_node", "node attributes changed", nchange, 4);
	inn_sections_section(out, r, "changed_link", "link attributes changed", lchange, 5);
	snprintf(title, sizeof(title), "largest rank changes by %s (before/after: rank among the nodes in both; ties at the cut included)",
		 measure->name);
	inn_sections_section(out, r, "rank_change", title, move, 7);
}

struct table_args {
	const struct inn_sections *r;
	const struct inn_model *a, *b;
	const struct inn_measure *measure;
};

static void table(void *arg, FILE *out)
{
	const struct table_args *t = arg;

	write_table(out, t->r, t->a, t->b, t->measure);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *measure;
	struct inn_model *ma = NULL, *mb = NULL;
	struct inn_sections r = {0};
	struct inn_diff d = {0};
	struct inn_args second;
	enum inn_format format;
	size_t top;
	int ret = -1;

	if (a->noperands != 2)
		return inn_error_set(err, INN_EINPUT, "diff: give two models, A and B (see 'innonet diff --help')");
	if (inn_change_options(a, "diff", &measure, &format, &top, err) < 0)
		return -1;
	/* B is loaded as A is, with the same --as-of and --project */
	second = *a;
	second.operand[0] = a->operand[1];
	if (!(ma = inn_cmd_load(a, err)) || inn_cmd_measure_prepare(a, ma, measure, &mo, err) < 0 ||
	    !(mb = inn_cmd_load(&second, err)) || inn_diff_models(ma, mb, inn_value_text, &d, err) < 0 ||
	    fill(&r, ma, mb, &d, measure, &mo, top, inn_arg(a, "ignore"), err) < 0)
		goto out;
	/* then the view, when a model option narrowed both models */
	const struct inn_meta meta[] = {
		{"before", {.type = INN_CELL_TEXT, .text = ma->name ? ma->name : ma->origin}},
		{"after", {.type = INN_CELL_TEXT, .text = mb->name ? mb->name : mb->origin}},
		{"measure", {.type = INN_CELL_TEXT, .text = measure->name}},
	};
	struct table_args t = {&r, ma, mb, measure};
	ret = inn_change_write(a, &r, format, meta, sizeof(meta) / sizeof(meta[0]), table, &t, err);
out:
	inn_sections_release(&r);
	inn_diff_release(&d);
	inn_model_free(mb);
	inn_model_free(ma);
	return ret;
}

const struct inn_command inn_cmd_diff = {
	.name = "diff",
	.run = run,
	.summary = "compare two models: what was added, removed and changed",
	.usage = "[options] A B",
	.description =
		"Compare model A (before) with model B (after). Nodes match by id; links by their ends and\n"
		"relation (either way round when both models are undirected). Lists the nodes and links\n"
		"added and removed, every field that differs on a node or link in both (values as JSON\n"
		"text, empty when absent), and the nodes whose rank by a measure changed most, ranked\n"
		"among the nodes in both, with how far the two rankings agree over those nodes\n"
		"(Spearman's rho and Kendall's tau-b, as `innonet agreement`). --as-of and --project apply to both models. CSV and JSON have\n"
		"one row per fact: section, id, label, kind, field, before, after, score_before,\n"
		"score_after.",
	INN_OPTIONS(options),
	.max_operands = 2,
	.examples = "  innonet diff graphs/nnmi-2016.json graphs/manufacturing-usa-2025.json\n"
		    "  innonet diff --ignore provenance,note --format csv old.json new.json\n"
		    "  innonet diff --as-of 2016 --by degree graphs/nnmi-2016.json graphs/manufacturing-usa-2025.json\n",
};
