/* table.c: the three tabular writers: aligned text, CSV and JSON. */
#include "innonet/table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/text.h"

bool inn_format_parse(const char *name, enum inn_format *f)
{
	static const char *const names[] = {"table", "csv", "json"};

	for (int i = 0; i < 3; i++) {
		if (strcmp(name, names[i]) == 0) {
			*f = (enum inn_format)i;
			return true;
		}
	}
	return false;
}

int inn_table_init(struct inn_table *t, const char *const *cols, size_t ncols, size_t nrows,
		   struct inn_error *err)
{
	memset(t, 0, sizeof(*t));
	t->cols = cols;
	t->ncols = ncols;
	t->nrows = nrows;
	t->decimals = 6;
	t->rows_key = "rows";
	t->cells = calloc(nrows * ncols + 1, sizeof(*t->cells));
	if (!t->cells)
		return inn_error_set(err, INN_EFAIL, "out of memory for a table of %zu rows", nrows);
	return 0;
}

int inn_table_init_rows(struct inn_table *t, const char *const *cols, size_t ncols, size_t nrows,
			inn_row_fn *fill, void *ctx, struct inn_error *err)
{
	if (inn_table_init(t, cols, ncols, 1, err) < 0)
		return -1;
	t->nrows = nrows;
	t->fill = fill;
	t->fill_ctx = ctx;
	return 0;
}

/* The cells of row r: stored, or made now in the one-row buffer. */
static const struct inn_cell *row_cells(const struct inn_table *t, size_t r)
{
	if (!t->fill)
		return &t->cells[r * t->ncols];
	for (size_t c = 0; c < t->ncols; c++)
		t->cells[c] = (struct inn_cell){.type = INN_CELL_NULL};
	t->fill(t->fill_ctx, r, t->cells);
	return t->cells;
}

void inn_table_release(struct inn_table *t)
{
	free(t->cells);
	t->cells = NULL;
}

void inn_cell_text(struct inn_cell *c, const char *s)
{
	*c = (struct inn_cell){.type = s ? INN_CELL_TEXT : INN_CELL_NULL, .text = s};
}

void inn_cell_real(struct inn_cell *c, double x)
{
	*c = (struct inn_cell){.type = INN_CELL_REAL, .x = x};
}

void inn_cell_int(struct inn_cell *c, long long i)
{
	*c = (struct inn_cell){.type = INN_CELL_INT, .i = i};
}

/* The text of a cell for the table and CSV formats; buf holds numbers. */
static const char *cell_text(const struct inn_cell *c, bool full, int decimals, char *buf, size_t size)
{
	switch (c->type) {
	case INN_CELL_TEXT:
		return c->text;
	case INN_CELL_INT:
		snprintf(buf, size, "%lld", c->i);
		return buf;
	case INN_CELL_REAL:
		if (!isfinite(c->x))
			break; /* never produced by a measure; empty rather than "nan" */
		if (full)
			inn_fmt_double(buf, size, c->x);
		else
			inn_fmt_fixed(buf, size, c->x, decimals);
		return buf;
	case INN_CELL_BOOL:
		return c->i ? "true" : "false";
	case INN_CELL_NULL:
		break;
	}
	return "";
}

const char *inn_meta_view(const struct inn_meta *meta, size_t nmeta)
{
	for (size_t k = 0; k < nmeta; k++)
		if (strcmp(meta[k].key, "view") == 0 && meta[k].value.type == INN_CELL_TEXT && meta[k].value.text &&
		    *meta[k].value.text)
			return meta[k].value.text;
	return NULL;
}

void inn_view_line(FILE *out, const char *view)
{
	if (!view || !*view)
		return;
	fputs("view: ", out);
	inn_print_plain(out, view);
	fputc('\n', out);
}

static bool right_aligned(enum inn_cell_type t)
{
	return t == INN_CELL_INT || t == INN_CELL_REAL;
}

static void write_aligned(const struct inn_table *t, FILE *out)
{
	size_t *width = calloc(t->ncols ? t->ncols : 1, sizeof(*width));
	bool *right = calloc(t->ncols ? t->ncols : 1, sizeof(*right));
	char buf[64];

	if (!t->view_said)
		inn_view_line(out, inn_meta_view(t->meta, t->nmeta));
	if (!width || !right) { /* degrade to unaligned output rather than fail */
		free(width);
		free(right);
		width = NULL;
		right = NULL;
	}
	for (size_t c = 0; width && c < t->ncols; c++)
		width[c] = inn_display_width(t->cols[c]);
	for (size_t r = 0; width && r < t->nrows; r++) {
		const struct inn_cell *cells = row_cells(t, r);
		for (size_t c = 0; c < t->ncols; c++) {
			size_t w = inn_display_width(cell_text(&cells[c], false, t->decimals, buf, sizeof(buf)));
			if (w > width[c])
				width[c] = w;
			if (right_aligned(cells[c].type))
				right[c] = true;
		}
	}
	for (size_t r = 0; r <= t->nrows; r++) {
		const struct inn_cell *cells = r ? row_cells(t, r - 1) : NULL;
		for (size_t c = 0; c < t->ncols; c++) {
			const char *s = r == 0 ? t->cols[c] : cell_text(&cells[c], false, t->decimals, buf, sizeof(buf));
			size_t pad = width ? width[c] - inn_display_width(s) : 0;
			bool last = c + 1 == t->ncols;
			if (c)
				fputs("  ", out);
			if (width && right[c])
				fprintf(out, "%*s", (int)pad, "");
			inn_print_plain(out, s);
			if (width && !right[c] && !last)
				fprintf(out, "%*s", (int)pad, "");
		}
		fputc('\n', out);
	}
	free(width);
	free(right);
}

/* CSV: the view, when there is one, is a last column holding the same text on every row. */
static void write_csv(const struct inn_table *t, FILE *out)
{
	const char *view = inn_meta_view(t->meta, t->nmeta);
	char buf[64];

	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			fputc(',', out);
		inn_csv_cell(out, t->cols[c]);
	}
	if (view)
		fputs(t->ncols ? ",view" : "view", out);
	fputc('\n', out);
	for (size_t r = 0; r < t->nrows; r++) {
		const struct inn_cell *cells = row_cells(t, r);
		for (size_t c = 0; c < t->ncols; c++) {
			const struct inn_cell *cell = &cells[c];
			if (c)
				fputc(',', out);
			if (cell->type == INN_CELL_TEXT)
				inn_csv_cell(out, cell->text);
			else
				fputs(cell_text(cell, true, t->decimals, buf, sizeof(buf)), out);
		}
		if (view) {
			if (t->ncols)
				fputc(',', out);
			inn_csv_cell(out, view);
		}
		fputc('\n', out);
	}
}

static void json_cell(const struct inn_cell *c, FILE *out)
{
	char buf[64];

	if (c->type == INN_CELL_TEXT && !c->bare)
		inn_json_string(out, c->text);
	else if (c->type == INN_CELL_TEXT)
		fputs(c->text, out);
	else if (c->type == INN_CELL_NULL || (c->type == INN_CELL_REAL && !isfinite(c->x)))
		fputs("null", out);
	else
		fputs(cell_text(c, true, 0, buf, sizeof(buf)), out);
}

static void write_json(const struct inn_table *t, FILE *out)
{
	fputs("{\n", out);
	for (size_t k = 0; k < t->nmeta; k++) {
		fputs("  ", out);
		inn_json_string(out, t->meta[k].key);
		fputs(": ", out);
		json_cell(&t->meta[k].value, out);
		fputs(",\n", out);
	}
	fputs("  ", out);
	inn_json_string(out, t->rows_key);
	fputs(": [", out);
	for (size_t r = 0; r < t->nrows; r++) {
		const struct inn_cell *cells = row_cells(t, r);
		fputs(r ? ",\n    {" : "\n    {", out);
		for (size_t c = 0; c < t->ncols; c++) {
			if (c)
				fputs(", ", out);
			inn_json_string(out, t->cols[c]);
			fputs(": ", out);
			json_cell(&cells[c], out);
		}
		fputc('}', out);
	}
	fputs(t->nrows ? "\n  ]\n}\n" : "]\n}\n", out);
}

void inn_table_write(const struct inn_table *t, enum inn_format f, FILE *out)
{
	switch (f) {
	case INN_FORMAT_TABLE:
		write_aligned(t, out);
		break;
	case INN_FORMAT_CSV:
		write_csv(t, out);
		break;
	case INN_FORMAT_JSON:
		write_json(t, out);
		break;
	}
}
