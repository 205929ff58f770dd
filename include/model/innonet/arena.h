/* arena.h: a bump allocator that owns a model's strings and small arrays, freed all at once. */
#ifndef INNONET_ARENA_H
#define INNONET_ARENA_H

#include <stddef.h>

/*
 * A model holds one string per node id and label and a few per link; allocating each with
 * malloc() would cost an allocation header and a free() apiece on networks of a million links.
 * The arena hands out memory from large blocks and releases them together. Interned strings
 * (kinds, relations, attribute keys) are stored once however often they repeat.
 */
struct inn_arena;

struct inn_arena *inn_arena_new(void); /* NULL when out of memory */
void inn_arena_free(struct inn_arena *a); /* accepts NULL */

/* Memory for n bytes, aligned for any object; NULL when out of memory. */
void *inn_arena_alloc(struct inn_arena *a, size_t n);

/* A copy of s[0..len) with a terminating NUL; NULL when out of memory. */
char *inn_arena_strndup(struct inn_arena *a, const char *s, size_t len);
char *inn_arena_strdup(struct inn_arena *a, const char *s);

/* The arena's one copy of s: equal strings give the same pointer. NULL when out of memory. */
const char *inn_arena_intern(struct inn_arena *a, const char *s);

/* Bytes handed out so far (for the memory report of large loads). */
size_t inn_arena_used(const struct inn_arena *a);

#endif
