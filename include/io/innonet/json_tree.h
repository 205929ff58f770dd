/*
 * json_tree.h: the strict JSON front end of the small JSON inputs (scenarios, style files): the
 * same checks as a model's text (json_scan: strict syntax, UTF-8, no NUL or control character
 * in a string, the depth and value limits of load.h), then a cJSON tree.
 */
#ifndef INNONET_JSON_TREE_H
#define INNONET_JSON_TREE_H

#include <stddef.h>

#include "innonet/error.h"

struct cJSON;

/*
 * The tree of buf[0..len) (buf[len] must be '\0'; a UTF-8 byte-order mark is allowed); noun
 * names the input in messages ("<origin>:<line>:<col>: invalid JSON: ...", "<origin>: empty
 * <noun> ..."). The caller frees it with cJSON_Delete(); NULL with err filled. Repeated keys are
 * the caller's to refuse (keys.h), since only it knows how to name where they are.
 */
struct cJSON *inn_json_tree(const char *buf, size_t len, const char *origin, const char *noun, struct inn_error *err);

#endif
