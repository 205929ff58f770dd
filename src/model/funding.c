/* funding.c: institutes' federal and non-federal money year by year under the exit-mechanism schedule. */
#include "innonet/funding.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double inn_funding_weight(const struct inn_funding_schedule *s, int k)
{
	int y = s->federal_years, l = s->level_years;
	double sum = 0;

	if (k < 1 || k > y)
		return 0;
	for (int i = 1; i <= y; i++)
		sum += i <= l ? 1.0 : (double)(y - i + 1) / (y - l + 1);
	return (k <= l ? 1.0 : (double)(y - k + 1) / (y - l + 1)) / sum;
}

static void apply(struct inn_funding_schedule *s, const struct inn_funding_override *o)
{
	if (o->has_years)
		s->federal_years = o->schedule.federal_years;
	if (o->has_level)
		s->level_years = o->schedule.level_years;
	if (o->has_ratio)
		s->match_ratio = o->schedule.match_ratio;
}

static int check(const struct inn_funding_schedule *s, const char *where, struct inn_error *err)
{
	if (s->federal_years < 1 || s->federal_years > 100 || s->level_years < 0 || s->level_years > s->federal_years ||
	    !(s->match_ratio >= 0))
		return inn_error_set(err, INN_EINPUT,
				     "%s: a schedule needs 1 to 100 federal years, 0 to that many level years and a match ratio >= 0",
				     where);
	return 0;
}

/* The first of keys that node n has as a number. */
static const struct inn_value *money(const struct inn_node_more *n, const char *const *keys, const char **key)
{
	for (; *keys; keys++) {
		const struct inn_value *v = inn_attr_get(n->attrs, n->nattrs, *keys);
		if (v && v->type == INN_VAL_NUMBER) {
			*key = *keys;
			return v;
		}
	}
	*key = NULL;
	return NULL;
}

static const char *const federal_keys[] = {"federal_funding_usd", "federal_funding_5yr_usd", NULL};
static const char *const non_federal_keys[] = {"non_federal_funding_usd", "other_funding_5yr_usd", NULL};

/* Order an institute's later awards by year; the launch award stays first. Stable by index. */
static void sort_by_year(struct inn_funding_award *a, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 1 && a[j - 1].start > a[j].start; j--) {
			struct inn_funding_award t = a[j];
			a[j] = a[j - 1];
			a[j - 1] = t;
		}
}

int inn_funding_awards(const struct inn_model *m, struct inn_funding_award **awards, size_t *n, struct inn_error *err)
{
	struct inn_funding_schedule base = INN_FUNDING_SCHEDULE_DEFAULT;
	struct inn_funding_override o;
	const struct inn_value *v;
	char where[512];
	size_t count = 0;

	*awards = NULL;
	*n = 0;
	static const char *const graph_keys[] = {"exit_mechanism", "funding_schedule"};
	for (int g = 0; g < 2; g++) {
		if (!(v = inn_attr_get(m->graph_attrs, m->ngraph_attrs, graph_keys[g])))
			continue;
		snprintf(where, sizeof(where), "%s: graph.%s", m->origin, graph_keys[g]);
		if (v->type != INN_VAL_JSON)
			return inn_error_set(err, INN_EINPUT, "%s must be an object", where);
		if (inn_funding_override_parse(v->text, g == 0, where, &o, err) < 0)
			return -1;
		apply(&base, &o);
		if (check(&base, where, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *node = &m->nodes[i];
		const struct inn_node_more *more = inn_node_more(m, node);
		struct inn_funding_award *a, *grown;
		const struct inn_value *f, *nf;
		size_t first = count;
		if (!node->kind || strcmp(node->kind, "institute") != 0)
			continue;
		if (!(grown = realloc(*awards, (count + 1) * sizeof(**awards)))) {
			inn_error_set(err, INN_EFAIL, "funding: out of memory");
			goto fail;
		}
		*awards = grown;
		a = &grown[count];
		memset(a, 0, sizeof(*a));
		a->node = i;
		snprintf(a->kind, sizeof(a->kind), "launch");
		a->schedule = base;
		a->start = more->since;
		a->until = more->until;
		a->defunded = INN_NO_YEAR;
		memset(&o, 0, sizeof(o));
		o.start = o.defunded = INN_NO_YEAR;
		if ((v = inn_attr_get(more->attrs, more->nattrs, "funding_schedule"))) {
			snprintf(where, sizeof(where), "%s: node '%.200s': funding_schedule", m->origin, node->id);
			if (v->type != INN_VAL_JSON) {
				inn_error_set(err, INN_EINPUT, "%s must be an object", where);
				goto fail;
			}
			if (inn_funding_override_parse(v->text, false, where, &o, err) < 0)
				goto fail;
			apply(&a->schedule, &o);
			if (check(&a->schedule, where, err) < 0)
				goto fail;
		}
		if (o.start != INN_NO_YEAR)
			a->start = o.start;
		a->defunded = o.defunded;
		f = money(more, federal_keys, &a->federal_key);
		nf = money(more, non_federal_keys, &a->non_federal_key);
		if (o.has_federal) {
			a->federal = o.federal;
			a->federal_bound = o.federal_bound;
			a->federal_key = "funding_schedule.federal_usd";
		} else if (f) {
			a->federal = f->number;
			a->federal_bound = f->bound;
		}
		a->federal_known = o.has_federal || f;
		/* an institute with no launch amount but a start still opens its row; its money is unknown */
		a->known = a->start != INN_NO_YEAR;
		if (o.has_non_federal) {
			a->non_federal = o.non_federal;
			a->non_federal_bound = o.non_federal_bound;
			a->non_federal_key = "funding_schedule.non_federal_usd";
			a->non_federal_known = true;
		} else if (nf) {
			a->non_federal = nf->number;
			a->non_federal_bound = nf->bound;
			a->non_federal_known = true;
		} else if (a->federal_known) {
			/* the seed's minimum match: "at least" that much */
			a->non_federal = a->schedule.match_ratio * a->federal;
			a->non_federal_bound = INN_BOUND_AT_LEAST;
			a->non_federal_known = a->non_federal_derived = true;
		}
		count++;
		if ((v = inn_attr_get(more->attrs, more->nattrs, "awards"))) {
			struct inn_funding_award tmpl = grown[first];
			tmpl.schedule = base;
			snprintf(where, sizeof(where), "%s: node '%.200s': awards", m->origin, node->id);
			if (v->type != INN_VAL_JSON) {
				inn_error_set(err, INN_EINPUT, "%s must be a list", where);
				goto fail;
			}
			if (inn_funding_awards_parse(v->text, &tmpl, where, awards, &count, err) < 0)
				goto fail;
			sort_by_year(*awards + first, count - first);
		}
	}
	*n = count;
	return 0;
fail:
	free(*awards);
	*awards = NULL;
	return -1;
}

size_t inn_funding_group(const struct inn_funding_award *aw, size_t n)
{
	size_t k = n ? 1 : 0;

	while (k < n && aw[k].node == aw[0].node)
		k++;
	return k;
}

/* A sum of amounts with these bounds is bounded by the weakest of them. */
static enum inn_bound weaker(enum inn_bound a, enum inn_bound b)
{
	return a == INN_BOUND_AT_LEAST || b == INN_BOUND_AT_LEAST ? INN_BOUND_AT_LEAST
	       : a == INN_BOUND_MORE_THAN || b == INN_BOUND_MORE_THAN ? INN_BOUND_MORE_THAN
								    : INN_BOUND_EXACT;
}

void inn_funding_in_year(const struct inn_funding_award *aw, size_t n, int year, struct inn_funding_year *y)
{
	bool any = false, paying = false, derived = false, fed_known = false, nonfed_known = false;
	int first = INN_NO_YEAR;

	memset(y, 0, sizeof(*y));
	y->year = year;
	y->federal = y->non_federal = y->share = NAN;
	y->phase = INN_FUNDING_UNKNOWN;
	for (size_t k = 0; k < n; k++)
		if (aw[k].known && (first == INN_NO_YEAR || aw[k].start < first))
			first = aw[k].start;
	if (n && aw[0].until != INN_NO_YEAR && year > aw[0].until) {
		y->phase = INN_FUNDING_ENDED;
		return;
	}
	if (first == INN_NO_YEAR)
		return;
	if (year < first) {
		y->phase = INN_FUNDING_BEFORE;
		return;
	}
	if (aw[0].defunded != INN_NO_YEAR && year > aw[0].defunded) {
		/* the cooperative agreement is ended: neither the government nor the partners pay into it */
		y->phase = INN_FUNDING_DEFUNDED;
		y->federal = y->non_federal = 0;
		y->past_exit = true;
		for (size_t k = 0; k < n; k++)
			if (aw[k].known && aw[k].start <= year)
				y->award = &aw[k], y->award_year = year - aw[k].start + 1;
		return;
	}
	y->federal = y->non_federal = 0;
	for (size_t k = 0; k < n; k++) {
		const struct inn_funding_award *a = &aw[k];
		int ay = a->known ? year - a->start + 1 : 0;
		if (!a->known) {
			/* an award with no year may pay in any year: what is known is a lower bound */
			any = true;
			y->federal_bound = y->non_federal_bound = INN_BOUND_AT_LEAST;
			continue;
		}
		if (ay < 1)
			continue;
		if (!y->award || a->start >= y->award->start) {
			y->award = a;
			y->award_year = ay;
		}
		if (ay > a->schedule.federal_years)
			continue;
		double w = inn_funding_weight(&a->schedule, ay);
		paying = true;
		if (a->federal_known) {
			fed_known = true;
			y->federal += a->federal * w;
			y->federal_bound = weaker(y->federal_bound, a->federal_bound);
		} else
			y->federal_bound = INN_BOUND_AT_LEAST;
		if (a->non_federal_known) {
			nonfed_known = true;
			/* the same weights as the federal money, so the match holds in every year */
			y->non_federal += a->non_federal * w;
			y->non_federal_bound = weaker(y->non_federal_bound, a->non_federal_bound);
			derived = derived || a->non_federal_derived;
		} else
			y->non_federal_bound = INN_BOUND_AT_LEAST;
	}
	if (!paying) {
		/* past every award: the seed's institutes sustain themselves (自负盈亏); how is not in the model */
		y->phase = any ? INN_FUNDING_UNKNOWN : INN_FUNDING_SELF_SUSTAINING;
		y->past_exit = !any;
		y->federal = any ? NAN : 0;
		y->federal_bound = any ? INN_BOUND_AT_LEAST : INN_BOUND_EXACT;
		y->non_federal = NAN;
		y->non_federal_bound = INN_BOUND_EXACT;
		return;
	}
	y->phase = INN_FUNDING_AWARD;
	/* an amount no award in the year states is not known, not 0 */
	if (!fed_known)
		y->federal = NAN, y->federal_bound = INN_BOUND_EXACT;
	if (!nonfed_known)
		y->non_federal = NAN, y->non_federal_bound = INN_BOUND_EXACT;
	if (!isnan(y->federal) && !isnan(y->non_federal) && y->federal + y->non_federal > 0) {
		y->share = y->federal / (y->federal + y->non_federal);
		bool fb = y->federal_bound != INN_BOUND_EXACT, nb = y->non_federal_bound != INN_BOUND_EXACT;
		/* more non-federal money can only lower the share, more federal money only raise it */
		if (fb && nb)
			y->share = NAN;
		else if (nb || derived)
			y->share_bound = 1;
		else if (fb)
			y->share_bound = -1;
	}
}

void inn_funding_span(const struct inn_funding_award *aw, size_t n, int *first, int *last)
{
	*first = *last = INN_NO_YEAR;
	for (size_t k = 0; k < n; k++) {
		if (!aw[k].known)
			continue;
		int end = aw[k].start + aw[k].schedule.federal_years;
		if (*first == INN_NO_YEAR || aw[k].start < *first)
			*first = aw[k].start;
		if (*last == INN_NO_YEAR || end > *last)
			*last = end;
	}
}

void inn_funding_totals(const struct inn_funding_award *aw, size_t n, int first, size_t nyears, double *federal,
			double *non_federal, bool *federal_bound)
{
	for (size_t y = 0; y < nyears; y++) {
		federal[y] = non_federal[y] = 0;
		federal_bound[y] = false;
		for (size_t k = 0, g; k < n; k += g) {
			struct inn_funding_year fy;
			g = inn_funding_group(aw + k, n - k);
			inn_funding_in_year(aw + k, g, first + (int)y, &fy);
			if (fy.phase == INN_FUNDING_BEFORE || fy.phase == INN_FUNDING_ENDED)
				continue;
			if (!isnan(fy.federal))
				federal[y] += fy.federal;
			federal_bound[y] = federal_bound[y] || isnan(fy.federal) || fy.federal_bound != INN_BOUND_EXACT;
			if (!isnan(fy.non_federal))
				non_federal[y] += fy.non_federal;
		}
	}
}
