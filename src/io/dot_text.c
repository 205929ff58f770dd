/*
 * dot_text.c: DOT lexed by innonet before cgraph parses it (dot_text.h says why). The rules are
 * those of cgraph 2.42's lexer (lib/cgraph/scan.l), so a file means what it meant to cgraph:
 *   - a quoted string keeps its bytes, except that \" is a quote and a backslash before a line
 *     break joins the lines (\\ stays two backslashes, as cgraph keeps it);
 *   - an HTML string <...> keeps everything between its outer brackets, nested ones included;
 *   - strings (quoted or HTML) joined by `+` are one string;
 *   - a bare name is a letter, '_' or any byte above 0x7f, then those or digits; a number is
 *     [-](digits[.digits*] | .digits), and whatever follows it starts the next token;
 *   - node, edge, graph, digraph, subgraph and strict, in any case, are keywords when bare;
 *   - comments are / * ... * /, // and # to the end of the line; a byte-order mark not followed
 *     by a name's byte is white space; any other byte is a token of its own.
 * Everything here is one pass over the text: no step looks back further than it moved forward.
 */
#include "dot_text.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "innonet/grow.h"
#include "innonet/hash.h"
#include "innonet/load.h"
#include "load_internal.h"

/* A growing byte buffer, always '\0'-terminated once anything is put in it. */
struct buf {
	char *p;
	size_t n, cap;
};

static int put(struct buf *b, const char *s, size_t n)
{
	if (b->cap - b->n < n + 1) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap - b->n < n + 1) {
			if (cap > SIZE_MAX / 2)
				return -1;
			cap *= 2;
		}
		char *p = realloc(b->p, cap);
		if (!p)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
	return 0;
}

struct lex {
	const char *buf; /* borrowed: the file */
	size_t len, i;
	const char *origin;    /* borrowed */
	struct inn_error *err; /* borrowed */
	struct buf out;        /* the text for cgraph, moved to the result */
	struct buf str;        /* the IDs' texts, moved to the result */
	uint32_t *at;          /* owned until moved: where each ID's text starts */
	size_t nat, capat;
	size_t stored;         /* the end of the last ID's text in str, its '\0' included */
	uint32_t *slots;       /* owned: a hash table of 1 + the index of each ID, 0 when free */
	size_t nslots;         /* a power of two, at least twice nat */
};

static int oom(struct lex *L)
{
	return inn_error_set(L->err, INN_EFAIL, "%s: out of memory while loading the model", L->origin);
}

static int fail_at(struct lex *L, size_t off, const char *what)
{
	size_t line, col;

	inn_text_position(L->buf, off, &line, &col);
	return inn_error_set(L->err, INN_EINPUT, "%s:%zu:%zu: %s", L->origin, line, col, what);
}

static bool letter(unsigned char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool name_byte(unsigned char c)
{
	return letter(c) || digit(c);
}

static bool keyword(const char *s, size_t n)
{
	static const char *const words[] = {"node", "edge", "graph", "digraph", "subgraph", "strict"};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strlen(words[k]) == n && strncasecmp(s, words[k], n) == 0)
			return true;
	return false;
}

/*
 * A name cgraph reads as itself and that no stand-in can look like: an ASCII letter, then
 * letters, digits and '_', short, and no keyword. Everything else travels as a stand-in.
 */
static bool plain(const char *s, size_t n)
{
	if (n == 0 || n > 32 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return false;
	for (size_t k = 1; k < n; k++)
		if (!name_byte((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80)
			return false;
	return !keyword(s, n);
}

static size_t text_len(const struct lex *L, size_t k)
{
	return (k + 1 < L->nat ? L->at[k + 1] : L->stored) - L->at[k] - 1;
}

static int grow_slots(struct lex *L)
{
	size_t n = L->nslots ? 2 * L->nslots : 1024;
	uint32_t *slots = calloc(n, sizeof(*slots));

	if (!slots)
		return -1;
	for (size_t k = 0; k < L->nat; k++) {
		size_t j = (size_t)inn_hash(L->str.p + L->at[k], text_len(L, k)) & (n - 1);
		while (slots[j])
			j = (j + 1) & (n - 1);
		slots[j] = (uint32_t)(k + 1);
	}
	free(L->slots);
	L->slots = slots;
	L->nslots = n;
	return 0;
}

/*
 * The ID whose text is L->str from s0 on: written plain, or written as a stand-in, the same one
 * for the same text (two stand-ins for one name would make two nodes of it).
 */
static int emit_id(struct lex *L, size_t s0, size_t start)
{
	size_t n = L->str.n - s0;
	char name[32];

	if (n > INN_LOAD_MAX_STRING) {
		char what[80];
		snprintf(what, sizeof(what), "string longer than %zu MiB (the limit)", INN_LOAD_MAX_STRING >> 20);
		return fail_at(L, start, what);
	}
	if (plain(L->str.p + s0, n)) {
		int rc = put(&L->out, L->str.p + s0, n) < 0 || put(&L->out, " ", 1) < 0 ? oom(L) : 0;
		L->str.n = s0;
		return rc;
	}
	if ((L->nat + 1) * 2 > L->nslots && grow_slots(L) < 0)
		return oom(L);
	size_t j = (size_t)inn_hash(L->str.p + s0, n) & (L->nslots - 1);
	for (; L->slots[j]; j = (j + 1) & (L->nslots - 1)) {
		size_t k = L->slots[j] - 1;
		if (text_len(L, k) == n && memcmp(L->str.p + L->at[k], L->str.p + s0, n) == 0) {
			L->str.n = s0;
			int w = snprintf(name, sizeof(name), "_%zu ", k);
			return put(&L->out, name, (size_t)w) < 0 ? oom(L) : 0;
		}
	}
	if (s0 > UINT32_MAX || L->nat >= UINT32_MAX - 1 || put(&L->str, "", 1) < 0) /* the text and its '\0' */
		return oom(L);
	L->slots[j] = (uint32_t)(L->nat + 1);
	L->stored = L->str.n;
	if (L->nat == L->capat) {
		uint32_t *at = inn_grow(L->at, &L->capat, L->nat + 1, sizeof(*at));
		if (!at)
			return oom(L);
		L->at = at;
	}
	L->at[L->nat] = (uint32_t)s0;
	int w = snprintf(name, sizeof(name), "_%zu ", L->nat++);
	return put(&L->out, name, (size_t)w) < 0 ? oom(L) : 0;
}

static int newlines(struct lex *L, size_t n)
{
	for (; n > 0; n--)
		if (put(&L->out, "\n", 1) < 0)
			return oom(L);
	return 0;
}

/* Past white space, line breaks and comments from j; *nl counts the line breaks. */
static size_t skip_blank(const struct lex *L, size_t j, size_t *nl)
{
	const char *b = L->buf;

	while (j < L->len) {
		if (b[j] == '\n') {
			++*nl;
			j++;
		} else if (b[j] == ' ' || b[j] == '\t' || b[j] == '\r') {
			j++;
		} else if (b[j] == '/' && j + 1 < L->len && b[j + 1] == '*') {
			for (j += 2; j < L->len && !(b[j] == '*' && j + 1 < L->len && b[j + 1] == '/'); j++)
				*nl += b[j] == '\n';
			j = j < L->len ? j + 2 : L->len; /* a comment never closed ends the file, as in cgraph */
		} else if ((b[j] == '/' && j + 1 < L->len && b[j + 1] == '/') || b[j] == '#') {
			const char *end = memchr(b + j, '\n', L->len - j);
			j = end ? (size_t)(end - b) : L->len;
		} else {
			break;
		}
	}
	return j;
}

/* The quoted or HTML string at L->i, its text appended to L->str; L->i moves past it. */
static int read_string(struct lex *L, size_t *nl)
{
	const char *b = L->buf;
	size_t j = L->i + 1, run = j;

	if (b[L->i] == '"') {
		/* cgraph's pieces: \" \\ \-newline, a lone \, or a run of other bytes */
		while (j >= L->len || b[j] != '"') {
			if (j >= L->len)
				return fail_at(L, L->i, "invalid DOT: quoted string never closed");
			if (b[j] == '\\') {
				char next = j + 1 < L->len ? b[j + 1] : '\0';
				const char *piece = next == '"' ? "\"" : "\\\\"; /* a quote; two backslashes */
				size_t n = next == '\\' ? 2 : 1, step = next == '"' || next == '\\' ? 2 : 1;
				if (next == '\n') {
					++*nl;
					j += 2;
					continue;
				}
				if (put(&L->str, piece, n) < 0) /* a lone backslash: the first of "\\\\" */
					return oom(L);
				j += step;
				continue;
			}
			for (run = j; j < L->len && b[j] != '"' && b[j] != '\\'; j++)
				*nl += b[j] == '\n';
			/* a run of one line break is matched by cgraph's line-counting rule, and dropped */
			if (!(j - run == 1 && b[run] == '\n') && put(&L->str, b + run, j - run) < 0)
				return oom(L);
		}
	} else {
		size_t depth = 1;
		for (;; j++) {
			if (j >= L->len)
				return fail_at(L, L->i, "invalid DOT: HTML string never closed (a '<' without its '>')");
			*nl += b[j] == '\n';
			depth += b[j] == '<';
			if (b[j] == '>' && --depth == 0)
				break;
		}
		if (put(&L->str, b + run, j - run) < 0)
			return oom(L);
	}
	L->i = j + 1;
	return 0;
}

/* A bare name or number, buf[L->i .. j): an ID whose text is itself; L->i is moved past it. */
static int bare_id(struct lex *L, size_t j)
{
	size_t s0 = L->str.n;

	if (put(&L->str, L->buf + L->i, j - L->i) < 0)
		return oom(L);
	if (emit_id(L, s0, L->i) < 0)
		return -1;
	L->i = j;
	return 0;
}

/* A string ID: one string, or several joined by '+'. */
static int string_id(struct lex *L)
{
	size_t start = L->i, s0 = L->str.n, nl = 0;

	for (;;) {
		if (read_string(L, &nl) < 0)
			return -1;
		if (L->str.n - s0 > INN_LOAD_MAX_STRING)
			break; /* refused below, before more is read */
		size_t more = 0, j = skip_blank(L, L->i, &more);
		if (j >= L->len || L->buf[j] != '+')
			break;
		j = skip_blank(L, j + 1, &more);
		if (j >= L->len || (L->buf[j] != '"' && L->buf[j] != '<'))
			break; /* a '+' cgraph will refuse: left to it, after the string */
		nl += more;
		L->i = j;
	}
	if (emit_id(L, s0, start) < 0)
		return -1;
	return newlines(L, nl);
}

/* The end of a number starting at j, or j when none starts there. */
static size_t number_end(const struct lex *L, size_t j)
{
	const char *b = L->buf;
	size_t k = j + (b[j] == '-');

	if (k < L->len && digit((unsigned char)b[k])) {
		while (k < L->len && digit((unsigned char)b[k]))
			k++;
		if (k < L->len && b[k] == '.')
			for (k++; k < L->len && digit((unsigned char)b[k]); k++)
				;
		return k;
	}
	if (k + 1 < L->len && b[k] == '.' && digit((unsigned char)b[k + 1])) {
		for (k++; k < L->len && digit((unsigned char)b[k]); k++)
			;
		return k;
	}
	return j;
}

static int lex(struct lex *L)
{
	const char *b = L->buf;

	/* both buffers exist from the start: an empty first string is text at a real address */
	if (put(&L->out, "", 0) < 0 || put(&L->str, "", 0) < 0)
		return oom(L);

	while (L->i < L->len) {
		unsigned char c = (unsigned char)b[L->i];
		size_t j, nl = 0;
		if (c == '\n' || c == ' ' || c == '\t' || c == '\r' || (c == '/' && L->i + 1 < L->len && (b[L->i + 1] == '*' || b[L->i + 1] == '/')) || c == '#') {
			L->i = skip_blank(L, L->i, &nl);
			if (newlines(L, nl) < 0)
				return -1;
		} else if (c == 0xEF && L->i + 2 < L->len && (unsigned char)b[L->i + 1] == 0xBB &&
			   (unsigned char)b[L->i + 2] == 0xBF && !(L->i + 3 < L->len && name_byte((unsigned char)b[L->i + 3]))) {
			L->i += 3; /* a byte-order mark; glued to a name it is part of the name, as in cgraph */
		} else if (c == '"' || c == '<') {
			if (string_id(L) < 0)
				return -1;
		} else if (letter(c)) {
			for (j = L->i; j < L->len && name_byte((unsigned char)b[j]); j++)
				;
			if (keyword(b + L->i, j - L->i)) {
				if (put(&L->out, b + L->i, j - L->i) < 0 || put(&L->out, " ", 1) < 0)
					return oom(L);
				L->i = j;
			} else if (bare_id(L, j) < 0) {
				return -1;
			}
		} else if (c == '-' && L->i + 1 < L->len && (b[L->i + 1] == '>' || b[L->i + 1] == '-')) {
			if (put(&L->out, b + L->i, 2) < 0 || put(&L->out, " ", 1) < 0)
				return oom(L);
			L->i += 2;
		} else if ((j = number_end(L, L->i)) > L->i) {
			if (bare_id(L, j) < 0)
				return -1;
		} else {
			/* punctuation, and any byte cgraph's grammar will refuse: passed on alone */
			if (put(&L->out, b + L->i, 1) < 0 || put(&L->out, " ", 1) < 0)
				return oom(L);
			L->i++;
		}
	}
	return put(&L->out, "", 0) < 0 ? oom(L) : 0;
}

int inn_dot_text_make(struct inn_dot_text *t, const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct lex L = {.buf = buf, .len = len, .origin = origin, .err = err};
	int rc = lex(&L);

	memset(t, 0, sizeof(*t));
	free(L.slots);
	if (rc < 0) {
		free(L.out.p);
		free(L.str.p);
		free(L.at);
		return -1;
	}
	t->text = L.out.p;
	t->strings = L.str.p;
	t->at = L.at;
	t->nstrings = L.nat;
	return 0;
}

/* Whether s[0 .. n) is a stand-in "_N" for an ID of t; *k its index. */
static bool stand_in(const struct inn_dot_text *t, const char *s, size_t n, size_t *k)
{
	if (n < 2 || n > 12 || s[0] != '_' || (s[1] == '0' && n > 2))
		return false;
	*k = 0;
	for (size_t j = 1; j < n; j++) {
		if (!digit((unsigned char)s[j]))
			return false;
		*k = *k * 10 + (size_t)(s[j] - '0');
	}
	return *k < t->nstrings;
}

const char *inn_dot_text_name(struct inn_dot_text *t, const char *s)
{
	size_t k;

	if (!s)
		return s;
	if (stand_in(t, s, strlen(s), &k))
		return t->strings + t->at[k];
	if (!strchr(s, ':'))
		return s;
	/* a port, "name:compass" as cgraph joins it: each part stands for its own text */
	struct buf b = {0};
	char **more = realloc(t->joined, (t->njoined + 1) * sizeof(*more));
	if (!more)
		return NULL;
	t->joined = more;
	for (const char *p = s;; p++) {
		size_t n = strcspn(p, ":");
		const char *part = stand_in(t, p, n, &k) ? t->strings + t->at[k] : p;
		if (put(&b, part, part == p ? n : strlen(part)) < 0 || (p[n] && put(&b, ":", 1) < 0)) {
			free(b.p);
			return NULL;
		}
		p += n;
		if (!*p)
			break;
	}
	return t->joined[t->njoined++] = b.p;
}

void inn_dot_text_release(struct inn_dot_text *t)
{
	free(t->text);
	free(t->strings);
	free(t->at);
	for (size_t k = 0; k < t->njoined; k++)
		free(t->joined[k]);
	free(t->joined);
	memset(t, 0, sizeof(*t));
}
