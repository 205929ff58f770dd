/* key_index.c: the hash index by key of the attribute lists and column schemas (key_index.h). */
#include "key_index.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/hash.h"

/* The key of record i: the const char * each record begins with. */
static const char *key_at(const void *base, size_t stride, size_t i)
{
	return *(const char *const *)((const char *)base + i * stride);
}

size_t *inn_key_slot(const struct inn_key_index *x, const void *base, size_t stride, const char *key)
{
	size_t mask = x->nslot - 1, j = (size_t)inn_hash(key, strlen(key)) & mask;

	while (x->slot[j] && strcmp(key_at(base, stride, x->slot[j] - 1), key) != 0)
		j = (j + 1) & mask;
	return &x->slot[j];
}

int inn_key_index_build(struct inn_key_index *x, const void *base, size_t stride, size_t n, size_t room)
{
	size_t size = 64;

	while (size < 4 * room)
		size *= 2;
	free(x->slot);
	if (!(x->slot = calloc(size, sizeof(*x->slot)))) {
		x->nslot = 0;
		return -1;
	}
	x->nslot = size;
	for (size_t i = 0; i < n; i++)
		*inn_key_slot(x, base, stride, key_at(base, stride, i)) = i + 1;
	return 0;
}

void inn_key_index_release(struct inn_key_index *x)
{
	free(x->slot);
	x->slot = NULL;
	x->nslot = 0;
}
