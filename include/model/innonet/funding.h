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
 * (out of 14). Non-federal money is paid by the same weights, so that the match holds in
 * every year; where the model gives no non-federal amount it is match_ratio times the federal
 * award, a lower bound (the seed's "at least 1:1").
 */
struct inn_funding_schedule {
	int federal_years;   /* Y >= 1 */
	int level_years;     /* 0 <= L <= Y */
	double match_ratio;  /* >= 0 */
};

#define INN_FUNDING_SCHEDULE_DEFAULT {.federal_years = 5, .level_years = 2, .match_ratio = 1.0}

/*
 * One award: the launch award (the node's since and federal_funding_usd, or its funding_schedule)
 * or one entry of the node's "awards" list (renewals and follow-on awards, each with its year).
 * An institute's awards are kept together, in model order, the launch award first and the rest
 * by year. The node's defunded and until years are copied into each award.
 */
struct inn_funding_award {
	size_t node;               /* model index */
	char kind[24];             /* "launch", or the list entry's kind ("renewal" when it gives none) */
	struct inn_funding_schedule schedule;
	int start;                 /* the award's first year; INN_NO_YEAR when unknown */
	int defunded;              /* last year with any money when cut short; INN_NO_YEAR otherwise */
	int until;                 /* the node's last year (its 'until'); INN_NO_YEAR when open */
	bool known;                /* the start is known: the award can be scheduled */
	bool federal_known;        /* the federal amount is known (else it counts 0, as a lower bound) */
	double federal;            /* the award (USD) */
	enum inn_bound federal_bound;
	bool non_federal_known;    /* the cost share is known or derived (else 0, as a lower bound) */
	double non_federal;        /* the cost share (USD) */
	enum inn_bound non_federal_bound;
	bool non_federal_derived;  /* from match_ratio, not from the model */
	const char *federal_key, *non_federal_key; /* the attributes read, or NULL; borrowed */
};

/* Where an institute stands in a year. */
enum inn_funding_phase {
	INN_FUNDING_UNKNOWN,        /* the model gives no award with a year: nothing can be scheduled */
	INN_FUNDING_BEFORE,         /* before its first award (or its since) */
	INN_FUNDING_AWARD,          /* an award is paying out */
	INN_FUNDING_SELF_SUSTAINING, /* every award has run out: the seed's 自负盈亏, amounts not known */
	INN_FUNDING_DEFUNDED,       /* after the year it was defunded: no money */
	INN_FUNDING_ENDED,          /* after its until: the institute no longer exists */
};

/* One institute in one year, every award it holds added up. */
struct inn_funding_year {
	int year;
	const struct inn_funding_award *award; /* the latest award begun by this year; NULL if none */
	int award_year;            /* year of that award, 1-based */
	double federal, non_federal; /* NaN when not known (unknown institute, self-sustaining) */
	enum inn_bound federal_bound, non_federal_bound;
	double share;              /* federal / (federal + non-federal); NaN when undefined */
	int share_bound;           /* 0 exact, 1 at most, -1 at least */
	enum inn_funding_phase phase;
	bool past_exit;            /* federal money has ended: self-sustaining or defunded */
};

/* The share of the award paid in award year k (1-based) under s; 0 outside 1 ... Y. */
double inn_funding_weight(const struct inn_funding_schedule *s, int k);

/*
 * The awards of every node of kind "institute", in model order (see struct inn_funding_award); an
 * institute without any award still has one entry (known false), so that it is not lost. The
 * model-wide schedule is the default above, then graph.exit_mechanism (federal_years.from,
 * taper_after_years.from, non_federal_match_ratio), then graph.funding_schedule; a node's
 * funding_schedule overrides it for that node's launch award (see docs/scenarios.md).
 * *awards is the caller's to free.
 */
int inn_funding_awards(const struct inn_model *m, struct inn_funding_award **awards, size_t *n,
		       struct inn_error *err);

/* How many awards from aw[0] on belong to aw[0]'s institute (at least 1 when n > 0). */
size_t inn_funding_group(const struct inn_funding_award *aw, size_t n);

/*
 * The money of one institute, whose awards are aw[0 ... n-1], in calendar year y. Each award pays
 * its federal amount and its cost share by the same weights, so the stated match holds in every
 * year; after the last award the institute sustains itself (federal 0, non-federal not known).
 */
void inn_funding_in_year(const struct inn_funding_award *aw, size_t n, int year, struct inn_funding_year *out);

/*
 * The years the awards cover: from the first known award to one year past the last exit.
 * Both are INN_NO_YEAR when no award is known.
 */
void inn_funding_span(const struct inn_funding_award *aw, size_t n, int *first, int *last);

/*
 * Yearly totals over the institutes, for the years first ... first + nyears - 1: federal and
 * non-federal money (non-federal where known), and whether the year's federal total is a lower
 * bound (some amount is a bound or not known).
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

/*
 * Append the entries of a node's "awards" list (JSON text: an array of objects with year,
 * federal_usd, non_federal_usd, federal_years, level_years, match_ratio, kind, source, note) to
 * *aw, which holds *n entries and is grown with realloc; tmpl gives each entry its node, schedule
 * and end years. Implemented in load_funding.c.
 */
int inn_funding_awards_parse(const char *json, const struct inn_funding_award *tmpl, const char *where,
			     struct inn_funding_award **aw, size_t *n, struct inn_error *err);

#endif
