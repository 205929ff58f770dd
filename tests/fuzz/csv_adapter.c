/*
 * csv_adapter.c: the CSV reader under fuzz_loader.c's signature. The input is the links table,
 * or, when it holds a form feed, the links table, the form feed and the nodes table, so that both
 * tables and their interplay (links to nodes the node table lacks) are fuzzed.
 */
#include <string.h>

#include "innonet/load.h"

struct inn_model *inn_fuzz_load_csv(const char *buf, size_t len, const char *origin, struct inn_error *err);

struct inn_model *inn_fuzz_load_csv(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	const char *ff = memchr(buf, '\f', len);

	if (!ff)
		return inn_load_csv_mem(buf, len, origin, NULL, 0, NULL, err);
	return inn_load_csv_mem(buf, (size_t)(ff - buf), origin, ff + 1, len - (size_t)(ff - buf) - 1, "fuzz-nodes",
				err);
}
