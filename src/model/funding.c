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
	if (!(*awards = calloc(m->nnodes + 1, sizeof(**awards))))
		return inn_error_set(err, INN_EFAIL, "funding: out of memory");
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *node = &m->nodes[i];
		const struct inn_node_more *more = inn_node_more(m, node);
		struct inn_funding_award *a = &(*awards)[count];
		const struct inn_value *f, *nf;
		if (!node->kind || strcmp(node->kind, "institute") != 0)
			continue;
		memset(a, 0, sizeof(*a));
		a->node = i;
		a->schedule = base;
		a->start = more->since;
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
		a->known = (o.has_federal || f) && a->start != INN_NO_YEAR;
		if (o.has_non_federal) {
			a->non_federal = o.non_federal;
			a->non_federal_bound = o.non_federal_bound;
			a->non_federal_key = "funding_schedule.non_federal_usd";
		} else if (nf) {
			a->non_federal = nf->number;
			a->non_federal_bound = nf->bound;
		} else {
			/* the seed's minimum match: "at least" that much */
			a->non_federal = a->schedule.match_ratio * a->federal;
			a->non_federal_bound = INN_BOUND_AT_LEAST;
			a->non_federal_derived = true;
		}
		count++;
	}
	*n = count;
	return 0;
fail:
	free(*awards);
	*awards = NULL;
	return -1;
}

void inn_funding_in_year(const struct inn_funding_award *a, int year, struct inn_funding_year *y)
{
	int years = a->schedule.federal_years;

	memset(y, 0, sizeof(*y));
	y->year = year;
	y->federal = y->non_federal = y->share = NAN;
	if (!a->known)
		return;
	y->award_year = year - a->start + 1;
	y->defunded = a->defunded != INN_NO_YEAR && year > a->defunded && y->award_year <= years;
	y->past_exit = y->award_year > years || (a->defunded != INN_NO_YEAR && year > a->defunded);
	if (y->award_year < 1)
		return;
	y->federal = y->past_exit ? 0 : a->federal * inn_funding_weight(&a->schedule, y->award_year);
	y->federal_bound = y->past_exit ? INN_BOUND_EXACT : a->federal_bound;
	/* partners' money is modelled over the award years only: after them it is not known */
	if (y->award_year <= years) {
		y->non_federal = a->non_federal / years;
		y->non_federal_bound = a->non_federal_bound;
	}
	if (!isnan(y->non_federal) && y->federal + y->non_federal > 0) {
		y->share = y->federal / (y->federal + y->non_federal);
		bool fb = y->federal_bound != INN_BOUND_EXACT, nb = y->non_federal_bound != INN_BOUND_EXACT;
		/* more non-federal money can only lower the share, more federal money only raise it */
		if (a->non_federal_derived || (!fb && nb))
			y->share_bound = 1;
		else if (fb && !nb)
			y->share_bound = -1;
		else if (fb && nb)
			y->share = NAN;
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
		for (size_t k = 0; k < n; k++) {
			struct inn_funding_year fy;
			if (!aw[k].known || first + (int)y < aw[k].start)
				continue;
			inn_funding_in_year(&aw[k], first + (int)y, &fy);
			federal[y] += fy.federal;
			federal_bound[y] = federal_bound[y] || fy.federal_bound != INN_BOUND_EXACT;
			if (!isnan(fy.non_federal))
				non_federal[y] += fy.non_federal;
		}
	}
}
