/*
 * load_dimacs.c: DIMACS graph files, the two kinds igraph reads (its read_graph_dimacs_flow):
 *
 *   c a comment
 *   p max N M        a maximum-flow problem (python-igraph's write_dimacs writes it):
 *   n ID s | n ID t    its source and target,
 *   a U V CAP          an arc and its capacity;
 *   p edge N M       an undirected graph (the DIMACS colouring challenge):
 *   n ID VALUE         a vertex's value,
 *   e U V              an edge.
 *
 * The vertices are 1 .. N (integer ids), all of them, linked or not. A flow problem is directed
 * (its lines are arcs), an edge problem undirected; python-igraph's Read_DIMACS reads both
 * undirected unless asked, which innonet cannot be. The source and target become the graph
 * attributes "source" and "target", as python-igraph names them; a capacity is the link
 * attribute "capacity" (not the weight: a flow's bound is not a tie's strength); a vertex value
 * the node attribute "value". The M of the "p" line must be the number of arcs or edges.
 *
 * Written by hand rather than through igraph's reader, which reports no line or column.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"
#include "load_text.h"

struct reader {
	struct inn_text t;
	struct inn_attr_list attrs;
	size_t nvertices, nlinks, declared_links;
	bool flow;          /* "p max" */
	bool have_p;
	uint32_t ends[2];   /* source and target vertex numbers (0: none) */
};

/* The words of [p, end), at most max of them: their offsets and lengths; the count, or max + 1 when more. */
static size_t words(const char *b, size_t p, size_t end, size_t (*w)[2], size_t max)
{
	size_t n = 0;

	for (;;) {
		while (p < end && inn_text_blank(b[p]))
			p++;
		if (p >= end)
			return n;
		if (n == max)
			return max + 1;
		w[n][0] = p;
		while (p < end && !inn_text_blank(b[p]))
			p++;
		w[n][1] = p - w[n][0];
		n++;
	}
}

/* A whole number from lo to hi at word w. */
static int whole(struct reader *rd, const size_t w[2], double lo, double hi, const char *what, double *x)
{
	if (!inn_load_number(rd->t.buf + w[0], w[1], x) || *x < lo || *x > hi || *x != floor(*x))
		return inn_text_fail(&rd->t, w[0], "expected %s", what);
	return 0;
}

static int problem(struct reader *rd, size_t (*w)[2], size_t n)
{
	const char *b = rd->t.buf;
	double x, m;

	if (rd->have_p)
		return inn_text_fail(&rd->t, w[0][0], "a second 'p' line");
	if (n != 4)
		return inn_text_fail(&rd->t, w[0][0], "expected 'p max N M' or 'p edge N M'");
	if (w[1][1] == 3 && memcmp(b + w[1][0], "max", 3) == 0)
		rd->flow = true;
	else if (!(w[1][1] == 4 && memcmp(b + w[1][0], "edge", 4) == 0))
		return inn_text_fail(&rd->t, w[1][0], "DIMACS problem '%.*s' is not read (innonet reads 'max' and 'edge')",
				     (int)(w[1][1] < 40 ? w[1][1] : 40), b + w[1][0]);
	/*
	 * Isolated vertices take no line, so a short file may name many; a bound linear in the
	 * file (as for sparse6) keeps a read's time linear in its size. No more links than bytes.
	 */
	double most = 1024.0 + 8.0 * (double)rd->t.len;
	char what[120];
	snprintf(what, sizeof(what), "the number of vertices (at most %.0f in a file of %zu bytes)",
		 most < UINT32_MAX ? most : UINT32_MAX, rd->t.len);
	if (whole(rd, w[2], 0, most < UINT32_MAX ? most : UINT32_MAX, what, &x) < 0 ||
	    whole(rd, w[3], 0, (double)rd->t.len, "the number of links", &m) < 0)
		return -1;
	rd->have_p = true;
	rd->nvertices = (size_t)x;
	rd->declared_links = (size_t)m;
	rd->t.m->directed = rd->flow;
	char id[24];
	size_t at;
	for (size_t i = 1; i <= rd->nvertices; i++) {
		snprintf(id, sizeof(id), "%zu", i);
		if (inn_model_add_node(rd->t.m, id, true, &at) < 0)
			return inn_text_oom(&rd->t);
	}
	return 0;
}

static int vertex(struct reader *rd, const size_t w[2], uint32_t *v)
{
	double x;
	char what[80];

	snprintf(what, sizeof(what), "a vertex number from 1 to %zu", rd->nvertices);
	if (whole(rd, w, 1, (double)rd->nvertices, what, &x) < 0)
		return -1;
	*v = (uint32_t)x;
	return 0;
}

static int node_line(struct reader *rd, size_t (*w)[2], size_t n)
{
	const char *b = rd->t.buf;
	uint32_t v;

	if (n != 3)
		return inn_text_fail(&rd->t, w[0][0], rd->flow ? "expected 'n ID s' or 'n ID t'" : "expected 'n ID VALUE'");
	if (vertex(rd, w[1], &v) < 0)
		return -1;
	if (rd->flow) {
		int which = w[2][1] == 1 && b[w[2][0]] == 's' ? 0 : w[2][1] == 1 && b[w[2][0]] == 't' ? 1 : -1;
		if (which < 0)
			return inn_text_fail(&rd->t, w[2][0], "expected 's' (the source) or 't' (the target)");
		if (rd->ends[which])
			return inn_text_fail(&rd->t, w[0][0], "a second %s", which ? "target" : "source");
		rd->ends[which] = v;
		return 0;
	}
	double x;
	if (!inn_load_number(b + w[2][0], w[2][1], &x))
		return inn_text_fail(&rd->t, w[2][0], "the value must be a finite number");
	struct inn_node_more more = inn_no_node_more;
	struct inn_value val = {.type = INN_VAL_NUMBER, .number = x};
	if (inn_node_more(rd->t.m, &rd->t.m->nodes[v - 1])->nattrs)
		return inn_text_fail(&rd->t, w[0][0], "a second value for vertex %u", v);
	if (inn_attr_list_add(&rd->attrs, "value", &val) < 0 ||
	    inn_attr_list_store(&rd->attrs, rd->t.m, &more.attrs, &more.nattrs, rd->t.origin, rd->t.err) < 0 ||
	    inn_model_put_node_more(rd->t.m, v - 1, &more) < 0)
		return inn_text_oom(&rd->t);
	return 0;
}

static int link_line(struct reader *rd, size_t (*w)[2], size_t n)
{
	uint32_t u, v;

	if (n != (rd->flow ? 4u : 3u))
		return inn_text_fail(&rd->t, w[0][0], rd->flow ? "expected 'a U V CAPACITY'" : "expected 'e U V'");
	if (vertex(rd, w[1], &u) < 0 || vertex(rd, w[2], &v) < 0)
		return -1;
	if (++rd->nlinks > rd->declared_links)
		return inn_text_fail(&rd->t, w[0][0], "more links than the %zu the 'p' line declares", rd->declared_links);
	if (!inn_model_add_link(rd->t.m, u - 1, v - 1))
		return inn_text_oom(&rd->t);
	if (!rd->flow)
		return 0;
	double x;
	if (!inn_load_number(rd->t.buf + w[3][0], w[3][1], &x))
		return inn_text_fail(&rd->t, w[3][0], "the capacity must be a finite number");
	struct inn_link_more more = inn_no_link_more;
	struct inn_value val = {.type = INN_VAL_NUMBER, .number = x};
	if (inn_attr_list_add(&rd->attrs, "capacity", &val) < 0 ||
	    inn_attr_list_store(&rd->attrs, rd->t.m, &more.attrs, &more.nattrs, rd->t.origin, rd->t.err) < 0 ||
	    inn_model_put_link_more(rd->t.m, rd->t.m->nlinks - 1, &more) < 0)
		return inn_text_oom(&rd->t);
	return 0;
}

static int read_line(struct reader *rd, size_t p, size_t end)
{
	const char *b = rd->t.buf;
	size_t w[5][2];
	size_t n = words(b, p, end, w, 4);

	if (n == 0 || (b[w[0][0]] == 'c' && w[0][1] == 1))
		return 0;
	if (w[0][1] != 1 || !strchr("pnae", b[w[0][0]]))
		return inn_text_fail(&rd->t, w[0][0], "expected a line 'c', 'p', 'n', %s", rd->flow ? "'a'" : "'a' or 'e'");
	if (b[w[0][0]] == 'p')
		return problem(rd, w, n);
	if (!rd->have_p)
		return inn_text_fail(&rd->t, w[0][0], "a line '%c' before the 'p' line", b[w[0][0]]);
	if (b[w[0][0]] == 'n')
		return node_line(rd, w, n);
	if ((b[w[0][0]] == 'a') != rd->flow)
		return inn_text_fail(&rd->t, w[0][0], rd->flow ? "an 'e' line in a flow problem (its links are 'a' lines)"
								: "an 'a' line in an edge problem (its links are 'e' lines)");
	return link_line(rd, w, n);
}

/* The flow problem's source and target as graph attributes, by their ids. */
static int ends(struct reader *rd)
{
	static const char *const names[] = {"source", "target"};

	for (int k = 0; k < 2; k++) {
		if (!rd->ends[k])
			continue;
		struct inn_value v = {.type = INN_VAL_NUMBER, .number = rd->ends[k]};
		if (inn_attr_list_add(&rd->attrs, names[k], &v) < 0)
			return inn_text_oom(&rd->t);
	}
	if (!rd->attrs.n)
		return 0;
	return inn_attr_list_store(&rd->attrs, rd->t.m, &rd->t.m->graph_attrs, &rd->t.m->ngraph_attrs, rd->t.origin,
				   rd->t.err);
}

struct inn_model *inn_load_dimacs(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	int rc = -1;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	for (size_t p = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; p < len;) {
		const char *nl = memchr(buf + p, '\n', len - p);
		size_t end = nl ? (size_t)(nl - buf) : len;
		if (read_line(&rd, p, end) < 0)
			goto out;
		p = end + 1;
	}
	if (!rd.have_p)
		inn_error_set(err, INN_EINPUT, "%s: no 'p' line (expected 'p max N M' or 'p edge N M')", origin);
	else if (rd.nlinks != rd.declared_links)
		inn_error_set(err, INN_EINPUT, "%s: the 'p' line declares %zu links, the file has %zu", origin,
			      rd.declared_links, rd.nlinks);
	else
		rc = ends(&rd);
out:
	inn_attr_list_release(&rd.attrs);
	return inn_text_end(&rd.t, rc);
}
