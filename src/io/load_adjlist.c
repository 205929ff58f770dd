/*
 * load_adjlist.c: adjacency lists, as NetworkX's write_adjlist has them: one line a node, "NODE
 * NEIGHBOUR NEIGHBOUR ...", each a link from the node to the neighbour; a line of one word is a
 * node without (further) links. '#' starts a comment, to the end of the line, as in NetworkX's
 * read_adjlist (its writer opens with three comment lines). The nodes are in order of first
 * appearance; the model is undirected, as read_adjlist's default is (the format has no place for
 * the flag). The format holds no weights, labels or other data.
 *
 * NetworkX's write_multiline_adjlist ("NODE DEGREE" then DEGREE lines "NEIGHBOUR {data}") is a
 * different format that a one-line list cannot be told from, and is not read here.
 *
 * Written by hand: igraph has no adjacency-list reader.
 */
#include "innonet/load.h"

#include <string.h>

#include "load_internal.h"
#include "load_text.h"

/* One line, buf[p .. end) with its comment removed: a node and its links, or nothing. */
static int read_line(struct inn_text *t, size_t p, size_t end)
{
	const char *b = t->buf;
	uint32_t first = 0, other;
	bool have_first = false;

	for (;;) {
		while (p < end && inn_text_blank(b[p]))
			p++;
		if (p >= end)
			return 0;
		size_t at = p;
		while (p < end && !inn_text_blank(b[p]))
			p++;
		if (!have_first) {
			if (inn_text_node(t, at, p - at, true, &first) < 0)
				return -1;
			have_first = true;
			continue;
		}
		if (inn_text_node(t, at, p - at, true, &other) < 0)
			return -1;
		if (!inn_model_add_link(t->m, first, other))
			return inn_text_oom(t);
	}
}

struct inn_model *inn_load_adjlist(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct inn_text t = {.buf = buf, .len = len, .origin = origin, .err = err};

	if (inn_text_begin(&t) < 0)
		return NULL;
	/* a UTF-8 byte-order mark before the first line is not part of an id */
	for (size_t p = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; p < len;) {
		const char *nl = memchr(buf + p, '\n', len - p);
		size_t end = nl ? (size_t)(nl - buf) : len;
		const char *hash = memchr(buf + p, '#', end - p);
		if (read_line(&t, p, hash ? (size_t)(hash - buf) : end) < 0)
			return inn_text_end(&t, -1);
		p = end + 1;
	}
	return inn_text_end(&t, inn_text_need_nodes(&t, "adjacency list (expected lines 'NODE NEIGHBOUR ...')"));
}
