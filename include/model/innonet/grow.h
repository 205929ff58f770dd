/* grow.h: arrays that double as they fill, for the many tables that append one element at a time. */
#ifndef INNONET_GROW_H
#define INNONET_GROW_H

#include <stddef.h>

/*
 * Room for need elements of elem bytes in p (NULL when empty), whose room is *cap elements: the
 * room doubled, from 16, until it holds need. Returns the array, perhaps moved, with *cap updated;
 * NULL when out of memory or past SIZE_MAX bytes, p then untouched and still the caller's.
 */
void *inn_grow(void *p, size_t *cap, size_t need, size_t elem);

#endif
