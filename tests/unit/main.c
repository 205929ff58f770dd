/* main.c: the CUnit runner: `innonet_tests [SUITE]` runs one suite or all of them. */
#include <stdio.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "helpers.h"
#include "innonet/graph.h"

static const struct {
	const char *name;
	int (*add)(void);
} suites[] = {
	{"model", add_model_suite},     {"load", add_load_suite},     {"measures", add_measures_suite},
	{"ranking", add_ranking_suite}, {"table", add_table_suite},   {"output", add_output_suite},
	{"export", add_export_suite},   {"structure", add_structure_suite},
	{"report", add_report_suite},
	{"scenario", add_scenario_suite},     {"change", add_change_suite},
	{"load_csv", add_load_csv_suite}, {"load_formats", add_load_formats_suite}, {"write", add_write_suite},
	{"stats", add_stats_suite},
	{"injection", add_injection_suite},
	{"text", add_text_suite},
	{"options", add_options_suite},
};

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : NULL;
	bool found = false;
	unsigned failures;

	inn_igraph_setup(1);
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++) {
		if (only && strcmp(only, suites[i].name) != 0)
			continue;
		found = true;
		if (suites[i].add() != CUE_SUCCESS) {
			fprintf(stderr, "cannot register suite %s: %s\n", suites[i].name, CU_get_error_msg());
			CU_cleanup_registry();
			return 2;
		}
	}
	if (!found) {
		fprintf(stderr, "no suite named '%s'\n", only);
		CU_cleanup_registry();
		return 2;
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	/* CU_get_error() stays 0 after failed assertions: the failures are what count */
	failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
	CU_cleanup_registry();
	return failures != 0;
}
