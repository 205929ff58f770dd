/* draw_scenario.h: what `innonet export --scenario FILE` draws (draw_scenario.c). */
#ifndef INNONET_DRAW_SCENARIO_H
#define INNONET_DRAW_SCENARIO_H

#include "innonet/error.h"
#include "innonet/model.h"

/*
 * For `innonet export --scenario FILE`: replace *m by the scenario's merged model and fill
 * node_state/link_state (enum inn_draw_state, one per merged node and link; owned by the caller,
 * freed with free()) with removed elements and cut-off nodes; the model's name gains the
 * scenario's, for the diagram's title. *m is freed and NULL on failure.
 */
int inn_whatif_draw_states(struct inn_model **m, const char *scenario_path, unsigned char **node_state,
			   unsigned char **link_state, struct inn_error *err);

#endif
