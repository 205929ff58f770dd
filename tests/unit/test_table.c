/* test_table.c: number formats and the table, CSV and JSON writers, escaping included. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/table.h"
#include "innonet/text.h"

/* Run a writer into memory and return what it wrote (caller frees). */
static char *write_to_string(const struct inn_table *t, enum inn_format f)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	inn_table_write(t, f, out);
	fclose(out);
	return buf;
}

static const char *const cols[] = {"id", "label", "score"};

static void make(struct inn_table *t)
{
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_table_init(t, cols, 3, 2, &err), 0);
	inn_cell_text(inn_table_cell(t, 0, 0), "a");
	inn_cell_text(inn_table_cell(t, 0, 1), "Say \"hi\", then\nleave");
	inn_cell_real(inn_table_cell(t, 0, 2), 0.1);
	inn_cell_text(inn_table_cell(t, 1, 0), "=HYPERLINK(\"x\")");
	inn_cell_text(inn_table_cell(t, 1, 1), "北京");
	inn_cell_real(inn_table_cell(t, 1, 2), 2.0 / 3.0);
}

static void doubles_should_print_shortest_round_trip(void)
{
	char buf[64];

	inn_fmt_double(buf, sizeof(buf), 0.1);
	CU_ASSERT_STRING_EQUAL(buf, "0.1");
	inn_fmt_double(buf, sizeof(buf), 2.0 / 3.0);
	CU_ASSERT_STRING_EQUAL(buf, "0.6666666666666666");
	inn_fmt_double(buf, sizeof(buf), 123.0);
	CU_ASSERT_STRING_EQUAL(buf, "123");
	inn_fmt_double(buf, sizeof(buf), 100.0); /* "1e+02" reads back as 100 too, but is no way to print a count */
	CU_ASSERT_STRING_EQUAL(buf, "100");
	inn_fmt_double(buf, sizeof(buf), 55e6);
	CU_ASSERT_STRING_EQUAL(buf, "55000000");
	inn_fmt_double(buf, sizeof(buf), 1e-5);
	CU_ASSERT_STRING_EQUAL(buf, "1e-05");
	inn_fmt_double(buf, sizeof(buf), -0.0);
	CU_ASSERT_STRING_EQUAL(buf, "0");
	inn_fmt_fixed(buf, sizeof(buf), -1e-12, 6);
	CU_ASSERT_STRING_EQUAL(buf, "0.000000");
	inn_fmt_fixed(buf, sizeof(buf), 901.2363636, 6);
	CU_ASSERT_STRING_EQUAL(buf, "901.236364");
}

static void csv_should_quote_and_neutralise_formulas(void)
{
	struct inn_table t;
	char *s;

	make(&t);
	s = write_to_string(&t, INN_FORMAT_CSV);
	CU_ASSERT_STRING_EQUAL(s, "id,label,score\n"
				  "a,\"Say \"\"hi\"\", then\nleave\",0.1\n"
				  "\"'=HYPERLINK(\"\"x\"\")\",北京,0.6666666666666666\n");
	free(s);
	inn_table_release(&t);
}

static void csv_should_guard_a_formula_behind_apostrophes(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	/* a reader that drops the one apostrophe added must get back exactly what was written */
	inn_csv_cell(out, "'=SUM(A1)");
	fputc('|', out);
	inn_csv_cell(out, "it's");
	fclose(out);
	CU_ASSERT_STRING_EQUAL(buf, "\"''=SUM(A1)\"|it's");
	free(buf);
}

static void json_should_escape_and_keep_full_precision(void)
{
	struct inn_table t;
	const struct inn_meta meta[] = {{"measure", {.type = INN_CELL_TEXT, .text = "pagerank"}},
					{"weight", {.type = INN_CELL_NULL}}};
	char *s;

	make(&t);
	t.rows_key = "ranking";
	t.meta = meta;
	t.nmeta = 2;
	inn_cell_text(inn_table_cell(&t, 0, 0), "7");
	inn_table_cell(&t, 0, 0)->bare = true; /* an integer id stays a number */
	s = write_to_string(&t, INN_FORMAT_JSON);
	CU_ASSERT_STRING_EQUAL(s, "{\n  \"measure\": \"pagerank\",\n  \"weight\": null,\n  \"ranking\": [\n"
				  "    {\"id\": 7, \"label\": \"Say \\\"hi\\\", then\\nleave\", \"score\": 0.1},\n"
				  "    {\"id\": \"=HYPERLINK(\\\"x\\\")\", \"label\": \"北京\", \"score\": 0.6666666666666666}\n"
				  "  ]\n}\n");
	free(s);
	inn_table_release(&t);
}

static void tables_should_align_wide_characters_and_hide_control_codes(void)
{
	struct inn_table t;
	char *s;

	make(&t);
	inn_cell_text(inn_table_cell(&t, 0, 1), "x\x1b[31mred");
	s = write_to_string(&t, INN_FORMAT_TABLE);
	/* 北京 is 4 columns wide; the escape sequence is shown as '?', never sent to the terminal */
	CU_ASSERT_STRING_EQUAL(s, "id               label         score\n"
				  "a                x?[31mred  0.100000\n"
				  "=HYPERLINK(\"x\")  北京       0.666667\n");
	free(s);
	inn_table_release(&t);
}

/* What a writer function prints for s (caller frees). */
static char *print_with(void (*fn)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	fn(out, s);
	fclose(out);
	return buf;
}

static void csv_should_neutralise_every_formula_prefix(void)
{
	/* OWASP's list: = + - @ tab CR; each cell is quoted and starts with ' */
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"=1+1", "\"'=1+1\""},
		{"+1", "\"'+1\""},
		{"-2+3", "\"'-2+3\""},
		{"@SUM(A1)", "\"'@SUM(A1)\""},
		{"\tx", "\"'\tx\""},
		{"\rx", "\"'\rx\""},
		{"=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""},
		{"a=b", "a=b"},    /* only the first character starts a formula */
		{" =1", " =1"},    /* spreadsheets read a leading space as text */
		{"", ""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *s = print_with(inn_csv_cell, cases[i].in);
		CU_ASSERT_STRING_EQUAL(s, cases[i].out);
		free(s);
	}
}

static void json_strings_should_escape_every_control_character(void)
{
	char *s = print_with(inn_json_string, "a\x01\x1b[2J\x7f\"\\\n</script>");

	/* ESC is U+001B, DEL U+007F: escaped, never raw; '/' needs no escape in JSON */
	CU_ASSERT_STRING_EQUAL(s, "\"a\\u0001\\u001b[2J\\u007f\\\"\\\\\\n</script>\"");
	free(s);
}

static void terminal_text_should_hide_controls_and_bidirectional_overrides(void)
{
	/* U+202E (E2 80 AE) would show "txt.exe" as "exe.txt"; U+2066 (E2 81 A6) isolates; U+009B is CSI */
	char *s = print_with(inn_print_plain, "a\xE2\x80\xAEtxt.exe\xE2\x81\xA6|\xC2\x9B" "31m\x07\x7f\xE5\x8C\x97");

	CU_ASSERT_STRING_EQUAL(s, "a?txt.exe?|?31m??\xE5\x8C\x97");
	free(s);
}

/* Rows made on demand: the stored table of make() as a function of the row number. */
static void made_row(void *ctx, size_t r, struct inn_cell *cells)
{
	struct inn_table *stored = ctx;

	for (size_t c = 0; c < 3; c++)
		cells[c] = *inn_table_cell(stored, r, c);
}

static void rows_made_when_written_should_print_as_stored_rows_do(void)
{
	struct inn_table stored, made;
	struct inn_error err;

	inn_error_init(&err);
	make(&stored);
	CU_ASSERT_EQUAL_FATAL(inn_table_init_rows(&made, cols, 3, 2, made_row, &stored, &err), 0);
	for (int f = INN_FORMAT_TABLE; f <= INN_FORMAT_JSON; f++) {
		char *a = write_to_string(&stored, (enum inn_format)f), *b = write_to_string(&made, (enum inn_format)f);
		CU_ASSERT_STRING_EQUAL(b, a);
		free(a);
		free(b);
	}
	/* the aligned table sizes its columns from every row before it prints any: the id column is as
	 * wide as the 15 characters of the second row's id, then two spaces */
	char *s = write_to_string(&made, INN_FORMAT_TABLE);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "id               label"));
	free(s);
	inn_table_release(&made);
	inn_table_release(&stored);
}

static void a_view_should_be_a_first_line_and_a_last_column(void)
{
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = "m"}},
		{"view", {.type = INN_CELL_TEXT, .text = "relations funds, sponsors"}},
	};
	struct inn_table t;
	char *plain[2], *s;

	make(&t);
	plain[0] = write_to_string(&t, INN_FORMAT_TABLE);
	plain[1] = write_to_string(&t, INN_FORMAT_CSV);
	t.meta = meta;
	t.nmeta = 2;
	s = write_to_string(&t, INN_FORMAT_TABLE);
	CU_ASSERT_EQUAL(strncmp(s, "view: relations funds, sponsors\n", 32), 0);
	CU_ASSERT_STRING_EQUAL(s + 32, plain[0]);
	free(s);
	s = write_to_string(&t, INN_FORMAT_CSV);
	CU_ASSERT_STRING_EQUAL(s, "id,label,score,view\n"
				  "a,\"Say \"\"hi\"\", then\nleave\",0.1,\"relations funds, sponsors\"\n"
				  "\"'=HYPERLINK(\"\"x\"\")\",北京,0.6666666666666666,\"relations funds, sponsors\"\n");
	free(s);
	/* a command whose heading said it already; an empty view is none */
	t.view_said = true;
	s = write_to_string(&t, INN_FORMAT_TABLE);
	CU_ASSERT_STRING_EQUAL(s, plain[0]);
	free(s);
	t.view_said = false;
	t.nmeta = 1;
	s = write_to_string(&t, INN_FORMAT_CSV);
	CU_ASSERT_STRING_EQUAL(s, plain[1]);
	free(s);
	free(plain[0]);
	free(plain[1]);
	inn_table_release(&t);
}

static CU_TestInfo tests[] = {
	TEST(a_view_should_be_a_first_line_and_a_last_column),
	TEST(rows_made_when_written_should_print_as_stored_rows_do),
	TEST(doubles_should_print_shortest_round_trip),
	TEST(csv_should_quote_and_neutralise_formulas),
	TEST(csv_should_guard_a_formula_behind_apostrophes),
	TEST(json_should_escape_and_keep_full_precision),
	TEST(tables_should_align_wide_characters_and_hide_control_codes),
	TEST(csv_should_neutralise_every_formula_prefix),
	TEST(json_strings_should_escape_every_control_character),
	TEST(terminal_text_should_hide_controls_and_bidirectional_overrides),
	CU_TEST_INFO_NULL,
};

int add_table_suite(void)
{
	return add_suite("table", tests);
}
