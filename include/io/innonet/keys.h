/*
 * keys.h: the one check that no JSON object repeats a key (cJSON keeps both and its getters
 * return the first, so a repeated key would make the input ambiguous): for the model reader,
 * which reads keys from the text, and for the cJSON trees of scenarios and style files.
 */
#ifndef INNONET_KEYS_H
#define INNONET_KEYS_H

#include <stddef.h>

struct cJSON;

/* A key as decoded: no NUL needed after it. */
struct inn_key {
	const char *s;
	size_t len;
};

/*
 * *found: the position of the first key (in file order) of an object's n keys that repeats an
 * earlier one, or SIZE_MAX; the keys are n structs of stride bytes, each beginning with a
 * struct inn_key. n log n at worst. -1 when out of memory.
 */
int inn_first_repeat(const void *base, size_t n, size_t stride, size_t *found);

/*
 * *key: the first key of obj, a cJSON object, that repeats an earlier one (borrowed from obj),
 * or NULL; NULL too when obj is not an object. -1 when out of memory.
 */
int inn_json_repeated_key(const struct cJSON *obj, const char **key);

#endif
