/* arena.c: block allocation and string interning for the model. */
#include "innonet/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/hash.h"

enum { BLOCK_SIZE = 64 * 1024, ALIGN = 16 };

struct block {
	struct block *next; /* the previously filled block */
	size_t used, size;
	max_align_t data[]; /* size bytes follow */
};

struct inn_arena {
	struct block *head;  /* the block being filled; owned */
	size_t used;         /* bytes handed out */
	const char **table;  /* interned strings: open addressing, NULL = empty slot; owned */
	size_t table_size;   /* a power of two */
	size_t table_count;
};

struct inn_arena *inn_arena_new(void)
{
	return calloc(1, sizeof(struct inn_arena));
}

void inn_arena_free(struct inn_arena *a)
{
	if (!a)
		return;
	for (struct block *b = a->head, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a->table);
	free(a);
}

void *inn_arena_alloc(struct inn_arena *a, size_t n)
{
	struct block *b = a->head;

	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (!b || b->size - b->used < n) {
		/* A request larger than a block gets a block of its own, kept behind the current one. */
		size_t size = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE;
		struct block *nb = malloc(sizeof(*nb) + size);

		if (!nb)
			return NULL;
		nb->used = 0;
		nb->size = size;
		if (b && size != BLOCK_SIZE) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	a->used += n;
	return p;
}

char *inn_arena_strndup(struct inn_arena *a, const char *s, size_t len)
{
	char *p = inn_arena_alloc(a, len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *inn_arena_strdup(struct inn_arena *a, const char *s)
{
	return inn_arena_strndup(a, s, strlen(s));
}

static uint64_t hash_str(const char *s)
{
	return inn_hash(s, strlen(s));
}

static int grow_table(struct inn_arena *a)
{
	size_t size = a->table_size ? a->table_size * 2 : 64;
	const char **t = calloc(size, sizeof(*t));

	if (!t)
		return -1;
	for (size_t i = 0; i < a->table_size; i++) {
		const char *s = a->table[i];
		if (!s)
			continue;
		size_t j = hash_str(s) & (size - 1);
		while (t[j])
			j = (j + 1) & (size - 1);
		t[j] = s;
	}
	free(a->table);
	a->table = t;
	a->table_size = size;
	return 0;
}

const char *inn_arena_intern(struct inn_arena *a, const char *s)
{
	if ((a->table_count + 1) * 2 > a->table_size && grow_table(a) < 0)
		return NULL;
	size_t mask = a->table_size - 1, j = hash_str(s) & mask;
	for (; a->table[j]; j = (j + 1) & mask)
		if (strcmp(a->table[j], s) == 0)
			return a->table[j];
	char *copy = inn_arena_strdup(a, s);
	if (!copy)
		return NULL;
	a->table[j] = copy;
	a->table_count++;
	return copy;
}

size_t inn_arena_used(const struct inn_arena *a)
{
	return a->used;
}
