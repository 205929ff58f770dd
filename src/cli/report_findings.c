/*
 * report_findings.c: the results the report's findings section states (report/report_findings.c
 * writes them): articulation points and what each cuts off, bridges, the key players of one and
 * two nodes, programme hubs of the model's own making and the brokers without them, the
 * network-level profile and, with --compare, the rank movers. Here because it needs the model,
 * analysis and report layers together.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/diff.h"
#include "innonet/graph.h"
#include "innonet/keyplayer.h"
#include "innonet/measures.h"
#include "innonet/movers.h"
#include "innonet/ranking.h"
#include "innonet/report_findings.h"
#include "innonet/structure.h"
#include "innonet/text.h"
#include "change_output.h"

#define MAX_CUTS_NAMED 5 /* articulation points whose cut-off nodes are named */
#define MAX_LOST 6       /* names listed for each */
#define TOP_MOVERS 10

static int oom(struct inn_error *err)
{
	return inn_error_set(err, INN_EFAIL, "report: out of memory");
}

static int by_cut_off(const void *pa, const void *pb)
{
	const struct inn_report_cut *a = pa, *b = pb;
	if (a->cut_off != b->cut_off)
		return a->cut_off > b->cut_off ? -1 : 1;
	return (a->node > b->node) - (a->node < b->node);
}

/* The nodes the loss of node `cut` would separate from the largest remaining part of its component. */
static int lost_nodes(const struct inn_model *m, const size_t *member, size_t cut, struct inn_report_cut *c,
		      size_t *lost, struct inn_error *err)
{
	bool *keep = malloc((m->nnodes + 1) * sizeof(*keep));
	size_t *sub = malloc((m->nnodes + 1) * sizeof(*sub)), *size = calloc(m->nnodes + 1, sizeof(*size)), count;
	struct inn_model *rest = NULL;
	struct inn_net net = {0};
	size_t big = SIZE_MAX;
	int ret = -1;

	if (!keep || !sub || !size) {
		oom(err);
		goto out;
	}
	for (size_t i = 0; i < m->nnodes; i++)
		keep[i] = i != cut;
	if (!(rest = inn_model_select(m, keep, NULL))) {
		oom(err);
		goto out;
	}
	if (inn_net_init(&net, rest, err) < 0 || inn_components(&net, false, sub, &count, err) < 0)
		goto out;
	/* rest's node j is m's node j, or j + 1 past the cut point: select keeps the order */
	for (size_t j = 0; j < rest->nnodes; j++)
		if (member[j < cut ? j : j + 1] == member[cut])
			size[sub[j]]++;
	for (size_t j = 0; j < rest->nnodes; j++)
		if (member[j < cut ? j : j + 1] == member[cut] && (big == SIZE_MAX || size[sub[j]] > size[big]))
			big = sub[j];
	c->lost = lost;
	for (size_t j = 0; j < rest->nnodes && c->nlost < MAX_LOST; j++)
		if (member[j < cut ? j : j + 1] == member[cut] && sub[j] != big)
			lost[c->nlost++] = j < cut ? j : j + 1;
	ret = 0;
out:
	inn_net_release(&net);
	inn_model_free(rest);
	free(size);
	free(sub);
	free(keep);
	return ret;
}

static int failures(struct inn_net *net, struct inn_report_findings *f, struct inn_findings_store *st,
		    struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes, count;
	size_t *csize = calloc(n + 1, sizeof(*csize)), *cut_off = calloc(n + 1, sizeof(*cut_off));
	size_t *member = calloc(n + 1, sizeof(*member));
	bool *is_cut = calloc(n + 1, sizeof(*is_cut)), *is_bridge = calloc(m->nlinks + 1, sizeof(*is_bridge));
	int ret = -1;

	st->cuts = calloc(n + 1, sizeof(*st->cuts));
	st->lost = calloc(MAX_CUTS_NAMED * MAX_LOST, sizeof(*st->lost));
	if (!csize || !cut_off || !member || !is_cut || !is_bridge || !st->cuts || !st->lost) {
		oom(err);
		goto out;
	}
	if (inn_cut_off(net, csize, cut_off, err) < 0 || inn_articulation_points(net, is_cut, err) < 0 ||
	    inn_bridges(net, is_bridge, err) < 0 || inn_components(net, false, member, &count, err) < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		if (is_cut[i])
			st->cuts[f->ncuts++] = (struct inn_report_cut){.node = i, .cut_off = cut_off[i]};
	qsort(st->cuts, f->ncuts, sizeof(*st->cuts), by_cut_off);
	for (size_t k = 0; k < f->ncuts && k < MAX_CUTS_NAMED; k++)
		if (lost_nodes(m, member, st->cuts[k].node, &st->cuts[k], st->lost + k * MAX_LOST, err) < 0)
			goto out;
	for (size_t j = 0; j < m->nlinks; j++)
		f->nbridges += is_bridge[j];
	f->cuts = st->cuts;
	ret = 0;
out:
	free(is_bridge);
	free(is_cut);
	free(member);
	free(cut_off);
	free(csize);
	return ret;
}

/* Borgatti's key players of one and two nodes, by fragmentation; a search too large is left out. */
static int keyplayers(struct inn_net *net, struct inn_report_findings *f, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	bool *none = calloc(n + 1, sizeof(*none));

	if (!none)
		return oom(err);
	if (n >= 3 && inn_fragmentation(net, none, &f->kp_base, err) < 0) {
		free(none);
		return -1;
	}
	free(none);
	for (size_t k = 1; k <= 2 && k + 2 <= n; k++) {
		struct inn_kp_opts o = {.goal = INN_KP_FRAGMENT, .k = k, .search = INN_KP_AUTO, .max_ties = 0};
		struct inn_kp_result res = {0};
		struct inn_error ignored;
		inn_error_init(&ignored);
		int rc = inn_keyplayer(net, &o, &res, &ignored);

		if (rc == 0) {
			for (size_t j = 0; j < k; j++)
				f->kp_set[k - 1][j] = res.set[j];
			f->kp_score[k - 1] = res.score;
			f->kp_tied[k - 1] = res.ntied;
			f->nkp = k;
		}
		inn_kp_result_release(&res);
		if (rc < 0)
			break; /* the report leaves out what keyplayer would refuse as too long */
	}
	return 0;
}

/*
 * Hubs of the model's own making: nodes that at least five links, and more than half of their
 * links, join as `part_of` them (a programme every institute is part of: an office with three
 * sub-offices is an organization's structure, not a membership drawn as links). Betweenness is
 * then ranked again with them left out.
 */
static int containers(const struct inn_model *m, struct inn_report_findings *f, struct inn_findings_store *st,
		      struct inn_error *err)
{
	const struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	size_t n = m->nnodes, *part = calloc(n + 1, sizeof(*part)), nrows;
	bool *keep = malloc((n + 1) * sizeof(*keep));
	struct inn_ranked *rows = malloc((n + 1) * sizeof(*rows));
	size_t *index = malloc((n + 1) * sizeof(*index));
	double *score = calloc(n + 1, sizeof(*score));
	struct inn_model *rest = NULL;
	struct inn_net net = {0};
	int ret = -1;

	st->containers = calloc(n + 1, sizeof(*st->containers));
	st->container_members = calloc(n + 1, sizeof(*st->container_members));
	st->without = calloc(16, sizeof(*st->without));
	st->without_rank = calloc(16, sizeof(*st->without_rank));
	st->without_score = calloc(16, sizeof(*st->without_score));
	if (!part || !keep || !rows || !index || !score || !st->containers || !st->container_members ||
	    !st->without || !st->without_rank || !st->without_score) {
		oom(err);
		goto out;
	}
	if (inn_model_part_of_hubs(m, keep, part) == SIZE_MAX) {
		oom(err);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		if (keep[i]) {
			st->containers[f->ncontainers] = i;
			st->container_members[f->ncontainers++] = part[i];
		}
		keep[i] = !keep[i];
	}
	f->containers = st->containers;
	f->container_members = st->container_members;
	if (!f->ncontainers || f->ncontainers == n) {
		ret = 0;
		goto out;
	}
	if (!(rest = inn_model_select(m, keep, NULL))) {
		oom(err);
		goto out;
	}
	for (size_t i = 0, j = 0; i < n; i++)
		if (keep[i])
			index[j++] = i;
	if (inn_net_init(&net, rest, err) < 0 || inn_measure_compute(inn_measure_find("betweenness"), &net, &o, score, err) != 0)
		goto out;
	inn_rank_nodes(rest, score, NULL, rows, &nrows);
	for (size_t r = 0; r < nrows && f->nwithout < 16 && rows[r].rank <= 3; r++) {
		st->without[f->nwithout] = index[rows[r].node];
		st->without_rank[f->nwithout] = rows[r].rank;
		st->without_score[f->nwithout++] = rows[r].score;
	}
	f->without = st->without;
	f->without_rank = st->without_rank;
	f->without_score = st->without_score;
	ret = 0;
out:
	inn_net_release(&net);
	inn_model_free(rest);
	free(score);
	free(index);
	free(rows);
	free(keep);
	free(part);
	return ret;
}

static int movers(const struct inn_model *a, const struct inn_model *b, struct inn_report_findings *f,
		  struct inn_findings_store *st, struct inn_error *err)
{
	const struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	struct inn_rank_change rc = {0};
	const struct inn_mover *mv;
	struct inn_diff d = {0};
	size_t nmv;
	int ret = -1;

	/* betweenness ranks among the nodes in both, as diff ranks them */
	if (inn_diff_models(a, b, inn_value_text, &d, err) < 0 ||
	    inn_rank_change(&rc, "report", a, b, d.node_in_b, inn_measure_find("betweenness"), &o, err) < 0)
		goto out;
	mv = rc.mv;
	nmv = inn_movers_top(mv, rc.nmv, TOP_MOVERS);
	if (!(st->movers = calloc(nmv + 1, sizeof(*st->movers)))) {
		oom(err);
		goto out;
	}
	for (size_t k = 0; k < nmv; k++)
		st->movers[k] = (struct inn_report_mover){.id = b->nodes[mv[k].b].id,
							  .label = inn_node_label(&b->nodes[mv[k].b]),
							  .before = mv[k].rank_before,
							  .after = mv[k].rank_after};
	f->movers = st->movers;
	f->nmovers = nmv;
	ret = 0;
out:
	inn_diff_release(&d);
	inn_rank_change_release(&rc);
	return ret;
}

static void head(char *out, size_t size, const char *path)
{
	const char *base = path ? strrchr(path, '/') : NULL;

	if (!path) {
		snprintf(out, size, "built-in");
		return;
	}
	base = base ? base + 1 : path;
	snprintf(out, size, "%s", base);
}

int inn_report_findings_compute(const struct inn_model *m, const char *input, const struct inn_model *other,
				const char *other_input, struct inn_report_findings *f, struct inn_findings_store *st,
				struct inn_error *err)
{
	const struct inn_model *both[2] = {m, other};
	struct inn_net net = {0};
	int ret = -1;

	*f = (struct inn_report_findings){0};
	*st = (struct inn_findings_store){0};
	if (inn_net_init(&net, m, err) < 0 || failures(&net, f, st, err) < 0 || keyplayers(&net, f, err) < 0 ||
	    containers(m, f, st, err) < 0)
		goto out;
	if (inn_profile_table_build(both, other ? 2 : 1, &st->profile, err) < 0)
		goto out;
	head(st->head_names[0], sizeof(st->head_names[0]), input);
	head(st->head_names[1], sizeof(st->head_names[1]), other_input);
	if (other && strcmp(st->head_names[0], st->head_names[1]) == 0)
		snprintf(st->head_names[1], sizeof(st->head_names[1]), "%.50s (2)", st->head_names[0]);
	st->heads[0] = st->head_names[0];
	st->heads[1] = st->head_names[1];
	f->profile = &st->profile;
	f->profile_heads = st->heads;
	if (other) {
		f->compare_input = other_input ? other_input : "built-in";
		if (movers(m, other, f, st, err) < 0)
			goto out;
	}
	ret = 0;
out:
	inn_net_release(&net);
	return ret;
}

void inn_findings_store_release(struct inn_findings_store *st)
{
	if (!st)
		return;
	free(st->cuts);
	free(st->lost);
	free(st->containers);
	free(st->container_members);
	free(st->without);
	free(st->without_rank);
	free(st->without_score);
	free(st->movers);
	inn_profile_table_release(&st->profile);
	*st = (struct inn_findings_store){0};
}
