/* table.h: a command's result as rows and columns, written as a terminal table, CSV or JSON. */
#ifndef INNONET_TABLE_H
#define INNONET_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/error.h"

enum inn_format { INN_FORMAT_TABLE, INN_FORMAT_CSV, INN_FORMAT_JSON };

/* "table", "csv" or "json"; false for anything else. */
bool inn_format_parse(const char *name, enum inn_format *f);

enum inn_cell_type {
	INN_CELL_NULL, /* empty in a table and CSV, null in JSON */
	INN_CELL_TEXT,
	INN_CELL_INT,
	INN_CELL_REAL, /* fixed decimals in a table, full precision in CSV and JSON */
	INN_CELL_BOOL,
};

struct inn_cell {
	enum inn_cell_type type;
	const char *text;  /* INN_CELL_TEXT; borrowed: must outlive the table */
	bool bare;         /* INN_CELL_TEXT holding an integer id: JSON writes it as a number */
	long long i;       /* INN_CELL_INT, INN_CELL_BOOL */
	double x;          /* INN_CELL_REAL */
};

/*
 * Metadata written before the rows in JSON ("measure": "betweenness"); not shown in tables or CSV,
 * but for one entry: a non-empty text keyed "view" (inn_cmd_view's words for what the model
 * options made of the network) is a first line "view: ..." of the table and a last column "view"
 * of the CSV, the same text on every row. Without it the table and CSV are as they were.
 */
struct inn_meta {
	const char *key;
	struct inn_cell value;
};

/* Sets the cells of one row of a table whose rows are made as they are written (see inn_table_init_rows). */
typedef void inn_row_fn(void *ctx, size_t row, struct inn_cell *cells);

struct inn_table {
	size_t ncols, nrows;
	const char *const *cols; /* column names; borrowed */
	struct inn_cell *cells;  /* nrows * ncols, row by row; or one row when fill is set; owned */
	inn_row_fn *fill;        /* NULL, or what makes each row when it is written */
	void *fill_ctx;          /* fill's context; borrowed */
	const char *rows_key;    /* JSON: the member holding the rows ("ranking"); borrowed */
	const struct inn_meta *meta; /* borrowed; may be NULL */
	size_t nmeta;
	int decimals;            /* decimals of REAL cells in the table format */
	bool view_said;          /* the table format leaves out the view line: the command's header said it */
};

/* A table of nrows empty (null) rows. Returns -1 (err filled) when out of memory. */
int inn_table_init(struct inn_table *t, const char *const *cols, size_t ncols, size_t nrows,
		   struct inn_error *err);
void inn_table_release(struct inn_table *t);

/*
 * A table of nrows rows that are not stored: each is made by fill(ctx, r, cells) when it is
 * written (twice for the aligned format, which measures the columns first). A ranking of a
 * million nodes then costs one row of cells, not a million. inn_table_cell() is not used on it.
 */
int inn_table_init_rows(struct inn_table *t, const char *const *cols, size_t ncols, size_t nrows,
			inn_row_fn *fill, void *ctx, struct inn_error *err);

static inline struct inn_cell *inn_table_cell(struct inn_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

void inn_cell_text(struct inn_cell *c, const char *s);
void inn_cell_real(struct inn_cell *c, double x);
void inn_cell_int(struct inn_cell *c, long long i);

/* The text of the "view" entry of meta (see struct inn_meta), or NULL when there is none or it is empty. */
const char *inn_meta_view(const struct inn_meta *meta, size_t nmeta);

/* "view: VIEW" and a newline, the line a table states its view in; nothing when view is NULL or "". */
void inn_view_line(FILE *out, const char *view);

/* Write t in format f. Write errors are the caller's to detect (ferror) when the output closes. */
void inn_table_write(const struct inn_table *t, enum inn_format f, FILE *out);

#endif
