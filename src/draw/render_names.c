/*
 * render_names.c: the layout engines and formats the renderer takes. They live apart from
 * render.c so that a command can check its options without loading the drawing module.
 */
#include "innonet/draw.h"

const char *const inn_render_engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", NULL};
/* json0: the laid-out graph as data, which drawing.c reads (no command offers it) */
const char *const inn_render_formats[] = {"svg", "png", "pdf", "json0", NULL};
