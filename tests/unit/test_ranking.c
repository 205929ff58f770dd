/* test_ranking.c: score order, ties sharing a rank, id order within a tie. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/movers.h"
#include "innonet/ranking.h"

static struct inn_model *ids(const char *const *names, size_t n)
{
	struct inn_model *m = inn_model_new("r");

	for (size_t i = 0; i < n; i++)
		inn_model_add_node(m, names[i], false, NULL);
	return m;
}

/* rows[k] must be the node with id order[k], ranked rank[k], for k < n. */
static void assert_rows(const struct inn_model *m, const struct inn_ranked *rows, size_t n, const char *const *order,
			const size_t *rank)
{
	for (size_t k = 0; k < n; k++) {
		CU_ASSERT_STRING_EQUAL(m->nodes[rows[k].node].id, order[k]);
		CU_ASSERT_EQUAL(rows[k].rank, rank[k]);
	}
}

static void ties_should_share_a_rank_and_skip_the_next(void)
{
	const char *names[] = {"d", "c", "b", "a"}, *order[] = {"a", "b", "c", "d"};
	double scores[] = {1.0, 2.0, 2.0, 3.0};
	size_t rank[] = {1, 2, 2, 4};
	struct inn_model *m = ids(names, 4);
	struct inn_ranked rows[4];
	size_t n;

	inn_rank_nodes(m, scores, NULL, rows, &n);
	CU_ASSERT_EQUAL_FATAL(n, 4);
	/* a=3 first; b and c tie at 2 and share rank 2, b first by id; d is 4th, not 3rd */
	assert_rows(m, rows, 4, order, rank);
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

static void undefined_scores_should_rank_last_and_tie_among_themselves(void)
{
	/* nan (an isolated node's constraint) in the middle of the ids: by hand, c 2, a and e 1 (rank 2), then b d f */
	const char *names[] = {"a", "b", "c", "d", "e", "f"};
	double scores[] = {1.0, NAN, 2.0, NAN, 1.0, NAN};
	struct inn_model *m = ids(names, 6);
	struct inn_ranked rows[6];
	size_t n;

	inn_rank_nodes(m, scores, NULL, rows, &n);
	CU_ASSERT_EQUAL_FATAL(n, 6);
	const char *order[] = {"c", "a", "e", "b", "d", "f"};
	size_t rank[] = {1, 2, 2, 4, 4, 4};
	assert_rows(m, rows, 6, order, rank);
	CU_ASSERT_TRUE(isnan(rows[5].score));
	CU_ASSERT_TRUE(inn_score_tie(NAN, NAN));
	CU_ASSERT_FALSE(inn_score_tie(NAN, 0));
	CU_ASSERT_FALSE(inn_score_tie(0, NAN));
	/* the same in any input order: the sort is a total order, not qsort's luck */
	double reversed[] = {NAN, 1.0, NAN, 2.0, NAN, 1.0};
	const char *rnames[] = {"f", "e", "d", "c", "b", "a"};
	struct inn_model *r = ids(rnames, 6);
	inn_rank_nodes(r, reversed, NULL, rows, &n);
	assert_rows(r, rows, 6, order, rank);
	inn_model_free(r);
	inn_model_free(m);
}

static void movers_should_be_nodes_whose_own_score_changed(void)
{
	/*
	 * By hand. Before: a 3, b 2, c 2, d 1, e undefined: ranks a 1, b 2, c 2, d 4, e 5. After:
	 * a 3, b 1, c 2, d 1, e 5: ranks e 1, a 2, c 3, b 4, d 4. Only b's score changed with its
	 * rank (2 -> 4, a move of -2); a and c change rank with the same score; e was undefined.
	 */
	const char *names[] = {"a", "b", "c", "d", "e"};
	double sb[] = {3, 2, 2, 1, NAN}, sa[] = {3, 1, 2, 1, 5};
	size_t rb[5], ra[5], in_after[] = {0, 1, 2, 3, 4}, n;
	struct inn_model *m = ids(names, 5);
	struct inn_ranked rows[5];
	struct inn_mover *mv;
	struct inn_error err;

	inn_error_init(&err);
	inn_rank_nodes(m, sb, NULL, rows, &n);
	for (size_t k = 0; k < n; k++)
		rb[rows[k].node] = rows[k].rank;
	inn_rank_nodes(m, sa, NULL, rows, &n);
	for (size_t k = 0; k < n; k++)
		ra[rows[k].node] = rows[k].rank;
	CU_ASSERT_EQUAL(rb[4], 5);
	CU_ASSERT_EQUAL(ra[1], 4);
	CU_ASSERT_EQUAL_FATAL(inn_movers(m, sb, rb, sa, ra, in_after, &mv, &n, &err), 0);
	CU_ASSERT_EQUAL_FATAL(n, 1);
	CU_ASSERT_EQUAL(mv[0].a, 1);
	CU_ASSERT_EQUAL(mv[0].move, -2);
	free(mv);
	inn_model_free(m);
}

static void the_top_cut_should_keep_every_mover_tied_with_the_last(void)
{
	struct inn_mover mv[] = {{.move = 5}, {.move = -3}, {.move = 3}, {.move = -3}, {.move = 1}};

	CU_ASSERT_EQUAL(inn_movers_top(mv, 5, 2), 4); /* the 2nd moves 3, so do the 3rd and 4th */
	CU_ASSERT_EQUAL(inn_movers_top(mv, 5, 1), 1);
	CU_ASSERT_EQUAL(inn_movers_top(mv, 5, 0), 5);
	CU_ASSERT_EQUAL(inn_movers_top(mv, 5, 9), 5);
	CU_ASSERT_EQUAL(inn_movers_top(mv, 0, 3), 0);
}

static CU_TestInfo tests[] = {
	TEST(ties_should_share_a_rank_and_skip_the_next),
	TEST(rounding_noise_should_not_break_a_tie),
	TEST(keep_should_rank_only_the_kept_nodes),
	TEST(undefined_scores_should_rank_last_and_tie_among_themselves),
	TEST(movers_should_be_nodes_whose_own_score_changed),
	TEST(the_top_cut_should_keep_every_mover_tied_with_the_last),
	CU_TEST_INFO_NULL,
};

int add_ranking_suite(void)
{
	return add_suite("ranking", tests);
}
