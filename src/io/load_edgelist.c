/*
 * load_edgelist.c: whitespace edge lists, as NetworkX's write_edgelist and
 * write_weighted_edgelist, igraph's "edgelist" and "ncol" writers and many hand-made files have
 * them: one link a line, "SOURCE TARGET", then optionally a weight ("a b 2.5") or NetworkX's
 * dictionary of link data ("a b {'weight': 2.5, 'relation': 'funds'}"). '#' starts a comment,
 * to the end of the line, as in NetworkX's read_edgelist. The nodes are the link ends in order of
 * first appearance; the model is undirected (the format has no place for the flag).
 *
 * Written by hand rather than through igraph's ncol reader, which keeps no line numbers in its
 * messages, has no comments and reads no NetworkX data dictionary.
 */
#include "innonet/load.h"

#include <string.h>

#include "load_internal.h"
#include "load_pydict.h"
#include "load_text.h"

struct reader {
	struct inn_text t;
	struct inn_pydict d;
	size_t line;          /* of the line being read, 1-based: counted, so that naming it costs nothing */
};

static void skip_blank(const char *b, size_t *p, size_t end)
{
	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
}

/* One line, buf[p .. end), comment removed: a link, or nothing when it is blank. */
static int read_line(struct reader *rd, size_t p, size_t end)
{
	const char *b = rd->t.buf;
	size_t tok[3], len[3], n = 0;
	uint32_t s, t;

	while (n < 3) {
		skip_blank(b, &p, end);
		if (p >= end || (n == 2 && b[p] == '{'))
			break;
		tok[n] = p;
		while (p < end && !inn_text_blank(b[p]))
			p++;
		len[n] = p - tok[n];
		n++;
	}
	skip_blank(b, &p, end);
	if (n == 0)
		return 0;
	if (n == 1)
		return inn_text_fail(&rd->t, tok[0] + len[0], "expected two node ids (SOURCE TARGET [WEIGHT])");
	if (n == 3 && p < end)
		return inn_text_fail(&rd->t, p, "unexpected text after the weight (SOURCE TARGET [WEIGHT])");
	if (inn_text_node(&rd->t, tok[0], len[0], true, &s) < 0 || inn_text_node(&rd->t, tok[1], len[1], true, &t) < 0)
		return -1;
	if (!inn_model_add_link(rd->t.m, s, t))
		return inn_text_oom(&rd->t);
	if (n == 3) {
		double w;
		if (!inn_load_number(b + tok[2], len[2], &w))
			return inn_text_fail(&rd->t, tok[2], "the weight must be a finite number, not '%.*s'",
					     (int)(len[2] < 40 ? len[2] : 40), b + tok[2]);
		if (inn_model_set_weight(rd->t.m, rd->t.m->nlinks - 1, w) < 0)
			return inn_text_oom(&rd->t);
	} else if (p < end) {
		return inn_pydict_link(&rd->t, &rd->d, rd->line, p, end);
	}
	return 0;
}

struct inn_model *inn_load_edgelist(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	int rc = -1;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	for (size_t p = 0; p < len;) {
		const char *nl = memchr(buf + p, '\n', len - p);
		size_t end = nl ? (size_t)(nl - buf) : len;
		const char *hash = memchr(buf + p, '#', end - p);
		/* a UTF-8 byte-order mark before the first line is not part of an id */
		size_t from = p == 0 && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : p;
		rd.line++;
		if (read_line(&rd, from, hash ? (size_t)(hash - buf) : end) < 0)
			goto out;
		p = end + 1;
	}
	rc = inn_text_need_nodes(&rd.t, "edge list (expected lines 'SOURCE TARGET [WEIGHT]')");
out:
	inn_pydict_release(&rd.d);
	return inn_text_end(&rd.t, rc);
}
