/*
 * load_mladjlist.c: multiline adjacency lists, as NetworkX's write_multiline_adjlist has them: a
 * line "NODE DEGREE", then DEGREE lines "NEIGHBOUR {data}", each a link from the node to the
 * neighbour with NetworkX's dictionary of link data (load_pydict.c; "{}" or nothing for none).
 * '#' starts a comment, to the end of the line, and blank lines are skipped, as in NetworkX's
 * read_multiline_adjlist. The nodes are in order of first appearance; the model is undirected,
 * as read_multiline_adjlist's default is (the format has no place for the flag), and a
 * multigraph when two links join one pair (write_multiline_adjlist writes a multigraph's links so).
 *
 * Written by hand: igraph has no adjacency-list reader.
 */
#include "innonet/load.h"

#include <math.h>
#include <string.h>

#include "load_internal.h"
#include "load_pydict.h"
#include "load_text.h"

struct reader {
	struct inn_text t;
	struct inn_pydict d;
	size_t p;          /* the start of the next line */
	size_t line;       /* of the line last read, 1-based */
};

/* The next line with something before its comment: [*from, *end), blanks trimmed. false at the end. */
static bool next_line(struct reader *rd, size_t *from, size_t *end)
{
	const char *b = rd->t.buf;

	while (rd->p < rd->t.len) {
		const char *nl = memchr(b + rd->p, '\n', rd->t.len - rd->p);
		size_t s = rd->p, e = nl ? (size_t)(nl - b) : rd->t.len;
		const char *hash = memchr(b + s, '#', e - s);
		rd->p = e + 1;
		rd->line++;
		if (hash)
			e = (size_t)(hash - b);
		while (s < e && inn_text_blank(b[s]))
			s++;
		while (e > s && inn_text_blank(b[e - 1]))
			e--;
		if (s < e) {
			*from = s;
			*end = e;
			return true;
		}
	}
	*from = *end = rd->t.len;
	return false;
}

/* The word at b[*p ..) up to a blank: its length, *p moved past it and the blanks after it. */
static size_t word(const char *b, size_t *p, size_t end)
{
	size_t from = *p;

	while (*p < end && !inn_text_blank(b[*p]))
		(*p)++;
	size_t n = *p - from;
	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
	return n;
}

/* "NEIGHBOUR [{data}]" at [s, e): a link from node u. */
static int neighbour(struct reader *rd, uint32_t u, size_t s, size_t e)
{
	const char *b = rd->t.buf;
	size_t p = s, n = word(b, &p, e);
	uint32_t v;

	if (inn_text_node(&rd->t, s, n, true, &v) < 0)
		return -1;
	if (!inn_model_add_link(rd->t.m, u, v))
		return inn_text_oom(&rd->t);
	if (p == e)
		return 0;
	if (b[p] != '{')
		return inn_text_fail(&rd->t, p, "expected the link data '{...}' after the neighbour");
	return inn_pydict_link(&rd->t, &rd->d, rd->line, p, e);
}

/* "NODE DEGREE" at [s, e), then its DEGREE neighbour lines. */
static int node(struct reader *rd, size_t s, size_t e)
{
	const char *b = rd->t.buf;
	size_t p = s, n = word(b, &p, e), q = p, dn = word(b, &q, e);
	uint32_t u;
	double deg;

	if (!dn || q < e)
		return inn_text_fail(&rd->t, dn ? q : p, "expected 'NODE DEGREE' (a node and its number of neighbour lines)");
	/* each neighbour takes a line: a degree past the file's lines is refused before any is read */
	if (!inn_load_number(b + p, dn, &deg) || deg < 0 || deg != floor(deg) || deg > (double)rd->t.len)
		return inn_text_fail(&rd->t, p, "expected the degree, a whole number of neighbour lines (no more than the file has), not '%.*s'", (int)(dn < 40 ? dn : 40),
				     b + p);
	if (inn_text_node(&rd->t, s, n, true, &u) < 0)
		return -1;
	for (size_t i = 0; i < (size_t)deg; i++) {
		size_t ns, ne;
		if (!next_line(rd, &ns, &ne))
			return inn_text_fail(&rd->t, rd->t.len, "the file ends after %zu of the %zu neighbours of '%.100s'", i,
					     (size_t)deg, rd->t.m->nodes[u].id);
		if (neighbour(rd, u, ns, ne) < 0)
			return -1;
	}
	return 0;
}

struct inn_model *inn_load_mladjlist(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	size_t s, e;
	int rc = -1;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	/* a UTF-8 byte-order mark before the first line is not part of an id */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		rd.p = 3;
	while (next_line(&rd, &s, &e))
		if (node(&rd, s, e) < 0)
			goto out;
	rc = inn_text_need_nodes(&rd.t, "multiline adjacency list (expected lines 'NODE DEGREE')");
out:
	inn_pydict_release(&rd.d);
	return inn_text_end(&rd.t, rc);
}
