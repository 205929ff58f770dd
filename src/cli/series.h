/*
 * series.h: a value of each row (a node, a statistic) in each year of FROM:TO[:STEP], as
 * `rank --over` and `stats --over` give it, written long (one row a year and row) or wide (one
 * column a year); series.c.
 */
#ifndef INNONET_SERIES_H
#define INNONET_SERIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/arena.h"
#include "innonet/error.h"
#include "innonet/options.h"
#include "innonet/table.h"

/* The shared rows of the options' tables: --over and --shape. */
#define INN_SERIES_OPTIONS                                                                          \
	{"over", 0, "FROM:TO[:STEP]", "one column a year: the network as it stood in each (as --as-of YEAR)"}, \
	{"shape", 0, "SHAPE", "with --over: wide (default; one column a year) or long (year,...,value rows)"}

/*
 * Ownership: a series owns its arrays and its arena, in which the texts of its cells are copied
 * (inn_series_text), so the yearly models they came from may be freed.
 */
struct inn_series {
	int *years;                    /* the years of --over, ascending */
	size_t nyears;
	const char *const *key_cols;   /* the columns naming a row ("id", "label", "kind"); borrowed */
	size_t nkeys;
	size_t nrows, cap;
	struct inn_cell *keys;         /* nrows * nkeys */
	struct inn_cell *values;       /* nrows * nyears; NULL cells where undefined */
	bool with_ranks;               /* ranks were asked for */
	struct inn_cell *ranks;        /* nrows * nyears when with_ranks (NULL before the first row) */
	bool *present;                 /* nrows * nyears: the row exists in that year */
	struct inn_arena *arena;
	size_t *slots, nslots;         /* inn_series_row's index: 1 + row, 0 empty; owned */
};

/*
 * The years of spec "FROM:TO" or "FROM:TO:STEP" into *years (malloc'd, the caller frees), as
 * inn_series_init reads them. -1 with err filled.
 */
int inn_over_years(const char *command, const char *spec, int **years, size_t *nyears, struct inn_error *err);

/*
 * The years of spec "FROM:TO" or "FROM:TO:STEP" (FROM <= TO, STEP >= 1, at most 500 years):
 * the series is made with no rows. -1 with err filled (an input error naming --over).
 */
int inn_series_init(struct inn_series *s, const char *command, const char *spec, const char *const *key_cols,
		    size_t nkeys, bool ranks, struct inn_error *err);
void inn_series_release(struct inn_series *s);

/* A copy of text in the series' arena (NULL stays NULL); NULL with err filled when out of memory. */
const char *inn_series_text(struct inn_series *s, const char *text, struct inn_error *err);

/* Append a row, its keys copied from keys (texts must be the series' or outlive it); -1 when out of memory. */
int inn_series_add_row(struct inn_series *s, const struct inn_cell *keys, size_t *row, struct inn_error *err);

/*
 * The row whose text keys equal keys (copied into the series when the row is new, at the end),
 * found through a hash of the keys: time proportional to the rows over all years.
 */
int inn_series_row(struct inn_series *s, const struct inn_cell *keys, size_t *row, struct inn_error *err);

/* Whether the --shape value is "wide" (NULL too) or "long"; false with err filled otherwise. */
bool inn_series_shape(const char *command, const char *shape, bool *wide, struct inn_error *err);

/*
 * Write the series: wide has the key columns, then one column a year named by the year (then,
 * with ranks, one "rank_YEAR" column a year), empty where the row did not exist; long has
 * "year", the key columns, value_col (and "rank"), one row a year and row that existed, year by
 * year. meta goes before the rows in JSON. Write errors are the caller's (ferror).
 */
int inn_series_write(const struct inn_series *s, bool wide, const char *value_col, const struct inn_meta *meta,
		     size_t nmeta, enum inn_format format, FILE *out, struct inn_error *err);

#endif
