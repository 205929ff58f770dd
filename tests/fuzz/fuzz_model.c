/* fuzz_model.c: fuzzer bytes -> a loadable model (see fuzz_model.h). */
#include "fuzz_model.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether cp is a character a model string may hold (load_json.c's rules). */
static bool allowed(uint32_t cp)
{
	if (cp < 0x20)
		return cp == '\t' || cp == '\n' || cp == '\r';
	return !(cp >= 0x7F && cp <= 0x9F) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
}

/* Copy s[0..n) into out (size >= n + 1) as valid UTF-8, each byte that is not replaced by '?'. */
static void sanitise(const uint8_t *s, size_t n, char *out)
{
	size_t i = 0, o = 0;

	while (i < n) {
		uint8_t b = s[i];
		size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
		uint32_t cp = len == 1 ? b : len ? (uint32_t)(b & (0x7F >> len)) : 0;
		bool ok = len && i + len <= n;
		for (size_t k = 1; ok && k < len; k++) {
			ok = (s[i + k] & 0xC0) == 0x80;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		ok = ok && allowed(cp) && !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000);
		if (ok) {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		} else {
			out[o++] = '?';
			i++;
		}
	}
	out[o] = '\0';
}

/* The next NUL-terminated field of data as a sanitised string in the model's arena; NULL at the end. */
static const char *field(struct inn_model *m, const uint8_t *data, size_t size, size_t *pos, char *tmp)
{
	const uint8_t *start = data + *pos, *nul;
	size_t n;

	if (*pos >= size)
		return NULL;
	nul = memchr(start, 0, size - *pos);
	n = nul ? (size_t)(nul - start) : size - *pos;
	if (n > 4096)
		n = 4096;
	*pos += n + 1;
	sanitise(start, n, tmp);
	return inn_arena_strdup(m->arena, tmp);
}

struct inn_model *inn_fuzz_model(const uint8_t *data, size_t size, int *legend)
{
	static char tmp[4 * 4096 + 1];
	struct inn_model *m;
	const char *strings[3 * 32 + 1];
	size_t nstrings = 0, pos = 2, nnodes;
	char made[32];

	if (size < 2 || !(m = inn_model_new("fuzz")))
		return NULL;
	m->directed = data[0] & 1;
	*legend = (data[0] >> 1) & 1;
	m->multigraph = (data[0] >> 2) & 1;
	nnodes = 1 + data[1] % 32;
	for (size_t i = 0; i < nnodes; i++) {
		const char *id = field(m, data, size, &pos, tmp), *label = field(m, data, size, &pos, tmp),
			   *kind = field(m, data, size, &pos, tmp);
		size_t at;
		if (!id || !*id || inn_model_find(m, id, &at)) {
			snprintf(made, sizeof(made), "made-%zu", i);
			id = made;
		}
		if (inn_model_add_node(m, id, false, &at) != INN_MODEL_OK)
			continue;
		m->nodes[at].label = label && *label ? label : NULL;
		m->nodes[at].kind = kind && *kind ? inn_arena_intern(m->arena, kind) : NULL;
		if (label)
			strings[nstrings++] = label;
		if (kind && *kind)
			strings[nstrings++] = m->nodes[at].kind;
	}
	if (data[0] & 8)
		m->name = field(m, data, size, &pos, tmp);
	for (; pos + 3 <= size && m->nlinks < 256; pos += 3) {
		uint32_t s = data[pos] % m->nnodes, t = data[pos + 1] % m->nnodes;
		bool dup = false;
		/* without multigraph, no two links join the same pair (the loaders refuse them) */
		for (size_t j = 0; !m->multigraph && j < m->nlinks && !dup; j++) {
			uint32_t a = m->links[j].source, b = m->links[j].target;
			dup = (a == s && b == t) || (!m->directed && a == t && b == s);
		}
		if (dup)
			continue;
		if (!inn_model_add_link(m, s, t))
			break;
		if (nstrings && data[pos + 2] < 0xF0 &&
		    inn_model_set_relation(m, m->nlinks - 1, strings[data[pos + 2] % nstrings]) < 0)
			break;
	}
	return m;
}

struct inn_model *inn_fuzz_graph(const uint8_t *data, size_t size, Agraph_t **g)
{
	struct inn_export_opts o = INN_EXPORT_OPTS_INIT;
	struct inn_error err;
	struct inn_model *m;
	int legend;

	if (!(m = inn_fuzz_model(data, size, &legend)))
		return NULL;
	o.legend = legend;
	inn_error_init(&err);
	if (!(*g = inn_dot_build(m, &o, &err)))
		abort(); /* building only fails when memory is gone */
	return m;
}
