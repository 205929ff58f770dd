/* module_graphviz.c: the table innonet-graphviz.so exports (see modules.h); only in that module. */
#include "modules.h"

#include "innonet/draw.h"
#include "innonet/load.h"

__attribute__((visibility("default"))) const struct inn_graphviz_module inn_graphviz_module = {
	.abi = INN_MODULE_ABI,
	.dot_build = inn_dot_build,
	.dot_write = inn_dot_write,
	.render = inn_render,
	.render_late = inn_render_late,
	.dot_close = inn_dot_close,
	.version = inn_graphviz_version,
	.load_dot = inn_load_dot,
};
