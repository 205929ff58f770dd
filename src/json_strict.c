/* json_strict.c: strict JSON text and repeated keys for the readers built on cJSON (style, scenario). */
#include "json_strict.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_scan.h"

int inn_json_strict(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct json_doc doc = {0};
	int ret = json_scan(buf, len, origin, &doc, err);

	json_doc_release(&doc);
	return ret;
}

struct key {
	const char *s;
	size_t at; /* position in the object: ties keep file order */
};

static int by_key(const void *a, const void *b)
{
	const struct key *x = a, *y = b;
	int c = strcmp(x->s, y->s);

	return c ? c : x->at < y->at ? -1 : x->at > y->at;
}

const char *inn_json_duplicate_key(const cJSON *obj, int *oom)
{
	const char *first = NULL;
	size_t n = 0, best = SIZE_MAX;
	struct key *k;

	*oom = 0;
	if (!cJSON_IsObject(obj))
		return NULL;
	for (const cJSON *c = obj->child; c; c = c->next)
		n++;
	if (n < 2)
		return NULL;
	if (!(k = malloc(n * sizeof(*k)))) {
		*oom = 1;
		return NULL;
	}
	n = 0;
	for (const cJSON *c = obj->child; c; c = c->next, n++)
		k[n] = (struct key){c->string, n};
	qsort(k, n, sizeof(*k), by_key);
	/* the earliest key of each run of equal keys: the one a pairwise check would name */
	for (size_t i = 0; i + 1 < n; i++) {
		if (strcmp(k[i].s, k[i + 1].s) == 0 && (i == 0 || strcmp(k[i - 1].s, k[i].s) != 0) && k[i].at < best) {
			best = k[i].at;
			first = k[i].s;
		}
	}
	free(k);
	return first;
}
