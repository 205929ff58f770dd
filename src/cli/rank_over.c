/*
 * rank_over.c: `rank --over FROM:TO[:STEP]`: one measure in each year's network, a column a
 * year. Each year is exactly what `rank --as-of YEAR` computes (the same model options, the same
 * measure options checked on that year's network, the same tie-aware scores), so a column equals
 * that year's score column.
 */
#include "rank_over.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/output.h"
#include "innonet/ranking.h"
#include "series.h"

static const char *const key_cols[] = {"id", "label", "kind"};

size_t inn_rank_meta_head(struct inn_meta *meta, const struct inn_model *m, const struct inn_measure *measure,
			  const struct inn_measure_opts *mo)
{
	meta[0] = (struct inn_meta){"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}};
	meta[1] = (struct inn_meta){"measure", {.type = INN_CELL_TEXT, .text = measure->name}};
	meta[2] = (struct inn_meta){"normalized", {.type = INN_CELL_BOOL, .i = mo->normalized}};
	meta[3] = (struct inn_meta){"weight", {.type = mo->weight && measure->weight_use ? INN_CELL_TEXT : INN_CELL_NULL,
					       .text = mo->weight}};
	return 4;
}

int inn_rank_run_init(struct inn_rank_run *r, const struct inn_model *m, struct inn_error *err)
{
	r->scores = calloc(m->nnodes + 1, sizeof(*r->scores));
	r->keep = calloc(m->nnodes + 1, sizeof(*r->keep));
	r->rows = calloc(m->nnodes + 1, sizeof(*r->rows));
	r->nrows = 0;
	if (!r->scores || !r->keep || !r->rows)
		return inn_error_set(err, INN_EFAIL, "rank: out of memory");
	return 0;
}

int inn_rank_run_compute(struct inn_rank_run *r, const struct inn_args *a, struct inn_net *net,
			 const struct inn_measure *measure, struct inn_measure_opts *mo, struct inn_error *err)
{
	if (inn_measure_applies(measure, net->model) && inn_cmd_measure_check(a, net, &measure, 1, mo, err) < 0)
		return -1;
	if (inn_measure_compute(measure, net, mo, r->scores, err) != 0)
		return -1;
	inn_rank_nodes(net->model, r->scores, r->keep, r->rows, &r->nrows);
	return 0;
}

void inn_rank_run_release(struct inn_rank_run *r)
{
	free(r->rows);
	free(r->keep);
	free(r->scores);
}

/* Whether node i of m has one of the kinds of the comma-separated spec (NULL: every kind). */
static bool of_kinds(const struct inn_model *m, size_t i, const char *spec)
{
	return !spec || (m->nodes[i].kind && inn_list_has(spec, m->nodes[i].kind));
}

/* One node of the whole model across the years: where it was last, for the order of the rows. */
struct node_years {
	size_t node;      /* index in the whole model */
	size_t last;      /* 1 + the last year index it was ranked in; 0: never */
	size_t last_rank; /* its rank that year */
	size_t last_pos;  /* its place in that year's ranking (score, then id, as rank lists them) */
};

static int cmp_nodes(const void *x, const void *y)
{
	const struct node_years *a = x, *b = y;

	if (a->last != b->last)
		return a->last > b->last ? -1 : 1; /* there in later years first */
	if (a->last_pos != b->last_pos)
		return a->last_pos < b->last_pos ? -1 : 1;
	return (a->node > b->node) - (a->node < b->node);
}

/* Rank the year's network and put each node's score (and rank) into the whole model's columns. */
static int one_year(const struct inn_args *a, const struct inn_model *whole, size_t y, int year,
		    const struct inn_measure *measure, const struct inn_measure_opts *mo0, struct inn_cell *value,
		    struct inn_cell *rank, struct node_years *ny, size_t nyears, struct inn_error *err)
{
	struct inn_measure_opts mo = *mo0;
	struct inn_model *m = inn_cmd_load_year(a, whole, year, err);
	struct inn_net net = {0};
	struct inn_rank_run rr = {0};
	const struct inn_ranked *rows;
	int ret = -1;

	if (!m)
		return -1;
	if (inn_rank_run_init(&rr, m, err) < 0)
		goto out;
	for (size_t i = 0; i < m->nnodes; i++)
		rr.keep[i] = of_kinds(m, i, inn_arg(a, "kind"));
	if (inn_net_init(&net, m, err) < 0 || inn_rank_run_compute(&rr, a, &net, measure, &mo, err) < 0)
		goto out;
	rows = rr.rows;
	for (size_t r = 0; r < rr.nrows; r++) {
		size_t w;
		if (!inn_model_find(whole, m->nodes[rows[r].node].id, &w))
			continue; /* a projection's nodes are the whole model's: not reached */
		inn_cell_real(&value[w * nyears + y], rows[r].score);
		inn_cell_int(&rank[w * nyears + y], (long long)rows[r].rank);
		ny[w].last = y + 1;
		ny[w].last_rank = rows[r].rank;
		ny[w].last_pos = r;
	}
	ret = 0;
out:
	inn_net_release(&net);
	inn_rank_run_release(&rr);
	inn_model_free(m);
	return ret;
}

int inn_rank_over(const struct inn_args *a, const struct inn_measure *measure, enum inn_format format, size_t top,
		  const struct inn_measure_opts *mo, struct inn_error *err)
{
	struct inn_series s = {0};
	struct inn_model *whole = NULL;
	struct inn_cell *value = NULL, *rank = NULL;
	struct node_years *ny = NULL;
	struct inn_output out = {0};
	bool wide, *keep = NULL;
	char view_text[512], span[64];
	int ret = -1;

	if (inn_arg(a, "as-of")) {
		inn_error_set(err, INN_EINPUT, "rank: --over gives every year of its span: leave out --as-of");
		return -1;
	}
	if (inn_flag(a, "sensitivity")) {
		inn_error_set(err, INN_EINPUT, "rank: --sensitivity ranks one network: leave out --over");
		return -1;
	}
	if (!inn_series_shape("rank", inn_arg(a, "shape"), &wide, err) ||
	    inn_series_init(&s, "rank", inn_arg(a, "over"), key_cols, 3, inn_flag(a, "ranks"), err) < 0 ||
	    !(whole = inn_cmd_load_whole(a, err)))
		goto out;
	keep = calloc(whole->nnodes + 1, sizeof(*keep));
	value = calloc(whole->nnodes * s.nyears + 1, sizeof(*value));
	rank = calloc(whole->nnodes * s.nyears + 1, sizeof(*rank));
	ny = calloc(whole->nnodes + 1, sizeof(*ny));
	if (!keep || !value || !rank || !ny) {
		inn_error_set(err, INN_EFAIL, "rank: out of memory");
		goto out;
	}
	/* a kind no node of the whole network has is a typo, as in rank --kind */
	if (inn_cmd_kinds(whole, "rank", inn_arg(a, "kind"), keep, err) < 0)
		goto out;
	for (size_t i = 0; i < whole->nnodes; i++)
		ny[i].node = i;
	for (size_t y = 0; y < s.nyears; y++)
		if (one_year(a, whole, y, s.years[y], measure, mo, value, rank, ny, s.nyears, err) < 0)
			goto out;
	qsort(ny, whole->nnodes, sizeof(*ny), cmp_nodes);
	for (size_t k = 0; k < whole->nnodes && ny[k].last; k++) {
		const struct inn_node *n = &whole->nodes[ny[k].node];
		/* --top: the ranks of the last year, ties kept; nodes gone by then are not in it */
		if (top && (ny[k].last != s.nyears || ny[k].last_rank > top))
			break;
		struct inn_cell keys[3];
		size_t row;
		inn_cell_text(&keys[0], n->id);
		keys[0].bare = n->id_is_int;
		inn_cell_text(&keys[1], inn_node_label(n));
		inn_cell_text(&keys[2], n->kind);
		if (inn_series_add_row(&s, keys, &row, err) < 0)
			goto out;
		for (size_t y = 0; y < s.nyears; y++) {
			size_t at = ny[k].node * s.nyears + y;
			s.present[row * s.nyears + y] = rank[at].type != INN_CELL_NULL;
			s.values[row * s.nyears + y] = value[at];
			if (s.with_ranks)
				s.ranks[row * s.nyears + y] = rank[at];
		}
	}
	snprintf(span, sizeof(span), "%d:%d", s.years[0], s.years[s.nyears - 1]);
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	struct inn_meta meta[7];
	size_t nmeta = inn_rank_meta_head(meta, whole, measure, mo);
	meta[nmeta++] = (struct inn_meta){"over", {.type = INN_CELL_TEXT, .text = inn_arg(a, "over")}};
	meta[nmeta++] = (struct inn_meta){"shape", {.type = INN_CELL_TEXT, .text = wide ? "wide" : "long"}};
	if (*view)
		meta[nmeta++] = (struct inn_meta){"view", {.type = INN_CELL_TEXT, .text = view}};
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0 ||
	    inn_series_write(&s, wide, "score", meta, nmeta, format, out.fp, err) < 0)
		goto out;
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	free(ny);
	free(rank);
	free(value);
	free(keep);
	inn_model_free(whole);
	inn_series_release(&s);
	return ret;
}
