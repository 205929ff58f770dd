/* text.h: number formats and escaping shared by every writer, so all outputs agree. */
#ifndef INNONET_TEXT_H
#define INNONET_TEXT_H

#include <stddef.h>
#include <stdio.h>

#include "innonet/model.h"

/*
 * The shortest decimal text that reads back as exactly x ("0.1", "1e-05"); whole numbers below
 * 2^53 in full ("55000000", never "5.5e+07"); -0 prints as 0.
 */
void inn_fmt_double(char *buf, size_t size, double x);

/* x with a fixed number of decimals, for tables ("0.123457"); -0 prints as 0. */
void inn_fmt_fixed(char *buf, size_t size, double x, int decimals);

/*
 * The text of a value for a text column: a string as it is, a number as inn_fmt_double, a bound
 * as {"more_than":140}, a boolean as true/false, JSON as its text. Points into buf or the value.
 */
const char *inn_value_text(const struct inn_value *v, char *buf, size_t size);

/* s as a JSON string, quotes included. */
void inn_json_string(FILE *out, const char *s);

/*
 * The JSON pieces every JSON writer needs, in one place so that all of them agree (the commands'
 * JSON, the export, the interactive view's data): s as inn_json_string, NULL as null; x at full
 * precision (inn_fmt_double), NaN and the infinities as null (JSON has neither); a node's id as
 * the file gave it, a number when it was one.
 */
void inn_json_text(FILE *out, const char *s);
void inn_json_number(FILE *out, double x);
void inn_json_id(FILE *out, const struct inn_node *n);

/*
 * s as a CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF. A cell starting
 * (after any apostrophes) with =, +, -, @, tab or CR is quoted and given one more ' in front, so a
 * spreadsheet shows it instead of running it; innonet's CSV reader removes that one again.
 */
void inn_csv_cell(FILE *out, const char *s);

/* Columns s takes on a terminal: East Asian wide characters count two. */
size_t inn_display_width(const char *s);

/*
 * s for a terminal: control characters (C0, DEL, C1: they could move the cursor or recolour the
 * screen) and bidirectional overrides (they reorder what follows) each become one '?'.
 */
void inn_print_plain(FILE *out, const char *s);

#endif
