/*
 * load_matrix.c: an adjacency matrix as python-igraph's write_adjacency writes it: N lines of N
 * numbers separated by blanks, row i the links from vertex i. Blank lines and lines starting
 * with '#' (Read_Adjacency's comment character) are skipped.
 *
 * The vertices are 0 .. N-1 (integer ids, igraph's numbering), all of them, linked or not. A
 * value other than 0 is a link, and its weight when it is not 1: write_adjacency writes a weight
 * attribute's values (attribute="weight") or else counts, so a 2 is read as weight 2, not as two
 * links (as NetworkX's from_numpy_array does by default). A symmetric matrix is an undirected
 * network, each pair once (the upper triangle); any other is directed, as igraph's
 * Graph.Adjacency reads it. An undirected self-loop is the diagonal's value (python-igraph writes
 * an unweighted one as 2: docs/formats.md).
 *
 * Two passes: the first checks the shape and every number, naming line and column, before the
 * model holds a node; the second makes the links, so memory stays linear in the file.
 */
#include "innonet/load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"
#include "load_internal.h"
#include "load_text.h"

/* The start of the line after the one at p (len at the end). */
static size_t next_line(const char *b, size_t p, size_t len)
{
	const char *nl = memchr(b + p, '\n', len - p);

	return nl ? (size_t)(nl - b) + 1 : len;
}

/* The next number of the row [*p, end): its offset and value; false at the row's end. */
static bool next_value(struct inn_text *t, size_t *p, size_t end, size_t *at, size_t *n)
{
	const char *b = t->buf;

	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
	if (*p >= end)
		return false;
	*at = *p;
	while (*p < end && !inn_text_blank(b[*p]))
		(*p)++;
	*n = *p - *at;
	return true;
}

/* Whether the line [p, end) holds nothing to read: blank, or a comment. */
static bool skipped(const char *b, size_t p, size_t end)
{
	while (p < end && inn_text_blank(b[p]))
		p++;
	return p >= end || b[p] == '#';
}

/* The end of the line's text (its '\n' or len). */
static size_t line_end(const char *b, size_t p, size_t len)
{
	const char *nl = memchr(b + p, '\n', len - p);

	return nl ? (size_t)(nl - b) : len;
}

/*
 * Pass one: every value a finite number, every row as long as the first, as many rows as
 * columns. *n the order; *symmetric whether a[i][j] == a[j][i] throughout (checked through the
 * values kept, at most n*n doubles: no more than the file's bytes / 2 of them).
 */
static int shape(struct inn_text *t, size_t start, size_t *order, double **values)
{
	const char *b = t->buf;
	size_t n = 0, rows = 0, cap = 0, count = 0, last = start;
	double *v = NULL;

	for (size_t p = start; p < t->len; p = next_line(b, p, t->len)) {
		size_t end = line_end(b, p, t->len), q = p, at, w, k = 0;
		if (skipped(b, p, end))
			continue;
		last = p;
		while (next_value(t, &q, end, &at, &w)) {
			double x;
			if (!inn_load_number(b + at, w, &x)) {
				inn_text_fail(t, at, "expected a number, not '%.*s'", (int)(w < 40 ? w : 40), b + at);
				goto fail;
			}
			if (rows == 0) {
				n++;
			} else if (k >= n) {
				inn_text_fail(t, at, "row %zu has more than the %zu values of the first row (a matrix is square)",
					      rows + 1, n);
				goto fail;
			}
			if (count == cap) {
				double *v2 = inn_grow(v, &cap, count + 1, sizeof(*v));
				if (!v2) {
					inn_text_oom(t);
					goto fail;
				}
				v = v2;
			}
			v[count++] = x;
			k++;
		}
		if (rows > 0 && k < n) {
			inn_text_fail(t, q, "row %zu has %zu of the %zu values of the first row (a matrix is square)", rows + 1,
				      k, n);
			goto fail;
		}
		if (++rows > n) {
			inn_text_fail(t, p, "more rows than the %zu columns (a matrix is square)", n);
			goto fail;
		}
	}
	if (rows == 0) {
		inn_error_set(t->err, INN_EINPUT, "%s: empty adjacency matrix (expected N lines of N numbers)", t->origin);
		goto fail;
	}
	if (rows < n) {
		inn_text_fail(t, next_line(b, last, t->len), "%zu rows for %zu columns (a matrix is square)", rows, n);
		goto fail;
	}
	*order = n;
	*values = v;
	return 0;
fail:
	free(v);
	return -1;
}

struct inn_model *inn_load_adjacency_matrix(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct inn_text t = {.buf = buf, .len = len, .origin = origin, .err = err};
	size_t start = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0, n, at;
	double *a = NULL;
	bool symmetric = true;
	char id[24];

	if (inn_text_begin(&t) < 0)
		return NULL;
	if (shape(&t, start, &n, &a) < 0)
		goto fail;
	for (size_t i = 0; i < n && symmetric; i++)
		for (size_t j = i + 1; j < n && symmetric; j++)
			symmetric = a[i * n + j] == a[j * n + i];
	t.m->directed = !symmetric;
	for (size_t i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%zu", i);
		if (inn_model_add_node(t.m, id, true, &at) < 0)
			goto oom;
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t j = symmetric ? i : 0; j < n; j++) {
			double x = a[i * n + j];
			if (x == 0)
				continue;
			if (!inn_model_add_link(t.m, (uint32_t)i, (uint32_t)j))
				goto oom;
			if (x != 1 && inn_model_set_weight(t.m, t.m->nlinks - 1, x) < 0)
				goto oom;
		}
	}
	free(a);
	return inn_text_end(&t, 0);
oom:
	inn_text_oom(&t);
fail:
	free(a);
	return inn_text_end(&t, -1);
}
