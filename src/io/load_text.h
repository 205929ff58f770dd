/*
 * load_text.h: what the text readers (Pajek, UCINET DL, edge lists, GML, LGL, adjacency lists) share:
 * messages that name the line and column, nodes found or added by id, and the end of a read.
 */
#ifndef INNONET_LOAD_TEXT_H
#define INNONET_LOAD_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "innonet/error.h"
#include "innonet/model.h"

/* A reader's position in a file held whole in memory; every pointer is borrowed. */
struct inn_text {
	const char *buf;       /* the file; buf[len] is '\0' */
	size_t len;
	const char *origin;    /* names the file in messages */
	struct inn_model *m;   /* being built */
	struct inn_error *err;
};

/* Fill err with "<origin>:<line>:<col>: <message>" for byte offset off; returns -1. */
int inn_text_fail(const struct inn_text *t, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Fill err with "<origin>: out of memory while loading the model"; returns -1. */
int inn_text_oom(const struct inn_text *t);

/*
 * The start of every read: t->m a new model named by t->origin, and the whole text checked to
 * be UTF-8 without a NUL byte. -1 with err filled and t->m NULL (nothing left to free) otherwise.
 */
int inn_text_begin(struct inn_text *t);

/*
 * The node whose id is buf[off .. off+len), added (as an integer id when it is a canonical
 * integer, as CSV does) when there is none yet and add is true. -1 with err filled (naming
 * off) when it cannot be found or added.
 */
int inn_text_node(struct inn_text *t, size_t off, size_t len, bool add, uint32_t *index);

/*
 * "<origin>: empty <what>" (what says what the file was expected to hold) when the read added no
 * node, for the formats in which a file without nodes is a mistake; -1 then, else 0.
 */
int inn_text_need_nodes(const struct inn_text *t, const char *what);

/*
 * The end of every read, so that each reader has one exit: when rc is not negative, the model
 * is finished (a multigraph when two links join the same pair, as NetworkX's readers decide) and
 * returned; when rc is negative (err filled) or finishing runs out of memory, it is freed and NULL returned.
 */
struct inn_model *inn_text_end(struct inn_text *t, int rc);

/* The graph's name (m->name and the graph attribute "name"), unless it has one; -1 out of memory. */
int inn_text_set_name(struct inn_model *m, const char *name, size_t len, const char *origin, struct inn_error *err);

/* Whether c is a blank within a line (space, tab, carriage return, form feed, vertical tab). */
static inline bool inn_text_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

#endif
