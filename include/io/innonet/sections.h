/* sections.h: results of several sections as one long table: CSV and JSON whole, the terminal table by section. */
#ifndef INNONET_SECTIONS_H
#define INNONET_SECTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "innonet/arena.h"
#include "innonet/table.h"

/*
 * Column 0 of every row is its section; the other columns mean what the section says. CSV and
 * JSON write the whole table (one row per fact, so a spreadsheet or a script filters by section),
 * the terminal table writes one block per section with only the columns that section uses.
 */
struct inn_sections {
	struct inn_table t;      /* the rows; t.nrows counts those added so far */
	size_t cap;              /* rows allocated */
	bool *quiet;             /* per row: left out of the terminal table; owned */
	bool *table_only;        /* per row: only in the terminal table (a summary of other rows); owned */
	struct inn_arena *arena; /* texts the report makes (link names); owned */
};

int inn_sections_init(struct inn_sections *r, const char *const *cols, size_t ncols, size_t max_rows,
		    struct inn_error *err);
void inn_sections_release(struct inn_sections *r);

/* The cells of a new row in section (borrowed string), or NULL when the rows allocated are used up. */
struct inn_cell *inn_sections_row(struct inn_sections *r, const char *section);

/* Write the report as CSV or JSON: every row but the table-only ones. */
void inn_sections_write(const struct inn_sections *r, enum inn_format f, FILE *out);

/* "a -- b" (or "a -> b" when directed), kept in the report's arena; NULL when out of memory. */
const char *inn_sections_pair(struct inn_sections *r, const char *a, const char *b, bool directed);

/* The terminal block of one section: "title:" then its rows in columns cols, or "title: none". */
void inn_sections_section(FILE *out, const struct inn_sections *r, const char *section, const char *title,
			const int *cols, size_t ncols);

#endif
