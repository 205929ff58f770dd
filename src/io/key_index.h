/*
 * key_index.h: a hash index by key over an array of records that each begin with their key (a
 * const char *), for the readers' attribute lists (load_value.c) and the writers' column schemas
 * (write_common.c): one probing rule and one sizing rule, so that a node of 50,000 attributes or
 * a model of 300,000 attribute keys is not quadratic in either.
 */
#ifndef INNONET_KEY_INDEX_H
#define INNONET_KEY_INDEX_H

#include <stddef.h>

struct inn_key_index {
	size_t *slot; /* owned: 1 + the position of a record; 0 empty */
	size_t nslot; /* a power of two, at least four times the records it was built for; 0 while unbuilt */
};

/*
 * The slot of key in x (built) over the records of stride bytes at base: the one holding its
 * record, or the empty one where it would go.
 */
size_t *inn_key_slot(const struct inn_key_index *x, const void *base, size_t stride, const char *key);

/*
 * (Re)build x for the n records at base, with at least 64 slots and four for each of room
 * records (room >= n). -1 when out of memory, x then unbuilt.
 */
int inn_key_index_build(struct inn_key_index *x, const void *base, size_t stride, size_t n, size_t room);

/* Free the slots: x is unbuilt (and may be built again). */
void inn_key_index_release(struct inn_key_index *x);

#endif
