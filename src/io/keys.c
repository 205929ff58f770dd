/* keys.c: the one check that no object repeats a key, in n log n: for the model reader's text and for cJSON trees. */
#include "innonet/keys.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

/* A key and its position in the object, for sorting by key. */
struct inn_keypos {
	const struct inn_key *k;
	size_t pos;
};

static int cmp_keys(const struct inn_key *x, const struct inn_key *y)
{
	int k = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	return k ? k : (x->len > y->len) - (x->len < y->len);
}

static int cmp_keypos(const void *a, const void *b)
{
	const struct inn_keypos *x = a, *y = b;
	int k = cmp_keys(x->k, y->k);

	return k ? k : (x->pos > y->pos) - (x->pos < y->pos);
}

#define KEY_AT(base, stride, i) ((const struct inn_key *)((const char *)(base) + (i) * (stride)))

/* Small objects compare every pair; large ones sort, so a million keys cost n log n, not n^2. */
int inn_first_repeat(const void *base, size_t n, size_t stride, size_t *found)
{
	struct inn_keypos *v;

	*found = SIZE_MAX;
	if (n <= 16) {
		for (size_t b = 1; b < n; b++)
			for (size_t a = 0; a < b; a++)
				if (cmp_keys(KEY_AT(base, stride, a), KEY_AT(base, stride, b)) == 0) {
					*found = b;
					return 0;
				}
		return 0;
	}
	if (!(v = malloc(n * sizeof(*v))))
		return -1;
	for (size_t i = 0; i < n; i++)
		v[i] = (struct inn_keypos){KEY_AT(base, stride, i), i};
	qsort(v, n, sizeof(*v), cmp_keypos);
	/* in a run of equal keys the repeat is the run's second member; the earliest repeat wins */
	for (size_t i = 1; i < n; i++)
		if (cmp_keys(v[i - 1].k, v[i].k) == 0 && (i < 2 || cmp_keys(v[i - 2].k, v[i].k) != 0) &&
		    v[i].pos < *found)
			*found = v[i].pos;
	free(v);
	return 0;
}

int inn_json_repeated_key(const cJSON *obj, const char **key)
{
	struct inn_key *keys;
	size_t n = 0, repeat;
	int rc;

	*key = NULL;
	if (!cJSON_IsObject(obj))
		return 0;
	for (const cJSON *a = obj->child; a; a = a->next)
		n++;
	if (n < 2)
		return 0;
	if (!(keys = malloc(n * sizeof(*keys))))
		return -1;
	n = 0;
	for (const cJSON *a = obj->child; a; a = a->next)
		keys[n++] = (struct inn_key){a->string, strlen(a->string)};
	rc = inn_first_repeat(keys, n, sizeof(*keys), &repeat);
	if (rc == 0 && repeat != SIZE_MAX)
		*key = keys[repeat].s;
	free(keys);
	return rc;
}
