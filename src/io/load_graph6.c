/*
 * load_graph6.c: graph6 and sparse6 (Brendan McKay's formats, nauty's formats.txt), as NetworkX's
 * write_graph6 and write_sparse6 have them: one line, an optional ">>graph6<<" or ">>sparse6<<"
 * header, sparse6's ':', then N(n), the number of vertices, and the graph as 6-bit groups, each a
 * byte from 63 to 126. graph6 holds the upper triangle of the adjacency matrix column by column;
 * sparse6 a list of (b, x) pairs that walk the vertices. The vertices are 0 .. n-1 (integer ids,
 * as NetworkX reads them); the graph is undirected (neither format has a direction), a
 * multigraph when a sparse6 file repeats an edge. A file may hold blank lines but only one graph:
 * innonet reads one network at a time (read_graph6 returns a list of several).
 *
 * Written by hand: igraph has no reader for either. The decoding follows NetworkX 2.8's
 * from_graph6_bytes and from_sparse6_bytes step by step, so the same file gives the same graph.
 */
#include "innonet/load.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "load_internal.h"
#include "load_text.h"

/*
 * A sparse6 file may name many vertices in a few bytes (isolated ones take none); a bound linear
 * in the file keeps the time of a read linear in its size, far above a real network's count.
 */
#define SPARSE6_VERTICES_PER_BYTE 8u
#define SPARSE6_VERTICES_FREE 1024u

/* The 6-bit value of byte c, or -1 when it is outside 63 .. 126. */
static int sixbits(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 63 && u <= 126 ? u - 63 : -1;
}

/* N(n) at b[*p ..): 1, 4 or 8 bytes. */
static int read_n(struct inn_text *t, size_t *p, size_t end, uint64_t *n)
{
	const char *b = t->buf;
	size_t need = 1;

	if (*p < end && sixbits(b[*p]) == 63)
		need = *p + 1 < end && sixbits(b[*p + 1]) == 63 ? 8 : 4;
	if (end - *p < need)
		return inn_text_fail(t, *p, "the number of vertices ends early");
	uint64_t v = 0;
	for (size_t i = need == 1 ? 0 : need == 4 ? 1 : 2; i < need; i++) {
		int d = sixbits(b[*p + i]);
		if (d < 0)
			return inn_text_fail(t, *p + i, "a byte outside '?' .. '~' (63 .. 126)");
		v = v << 6 | (uint64_t)d;
	}
	*n = v;
	*p += need;
	return 0;
}

/* The vertices 0 .. n-1, as integer ids. */
static int add_vertices(struct inn_text *t, uint64_t n, size_t at)
{
	char id[24];
	size_t index;

	for (uint64_t i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%" PRIu64, i);
		int rc = inn_model_add_node(t->m, id, true, &index);
		if (rc == INN_MODEL_ETOOBIG)
			return inn_text_fail(t, at, "too many nodes");
		if (rc < 0)
			return inn_text_oom(t);
	}
	return 0;
}

static int check_bytes(struct inn_text *t, size_t p, size_t end)
{
	for (; p < end; p++)
		if (sixbits(t->buf[p]) < 0)
			return inn_text_fail(t, p, "a byte outside '?' .. '~' (63 .. 126)");
	return 0;
}

static int read_graph6(struct inn_text *t, size_t p, size_t end)
{
	uint64_t n;
	size_t at = p;

	if (read_n(t, &p, end, &n) < 0 || check_bytes(t, p, end) < 0)
		return -1;
	/* the triangle has n(n-1)/2 bits in 6-bit bytes: compared without overflow, before any node is made */
	size_t have = end - p;
	if (n > ((uint64_t)1 << 32))
		return inn_text_fail(t, at, "%" PRIu64 " vertices need more matrix than the line has (%zu bytes)", n, have);
	uint64_t need = (n * (n ? n - 1 : 0) / 2 + 5) / 6;
	if (need != have)
		return inn_text_fail(t, at, "%" PRIu64 " vertices need %" PRIu64 " bytes of matrix, the line has %zu", n,
				     need, have);
	if (add_vertices(t, n, at) < 0)
		return -1;
	size_t k = 0; /* bit k of the matrix: byte k / 6, from its highest bit */
	for (uint32_t j = 1; j < n; j++)
		for (uint32_t i = 0; i < j; i++, k++)
			if ((sixbits(t->buf[p + k / 6]) >> (5 - k % 6)) & 1)
				if (!inn_model_add_link(t->m, i, j))
					return inn_text_oom(t);
	return 0;
}

/* The bit reader of sparse6, as NetworkX's parseData(): b then x of k bits, until the bytes end. */
struct s6 {
	const char *b;
	size_t p, end;
	unsigned d, dlen; /* the byte being read and how many of its bits are left */
};

static bool s6_next(struct s6 *s, unsigned k, unsigned *bit, uint64_t *x)
{
	if (s->dlen < 1) {
		if (s->p >= s->end)
			return false;
		s->d = (unsigned)sixbits(s->b[s->p++]);
		s->dlen = 6;
	}
	s->dlen--;
	*bit = (s->d >> s->dlen) & 1;
	uint64_t v = s->d & ((1u << s->dlen) - 1);
	unsigned vlen = s->dlen;
	while (vlen < k) {
		if (s->p >= s->end)
			return false;
		s->d = (unsigned)sixbits(s->b[s->p++]);
		s->dlen = 6;
		v = v << 6 | s->d;
		vlen += 6;
	}
	*x = v >> (vlen - k);
	s->dlen = vlen - k;
	return true;
}

static int read_sparse6(struct inn_text *t, size_t p, size_t end)
{
	uint64_t n;
	size_t at = p;

	if (read_n(t, &p, end, &n) < 0 || check_bytes(t, p, end) < 0)
		return -1;
	if (n > (uint64_t)SPARSE6_VERTICES_FREE + (uint64_t)SPARSE6_VERTICES_PER_BYTE * t->len || n > UINT32_MAX)
		return inn_text_fail(t, at, "%" PRIu64 " vertices in a file of %zu bytes (innonet reads at most %u, "
				     "and %u more a byte of the file)", n, t->len, SPARSE6_VERTICES_FREE, SPARSE6_VERTICES_PER_BYTE);
	if (add_vertices(t, n, at) < 0)
		return -1;
	unsigned k = 1;
	while (k < 63 && ((uint64_t)1 << k) < n)
		k++;
	struct s6 s = {.b = t->buf, .p = p, .end = end};
	uint64_t v = 0, x;
	unsigned bit;
	while (s6_next(&s, k, &bit, &x)) {
		if (bit)
			v++;
		/* padding with ones can give a number past the last vertex: the end */
		if (x >= n || v >= n)
			break;
		if (x > v)
			v = x;
		else if (!inn_model_add_link(t->m, (uint32_t)x, (uint32_t)v))
			return inn_text_oom(t);
	}
	return 0;
}

struct inn_model *inn_load_graph6(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct inn_text t = {.buf = buf, .len = len, .origin = origin, .err = err};
	bool done = false;

	if (inn_text_begin(&t) < 0)
		return NULL;
	for (size_t p = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; p < len;) {
		const char *nl = memchr(buf + p, '\n', len - p);
		size_t end = nl ? (size_t)(nl - buf) : len, next = end + 1;
		/* NetworkX strips each line: blanks at either end are not part of the graph */
		while (p < end && (inn_text_blank(buf[p])))
			p++;
		while (end > p && inn_text_blank(buf[end - 1]))
			end--;
		if (p < end) {
			if (done)
				return inn_text_end(&t, inn_text_fail(&t, p, "a second graph (innonet reads one network a file)"));
			int rc;
			if (end - p >= 11 && memcmp(buf + p, ">>sparse6<<", 11) == 0)
				p += 11;
			else if (end - p >= 10 && memcmp(buf + p, ">>graph6<<", 10) == 0)
				p += 10;
			if (p < end && buf[p] == ':')
				rc = read_sparse6(&t, p + 1, end);
			else if (p < end && buf[p] == '&')
				rc = inn_text_fail(&t, p, "digraph6 is not read (innonet reads graph6 and sparse6)");
			else
				rc = read_graph6(&t, p, end);
			if (rc < 0)
				return inn_text_end(&t, -1);
			done = true;
		}
		p = next;
	}
	if (done)
		return inn_text_end(&t, 0);
	inn_error_set(err, INN_EINPUT, "%s: empty graph6 or sparse6 file (expected one line of a graph)", origin);
	return inn_text_end(&t, -1);
}
