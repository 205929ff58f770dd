/*
 * fuzz_style.c: a libFuzzer target for the style map's reader (a --style file or a model's
 * `styles`). Any input gives a style or an error, never both or neither; and whatever is accepted
 * keeps to the grammar of docs/diagrams.md, so that nothing from a style can leave its Graphviz
 * attribute: fonts of letters, digits and " -_.,+"; colours in hex; shapes, styles and arrows
 * of plain words; labels without control characters.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/style.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every byte of s is in allowed, or (non-ASCII allowed) a byte of a UTF-8 sequence. */
static void only(const char *s, const char *allowed, int non_ascii)
{
	if (!s)
		return;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0x80 ? !non_ascii : !strchr(allowed, *p))
			abort();
}

static void text(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; s && *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			abort();
}

#define WORD "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	struct inn_style *st = inn_style_new();
	struct inn_error err;
	cJSON *root = NULL;
	size_t n;

	if (!buf || !st)
		goto out;
	memcpy(buf, data, size);
	buf[size] = '\0';
	inn_error_init(&err);
	int rc = inn_style_apply_json(st, buf, size, "fuzz", &err);
	if ((rc == 0) == inn_error_is_set(&err))
		abort(); /* a style or an error: never both, never neither */
	if (rc < 0)
		goto out;
	only(inn_style_font(st, "en"), WORD " -_.,+", 1);
	only(inn_style_font(st, "zh"), WORD " -_.,+", 1);
	const char *const *palette = inn_style_palette(st, &n);
	for (size_t i = 0; i < n; i++)
		only(palette[i], "#0123456789abcdefABCDEF", 0);
	/* the kinds and relations the input named, as the reader stored them */
	root = cJSON_ParseWithLength(buf, size + 1);
	const cJSON *kinds = cJSON_GetObjectItemCaseSensitive(root, "kinds");
	const cJSON *rels = cJSON_GetObjectItemCaseSensitive(root, "relations");
	for (const cJSON *k = kinds ? kinds->child : NULL; k; k = k->next) {
		const struct inn_kind_style *ks = inn_style_kind(st, k->string, 0);
		only(ks->shape, WORD, 0);
		only(ks->style, WORD ",", 0);
		only(ks->fillcolor, "#0123456789abcdefABCDEF", 0);
		only(ks->fontcolor, "#0123456789abcdefABCDEF" WORD, 0);
		text(ks->label);
		text(ks->label_zh);
	}
	for (const cJSON *r = rels ? rels->child : NULL; r; r = r->next) {
		const struct inn_relation_style *rs = inn_style_relation(st, r->string);
		only(rs->style, WORD, 0);
		only(rs->arrowhead, WORD, 0);
		only(rs->color, "#0123456789abcdefABCDEF", 0);
		text(rs->label);
		text(rs->label_zh);
	}
out:
	cJSON_Delete(root);
	inn_style_free(st);
	free(buf);
	return 0;
}
