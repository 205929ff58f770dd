/* style.c: the built-in style map for the kinds and relations of innovation networks. */
#include "innonet/style.h"

#include <string.h>

/* Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey. */
static const struct inn_kind_style kinds[] = {
	{"institute", "box", "rounded,filled", "#E69F00", "black"},
	{"lead_organization", "ellipse", "filled", "#F0E442", "black"},
	{"agency", "box", "filled", "#0072B2", "white"},
	{"office", "box", "filled", "#56B4E9", "black"},
	{"council", "hexagon", "filled", "#CC79A7", "black"},
	{"programme", "octagon", "filled", "#009E73", "white"},
	{"legislature", "house", "filled", "#D55E00", "white"},
	{"law", "note", "filled", "#D55E00", "white"},
	{"lab_system", "folder", "filled", "#BBBBBB", "black"},
	{"national_lab", "cylinder", "filled", "#999999", "black"},
	{"member_type", "ellipse", "filled,dashed", "#FFFFFF", "black"},
};

/* Kinds innonet does not know take these in turn: the palette again, with a shape of their own. */
static const struct inn_kind_style fallback[] = {
	{NULL, "ellipse", "filled", "#56B4E9", "black"},
	{NULL, "ellipse", "filled", "#E69F00", "black"},
	{NULL, "ellipse", "filled", "#009E73", "white"},
	{NULL, "ellipse", "filled", "#F0E442", "black"},
	{NULL, "ellipse", "filled", "#0072B2", "white"},
	{NULL, "ellipse", "filled", "#D55E00", "white"},
	{NULL, "ellipse", "filled", "#CC79A7", "black"},
	{NULL, "ellipse", "filled", "#999999", "black"},
};

static const struct inn_relation_style relations[] = {
	{"sponsors", "bold", "normal", "#0072B2"},
	{"leads", "solid", "normal", "#B07800"},
	{"funds", "solid", "normal", "#009E73"},
	{"part_of", "dashed", "empty", "#444444"},
	{"hosts", "dashed", "odiamond", "#444444"},
	{"coordinates", "solid", "vee", "#444444"},
	{"guides", "dotted", "vee", "#444444"},
	{"reports_to", "dotted", "normal", "#444444"},
	{"authorizes", "solid", "normal", "#D55E00"},
	{"enacted", "solid", "normal", "#D55E00"},
	{"proposed", "dashed", "normal", "#444444"},
	{"supports", "dashed", "vee", "#444444"},
	{"member_of", "solid", "odot", "#888888"},
	{"connects", "dotted", "none", "#888888"},
	{"liaises_with", "dotted", "none", "#444444"},
	{"partners_with", "dashed", "none", "#777777"},
	{"works_with", "dashed", "none", "#777777"},
};

static const struct inn_relation_style plain = {NULL, "solid", "normal", "#444444"};

const struct inn_kind_style *inn_style_kind(const char *kind, size_t nth)
{
	for (size_t i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return &kinds[i];
	return &fallback[nth % (sizeof(fallback) / sizeof(fallback[0]))];
}

bool inn_style_kind_known(const char *kind)
{
	for (size_t i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return true;
	return false;
}

const struct inn_relation_style *inn_style_relation(const char *relation)
{
	for (size_t i = 0; relation && i < sizeof(relations) / sizeof(relations[0]); i++)
		if (strcmp(relations[i].relation, relation) == 0)
			return &relations[i];
	return &plain;
}
