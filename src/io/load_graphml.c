/*
 * load_graphml.c: GraphML -> typed model, through igraph's GraphML reader and its C attribute
 * handler; the only code that reads GraphML.
 *
 * igraph turns each <key> into a graph, vertex or edge attribute and the node ids into the
 * vertex attribute "id". The attribute handler is installed only for the duration of the read
 * (the analysis graphs carry no attributes), and so is an error handler that keeps the parser's
 * message, so that it can name the line.
 */
#include "innonet/load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "load_internal.h"

/* The message of the failing igraph call, while a read is in progress. */
static char reason[512];

static void keep_reason(const char *why, const char *file, int line, igraph_error_t code)
{
	(void)file;
	(void)line;
	(void)code;
	snprintf(reason, sizeof(reason), "%s", why);
	IGRAPH_FINALLY_FREE();
}

/* Unknown keys and the like: igraph warns and goes on, and so does innonet. */
static void ignore_warning(const char *why, const char *file, int line)
{
	(void)why;
	(void)file;
	(void)line;
}

/*
 * Two things igraph's reader loses are fixed in the text before it reads it:
 *
 * - NetworkX writes one <key> per name and type, so weights 1 and 2.5 give a "long" and a
 *   "double" key both named "weight"; igraph keeps only one of them. A repeated name gets a
 *   suffix (U+E000 and a number) here, and the columns are merged again by name afterwards.
 * - igraph stores an undirected edge with its ends in index order, so "DoD sponsors LIFT" could
 *   come back as "LIFT sponsors DoD". The graph is read as directed, which keeps the order of
 *   the file, and marked undirected afterwards.
 */
#define SUFFIX "\xEE\x80\x80"

struct text {
	char *s; /* owned */
	size_t len, cap;
};

static int put(struct text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		size_t cap = (t->len + n + 1) * 2;
		char *p = realloc(t->s, cap);
		if (!p)
			return -1;
		t->s = p;
		t->cap = cap;
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
	return 0;
}

/* The value of attribute name inside the tag tag[0..len): its offset and length, or false. */
static bool tag_attr(const char *tag, size_t len, const char *name, size_t *at, size_t *vlen)
{
	size_t n = strlen(name);

	for (size_t i = 1; i + n + 2 < len; i++) {
		if (memcmp(tag + i, name, n) != 0 || !(tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n' ||
							 tag[i - 1] == '\r'))
			continue;
		size_t j = i + n;
		while (j < len && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\n' || tag[j] == '\r'))
			j++;
		if (j >= len || tag[j] != '=')
			continue;
		j++;
		while (j < len && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\n' || tag[j] == '\r'))
			j++;
		if (j >= len || (tag[j] != '"' && tag[j] != '\''))
			continue;
		const char *end = memchr(tag + j + 1, tag[j], len - j - 1);
		if (!end)
			return false;
		*at = j + 1;
		*vlen = (size_t)(end - tag) - (j + 1);
		return true;
	}
	return false;
}

/*
 * <key> elements a GraphML file may declare. igraph's reader looks each attribute up among all
 * the keys (50,000 keys took 8.5 s, growing as their square), so the count is checked here,
 * before igraph sees the text; real files declare a few dozen.
 */
#define MAX_KEYS 10000

/*
 * Rewrite buf as described above; *undirected tells what the file's edgedefault said. -1 when
 * out of memory, -2 when the file declares more than MAX_KEYS keys.
 */
static int prepare(const char *buf, size_t len, struct text *out, bool *undirected)
{
	struct seen {
		const char *for_, *name; /* into buf */
		size_t flen, nlen;
	} *seen = NULL;
	size_t nseen = 0, copied = 0, nkeys = 0;
	bool graph_done = false;
	int ret = -1;

	*undirected = false;
	for (size_t i = 0; i < len; i++) {
		if (buf[i] != '<')
			continue;
		bool is_key = len - i > 5 && memcmp(buf + i, "<key", 4) == 0 && strchr(" \t\r\n/>", buf[i + 4]);
		bool is_graph = !graph_done && len - i > 7 && memcmp(buf + i, "<graph", 6) == 0 &&
				strchr(" \t\r\n/>", buf[i + 6]);
		if (!is_key && !is_graph)
			continue;
		if (is_key && ++nkeys > MAX_KEYS) {
			ret = -2;
			goto out;
		}
		const char *close = memchr(buf + i, '>', len - i);
		if (!close)
			break;
		size_t tlen = (size_t)(close - (buf + i)), at, vlen, fat = 0, flen = 0;
		if (is_graph) {
			graph_done = true;
			if (tag_attr(buf + i, tlen, "edgedefault", &at, &vlen) && vlen == 10 &&
			    memcmp(buf + i + at, "undirected", 10) == 0) {
				*undirected = true;
				/* "undirected" -> "directed" and two spaces after the closing quote */
				if (put(out, buf + copied, i + at - copied) < 0 || put(out, "directed", 8) < 0 ||
				    put(out, buf + i + at + 10, 1) < 0 || put(out, "  ", 2) < 0)
					goto out;
				copied = i + at + 11;
			}
			continue;
		}
		if (!tag_attr(buf + i, tlen, "attr.name", &at, &vlen))
			continue;
		if (!tag_attr(buf + i, tlen, "for", &fat, &flen))
			flen = 0;
		size_t dups = 0;
		for (size_t k = 0; k < nseen; k++)
			dups += seen[k].nlen == vlen && memcmp(seen[k].name, buf + i + at, vlen) == 0 &&
				seen[k].flen == flen && memcmp(seen[k].for_, buf + i + fat, flen) == 0;
		struct seen *ns = realloc(seen, (nseen + 1) * sizeof(*seen));
		if (!ns)
			goto out;
		seen = ns;
		seen[nseen++] = (struct seen){buf + i + fat, buf + i + at, flen, vlen};
		if (dups) {
			char suffix[32];
			snprintf(suffix, sizeof(suffix), SUFFIX "%zu", dups);
			if (put(out, buf + copied, i + at + vlen - copied) < 0 || put(out, suffix, strlen(suffix)) < 0)
				goto out;
			copied = i + at + vlen;
		}
	}
	ret = put(out, buf + copied, len - copied);
out:
	free(seen);
	return ret;
}

/* The attribute name without the suffix prepare() added. */
static const char *base_name(const char *name, char *buf, size_t size)
{
	const char *mark = strstr(name, SUFFIX);

	if (!mark)
		return name;
	snprintf(buf, size, "%.*s", (int)(mark - name), name);
	return buf;
}

/* One attribute of every vertex (or edge), copied out of igraph. */
struct column {
	const char *name;             /* borrowed from the name list */
	igraph_attribute_type_t type;
	igraph_vector_t num;          /* IGRAPH_ATTRIBUTE_NUMERIC */
	igraph_strvector_t str;       /* IGRAPH_ATTRIBUTE_STRING */
	igraph_vector_bool_t flag;    /* IGRAPH_ATTRIBUTE_BOOLEAN */
	bool ready;
};

struct ctx {
	const char *origin;           /* borrowed */
	struct inn_model *m;          /* being built */
	struct inn_error *err;        /* borrowed */
	igraph_t g;
	bool have_graph;
	igraph_strvector_t gnames, vnames, enames;
	igraph_vector_int_t gtypes, vtypes, etypes;
	bool have_lists;
	struct column *vcols, *ecols; /* owned */
	igraph_integer_t nv, ne;      /* columns */
	struct inn_attr_list rest;
};

static int fail(struct ctx *c, igraph_error_t rc)
{
	if (rc == IGRAPH_ENOMEM)
		return inn_error_set(c->err, INN_EFAIL, "%s: out of memory while loading the model", c->origin);
	return inn_error_set(c->err, INN_EFAIL, "%s: %s", c->origin, reason[0] ? reason : igraph_strerror(rc));
}

static void column_release(struct column *col)
{
	if (!col->ready)
		return;
	if (col->type == IGRAPH_ATTRIBUTE_NUMERIC)
		igraph_vector_destroy(&col->num);
	else if (col->type == IGRAPH_ATTRIBUTE_STRING)
		igraph_strvector_destroy(&col->str);
	else
		igraph_vector_bool_destroy(&col->flag);
	col->ready = false;
}

/* Copy out every vertex (edge) attribute; each is removed once copied (names are unique by now). */
static int copy_columns(struct ctx *c, bool vertices, const igraph_strvector_t *names, const igraph_vector_int_t *types,
			struct column **cols, igraph_integer_t *ncols)
{
	igraph_integer_t n = igraph_strvector_size(names);
	igraph_error_t rc = IGRAPH_SUCCESS;

	*ncols = 0;
	if (!n)
		return 0;
	if (!(*cols = calloc((size_t)n, sizeof(**cols))))
		return fail(c, IGRAPH_ENOMEM);
	for (igraph_integer_t i = 0; i < n && rc == IGRAPH_SUCCESS; i++, (*ncols)++) {
		struct column *col = &(*cols)[i];
		col->name = igraph_strvector_get(names, i);
		col->type = (igraph_attribute_type_t)VECTOR(*types)[i];
		igraph_es_t es = igraph_ess_all(IGRAPH_EDGEORDER_ID);
		igraph_vs_t vs = igraph_vss_all();
		switch (col->type) {
		case IGRAPH_ATTRIBUTE_NUMERIC:
			if ((rc = igraph_vector_init(&col->num, 0)) != IGRAPH_SUCCESS)
				break;
			col->ready = true;
			rc = vertices ? igraph_cattribute_VANV(&c->g, col->name, vs, &col->num)
				      : igraph_cattribute_EANV(&c->g, col->name, es, &col->num);
			break;
		case IGRAPH_ATTRIBUTE_STRING:
			if ((rc = igraph_strvector_init(&col->str, 0)) != IGRAPH_SUCCESS)
				break;
			col->ready = true;
			rc = vertices ? igraph_cattribute_VASV(&c->g, col->name, vs, &col->str)
				      : igraph_cattribute_EASV(&c->g, col->name, es, &col->str);
			break;
		case IGRAPH_ATTRIBUTE_BOOLEAN:
			if ((rc = igraph_vector_bool_init(&col->flag, 0)) != IGRAPH_SUCCESS)
				break;
			col->ready = true;
			rc = vertices ? igraph_cattribute_VABV(&c->g, col->name, vs, &col->flag)
				      : igraph_cattribute_EABV(&c->g, col->name, es, &col->flag);
			break;
		default:
			continue; /* igraph's GraphML reader makes no other kind */
		}
		if (rc == IGRAPH_SUCCESS) {
			/* the copy is taken: uncover the next attribute of the same name, if any */
			if (vertices)
				igraph_cattribute_remove_v(&c->g, col->name);
			else
				igraph_cattribute_remove_e(&c->g, col->name);
		}
	}
	return rc == IGRAPH_SUCCESS ? 0 : fail(c, rc);
}

/*
 * Value i of a column. Absent values come back as igraph's defaults: NaN for numbers and ""
 * for strings, which are read as absent; a boolean has no absent value (false).
 */
static void column_value(const struct column *col, igraph_integer_t i, struct inn_value *v)
{
	memset(v, 0, sizeof(*v));
	if (col->type == IGRAPH_ATTRIBUTE_NUMERIC) {
		v->number = VECTOR(col->num)[i];
		v->type = isnan(v->number) ? INN_VAL_NULL : INN_VAL_NUMBER;
	} else if (col->type == IGRAPH_ATTRIBUTE_BOOLEAN) {
		v->type = INN_VAL_BOOL;
		v->boolean = VECTOR(col->flag)[i];
	} else if (col->type == IGRAPH_ATTRIBUTE_STRING) {
		const char *s = igraph_strvector_get(&col->str, i);
		v->type = *s ? INN_VAL_STRING : INN_VAL_NULL;
		v->text = s;
		/* bounds ("more than 140") are written by innonet as {"more_than": 140} text */
		if (s[0] == '{' && inn_load_bound(s, strlen(s), &v->bound, &v->number))
			v->type = INN_VAL_NUMBER;
	}
}

static const struct column *find_column(const struct column *cols, igraph_integer_t n, const char *name)
{
	for (igraph_integer_t i = 0; i < n; i++)
		if (strcmp(cols[i].name, name) == 0)
			return &cols[i];
	return NULL;
}

/*
 * python-igraph writes a vertex's name as a "name" key and numbers the <node id>s n0, n1, ...
 * by position: then the names are the ids (and "v0" finds the node igraph calls "v0").
 */
static const struct column *igraph_names(const struct ctx *c, const struct column *idcol, igraph_integer_t n)
{
	const struct column *names = find_column(c->vcols, c->nv, "name");
	char expect[32];

	if (!names || names->type != IGRAPH_ATTRIBUTE_STRING || !idcol || idcol->type != IGRAPH_ATTRIBUTE_STRING)
		return NULL;
	for (igraph_integer_t v = 0; v < n; v++) {
		snprintf(expect, sizeof(expect), "n%lld", (long long)v);
		if (strcmp(igraph_strvector_get(&idcol->str, v), expect) != 0 || !*igraph_strvector_get(&names->str, v))
			return NULL;
	}
	return names;
}

static int build_nodes(struct ctx *c)
{
	const struct column *idcol = find_column(c->vcols, c->nv, "id");
	igraph_integer_t n = igraph_vcount(&c->g);
	char where[200], num[64], name[256];
	/* with python-igraph's names, igraph's positional ids (n0, n1, ...) are dropped */
	const struct column *names = igraph_names(c, idcol, n), *positional = names ? idcol : NULL;

	if (names)
		idcol = names;

	for (igraph_integer_t v = 0; v < n; v++) {
		struct inn_value idv = {.type = INN_VAL_NULL};
		const char *id;
		size_t at;
		if (idcol)
			column_value(idcol, v, &idv);
		if (idv.type == INN_VAL_STRING) {
			id = idv.text;
		} else if (idv.type == INN_VAL_NUMBER) {
			snprintf(num, sizeof(num), "%.17g", idv.number);
			id = num;
		} else {
			return inn_error_set(c->err, INN_EINPUT, "%s: node %lld has no id", c->origin, (long long)v + 1);
		}
		if (strlen(id) > INN_LOAD_MAX_STRING)
			return inn_error_set(c->err, INN_EINPUT, "%s: node %lld: id longer than %zu bytes", c->origin,
					     (long long)v + 1, INN_LOAD_MAX_STRING);
		int rc = inn_model_add_node(c->m, id, false, &at);
		if (rc == INN_MODEL_EDUP) /* only possible when ids come from an "id" <key> */
			return inn_error_set(c->err, INN_EINPUT, "%s: duplicate node id '%.200s'", c->origin, id);
		if (rc < 0)
			return fail(c, IGRAPH_ENOMEM);
		struct inn_node *node = &c->m->nodes[at];
		struct inn_node_more x = inn_no_node_more;
		snprintf(where, sizeof(where), "%s: node '%.60s'", c->origin, id);
		for (igraph_integer_t k = 0; k < c->nv; k++) {
			struct inn_value val;
			if (&c->vcols[k] == idcol || &c->vcols[k] == positional)
				continue;
			column_value(&c->vcols[k], v, &val);
			if (val.type != INN_VAL_NULL &&
			    inn_load_node_field(c->m, node, &x, base_name(c->vcols[k].name, name, sizeof(name)), &val,
						&c->rest, where, c->err) < 0)
				return -1;
		}
		if (inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			return -1;
		if (inn_model_put_node_more(c->m, at, &x) < 0)
			return fail(c, IGRAPH_ENOMEM);
	}
	return 0;
}

static int build_links(struct ctx *c)
{
	igraph_integer_t n = igraph_ecount(&c->g);
	const struct column *key = find_column(c->ecols, c->ne, "key");
	char where[300], ename[256];
	int ret = -1;

	/* GraphML has no multigraph flag: parallel links make one, as in NetworkX's read_graphml */
	igraph_bool_t multiple = false;
	igraph_error_t rc = igraph_has_multiple(&c->g, &multiple);
	if (rc != IGRAPH_SUCCESS) {
		fail(c, rc);
		goto out;
	}
	c->m->multigraph = multiple;
	for (igraph_integer_t e = 0; e < n; e++) {
		uint32_t s = (uint32_t)IGRAPH_FROM(&c->g, e), t = (uint32_t)IGRAPH_TO(&c->g, e);
		struct inn_link *l = inn_model_add_link(c->m, s, t);
		struct inn_link_more x = inn_no_link_more;
		if (!l) {
			fail(c, IGRAPH_ENOMEM);
			goto out;
		}
		snprintf(where, sizeof(where), "%s: link %lld ('%.60s' %s '%.60s')", c->origin, (long long)e + 1,
			 c->m->nodes[s].id, c->m->directed ? "->" : "--", c->m->nodes[t].id);
		for (igraph_integer_t k = 0; k < c->ne; k++) {
			const char *name = base_name(c->ecols[k].name, ename, sizeof(ename));
			struct inn_value val;
			column_value(&c->ecols[k], e, &val);
			if (val.type == INN_VAL_NULL)
				continue;
			/* an <edge id="..."> is a multigraph's key (NetworkX's reading); elsewhere it names nothing */
			if (strcmp(name, "id") == 0) {
				if (key || !c->m->multigraph)
					continue;
				name = "key";
			}
			if (inn_load_link_field(c->m, l, &x, name, &val, &c->rest, where, c->err) < 0)
				goto out;
		}
		if (inn_load_check_years(x.since, x.until, where, c->err) < 0 ||
		    inn_attr_list_store(&c->rest, c->m, &x.attrs, &x.nattrs, c->origin, c->err) < 0)
			goto out;
		if (inn_model_put_link_more(c->m, c->m->nlinks - 1, &x) < 0) {
			fail(c, IGRAPH_ENOMEM);
			goto out;
		}
	}
	ret = 0;
out:
	return ret;
}

static int build_graph_attrs(struct ctx *c)
{
	igraph_integer_t n = igraph_strvector_size(&c->gnames);
	char num[64];

	for (igraph_integer_t i = 0; i < n; i++) {
		const char *name = igraph_strvector_get(&c->gnames, i);
		struct inn_value v = {.type = INN_VAL_NULL};
		switch ((igraph_attribute_type_t)VECTOR(c->gtypes)[i]) {
		case IGRAPH_ATTRIBUTE_NUMERIC:
			v.number = GAN(&c->g, name);
			v.type = isnan(v.number) ? INN_VAL_NULL : INN_VAL_NUMBER;
			break;
		case IGRAPH_ATTRIBUTE_BOOLEAN:
			v.type = INN_VAL_BOOL;
			v.boolean = GAB(&c->g, name);
			break;
		case IGRAPH_ATTRIBUTE_STRING:
			v.text = GAS(&c->g, name);
			v.type = *v.text ? INN_VAL_STRING : INN_VAL_NULL;
			break;
		default:
			break;
		}
		if (v.type == INN_VAL_NULL)
			continue;
		if (strcmp(name, "name") == 0 || strcmp(name, "as_of") == 0) {
			const char *text = v.text;
			if (v.type == INN_VAL_NUMBER) {
				snprintf(num, sizeof(num), "%.17g", v.number);
				text = num;
			}
			if (text) {
				const char *copy = inn_arena_strdup(c->m->arena, text);
				if (!copy)
					return fail(c, IGRAPH_ENOMEM);
				*(name[0] == 'n' ? &c->m->name : &c->m->as_of) = copy;
			}
		}
		if (inn_attr_list_add(&c->rest, name, &v) < 0)
			return fail(c, IGRAPH_ENOMEM);
	}
	return inn_attr_list_store(&c->rest, c->m, &c->m->graph_attrs, &c->m->ngraph_attrs, c->origin, c->err);
}

/* "Line 6: Opening and ending tag mismatch ..." -> "<origin>:6: invalid GraphML: opening and ..." */
static void parse_error(struct ctx *c, igraph_error_t rc)
{
	int line, used = 0;

	if (rc != IGRAPH_ENOMEM && sscanf(reason, "Line %d: %n", &line, &used) == 1 && used > 0) {
		char *msg = reason + used;
		size_t len = strlen(msg);
		while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
			msg[--len] = '\0';
		if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
			msg[0] = (char)(msg[0] - 'A' + 'a');
		inn_error_set(c->err, INN_EINPUT, "%s:%d: invalid GraphML: %s", c->origin, line, msg);
		return;
	}
	if (rc == IGRAPH_ENOMEM)
		fail(c, rc);
	else
		inn_error_set(c->err, INN_EINPUT, "%s: invalid GraphML: %s", c->origin, reason[0] ? reason : igraph_strerror(rc));
}

static void ctx_release(struct ctx *c)
{
	for (igraph_integer_t i = 0; i < c->nv; i++)
		column_release(&c->vcols[i]);
	for (igraph_integer_t i = 0; i < c->ne; i++)
		column_release(&c->ecols[i]);
	free(c->vcols);
	free(c->ecols);
	if (c->have_lists) {
		igraph_strvector_destroy(&c->gnames);
		igraph_strvector_destroy(&c->vnames);
		igraph_strvector_destroy(&c->enames);
		igraph_vector_int_destroy(&c->gtypes);
		igraph_vector_int_destroy(&c->vtypes);
		igraph_vector_int_destroy(&c->etypes);
	}
	if (c->have_graph)
		igraph_destroy(&c->g); /* while the attribute handler that made it is still installed */
	inn_attr_list_release(&c->rest);
}

static int init_lists(struct ctx *c)
{
	igraph_error_t rc;

	if ((rc = igraph_strvector_init(&c->gnames, 0)) != IGRAPH_SUCCESS)
		return fail(c, rc);
	if (igraph_strvector_init(&c->vnames, 0) != IGRAPH_SUCCESS ||
	    igraph_strvector_init(&c->enames, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&c->gtypes, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&c->vtypes, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&c->etypes, 0) != IGRAPH_SUCCESS) {
		/* nothing to unwind by hand: a failed init leaves an empty object and the rest are tiny */
		c->have_lists = true;
		return fail(c, IGRAPH_ENOMEM);
	}
	c->have_lists = true;
	rc = igraph_cattribute_list(&c->g, &c->gnames, &c->gtypes, &c->vnames, &c->vtypes, &c->enames, &c->etypes);
	return rc == IGRAPH_SUCCESS ? 0 : fail(c, rc);
}

struct inn_model *inn_load_graphml(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	struct ctx c = {.origin = origin, .err = err};
	const igraph_attribute_table_t *old_table;
	igraph_error_handler_t *old_error;
	igraph_warning_handler_t *old_warning;
	struct text text = {0};
	bool undirected;
	igraph_error_t rc;
	FILE *in = NULL;

	if (len == 0) {
		inn_error_set(err, INN_EINPUT, "%s: empty file (expected GraphML)", origin);
		return NULL;
	}
	int prepared = (c.m = inn_model_new(origin)) ? prepare(buf, len, &text, &undirected) : -1;
	if (prepared == -2)
		inn_error_set(err, INN_EINPUT, "%s: more than %d <key> elements (the limit)", origin, MAX_KEYS);
	if (prepared < 0 || !(in = fmemopen(text.s, text.len, "r"))) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory while loading the model", origin);
		inn_model_free(c.m);
		free(text.s);
		return NULL;
	}
	reason[0] = '\0';
	old_table = igraph_set_attribute_table(&igraph_cattribute_table);
	old_error = igraph_set_error_handler(keep_reason);
	old_warning = igraph_set_warning_handler(ignore_warning);
	rc = igraph_read_graph_graphml(&c.g, in, 0);
	if (rc != IGRAPH_SUCCESS) {
		parse_error(&c, rc);
		goto fail;
	}
	c.have_graph = true;
	c.m->directed = igraph_is_directed(&c.g) && !undirected;
	if (init_lists(&c) < 0 || copy_columns(&c, true, &c.vnames, &c.vtypes, &c.vcols, &c.nv) < 0 ||
	    copy_columns(&c, false, &c.enames, &c.etypes, &c.ecols, &c.ne) < 0 || build_graph_attrs(&c) < 0 ||
	    build_nodes(&c) < 0 || build_links(&c) < 0 || inn_load_check_text(c.m, err) < 0)
		goto fail;
	goto out;
fail:
	inn_model_free(c.m);
	c.m = NULL;
out:
	ctx_release(&c);
	igraph_set_warning_handler(old_warning);
	igraph_set_error_handler(old_error);
	igraph_set_attribute_table(old_table);
	fclose(in);
	free(text.s);
	return c.m;
}
