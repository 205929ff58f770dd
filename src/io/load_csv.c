/*
 * load_csv.c: CSV edge lists (and an optional node table) -> typed model, in one streaming pass.
 *
 * Networks of a million links arrive as CSV, so this reader is built for them: the file is read
 * in 1 MiB chunks (never whole), each record is split where it lies in the chunk, and cells are
 * placed straight into the model's arena: no document tree, no allocation per cell. RFC 4180:
 * fields separated by commas, records by LF or CRLF, a field may be quoted with '"' (a quote
 * inside doubled) and may then hold commas, quotes and line breaks.
 *
 * Gephi's Data Laboratory tables are the same CSV: column names are matched in any case (its Id,
 * Label, Source, Target, Weight), and its Type column gives each link's direction.
 */
#include "innonet/load.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load_internal.h"
#include "innonet/file.h"
#include "innonet/grow.h"
#include "innonet/gunzip.h"
#include "innonet/inputs.h"

enum { CHUNK = 1 << 20 };

/* A record longer than this is refused: it is almost always a quote that is never closed. */
#define MAX_RECORD ((size_t)64 << 20)

/* Where a file's bytes come from: a file descriptor, or memory (tests, fuzzing). */
struct src {
	const char *name;      /* the file, for messages; borrowed */
	int fd;                /* -1: read from mem */
	const char *mem;       /* borrowed */
	size_t memlen, mempos;
	char *buf;             /* owned: buf[start..end) not yet parsed, buf[end] is spare */
	size_t cap, start, end;
	bool eof;
	size_t line;           /* line number of buf[start] */
	char *qbuf;            /* owned: quoted fields, unescaped */
	size_t qcap;
	size_t size;           /* bytes in all, when known (a regular file or memory); else 0 */
	size_t got;            /* bytes read so far: a stream stops at the model size limit */
};

/* One field of the record being read. */
struct field {
	size_t off, len; /* raw bytes, relative to the record start (quotes included when quoted) */
	bool quoted;
	char *text;      /* NUL-terminated value, in buf (unquoted) or qbuf (quoted) */
	size_t tlen;
};

struct record {
	size_t rs;       /* record start in buf */
	size_t line;     /* its line */
	struct field *f; /* owned */
	size_t n, cap;
};

static int src_oom(const struct src *s, struct inn_error *err)
{
	return inn_error_set(err, INN_EFAIL, "%s: out of memory while loading the model", s->name);
}

/* Line and column (in characters) of byte off of the current record: the record is still intact. */
static void position(const struct src *s, const struct record *r, size_t off, size_t *line, size_t *col)
{
	const unsigned char *p = (const unsigned char *)s->buf + r->rs;
	size_t l = r->line, c = 1;

	for (size_t i = 0; i < off; i++) {
		if (p[i] == '\n') {
			l++;
			c = 1;
		} else if ((p[i] & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

__attribute__((format(printf, 5, 6))) static int fail_at(const struct src *s, const struct record *r, size_t off,
							 struct inn_error *err, const char *fmt, ...)
{
	char what[768];
	size_t line, col;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	position(s, r, off, &line, &col);
	return inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: %s", s->name, line, col, what);
}

/* Move the unparsed bytes to the front and read more; grows the buffer when it is full. */
static int refill(struct src *s, struct inn_error *err)
{
	if (s->start > 0) {
		memmove(s->buf, s->buf + s->start, s->end - s->start);
		s->end -= s->start;
		s->start = 0;
	}
	if (s->end + 1 >= s->cap) {
		if (s->cap >= MAX_RECORD)
			return inn_error_set(err, INN_EINPUT, "%s:%zu: record longer than %zu bytes (a quote never closed?)",
					     s->name, s->line, MAX_RECORD);
		char *b = realloc(s->buf, s->cap * 2);
		if (!b)
			return src_oom(s, err);
		s->buf = b;
		s->cap *= 2;
	}
	size_t room = s->cap - 1 - s->end;
	if (s->fd < 0) {
		size_t n = s->memlen - s->mempos < room ? s->memlen - s->mempos : room;
		memcpy(s->buf + s->end, s->mem + s->mempos, n);
		s->mempos += n;
		s->end += n;
		s->eof = s->mempos == s->memlen;
		return 0;
	}
	for (;;) {
		ssize_t n = read(s->fd, s->buf + s->end, room);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return inn_error_set(err, INN_EINPUT, "%s: cannot read: %s", s->name, strerror(errno));
		if (n == 0)
			s->eof = true;
		s->end += (size_t)n;
		/* a pipe may never end: the same 1 GiB limit as the other readers */
		if ((s->got += (size_t)n) > INN_MAX_INPUT_BYTES)
			return inn_error_set(err, INN_EINPUT, "%s: model larger than %zu MiB (the limit)", s->name,
					     INN_MAX_INPUT_BYTES >> 20);
		return 0;
	}
}

static int add_field(struct record *r, size_t off, size_t len, bool quoted)
{
	if (r->n == r->cap) {
		struct field *f = inn_grow(r->f, &r->cap, r->n + 1, sizeof(*f));
		if (!f)
			return -1;
		r->f = f;
	}
	r->f[r->n++] = (struct field){.off = off, .len = len, .quoted = quoted};
	return 0;
}

/*
 * Find the fields of the record at buf[start] without writing anything, so that it can be
 * scanned again when it runs past the end of the buffer. Returns 1 with *rend the offset past
 * its line break and *nl the line breaks in it, 0 when more bytes are needed, -1 on error.
 */
static int scan(struct src *s, struct record *r, size_t *rend, size_t *nl, struct inn_error *err)
{
	const char *b = s->buf + s->start;
	size_t len = s->end - s->start, i = 0;
	const char *eol = memchr(b, '\n', len);

	r->n = 0;
	r->rs = s->start;
	r->line = s->line;
	*nl = 0;
	/* the common case: a whole line without quotes, split at commas */
	if (eol && !memchr(b, '"', (size_t)(eol - b))) {
		size_t end = (size_t)(eol - b), fend = end > 0 && b[end - 1] == '\r' ? end - 1 : end;
		for (;;) {
			const char *comma = memchr(b + i, ',', fend - i);
			size_t stop = comma ? (size_t)(comma - b) : fend;
			if (add_field(r, i, stop - i, false) < 0)
				return src_oom(s, err);
			if (!comma)
				break;
			i = stop + 1;
		}
		*rend = end + 1;
		*nl = 1;
		return 1;
	}
	for (;;) {
		if (i < len && b[i] == '"') { /* a quoted field: up to the quote not followed by another */
			size_t open = i++;
			for (;;) {
				const char *q = memchr(b + i, '"', len - i);
				if (!q) {
					if (!s->eof)
						return 0;
					return fail_at(s, r, open, err, "quoted field never closed");
				}
				i = (size_t)(q - b) + 1;
				if (i == len && !s->eof)
					return 0; /* the next byte decides whether it is "" */
				if (i < len && b[i] == '"') {
					i++;
					continue;
				}
				break;
			}
			for (size_t k = open; k < i; k++)
				*nl += b[k] == '\n';
			if (add_field(r, open, i - open, true) < 0)
				return src_oom(s, err);
			if (i < len && b[i] == ',') {
				i++;
				continue;
			}
			if (i + 1 < len && b[i] == '\r' && b[i + 1] == '\n')
				i++;
			if (i < len && b[i] == '\n') {
				*rend = i + 1;
				*nl += 1;
				return 1;
			}
			if (i == len) { /* s->eof: the last record has no line break */
				*rend = i;
				return 1;
			}
			if (b[i] == '\r' && i + 1 == len && !s->eof)
				return 0;
			return fail_at(s, r, i, err, "expected ',' or a line break after a closing quote");
		}
		size_t f = i; /* an unquoted field: up to a comma or the line break */
		while (i < len && b[i] != ',' && b[i] != '\n' && b[i] != '"')
			i++;
		if (i < len && b[i] == '"')
			return fail_at(s, r, i, err, "quote inside an unquoted field (quote the whole field)");
		if (i == len && !s->eof)
			return 0;
		size_t fl = i - f;
		if (fl && (i == len || b[i] == '\n') && b[i - 1] == '\r')
			fl--;
		if (add_field(r, f, fl, false) < 0)
			return src_oom(s, err);
		if (i < len && b[i] == ',') {
			i++;
			continue;
		}
		*rend = i < len ? i + 1 : i;
		*nl += i < len;
		return 1;
	}
}

/* Make every field a NUL-terminated value: unquoted ones in place, quoted ones unescaped into qbuf. */
static int finish_fields(struct src *s, struct record *r, size_t rlen, struct inn_error *err)
{
	char *b = s->buf + r->rs;
	size_t q = 0, bad;

	if (!inn_load_utf8(b, rlen, &bad))
		return fail_at(s, r, bad, err, b[bad] ? "invalid UTF-8" : "NUL byte in the file");
	if (rlen + r->n + 1 > s->qcap) {
		size_t cap = rlen + r->n + 1 > 2 * s->qcap ? rlen + r->n + 1 : 2 * s->qcap;
		char *nb = realloc(s->qbuf, cap);
		if (!nb)
			return src_oom(s, err);
		s->qbuf = nb;
		s->qcap = cap;
	}
	for (size_t k = 0; k < r->n; k++) {
		struct field *f = &r->f[k];
		if (!f->quoted) {
			f->text = b + f->off;
			f->tlen = f->len;
			continue;
		}
		f->text = s->qbuf + q;
		for (size_t i = f->off + 1; i < f->off + f->len - 1; i++) {
			s->qbuf[q++] = b[i];
			if (b[i] == '"')
				i++; /* "" stands for one quote */
		}
		f->tlen = (size_t)(s->qbuf + q - f->text);
		s->qbuf[q++] = '\0';
		/*
		 * innonet's CSV writer puts an apostrophe before text starting with = + - @ (and before
		 * apostrophes that precede those), so a spreadsheet shows it instead of running it; undo it.
		 */
		size_t a = 0;
		while (a < f->tlen && f->text[a] == '\'')
			a++;
		if (a > 0 && a < f->tlen && strchr("=+-@\t\r", f->text[a])) {
			f->text++;
			f->tlen--;
		}
	}
	/* unquoted fields end at a delimiter, a CR or the spare byte past the data: cut them there */
	for (size_t k = 0; k < r->n; k++)
		if (!r->f[k].quoted)
			b[r->f[k].off + r->f[k].len] = '\0';
	return 0;
}

/* The next record: 1 with its fields, 0 at the end of the file, -1 on error. Blank lines are skipped. */
static int next_record(struct src *s, struct record *r, struct inn_error *err)
{
	size_t rend = 0, nl = 0;

	for (;;) {
		int rc = s->start < s->end ? scan(s, r, &rend, &nl, err) : 0;
		if (rc < 0)
			return -1;
		if (rc == 0) {
			if (s->eof) /* scan needs more bytes only before the end of the file */
				return 0;
			if (refill(s, err) < 0)
				return -1;
			continue;
		}
		s->start += rend;
		s->line += nl;
		if (r->n == 1 && r->f[0].len == 0 && !r->f[0].quoted)
			continue; /* a blank line */
		return finish_fields(s, r, rend, err) < 0 ? -1 : 1;
	}
}

static int src_open(struct src *s, const char *path, const char *mem, size_t memlen, struct inn_error *err)
{
	memset(s, 0, sizeof(*s));
	s->name = path;
	s->line = 1;
	s->fd = -1;
	if (mem) {
		s->mem = mem;
		s->memlen = memlen;
		s->size = memlen;
	} else if (strcmp(path, "-") == 0) {
		s->name = "<stdin>";
		s->fd = STDIN_FILENO;
	} else if ((s->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		return inn_error_set(err, INN_EINPUT, "%s: cannot open: %s", path, strerror(errno));
	} else {
		struct stat st;
		if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode))
			s->size = (size_t)st.st_size;
		if (s->size > INN_MAX_INPUT_BYTES) /* refused before a byte is read */
			return inn_error_set(err, INN_EINPUT, "%s: model larger than %zu MiB (the limit)", path,
					     INN_MAX_INPUT_BYTES >> 20);
		if (inn_input_note(s->fd, "model", err) < 0)
			return -1;
	}
	s->cap = CHUNK;
	if (!(s->buf = malloc(s->cap)))
		return src_oom(s, err);
	if (refill(s, err) < 0)
		return -1;
	if (s->end - s->start >= 3 && memcmp(s->buf, "\xEF\xBB\xBF", 3) == 0)
		s->start = 3; /* a UTF-8 byte-order mark, as spreadsheets write */
	return 0;
}

static void src_close(struct src *s)
{
	if (s->fd > STDIN_FILENO)
		close(s->fd);
	free(s->buf);
	free(s->qbuf);
}

/* What a column means. */
enum role { R_ATTR, R_ID, R_KIND, R_LABEL, R_LABEL_ZH, R_PROVENANCE, R_SINCE, R_UNTIL, R_SOURCE, R_TARGET,
	    R_RELATION, R_WEIGHT, R_TYPE };

static const struct {
	const char *name;
	enum role role;
	bool node, link; /* in which file the name has this meaning */
} names[] = {
	{"id", R_ID, true, false},
	{"kind", R_KIND, true, false},
	{"label", R_LABEL, true, false},
	{"label_zh", R_LABEL_ZH, true, false},
	{"provenance", R_PROVENANCE, true, true},
	{"since", R_SINCE, true, true},
	{"until", R_UNTIL, true, true},
	{"source", R_SOURCE, false, true},
	{"target", R_TARGET, false, true},
	{"relation", R_RELATION, false, true},
	{"weight", R_WEIGHT, false, true},
	{"type", R_TYPE, false, true}, /* Gephi's: Directed, Undirected or Mutual, link by link */
};

struct column {
	enum role role;
	const char *key; /* interned header: the attribute name of R_ATTR columns */
};

struct reader {
	struct inn_model *m;   /* being built; owned by inn_load_csv_mem's caller once returned */
	struct inn_error *err; /* borrowed */
	struct src src;
	struct record rec;
	struct column *cols;   /* owned */
	size_t ncols, nattr_cols;
	bool have_nodes;       /* a node table was read: links may only join its nodes */
	size_t ndirected;      /* links whose type (Gephi's column) is Directed */
	size_t *undirected;    /* owned: the links whose type is Undirected or Mutual */
	size_t nundirected, undirected_cap;
};

static int reader_oom(struct reader *rd)
{
	return src_oom(&rd->src, rd->err);
}

struct name_at {
	const char *name;
	size_t at;
};

static int by_name_at(const void *a, const void *b)
{
	const struct name_at *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : x->at < y->at ? -1 : x->at > y->at;
}

/*
 * The first column, left to right, whose name an earlier column has (SIZE_MAX: none), found by
 * sorting: a header of 200,000 columns must not compare every pair. -1 when out of memory.
 */
static int first_repeat(const struct record *r, size_t *repeat)
{
	struct name_at *v = malloc((r->n ? r->n : 1) * sizeof(*v));

	*repeat = SIZE_MAX;
	if (!v)
		return -1;
	for (size_t k = 0; k < r->n; k++)
		v[k] = (struct name_at){r->f[k].text, k};
	qsort(v, r->n, sizeof(*v), by_name_at);
	for (size_t k = 1; k < r->n; k++)
		if (strcmp(v[k - 1].name, v[k].name) == 0 && (k < 2 || strcmp(v[k - 2].name, v[k].name) != 0) &&
		    v[k].at < *repeat)
			*repeat = v[k].at; /* the second of each run of equal names */
	free(v);
	return 0;
}

/* Read the header; required names the roles the file must have. */
static int read_header(struct reader *rd, bool links)
{
	struct src *s = &rd->src;
	struct record *r = &rd->rec;
	int rc = next_record(s, r, rd->err);

	if (rc < 0)
		return -1;
	if (rc == 0)
		return inn_error_set(rd->err, INN_EINPUT, "%s: empty file (expected a header line: %s)", s->name,
				     links ? "source,target,..." : "id,...");
	free(rd->cols);
	if (!(rd->cols = calloc(r->n, sizeof(*rd->cols))))
		return reader_oom(rd);
	rd->ncols = r->n;
	rd->nattr_cols = 0;
	bool seen[R_TYPE + 1] = {false};
	size_t repeat;
	if (first_repeat(r, &repeat) < 0)
		return reader_oom(rd);
	for (size_t k = 0; k < r->n; k++) {
		const char *h = r->f[k].text;
		struct column *c = &rd->cols[k];
		if (!*h)
			return fail_at(s, r, r->f[k].off, rd->err, "empty column name in the header");
		if (k == repeat)
			return fail_at(s, r, r->f[k].off, rd->err, "column '%s' appears twice", h);
		c->role = R_ATTR;
		for (size_t j = 0; j < sizeof(names) / sizeof(names[0]); j++) {
			if ((links ? names[j].link : names[j].node) && strcasecmp(names[j].name, h) == 0) {
				c->role = names[j].role;
				if (seen[c->role])
					return fail_at(s, r, r->f[k].off, rd->err, "column '%s' appears twice", names[j].name);
				seen[c->role] = true;
			}
		}
		if (c->role == R_ATTR) {
			if (!(c->key = inn_arena_intern(rd->m->arena, h)))
				return reader_oom(rd);
			rd->nattr_cols++;
		}
	}
	if (links && (!seen[R_SOURCE] || !seen[R_TARGET]))
		return inn_error_set(rd->err, INN_EINPUT, "%s:%zu: the header has no '%s' column", s->name, r->line,
				     seen[R_SOURCE] ? "target" : "source");
	if (!links && !seen[R_ID])
		return inn_error_set(rd->err, INN_EINPUT, "%s:%zu: the header has no 'id' column", s->name, r->line);
	return 0;
}

static int check_length(struct reader *rd, const struct field *f)
{
	if (f->tlen > INN_LOAD_MAX_STRING)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err, "field longer than %zu bytes", INN_LOAD_MAX_STRING);
	return 0;
}

static int string_cell(struct reader *rd, const struct field *f, bool intern, const char **dst)
{
	if (check_length(rd, f) < 0)
		return -1;
	*dst = intern ? inn_arena_intern(rd->m->arena, f->text) : inn_arena_strndup(rd->m->arena, f->text, f->tlen);
	return *dst ? 0 : reader_oom(rd);
}

static int year_cell(struct reader *rd, const struct field *f, const char *name, int *dst)
{
	double x;

	if (!inn_load_number(f->text, f->tlen, &x) || x != floor(x) || x < -9999 || x > 9999 || x == 0)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err, "'%s' must be a year (a non-zero integer), not '%.40s'",
			       name, f->text);
	*dst = (int)x;
	return 0;
}

/*
 * The end of a node's or link's record, alike for both: its years in order (since, until: 0 when
 * absent), then its free attributes (the non-empty cells of R_ATTR columns), in column order.
 */
static int record_end(struct reader *rd, int since, int until, struct inn_attr **attrs, uint32_t *nattrs)
{
	const struct record *r = &rd->rec;
	uint32_t n = 0;

	if (since && until && until < since)
		return fail_at(&rd->src, r, 0, rd->err, "'until' (%d) is before 'since' (%d)", until, since);
	*attrs = NULL;
	*nattrs = 0;
	if (!rd->nattr_cols)
		return 0;
	for (size_t k = 0; k < rd->ncols; k++)
		n += rd->cols[k].role == R_ATTR && r->f[k].tlen > 0;
	if (!n)
		return 0;
	if (!(*attrs = inn_arena_alloc(rd->m->arena, n * sizeof(**attrs))))
		return reader_oom(rd);
	for (size_t k = 0; k < rd->ncols; k++) {
		const struct field *f = &r->f[k];
		if (rd->cols[k].role != R_ATTR || f->tlen == 0)
			continue;
		struct inn_attr *a = &(*attrs)[(*nattrs)++];
		if (check_length(rd, f) < 0)
			return -1;
		a->key = rd->cols[k].key;
		inn_load_value(f->text, f->tlen, &a->value);
		if (a->value.type == INN_VAL_STRING &&
		    !(a->value.text = inn_arena_strndup(rd->m->arena, f->text, f->tlen)))
			return reader_oom(rd);
	}
	return 0;
}

static int check_fields(struct reader *rd)
{
	const struct record *r = &rd->rec;

	if (r->n > rd->ncols)
		return fail_at(&rd->src, r, r->f[rd->ncols].off, rd->err, "%zu fields, but the header has %zu", r->n,
			       rd->ncols);
	if (r->n < rd->ncols)
		return fail_at(&rd->src, r, r->f[r->n - 1].off + r->f[r->n - 1].len, rd->err,
			       "%zu field%s, but the header has %zu", r->n, r->n == 1 ? "" : "s", rd->ncols);
	return 0;
}

static int read_nodes(struct reader *rd)
{
	struct record *r = &rd->rec;
	int rc;

	if (read_header(rd, false) < 0)
		return -1;
	while ((rc = next_record(&rd->src, r, rd->err)) > 0) {
		struct inn_node *n = NULL;
		struct inn_node_more x = inn_no_node_more;
		size_t at = 0;
		if (check_fields(rd) < 0)
			return -1;
		for (size_t k = 0; k < rd->ncols; k++) {
			const struct field *f = &r->f[k];
			if (rd->cols[k].role != R_ID)
				continue;
			if (!f->tlen)
				return fail_at(&rd->src, r, f->off, rd->err, "empty node id");
			if (check_length(rd, f) < 0)
				return -1;
			int arc = inn_model_add_node(rd->m, f->text, inn_load_is_int(f->text, f->tlen), &at);
			if (arc == INN_MODEL_EDUP)
				return fail_at(&rd->src, r, f->off, rd->err, "duplicate node id '%.200s'", f->text);
			if (arc == INN_MODEL_ETOOBIG)
				return fail_at(&rd->src, r, f->off, rd->err, "too many nodes");
			if (arc < 0)
				return reader_oom(rd);
			n = &rd->m->nodes[at];
		}
		for (size_t k = 0; k < rd->ncols; k++) {
			const struct field *f = &r->f[k];
			if (!f->tlen)
				continue; /* an empty cell is an absent field */
			switch (rd->cols[k].role) {
			case R_KIND: rc = string_cell(rd, f, true, &n->kind); break;
			case R_LABEL: rc = string_cell(rd, f, false, &n->label); break;
			case R_LABEL_ZH: rc = string_cell(rd, f, false, &x.label_zh); break;
			case R_PROVENANCE: rc = string_cell(rd, f, true, &x.provenance); break;
			case R_SINCE: rc = year_cell(rd, f, "since", &x.since); break;
			case R_UNTIL: rc = year_cell(rd, f, "until", &x.until); break;
			default: rc = 0;
			}
			if (rc < 0)
				return -1;
		}
		if (record_end(rd, x.since, x.until, &x.attrs, &x.nattrs) < 0)
			return -1;
		if (inn_model_put_node_more(rd->m, at, &x) < 0)
			return reader_oom(rd);
	}
	return rc;
}

/* The node a link end names; without a node table, a new name is a new node. */
static int link_end(struct reader *rd, const struct field *f, const char *which, uint32_t *index)
{
	size_t at;

	if (!f->tlen)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err, "empty link %s", which);
	if (inn_model_find(rd->m, f->text, &at)) {
		*index = (uint32_t)at;
		return 0;
	}
	if (rd->have_nodes)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err, "link %s '%.200s' is not a node of the node table",
			       which, f->text);
	if (check_length(rd, f) < 0)
		return -1;
	int rc = inn_model_add_node(rd->m, f->text, inn_load_is_int(f->text, f->tlen), &at);
	if (rc == INN_MODEL_ETOOBIG)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err, "too many nodes");
	if (rc < 0)
		return reader_oom(rd);
	*index = (uint32_t)at;
	return 0;
}

/* Gephi's Type cell of the link just added. */
static int link_type(struct reader *rd, const struct field *f)
{
	if (strcasecmp(f->text, "directed") == 0) {
		rd->ndirected++;
		return 0;
	}
	if (strcasecmp(f->text, "undirected") != 0 && strcasecmp(f->text, "mutual") != 0)
		return fail_at(&rd->src, &rd->rec, f->off, rd->err,
			       "'type' must be Directed, Undirected or Mutual (Gephi's link direction), not '%.40s'", f->text);
	if (rd->nundirected == rd->undirected_cap) {
		size_t *u = inn_grow(rd->undirected, &rd->undirected_cap, rd->nundirected + 1, sizeof(*u));
		if (!u)
			return reader_oom(rd);
		rd->undirected = u;
	}
	rd->undirected[rd->nundirected++] = rd->m->nlinks - 1;
	return 0;
}

/*
 * Some links are Directed: the model is directed, and each Undirected (or Mutual) link becomes
 * two arcs, the second, the other way round with the same fields, after every link of the file.
 */
static int make_directed(struct reader *rd)
{
	struct inn_model *m = rd->m;

	m->directed = true;
	for (size_t k = 0; k < rd->nundirected; k++) {
		size_t j = rd->undirected[k];
		struct inn_link_more x = *inn_link_more(m, &m->links[j]);
		const char *relation = inn_link_relation(m, &m->links[j]);
		bool weighted = m->links[j].has_weight;
		double w = inn_link_weight(m, &m->links[j]);
		if (!inn_model_add_link(m, m->links[j].target, m->links[j].source) ||
		    (relation && inn_model_set_relation(m, m->nlinks - 1, relation) < 0) ||
		    (weighted && inn_model_set_weight(m, m->nlinks - 1, w) < 0) ||
		    inn_model_put_link_more(m, m->nlinks - 1, &x) < 0)
			return reader_oom(rd);
	}
	return 0;
}

static int read_links(struct reader *rd)
{
	struct record *r = &rd->rec;
	size_t isrc = 0, itgt = 0;
	int rc;

	if (read_header(rd, true) < 0)
		return -1;
	for (size_t k = 0; k < rd->ncols; k++) {
		if (rd->cols[k].role == R_SOURCE)
			isrc = k;
		if (rd->cols[k].role == R_TARGET)
			itgt = k;
	}
	while ((rc = next_record(&rd->src, r, rd->err)) > 0) {
		uint32_t s = 0, t = 0;
		if (check_fields(rd) < 0 || link_end(rd, &r->f[isrc], "source", &s) < 0 ||
		    link_end(rd, &r->f[itgt], "target", &t) < 0)
			return -1;
		struct inn_link *l = inn_model_add_link(rd->m, s, t);
		struct inn_link_more x = inn_no_link_more;
		if (!l)
			return reader_oom(rd);
		for (size_t k = 0; k < rd->ncols; k++) {
			const struct field *f = &r->f[k];
			if (!f->tlen)
				continue;
			const char *relation = NULL;
			double weight;
			switch (rd->cols[k].role) {
			case R_RELATION:
				rc = string_cell(rd, f, true, &relation);
				if (rc == 0 && inn_model_set_relation(rd->m, rd->m->nlinks - 1, relation) < 0)
					return reader_oom(rd);
				break;
			case R_PROVENANCE: rc = string_cell(rd, f, true, &x.provenance); break;
			case R_SINCE: rc = year_cell(rd, f, "since", &x.since); break;
			case R_UNTIL: rc = year_cell(rd, f, "until", &x.until); break;
			case R_TYPE:
				rc = link_type(rd, f);
				break;
			case R_WEIGHT:
				if (!inn_load_number(f->text, f->tlen, &weight))
					return fail_at(&rd->src, r, f->off, rd->err, "'weight' must be a finite number, not '%.40s'",
						       f->text);
				if (inn_model_set_weight(rd->m, rd->m->nlinks - 1, weight) < 0)
					return reader_oom(rd);
				rc = 0;
				break;
			default: rc = 0;
			}
			if (rc < 0)
				return -1;
		}
		if (record_end(rd, x.since, x.until, &x.attrs, &x.nattrs) < 0)
			return -1;
		if (inn_model_put_link_more(rd->m, rd->m->nlinks - 1, &x) < 0)
			return reader_oom(rd);
	}
	if (rc == 0 && rd->ndirected)
		rc = make_directed(rd);
	if (rc == 0)
		rc = inn_load_multigraph(rd->m, rd->src.name, rd->err);
	return rc;
}

/* Read one file of the pair with rd->src opened on it. */
static int read_file(struct reader *rd, const char *path, const char *mem, size_t len, bool links)
{
	int rc = src_open(&rd->src, path, mem, len, rd->err);

	if (rc == 0)
		rc = links ? read_links(rd) : read_nodes(rd);
	src_close(&rd->src);
	return rc;
}

static struct inn_model *load(const char *links, const char *lmem, size_t llen, const char *nodes,
			      const char *nmem, size_t nlen, struct inn_error *err)
{
	struct reader rd = {.err = err};
	int rc = -1;

	if (!(rd.m = inn_model_new(strcmp(links, "-") == 0 ? "<stdin>" : links))) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory while loading the model", links);
		return NULL;
	}
	if (nodes) {
		if (read_file(&rd, nodes, nmem, nlen, false) < 0)
			goto out;
		rd.have_nodes = true;
	}
	if (read_file(&rd, links, lmem, llen, true) < 0)
		goto out;
	rc = inn_load_check_text(rd.m, err);
out:
	free(rd.rec.f);
	free(rd.cols);
	free(rd.undirected);
	return inn_load_end(rd.m, rc);
}

/*
 * A gzipped table (its name ends in .gz): read whole and inflated, under the models' limit on the
 * inflated size, for load() to read from memory. Other tables are streamed and never held whole.
 */
static char *inflated(const char *path, size_t *len, struct inn_error *err)
{
	size_t n;
	char *buf = inn_read_file(path, "table", INN_MAX_INPUT_BYTES, NULL, &n, err), *text;

	if (!buf)
		return NULL;
	text = inn_gunzip(buf, n, path, INN_MAX_INPUT_BYTES, len, err);
	free(buf);
	return text;
}

struct inn_model *inn_load_csv(const char *links_path, const char *nodes_path, struct inn_error *err)
{
	bool lz = strcmp(links_path, "-") != 0 && inn_gzip_name(links_path);
	bool nz = nodes_path && strcmp(nodes_path, "-") != 0 && inn_gzip_name(nodes_path);
	char *lmem = NULL, *nmem = NULL;
	size_t llen = 0, nlen = 0;
	struct inn_model *m = NULL;

	if ((!lz || (lmem = inflated(links_path, &llen, err))) && (!nz || (nmem = inflated(nodes_path, &nlen, err))))
		m = load(links_path, lmem, llen, nodes_path, nmem, nlen, err);
	free(lmem);
	free(nmem);
	return m;
}

struct inn_model *inn_load_csv_mem(const char *links, size_t links_len, const char *links_origin,
				   const char *nodes, size_t nodes_len, const char *nodes_origin,
				   struct inn_error *err)
{
	return load(links_origin, links ? links : "", links_len, nodes ? nodes_origin : NULL, nodes ? nodes : "",
		    nodes_len, err);
}
