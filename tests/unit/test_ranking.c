/* test_ranking.c: score order, ties sharing a rank, id order within a tie. */
#include <string.h>

#include "helpers.h"
#include "innonet/ranking.h"

static struct inn_model *ids(const char *const *names, size_t n)
{
	struct inn_model *m = inn_model_new("r");

	for (size_t i = 0; i < n; i++)
		inn_model_add_node(m, names[i], false, NULL);
	return m;
}

static void ties_should_share_a_rank_and_skip_the_next(void)
{
	const char *names[] = {"d", "c", "b", "a"};
	double scores[] = {1.0, 2.0, 2.0, 3.0};
	struct inn_model *m = ids(names, 4);
	struct inn_ranked rows[4];
	size_t n;

	inn_rank_nodes(m, scores, NULL, rows, &n);
	CU_ASSERT_EQUAL_FATAL(n, 4);
	/* a=3 first; b and c tie at 2 and share rank 2, b first by id; d is 4th, not 3rd */
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[0].node].id, "a");
	CU_ASSERT_EQUAL(rows[0].rank, 1);
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[1].node].id, "b");
	CU_ASSERT_EQUAL(rows[1].rank, 2);
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[2].node].id, "c");
	CU_ASSERT_EQUAL(rows[2].rank, 2);
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[3].node].id, "d");
	CU_ASSERT_EQUAL(rows[3].rank, 4);
	inn_model_free(m);
}

static void rounding_noise_should_not_break_a_tie(void)
{
	/* 0.1 + 0.2 and 0.3 differ in the last bit: the same score summed in another order */
	const char *names[] = {"y", "x", "z"};
	double scores[] = {0.1 + 0.2, 0.3, 0.29};
	struct inn_model *m = ids(names, 3);
	struct inn_ranked rows[3];
	size_t n;

	CU_ASSERT_NOT_EQUAL(scores[0], scores[1]);
	inn_rank_nodes(m, scores, NULL, rows, &n);
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[0].node].id, "x");
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[1].node].id, "y");
	CU_ASSERT_EQUAL(rows[1].rank, 1);
	/* tied rows print the same score */
	CU_ASSERT_EQUAL(rows[0].score, rows[1].score);
	CU_ASSERT_EQUAL(rows[2].rank, 3);
	CU_ASSERT_TRUE(inn_score_tie(1e-13, 0));
	CU_ASSERT_FALSE(inn_score_tie(1.0, 1.0 + 1e-6));
	inn_model_free(m);
}

static void keep_should_rank_only_the_kept_nodes(void)
{
	const char *names[] = {"a", "b", "c"};
	double scores[] = {5, 9, 1};
	bool keep[] = {true, false, true};
	struct inn_model *m = ids(names, 3);
	struct inn_ranked rows[3];
	size_t n;

	inn_rank_nodes(m, scores, keep, rows, &n);
	CU_ASSERT_EQUAL(n, 2);
	CU_ASSERT_STRING_EQUAL(m->nodes[rows[0].node].id, "a");
	CU_ASSERT_EQUAL(rows[0].rank, 1);
	CU_ASSERT_EQUAL(rows[1].rank, 2);
	inn_model_free(m);
}

static CU_TestInfo tests[] = {
	TEST(ties_should_share_a_rank_and_skip_the_next),
	TEST(rounding_noise_should_not_break_a_tie),
	TEST(keep_should_rank_only_the_kept_nodes),
	CU_TEST_INFO_NULL,
};

int add_ranking_suite(void)
{
	return add_suite("ranking", tests);
}
