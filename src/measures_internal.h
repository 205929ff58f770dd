/*
 * measures_internal.h: the measures that live in their own files (measures_*.c), for the table
 * in measures.c. Each has the inn_measure_fn signature and is documented in the table's summary.
 */
#ifndef INNONET_MEASURES_INTERNAL_H
#define INNONET_MEASURES_INTERNAL_H

#include "innonet/measures.h"

/* measures_paths.c: shortest-path measures, split across worker processes (o->jobs) */
inn_measure_fn inn_measure_betweenness;
inn_measure_fn inn_measure_closeness;
inn_measure_fn inn_measure_harmonic;

/* measures_katz.c */
inn_measure_fn inn_measure_katz;

/* measures_holes.c: Burt's structural holes */
inn_measure_fn inn_measure_constraint;
inn_measure_fn inn_measure_effective_size;

/* measures_brokerage.c: Gould and Fernandez's brokerage roles by node kind */
inn_measure_fn inn_measure_coordinator;
inn_measure_fn inn_measure_itinerant;
inn_measure_fn inn_measure_gatekeeper;
inn_measure_fn inn_measure_representative;
inn_measure_fn inn_measure_liaison;

#endif
