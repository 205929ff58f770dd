/* export_internal.h: what the Graphviz writers share and nobody else needs. */
#ifndef INNONET_EXPORT_INTERNAL_H
#define INNONET_EXPORT_INTERNAL_H

/* Route cgraph's errors to a buffer instead of stderr (warnings are dropped); idempotent. */
void inn_graphviz_quiet(void);

/* The last error Graphviz reported, or "no reason given". */
const char *inn_graphviz_message(void);

#endif
