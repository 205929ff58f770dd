/*
 * load_dl.c: UCINET DL files, one-mode: "DL N=4 FORMAT=FULLMATRIX", labels given after
 * "LABELS:" or embedded in the data ("LABELS EMBEDDED"), then "DATA:" in one of the formats
 * fullmatrix (n rows of n values), edgelist1 (a line a link: two vertices and an optional
 * weight) or nodelist1 (a line a vertex and the vertices it links to). Keywords are read in any
 * case; commas, blanks and line breaks all separate. A vertex's label is its id, its number
 * when it has none. The model is directed, as igraph's DL reader makes it: a matrix or a list
 * need not be symmetric. A value other than 1 is the link's weight.
 *
 * Written by hand rather than through igraph's DL reader, which reports no line or column, reads
 * embedded labels into an attribute rather than ids, and gives no weights for a 0/1 matrix.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load_internal.h"
#include "load_text.h"

enum layout { L_FULLMATRIX, L_EDGELIST1, L_NODELIST1 };

struct token {
	size_t off, len; /* without quotes */
	bool newline;    /* a line break came before it */
	bool quoted;
};

struct reader {
	struct inn_text t;
	size_t p;       /* the next byte to read */
	size_t n;       /* vertices: N= */
	enum layout layout;
	bool embedded;  /* labels are in the data */
	bool labelled;  /* a LABELS: list gave the ids */
};

/* The next token; false at the end of the file. Separators: blanks, line breaks, commas. */
static int next(struct reader *rd, struct token *tok)
{
	const char *b = rd->t.buf;
	size_t len = rd->t.len;

	tok->newline = false;
	while (rd->p < len && (inn_text_blank(b[rd->p]) || b[rd->p] == '\n' || b[rd->p] == ',')) {
		tok->newline |= b[rd->p] == '\n';
		rd->p++;
	}
	if (rd->p >= len)
		return 0;
	tok->quoted = b[rd->p] == '"' || b[rd->p] == '\'';
	if (tok->quoted) {
		const char *close = memchr(b + rd->p + 1, b[rd->p], len - rd->p - 1);
		const char *nl = memchr(b + rd->p + 1, '\n', len - rd->p - 1);
		if (!close || (nl && nl < close))
			return inn_text_fail(&rd->t, rd->p, "quoted label never closed");
		tok->off = rd->p + 1;
		tok->len = (size_t)(close - b) - tok->off;
		rd->p = (size_t)(close - b) + 1;
		return 1;
	}
	tok->off = rd->p;
	/* '=' stands alone, so that "N=4", "N = 4" and "N =4" read alike */
	if (b[rd->p] == '=') {
		rd->p++;
	} else {
		while (rd->p < len && !inn_text_blank(b[rd->p]) && b[rd->p] != '\n' && b[rd->p] != ',' && b[rd->p] != '=')
			rd->p++;
	}
	tok->len = rd->p - tok->off;
	return 1;
}

static bool is(const struct reader *rd, const struct token *tok, const char *word)
{
	size_t n = strlen(word);

	return !tok->quoted && tok->len == n && strncasecmp(rd->t.buf + tok->off, word, n) == 0;
}

/* The keyword of tok without a final ':' ("DATA:" and "data" are both "data"). */
static bool is_key(const struct reader *rd, const struct token *tok, const char *word)
{
	struct token t = *tok;

	if (t.len && rd->t.buf[t.off + t.len - 1] == ':')
		t.len--;
	return is(rd, &t, word);
}

static int expect_value(struct reader *rd, struct token *key, struct token *value)
{
	struct token eq;

	if (next(rd, &eq) <= 0 || !is(rd, &eq, "="))
		return inn_text_fail(&rd->t, key->off + key->len, "expected '=' after '%.*s'", (int)key->len,
				     rd->t.buf + key->off);
	if (next(rd, value) <= 0)
		return inn_text_fail(&rd->t, eq.off + 1, "expected a value after '='");
	return 0;
}

/* Read the vertex labels of a LABELS: list: n of them, each a node in order. */
static int read_labels(struct reader *rd)
{
	struct token tok;
	uint32_t v;

	if (rd->labelled || rd->t.m->nnodes)
		return inn_text_fail(&rd->t, rd->p, "a second list of labels");
	for (size_t i = 0; i < rd->n; i++) {
		if (next(rd, &tok) <= 0)
			return inn_text_fail(&rd->t, rd->p, "expected %zu labels, found %zu", rd->n, i);
		if (!tok.len)
			return inn_text_fail(&rd->t, tok.off, "empty label");
		if (inn_model_find_n(rd->t.m, rd->t.buf + tok.off, tok.len, &(size_t){0}))
			return inn_text_fail(&rd->t, tok.off, "label '%.*s' appears twice (labels are ids)",
					     (int)(tok.len < 60 ? tok.len : 60), rd->t.buf + tok.off);
		if (inn_text_node(&rd->t, tok.off, tok.len, true, &v) < 0)
			return -1;
	}
	rd->labelled = true;
	return 0;
}

static int read_header(struct reader *rd)
{
	struct token tok, val;
	double x;

	if (next(rd, &tok) <= 0 || !is(rd, &tok, "dl"))
		return inn_text_fail(&rd->t, 0, "expected 'DL' (not a UCINET DL file?)");
	bool have_n = false;
	for (;;) {
		if (next(rd, &tok) <= 0)
			return inn_text_fail(&rd->t, rd->p, "no DATA: section");
		if (is(rd, &tok, "n")) {
			if (expect_value(rd, &tok, &val) < 0)
				return -1;
			if (!inn_load_number(rd->t.buf + val.off, val.len, &x) || x < 1 || x != floor(x) ||
			    x > (double)rd->t.len)
				return inn_text_fail(&rd->t, val.off, "N must be the number of vertices");
			rd->n = (size_t)x; /* no more vertices than bytes: a huge N is refused above */
			have_n = true;
		} else if (is(rd, &tok, "format")) {
			if (expect_value(rd, &tok, &val) < 0)
				return -1;
			if (is(rd, &val, "fullmatrix") || is(rd, &val, "fm"))
				rd->layout = L_FULLMATRIX;
			else if (is(rd, &val, "edgelist1") || is(rd, &val, "el1"))
				rd->layout = L_EDGELIST1;
			else if (is(rd, &val, "nodelist1") || is(rd, &val, "nl1"))
				rd->layout = L_NODELIST1;
			else
				return inn_text_fail(&rd->t, val.off, "DL format '%.*s' is not read (innonet reads fullmatrix, "
						     "edgelist1 and nodelist1)", (int)(val.len < 40 ? val.len : 40), rd->t.buf + val.off);
		} else if (is(rd, &tok, "nm") || is(rd, &tok, "nr") || is(rd, &tok, "nc")) {
			return inn_text_fail(&rd->t, tok.off, "two-mode and multi-matrix DL files are not read (one-mode N= only)");
		} else if (is_key(rd, &tok, "labels") || is_key(rd, &tok, "row") || is_key(rd, &tok, "col") ||
			   is_key(rd, &tok, "column")) {
			bool colon = rd->t.buf[tok.off + tok.len - 1] == ':';
			if (!is_key(rd, &tok, "labels")) { /* "ROW LABELS:": one-mode rows and columns are the same */
				struct token word;
				if (next(rd, &word) <= 0 || !is_key(rd, &word, "labels"))
					return inn_text_fail(&rd->t, tok.off, "expected 'LABELS' after '%.*s'", (int)tok.len,
							     rd->t.buf + tok.off);
				colon = rd->t.buf[word.off + word.len - 1] == ':';
			}
			if (!have_n)
				return inn_text_fail(&rd->t, tok.off, "labels before N=");
			size_t save = rd->p;
			struct token word;
			if (next(rd, &word) > 0 && is_key(rd, &word, "embedded")) {
				rd->embedded = true;
				continue;
			}
			rd->p = save;
			if (!colon) {
				if (next(rd, &word) <= 0 || !is(rd, &word, ":"))
					return inn_text_fail(&rd->t, rd->p, "expected ':' or 'EMBEDDED' after LABELS");
			}
			if (read_labels(rd) < 0)
				return -1;
		} else if (is_key(rd, &tok, "data")) {
			if (rd->t.buf[tok.off + tok.len - 1] != ':') {
				size_t save = rd->p;
				struct token c;
				int rc = next(rd, &c);
				if (rc < 0)
					return -1;
				if (rc == 0 || !is(rd, &c, ":"))
					rd->p = save;
			}
			break;
		} else {
			return inn_text_fail(&rd->t, tok.off, "unexpected '%.*s' in the DL header",
					     (int)(tok.len < 40 ? tok.len : 40), rd->t.buf + tok.off);
		}
	}
	if (!have_n)
		return inn_text_fail(&rd->t, 0, "the header has no N= (the number of vertices)");
	return 0;
}

/* Vertices known by number: 1 .. n as ids, unless a LABELS: list named them. */
static int number_vertices(struct reader *rd)
{
	char num[32];
	size_t at;

	if (rd->labelled || rd->embedded)
		return 0;
	for (size_t i = 0; i < rd->n; i++) {
		snprintf(num, sizeof(num), "%zu", i + 1);
		if (inn_model_add_node(rd->t.m, num, true, &at) < 0)
			return inn_text_oom(&rd->t);
	}
	return 0;
}

/* The vertex tok names: a label when labels are embedded, else a number from 1 to n. */
static int vertex(struct reader *rd, const struct token *tok, uint32_t *index)
{
	double x;

	if (rd->embedded) {
		if (!rd->labelled && rd->t.m->nnodes >= rd->n &&
		    !inn_model_find_n(rd->t.m, rd->t.buf + tok->off, tok->len, &(size_t){0}))
			return inn_text_fail(&rd->t, tok->off, "more than N=%zu vertices", rd->n);
		return inn_text_node(&rd->t, tok->off, tok->len, !rd->labelled, index);
	}
	if (tok->quoted || !inn_load_number(rd->t.buf + tok->off, tok->len, &x) || x < 1 || x != floor(x) ||
	    x > (double)rd->n)
		return inn_text_fail(&rd->t, tok->off, "expected a vertex number from 1 to %zu, not '%.*s'", rd->n,
				     (int)(tok->len < 40 ? tok->len : 40), rd->t.buf + tok->off);
	*index = (uint32_t)x - 1;
	return 0;
}

static int link(struct reader *rd, uint32_t s, uint32_t t, const struct token *w)
{
	double x = 1;

	if (w && !inn_load_number(rd->t.buf + w->off, w->len, &x))
		return inn_text_fail(&rd->t, w->off, "expected a number, not '%.*s'", (int)(w->len < 40 ? w->len : 40),
				     rd->t.buf + w->off);
	if (w && x == 0 && rd->layout == L_FULLMATRIX)
		return 0;
	if (!inn_model_add_link(rd->t.m, s, t))
		return inn_text_oom(&rd->t);
	if (x != 1 && inn_model_set_weight(rd->t.m, rd->t.m->nlinks - 1, x) < 0)
		return inn_text_oom(&rd->t);
	return 0;
}

static int read_matrix(struct reader *rd)
{
	struct token tok;
	uint32_t *col = NULL;
	int ret = -1;

	if (!(col = malloc(rd->n * sizeof(*col))))
		return inn_text_oom(&rd->t);
	for (size_t j = 0; j < rd->n; j++) {
		if (rd->embedded) { /* the first row: the column labels */
			if (next(rd, &tok) <= 0) {
				inn_text_fail(&rd->t, rd->p, "expected %zu column labels", rd->n);
				goto out;
			}
			if (vertex(rd, &tok, &col[j]) < 0)
				goto out;
		} else {
			col[j] = (uint32_t)j;
		}
	}
	for (size_t i = 0; i < rd->n; i++) {
		uint32_t row = (uint32_t)i;
		if (rd->embedded) {
			if (next(rd, &tok) <= 0) {
				inn_text_fail(&rd->t, rd->p, "expected %zu rows, found %zu", rd->n, i);
				goto out;
			}
			if (inn_text_node(&rd->t, tok.off, tok.len, false, &row) < 0)
				goto out;
		}
		for (size_t j = 0; j < rd->n; j++) {
			if (next(rd, &tok) <= 0) {
				inn_text_fail(&rd->t, rd->p, "the matrix ends early: row %zu has %zu of %zu values", i + 1, j, rd->n);
				goto out;
			}
			if (link(rd, row, col[j], &tok) < 0)
				goto out;
		}
	}
	int rc = next(rd, &tok);
	if (rc < 0)
		goto out;
	if (rc > 0) {
		inn_text_fail(&rd->t, tok.off, "more values than an N=%zu matrix holds", rd->n);
		goto out;
	}
	ret = 0;
out:
	free(col);
	return ret;
}

/* edgelist1 and nodelist1: a line at a time. */
static int read_lists(struct reader *rd)
{
	struct token tok[3];
	size_t ntok = 0;
	uint32_t ego = 0; /* nodelist1: the vertex the line is about */
	int rc;

	for (;;) {
		struct token cur;
		rc = next(rd, &cur);
		if (rc < 0)
			return -1;
		if (rc == 0 || (cur.newline && ntok)) {
			/* the line in tok[] is complete */
			if (rd->layout == L_EDGELIST1 && ntok == 1)
				return inn_text_fail(&rd->t, tok[0].off + tok[0].len, "expected two vertices and an optional weight");
			if (rd->layout == L_EDGELIST1 && ntok >= 2) {
				uint32_t s, t;
				if (vertex(rd, &tok[0], &s) < 0 || vertex(rd, &tok[1], &t) < 0 ||
				    link(rd, s, t, ntok == 3 ? &tok[2] : NULL) < 0)
					return -1;
			}
			ntok = 0;
			if (rc == 0)
				break;
		}
		if (rd->layout == L_NODELIST1) {
			uint32_t v;
			if (vertex(rd, &cur, &v) < 0)
				return -1;
			if (ntok == 0)
				ego = v;
			else if (link(rd, ego, v, NULL) < 0)
				return -1;
			ntok = 1;
			continue;
		}
		if (ntok == 3)
			return inn_text_fail(&rd->t, cur.off, "more than three values on an edgelist1 line");
		tok[ntok++] = cur;
	}
	return 0;
}

struct inn_model *inn_load_dl(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	rd.t.m->directed = true;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		rd.p = 3;
	if (read_header(&rd) < 0 || number_vertices(&rd) < 0)
		return inn_text_end(&rd.t, -1);
	return inn_text_end(&rd.t, rd.layout == L_FULLMATRIX ? read_matrix(&rd) : read_lists(&rd));
}
