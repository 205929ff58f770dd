/* load_pydict.h: NetworkX's link data dictionaries on a line of text (load_pydict.c). */
#ifndef INNONET_LOAD_PYDICT_H
#define INNONET_LOAD_PYDICT_H

#include <stddef.h>

#include "innonet/model.h"
#include "load_internal.h"
#include "load_text.h"

/* What a reader keeps from one dictionary to the next; zero it to start, release it at the end. */
struct inn_pydict {
	struct inn_attr_list rest; /* the fields that are no typed field of a link */
	char *scratch;             /* owned: the decoded strings of one dictionary */
	size_t scratch_used, scratch_cap;
};

/*
 * The dictionary at t->buf[p] (its '{') to end, the end of its line: its fields onto link l and
 * x (free attributes into d->rest, for the caller to store); nothing may follow it on the line.
 * where names the link in messages of a field. -1 with t->err filled.
 */
int inn_pydict_link(struct inn_text *t, struct inn_pydict *d, size_t p, size_t end, struct inn_link *l,
		    struct inn_link_more *x, const char *where);

void inn_pydict_release(struct inn_pydict *d);

#endif
