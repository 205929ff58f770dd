/*
 * gzip_adapter.c: gzipped GraphML (python-igraph's write_graphmlz) under fuzz_loader.c's
 * signature: inn_gunzip() as load.c calls it, then the GraphML reader on the inflated text. The
 * limit is 1 MiB here, not 1 GiB, so that an input that inflates far costs the fuzzer little; the
 * limit's check is the same code.
 */
#include <stdlib.h>

#include "innonet/gunzip.h"
#include "innonet/load.h"

struct inn_model *inn_fuzz_load_gzip(const char *buf, size_t len, const char *origin, struct inn_error *err);

struct inn_model *inn_fuzz_load_gzip(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	size_t n;
	char *text = inn_gunzip(buf, len, origin, (size_t)1 << 20, &n, err);
	struct inn_model *m;

	if (!text)
		return NULL;
	m = inn_load_graphml(text, n, origin, err);
	free(text);
	return m;
}
