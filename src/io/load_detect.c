/*
 * load_detect.c: which reader a model needs: the format --input-format names, else the one the
 * file's extension says, else the one its first bytes show. Only the beginning of a file is
 * looked at (at most 64 KiB), so telling costs nothing next to reading.
 */
#include "innonet/load.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	enum inn_model_format f;
} names[] = {
	{"json", INN_FMT_JSON},   {"graphml", INN_FMT_GRAPHML}, {"gexf", INN_FMT_GEXF}, {"dot", INN_FMT_DOT},
	{"csv", INN_FMT_CSV},     {"pajek", INN_FMT_PAJEK},     {"dl", INN_FMT_DL},     {"edgelist", INN_FMT_EDGELIST},
	{"lgl", INN_FMT_LGL},     {"adjlist", INN_FMT_ADJLIST}, {"gml", INN_FMT_GML},
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
	const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');

	if (!dot || (slash && dot < slash))
		return INN_FMT_AUTO;
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
		if (strcasecmp(extensions[i].ext, dot + 1) == 0)
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

enum inn_model_format inn_model_format_sniff(const char *buf, size_t len)
{
	const char *s = buf, *end = buf + (len < ((size_t)1 << 16) ? len : (size_t)1 << 16);

	if (end - s >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;
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
	/* the first line: a CSV header has commas; an edge list has two or three words */
	const char *nl = memchr(s, '\n', (size_t)(end - s)), *eol = nl ? nl : end;
	if (memchr(s, ',', (size_t)(eol - s)) && !memchr(s, '{', (size_t)(eol - s)))
		return INN_FMT_CSV;
	size_t words = 0;
	for (const char *p = s; p < eol;) {
		while (p < eol && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p >= eol || *p == '{' || *p == '#')
			break;
		words++;
		while (p < eol && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
	}
	return words >= 2 ? INN_FMT_EDGELIST : INN_FMT_AUTO;
}
