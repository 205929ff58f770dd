/*
 * gv_disc.c: a cgraph discipline under which subgraphs are numbered in the order they are made.
 *
 * cgraph's own numbers a named object by the address of its interned name, and keeps subgraphs
 * in the order of those numbers; dot lays clusters out in that order. The drawing of the same
 * model could then change with the memory allocator's history: another build, valgrind, the
 * sanitizers. Here a named subgraph is numbered 2, 4, 6, ... as it is made, so the clusters
 * keep the order innonet makes them in, and the same input gives the same drawing everywhere.
 * Nodes and edges keep cgraph's numbers (their order is their order of creation anyway).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw_internal.h"

/* Per root graph: the interned names of its subgraphs, subgraph 2k + 2 being names[k]. */
struct ids {
	Agraph_t *g;
	char **names; /* owned array; the strings are cgraph's */
	size_t n, cap;
	IDTYPE anonymous; /* the next odd number, for objects without a name */
};

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
	struct ids *s = calloc(1, sizeof(*s));

	(void)disc;
	if (s) {
		s->g = g;
		s->anonymous = 1;
	}
	return s;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	struct ids *s = state;
	char *name;

	if (!str) {
		*id = s->anonymous;
		s->anonymous += 2;
		return 1;
	}
	name = createflag ? agstrdup(s->g, str) : agstrbind(s->g, str);
	if (objtype != AGRAPH) {
		*id = (IDTYPE)(uintptr_t)name; /* cgraph's own numbering */
		return 1;
	}
	*id = 0; /* no such subgraph */
	if (!name)
		return 1;
	for (size_t k = 0; k < s->n; k++) {
		if (s->names[k] == name) {
			if (createflag)
				agstrfree(s->g, name); /* one reference per subgraph, as when it was made */
			*id = 2 * (IDTYPE)k + 2;
			return 1;
		}
	}
	if (!createflag)
		return 1;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 16;
		char **names = realloc(s->names, cap * sizeof(*names));
		if (!names) {
			agstrfree(s->g, name);
			return 0;
		}
		s->names = names;
		s->cap = cap;
	}
	s->names[s->n] = name;
	*id = 2 * (IDTYPE)s->n + 2;
	s->n++;
	return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request)
{
	(void)state;
	(void)objtype;
	(void)request;
	return 0; /* objects are numbered by id_map only */
}

static char *subgraph_name(const struct ids *s, IDTYPE id)
{
	size_t k = (size_t)(id / 2) - 1;

	return id >= 2 && k < s->n ? s->names[k] : NULL;
}

static void id_free(void *state, int objtype, IDTYPE id)
{
	struct ids *s = state;
	char *name;

	if (id % 2 != 0)
		return;
	name = objtype == AGRAPH ? subgraph_name(s, id) : (char *)(uintptr_t)id;
	if (name)
		agstrfree(s->g, name);
	if (objtype == AGRAPH && name)
		s->names[id / 2 - 1] = NULL; /* the number is not given again */
}

bool inn_gv_raw_names;

char *inn_gv_stand_in(const char *id)
{
	size_t k = strlen(INN_GV_STAND_IN), n = strlen(id);
	char *s = malloc(k + 2 * n + 1);

	if (s) {
		memcpy(s, INN_GV_STAND_IN, k);
		for (size_t i = 0; i < n; i++)
			sprintf(s + k + 2 * i, "%02x", (unsigned char)id[i]);
		s[k + 2 * n] = '\0';
	}
	return s;
}

static int unhex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The id a stand-in name holds, interned in g (cgraph keeps it while g lives); NULL if not one. */
static char *id_of_stand_in(Agraph_t *g, const char *name)
{
	size_t k = strlen(INN_GV_STAND_IN), n;
	char *id, *interned;

	if (strncmp(name, INN_GV_STAND_IN, k) != 0 || (n = strlen(name + k)) % 2 != 0 || !(id = malloc(n / 2 + 1)))
		return NULL;
	for (size_t i = 0; i < n / 2; i++) {
		int hi = unhex(name[k + 2 * i]), lo = unhex(name[k + 2 * i + 1]);
		if (hi < 0 || lo < 0) {
			free(id);
			return NULL;
		}
		id[i] = (char)(hi * 16 + lo);
	}
	id[n / 2] = '\0';
	interned = agstrdup(g, id);
	free(id);
	return interned;
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
	struct ids *s = state;
	char *name, *real;

	if (id % 2 != 0)
		return NULL;
	if (objtype == AGRAPH)
		return subgraph_name(state, id);
	name = (char *)(uintptr_t)id;
	if (objtype == AGNODE && !inn_gv_raw_names && (real = id_of_stand_in(s->g, name)))
		return real;
	return name;
}

static void id_close(void *state)
{
	struct ids *s = state;

	free(s->names);
	free(s);
}

static void id_register(void *state, int objtype, void *obj)
{
	(void)state;
	(void)objtype;
	(void)obj;
}

static Agiddisc_t ordered_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

/* Reading DOT text from memory, for inn_gv_memread(). */
struct text {
	const char *s;
	size_t len, at;
};

static int text_read(void *chan, char *buf, int size)
{
	struct text *t = chan;
	size_t n = t->len - t->at;

	if (size <= 0)
		return 0;
	if (n > (size_t)size)
		n = (size_t)size;
	memcpy(buf, t->s + t->at, n);
	t->at += n;
	return (int)n;
}

static int text_put(void *chan, const char *str)
{
	(void)chan;
	(void)str;
	return 0; /* reading only */
}

static int text_flush(void *chan)
{
	(void)chan;
	return 0;
}

static Agiodisc_t text_io = {text_read, text_put, text_flush};

Agdisc_t inn_gv_disc = {&AgMemDisc, &ordered_ids, &AgIoDisc};

Agraph_t *inn_gv_memread(const char *dot)
{
	struct text t = {dot, strlen(dot), 0};
	Agdisc_t disc = {&AgMemDisc, &ordered_ids, &text_io};

	return agread(&t, &disc);
}
