/*
 * load_leda.c: LEDA's native graph format (.gw), as igraph's write_leda has it:
 *
 *   LEDA.GRAPH
 *   string            the type of the node labels (void, string, int, double ...)
 *   double            the type of the edge labels
 *   -2                -1 directed, -2 undirected
 *   N, then N lines   |{label}|
 *   M, then M lines   SOURCE TARGET REVERSAL |{label}|   (vertex numbers from 1)
 *
 * Lines starting with '#' are comments, blank lines are skipped, as NetworkX's read_leda does.
 * A node's id is its label, or its number when the label is empty (NetworkX's reading); two
 * nodes with one label are refused, since labels are ids. An edge label is the weight when the
 * edge type is a number type (igraph writes weights so), else the link attribute "label"
 * (NetworkX's name for it). The reversal edge is not kept. A multigraph when two edges join one pair.
 *
 * Written by hand: igraph writes LEDA but cannot read it.
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
	size_t p;          /* the start of the next line */
	uint32_t *vertex;  /* owned: vertex number - 1 -> node */
	size_t nvertices;
	bool weights;      /* the edge labels are numbers */
};

/* The next line that is neither blank nor a comment: [*from, *end), blanks trimmed. false at the end. */
static bool next_line(struct reader *rd, size_t *from, size_t *end)
{
	const char *b = rd->t.buf;

	while (rd->p < rd->t.len) {
		const char *nl = memchr(b + rd->p, '\n', rd->t.len - rd->p);
		size_t s = rd->p, e = nl ? (size_t)(nl - b) : rd->t.len;
		rd->p = e + 1;
		while (s < e && inn_text_blank(b[s]))
			s++;
		while (e > s && inn_text_blank(b[e - 1]))
			e--;
		if (s == e || b[s] == '#')
			continue;
		*from = s;
		*end = e;
		return true;
	}
	*from = *end = rd->t.len;
	return false;
}

/* A count line: a whole number up to max. */
static int count(struct reader *rd, const char *what, size_t max, size_t *n)
{
	size_t s, e;
	double x;

	if (!next_line(rd, &s, &e))
		return inn_text_fail(&rd->t, s, "the file ends before the number of %s", what);
	if (!inn_load_number(rd->t.buf + s, e - s, &x) || x < 0 || x != floor(x) || x > (double)max)
		return inn_text_fail(&rd->t, s, "expected the number of %s (at most one a line of the file)", what);
	*n = (size_t)x;
	return 0;
}

/* "|{text}|" at [s, e): the text, as [*ts, *te). */
static int label(struct reader *rd, size_t s, size_t e, size_t *ts, size_t *te)
{
	const char *b = rd->t.buf;

	if (e - s < 4 || memcmp(b + s, "|{", 2) != 0 || memcmp(b + e - 2, "}|", 2) != 0)
		return inn_text_fail(&rd->t, s, "expected a label '|{...}|'");
	*ts = s + 2;
	*te = e - 2;
	return 0;
}

static int read_nodes(struct reader *rd)
{
	size_t lines = 1;

	for (size_t i = 0; i < rd->t.len; i++)
		lines += rd->t.buf[i] == '\n';
	if (count(rd, "nodes", lines, &rd->nvertices) < 0)
		return -1;
	if (!(rd->vertex = malloc((rd->nvertices ? rd->nvertices : 1) * sizeof(*rd->vertex))))
		return inn_text_oom(&rd->t);
	for (size_t i = 0; i < rd->nvertices; i++) {
		size_t s, e, ts = 0, te = 0;
		char number[24];
		if (!next_line(rd, &s, &e))
			return inn_text_fail(&rd->t, s, "the file ends after %zu of %zu nodes", i, rd->nvertices);
		if (label(rd, s, e, &ts, &te) < 0)
			return -1;
		size_t at;
		if (ts < te && inn_model_find_n(rd->t.m, rd->t.buf + ts, te - ts, &at))
			return inn_text_fail(&rd->t, ts, "label '%.*s' appears twice (labels are ids)",
					     (int)(te - ts < 100 ? te - ts : 100), rd->t.buf + ts);
		if (ts == te) {
			/* no label: the node's number is its id, unless a label took it */
			snprintf(number, sizeof(number), "%zu", i + 1);
			if (inn_model_find(rd->t.m, number, &at))
				return inn_text_fail(&rd->t, s, "node %zu has no label and another is labelled '%s'", i + 1,
						     number);
			int rc = inn_model_add_node(rd->t.m, number, true, &at);
			if (rc < 0)
				return rc == INN_MODEL_ETOOBIG ? inn_text_fail(&rd->t, s, "too many nodes") : inn_text_oom(&rd->t);
			rd->vertex[i] = (uint32_t)at;
		} else if (inn_text_node(&rd->t, ts, te - ts, true, &rd->vertex[i]) < 0) {
			return -1;
		}
	}
	return 0;
}

/* A vertex number from 1 to nvertices at [s, e). */
static int vertex(struct reader *rd, size_t s, size_t e, uint32_t *v)
{
	double x;

	if (!inn_load_number(rd->t.buf + s, e - s, &x) || x < 1 || x != floor(x) || x > (double)rd->nvertices)
		return inn_text_fail(&rd->t, s, "expected a node number from 1 to %zu", rd->nvertices);
	*v = rd->vertex[(size_t)x - 1];
	return 0;
}

static int read_edge(struct reader *rd, size_t s, size_t e)
{
	const char *b = rd->t.buf;
	size_t w[3][2], p = s;

	for (int k = 0; k < 3; k++) {
		while (p < e && inn_text_blank(b[p]))
			p++;
		w[k][0] = p;
		while (p < e && !inn_text_blank(b[p]))
			p++;
		w[k][1] = p;
		if (w[k][0] == w[k][1])
			return inn_text_fail(&rd->t, p, "expected 'SOURCE TARGET REVERSAL |{label}|'");
	}
	while (p < e && inn_text_blank(b[p]))
		p++;
	uint32_t from = 0, to = 0;
	size_t ts = 0, te = 0;
	double rev;
	if (vertex(rd, w[0][0], w[0][1], &from) < 0 || vertex(rd, w[1][0], w[1][1], &to) < 0)
		return -1;
	if (!inn_load_number(b + w[2][0], w[2][1] - w[2][0], &rev) || rev != floor(rev))
		return inn_text_fail(&rd->t, w[2][0], "expected the number of the reversal edge (0 for none)");
	if (label(rd, p, e, &ts, &te) < 0)
		return -1;
	if (!inn_model_add_link(rd->t.m, from, to))
		return inn_text_oom(&rd->t);
	if (ts == te)
		return 0;
	size_t j = rd->t.m->nlinks - 1;
	if (rd->weights) {
		double x;
		if (!inn_load_number(b + ts, te - ts, &x))
			return inn_text_fail(&rd->t, ts, "the edge label must be a finite number (the edge type is a number)");
		return inn_model_set_weight(rd->t.m, j, x) < 0 ? inn_text_oom(&rd->t) : 0;
	}
	struct inn_attr_list l = {0};
	struct inn_link_more x = inn_no_link_more;
	struct inn_value v = {.type = INN_VAL_STRING};
	char *text = inn_arena_strndup(rd->t.m->arena, b + ts, te - ts);
	int rc = -1;
	if (!text)
		return inn_text_oom(&rd->t);
	v.text = text;
	if (inn_attr_list_add(&l, "label", &v) == 0 &&
	    inn_attr_list_store(&l, rd->t.m, &x.attrs, &x.nattrs, rd->t.origin, rd->t.err) == 0)
		rc = inn_model_put_link_more(rd->t.m, j, &x) < 0 ? inn_text_oom(&rd->t) : 0;
	else
		inn_text_oom(&rd->t);
	inn_attr_list_release(&l);
	return rc;
}

/* Whether the LEDA type name at [s, e) is a number type. */
static bool number_type(const char *b, size_t s, size_t e)
{
	static const char *const types[] = {"int", "integer", "double", "float", "long", "short", "unsigned", "real"};

	for (size_t k = 0; k < sizeof(types) / sizeof(types[0]); k++)
		if (e - s == strlen(types[k]) && memcmp(b + s, types[k], e - s) == 0)
			return true;
	return false;
}

static int read_all(struct reader *rd)
{
	const char *b = rd->t.buf;
	size_t s, e, m;

	if (!next_line(rd, &s, &e) || e - s != 10 || memcmp(b + s, "LEDA.GRAPH", 10) != 0)
		return inn_text_fail(&rd->t, s, "expected 'LEDA.GRAPH' (not a LEDA file?)");
	if (!next_line(rd, &s, &e))
		return inn_text_fail(&rd->t, s, "the file ends before the node label type");
	if (!next_line(rd, &s, &e))
		return inn_text_fail(&rd->t, s, "the file ends before the edge label type");
	rd->weights = number_type(b, s, e);
	if (!next_line(rd, &s, &e))
		return inn_text_fail(&rd->t, s, "the file ends before the direction (-1 or -2)");
	if (e - s == 2 && memcmp(b + s, "-1", 2) == 0)
		rd->t.m->directed = true;
	else if (e - s != 2 || memcmp(b + s, "-2", 2) != 0)
		return inn_text_fail(&rd->t, s, "expected -1 (directed) or -2 (undirected)");
	if (read_nodes(rd) < 0)
		return -1;
	if (count(rd, "edges", rd->t.len, &m) < 0)
		return -1;
	for (size_t j = 0; j < m; j++) {
		if (!next_line(rd, &s, &e))
			return inn_text_fail(&rd->t, s, "the file ends after %zu of %zu edges", j, m);
		if (read_edge(rd, s, e) < 0)
			return -1;
	}
	if (next_line(rd, &s, &e))
		return inn_text_fail(&rd->t, s, "unexpected text after the %zu edges", m);
	return 0;
}

struct inn_model *inn_load_leda(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	int rc;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		rd.p = 3;
	rc = read_all(&rd);
	free(rd.vertex);
	return inn_text_end(&rd.t, rc);
}
