/* test_options.c: the option parser's rules for options given twice and for a table too long. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "helpers.h"
#include "innonet/options.h"

static const struct inn_option table[] = {
	{"title", 't', "TEXT", "one value"},
	{"kind", 'k', "KIND[,KIND]", "a list"},
	{"quiet", 'q', NULL, "a flag"},
};

static int parse(struct inn_args *a, struct inn_error *err, int argc, char **argv)
{
	inn_error_init(err);
	return inn_args_parse(a, "test", table, sizeof(table) / sizeof(table[0]), argc, argv, 1, err);
}

static void options_should_refuse_a_single_value_given_twice(void)
{
	char *argv[] = {"test", "--title", "A", "-tB"};
	struct inn_args a;
	struct inn_error err;

	CU_ASSERT_EQUAL(parse(&a, &err, 4, argv), -1);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	CU_ASSERT_STRING_EQUAL(err.msg, "test: option '--title' given twice ('A', then 'B'): give it once");
	inn_args_release(&a);
}

static void options_should_gather_a_list_given_twice_and_keep_each_value(void)
{
	char *argv[] = {"test", "-k", "a,b", "--kind=c", "-k", "d", "-q", "-q"};
	struct inn_args a;
	struct inn_error err;

	CU_ASSERT_EQUAL(parse(&a, &err, 8, argv), 0);
	CU_ASSERT_STRING_EQUAL(inn_arg(&a, "kind"), "a,b,c,d");
	CU_ASSERT_EQUAL(inn_arg_count(&a, "kind"), 3);
	CU_ASSERT_STRING_EQUAL(inn_arg_nth(&a, "kind", 0), "a,b");
	CU_ASSERT_STRING_EQUAL(inn_arg_nth(&a, "kind", 2), "d");
	CU_ASSERT_PTR_NULL(inn_arg_nth(&a, "kind", 3));
	CU_ASSERT(inn_flag(&a, "quiet"));
	CU_ASSERT_EQUAL(inn_arg_count(&a, "title"), 0);
	inn_args_release(&a);
}

static void options_should_count_a_value_given_once(void)
{
	char *argv[] = {"test", "-k", "x"};
	struct inn_args a;
	struct inn_error err;

	CU_ASSERT_EQUAL(parse(&a, &err, 3, argv), 0);
	CU_ASSERT_EQUAL(inn_arg_count(&a, "kind"), 1);
	CU_ASSERT_STRING_EQUAL(inn_arg_nth(&a, "kind", 0), "x");
	inn_args_release(&a);
}

static void options_should_refuse_a_table_longer_than_the_limit(void)
{
	static struct inn_option big[INN_MAX_OPTIONS + 1];
	char *argv[] = {"test"};
	struct inn_args a;
	struct inn_error err;

	for (size_t i = 0; i < INN_MAX_OPTIONS + 1; i++)
		big[i] = (struct inn_option){"flag", 0, NULL, "x"};
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_args_parse(&a, "test", big, INN_MAX_OPTIONS + 1, 1, argv, 0, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "more than INN_MAX_OPTIONS"));
	inn_args_release(&a);
}

static CU_TestInfo tests[] = {
	TEST(options_should_refuse_a_single_value_given_twice),
	TEST(options_should_gather_a_list_given_twice_and_keep_each_value),
	TEST(options_should_count_a_value_given_once),
	TEST(options_should_refuse_a_table_longer_than_the_limit),
	CU_TEST_INFO_NULL,
};

int add_options_suite(void)
{
	return add_suite("options", tests);
}
