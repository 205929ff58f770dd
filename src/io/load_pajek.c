/*
 * load_pajek.c: Pajek .net files, the common format of social network analysis (Pajek, UCINET,
 * igraph and NetworkX read and write it): *Network, *Vertices, *Arcs, *Edges, *Arcslist and
 * *Edgeslist, '%' comment lines. A vertex's label is its id, as NetworkX's read_pajek has it
 * (a vertex without one is known by its number); x, y (and z) and one of Pajek's shapes (ellipse,
 * box, diamond, triangle, cross, empty) after the label, and "key value" pairs after those
 * (NetworkX writes node and link data so), are kept as attributes, except NetworkX's placeholder
 * "0.0 0.0 ellipse" for a node that has no position. A third number on a link line is its
 * weight; a link's "l" (Pajek's link label) is its relation, as innonet writes it. *Arcs make the model directed; an *Edges line in
 * a directed model is two arcs, one each way.
 *
 * Written by hand rather than through igraph's Pajek reader, which reports no line or column,
 * refuses the "key value" pairs NetworkX writes and keeps labels only as an attribute.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load_internal.h"
#include "load_text.h"

enum section { S_NONE, S_VERTICES, S_ARCS, S_EDGES, S_ARCSLIST, S_EDGESLIST };

struct token {
	size_t off, len; /* the text, without quotes */
	bool quoted;
};

struct reader {
	struct inn_text t;
	struct inn_attr_list rest;
	uint32_t *vertex;     /* owned: node index of vertex number i + 1 */
	size_t nvertices;
	bool directed;
	char *scratch;        /* owned: NUL-terminated copies of one line's tokens */
	size_t scratch_cap;
	size_t line;          /* of the line being read, 1-based: counted, so that naming it costs nothing */
};

/* The next token of buf[*p .. end): a word, or text in double quotes. False at the end of the line. */
static int next_token(struct reader *rd, size_t *p, size_t end, struct token *tok)
{
	const char *b = rd->t.buf;

	while (*p < end && inn_text_blank(b[*p]))
		(*p)++;
	if (*p >= end)
		return 0;
	if (b[*p] == '"') {
		const char *close = memchr(b + *p + 1, '"', end - *p - 1);
		if (!close)
			return inn_text_fail(&rd->t, *p, "quoted text never closed");
		*tok = (struct token){*p + 1, (size_t)(close - b) - *p - 1, true};
		*p = (size_t)(close - b) + 1;
		return 1;
	}
	tok->off = *p;
	tok->quoted = false;
	while (*p < end && !inn_text_blank(b[*p]))
		(*p)++;
	tok->len = *p - tok->off;
	return 1;
}

/* A copy of the token with its NUL, valid until the next line. */
static const char *token_text(struct reader *rd, const struct token *tok, size_t *used)
{
	char *s = rd->scratch + *used;

	memcpy(s, rd->t.buf + tok->off, tok->len);
	s[tok->len] = '\0';
	*used += tok->len + 1;
	return s;
}

static bool token_is(const struct reader *rd, const struct token *tok, const char *word)
{
	return tok->len == strlen(word) && strncasecmp(rd->t.buf + tok->off, word, tok->len) == 0;
}

/* A vertex number in 1 .. nvertices, as the node it stands for. */
static int vertex_ref(struct reader *rd, const struct token *tok, uint32_t *index)
{
	double x;

	if (tok->quoted || !inn_load_number(rd->t.buf + tok->off, tok->len, &x) || x < 1 || x != floor(x) ||
	    x > (double)rd->nvertices)
		return inn_text_fail(&rd->t, tok->off, "expected a vertex number from 1 to %zu, not '%.*s'",
				     rd->nvertices, (int)(tok->len < 40 ? tok->len : 40), rd->t.buf + tok->off);
	*index = rd->vertex[(size_t)x - 1];
	return 0;
}

/* Fields that stay text whatever they look like. */
static bool is_text_field(const char *key)
{
	return strcmp(key, "kind") == 0 || strcmp(key, "label") == 0 || strcmp(key, "label_zh") == 0 ||
	       strcmp(key, "provenance") == 0 || strcmp(key, "relation") == 0 || strcmp(key, "shape") == 0;
}

static void typed(const char *key, const char *text, size_t len, struct inn_value *v)
{
	memset(v, 0, sizeof(*v));
	if (is_text_field(key)) {
		v->type = INN_VAL_STRING;
		v->text = text;
	} else {
		inn_load_value(text, len, v);
	}
}

static int line_scratch(struct reader *rd, size_t len)
{
	if (len * 2 + 2 <= rd->scratch_cap)
		return 0;
	char *s = realloc(rd->scratch, len * 2 + 2);
	if (!s)
		return inn_text_oom(&rd->t);
	rd->scratch = s;
	rd->scratch_cap = len * 2 + 2;
	return 0;
}

/* "key value" pairs from *p to the end of the line, into rd->rest (keys and texts in scratch). */
static int read_pairs(struct reader *rd, size_t p, size_t end, size_t *used, struct inn_node *n,
		      struct inn_node_more *nx, struct inn_link *l, struct inn_link_more *lx, const char *where)
{
	struct token k, v;
	int rc;

	while ((rc = next_token(rd, &p, end, &k)) > 0) {
		if ((rc = next_token(rd, &p, end, &v)) <= 0)
			return rc < 0 ? -1 : inn_text_fail(&rd->t, k.off + k.len, "'%.*s' has no value (expected KEY VALUE pairs)",
							   (int)(k.len < 40 ? k.len : 40), rd->t.buf + k.off);
		const char *key = token_text(rd, &k, used), *text = token_text(rd, &v, used);
		struct inn_value val;
		if (!*key)
			return inn_text_fail(&rd->t, k.off, "empty attribute name");
		typed(key, text, v.len, &val);
		if (val.type == INN_VAL_STRING && !*text)
			continue;
		/* Pajek's link label: the relation, as innonet writes it */
		if (!n && strcmp(key, "l") == 0) {
			key = "relation";
			typed(key, text, v.len, &val);
		}
		if (n ? inn_load_node_field(rd->t.m, n, nx, key, &val, &rd->rest, where, rd->t.err)
		      : inn_load_link_field(rd->t.m, l, lx, key, &val, &rd->rest, where, rd->t.err))
			return -1;
	}
	return rc;
}

/* "*Vertices N": make the vertex table, every vertex known by its number until its line names it. */
static int start_vertices(struct reader *rd, size_t p, size_t end)
{
	struct token tok;
	double n;

	if (rd->vertex)
		return inn_text_fail(&rd->t, p, "a second *Vertices section");
	if (next_token(rd, &p, end, &tok) <= 0 || !inn_load_number(rd->t.buf + tok.off, tok.len, &n) ||
	    n < 0 || n != floor(n) || n > (double)UINT32_MAX || n > (double)rd->t.len)
		return inn_text_fail(&rd->t, p, "*Vertices needs the number of vertices");
	/* a file cannot name more vertices than it has bytes: a huge count is refused above */
	rd->nvertices = (size_t)n;
	if (!(rd->vertex = malloc((rd->nvertices ? rd->nvertices : 1) * sizeof(*rd->vertex))))
		return inn_text_oom(&rd->t);
	for (size_t i = 0; i < rd->nvertices; i++)
		rd->vertex[i] = UINT32_MAX;
	return 0;
}

static int read_vertex(struct reader *rd, size_t p, size_t end)
{
	struct token num, label, tok[3];
	size_t used = 0, ntok = 0, other;
	uint32_t v;
	char where[200] = "";
	int rc;

	if ((rc = next_token(rd, &p, end, &num)) <= 0)
		return rc;
	double x;
	if (num.quoted || !inn_load_number(rd->t.buf + num.off, num.len, &x) || x < 1 || x != floor(x) ||
	    x > (double)rd->nvertices)
		return inn_text_fail(&rd->t, num.off, "expected a vertex number from 1 to %zu", rd->nvertices);
	size_t i = (size_t)x - 1;
	if (rd->vertex[i] != UINT32_MAX)
		return inn_text_fail(&rd->t, num.off, "vertex %zu appears twice", i + 1);
	if ((rc = next_token(rd, &p, end, &label)) < 0)
		return -1;
	if (rc == 0)
		label = num;
	if (!label.len)
		return inn_text_fail(&rd->t, label.off, "empty vertex label");
	if (inn_model_find_n(rd->t.m, rd->t.buf + label.off, label.len, &other))
		return inn_text_fail(&rd->t, label.off, "two vertices labelled '%.*s' (labels are ids)",
				     (int)(label.len < 60 ? label.len : 60), rd->t.buf + label.off);
	if (inn_text_node(&rd->t, label.off, label.len, true, &v) < 0)
		return -1;
	rd->vertex[i] = v;
	if (line_scratch(rd, end - p) < 0)
		return -1;
	struct inn_node *n = &rd->t.m->nodes[v];
	struct inn_node_more nx = inn_no_node_more;
	if (p < end) /* only a line with more than the label has fields a message must name */
		snprintf(where, sizeof(where), "%s:%zu: vertex %zu ('%.60s')", rd->t.origin, rd->line, i + 1, n->id);
	/* x, y and z: up to three numbers after the label */
	size_t q = p;
	while (ntok < 3 && next_token(rd, &q, end, &tok[ntok]) > 0 && !tok[ntok].quoted &&
	       inn_load_number(rd->t.buf + tok[ntok].off, tok[ntok].len, &x))
		p = q, ntok++;
	struct token shape = {0};
	q = p;
	/* Pajek's shapes; NetworkX writes one (ellipse by default) after the position */
	bool have_shape = ntok >= 2 && next_token(rd, &q, end, &shape) > 0 && !shape.quoted &&
			  (token_is(rd, &shape, "ellipse") || token_is(rd, &shape, "box") || token_is(rd, &shape, "diamond") ||
			   token_is(rd, &shape, "triangle") || token_is(rd, &shape, "cross") || token_is(rd, &shape, "empty"));
	if (have_shape)
		p = q;
	bool placeholder = ntok == 2 && have_shape && token_is(rd, &shape, "ellipse");
	for (size_t k = 0; k < 2 && placeholder; k++) {
		inn_load_number(rd->t.buf + tok[k].off, tok[k].len, &x);
		placeholder = x == 0;
	}
	if (!placeholder) {
		static const char *const axis[] = {"x", "y", "z"};
		for (size_t k = 0; k < ntok; k++) {
			struct inn_value val;
			const char *text = token_text(rd, &tok[k], &used);
			inn_load_value(text, tok[k].len, &val);
			if (inn_load_node_field(rd->t.m, n, &nx, axis[k], &val, &rd->rest, where, rd->t.err) < 0)
				return -1;
		}
		if (have_shape) {
			struct inn_value val = {.type = INN_VAL_STRING, .text = token_text(rd, &shape, &used)};
			if (inn_load_node_field(rd->t.m, n, &nx, "shape", &val, &rd->rest, where, rd->t.err) < 0)
				return -1;
		}
	}
	if (read_pairs(rd, p, end, &used, n, &nx, NULL, NULL, where) < 0 ||
	    inn_load_node_end(rd->t.m, v, &nx, &rd->rest, where, rd->t.origin, rd->t.err) < 0)
		return -1;
	return 0;
}

/* Vertices the *Vertices section did not list, known by their numbers, before the first link. */
static int name_the_rest(struct reader *rd, size_t off)
{
	char num[32];
	uint32_t v;

	for (size_t i = 0; i < rd->nvertices; i++) {
		if (rd->vertex[i] != UINT32_MAX)
			continue;
		size_t at;
		snprintf(num, sizeof(num), "%zu", i + 1);
		if (inn_model_find(rd->t.m, num, &at))
			return inn_text_fail(&rd->t, off, "vertex %zu has no line, and its number is another vertex's label", i + 1);
		int rc = inn_model_add_node(rd->t.m, num, true, &at);
		if (rc < 0)
			return inn_text_oom(&rd->t);
		v = (uint32_t)at;
		rd->vertex[i] = v;
	}
	return 0;
}

static int add_link(struct reader *rd, uint32_t s, uint32_t t, bool both, const struct token *weight, size_t p,
		    size_t end)
{
	char where[300] = "";
	size_t used = 0;

	for (int k = 0; k < (both ? 2 : 1); k++) {
		struct inn_link *l = inn_model_add_link(rd->t.m, k ? t : s, k ? s : t);
		struct inn_link_more x = inn_no_link_more;
		if (!l)
			return inn_text_oom(&rd->t);
		/* only "key value" pairs can hold a field a message must name the link for */
		if (p < end)
			snprintf(where, sizeof(where), "%s:%zu: link '%.60s' %s '%.60s'", rd->t.origin, rd->line,
				 rd->t.m->nodes[k ? t : s].id, rd->directed ? "->" : "--", rd->t.m->nodes[k ? s : t].id);
		if (weight) {
			double w;
			if (weight->quoted || !inn_load_number(rd->t.buf + weight->off, weight->len, &w))
				return inn_text_fail(&rd->t, weight->off, "the weight must be a finite number, not '%.*s'",
						     (int)(weight->len < 40 ? weight->len : 40), rd->t.buf + weight->off);
			if (inn_model_set_weight(rd->t.m, rd->t.m->nlinks - 1, w) < 0)
				return inn_text_oom(&rd->t);
		}
		used = 0;
		if (read_pairs(rd, p, end, &used, NULL, NULL, l, &x, where) < 0 ||
		    inn_load_link_end(rd->t.m, rd->t.m->nlinks - 1, &x, &rd->rest, where, rd->t.origin, rd->t.err) < 0)
			return -1;
	}
	return 0;
}

static int read_link_line(struct reader *rd, enum section s, size_t p, size_t end)
{
	struct token a, b, w;
	uint32_t u, v;
	int rc;

	if ((rc = next_token(rd, &p, end, &a)) <= 0)
		return rc;
	if (vertex_ref(rd, &a, &u) < 0)
		return -1;
	if (line_scratch(rd, end - p) < 0)
		return -1;
	if (s == S_ARCSLIST || s == S_EDGESLIST) {
		while ((rc = next_token(rd, &p, end, &b)) > 0)
			if (vertex_ref(rd, &b, &v) < 0 || add_link(rd, u, v, s == S_EDGESLIST && rd->directed, NULL, end, end) < 0)
				return -1;
		return rc;
	}
	if (next_token(rd, &p, end, &b) <= 0)
		return inn_text_fail(&rd->t, a.off + a.len, "expected two vertex numbers");
	if (vertex_ref(rd, &b, &v) < 0)
		return -1;
	if ((rc = next_token(rd, &p, end, &w)) < 0)
		return -1;
	return add_link(rd, u, v, s == S_EDGES && rd->directed, rc ? &w : NULL, p, end);
}

/* The section a '*' line starts; S_NONE with err filled for one innonet does not read. */
static int section_of(struct reader *rd, size_t p, size_t end, enum section *s, size_t *after)
{
	static const struct {
		const char *word;
		enum section s;
	} words[] = {{"*vertices", S_VERTICES}, {"*arcs", S_ARCS}, {"*edges", S_EDGES},
		     {"*arcslist", S_ARCSLIST}, {"*edgeslist", S_EDGESLIST}, {"*network", S_NONE}};
	struct token tok;

	if (next_token(rd, &p, end, &tok) <= 0)
		return -1;
	/* "*Arcs :2 \"funds\"" names a relation of a multi-relational network: read as one */
	size_t wlen = tok.len;
	const char *colon = memchr(rd->t.buf + tok.off, ':', tok.len);
	if (colon)
		wlen = (size_t)(colon - (rd->t.buf + tok.off));
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		if (wlen == strlen(words[k].word) && strncasecmp(rd->t.buf + tok.off, words[k].word, wlen) == 0) {
			*s = words[k].s;
			*after = p;
			return k == 5 ? 1 : 0;
		}
	}
	return inn_text_fail(&rd->t, tok.off, "unknown or unsupported Pajek section '%.*s' (innonet reads *Network, "
			     "*Vertices, *Arcs, *Edges, *Arcslist and *Edgeslist)", (int)(tok.len < 40 ? tok.len : 40),
			     rd->t.buf + tok.off);
}

/* Calls fn on each line that is not a comment: buf[from .. end) without the line break. */
static int each_line(struct reader *rd, int (*fn)(struct reader *, size_t, size_t, void *), void *arg)
{
	const char *b = rd->t.buf;
	size_t len = rd->t.len;

	rd->line = 0;
	for (size_t p = len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; p < len;) {
		const char *nl = memchr(b + p, '\n', len - p);
		rd->line++;
		size_t end = nl ? (size_t)(nl - b) : len, from = p;
		while (from < end && inn_text_blank(b[from]))
			from++;
		if (from < end && b[from] != '%' && fn(rd, from, end, arg) < 0)
			return -1;
		p = end + 1;
	}
	return 0;
}

/* First pass: whether any arcs make the model directed. */
static int scan(struct reader *rd, size_t p, size_t end, void *arg)
{
	enum section s;
	size_t after;
	int rc;

	(void)arg;
	if (rd->t.buf[p] != '*')
		return 0;
	if ((rc = section_of(rd, p, end, &s, &after)) < 0)
		return -1;
	rd->directed |= s == S_ARCS || s == S_ARCSLIST;
	return 0;
}

static int read_one(struct reader *rd, size_t p, size_t end, void *arg)
{
	enum section *s = arg;
	size_t after;
	int rc;

	if (rd->t.buf[p] == '*') {
		enum section prev = *s;
		if ((rc = section_of(rd, p, end, s, &after)) < 0)
			return -1;
		if (rc == 1) { /* *Network NAME: the rest of the line, blanks trimmed */
			const char *b = rd->t.buf;
			while (after < end && inn_text_blank(b[after]))
				after++;
			while (end > after && inn_text_blank(b[end - 1]))
				end--;
			if (end > after && b[after] == '"' && b[end - 1] == '"' && end - after >= 2)
				after++, end--;
			if (end > after && inn_text_set_name(rd->t.m, b + after, end - after, rd->t.origin, rd->t.err) < 0)
				return -1;
			*s = prev;
			return 0;
		}
		if (*s == S_VERTICES)
			return start_vertices(rd, after, end);
		if (!rd->vertex)
			return inn_text_fail(&rd->t, p, "links before the *Vertices section");
		return prev == S_VERTICES || prev == S_NONE ? name_the_rest(rd, p) : 0;
	}
	switch (*s) {
	case S_NONE: return inn_text_fail(&rd->t, p, "expected *Vertices (not a Pajek .net file?)");
	case S_VERTICES: return read_vertex(rd, p, end);
	default: return read_link_line(rd, *s, p, end);
	}
}

struct inn_model *inn_load_pajek(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	enum section s = S_NONE;
	int rc = -1;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	if (each_line(&rd, scan, NULL) < 0)
		goto out;
	rd.t.m->directed = rd.directed;
	if (each_line(&rd, read_one, &s) < 0)
		goto out;
	if (!rd.vertex)
		inn_error_set(err, INN_EINPUT, "%s: no *Vertices section (not a Pajek .net file?)", origin);
	else
		rc = name_the_rest(&rd, len);
out:
	inn_attr_list_release(&rd.rest);
	free(rd.vertex);
	free(rd.scratch);
	return inn_text_end(&rd.t, rc);
}
