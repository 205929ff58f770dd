/* sections.c: sectioned reports (whatif, diff) written as one long CSV/JSON table or as terminal blocks. */
#include "innonet/sections.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/text.h"

int inn_sections_init(struct inn_sections *r, const char *const *cols, size_t ncols, size_t max_rows,
		    struct inn_error *err)
{
	memset(r, 0, sizeof(*r));
	if (inn_table_init(&r->t, cols, ncols, max_rows, err) < 0)
		return -1;
	r->cap = max_rows;
	r->t.nrows = 0;
	if (!(r->quiet = calloc(max_rows + 1, sizeof(*r->quiet))) ||
	    !(r->table_only = calloc(max_rows + 1, sizeof(*r->table_only))) || !(r->arena = inn_arena_new())) {
		inn_sections_release(r);
		return inn_error_set(err, INN_EFAIL, "out of memory for a report of %zu rows", max_rows);
	}
	return 0;
}

void inn_sections_release(struct inn_sections *r)
{
	inn_table_release(&r->t);
	free(r->quiet);
	free(r->table_only);
	inn_arena_free(r->arena);
	memset(r, 0, sizeof(*r));
}

struct inn_cell *inn_sections_row(struct inn_sections *r, const char *section)
{
	struct inn_cell *c;

	if (r->t.nrows >= r->cap)
		return NULL;
	c = inn_table_cell(&r->t, r->t.nrows++, 0);
	inn_cell_text(&c[0], section);
	return c;
}

void inn_sections_write(const struct inn_sections *r, enum inn_format f, FILE *out)
{
	struct inn_table t = r->t;
	struct inn_cell *cells = malloc((r->t.nrows * r->t.ncols + 1) * sizeof(*cells));
	size_t n = 0;

	if (!cells) { /* no room for a filtered copy: write every row rather than nothing */
		inn_table_write(&r->t, f, out);
		return;
	}
	for (size_t k = 0; k < r->t.nrows; k++)
		if (!r->table_only[k])
			memcpy(cells + n++ * t.ncols, r->t.cells + k * t.ncols, t.ncols * sizeof(*cells));
	t.cells = cells;
	t.nrows = n;
	inn_table_write(&t, f, out);
	free(cells);
}

const char *inn_sections_pair(struct inn_sections *r, const char *a, const char *b, bool directed)
{
	size_t len = strlen(a) + strlen(b) + 5;
	char *s = inn_arena_alloc(r->arena, len);

	if (s)
		snprintf(s, len, "%s %s %s", a, directed ? "->" : "--", b);
	return s;
}

void inn_sections_section(FILE *out, const struct inn_sections *r, const char *section, const char *title,
			const int *cols, size_t ncols)
{
	const char *names[16];
	struct inn_error err;
	struct inn_table t;
	size_t n = 0;

	inn_error_init(&err);
	if (ncols > 16)
		ncols = 16;
	for (size_t k = 0; k < r->t.nrows; k++)
		n += !r->quiet[k] && strcmp(r->t.cells[k * r->t.ncols].text, section) == 0;
	fputc('\n', out);
	inn_print_plain(out, title);
	if (n == 0) {
		fputs(": none\n", out);
		return;
	}
	fputs(":\n", out);
	for (size_t c = 0; c < ncols; c++)
		names[c] = r->t.cols[cols[c]];
	if (inn_table_init(&t, names, ncols, n, &err) < 0) {
		fputs("(out of memory)\n", out);
		return;
	}
	t.decimals = r->t.decimals;
	n = 0;
	for (size_t k = 0; k < r->t.nrows; k++) {
		const struct inn_cell *src = &r->t.cells[k * r->t.ncols];
		if (r->quiet[k] || strcmp(src[0].text, section) != 0)
			continue;
		for (size_t c = 0; c < ncols; c++)
			*inn_table_cell(&t, n, c) = src[cols[c]];
		n++;
	}
	inn_table_write(&t, INN_FORMAT_TABLE, out);
	inn_table_release(&t);
}
