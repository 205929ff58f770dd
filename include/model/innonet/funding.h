/*
 * funding.h: the seed's exit mechanism as a model: federal money over a few years, level at
 * first and then tapering to zero, with a non-federal cost share; no I/O, no igraph.
 */
#ifndef INNONET_FUNDING_H
#define INNONET_FUNDING_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

/*
 * How an award is paid out. Federal money runs federal_years years: full for the first
 * level_years, then down in equal steps, so award year k (1-based) weighs 1 for k <= L and
 * (Y - k + 1) / (Y - L + 1) after; the yearly federal amount is the award times the year's weight
 * over the sum of the weights. With the default Y = 5 and L = 2 the weights are 4, 4, 3, 2, 1
 * (out of 14). Non-federal money is paid evenly over the same years; where the model gives no
 * non-federal amount it is match_ratio times the federal award, a lower bound (the seed's "at
 * least 1:1").
 */
struct inn_funding_schedule {
	int federal_years;   /* Y >= 1 */
	int level_years;     /* 0 <= L <= Y */
	double match_ratio;  /* >= 0 */
};

#define INN_FUNDING_SCHEDULE_DEFAULT {.federal_years = 5, .level_years = 2, .match_ratio = 1.0}

/* What the model says about one institute's money, schedule overrides applied. */
struct inn_funding_award {
	size_t node;               /* model index */
	struct inn_funding_schedule schedule;
	int start;                 /* first award year; INN_NO_YEAR when unknown */
	int defunded;              /* last year with federal money when cut short; INN_NO_YEAR otherwise */
	bool known;                /* the federal amount and start are known */
	double federal;            /* the award (USD) */
	enum inn_bound federal_bound;
	double non_federal;        /* the cost share (USD) */
	enum inn_bound non_federal_bound;
	bool non_federal_derived;  /* from match_ratio, not from the model */
	const char *federal_key, *non_federal_key; /* the attributes read, or NULL; borrowed */
};

/* One institute in one year. */
struct inn_funding_year {
	int year;
	int award_year;            /* 1 ... federal_years, 0 before the start, > federal_years after */
	double federal, non_federal; /* NaN when not known or not modelled (non-federal after the award) */
	enum inn_bound federal_bound, non_federal_bound;
	double share;              /* federal / (federal + non-federal); NaN when undefined */
	int share_bound;           /* 0 exact, 1 at most, -1 at least */
	bool past_exit;            /* the federal money has ended (schedule over or defunded) */
	bool defunded;
};

/* The share of the award paid in award year k (1-based) under s; 0 outside 1 ... Y. */
double inn_funding_weight(const struct inn_funding_schedule *s, int k);

/*
 * The awards of every node of kind "institute", in model order. The model-wide schedule is the
 * default above, then graph.exit_mechanism (federal_years.from, taper_after_years.from,
 * non_federal_match_ratio), then graph.funding_schedule; a node's funding_schedule overrides it
 * for that node (see docs/scenarios.md). *awards is the caller's to free.
 */
int inn_funding_awards(const struct inn_model *m, struct inn_funding_award **awards, size_t *n,
		       struct inn_error *err);

/* The award's money in calendar year y. */
void inn_funding_in_year(const struct inn_funding_award *a, int year, struct inn_funding_year *out);

/*
 * The years the awards cover: from the first known award to one year past the last exit.
 * Both are INN_NO_YEAR when no award is known.
 */
void inn_funding_span(const struct inn_funding_award *aw, size_t n, int *first, int *last);

/*
 * Yearly totals over the known awards, for the years first ... first + nyears - 1: federal and
 * non-federal money (non-federal only where modelled), and whether any federal amount in the
 * year is a lower bound.
 */
void inn_funding_totals(const struct inn_funding_award *aw, size_t n, int first, size_t nyears, double *federal,
			double *non_federal, bool *federal_bound);

/*
 * Read a funding_schedule or exit_mechanism object (JSON text from the model) into the fields it
 * sets; implemented in load_funding.c, the one place that parses it. where names it in messages.
 */
struct inn_funding_override {
	struct inn_funding_schedule schedule;
	bool has_years, has_level, has_ratio;
	int start, defunded;       /* INN_NO_YEAR when absent */
	bool has_federal, has_non_federal;
	double federal, non_federal;
	enum inn_bound federal_bound, non_federal_bound;
};
int inn_funding_override_parse(const char *json, bool exit_mechanism, const char *where,
			       struct inn_funding_override *o, struct inn_error *err);

#endif
