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
 * The data of the link just added (the model's last), as NetworkX writes it after the link: the
 * dictionary at t->buf[p] (its '{') to end, the end of line `line`, nothing after it. Its fields
 * go onto the link (free ones as its attributes), its years checked; messages of a field name the
 * link by its line and node ids. One routine, so the edge list and the multiline adjacency list
 * read link data alike. -1 with t->err filled.
 */
int inn_pydict_link(struct inn_text *t, struct inn_pydict *d, size_t line, size_t p, size_t end);

void inn_pydict_release(struct inn_pydict *d);

#endif
