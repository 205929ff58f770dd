/*
 * load_lgl.c: LGL files (the Large Graph Layout format), as igraph's write_lgl has them: a line
 * "# VERTEX" names a vertex, and each line after it until the next "# " line is "NEIGHBOUR" or
 * "NEIGHBOUR WEIGHT", a link from that vertex. A "# VERTEX" line with no neighbour lines is an
 * isolated node. The model is undirected: the format has no place for the flag, and igraph writes
 * each undirected link once. Nodes are in order of first appearance.
 *
 * Written by hand rather than through igraph's LGL reader, which reports no line or column.
 */
#include "innonet/load.h"

#include <stdlib.h>
#include <string.h>

#include "load_internal.h"
#include "load_text.h"

/* buf[*p ..) past blanks, then the word there: its offset and length (0 at the end of the line). */
static size_t word(const char *b, size_t *p, size_t end, size_t *len)
{
	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
	size_t from = *p;
	while (*p < end && !inn_text_blank(b[*p]))
		(*p)++;
	*len = *p - from;
	return from;
}

/* One line, buf[p .. end): a vertex, a link from *from, or nothing when it is blank. */
static int read_line(struct inn_text *t, size_t p, size_t end, uint32_t *from, bool *have_from)
{
	const char *b = t->buf;
	size_t len, wlen, extra;

	size_t at = word(b, &p, end, &len);
	if (!len)
		return 0;
	if (b[at] == '#') {
		/* "# VERTEX" or "#VERTEX" */
		size_t q = at + 1;
		size_t id = word(b, &q, end, &len);
		if (!len)
			return inn_text_fail(t, at + 1, "expected a vertex after '#'");
		word(b, &q, end, &extra);
		if (extra)
			return inn_text_fail(t, q - extra, "unexpected text after the vertex (expected '# VERTEX')");
		*have_from = true;
		return inn_text_node(t, id, len, true, from);
	}
	if (!*have_from)
		return inn_text_fail(t, at, "a neighbour before any '# VERTEX' line (not an LGL file?)");
	size_t w = word(b, &p, end, &wlen);
	word(b, &p, end, &extra);
	if (extra)
		return inn_text_fail(t, p - extra, "unexpected text after the weight (expected 'NEIGHBOUR [WEIGHT]')");
	uint32_t to;
	if (inn_text_node(t, at, len, true, &to) < 0)
		return -1;
	if (!inn_model_add_link(t->m, *from, to))
		return inn_text_oom(t);
	if (wlen) {
		double x;
		if (!inn_load_number(b + w, wlen, &x))
			return inn_text_fail(t, w, "the weight must be a finite number, not '%.*s'",
					     (int)(wlen < 40 ? wlen : 40), b + w);
		if (inn_model_set_weight(t->m, t->m->nlinks - 1, x) < 0)
			return inn_text_oom(t);
	}
	return 0;
}

struct inn_model *inn_load_lgl(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct inn_text t = {.buf = buf, .len = len, .origin = origin, .err = err};
	uint32_t from = 0;
	bool have_from = false;

	if (inn_text_begin(&t) < 0)
		return NULL;
	/* a UTF-8 byte-order mark before the first line is not part of an id */
	for (size_t p = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; p < len;) {
		const char *nl = memchr(buf + p, '\n', len - p);
		size_t end = nl ? (size_t)(nl - buf) : len;
		if (read_line(&t, p, end, &from, &have_from) < 0)
			return inn_text_end(&t, -1);
		p = end + 1;
	}
	return inn_text_end(&t, inn_text_need_nodes(&t, "LGL file (expected '# VERTEX' lines)"));
}
