/*
 * change_output.c: the options and the output's end `diff` and `whatif` share, and the rank
 * movers diff and the report's findings share (change_output.h).
 */
#include "change_output.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/output.h"
#include "innonet/ranking.h"

int inn_change_options(const struct inn_args *a, const char *cmd, const struct inn_measure **measure,
		       enum inn_format *format, size_t *top, struct inn_error *err)
{
	const char *by = inn_arg(a, "by") ? inn_arg(a, "by") : "betweenness", *s;

	*top = 10;
	if (!(*measure = inn_measure_find(by)))
		return inn_error_set(err, INN_EINPUT, "%s: unknown measure '%s' (see 'innonet rank --help')", cmd, by);
	if (inn_cmd_format(a, format, err) < 0)
		return -1;
	if ((s = inn_arg(a, "top")) && !inn_parse_count(s, top))
		return inn_error_set(err, INN_EINPUT, "%s: --top needs a whole number, not '%s'", cmd, s);
	return 0;
}

int inn_change_write(const struct inn_args *a, struct inn_sections *r, enum inn_format format,
		     const struct inn_meta *meta, size_t nmeta, void (*table)(void *arg, FILE *out), void *arg,
		     struct inn_error *err)
{
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	struct inn_meta all[16];
	struct inn_output out;

	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		return -1;
	if (format == INN_FORMAT_TABLE) {
		inn_view_line(out.fp, view); /* the view first, as every table states it */
		table(arg, out.fp);
		return inn_output_commit(&out, err);
	}
	if (nmeta > 14)
		nmeta = 14;
	memcpy(all, meta, nmeta * sizeof(*meta));
	if (*view) /* only when a model option narrowed the network */
		all[nmeta++] = (struct inn_meta){"view", {.type = INN_CELL_TEXT, .text = view}};
	all[nmeta++] = (struct inn_meta){
		"movers", {.type = INN_CELL_TEXT,
			   .text = "rank and own score changed; undefined scores never move; ties at the --top cut included"}};
	r->t.meta = all;
	r->t.nmeta = nmeta;
	inn_sections_write(r, format, out.fp);
	r->t.meta = NULL; /* all is gone when this returns */
	r->t.nmeta = 0;
	return inn_output_commit(&out, err);
}

/* Ranks of every node of m by measure, among the nodes keep marks. */
static int ranks(const char *command, const struct inn_model *m, const struct inn_measure *measure,
		 const struct inn_measure_opts *mo, const bool *keep, double *score, size_t *rank, struct inn_error *err)
{
	struct inn_ranked *rows = malloc((m->nnodes + 1) * sizeof(*rows));
	struct inn_net net = {0};
	size_t nrows;
	int ret = -1;

	if (!rows)
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", command);
	if (inn_net_init(&net, m, err) == 0 && (m->nnodes == 0 || inn_measure_compute(measure, &net, mo, score, err) == 0)) {
		inn_rank_nodes(m, score, keep, rows, &nrows);
		for (size_t r = 0; r < nrows; r++)
			rank[rows[r].node] = rows[r].rank;
		ret = 0;
	}
	inn_net_release(&net);
	free(rows);
	return ret;
}

int inn_rank_change(struct inn_rank_change *rc, const char *command, const struct inn_model *a,
		    const struct inn_model *b, const size_t *in_b, const struct inn_measure *measure,
		    const struct inn_measure_opts *mo, struct inn_error *err)
{
	rc->ka = calloc(a->nnodes + 1, sizeof(*rc->ka));
	rc->kb = calloc(b->nnodes + 1, sizeof(*rc->kb));
	rc->sa = calloc(a->nnodes + 1, sizeof(*rc->sa));
	rc->sb = calloc(b->nnodes + 1, sizeof(*rc->sb));
	rc->ra = calloc(a->nnodes + 1, sizeof(*rc->ra));
	rc->rb = calloc(b->nnodes + 1, sizeof(*rc->rb));
	if (!rc->ka || !rc->kb || !rc->sa || !rc->sb || !rc->ra || !rc->rb)
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", command);
	for (size_t i = 0; i < a->nnodes; i++)
		if (in_b[i] != SIZE_MAX)
			rc->ka[i] = rc->kb[in_b[i]] = true;
	if (ranks(command, a, measure, mo, rc->ka, rc->sa, rc->ra, err) < 0 ||
	    ranks(command, b, measure, mo, rc->kb, rc->sb, rc->rb, err) < 0)
		return -1;
	return inn_movers(a, rc->sa, rc->ra, rc->sb, rc->rb, in_b, &rc->mv, &rc->nmv, err);
}

void inn_rank_change_release(struct inn_rank_change *rc)
{
	free(rc->mv);
	free(rc->rb);
	free(rc->ra);
	free(rc->sb);
	free(rc->sa);
	free(rc->kb);
	free(rc->ka);
}
