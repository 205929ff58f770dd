/* module_graphml.c: the table innonet-graphml.so exports (see modules.h); only in that module. */
#include "modules.h"

#include "innonet/load.h"

__attribute__((visibility("default"))) const struct inn_graphml_module inn_graphml_module = {
	.abi = INN_MODULE_ABI,
	.load_graphml = inn_load_graphml,
	.load_gexf = inn_load_gexf,
};
