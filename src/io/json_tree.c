/* json_tree.c: scenarios and style files through the model's strict JSON checks, then into a cJSON tree. */
#include "innonet/json_tree.h"

#include <cJSON.h>

#include "json_scan.h"

struct cJSON *inn_json_tree(const char *buf, size_t len, const char *origin, const char *noun, struct inn_error *err)
{
	struct json_doc doc;
	cJSON *root;

	if (json_scan_as(buf, len, origin, noun, &doc, err) < 0)
		return NULL;
	/* cJSON knows no byte-order mark: it reads from the first value, which the scan found */
	root = cJSON_ParseWithLengthOpts(buf + doc.root, len - doc.root + 1, NULL, true);
	json_doc_release(&doc);
	/* the text is JSON, so only memory can be short */
	if (!root)
		inn_error_set(err, INN_EFAIL, "%s: out of memory reading the %s", origin, noun);
	return root;
}
