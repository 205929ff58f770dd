/* style.c: the style map for the kinds and relations of innovation networks, and its JSON overrides. */
#include "innonet/style.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/file.h"
#include "innonet/json_tree.h"
#include "innonet/keys.h"
#include "innonet/load.h"

/* Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey. */
static const struct inn_kind_style builtin_kinds[] = {
	{"institute", "box", "rounded,filled", "#E69F00", "black", NULL, "制造业创新研究院"},
	{"lead_organization", "ellipse", "filled", "#F0E442", "black", NULL, "牵头机构"},
	{"agency", "box", "filled", "#0072B2", "white", NULL, "联邦部门与机构"},
	{"office", "box", "filled", "#56B4E9", "black", NULL, "办公室"},
	{"council", "hexagon", "filled", "#CC79A7", "black", NULL, "委员会"},
	{"programme", "octagon", "filled", "#009E73", "white", NULL, "计划"},
	{"legislature", "house", "filled", "#D55E00", "white", NULL, "立法机构"},
	{"law", "note", "filled", "#D55E00", "white", NULL, "法律"},
	{"lab_system", "folder", "filled", "#BBBBBB", "black", "laboratory system", "实验室体系"},
	{"national_lab", "cylinder", "filled", "#999999", "black", "national laboratory", "国家实验室"},
	{"member_type", "ellipse", "filled,dashed", "#FFFFFF", "black", "member type", "成员类型"},
	{"partner_type", "ellipse", "filled,dashed", "#EEEEEE", "black", "type of organization an institute connects", "研究院连接的机构类型"},
	{"funder_type", "ellipse", "filled,dotted", "#EEEEEE", "black", "type of funder", "资助方类型"},
};

/* Kinds the map does not know take these in turn: the palette again, with a shape of their own. */
static const struct inn_kind_style fallback[] = {
	{NULL, "ellipse", "filled", "#56B4E9", "black", NULL, NULL},
	{NULL, "ellipse", "filled", "#E69F00", "black", NULL, NULL},
	{NULL, "ellipse", "filled", "#009E73", "white", NULL, NULL},
	{NULL, "ellipse", "filled", "#F0E442", "black", NULL, NULL},
	{NULL, "ellipse", "filled", "#0072B2", "white", NULL, NULL},
	{NULL, "ellipse", "filled", "#D55E00", "white", NULL, NULL},
	{NULL, "ellipse", "filled", "#CC79A7", "black", NULL, NULL},
	{NULL, "ellipse", "filled", "#999999", "black", NULL, NULL},
};

#define NFALLBACK (sizeof(fallback) / sizeof(fallback[0]))

/* Directed by nature (an agency sponsors an institute): drawn with arrowheads on undirected models too. */
static const struct inn_relation_style builtin_relations[] = {
	{"sponsors", "bold", "normal", "#0072B2", NULL, "主管资助", true},
	{"leads", "solid", "normal", "#B07800", NULL, "牵头", true},
	{"funds", "solid", "normal", "#009E73", NULL, "出资", true},
	{"part_of", "dashed", "empty", "#444444", "part of", "隶属", true},
	{"hosts", "dashed", "odiamond", "#444444", NULL, "设立", true},
	{"coordinates", "solid", "vee", "#444444", NULL, "协调", true},
	{"guides", "dotted", "vee", "#444444", NULL, "指导", true},
	{"reports_to", "dotted", "normal", "#444444", "reports to", "汇报", true},
	{"authorizes", "solid", "normal", "#D55E00", NULL, "授权", true},
	{"enacted", "solid", "normal", "#D55E00", NULL, "颁布", true},
	{"proposed", "dashed", "normal", "#444444", NULL, "提出", true},
	{"issues", "solid", "normal", "#444444", NULL, "发布", true},
	{"supports", "dashed", "vee", "#444444", NULL, "支持", true},
	{"member_of", "solid", "odot", "#888888", "member of", "成员", true},
	{"connects", "dotted", "none", "#888888", NULL, "连接", true},
	{"liaises_with", "dotted", "none", "#444444", "liaises with", "联络", true},
	{"partners_with", "dashed", "none", "#777777", "partners with", "合作", true},
	{"works_with", "dashed", "none", "#777777", "works with", "协作", true},
};

static const struct inn_relation_style plain = {NULL, "solid", "normal", "#444444", NULL, NULL, false};

/* Viridis in 7 steps, light to dark: ordered in lightness and readable with any colour vision. */
static const char *const builtin_palette[] = {"#FDE725", "#90D743", "#35B779", "#21918C",
					      "#31688E", "#443983", "#440154"};

struct inn_style {
	struct inn_kind_style *kinds;          /* owned array */
	size_t nkinds;
	struct inn_relation_style *relations;  /* owned array */
	size_t nrelations;
	const char *font, *font_zh;
	const char *palette[INN_PALETTE_MAX];
	size_t npalette;
	char **strings;                        /* copies made for overrides; owned, each owned */
	size_t nstrings, strings_cap;
};

struct inn_style *inn_style_new(void)
{
	struct inn_style *st = calloc(1, sizeof(*st));

	if (!st)
		return NULL;
	st->nkinds = sizeof(builtin_kinds) / sizeof(builtin_kinds[0]);
	st->nrelations = sizeof(builtin_relations) / sizeof(builtin_relations[0]);
	st->kinds = malloc(sizeof(builtin_kinds));
	st->relations = malloc(sizeof(builtin_relations));
	if (!st->kinds || !st->relations) {
		inn_style_free(st);
		return NULL;
	}
	memcpy(st->kinds, builtin_kinds, sizeof(builtin_kinds));
	memcpy(st->relations, builtin_relations, sizeof(builtin_relations));
	st->font = "DejaVu Sans";
	st->font_zh = "Noto Sans CJK SC"; /* Debian's fonts-noto-cjk; simplified Chinese glyph forms */
	st->npalette = sizeof(builtin_palette) / sizeof(builtin_palette[0]);
	memcpy(st->palette, builtin_palette, sizeof(builtin_palette));
	return st;
}

void inn_style_free(struct inn_style *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->nstrings; i++)
		free(st->strings[i]);
	free(st->strings);
	free(st->relations);
	free(st->kinds);
	free(st);
}

const struct inn_kind_style *inn_style_kind(const struct inn_style *st, const char *kind, size_t nth)
{
	for (size_t i = 0; kind && i < st->nkinds; i++)
		if (strcmp(st->kinds[i].kind, kind) == 0)
			return &st->kinds[i];
	return &fallback[nth % NFALLBACK];
}

bool inn_style_kind_known(const struct inn_style *st, const char *kind)
{
	for (size_t i = 0; kind && i < st->nkinds; i++)
		if (strcmp(st->kinds[i].kind, kind) == 0)
			return true;
	return false;
}

const struct inn_relation_style *inn_style_relation(const struct inn_style *st, const char *relation)
{
	for (size_t i = 0; relation && i < st->nrelations; i++)
		if (strcmp(st->relations[i].relation, relation) == 0)
			return &st->relations[i];
	return &plain;
}

const char *inn_style_relation_dir(const struct inn_relation_style *rs, bool directed)
{
	if (strcmp(rs->arrowhead, "none") == 0)
		return "none";
	return directed || rs->arrowhead_named ? "forward" : "none";
}

const char *inn_style_font(const struct inn_style *st, const char *lang)
{
	return lang && strcmp(lang, "zh") == 0 ? st->font_zh : st->font;
}

const char *const *inn_style_palette(const struct inn_style *st, size_t *n)
{
	*n = st->npalette;
	return st->palette;
}

static int hex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static bool is_color(const char *s)
{
	size_t n = strlen(s);

	if (s[0] != '#' || (n != 7 && n != 9))
		return false;
	for (size_t i = 1; i < n; i++)
		if (hex(s[i]) < 0)
			return false;
	return true;
}

const char *inn_style_text_on(const char *fill)
{
	double rgb[3], lum;

	if (!fill || !is_color(fill))
		return "black";
	for (int i = 0; i < 3; i++) {
		double c = (hex(fill[1 + 2 * i]) * 16 + hex(fill[2 + 2 * i])) / 255.0;
		/* sRGB to linear light, as WCAG's relative luminance */
		rgb[i] = c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
	}
	lum = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	/* black text wins where its contrast ratio beats white's: (L+0.05)/0.05 > 1.05/(L+0.05) */
	return (lum + 0.05) * (lum + 0.05) > 0.0525 ? "black" : "white";
}

/* --- overrides from JSON ------------------------------------------------------------------- */

static const char *const shapes[] = {
	"box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
	"diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
	"doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
	"Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
	"cylinder", "note", "tab", "folder", "box3d", "component", "cds", "rarrow", "larrow", NULL};
static const char *const node_styles[] = {"filled", "rounded", "dashed", "dotted", "solid", "bold", "diagonals",
					  NULL};
static const char *const edge_styles[] = {"solid", "dashed", "dotted", "bold", NULL};
static const char *const arrow_shapes[] = {"box", "crow", "curve", "icurve", "diamond", "dot", "inv",
					   "none", "normal", "tee", "vee", NULL};
static const char *const arrow_legacy[] = {"empty", "invempty", "ediamond", "open", "halfopen", "invdot",
					   "invodot", NULL};

static bool in_list(const char *const *list, const char *s, size_t len)
{
	for (; *list; list++)
		if (strlen(*list) == len && strncmp(*list, s, len) == 0)
			return true;
	return false;
}

/* A comma-separated list whose every item is in list. */
static bool is_style_list(const char *const *list, const char *s)
{
	if (!*s)
		return false;
	for (const char *p = s;;) {
		size_t n = strcspn(p, ",");
		if (!in_list(list, p, n))
			return false;
		if (!p[n])
			return true;
		p += n + 1;
	}
}

/* Graphviz's arrow grammar: up to 4 shapes, each with optional 'o' (open) and 'l'/'r' (half). */
static bool is_arrow(const char *s)
{
	int shapes_seen = 0;

	if (in_list(arrow_legacy, s, strlen(s)))
		return true;
	while (*s && shapes_seen < 4) {
		size_t best = 0;
		if (*s == 'o')
			s++;
		if (*s == 'l' || *s == 'r')
			s++;
		for (const char *const *a = arrow_shapes; *a; a++)
			if (strncmp(s, *a, strlen(*a)) == 0 && strlen(*a) > best)
				best = strlen(*a);
		if (!best)
			return false;
		s += best;
		shapes_seen++;
	}
	return *s == '\0' && shapes_seen > 0;
}

/*
 * Plain text for a font or legend label: valid UTF-8 without control characters, which would
 * reach DOT and SVG (cJSON passes invalid UTF-8 through, and XML refuses it).
 */
static bool is_text(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
		if (n == 0 || (n == 1 && (*p < 0x20 || *p == 0x7F)) || (n == 2 && *p < 0xC2) ||
		    (n == 2 && *p == 0xC2 && p[1] < 0xA0)) /* C1 controls, U+0080 to U+009F */
			return false;
		for (size_t k = 1; k < n; k++)
			if ((p[k] & 0xC0) != 0x80)
				return false;
		p += n;
	}
	return *s != '\0';
}

/*
 * A font name: letters of any script, digits, spaces and - _ . , + (a comma separates families
 * to fall back to), at most 100 bytes. Graphviz 2.42 writes the name unescaped into SVG's
 * font-family="..." (a quote there ends the attribute and lets markup in), and fontconfig reads
 * ':' and '=' as a pattern (":file=/path"): nothing else may pass.
 */
static bool is_font(const char *s)
{
	if (!is_text(s) || strlen(s) > 100)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x80 && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
				   strchr(" -_.,+", *p)))
			return false;
	return true;
}

struct apply {
	struct inn_style *st;
	const char *origin;     /* borrowed */
	struct inn_error *err;  /* borrowed */
};

static const char *keep(struct apply *a, const char *s)
{
	struct inn_style *st = a->st;
	char *copy = strdup(s), **grown;

	if (!copy)
		return NULL;
	if (st->nstrings == st->strings_cap) { /* doubling: a long style file is not quadratic */
		size_t cap = st->strings_cap ? 2 * st->strings_cap : 16;
		if (!(grown = realloc(st->strings, cap * sizeof(*grown)))) {
			free(copy);
			return NULL;
		}
		st->strings = grown;
		st->strings_cap = cap;
	}
	st->strings[st->nstrings++] = copy;
	return copy;
}

static int bad(struct apply *a, const char *path, const char *field, const char *why, const char *value)
{
	return inn_error_set(a->err, INN_EINPUT, "%s: %s%s%s: %s%s%s%s", a->origin, path, *path ? "." : "", field, why,
			     value ? " '" : "", value ? value : "", value ? "'" : "");
}

static int no_duplicates(struct apply *a, const cJSON *obj, const char *path)
{
	const char *dup;

	if (inn_json_repeated_key(obj, &dup) < 0)
		return inn_error_set(a->err, INN_EFAIL, "out of memory");
	return dup ? bad(a, path, dup, "duplicate key", NULL) : 0;
}

/*
 * What kinds and relations ask alike of their section: an object of at most INN_STYLE_MAX_ENTRIES
 * styles, none named twice.
 */
static int check_entries(struct apply *a, const cJSON *obj, const char *section, const char *entry)
{
	if (!cJSON_IsObject(obj))
		return inn_error_set(a->err, INN_EINPUT, "%s: %s: needs an object of %s styles", a->origin, section,
				     entry);
	if (cJSON_GetArraySize(obj) > INN_STYLE_MAX_ENTRIES)
		return inn_error_set(a->err, INN_EINPUT, "%s: %s: more than %d %s (the limit)", a->origin, section,
				     INN_STYLE_MAX_ENTRIES, section);
	return no_duplicates(a, obj, section);
}

enum check { TEXT, COLOR, SHAPE, NODE_STYLE, EDGE_STYLE, ARROW };

struct field {
	const char *name;
	enum check check;
	size_t offset; /* of the const char * in the entry */
};

static int set_field(struct apply *a, void *entry, const struct field *f, const cJSON *v, const char *path)
{
	static const char *const why[] = {
		[TEXT] = "needs text without control characters, not",
		[COLOR] = "needs a colour written #RRGGBB or #RRGGBBAA, not",
		[SHAPE] = "unknown Graphviz shape",
		[NODE_STYLE] = "needs a comma list of filled, rounded, dashed, dotted, solid, bold, diagonals, not",
		[EDGE_STYLE] = "needs solid, dashed, dotted or bold, not",
		[ARROW] = "unknown Graphviz arrow shape",
	};
	const char *s, *copy;
	bool ok;

	if (!cJSON_IsString(v))
		return bad(a, path, f->name, "needs a string", NULL);
	s = v->valuestring;
	switch (f->check) {
	case TEXT: ok = is_text(s); break;
	case COLOR: ok = is_color(s); break;
	case SHAPE: ok = in_list(shapes, s, strlen(s)); break;
	case NODE_STYLE: ok = is_style_list(node_styles, s); break;
	case EDGE_STYLE: ok = is_style_list(edge_styles, s) && !strchr(s, ','); break;
	default: ok = is_arrow(s); break;
	}
	if (!ok)
		return bad(a, path, f->name, why[f->check], s);
	if (!(copy = keep(a, s)))
		return inn_error_set(a->err, INN_EFAIL, "out of memory");
	*(const char **)((char *)entry + f->offset) = copy;
	return 0;
}

static int set_fields(struct apply *a, void *entry, const struct field *fields, const cJSON *obj, const char *path)
{
	if (!cJSON_IsObject(obj))
		return inn_error_set(a->err, INN_EINPUT, "%s: %s: needs an object", a->origin, path);
	if (no_duplicates(a, obj, path) < 0)
		return -1;
	for (const cJSON *v = obj->child; v; v = v->next) {
		const struct field *f = fields;
		while (f->name && strcmp(f->name, v->string) != 0)
			f++;
		if (!f->name)
			return bad(a, path, v->string, "unknown field", NULL);
		if (set_field(a, entry, f, v, path) < 0)
			return -1;
	}
	return 0;
}

#define KF(name, check) {#name, check, offsetof(struct inn_kind_style, name)}
#define RF(name, check) {#name, check, offsetof(struct inn_relation_style, name)}

/* The member of a styles object that lists entries by name: "kinds" or "relations". */
/* apply_entries finds and names an entry by its first field: the compiler holds both to it */
_Static_assert(offsetof(struct inn_kind_style, kind) == 0, "a kind's style starts with its name");
_Static_assert(offsetof(struct inn_relation_style, relation) == 0, "a relation's style starts with its name");
struct section {
	const char *name, *entry;   /* the member's name, one entry's ("kinds", "kind") */
	const struct field *fields; /* what an entry may set */
	size_t size;                /* of an entry, whose first field is its name */
	const void *blank;          /* a new entry before its fields are set, bar its name */
	void (*applied)(void *entry, const cJSON *obj); /* after an entry's fields are set from obj */
};

/* A fill set without a font colour gets the font colour that reads on it. */
static void kind_applied(void *entry, const cJSON *obj)
{
	struct inn_kind_style *k = entry;

	if (!k->fontcolor ||
	    (cJSON_GetObjectItemCaseSensitive(obj, "fillcolor") && !cJSON_GetObjectItemCaseSensitive(obj, "fontcolor")))
		k->fontcolor = inn_style_text_on(k->fillcolor);
}

static void relation_applied(void *entry, const cJSON *obj)
{
	if (cJSON_GetObjectItemCaseSensitive(obj, "arrowhead"))
		((struct inn_relation_style *)entry)->arrowhead_named = true;
}

static const struct field kind_fields[] = {
	KF(shape, SHAPE), KF(style, NODE_STYLE), KF(fillcolor, COLOR), KF(fontcolor, COLOR),
	KF(label, TEXT),  KF(label_zh, TEXT),    {NULL, TEXT, 0},
};
/* a new kind starts as a white ellipse: every field it leaves out has a value */
static const struct inn_kind_style new_kind = {NULL, "ellipse", "filled", "#FFFFFF", NULL, NULL, NULL};
static const struct section kinds_section = {"kinds", "kind", kind_fields, sizeof(new_kind), &new_kind,
					     kind_applied};

static const struct field relation_fields[] = {
	RF(style, EDGE_STYLE), RF(arrowhead, ARROW), RF(color, COLOR),
	RF(label, TEXT),       RF(label_zh, TEXT),   {NULL, TEXT, 0},
};
static const struct section relations_section = {"relations", "relation", relation_fields, sizeof(plain), &plain,
						 relation_applied};

/*
 * Apply obj, the styles object's member sec names, to *entries (*n of them): an entry of the
 * same name gets the fields an entry of obj sets, a new name is added. *entries may move.
 */
static int apply_entries(struct apply *a, const cJSON *obj, const struct section *sec, void **entries, size_t *n)
{
	char path[256];

	if (check_entries(a, obj, sec->name, sec->entry) < 0)
		return -1;
	for (const cJSON *e = obj->child; e; e = e->next) {
		char *items = *entries;
		size_t i = 0;
		snprintf(path, sizeof(path), "%s.%s", sec->name, e->string);
		while (i < *n && strcmp(*(const char *const *)(items + i * sec->size), e->string) != 0)
			i++;
		if (i == *n) {
			const char *name = keep(a, e->string);
			char *grown = name ? realloc(items, (*n + 1) * sec->size) : NULL;
			if (!grown)
				return inn_error_set(a->err, INN_EFAIL, "out of memory");
			*entries = items = grown;
			memcpy(items + i * sec->size, sec->blank, sec->size);
			memcpy(items + i * sec->size, &name, sizeof(name)); /* the first field */
			++*n;
		}
		void *entry = items + i * sec->size;
		if (set_fields(a, entry, sec->fields, e, path) < 0)
			return -1;
		sec->applied(entry, e);
	}
	return 0;
}

static int apply_palette(struct apply *a, const cJSON *p)
{
	const char *colors[INN_PALETTE_MAX];
	size_t n = 0;

	if (!cJSON_IsArray(p) || cJSON_GetArraySize(p) < 2 || cJSON_GetArraySize(p) > INN_PALETTE_MAX)
		return inn_error_set(a->err, INN_EINPUT, "%s: palette: needs an array of 2 to %d colours, light to dark",
				     a->origin, INN_PALETTE_MAX);
	for (const cJSON *c = p->child; c; c = c->next) {
		if (!cJSON_IsString(c) || !is_color(c->valuestring))
			return inn_error_set(a->err, INN_EINPUT, "%s: palette[%zu]: needs a colour written #RRGGBB",
					     a->origin, n);
		if (!(colors[n++] = keep(a, c->valuestring)))
			return inn_error_set(a->err, INN_EFAIL, "out of memory");
	}
	memcpy(a->st->palette, colors, n * sizeof(colors[0]));
	a->st->npalette = n;
	return 0;
}

static int apply_font(struct apply *a, const cJSON *v, const char *name, const char **slot)
{
	const char *copy;

	if (!cJSON_IsString(v))
		return bad(a, "", name, "needs a font name", NULL);
	if (!is_font(v->valuestring))
		return bad(a, "", name, "needs a font name (letters, digits, spaces and - _ . , + only), not",
			   v->valuestring);
	if (!(copy = keep(a, v->valuestring)))
		return inn_error_set(a->err, INN_EFAIL, "out of memory");
	*slot = copy;
	return 0;
}

int inn_style_apply_json(struct inn_style *st, const char *buf, size_t len, const char *origin,
			 struct inn_error *err)
{
	struct apply a = {st, origin, err};
	cJSON *root;
	int ret = -1;

	if (!(root = inn_json_tree(buf, len, origin, "style file", err)))
		return -1;
	if (!cJSON_IsObject(root)) {
		inn_error_set(err, INN_EINPUT, "%s: styles must be a JSON object", origin);
		goto out;
	}
	if (no_duplicates(&a, root, "") < 0)
		goto out;
	for (const cJSON *v = root->child; v; v = v->next) {
		void *entries; /* st's kinds or relations as apply_entries grows them */
		int rc;
		if (strcmp(v->string, "kinds") == 0) {
			entries = st->kinds;
			rc = apply_entries(&a, v, &kinds_section, &entries, &st->nkinds);
			st->kinds = entries;
		} else if (strcmp(v->string, "relations") == 0) {
			entries = st->relations;
			rc = apply_entries(&a, v, &relations_section, &entries, &st->nrelations);
			st->relations = entries;
		} else if (strcmp(v->string, "palette") == 0)
			rc = apply_palette(&a, v);
		else if (strcmp(v->string, "font") == 0)
			rc = apply_font(&a, v, "font", &st->font);
		else if (strcmp(v->string, "font_zh") == 0)
			rc = apply_font(&a, v, "font_zh", &st->font_zh);
		else
			rc = inn_error_set(err, INN_EINPUT,
					   "%s: unknown member '%s' (kinds, relations, palette, font, font_zh)", origin,
					   v->string);
		if (rc < 0)
			goto out;
	}
	ret = 0;
out:
	cJSON_Delete(root);
	return ret;
}

/* A style file is a short hand-written map: anything larger is a mistake. */
#define MAX_STYLE_BYTES ((size_t)16 << 20)

int inn_style_load_file(struct inn_style *st, const char *path, struct inn_error *err)
{
	size_t len;
	char *buf = inn_read_file(path, "style file", MAX_STYLE_BYTES, NULL, &len, err);
	int ret = buf ? inn_style_apply_json(st, buf, len, path, err) : -1;

	free(buf);
	return ret;
}
