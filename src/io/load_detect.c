/*
 * load_detect.c: which reader a model needs: the format --input-format names, else the one the
 * file's extension says, else the one its first bytes show. Only the beginning of a file is
 * looked at (at most 64 KiB), so telling costs nothing next to reading.
 */
#include "innonet/load.h"

#include "load_internal.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	enum inn_model_format f;
} names[] = {
	{"json", INN_FMT_JSON},   {"graphml", INN_FMT_GRAPHML}, {"gexf", INN_FMT_GEXF}, {"dot", INN_FMT_DOT},
	{"csv", INN_FMT_CSV},     {"pajek", INN_FMT_PAJEK},     {"dl", INN_FMT_DL},     {"edgelist", INN_FMT_EDGELIST},
	{"lgl", INN_FMT_LGL},     {"adjlist", INN_FMT_ADJLIST}, {"gml", INN_FMT_GML},
	{"multiline-adjlist", INN_FMT_MLADJLIST}, {"graph6", INN_FMT_GRAPH6}, {"leda", INN_FMT_LEDA},
	{"dimacs", INN_FMT_DIMACS}, {"adjacency-json", INN_FMT_ADJACENCY_JSON},
	{"cytoscape-json", INN_FMT_CYTOSCAPE_JSON}, {"tree-json", INN_FMT_TREE_JSON},
	{"adjacency-matrix", INN_FMT_ADJACENCY_MATRIX},
};

static const struct {
	const char *ext;
	enum inn_model_format f;
} extensions[] = {
	{"json", INN_FMT_JSON},   {"graphml", INN_FMT_GRAPHML},  {"gexf", INN_FMT_GEXF},
	{"dot", INN_FMT_DOT},     {"gv", INN_FMT_DOT},           {"csv", INN_FMT_CSV},     {"net", INN_FMT_PAJEK},
	{"paj", INN_FMT_PAJEK},   {"dl", INN_FMT_DL},            {"edgelist", INN_FMT_EDGELIST},
	{"edges", INN_FMT_EDGELIST}, {"ncol", INN_FMT_EDGELIST},
	{"lgl", INN_FMT_LGL},      {"adjlist", INN_FMT_ADJLIST}, {"gml", INN_FMT_GML},
	{"g6", INN_FMT_GRAPH6},    {"s6", INN_FMT_GRAPH6},       {"graph6", INN_FMT_GRAPH6},
	{"sparse6", INN_FMT_GRAPH6}, {"gw", INN_FMT_LEDA},       {"leda", INN_FMT_LEDA},
	{"dimacs", INN_FMT_DIMACS}, {"max", INN_FMT_DIMACS},     {"cyjs", INN_FMT_CYTOSCAPE_JSON},
	{"graphmlz", INN_FMT_GRAPHML},
};

bool inn_model_format_parse(const char *name, enum inn_model_format *f)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(names[i].name, name) == 0) {
			*f = names[i].f;
			return true;
		}
	}
	if (strcmp(name, "net") == 0) { /* Pajek's extension, as users call the format */
		*f = INN_FMT_PAJEK;
		return true;
	}
	if (strcmp(name, "sparse6") == 0) { /* one reader for both */
		*f = INN_FMT_GRAPH6;
		return true;
	}
	return false;
}

const char *inn_model_format_name(enum inn_model_format f)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].f == f)
			return names[i].name;
	return "auto";
}

enum inn_model_format inn_model_format_of(const char *path)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path, *dot = strrchr(base, '.');
	size_t n;

	if (!dot)
		return INN_FMT_AUTO;
	n = strlen(dot + 1);
	/* a.graphml.gz: the extension before .gz says the format (load.c inflates the bytes) */
	if (strcasecmp(dot + 1, "gz") == 0) {
		const char *prev = dot;
		while (prev > base && prev[-1] != '.')
			prev--;
		if (prev == base)
			return INN_FMT_AUTO;
		n = (size_t)(dot - prev);
		dot = prev - 1;
	}
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
		if (strlen(extensions[i].ext) == n && strncasecmp(extensions[i].ext, dot + 1, n) == 0)
			return extensions[i].f;
	return INN_FMT_AUTO; /* .txt, .xml (GraphML or GEXF) and the like: the content decides */
}

static bool word_is(const char *s, const char *end, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(end - s) >= n && strncasecmp(s, word, n) == 0 &&
	       ((size_t)(end - s) == n || (s[n] && strchr(" \t\r\n{,=:", s[n])));
}

/* Whether text [s, end) holds needle. */
static bool contains(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);

	for (; (size_t)(end - s) >= n; s++)
		if (*s == needle[0] && memcmp(s, needle, n) == 0)
			return true;
	return false;
}

/*
 * The next word of a line at or after *p, before e (words are parted by spaces, tabs and carriage
 * returns): false when there is none; else *from is its start and *p its end. split() and
 * matrix() see the same words this way.
 */
static bool next_word(const char **p, const char *e, const char **from)
{
	const char *q = *p;

	while (q < e && (*q == ' ' || *q == '\t' || *q == '\r'))
		q++;
	if (q >= e)
		return false;
	*from = q;
	while (q < e && *q != ' ' && *q != '\t' && *q != '\r')
		q++;
	*p = q;
	return true;
}

/* A line [s, e) of the text, split into at most max words (offsets and lengths): their count. */
static size_t split(const char *s, const char *e, const char *(*w)[2], size_t max)
{
	size_t n = 0;

	for (const char *p = s, *from; next_word(&p, e, &from);) {
		if (n < max) {
			w[n][0] = from;
			w[n][1] = p;
		}
		n++;
	}
	return n;
}

static bool is_number(const char *s, const char *e)
{
	double x;

	return e > s && inn_load_number(s, (size_t)(e - s), &x);
}

static bool is_integer(const char *s, const char *e)
{
	if (s < e && *s == '-')
		s++;
	if (s >= e)
		return false;
	for (; s < e; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* The end of the line that starts at s (its '\n', or end). */
static const char *eol(const char *s, const char *end)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));

	return nl ? nl : end;
}

/* graph6 or sparse6 without a header: one word of bytes 63 .. 126 (sparse6 after a ':'), graph6's of the length its N needs. */
static bool headerless_graph6(const char *s, const char *end)
{
	const char *e = eol(s, end), *w[2][2];

	if (split(s, e, w, 2) != 1)
		return false;
	const unsigned char *p = (const unsigned char *)w[0][0], *q = (const unsigned char *)w[0][1];
	bool sparse = *p == ':';
	p += sparse;
	if (p >= q)
		return false;
	for (const unsigned char *r = p; r < q; r++)
		if (*r < 63 || *r > 126)
			return false;
	if (sparse)
		return true;
	uint64_t n = 0;
	size_t skip = 1;
	if (p[0] != 126) {
		n = p[0] - 63u;
	} else if (q - p >= 4 && p[1] != 126) {
		n = (uint64_t)(p[1] - 63u) << 12 | (uint64_t)(p[2] - 63u) << 6 | (p[3] - 63u);
		skip = 4;
	} else {
		return false; /* a graph of 258,048 vertices or more is not told without its header */
	}
	return n >= 2 && (uint64_t)(q - p) - skip == (n * (n - 1) / 2 + 5) / 6;
}

/* DIMACS: 'c' comment lines, then "p max|edge N M". */
static bool dimacs(const char *s, const char *end)
{
	const char *w[3][2];

	for (; s < end; s = eol(s, end) + 1) {
		size_t n = split(s, eol(s, end), w, 3);
		if (n == 0 || (w[0][1] - w[0][0] == 1 && w[0][0][0] == 'c'))
			continue;
		return n >= 2 && w[0][1] - w[0][0] == 1 && w[0][0][0] == 'p' &&
		       ((w[1][1] - w[1][0] == 3 && memcmp(w[1][0], "max", 3) == 0) ||
			(w[1][1] - w[1][0] == 4 && memcmp(w[1][0], "edge", 4) == 0));
	}
	return false;
}

/* LGL: the first line that is not blank is "# VERTEX", every '#' line names one vertex, every other line is "NEIGHBOUR [WEIGHT]". */
static bool lgl(const char *s, const char *end)
{
	const char *w[3][2];
	bool first = true, links = false;

	for (; s < end; s = eol(s, end) + 1) {
		const char *e = eol(s, end);
		size_t n = split(s, e, w, 3);
		if (n == 0)
			continue;
		if (w[0][0][0] == '#') {
			size_t k = split(w[0][0] + 1, e, w, 3);
			if (k != 1)
				return false;
		} else if (first || n > 2 || (n == 2 && !is_number(w[1][0], w[1][1]))) {
			return false;
		} else {
			links = true;
		}
		first = false;
	}
	return links;
}

/* A line without its comment: [s, e), e the '#' or the end of the line. */
static const char *uncommented(const char *s, const char *end)
{
	const char *e = eol(s, end), *hash = memchr(s, '#', (size_t)(e - s));

	return hash ? hash : e;
}

/*
 * NetworkX's multiline adjacency list: "NODE DEGREE" lines, each followed by DEGREE lines
 * "NEIGHBOUR [{data}]". 1: it is one, with a link line that has data; 2: it could be one, but its
 * link lines are single words (so it could as well be an adjacency list); 0: it is not one.
 */
static int multiline(const char *s, const char *end)
{
	const char *w[3][2];
	uint64_t owed = 0;
	bool data = false, links = false;

	for (; s < end; s = eol(s, end) + 1) {
		const char *e = uncommented(s, end);
		size_t n = split(s, e, w, 3);
		if (n == 0)
			continue;
		if (owed) {
			if (n >= 2 && w[1][0][0] != '{')
				return 0;
			data |= n >= 2;
			links = true;
			owed--;
			continue;
		}
		if (n != 2 || !is_integer(w[1][0], w[1][1]) || w[1][0][0] == '-' || w[1][1] - w[1][0] > 9)
			return 0;
		for (const char *p = w[1][0]; p < w[1][1]; p++)
			owed = owed * 10 + (uint64_t)(*p - '0');
	}
	return !links ? 0 : data ? 1 : 2;
}

/*
 * Edge lists and adjacency lists: "SOURCE TARGET [WEIGHT | {data}]" on every line, or "NODE
 * NEIGHBOUR ..." with any number of neighbours. *both: the text reads as either, differently.
 */
static enum inn_model_format lists(const char *s, const char *end, bool *both)
{
	const char *w[4][2];
	bool edgelist = true, adjlist = true, two = false, integers = true, three = false;

	*both = false;
	for (; s < end; s = eol(s, end) + 1) {
		const char *e = uncommented(s, end);
		size_t n = split(s, e, w, 4);
		if (n == 0)
			continue;
		bool data = n >= 3 && w[2][0][0] == '{';
		if (n == 1 || (n >= 3 && !data && (n > 3 || !is_number(w[2][0], w[2][1]))))
			edgelist = false;
		if (data)
			adjlist = false;
		two |= n >= 2;
		three |= n == 3 && !data;
		for (size_t k = 0; k < n && k < 4; k++)
			integers &= is_integer(w[k][0], w[k][1]);
	}
	if (!two)
		return INN_FMT_AUTO; /* lines of one word each: no network innonet can tell */
	if (edgelist && adjlist && three && integers) {
		*both = true; /* "1 2 3": a link of weight 3, or two links from 1 */
		return INN_FMT_AUTO;
	}
	return edgelist ? INN_FMT_EDGELIST : adjlist ? INN_FMT_ADJLIST : INN_FMT_AUTO;
}

/*
 * python-igraph's write_adjacency: N lines of N numbers (blank and '#' lines aside). 1: it is a
 * matrix and nothing else innonet reads; 2: it is square, but it reads as well as an edge list
 * (N of 2 or 3: "0 1" is a link) or as an adjacency list (its first column N distinct numbers, as
 * an adjacency list's nodes are: "0 1 2 3 / 1 0 2 3 / ..." is K4 either way); 0: it is not square.
 * cut: the text goes on past end, whose last line (perhaps cut) is not looked at, nor the count
 * of lines held against N.
 */
static int matrix(const char *s, const char *end, bool cut)
{
	size_t cols = 0, rows = 0;
	bool distinct = true;
	double first[64];

	for (; s < end; s = eol(s, end) + 1) {
		const char *e = uncommented(s, end);
		if (cut && eol(s, end) == end)
			break;
		size_t n = 0;
		for (const char *p = s, *from; next_word(&p, e, &from);) {
			double x;
			if (!inn_load_number(from, (size_t)(p - from), &x))
				return 0;
			if (n == 0) {
				/* distinct first values: the first 64 rows are enough to see a repeat */
				for (size_t k = 0; k < rows && k < 64; k++)
					distinct &= first[k] != x;
				if (rows < 64)
					first[rows] = x;
			}
			n++;
		}
		if (n == 0)
			continue;
		if (rows == 0)
			cols = n;
		else if (n != cols)
			return 0;
		if (++rows > cols)
			return 0;
	}
	if (cols < 2 || (!cut && rows != cols))
		return 0;
	return cols <= 3 || distinct ? 2 : 1;
}

/* Where the text starts: past a byte-order mark, within the first 64 KiB. */
static const char *window(const char *buf, size_t len, const char **end)
{
	*end = buf + (len < ((size_t)1 << 16) ? len : (size_t)1 << 16);
	return *end - buf >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? buf + 3 : buf;
}

enum inn_model_format inn_model_format_sniff(const char *buf, size_t len)
{
	const char *end, *s = window(buf, len, &end), *text = s;

	/* graph6 and sparse6 with their header, LEDA by its first line */
	if ((end - s >= 10 && memcmp(s, ">>graph6<<", 10) == 0) || (end - s >= 11 && memcmp(s, ">>sparse6<<", 11) == 0))
		return INN_FMT_GRAPH6;
	/* comment lines: '%' (Pajek), '#' (edge lists), '//' (DOT) */
	for (;;) {
		while (s < end && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
			s++;
		if (s < end && (*s == '%' || *s == '#' || (*s == '/' && s + 1 < end && s[1] == '/'))) {
			const char *nl = memchr(s, '\n', (size_t)(end - s));
			s = nl ? nl + 1 : end;
			continue;
		}
		break;
	}
	if (s >= end || *s == '{' || *s == '[')
		return INN_FMT_JSON; /* an empty file gets the JSON reader's message */
	if (*s == '<') {
		if (contains(s, end, "<gexf"))
			return INN_FMT_GEXF;
		if (contains(s, end, "<graphml"))
			return INN_FMT_GRAPHML;
		return INN_FMT_AUTO;
	}
	if (*s == '*')
		return word_is(s, end, "*vertices") || word_is(s, end, "*network") ? INN_FMT_PAJEK : INN_FMT_AUTO;
	if (end - s >= 10 && memcmp(s, "LEDA.GRAPH", 10) == 0)
		return INN_FMT_LEDA;
	if (dimacs(s, end))
		return INN_FMT_DIMACS;
	if (headerless_graph6(s, end))
		return INN_FMT_GRAPH6;
	if (word_is(s, end, "dl"))
		return INN_FMT_DL;
	/* GML: "graph [" (NetworkX), or igraph's "Creator" and "Version" lines first */
	if (word_is(s, end, "creator") || word_is(s, end, "version"))
		return INN_FMT_GML;
	if (word_is(s, end, "graph")) {
		const char *q = s + 5;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
			q++;
		if (q < end && *q == '[')
			return INN_FMT_GML;
	}
	if (word_is(s, end, "strict") || word_is(s, end, "graph") || word_is(s, end, "digraph") ||
	    (*s == '/' && s + 1 < end && s[1] == '*'))
		return INN_FMT_DOT;
	/* the first line: a CSV header has commas */
	const char *e = eol(s, end);
	if (memchr(s, ',', (size_t)(e - s)) && !memchr(s, '{', (size_t)(e - s)))
		return INN_FMT_CSV;
	/* the line formats, each line's words looked at (the comments too: LGL's vertices are in them) */
	bool both;
	bool cut = end < buf + len;
	if (matrix(text, end, cut) == 1)
		return INN_FMT_ADJACENCY_MATRIX;
	if (matrix(text, end, cut) == 2)
		return INN_FMT_AUTO;
	if (lgl(text, end))
		return INN_FMT_LGL;
	if (multiline(text, end) == 1)
		return INN_FMT_MLADJLIST;
	if (multiline(text, end) == 2)
		return INN_FMT_AUTO;
	return lists(text, end, &both);
}

const char *inn_model_format_candidates(const char *buf, size_t len)
{
	const char *end, *s = window(buf, len, &end);
	bool both;

	const char *w[3][2];
	bool cut = end < buf + len;
	if (matrix(s, end, cut) == 2) {
		const char *p = s;
		size_t n = 0;
		for (; p < end && !n; p = eol(p, end) + 1)
			n = split(p, uncommented(p, end), w, 3);
		return n <= 3 ? "an adjacency matrix (adjacency-matrix), an edge list (edgelist) or an adjacency list (adjlist)"
			      : "an adjacency matrix (adjacency-matrix) or an adjacency list (adjlist)";
	}
	if (multiline(s, end) == 2)
		return "a multiline adjacency list (multiline-adjlist) or an adjacency list (adjlist)";
	if (lists(s, end, &both) == INN_FMT_AUTO && both)
		return "an edge list with weights (edgelist) or an adjacency list (adjlist)";
	return NULL;
}

enum inn_model_format inn_json_layout(const char *buf, size_t len)
{
	bool nodes = false, children = false;
	int depth = 0;

	/* the keys of the top-level object, the whole text over: adjacency data puts its key last */
	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (c == '"') {
			size_t from = ++i;
			while (i < len && buf[i] != '"')
				i += buf[i] == '\\' ? 2 : 1;
			if (depth != 1 || i >= len)
				continue;
			size_t j = i + 1;
			while (j < len && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r' || buf[j] == '\n'))
				j++;
			if (j >= len || buf[j] != ':')
				continue;
			size_t n = i - from;
#define KEY(k) (n == sizeof(k) - 1 && memcmp(buf + from, k, n) == 0)
			if (KEY("adjacency"))
				return INN_FMT_ADJACENCY_JSON;
			if (KEY("elements"))
				return INN_FMT_CYTOSCAPE_JSON;
			nodes |= KEY("nodes");
			children |= KEY("children");
#undef KEY
		} else if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			depth--;
		}
	}
	return children && !nodes ? INN_FMT_TREE_JSON : INN_FMT_JSON;
}
