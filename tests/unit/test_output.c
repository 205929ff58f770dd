/* test_output.c: output files appear whole or not at all. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "innonet/output.h"

static char dir[] = "/tmp/innonet-test-XXXXXX";

static int setup(void)
{
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Number of entries in the test directory (temporary files included). */
static int entries(void)
{
	DIR *d = opendir(dir);
	int n = 0;

	for (struct dirent *e; d && (e = readdir(d));)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	if (d)
		closedir(d);
	return n;
}

static void commit_should_leave_exactly_the_file(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], *text;

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/out.csv", dir);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, path, NULL, &err), 0);
	fputs("rank,id\n", o.fp);
	CU_ASSERT_EQUAL(access(path, F_OK), -1); /* nothing at the final path until commit */
	CU_ASSERT_EQUAL(inn_output_commit(&o, &err), 0);
	text = slurp(path, NULL);
	CU_ASSERT_STRING_EQUAL(text, "rank,id\n");
	free(text);
	CU_ASSERT_EQUAL(entries(), 1);
	unlink(path);
}

static void abort_should_leave_nothing(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/half.svg", dir);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, path, NULL, &err), 0);
	fputs("<svg>", o.fp);
	inn_output_abort(&o);
	CU_ASSERT_EQUAL(entries(), 0);
}

static void open_should_refuse_to_write_over_the_input(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], same[300];
	FILE *f;

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/model.json", dir);
	f = fopen(path, "w");
	fputs("{}", f);
	fclose(f);
	snprintf(same, sizeof(same), "%s/./model.json", dir); /* another spelling of the same file */
	CU_ASSERT_EQUAL(inn_output_open(&o, same, path, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "refusing to write over the input model"));
	CU_ASSERT_EQUAL(entries(), 1);
	unlink(path);
}

static void open_should_fail_cleanly_in_a_missing_directory(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], want[400];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/no/such/out.svg", dir);
	CU_ASSERT_EQUAL(inn_output_open(&o, path, NULL, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	snprintf(want, sizeof(want), "%s: cannot create output: No such file or directory", path);
	CU_ASSERT_STRING_EQUAL(err.msg, want);
}

static CU_TestInfo tests[] = {
	TEST(commit_should_leave_exactly_the_file),
	TEST(abort_should_leave_nothing),
	TEST(open_should_refuse_to_write_over_the_input),
	TEST(open_should_fail_cleanly_in_a_missing_directory),
	CU_TEST_INFO_NULL,
};

int add_output_suite(void)
{
	return add_suite_with("output", tests, setup, teardown);
}
