/* funding_json.c: decodes the funding_schedule and exit_mechanism objects a model keeps as JSON text (cJSON); it reads no file. */
#include <math.h>
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
