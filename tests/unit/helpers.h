/* helpers.h: what the unit suites share: fixture paths, reference tables, model loading. */
#ifndef INNONET_TEST_HELPERS_H
#define INNONET_TEST_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

#include <CUnit/CUnit.h>

#include "innonet/model.h"

struct inn_net;

/* The path of a file under tests/fixtures (static buffer, valid until the next call). */
const char *fixture(const char *name);

/* Load a fixture model; fails the current test (and returns NULL) when it does not load. */
struct inn_model *load_fixture(const char *name);
/* Load a fixture model and build its network in net; stops the current test when either fails.
 * The caller releases net and frees the model. */
struct inn_model *load_fixture_net(const char *name, struct inn_net *net);
/* Load a model from JSON text, named name in messages; fails the test (and returns NULL,
 * printing why) when it does not load. */
struct inn_model *load_text(const char *json, const char *name);

/*
 * A reference table written by tests/fixtures/make_refs.py: one row per node id, one column
 * per measure. Lines starting with '#' are comments.
 */
struct ref_table {
	size_t ncols, nrows;
	char **cols;   /* column names, cols[0] = "id"; owned */
	char **ids;    /* one per row; owned */
	double *vals;  /* nrows * ncols, column 0 unused; owned */
};

bool ref_load(struct ref_table *t, const char *name);
void ref_free(struct ref_table *t);
/* Column index of name, or -1. */
int ref_col(const struct ref_table *t, const char *name);

/* Fails the current test once for each of the strings (a NULL-ended list) that text does not
 * contain, naming the string on standard error. */
void assert_contains(const char *text, ...);

/* Fails the current test unless m's nodes are, in order, exactly the ids given (a NULL-ended
 * list): the node count and each id, naming a wrong id on standard error. */
void assert_node_ids(const struct inn_model *m, ...);

/* Read a whole file into a NUL-terminated buffer the caller frees; NULL when it cannot. */
char *slurp(const char *path, size_t *len);

/* A test in a suite's table: its function name is its description. */
#define TEST(fn) {#fn, fn}

/* Register a suite of tests (a table ending in CU_TEST_INFO_NULL); returns a CUnit error code. */
int add_suite(const char *name, CU_TestInfo *tests);
/* The same with set-up and tear-down functions run around the suite (either may be NULL). */
int add_suite_with(const char *name, CU_TestInfo *tests, CU_InitializeFunc init, CU_CleanupFunc clean);

/* Register the suites; each returns 0 or a CUnit error. */
int add_model_suite(void);
int add_load_suite(void);
int add_measures_suite(void);
int add_ranking_suite(void);
int add_table_suite(void);
int add_output_suite(void);
int add_export_suite(void);
int add_structure_suite(void);
int add_report_suite(void);
int add_scenario_suite(void);
int add_change_suite(void);
int add_load_csv_suite(void);
int add_load_formats_suite(void);
int add_write_suite(void);
int add_stats_suite(void);
int add_injection_suite(void);
int add_text_suite(void);
int add_options_suite(void);

#endif
