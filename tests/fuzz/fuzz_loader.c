/*
 * fuzz_loader.c: a libFuzzer target for a model reader. Built once per reader, with
 * INN_FUZZ_LOADER naming a function of inn_load_json()'s signature (tests/fuzz/CMakeLists.txt).
 * Any input must give a model or an error, never a crash, a leak, a hang or undefined behaviour;
 * a model that loads must be consistent (its links point at its nodes, its ids are unique).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/load.h"

#ifndef INN_FUZZ_LOADER
#error "INN_FUZZ_LOADER must name the reader to fuzz"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Declared here too, so a reader declared in a header of its own needs no change to this file. */
struct inn_model *INN_FUZZ_LOADER(const char *buf, size_t len, const char *origin, struct inn_error *err);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* readers take text with a NUL after it, as inn_load() hands it over */
	char *buf = malloc(size + 1);
	struct inn_error err;
	struct inn_model *m;
	size_t at;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	inn_error_init(&err);
	m = INN_FUZZ_LOADER(buf, size, "fuzz", &err);
	if (!m && !inn_error_is_set(&err))
		abort(); /* a failure must say why */
	if (m && inn_error_is_set(&err))
		abort(); /* a model that loaded must not carry an error */
	for (size_t i = 0; m && i < m->nnodes; i++)
		if (!m->nodes[i].id[0] || !inn_model_find(m, m->nodes[i].id, &at) || at != i)
			abort();
	for (size_t j = 0; m && j < m->nlinks; j++)
		if (m->links[j].source >= m->nnodes || m->links[j].target >= m->nnodes)
			abort();
	inn_model_free(m);
	free(buf);
	return 0;
}
