/*
 * draw_scenario.c: a scenario's effect as drawing states: the what-if analysis (analysis layer)
 * of a scenario file (io layer) turned into the node and link states the DOT builder (draw
 * layer) colours. It lives with the commands because it is the one place that uses all three.
 */
#include "innonet/draw_scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/draw.h"
#include "innonet/load.h"
#include "innonet/whatif.h"

int inn_whatif_draw_states(struct inn_model **m, const char *scenario_path, unsigned char **node_state,
			   unsigned char **link_state, struct inn_error *err)
{
	struct inn_scenario_result r = {0};
	struct inn_scenario *s = NULL;
	struct inn_whatif w = {0};
	int ret = -1;

	*node_state = NULL;
	*link_state = NULL;
	if (!(s = inn_scenario_load(scenario_path, err)) || inn_scenario_apply(*m, s, &r, err) < 0 ||
	    inn_whatif_compare(*m, &r, NULL, NULL, &w, err) < 0)
		goto out;
	*node_state = calloc(r.merged->nnodes + 1, 1);
	*link_state = calloc(r.merged->nlinks + 1, 1);
	if (!*node_state || !*link_state) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	for (size_t i = 0; i < r.merged->nnodes; i++)
		(*node_state)[i] = r.removed_node[i] ? INN_DRAW_REMOVED : w.cut_off[i] ? INN_DRAW_CUT_OFF : INN_DRAW_NORMAL;
	for (size_t j = 0; j < r.merged->nlinks; j++)
		(*link_state)[j] = r.removed_link[j] ? INN_DRAW_REMOVED : INN_DRAW_NORMAL;
	/* the diagram's title says which scenario it shows */
	const char *base = r.merged->name ? r.merged->name : r.merged->origin;
	size_t len = strlen(base) + strlen(s->name) + 16;
	char *title = inn_arena_alloc(r.merged->arena, len);
	if (!title) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	snprintf(title, len, "%s: scenario %s", base, s->name);
	r.merged->name = title;
	inn_model_free(*m);
	*m = r.merged; /* the drawing shows what was removed, so it draws the merged model */
	r.merged = NULL;
	ret = 0;
out:
	if (ret < 0) {
		free(*node_state);
		free(*link_state);
		*node_state = *link_state = NULL;
		inn_model_free(*m);
		*m = NULL;
	}
	inn_whatif_release(&w);
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	return ret;
}
