/*
 * json_strict.h: what the small JSON readers built on cJSON (style files, scenarios) share with
 * the node-link reader: the same strict text, and repeated keys found without comparing every pair.
 */
#ifndef INNONET_JSON_STRICT_H
#define INNONET_JSON_STRICT_H

#include <stddef.h>

#include <cJSON.h>

#include "innonet/error.h"

/*
 * buf[0..len) (buf[len] == '\0') is JSON as the node-link reader takes it (json_scan.h): strict
 * syntax, valid UTF-8, no control character in a string, within the depth, value and size limits.
 * For text cJSON has already accepted: what cJSON lets through (raw tabs in strings, "\u001b",
 * 01, nesting 1000 deep) is refused with the line and column. -1 with err filled.
 */
int inn_json_strict(const char *buf, size_t len, const char *origin, struct inn_error *err);

/*
 * The first key of object obj (in order) that comes again later in obj, or NULL. Keys are sorted,
 * so an object of n members costs n log n, not n squared (a crafted file of a million keys must
 * not take hours). NULL with *oom set when the sort's array cannot be allocated.
 */
const char *inn_json_duplicate_key(const cJSON *obj, int *oom);

#endif
