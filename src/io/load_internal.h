/*
 * load_internal.h: what the readers share: reading typed values from text, placing a named field
 * in the typed model (kind, label, relation, weight ... or a free attribute), so that the formats
 * map attributes the same way, and the ends of a node, a link and a read.
 */
#ifndef INNONET_LOAD_INTERNAL_H
#define INNONET_LOAD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "innonet/error.h"
#include "innonet/model.h"
#include "key_index.h"

/* Strings longer than this are refused, not silently kept (as in the JSON reader). */
#define INN_LOAD_MAX_STRING ((size_t)1 << 20)

/* s[0..len) is a JSON number (no leading '+' or zeros, no hex, inf or nan): *out is its value. */
bool inn_load_number(const char *s, size_t len, double *out);

/* s[0..len) is a canonical decimal integer ("7", "-12", not "07" or "7.0") within 2^53. */
bool inn_load_is_int(const char *s, size_t len);

/* s[0..len) is {"more_than": N} or {"at_least": N} (spaces allowed): the bound and N. */
bool inn_load_bound(const char *s, size_t len, enum inn_bound *bound, double *out);

/*
 * A cell of text as a value: a JSON number, a bound, true/false (also Python's True/False) or
 * else a string. v->text borrows s, which must be NUL-terminated at len.
 */
void inn_load_value(const char *s, size_t len, struct inn_value *v);

/* A growing list of free attributes for one node or link; reused from one to the next. */
struct inn_attr_list {
	struct inn_attr *v; /* owned (malloc); keys and texts borrowed until inn_attr_list_store() copies them */
	uint32_t n;
	size_t cap;
	struct inn_key_index index; /* of v by key, built once n is past a few keys; unbuilt before */
};

int inn_attr_list_add(struct inn_attr_list *l, const char *key, const struct inn_value *v);
void inn_attr_list_release(struct inn_attr_list *l);

/*
 * Copy the list into the model's arena (keys interned, texts copied) as *attrs and *n, and empty
 * the list for the next node or link. -1 when out of memory (err filled, naming origin).
 */
int inn_attr_list_store(struct inn_attr_list *l, struct inn_model *m, struct inn_attr **attrs,
			uint32_t *n, const char *origin, struct inn_error *err);

/*
 * Place the field key = v on node n or x, the fields the node will get with
 * inn_model_put_node_more(): id is not a field here; kind, label, label_zh and provenance take
 * strings (a number is kept as its text), since and until take years, and anything else is
 * added to rest. NULL values are absent fields. where names the node in messages
 * ("t.graphml: node 'x'").
 */
int inn_load_node_field(struct inn_model *m, struct inn_node *n, struct inn_node_more *x, const char *key,
			const struct inn_value *v, struct inn_attr_list *rest, const char *where, struct inn_error *err);

/* The same for link l: relation and provenance strings, weight a finite number, since/until years. */
int inn_load_link_field(struct inn_model *m, struct inn_link *l, struct inn_link_more *x, const char *key,
			const struct inn_value *v, struct inn_attr_list *rest, const char *where, struct inn_error *err);

/* since <= until for a node or link that has both; where names it. */
int inn_load_check_years(int since, int until, const char *where, struct inn_error *err);

/*
 * The end of node at (the model's node of that index), as every reader that places fields ends
 * one: its years checked (where names it), the free attributes gathered in rest stored into x
 * (rest emptied for the next), and x put on the node. -1 with err filled; out of memory:
 * "<origin>: out of memory while loading the model".
 */
int inn_load_node_end(struct inn_model *m, size_t at, struct inn_node_more *x, struct inn_attr_list *rest,
		      const char *where, const char *origin, struct inn_error *err);

/* The same for link j. */
int inn_load_link_end(struct inn_model *m, size_t j, struct inn_link_more *x, struct inn_attr_list *rest,
		      const char *where, const char *origin, struct inn_error *err);

/*
 * The end of a read, for a reader's one exit: m when rc is not negative, else m (which may be
 * NULL) freed and NULL returned (err filled already).
 */
struct inn_model *inn_load_end(struct inn_model *m, int rc);

/*
 * For the formats that do not say whether the graph is a multigraph: one when two links join the
 * same pair, as NetworkX's readers decide. -1 with "<origin>: out of memory while loading the model".
 */
int inn_load_multigraph(struct inn_model *m, const char *origin, struct inn_error *err);

/*
 * The model a reader built holds no control character (but tab, newline and carriage return) in
 * any id, label, kind, relation, key or text; else -1 naming the node or link (load_control.c).
 */
int inn_load_check_text(const struct inn_model *m, struct inn_error *err);

/* Check that s[0..len) is UTF-8 without NUL bytes; false with *bad the offset of the first fault. */
bool inn_load_utf8(const char *s, size_t len, size_t *bad);

#endif
