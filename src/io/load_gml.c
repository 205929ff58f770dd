/*
 * load_gml.c: GML, as NetworkX's write_gml and igraph's write_gml have it: "KEY VALUE" pairs,
 * a value a number, a "string" or a [ list ] of pairs; `graph [ directed 1 node [ id 0 label "x"
 * ... ] edge [ source 0 target 1 weight 2.5 ... ] ]`. A node's innonet id is its label (as
 * nx.read_gml has it), else its name (igraph writes vertex names so), else its GML id; sources and
 * targets name GML ids. Strings may hold the &-escapes NetworkX writes (&#34; &#38; &#233; ...)
 * and HTML's five named ones. A nested list inside a node or edge is kept key by key, its keys
 * joined with '.' ("graphics.x"); a key given twice (NetworkX's way of writing a list) keeps its
 * last value. Lines starting with '#' are comments.
 *
 * Two passes over the text: the first reads the graph's flags and its nodes, the second its
 * edges, so that an edge may come before the nodes it joins; GML ids are found by binary search
 * in a sorted table, so a read is n log n at worst. Written by hand rather than through igraph's
 * GML reader, which names no column, drops NetworkX's labels and has no &-escapes.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"
#include "load_internal.h"
#include "load_text.h"

/* Lists nested deeper than this are refused: no real file needs them, and keys would grow long. */
#define GML_MAX_DEPTH 32

/* One field of a node or edge block, its key and text in the scratch buffer (offsets, since it grows). */
struct field {
	size_t key;           /* scratch offset of the NUL-terminated key, nested keys joined with '.' */
	size_t text;          /* scratch offset of the decoded string or the number's text */
	size_t at;            /* where its value starts in the file, for messages */
	bool is_string;       /* quoted in the file: text, whatever it looks like */
	enum inn_bound bound; /* a list holding only more_than N or at_least N: innonet's bound */
};

/* A GML id and the model node it stands for. */
struct gml_id {
	double id;
	uint32_t index;
	size_t at;            /* where its node's block starts, for messages */
};

struct reader {
	struct inn_text t;
	struct inn_attr_list rest;
	size_t p;             /* the next byte to read */
	size_t line;          /* of byte p, 1-based: counted as the text is read, so naming it costs nothing */
	char *scratch;        /* owned: keys and decoded texts of one block */
	size_t used, cap;
	struct field *fields; /* owned: the fields of one block */
	size_t nfields, fields_cap;
	struct gml_id *ids;   /* owned: every node's GML id, sorted after the first pass */
	size_t nids, ids_cap;
	int pass;             /* 1: graph flags and nodes; 2: edges */
	bool seen_graph;
};

/* Skip blanks, line breaks and '#' comment lines, counting lines. */
static void skip_space(struct reader *rd)
{
	const char *b = rd->t.buf;
	size_t len = rd->t.len;

	while (rd->p < len) {
		char c = b[rd->p];
		if (c == '\n') {
			rd->line++;
			rd->p++;
		} else if (inn_text_blank(c)) {
			rd->p++;
		} else if (c == '#') {
			const char *nl = memchr(b + rd->p, '\n', len - rd->p);
			rd->p = nl ? (size_t)(nl - b) : len;
		} else {
			break;
		}
	}
}

static bool key_char(char c, bool first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

/* A key at p: 1 with its offset and length, 0 at ']' or the end, -1 on anything else. */
static int read_key(struct reader *rd, size_t *off, size_t *len)
{
	const char *b = rd->t.buf;

	skip_space(rd);
	if (rd->p >= rd->t.len || b[rd->p] == ']')
		return 0;
	if (!key_char(b[rd->p], true))
		return inn_text_fail(&rd->t, rd->p, "expected a key (a letter, then letters, digits or '_')");
	*off = rd->p;
	while (rd->p < rd->t.len && key_char(b[rd->p], false))
		rd->p++;
	*len = rd->p - *off;
	return 1;
}

static bool key_is(const struct reader *rd, size_t off, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(rd->t.buf + off, word, len) == 0;
}

static int grow_scratch(struct reader *rd, size_t more)
{
	if (rd->used + more <= rd->cap)
		return 0;
	size_t cap = rd->cap ? rd->cap : 256;
	while (cap < rd->used + more)
		cap *= 2;
	char *s = realloc(rd->scratch, cap);
	if (!s)
		return inn_text_oom(&rd->t);
	rd->scratch = s;
	rd->cap = cap;
	return 0;
}

/* Append s[0..len) to the scratch buffer (no NUL). */
static int put(struct reader *rd, const char *s, size_t len)
{
	if (grow_scratch(rd, len + 1) < 0)
		return -1;
	memcpy(rd->scratch + rd->used, s, len);
	rd->used += len;
	return 0;
}

/* Append code point u as UTF-8. */
static int put_utf8(struct reader *rd, unsigned long u)
{
	char s[4];
	size_t n;

	if (u < 0x80) {
		s[0] = (char)u, n = 1;
	} else if (u < 0x800) {
		s[0] = (char)(0xC0 | (u >> 6)), s[1] = (char)(0x80 | (u & 0x3F)), n = 2;
	} else if (u < 0x10000) {
		s[0] = (char)(0xE0 | (u >> 12)), s[1] = (char)(0x80 | ((u >> 6) & 0x3F)), s[2] = (char)(0x80 | (u & 0x3F)), n = 3;
	} else {
		s[0] = (char)(0xF0 | (u >> 18)), s[1] = (char)(0x80 | ((u >> 12) & 0x3F)), s[2] = (char)(0x80 | ((u >> 6) & 0x3F)),
		s[3] = (char)(0x80 | (u & 0x3F)), n = 4;
	}
	return put(rd, s, n);
}

/* The &-escape at q (q[0] == '&') ending before end: its code point and length, or false. */
static bool entity(const char *q, const char *end, unsigned long *u, size_t *n)
{
	static const struct {
		const char *name;
		unsigned long u;
	} named[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}};

	for (size_t k = 0; k < sizeof(named) / sizeof(named[0]); k++) {
		size_t l = strlen(named[k].name);
		if ((size_t)(end - q) >= l && memcmp(q, named[k].name, l) == 0) {
			*u = named[k].u, *n = l;
			return true;
		}
	}
	if (end - q < 4 || q[1] != '#')
		return false;
	bool hex = q[2] == 'x' || q[2] == 'X';
	const char *d = q + (hex ? 3 : 2), *s = d;
	unsigned long v = 0;
	for (; s < end && s - d < 8; s++) {
		int digit = *s >= '0' && *s <= '9' ? *s - '0'
			  : hex && *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
			  : hex && *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : -1;
		if (digit < 0)
			break;
		v = v * (hex ? 16 : 10) + (unsigned long)digit;
	}
	/* a NUL, a surrogate or past Unicode is no character: kept as written */
	if (s == d || s >= end || *s != ';' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return false;
	*u = v, *n = (size_t)(s - q) + 1;
	return true;
}

/* The string at p (b[p] == '"'), decoded into the scratch buffer with its NUL; its offset in *out. */
static int read_string(struct reader *rd, size_t *out)
{
	const char *b = rd->t.buf, *end = b + rd->t.len;
	size_t open = rd->p, start = rd->used;
	const char *q = b + rd->p + 1;

	for (;;) {
		const char *stop = q;
		while (stop < end && *stop != '"' && *stop != '&' && *stop != '\n')
			stop++;
		if (put(rd, q, (size_t)(stop - q)) < 0)
			return -1;
		q = stop;
		if (q >= end)
			return inn_text_fail(&rd->t, open, "string never closed");
		if (*q == '"')
			break;
		if (*q == '\n') {
			rd->line++;
			if (put(rd, q++, 1) < 0)
				return -1;
			continue;
		}
		unsigned long u;
		size_t n;
		if (entity(q, end, &u, &n)) {
			if (put_utf8(rd, u) < 0)
				return -1;
			q += n;
		} else {
			if (put(rd, q++, 1) < 0)
				return -1;
		}
		if (rd->used - start > INN_LOAD_MAX_STRING)
			return inn_text_fail(&rd->t, open, "string longer than %zu bytes", INN_LOAD_MAX_STRING);
	}
	if (rd->used - start > INN_LOAD_MAX_STRING)
		return inn_text_fail(&rd->t, open, "string longer than %zu bytes", INN_LOAD_MAX_STRING);
	rd->scratch[rd->used++] = '\0';
	*out = start;
	rd->p = (size_t)(q - b) + 1;
	return 0;
}

/* A number at p ("3", "-2.5", "1.E+20", NetworkX's "INF", "-INF" and "NAN"): its text into scratch. */
static int read_number(struct reader *rd, size_t *out)
{
	const char *b = rd->t.buf;
	size_t from = rd->p;

	while (rd->p < rd->t.len && !inn_text_blank(b[rd->p]) && b[rd->p] != '\n' && b[rd->p] != '[' &&
	       b[rd->p] != ']' && b[rd->p] != '"' && b[rd->p] != '#')
		rd->p++;
	size_t len = rd->p - from;
	char tmp[64];
	if (len == 0 || len >= sizeof(tmp))
		goto bad;
	memcpy(tmp, b + from, len);
	tmp[len] = '\0';
	/* digits, one point, an exponent: what GML and Python's repr write, nothing strtod adds (hex) */
	size_t i = tmp[0] == '+' || tmp[0] == '-';
	if (strcmp(tmp + i, "INF") && strcmp(tmp + i, "NAN")) {
		size_t digits = 0;
		while (tmp[i] >= '0' && tmp[i] <= '9')
			i++, digits++;
		if (tmp[i] == '.')
			for (i++; tmp[i] >= '0' && tmp[i] <= '9'; i++)
				digits++;
		if (!digits)
			goto bad;
		if (tmp[i] == 'e' || tmp[i] == 'E') {
			i++;
			i += tmp[i] == '+' || tmp[i] == '-';
			if (!(tmp[i] >= '0' && tmp[i] <= '9'))
				goto bad;
			while (tmp[i] >= '0' && tmp[i] <= '9')
				i++;
		}
		if (tmp[i])
			goto bad;
	}
	*out = rd->used;
	if (put(rd, tmp, len) < 0)
		return -1;
	rd->scratch[rd->used++] = '\0';
	return 0;
bad:
	return inn_text_fail(&rd->t, from, "expected a number, a \"string\" or a [ list ], not '%.*s'",
			     (int)(len < 40 ? len : 40), b + from);
}

/* Skip the value at p: a number, a string or a list (nested lists counted, not recursed). */
static int skip_value(struct reader *rd)
{
	size_t depth = 0, mark = rd->used, off;

	do {
		skip_space(rd);
		if (rd->p >= rd->t.len)
			return inn_text_fail(&rd->t, rd->p, depth ? "list never closed (expected ']')" : "expected a value");
		char c = rd->t.buf[rd->p];
		if (c == '[') {
			rd->p++;
			depth++;
			continue;
		}
		if (c == ']') {
			if (!depth)
				return inn_text_fail(&rd->t, rd->p, "expected a value, not ']'");
			rd->p++;
			depth--;
			continue;
		}
		if (depth) { /* a key inside a list, then its value */
			size_t klen;
			if (read_key(rd, &off, &klen) < 0)
				return -1;
			skip_space(rd);
			if (rd->p >= rd->t.len)
				return inn_text_fail(&rd->t, rd->p, "list never closed (expected ']')");
			c = rd->t.buf[rd->p];
			if (c == '[')
				continue;
		}
		if (c == '"' ? read_string(rd, &off) : read_number(rd, &off))
			return -1;
		rd->used = mark;
	} while (depth);
	return 0;
}

static int add_field(struct reader *rd, size_t key, size_t text, size_t at, bool is_string)
{
	if (rd->nfields == rd->fields_cap) {
		struct field *f = inn_grow(rd->fields, &rd->fields_cap, rd->nfields + 1, sizeof(*f));
		if (!f)
			return inn_text_oom(&rd->t);
		rd->fields = f;
	}
	rd->fields[rd->nfields++] = (struct field){key, text, at, is_string, INN_BOUND_EXACT};
	return 0;
}

/*
 * A list that holds one number keyed more_than or at_least, the way NetworkX writes innonet's
 * bounds ({"more_than": 140}): the field becomes the bound, keyed by the list's own key.
 */
static void bound_of_list(struct reader *rd, size_t key, size_t first)
{
	if (rd->nfields != first + 1)
		return;
	struct field *f = &rd->fields[first];
	const char *k = rd->scratch + f->key, *list = rd->scratch + key;
	size_t n = strlen(list);
	if (f->is_string || f->bound != INN_BOUND_EXACT || strncmp(k, list, n) != 0 || k[n] != '.')
		return;
	if (strcmp(k + n + 1, "more_than") == 0)
		f->bound = INN_BOUND_MORE_THAN;
	else if (strcmp(k + n + 1, "at_least") == 0)
		f->bound = INN_BOUND_AT_LEAST;
	else
		return;
	f->key = key;
}

/*
 * The block at p (b[p] == '['), a node's or an edge's, into rd->fields: each scalar with its key,
 * nested keys joined with '.'. prefix: the scratch offset of the key so far (nested), or SIZE_MAX.
 */
static int read_block(struct reader *rd)
{
	size_t prefix[GML_MAX_DEPTH + 1], first[GML_MAX_DEPTH + 1], depth = 0, off, len;

	rd->p++;
	rd->used = 0;
	rd->nfields = 0;
	for (;;) {
		int rc = read_key(rd, &off, &len);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			if (rd->p >= rd->t.len)
				return inn_text_fail(&rd->t, rd->p, "list never closed (expected ']')");
			rd->p++; /* the ']' */
			if (depth-- == 0)
				return 0;
			bound_of_list(rd, prefix[depth], first[depth]);
			continue;
		}
		/* the key, joined to its list's */
		size_t key = rd->used;
		if (depth) {
			const char *outer = rd->scratch + prefix[depth - 1];
			size_t olen = strlen(outer);
			if (grow_scratch(rd, olen + 1) < 0)
				return -1;
			memmove(rd->scratch + rd->used, rd->scratch + prefix[depth - 1], olen);
			rd->used += olen;
			if (put(rd, ".", 1) < 0)
				return -1;
		}
		if (put(rd, rd->t.buf + off, len) < 0)
			return -1;
		rd->scratch[rd->used++] = '\0';
		if (rd->used - key > 1024)
			return inn_text_fail(&rd->t, off, "nested keys longer than 1024 bytes");
		skip_space(rd);
		if (rd->p >= rd->t.len)
			return inn_text_fail(&rd->t, rd->p, "'%.*s' has no value", (int)(len < 40 ? len : 40), rd->t.buf + off);
		char c = rd->t.buf[rd->p];
		if (c == '[') {
			if (depth == GML_MAX_DEPTH)
				return inn_text_fail(&rd->t, rd->p, "lists nested more than %d deep", GML_MAX_DEPTH);
			first[depth] = rd->nfields;
			prefix[depth++] = key;
			rd->p++;
			continue;
		}
		size_t at = rd->p, text;
		if (c == '"' ? read_string(rd, &text) : read_number(rd, &text))
			return -1;
		if (add_field(rd, key, text, at, c == '"') < 0)
			return -1;
	}
}

/* Field i as a typed value: a string, or a number (NetworkX's INF and NAN kept as their text). */
static void field_value(const struct reader *rd, const struct field *f, struct inn_value *v)
{
	const char *text = rd->scratch + f->text;

	memset(v, 0, sizeof(*v));
	v->type = INN_VAL_STRING;
	v->text = text;
	if (!f->is_string && strstr(text, "INF") == NULL && strstr(text, "NAN") == NULL) {
		v->type = INN_VAL_NUMBER;
		v->number = strtod(text, NULL);
		if (!isfinite(v->number)) /* 1e999: kept as written, as a number it is no number */
			v->type = INN_VAL_STRING;
		else
			v->bound = f->bound;
	}
}

/* The field keyed key (top level of the block), or NULL. */
static const struct field *find_field(const struct reader *rd, const char *key)
{
	for (size_t i = 0; i < rd->nfields; i++)
		if (strcmp(rd->scratch + rd->fields[i].key, key) == 0)
			return &rd->fields[i];
	return NULL;
}

/* The GML id field named key: an integer (NetworkX and igraph write 0, 1, ...). */
static int gml_id(struct reader *rd, const char *key, size_t block, double *id)
{
	const struct field *f = find_field(rd, key);

	if (!f)
		return inn_text_fail(&rd->t, block, "%s without '%s'", strcmp(key, "id") ? "an edge" : "a node", key);
	const char *text = rd->scratch + f->text;
	if (f->is_string || !inn_load_is_int(text, strlen(text)))
		return inn_text_fail(&rd->t, f->at, "'%s' must be an integer, not '%.40s'", key, text);
	*id = strtod(text, NULL);
	return 0;
}

static int node_block(struct reader *rd, size_t block, size_t line)
{
	const struct field *label = find_field(rd, "label"), *name = find_field(rd, "name"), *idf;
	double id;
	char where[200];
	size_t at;

	if (gml_id(rd, "id", block, &id) < 0)
		return -1;
	idf = find_field(rd, "id");
	const struct field *as_id = label ? label : name ? name : idf;
	const char *text = rd->scratch + as_id->text;
	if (!*text)
		return inn_text_fail(&rd->t, as_id->at, "empty node %s", label ? "label" : "name");
	if (inn_model_find(rd->t.m, text, &at))
		return inn_text_fail(&rd->t, as_id->at, "two nodes labelled '%.60s' (labels are ids)", text);
	int rc = inn_model_add_node(rd->t.m, text, as_id == idf || inn_load_is_int(text, strlen(text)), &at);
	if (rc == INN_MODEL_ETOOBIG)
		return inn_text_fail(&rd->t, block, "too many nodes");
	if (rc < 0)
		return inn_text_oom(&rd->t);
	if (rd->nids == rd->ids_cap) {
		struct gml_id *g = inn_grow(rd->ids, &rd->ids_cap, rd->nids + 1, sizeof(*g));
		if (!g)
			return inn_text_oom(&rd->t);
		rd->ids = g;
	}
	rd->ids[rd->nids++] = (struct gml_id){id, (uint32_t)at, block};
	struct inn_node *n = &rd->t.m->nodes[at];
	struct inn_node_more x = inn_no_node_more;
	snprintf(where, sizeof(where), "%s:%zu: node '%.60s'", rd->t.origin, line, n->id);
	for (size_t i = 0; i < rd->nfields; i++) {
		const struct field *f = &rd->fields[i];
		struct inn_value v;
		if (f == as_id || f == idf)
			continue;
		field_value(rd, f, &v);
		if (inn_load_node_field(rd->t.m, n, &x, rd->scratch + f->key, &v, &rd->rest, where, rd->t.err) < 0)
			return -1;
	}
	return inn_load_node_end(rd->t.m, at, &x, &rd->rest, where, rd->t.origin, rd->t.err);
}

static int cmp_id(const void *a, const void *b)
{
	const struct gml_id *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* The node of GML id key's value. */
static int end_of(struct reader *rd, const char *key, size_t block, uint32_t *index)
{
	struct gml_id probe;

	if (gml_id(rd, key, block, &probe.id) < 0)
		return -1;
	/* no nodes, no table: bsearch must not be handed a null array */
	const struct gml_id *g = rd->nids ? bsearch(&probe, rd->ids, rd->nids, sizeof(*rd->ids), cmp_id) : NULL;
	if (!g)
		return inn_text_fail(&rd->t, find_field(rd, key)->at, "no node with id %.0f", probe.id);
	*index = g->index;
	return 0;
}

static int edge_block(struct reader *rd, size_t block, size_t line)
{
	const struct field *src = NULL, *dst = NULL, *key = NULL;
	uint32_t s, t;
	char where[300];

	if (end_of(rd, "source", block, &s) < 0 || end_of(rd, "target", block, &t) < 0)
		return -1;
	src = find_field(rd, "source");
	dst = find_field(rd, "target");
	key = find_field(rd, "key"); /* NetworkX's multigraph key: which of parallel edges, no data */
	struct inn_link *l = inn_model_add_link(rd->t.m, s, t);
	struct inn_link_more x = inn_no_link_more;
	if (!l)
		return inn_text_oom(&rd->t);
	snprintf(where, sizeof(where), "%s:%zu: link '%.60s' %s '%.60s'", rd->t.origin, line, rd->t.m->nodes[s].id,
		 rd->t.m->directed ? "->" : "--", rd->t.m->nodes[t].id);
	for (size_t i = 0; i < rd->nfields; i++) {
		const struct field *f = &rd->fields[i];
		struct inn_value v;
		if (f == src || f == dst || f == key)
			continue;
		field_value(rd, f, &v);
		if (inn_load_link_field(rd->t.m, l, &x, rd->scratch + f->key, &v, &rd->rest, where, rd->t.err) < 0)
			return -1;
	}
	return inn_load_link_end(rd->t.m, rd->t.m->nlinks - 1, &x, &rd->rest, where, rd->t.origin, rd->t.err);
}

/* A graph-level scalar: directed, and the name (first pass only); others are skipped. */
static int graph_scalar(struct reader *rd, size_t off, size_t len)
{
	size_t text, mark = rd->used;
	char c = rd->t.buf[rd->p];
	size_t at = rd->p;

	if (c == '"' ? read_string(rd, &text) : read_number(rd, &text))
		return -1;
	if (rd->pass == 1 && key_is(rd, off, len, "directed")) {
		const char *s = rd->scratch + text;
		if (c == '"' || (strcmp(s, "0") && strcmp(s, "1")))
			return inn_text_fail(&rd->t, at, "'directed' must be 0 or 1, not '%.40s'", s);
		rd->t.m->directed = s[0] == '1';
	} else if (rd->pass == 1 && (key_is(rd, off, len, "name") || key_is(rd, off, len, "label")) && c == '"' &&
		   rd->scratch[text]) {
		const char *s = rd->scratch + text;
		if (inn_text_set_name(rd->t.m, s, strlen(s), rd->t.origin, rd->t.err) < 0)
			return -1;
	}
	rd->used = mark;
	return 0;
}

/* The graph's list, p just past its '['. */
static int read_graph(struct reader *rd)
{
	size_t off, len;
	int rc;

	while ((rc = read_key(rd, &off, &len)) > 0) {
		skip_space(rd);
		if (rd->p >= rd->t.len)
			break;
		bool list = rd->t.buf[rd->p] == '[';
		bool node = list && key_is(rd, off, len, "node"), edge = list && key_is(rd, off, len, "edge");
		if ((node && rd->pass == 1) || (edge && rd->pass == 2)) {
			size_t line = rd->line;
			if (read_block(rd) < 0 || (node ? node_block(rd, off, line) : edge_block(rd, off, line)) < 0)
				return -1;
		} else if (!list) {
			if (graph_scalar(rd, off, len) < 0)
				return -1;
		} else if (skip_value(rd) < 0) {
			return -1;
		}
	}
	if (rc < 0)
		return -1;
	if (rd->p >= rd->t.len)
		return inn_text_fail(&rd->t, rd->p, "the graph's list never closed (expected ']')");
	rd->p++;
	return 0;
}

/* One pass over the file: top-level keys (Creator, Version ...) skipped, one graph read. */
static int read_pass(struct reader *rd)
{
	size_t off, len;
	int rc;
	bool graph = false;

	rd->p = rd->t.len >= 3 && memcmp(rd->t.buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	rd->line = 1;
	while ((rc = read_key(rd, &off, &len)) > 0) {
		skip_space(rd);
		if (key_is(rd, off, len, "graph") && rd->p < rd->t.len && rd->t.buf[rd->p] == '[') {
			if (graph)
				return inn_text_fail(&rd->t, off, "a second graph (innonet reads one graph a file)");
			graph = true;
			rd->p++;
			if (read_graph(rd) < 0)
				return -1;
		} else if (skip_value(rd) < 0) {
			return -1;
		}
	}
	if (rc < 0)
		return -1;
	if (rd->p < rd->t.len)
		return inn_text_fail(&rd->t, rd->p, "']' closes no list");
	if (!graph)
		return inn_error_set(rd->t.err, INN_EINPUT, "%s: no 'graph [ ... ]' (not a GML file?)", rd->t.origin);
	return 0;
}

struct inn_model *inn_load_gml(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct reader rd = {.t = {.buf = buf, .len = len, .origin = origin, .err = err}};
	int rc = -1;

	if (inn_text_begin(&rd.t) < 0)
		return NULL;
	rd.pass = 1;
	if (read_pass(&rd) < 0)
		goto out;
	if (rd.nids) /* a file without nodes has no table: qsort must not be handed a null array */
		qsort(rd.ids, rd.nids, sizeof(*rd.ids), cmp_id);
	for (size_t i = 1; i < rd.nids; i++) {
		if (rd.ids[i].id == rd.ids[i - 1].id) {
			size_t later = rd.ids[i].at > rd.ids[i - 1].at ? rd.ids[i].at : rd.ids[i - 1].at;
			inn_text_fail(&rd.t, later, "a second node with id %.0f", rd.ids[i].id);
			goto out;
		}
	}
	rd.pass = 2;
	rc = read_pass(&rd);
out:
	inn_attr_list_release(&rd.rest);
	free(rd.scratch);
	free(rd.fields);
	free(rd.ids);
	return inn_text_end(&rd.t, rc);
}
