/* test_model.c: building, searching and copying models. */
#include <string.h>

#include "helpers.h"

static struct inn_model *triangle_with_tail(void)
{
	struct inn_model *m = inn_model_new("test");
	const char *ids[] = {"a", "b", "c", "d"};
	size_t at;

	for (int i = 0; i < 4; i++)
		CU_ASSERT_EQUAL_FATAL(inn_model_add_node(m, ids[i], false, &at), INN_MODEL_OK);
	inn_model_add_link(m, 0, 1);
	inn_model_add_link(m, 1, 2);
	inn_model_add_link(m, 2, 0);
	CU_ASSERT_EQUAL(inn_model_set_relation(m, 2, "leads"), 0);
	inn_model_add_link(m, 2, 3);
	CU_ASSERT_EQUAL(inn_model_set_weight(m, 3, 2.5), 0);
	return m;
}

static void add_node_should_reject_a_duplicate_id_and_name_the_first(void)
{
	struct inn_model *m = triangle_with_tail();
	size_t at = 99;

	CU_ASSERT_EQUAL(inn_model_add_node(m, "c", false, &at), INN_MODEL_EDUP);
	CU_ASSERT_EQUAL(at, 2);
	CU_ASSERT_EQUAL(m->nnodes, 4);
	inn_model_free(m);
}

static void find_should_return_the_position_in_file_order(void)
{
	struct inn_model *m = inn_model_new("test");
	char id[16];
	size_t at;

	/* enough nodes to make the index grow several times */
	for (int i = 0; i < 1000; i++) {
		snprintf(id, sizeof(id), "n%d", i);
		CU_ASSERT_EQUAL(inn_model_add_node(m, id, false, NULL), INN_MODEL_OK);
	}
	CU_ASSERT_TRUE(inn_model_find(m, "n0", &at));
	CU_ASSERT_EQUAL(at, 0);
	CU_ASSERT_TRUE(inn_model_find(m, "n777", &at));
	CU_ASSERT_EQUAL(at, 777);
	CU_ASSERT_FALSE(inn_model_find(m, "n1000", &at));
	CU_ASSERT_STRING_EQUAL(m->nodes[999].id, "n999");
	inn_model_free(m);
}

static void new_links_should_weigh_one_like_networkx(void)
{
	struct inn_model *m = triangle_with_tail();
	double w;

	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(m, &m->links[0]), 1.0, 0);
	CU_ASSERT_FALSE(m->links[0].has_weight);
	CU_ASSERT_FALSE(inn_link_number(m, &m->links[0], "weight", &w));
	CU_ASSERT_FALSE(inn_link_number(m, &m->links[0], "cost", &w));
	inn_model_free(m);
}

static void select_should_keep_order_and_drop_links_of_dropped_nodes(void)
{
	struct inn_model *m = triangle_with_tail();
	bool keep[] = {true, false, true, true};
	struct inn_model *c = inn_model_select(m, keep, NULL);

	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	assert_node_ids(c, "a", "c", "d", NULL);
	/* a-b and b-c go with b; c-a and c-d stay, renumbered */
	CU_ASSERT_EQUAL_FATAL(c->nlinks, 2);
	CU_ASSERT_EQUAL(c->links[0].source, 1);
	CU_ASSERT_EQUAL(c->links[0].target, 0);
	CU_ASSERT_STRING_EQUAL(inn_link_relation(c, &c->links[0]), "leads");
	CU_ASSERT_DOUBLE_EQUAL(inn_link_weight(c, &c->links[1]), 2.5, 0);
	size_t at;
	CU_ASSERT_TRUE(inn_model_find(c, "d", &at));
	CU_ASSERT_EQUAL(at, 2);
	inn_model_free(m);
	/* the copy owns its strings: it outlives the original */
	CU_ASSERT_STRING_EQUAL(inn_link_relation(c, &c->links[0]), "leads");
	inn_model_free(c);
}

static void select_should_drop_links_not_kept(void)
{
	struct inn_model *m = triangle_with_tail();
	bool keep_link[] = {true, false, true, false};
	struct inn_model *c = inn_model_select(m, NULL, keep_link);

	CU_ASSERT_EQUAL(c->nnodes, 4);
	CU_ASSERT_EQUAL(c->nlinks, 2);
	inn_model_free(m);
	inn_model_free(c);
}

static void interning_should_give_one_copy_per_string(void)
{
	struct inn_arena *a = inn_arena_new();
	const char *x = inn_arena_intern(a, "institute"), *y;
	char buf[32];

	for (int i = 0; i < 500; i++) { /* grow the table past its first size */
		snprintf(buf, sizeof(buf), "kind%d", i);
		inn_arena_intern(a, buf);
	}
	y = inn_arena_intern(a, "institute");
	CU_ASSERT_PTR_EQUAL(x, y);
	CU_ASSERT_STRING_EQUAL(inn_arena_intern(a, "kind321"), "kind321");
	/* a request larger than a block still works */
	char *big = inn_arena_alloc(a, 1 << 20);
	CU_ASSERT_PTR_NOT_NULL(big);
	memset(big, 'x', 1 << 20);
	CU_ASSERT_PTR_EQUAL(inn_arena_intern(a, "institute"), x);
	inn_arena_free(a);
}

static void ids_should_be_found_by_length_in_text_that_does_not_end_there(void)
{
	struct inn_model *m = inn_model_new("t");
	const char *text = "abcdefghiXYZ"; /* ids read straight from a file have no NUL after them */
	size_t at;

	CU_ASSERT_EQUAL(inn_model_add_node(m, "abc", false, NULL), INN_MODEL_OK);
	/* 8 bytes and more: compared in full once the first 8 match */
	CU_ASSERT_EQUAL(inn_model_add_node(m, "abcdefgh", false, NULL), INN_MODEL_OK);
	CU_ASSERT_EQUAL(inn_model_add_node(m, "abcdefghi", false, NULL), INN_MODEL_OK);
	CU_ASSERT_TRUE(inn_model_find_n(m, text, 3, &at) && at == 0);
	CU_ASSERT_TRUE(inn_model_find_n(m, text, 8, &at) && at == 1);
	CU_ASSERT_TRUE(inn_model_find_n(m, text, 9, &at) && at == 2);
	CU_ASSERT_FALSE(inn_model_find_n(m, text, 10, &at));
	CU_ASSERT_FALSE(inn_model_find_n(m, text, 4, &at));
	CU_ASSERT_TRUE(inn_model_find(m, "abcdefghi", &at) && at == 2);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(ids_should_be_found_by_length_in_text_that_does_not_end_there),
	TEST(add_node_should_reject_a_duplicate_id_and_name_the_first),
	TEST(find_should_return_the_position_in_file_order),
	TEST(new_links_should_weigh_one_like_networkx),
	TEST(select_should_keep_order_and_drop_links_of_dropped_nodes),
	TEST(select_should_drop_links_not_kept),
	TEST(interning_should_give_one_copy_per_string),
	CU_TEST_INFO_NULL,
};

int add_model_suite(void)
{
	return add_suite("model", tests);
}
