/* grow.c: one doubling rule (and one overflow check) for every array that grows an element at a time. */
#include "innonet/grow.h"

#include <stdint.h>
#include <stdlib.h>

void *inn_grow(void *p, size_t *cap, size_t need, size_t elem)
{
	size_t room = *cap ? *cap : 16;

	while (room < need) {
		if (room > SIZE_MAX / 2)
			return NULL;
		room *= 2;
	}
	if (room == *cap)
		return p;
	if (room > SIZE_MAX / elem)
		return NULL;
	void *q = realloc(p, room * elem);
	if (q)
		*cap = room;
	return q;
}
