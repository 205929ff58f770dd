/*
 * fuzz_scenario.c: a libFuzzer target for the scenario reader, and for applying what it accepts
 * to a small model. Any input gives a scenario or an error, never both or neither; an accepted
 * scenario applied to the model gives a result or an error the same way, and a result is
 * consistent: its after-model's links join its nodes, and what it removed is gone from it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/load.h"
#include "innonet/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Nodes and links the seeds' scenarios name (tests/fuzz/corpus/scenario). */
static const char model_text[] =
	"{\"directed\": true, \"nodes\": [{\"id\": \"DoD\", \"kind\": \"agency\"}, {\"id\": \"LIFT\", \"kind\": "
	"\"institute\"}, {\"id\": \"DMDII\", \"kind\": \"institute\"}, {\"id\": \"NNMI\", \"kind\": \"programme\"}, "
	"{\"id\": 7}], \"links\": [{\"source\": \"DoD\", \"target\": \"LIFT\", \"relation\": \"sponsors\", \"weight\": "
	"70000000}, {\"source\": \"DoD\", \"target\": \"DMDII\", \"relation\": \"sponsors\", \"weight\": 70000000}, "
	"{\"source\": \"LIFT\", \"target\": \"NNMI\", \"relation\": \"part_of\"}, {\"source\": \"DMDII\", "
	"\"target\": \"NNMI\", \"relation\": \"part_of\"}]}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct inn_model *m;
	struct inn_scenario_result r = {0};
	struct inn_scenario *s = NULL;
	struct inn_error err;
	char *buf = malloc(size + 1);

	inn_error_init(&err);
	if (!m && !(m = inn_load_json(model_text, sizeof(model_text) - 1, "model", &err)))
		abort(); /* the fixed model must load */
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	s = inn_scenario_parse(buf, size, "fuzz", &err);
	if (!s != inn_error_is_set(&err))
		abort(); /* a scenario or an error: never both, never neither */
	if (!s)
		goto out;
	int rc = inn_scenario_apply(m, s, &r, &err);
	if ((rc == 0) == inn_error_is_set(&err))
		abort();
	if (rc < 0)
		goto out;
	if (!r.merged || !r.after || r.merged->nnodes < m->nnodes || r.nbefore_nodes != m->nnodes)
		abort();
	for (size_t j = 0; j < r.after->nlinks; j++)
		if (r.after->links[j].source >= r.after->nnodes || r.after->links[j].target >= r.after->nnodes)
			abort();
	for (size_t i = 0, kept = 0; i < r.merged->nnodes; i++) {
		if (r.removed_node[i] != (r.after_node[i] == SIZE_MAX))
			abort();
		if (!r.removed_node[i] && (r.after_node[i] != kept++ ||
					   strcmp(r.after->nodes[r.after_node[i]].id, r.merged->nodes[i].id) != 0))
			abort();
	}
out:
	inn_scenario_result_release(&r);
	inn_scenario_free(s);
	free(buf);
	return 0;
}
