/* series.c: values over a span of years (`rank --over`, `stats --over`), written long or wide. */
#include "series.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/hash.h"

/* More years than any network's history: a typo (--over 2012:20250) stays small. */
#define MAX_YEARS 500

static bool year_of(const char *s, size_t len, long *y)
{
	char text[8];

	if (!len || len >= sizeof(text) || strspn(s, "0123456789") < len)
		return false;
	memcpy(text, s, len);
	text[len] = '\0';
	*y = strtol(text, NULL, 10);
	return *y >= 1 && *y <= 9999;
}

int inn_over_years(const char *command, const char *spec, int **years, size_t *nyears, struct inn_error *err)
{
	const char *c1 = strchr(spec, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
	long from, to, step = 1;

	*years = NULL;
	*nyears = 0;
	if (!c1 || !year_of(spec, (size_t)(c1 - spec), &from) ||
	    !year_of(c1 + 1, c2 ? (size_t)(c2 - c1 - 1) : strlen(c1 + 1), &to) ||
	    (c2 && (!year_of(c2 + 1, strlen(c2 + 1), &step) || step < 1)) || from > to)
		return inn_error_set(err, INN_EINPUT, "%s: --over needs FROM:TO or FROM:TO:STEP, years with FROM <= TO, not '%s'",
				     command, spec);
	if ((to - from) / step + 1 > MAX_YEARS)
		return inn_error_set(err, INN_EINPUT, "%s: --over '%s' spans more than %d years", command, spec, MAX_YEARS);
	*nyears = (size_t)((to - from) / step + 1);
	if (!(*years = malloc(*nyears * sizeof(**years))))
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", command);
	for (size_t k = 0; k < *nyears; k++)
		(*years)[k] = (int)(from + (long)k * step);
	return 0;
}

int inn_series_init(struct inn_series *s, const char *command, const char *spec, const char *const *key_cols,
		    size_t nkeys, bool ranks, struct inn_error *err)
{
	memset(s, 0, sizeof(*s));
	if (inn_over_years(command, spec, &s->years, &s->nyears, err) < 0)
		return -1;
	s->key_cols = key_cols;
	s->nkeys = nkeys;
	s->with_ranks = ranks;
	if (!(s->arena = inn_arena_new())) {
		inn_series_release(s);
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", command);
	}
	return 0;
}

void inn_series_release(struct inn_series *s)
{
	free(s->years);
	free(s->keys);
	free(s->values);
	free(s->ranks);
	free(s->present);
	free(s->slots);
	inn_arena_free(s->arena);
	memset(s, 0, sizeof(*s));
}

const char *inn_series_text(struct inn_series *s, const char *text, struct inn_error *err)
{
	const char *c;

	if (!text)
		return NULL;
	if (!(c = inn_arena_strdup(s->arena, text)))
		inn_error_set(err, INN_EFAIL, "out of memory");
	return c;
}

static void *grow(void *p, size_t count, size_t size, bool *ok)
{
	void *q = realloc(p, count * size);

	if (!q)
		*ok = false;
	return q ? q : p;
}

int inn_series_add_row(struct inn_series *s, const struct inn_cell *keys, size_t *row, struct inn_error *err)
{
	if (s->nrows == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64, ny = s->nyears;
		bool ok = true;
		s->keys = grow(s->keys, cap * s->nkeys, sizeof(*s->keys), &ok);
		s->values = grow(s->values, cap * ny, sizeof(*s->values), &ok);
		s->present = grow(s->present, cap * ny, sizeof(*s->present), &ok);
		if (s->with_ranks)
			s->ranks = grow(s->ranks, cap * ny, sizeof(*s->ranks), &ok);
		if (!ok)
			return inn_error_set(err, INN_EFAIL, "out of memory");
		s->cap = cap;
	}
	*row = s->nrows++;
	memcpy(&s->keys[*row * s->nkeys], keys, s->nkeys * sizeof(*keys));
	for (size_t k = 0; k < s->nyears; k++) {
		s->values[*row * s->nyears + k] = (struct inn_cell){.type = INN_CELL_NULL};
		s->present[*row * s->nyears + k] = false;
		if (s->with_ranks)
			s->ranks[*row * s->nyears + k] = (struct inn_cell){.type = INN_CELL_NULL};
	}
	return 0;
}

static uint64_t keys_hash(const struct inn_cell *keys, size_t nkeys)
{
	uint64_t h = 0;

	for (size_t k = 0; k < nkeys; k++) {
		const char *t = keys[k].type == INN_CELL_TEXT && keys[k].text ? keys[k].text : "";
		h = h * 0x100000001B3ull ^ inn_hash(t, strlen(t));
	}
	return h;
}

static bool same_keys(const struct inn_cell *a, const struct inn_cell *b, size_t nkeys)
{
	for (size_t k = 0; k < nkeys; k++) {
		const char *x = a[k].text ? a[k].text : "", *y = b[k].text ? b[k].text : "";
		if (strcmp(x, y) != 0)
			return false;
	}
	return true;
}

int inn_series_row(struct inn_series *s, const struct inn_cell *keys, size_t *row, struct inn_error *err)
{
	struct inn_cell copy[8];
	size_t at;

	/* the index is at most half full */
	if (2 * (s->nrows + 1) > s->nslots) {
		size_t n = s->nslots ? 2 * s->nslots : 256, *slots = calloc(n, sizeof(*slots));
		if (!slots)
			return inn_error_set(err, INN_EFAIL, "out of memory");
		free(s->slots);
		s->slots = slots;
		s->nslots = n;
		for (size_t r = 0; r < s->nrows; r++) {
			at = keys_hash(&s->keys[r * s->nkeys], s->nkeys) & (n - 1);
			while (slots[at])
				at = (at + 1) & (n - 1);
			slots[at] = r + 1;
		}
	}
	at = keys_hash(keys, s->nkeys) & (s->nslots - 1);
	for (; s->slots[at]; at = (at + 1) & (s->nslots - 1)) {
		if (same_keys(&s->keys[(s->slots[at] - 1) * s->nkeys], keys, s->nkeys)) {
			*row = s->slots[at] - 1;
			return 0;
		}
	}
	for (size_t k = 0; k < s->nkeys && k < 8; k++) {
		copy[k] = keys[k];
		if (keys[k].type == INN_CELL_TEXT && keys[k].text && !(copy[k].text = inn_series_text(s, keys[k].text, err)))
			return -1;
	}
	if (inn_series_add_row(s, copy, row, err) < 0)
		return -1;
	s->slots[at] = *row + 1;
	return 0;
}

bool inn_series_shape(const char *command, const char *shape, bool *wide, struct inn_error *err)
{
	*wide = !shape || strcmp(shape, "wide") == 0;
	if (*wide || strcmp(shape, "long") == 0)
		return true;
	inn_error_set(err, INN_EINPUT, "%s: unknown --shape '%s' (wide or long)", command, shape);
	return false;
}

int inn_series_write(const struct inn_series *s, bool wide, const char *value_col, const struct inn_meta *meta,
		     size_t nmeta, enum inn_format format, FILE *out, struct inn_error *err)
{
	size_t ny = s->nyears, nk = s->nkeys, ncols, nrows = 0;
	bool ranks = s->with_ranks;
	const char **cols;
	char (*names)[16] = NULL; /* the year columns' names; owned */
	struct inn_table t = {0};
	int ret = -1;

	ncols = wide ? nk + ny * (ranks ? 2 : 1) : 1 + nk + 1 + ranks;
	cols = calloc(ncols, sizeof(*cols));
	names = calloc(2 * ny, sizeof(*names));
	if (!cols || !names) {
		inn_error_set(err, INN_EFAIL, "out of memory");
		goto out;
	}
	if (wide) {
		for (size_t k = 0; k < nk; k++)
			cols[k] = s->key_cols[k];
		for (size_t y = 0; y < ny; y++) {
			snprintf(names[y], sizeof(names[y]), "%d", s->years[y]);
			cols[nk + y] = names[y];
			if (ranks) {
				snprintf(names[ny + y], sizeof(names[ny + y]), "rank_%d", s->years[y]);
				cols[nk + ny + y] = names[ny + y];
			}
		}
		nrows = s->nrows;
	} else {
		cols[0] = "year";
		for (size_t k = 0; k < nk; k++)
			cols[1 + k] = s->key_cols[k];
		cols[1 + nk] = value_col;
		if (ranks)
			cols[2 + nk] = "rank";
		for (size_t i = 0; i < s->nrows * ny; i++)
			nrows += s->present[i];
	}
	if (inn_table_init(&t, cols, ncols, nrows, err) < 0)
		goto out;
	t.meta = meta;
	t.nmeta = nmeta;
	t.rows_key = wide ? "rows" : "series";
	if (wide) {
		for (size_t r = 0; r < s->nrows; r++) {
			memcpy(inn_table_cell(&t, r, 0), &s->keys[r * nk], nk * sizeof(struct inn_cell));
			for (size_t y = 0; y < ny; y++) {
				*inn_table_cell(&t, r, nk + y) = s->values[r * ny + y];
				if (ranks)
					*inn_table_cell(&t, r, nk + ny + y) = s->ranks[r * ny + y];
			}
		}
	} else {
		size_t row = 0;
		for (size_t y = 0; y < ny; y++) {
			for (size_t r = 0; r < s->nrows; r++) {
				if (!s->present[r * ny + y])
					continue;
				inn_cell_int(inn_table_cell(&t, row, 0), s->years[y]);
				memcpy(inn_table_cell(&t, row, 1), &s->keys[r * nk], nk * sizeof(struct inn_cell));
				*inn_table_cell(&t, row, 1 + nk) = s->values[r * ny + y];
				if (ranks)
					*inn_table_cell(&t, row, 2 + nk) = s->ranks[r * ny + y];
				row++;
			}
		}
	}
	inn_table_write(&t, format, out);
	ret = 0;
out:
	inn_table_release(&t);
	free(names);
	free(cols);
	return ret;
}
