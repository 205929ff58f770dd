/* funding_json.c: decodes the funding_schedule and exit_mechanism objects a model keeps as JSON text (cJSON); it reads no file. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/funding.h"

/* A number or a lower bound {"more_than": N} / {"at_least": N}. */
static bool number_or_bound(const cJSON *v, double *x, enum inn_bound *b)
{
	const cJSON *m;

	*b = INN_BOUND_EXACT;
	if (cJSON_IsNumber(v)) {
		*x = v->valuedouble;
		return isfinite(*x);
	}
	if (!cJSON_IsObject(v) || !v->child || v->child->next || !cJSON_IsNumber(v->child))
		return false;
	m = v->child;
	if (strcmp(m->string, "more_than") == 0)
		*b = INN_BOUND_MORE_THAN;
	else if (strcmp(m->string, "at_least") == 0)
		*b = INN_BOUND_AT_LEAST;
	else
		return false;
	*x = m->valuedouble;
	return isfinite(*x);
}

/* A whole number, or the lower end of {"from": N, "to": M} when range is set. */
static bool whole(const cJSON *v, bool range, int *out)
{
	if (range && cJSON_IsObject(v))
		v = cJSON_GetObjectItemCaseSensitive(v, "from");
	if (!cJSON_IsNumber(v) || v->valuedouble != floor(v->valuedouble) || fabs(v->valuedouble) > 1e6)
		return false;
	*out = (int)v->valuedouble;
	return true;
}

int inn_funding_override_parse(const char *json, bool exit_mechanism, const char *where,
			       struct inn_funding_override *o, struct inn_error *err)
{
	cJSON *root = cJSON_Parse(json);
	const cJSON *v;
	enum inn_bound b;
	int ret = -1;

	memset(o, 0, sizeof(*o));
	o->start = o->defunded = INN_NO_YEAR;
	if (!cJSON_IsObject(root)) {
		inn_error_set(err, INN_EINPUT, "%s must be an object", where);
		goto out;
	}
	if (exit_mechanism) {
		/* the seed's ranges: the shortest schedule it allows, and the least match */
		if ((v = cJSON_GetObjectItemCaseSensitive(root, "federal_years")))
			o->has_years = whole(v, true, &o->schedule.federal_years);
		if ((v = cJSON_GetObjectItemCaseSensitive(root, "taper_after_years")))
			o->has_level = whole(v, true, &o->schedule.level_years);
		if ((v = cJSON_GetObjectItemCaseSensitive(root, "non_federal_match_ratio")))
			o->has_ratio = number_or_bound(v, &o->schedule.match_ratio, &b);
		ret = 0;
		goto out;
	}
	for (const cJSON *m = root->child; m; m = m->next) {
		const char *k = m->string;
		bool ok;
		if (strcmp(k, "federal_years") == 0)
			ok = o->has_years = whole(m, false, &o->schedule.federal_years);
		else if (strcmp(k, "level_years") == 0)
			ok = o->has_level = whole(m, false, &o->schedule.level_years);
		else if (strcmp(k, "match_ratio") == 0)
			ok = o->has_ratio = cJSON_IsNumber(m) && (o->schedule.match_ratio = m->valuedouble) >= 0;
		else if (strcmp(k, "start") == 0)
			ok = whole(m, false, &o->start);
		else if (strcmp(k, "defunded") == 0)
			ok = whole(m, false, &o->defunded);
		else if (strcmp(k, "federal_usd") == 0)
			ok = o->has_federal = number_or_bound(m, &o->federal, &o->federal_bound);
		else if (strcmp(k, "non_federal_usd") == 0)
			ok = o->has_non_federal = number_or_bound(m, &o->non_federal, &o->non_federal_bound);
		else {
			inn_error_set(err, INN_EINPUT,
				      "%s: unknown member '%s' (federal_years, level_years, match_ratio, start, defunded, federal_usd, non_federal_usd)",
				      where, k);
			goto out;
		}
		if (!ok) {
			inn_error_set(err, INN_EINPUT, "%s: '%s' has the wrong type", where, k);
			goto out;
		}
	}
	ret = 0;
out:
	cJSON_Delete(root);
	return ret;
}

/* One entry of an "awards" list into a. */
static int award_entry(const cJSON *e, const char *where, struct inn_funding_award *a, struct inn_error *err)
{
	const cJSON *fed = NULL, *nonfed = NULL;
	bool has_nonfed = false;

	if (!cJSON_IsObject(e))
		return inn_error_set(err, INN_EINPUT, "%s must be an object", where);
	snprintf(a->kind, sizeof(a->kind), "renewal");
	for (const cJSON *m = e->child; m; m = m->next) {
		const char *k = m->string;
		bool ok = true;
		if (strcmp(k, "year") == 0)
			ok = whole(m, false, &a->start);
		else if (strcmp(k, "federal_years") == 0)
			ok = whole(m, false, &a->schedule.federal_years);
		else if (strcmp(k, "level_years") == 0)
			ok = whole(m, false, &a->schedule.level_years);
		else if (strcmp(k, "match_ratio") == 0)
			ok = cJSON_IsNumber(m) && (a->schedule.match_ratio = m->valuedouble) >= 0;
		else if (strcmp(k, "federal_usd") == 0)
			fed = m;
		else if (strcmp(k, "non_federal_usd") == 0) {
			nonfed = m;
			has_nonfed = true;
		} else if (strcmp(k, "kind") == 0) {
			ok = cJSON_IsString(m) && strlen(m->valuestring) < sizeof(a->kind) && *m->valuestring;
			if (ok)
				snprintf(a->kind, sizeof(a->kind), "%s", m->valuestring);
		} else if (strcmp(k, "source") == 0 || strcmp(k, "note") == 0)
			ok = cJSON_IsString(m);
		else
			return inn_error_set(err, INN_EINPUT,
					     "%s: unknown member '%s' (year, federal_usd, non_federal_usd, federal_years, "
					     "level_years, match_ratio, kind, source, note)",
					     where, k);
		if (!ok)
			return inn_error_set(err, INN_EINPUT, "%s: '%s' has the wrong type", where, k);
	}
	if (a->start == INN_NO_YEAR)
		return inn_error_set(err, INN_EINPUT, "%s: an award needs its 'year'", where);
	/* the same years a node's since may hold */
	if (a->start < -9999 || a->start > 9999 || a->start == 0)
		return inn_error_set(err, INN_EINPUT, "%s: 'year' is a year from -9999 to 9999, not %d", where, a->start);
	if (a->schedule.level_years > a->schedule.federal_years)
		a->schedule.level_years = a->schedule.federal_years;
	if (a->schedule.federal_years < 1 || a->schedule.federal_years > 100 || a->schedule.level_years < 0)
		return inn_error_set(err, INN_EINPUT, "%s: an award runs 1 to 100 federal years", where);
	/* null says "a source gives none": counted as 0 and the sums become lower bounds */
	if (fed && !cJSON_IsNull(fed)) {
		if (!number_or_bound(fed, &a->federal, &a->federal_bound) || a->federal < 0)
			return inn_error_set(err, INN_EINPUT, "%s: 'federal_usd' has the wrong type", where);
		a->federal_known = true;
	}
	if (has_nonfed && !cJSON_IsNull(nonfed)) {
		if (!number_or_bound(nonfed, &a->non_federal, &a->non_federal_bound) || a->non_federal < 0)
			return inn_error_set(err, INN_EINPUT, "%s: 'non_federal_usd' has the wrong type", where);
		a->non_federal_known = true;
	} else if (!has_nonfed && a->federal_known) {
		/* the seed's minimum match: "at least" that much */
		a->non_federal = a->schedule.match_ratio * a->federal;
		a->non_federal_bound = INN_BOUND_AT_LEAST;
		a->non_federal_known = a->non_federal_derived = true;
	}
	a->known = true;
	return 0;
}

int inn_funding_awards_parse(const char *json, const struct inn_funding_award *tmpl, const char *where,
			     struct inn_funding_award **aw, size_t *n, struct inn_error *err)
{
	cJSON *root = cJSON_Parse(json);
	char at[600];
	int ret = -1, i = 0;

	if (!cJSON_IsArray(root)) {
		inn_error_set(err, INN_EINPUT, "%s must be a list", where);
		goto out;
	}
	for (const cJSON *e = root->child; e; e = e->next, i++) {
		struct inn_funding_award *grown = realloc(*aw, (*n + 1) * sizeof(**aw));
		if (!grown) {
			inn_error_set(err, INN_EFAIL, "funding: out of memory");
			goto out;
		}
		*aw = grown;
		struct inn_funding_award *a = &grown[*n];
		*a = *tmpl;
		a->start = INN_NO_YEAR;
		a->known = a->federal_known = a->non_federal_known = a->non_federal_derived = false;
		a->federal = a->non_federal = 0;
		a->federal_bound = a->non_federal_bound = INN_BOUND_EXACT;
		a->federal_key = a->non_federal_key = "awards";
		snprintf(at, sizeof(at), "%s[%d]", where, i);
		if (award_entry(e, at, a, err) < 0)
			goto out;
		++*n;
	}
	ret = 0;
out:
	cJSON_Delete(root);
	return ret;
}
