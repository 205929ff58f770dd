/*
 * render.c: layout and rendering through libgvc, in-process: no `dot` program is run.
 *
 * The network and its legend are laid out apart and then put together: the network with the
 * engine asked for, the legend with dot (top to bottom, so its texts line up), the legend set
 * to the right of the network (below it when the network is very wide), and the whole drawn with
 * Graphviz's "nop2" engine, which keeps every position and spline it is given. That way the
 * legend never mixes with the network, whatever the engine. Fonts are chosen with fontconfig so
 * that Chinese labels are drawn with a font that has their glyphs.
 */
#include "innonet/draw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <graphviz/gvc.h>

#include "draw_internal.h"

/* The seed of the force-directed layouts: same input, same drawing. */
#define LAYOUT_SEED "20160201"
/*
 * From this many nodes (where render_pack.c and render_spread.c take over) the drawing child
 * lays out its own graph instead of a copy through DOT text. Smaller drawings keep the copy:
 * the text's node and link order is the order their layouts, and so their bytes, came from.
 */
#define CONSUME_MIN_NODES 500
/* Space between the network and its legend, in points. */
#define LEGEND_GAP 30.0

static bool listed(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* A deep copy of g through its DOT text; NULL when cgraph fails. */
static Agraph_t *copy_graph(const char *dot)
{
	return inn_gv_memread(dot);
}

/* Settings each engine needs for a readable, reproducible drawing. */
static void engine_settings(Agraph_t *g, const char *engine)
{
	bool force = strcmp(engine, "neato") == 0 || strcmp(engine, "fdp") == 0 || strcmp(engine, "sfdp") == 0;
	Agnode_t *first = agfstnode(g);
	const char *pos = first ? agget(first, "pos") : NULL;

	/*
	 * pinned nodes (export --over: every node where the layout of the whole span put it) stay
	 * where they are: nothing to remove overlaps from, and straight links, whose routing around
	 * hundreds of nodes would take minutes
	 */
	if (force && pos && *pos && pos[strlen(pos) - 1] == '!') {
		agsafeset(g, "overlap", "true", "");
		agsafeset(g, "splines", "false", "");
		return;
	}
	if (force) {
		agsafeset(g, "start", LAYOUT_SEED, ""); /* a fixed seed for the random start */
		agsafeset(g, "overlap", "prism", "");   /* no node drawn over another */
		agsafeset(g, "sep", "+8", "");
	}
	if (strcmp(engine, "neato") == 0 || strcmp(engine, "fdp") == 0)
		agsafeset(g, "splines", "true", ""); /* links bend around nodes */
	if (strcmp(engine, "sfdp") == 0)
		agsafeset(g, "splines", "false", ""); /* straight lines: routing would cost more than the layout */
	if (strcmp(engine, "twopi") == 0 || strcmp(engine, "circo") == 0)
		agsafeset(g, "overlap", "false", "");
	if (strcmp(engine, "twopi") == 0)
		agsafeset(g, "splines", "true", "");
	/*
	 * circo's routing of curved links around nodes gives, now and then, another curve for the
	 * same input when run in-process (Graphviz 2.42): straight lines keep it reproducible.
	 */
	if (strcmp(engine, "circo") == 0)
		agsafeset(g, "splines", "false", "");
	if (strcmp(engine, "twopi") == 0)
		agsafeset(g, "ranksep", "1.6", "");
}

/* --- fonts --------------------------------------------------------------------------------- */

/* The code points of s at or above U+2E80 (CJK and beyond) not yet in cs. */
static void wide_chars(FcCharSet *cs, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (p && *p) {
		FcChar32 c;
		int n = FcUtf8ToUcs4(p, &c, (int)strlen((const char *)p));
		if (n <= 0)
			return;
		if (c >= 0x2E80)
			FcCharSetAddChar(cs, c);
		p += n;
	}
}

/*
 * The family fontconfig gives for `font` with Chinese preferred, if it has every glyph in need;
 * else the first font it would fall back to that has them all; NULL when no installed font has.
 * Caller frees.
 */
static char *covering_family(const char *font, FcCharSet *need)
{
	FcPattern *pat = FcNameParse((const FcChar8 *)font);
	FcFontSet *set = NULL;
	FcResult res;
	char *family = NULL;

	if (!pat)
		return NULL;
	FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"zh-cn");
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	set = FcFontSort(NULL, pat, FcFalse, NULL, &res);
	for (int i = 0; set && i < set->nfont && !family; i++) {
		FcCharSet *cs = NULL;
		FcChar8 *name = NULL;
		if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch &&
		    FcCharSetIsSubset(need, cs) &&
		    FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &name) == FcResultMatch)
			family = strdup((const char *)name);
	}
	if (set)
		FcFontSetDestroy(set);
	FcPatternDestroy(pat);
	return family;
}

/* Whether fontconfig's first choice for `font` is the family `font` names. */
static bool installed(const char *font)
{
	FcPattern *pat = FcNameParse((const FcChar8 *)font), *match;
	FcChar8 *want = NULL, *got = NULL;
	FcResult res;
	bool same = false;

	if (!pat)
		return false;
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	if ((match = FcFontMatch(NULL, pat, &res))) {
		same = FcPatternGetString(pat, FC_FAMILY, 0, &want) == FcResultMatch &&
		       FcPatternGetString(match, FC_FAMILY, 0, &got) == FcResultMatch &&
		       FcStrCmpIgnoreCase(want, got) == 0;
		FcPatternDestroy(match);
	}
	FcPatternDestroy(pat);
	return same;
}

struct fonts {
	bool missing; /* some label has characters no installed font has */
};

/*
 * Give obj (a graph, subgraph or node) a font that has every CJK glyph of its label: its own
 * font when it has them, else the font fontconfig falls back to that has them all, with
 * simplified Chinese preferred. Only the objects that need it change, so English text keeps
 * its font.
 */
static void choose_font(void *obj, Agraph_t *root, int kind, struct fonts *f)
{
	Agsym_t *ls = agattr(root, kind, "label", NULL), *fs = agattr(root, kind, "fontname", NULL);
	const char *font = fs ? agxget(obj, fs) : "Times-Roman";
	FcCharSet *need;
	char *family;

	if (!ls || !(need = FcCharSetCreate()))
		return;
	wide_chars(need, agxget(obj, ls));
	if (FcCharSetCount(need) > 0) {
		if (!(family = covering_family(font, need)))
			f->missing = true;
		else if (strcmp(family, font) != 0 || !installed(font))
			agsafeset(obj, "fontname", family, "");
		free(family);
	}
	FcCharSetDestroy(need);
}

static void choose_fonts_in(Agraph_t *g, Agraph_t *root, struct fonts *f)
{
	if (agattr(root, AGRAPH, "label", NULL))
		choose_font(g, root, AGRAPH, f);
	for (Agraph_t *s = agfstsubg(g); s; s = agnxtsubg(s))
		choose_fonts_in(s, root, f);
	if (g != root || !agattr(root, AGNODE, "label", NULL))
		return;
	for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
		choose_font(n, root, AGNODE, f);
}

/* Fonts for the network and the legend; one notice when no installed font has some glyphs. */
static void choose_fonts(Agraph_t *net, Agraph_t *legend)
{
	struct fonts f = {false};

	choose_fonts_in(net, net, &f);
	if (legend)
		choose_fonts_in(legend, legend, &f);
	if (f.missing)
		inn_notice("no installed font has glyphs for every Chinese label: they may show as boxes "
			   "(install fonts-noto-cjk)");
}

/* --- composition --------------------------------------------------------------------------- */

/* Add (dx, dy) to every coordinate pair of a pos, bb or lp value ("e,x,y x,y ..." too). */
char *inn_gv_shift_coords(const char *s, double dx, double dy)
{
	size_t cap = strlen(s) * 2 + 64, o = 0;
	char *out = malloc(cap);
	int k = 0; /* numbers seen, to tell x from y */

	if (!out)
		return NULL;
	for (const char *p = s; *p;) {
		if ((*p == 'e' || *p == 's') && p[1] == ',') {
			out[o++] = *p++;
			out[o++] = *p++;
			continue;
		}
		if ((*p >= '0' && *p <= '9') || *p == '-' || *p == '.') {
			char *end;
			double v = strtod(p, &end);
			v += (k++ % 2 == 0) ? dx : dy;
			o += (size_t)snprintf(out + o, cap - o, "%.2f", v);
			p = end;
			continue;
		}
		out[o++] = *p++;
		if (o + 40 > cap) {
			char *grown = realloc(out, cap *= 2);
			if (!grown) {
				free(out);
				return NULL;
			}
			out = grown;
		}
	}
	out[o] = '\0';
	return out;
}

static bool parse_box(const char *s, double b[4])
{
	return s && sscanf(s, "%lf,%lf,%lf,%lf", &b[0], &b[1], &b[2], &b[3]) == 4;
}

/* Copy every attribute of obj (of kind, in graph from) to copy (in graph to) that differs from to's default. */
static int copy_attrs(Agraph_t *from, Agraph_t *to, int kind, void *obj, void *copy, double dx, double dy)
{
	for (Agsym_t *sym = agnxtattr(from, kind, NULL); sym; sym = agnxtattr(from, kind, sym)) {
		char *v = agxget(obj, sym), *shifted = NULL;
		Agsym_t *ts = agattr(to, kind, sym->name, NULL);
		int rc;

		if (!ts && !(ts = agattr(to, kind, sym->name, "")))
			return -1;
		if (strcmp(v, ts->defval) == 0)
			continue;
		if (strcmp(sym->name, "pos") == 0 || strcmp(sym->name, "lp") == 0 || strcmp(sym->name, "bb") == 0) {
			if (!(shifted = inn_gv_shift_coords(v, dx, dy)))
				return -1;
			v = shifted;
		}
		/* aghtmlstr() reads the header cgraph keeps before its own strings: ask it of the
		 * attribute's value, never of the shifted copy made here (coordinates are never HTML) */
		if (!shifted && aghtmlstr(v)) {
			rc = inn_gv_set_html(copy, sym->name, v);
		} else {
			rc = agxset(copy, ts, v);
		}
		free(shifted);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Put the laid-out legend (its cluster in leg) into the laid-out net, shifted by (dx, dy). */
static int merge_legend(Agraph_t *net, Agraph_t *leg, double dx, double dy)
{
	Agraph_t *from = agsubg(leg, INN_LEGEND_CLUSTER, 0), *to;

	if (!from || !(to = agsubg(net, INN_LEGEND_CLUSTER, 1)))
		return -1;
	if (copy_attrs(leg, net, AGRAPH, from, to, dx, dy) < 0)
		return -1;
	for (Agnode_t *n = agfstnode(from); n; n = agnxtnode(from, n)) {
		Agnode_t *c = agnode(to, agnameof(n), 1);
		if (!c || copy_attrs(leg, net, AGNODE, n, c, dx, dy) < 0)
			return -1;
	}
	for (Agnode_t *n = agfstnode(from); n; n = agnxtnode(from, n)) {
		for (Agedge_t *e = agfstout(from, n); e; e = agnxtout(from, e)) {
			Agedge_t *c = agedge(to, agnode(net, agnameof(agtail(e)), 0), agnode(net, agnameof(aghead(e)), 0),
					     NULL, 1);
			if (!c || copy_attrs(leg, net, AGEDGE, e, c, dx, dy) < 0)
				return -1;
		}
	}
	return 0;
}

/* Copy obj's values that differ from the defaults into copy, in graph to (names declared there). */
static int copy_values(Agraph_t *from, Agraph_t *to, int kind, void *obj, void *copy)
{
	for (Agsym_t *s = agnxtattr(from, kind, NULL); s; s = agnxtattr(from, kind, s)) {
		char *v = agxget(obj, s);
		Agsym_t *ts = agattr(to, kind, s->name, NULL);
		if (strcmp(v, s->defval) == 0)
			continue;
		/* an HTML-like label stays one: cgraph marks it on the string itself */
		if (!ts || (aghtmlstr(v) ? inn_gv_set_html(copy, s->name, v) != 0 : agxset(copy, ts, v) != 0))
			return -1;
	}
	return 0;
}

/* Copy the subgraphs of from (in net) into to (in leg), with their values and members. */
static int copy_subgraphs(Agraph_t *net, Agraph_t *leg, Agraph_t *from, Agraph_t *to)
{
	for (Agraph_t *s = agfstsubg(from); s; s = agnxtsubg(s)) {
		const char *name = agnameof(s);
		/* an anonymous subgraph (a legend row) gets a new anonymous name, as when read from text */
		Agraph_t *c = agsubg(to, name && name[0] != '%' ? (char *)name : NULL, 1);
		if (!c || copy_values(net, leg, AGRAPH, s, c) < 0)
			return -1;
		for (Agnode_t *n = agfstnode(s); n; n = agnxtnode(s, n))
			if (!agsubnode(c, agnode(leg, agnameof(n), 0), 1))
				return -1;
		for (Agnode_t *n = agfstnode(s); n; n = agnxtnode(s, n))
			for (Agedge_t *e = agfstout(s, n); e; e = agnxtout(s, e))
				if (!agsubedge(c, agedge(leg, agnode(leg, agnameof(agtail(e)), 0),
							 agnode(leg, agnameof(aghead(e)), 0), NULL, 0), 1))
					return -1;
		if (copy_subgraphs(net, leg, s, c) < 0)
			return -1;
	}
	return 0;
}

/*
 * The legend cluster of net as a graph of its own, copied object by object: on a large network
 * reading the whole DOT text a second time and deleting all but the legend cost more than
 * laying the legend out. The copy has net's declarations and defaults, and its nodes, links and
 * subgraphs in net's order, which is the order reading the text gives.
 */
static Agraph_t *legend_graph(Agraph_t *net, Agraph_t *sub)
{
	Agraph_t *leg = agopen(agnameof(net), agisdirected(net) ? Agdirected : Agundirected, &inn_gv_disc);
	Agraph_t *keep;

	if (!leg)
		return NULL;
	inn_gv_raw_names = true; /* the names are the text's: stand-ins as themselves */
	for (int kind = AGRAPH; kind <= AGEDGE; kind++) {
		if (kind == AGINEDGE)
			continue;
		for (Agsym_t *s = agnxtattr(net, kind, NULL); s; s = agnxtattr(net, kind, s))
			if (!agattr(leg, kind, s->name, s->defval))
				goto fail;
	}
	if (copy_values(net, leg, AGRAPH, net, leg) < 0 || !(keep = agsubg(leg, INN_LEGEND_CLUSTER, 1)) ||
	    copy_values(net, leg, AGRAPH, sub, keep) < 0)
		goto fail;
	for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n)) {
		Agnode_t *c = agnode(leg, agnameof(n), 1);
		if (!c || !agsubnode(keep, c, 1) || copy_values(net, leg, AGNODE, n, c) < 0)
			goto fail;
	}
	for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
		for (Agedge_t *e = agfstout(sub, n); e; e = agnxtout(sub, e)) {
			Agedge_t *c = agedge(keep, agnode(leg, agnameof(agtail(e)), 0), agnode(leg, agnameof(aghead(e)), 0),
					     NULL, 1);
			if (!c || copy_values(net, leg, AGEDGE, e, c) < 0)
				goto fail;
		}
	if (copy_subgraphs(net, leg, sub, keep) < 0)
		goto fail;
	inn_gv_raw_names = false;
	return leg;
fail:
	inn_gv_raw_names = false;
	agclose(leg);
	return NULL;
}

/*
 * Split the drawing into the network (net: the graph of the DOT text dot, or g itself when dot
 * is NULL) and the legend alone (leg, or NULL).
 */
static int split(Agraph_t *g, const char *dot, Agraph_t **net, Agraph_t **leg)
{
	Agraph_t *sub;
	Agnode_t *n, *next;

	*leg = NULL;
	if (!(*net = dot ? copy_graph(dot) : g))
		return -1;
	if (!(sub = agsubg(*net, INN_LEGEND_CLUSTER, 0)))
		return 0;
	if (!(*leg = legend_graph(*net, sub)))
		return -1;
	for (n = agfstnode(sub); n; n = next) {
		next = agnxtnode(sub, n);
		agdelnode(*net, n);
	}
	/* agclose, not agdelsubg: in cgraph 2.42 agdelsubg only unlinks the subgraph and leaks it */
	agclose(sub);
	/* the legend reads top to bottom and has no title of its own */
	agsafeset(*leg, "rankdir", "TB", "");
	agsafeset(*leg, "label", "", "");
	agsafeset(*leg, "nodesep", "0.1", "");
	agsafeset(*leg, "ranksep", "0.06", "");
	agsafeset(*leg, "pad", "0", "");
	return 0;
}

/* The bounding box of a laid-out graph, and the height of its root label (points). */
static void extent(Agraph_t *g, double bb[4], double *label_height)
{
	char *lh = agget(g, "lheight");

	if (!parse_box(agget(g, "bb"), bb))
		bb[0] = bb[1] = bb[2] = bb[3] = 0;
	*label_height = lh && *lh ? atof(lh) * 72 : 0;
}

/*
 * Cairo writes the time of rendering into a PDF (/CreationDate), so two runs would differ. The
 * date is replaced by a fixed one of the same length, which keeps every byte offset of the
 * file (its cross-reference table) valid.
 */
static void fix_pdf_date(char *buf, size_t len)
{
	static const char key[] = "/CreationDate (D:";
	char *end = buf + len;

	for (char *p = buf; p + sizeof(key) - 1 <= end; p++) {
		if (memcmp(p, key, sizeof(key) - 1) != 0)
			continue;
		p += sizeof(key) - 1;
		for (char *q = p; q < end && *q != ')'; q++)
			if (*q >= '0' && *q <= '9')
				*q = '0';
		/* D:00000000000000 is not a date; 2000-01-01 is, and says nothing */
		if (end - p >= 8 && memcmp(p, "00000000", 8) == 0)
			memcpy(p, "20000101", 8);
	}
}

static int write_out(const char *data, unsigned int len, FILE *out, struct inn_error *err)
{
	/* a short write leaves out's error flag set: the output's commit (or main's check of
	 * standard output) reports it with the file and the reason */
	(void)err;
	fwrite(data, 1, len, out);
	return 0;
}

static GVC_t *context_gvc; /* the process's one Graphviz context; owned here, freed at exit */

static void free_context(void)
{
	gvFreeContext(context_gvc);
	context_gvc = NULL;
}

/*
 * One context for the whole process, not one per rendering: Graphviz 2.42's text-size cache (in
 * libgvplugin_pango) keeps a font name that belongs to the context that last measured text, and
 * reads it at the next layout. Once that context is freed the read is a use-after-free, which
 * AddressSanitizer reports as soon as one process renders twice (the unit tests, a report of
 * several diagrams).
 */
static GVC_t *context(void)
{
	if (!context_gvc && (context_gvc = gvContext()))
		atexit(free_context);
	return context_gvc;
}

const char *inn_graphviz_version(void)
{
	GVC_t *gvc = context();

	return gvc ? gvcVersion(gvc) : "?";
}

void inn_dot_close(Agraph_t *g)
{
	if (g)
		agclose(g);
}

/*
 * Draw g. With consume, g itself is laid out, changed and its legend taken out (the drawing
 * child's copy, which nobody reads after); else the drawing is made on a copy through DOT text.
 */
static int render(Agraph_t *g, bool consume, const char *engine, const char *format, FILE *out,
		  int (*before_write)(void *ctx, Agraph_t *net, struct inn_error *err), void *ctx,
		  struct inn_error *err)
{
	Agraph_t *net = NULL, *leg = NULL;
	GVC_t *gvc = NULL;
	char *dot = NULL, *data = NULL;
	size_t dotlen = 0;
	unsigned int len = 0;
	FILE *mem;
	int ret = -1;
	bool net_laid = false, leg_laid = false;

	if (!listed(inn_render_engines, engine))
		return inn_error_set(err, INN_EINPUT, "unknown layout '%s'", engine);
	if (!listed(inn_render_formats, format))
		return inn_error_set(err, INN_EINPUT, "unknown drawing format '%s'", format);
	inn_graphviz_quiet();
	if (!consume) {
		/* g is the caller's: the drawing is made on copies */
		if (!(mem = open_memstream(&dot, &dotlen)))
			return inn_error_set(err, INN_EFAIL, "out of memory");
		inn_gv_raw_names = true; /* stand-ins travel as themselves (draw_internal.h) */
		int wrc = agwrite(g, mem);
		inn_gv_raw_names = false;
		if (fclose(mem) != 0 || wrc != 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz could not copy the graph: %s", inn_graphviz_message());
			goto out;
		}
	}
	if (split(g, dot, &net, &leg) < 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz could not copy the graph: %s", inn_graphviz_message());
		goto out;
	}
	engine_settings(net, engine);
	choose_fonts(net, leg);
	if (!(gvc = context())) {
		inn_error_set(err, INN_EFAIL, "cannot start Graphviz");
		goto out;
	}
	/* a large network of many components: laid out one by one and packed (render_pack.c) */
	if (inn_pack_layout(gvc, net, engine, &net_laid, err) < 0)
		goto out;
	if (!net_laid && inn_layout(gvc, net, engine) != 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz layout '%s' failed: %s", engine, inn_graphviz_message());
		goto out;
	}
	net_laid = true;
	if (leg) {
		double nb[4], lb[4], title, ltitle, dx, dy;
		attach_attrs(net);
		if (gvLayout(gvc, leg, "dot") != 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz could not lay out the legend: %s", inn_graphviz_message());
			goto out;
		}
		leg_laid = true;
		attach_attrs(leg);
		extent(net, nb, &title);
		extent(leg, lb, &ltitle);
		if (nb[2] - nb[0] > 2.2 * (nb[3] - nb[1] - title)) {
			/* a very wide network: the legend goes below it, on the left */
			dx = nb[0] - lb[0];
			dy = nb[1] - LEGEND_GAP - lb[3];
		} else {
			/* beside it, on the right, level with the top of the network under the title */
			dx = nb[2] + LEGEND_GAP - lb[0];
			dy = nb[3] - title - lb[3];
		}
		gvFreeLayout(gvc, net);
		gvFreeLayout(gvc, leg);
		net_laid = leg_laid = false;
		if (merge_legend(net, leg, dx, dy) < 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz could not place the legend: %s", inn_graphviz_message());
			goto out;
		}
		/* the positions are all there: nop2 draws them as they are */
		if (gvLayout(gvc, net, "nop2") != 0) {
			inn_error_set(err, INN_EFAIL, "Graphviz could not draw the legend: %s", inn_graphviz_message());
			goto out;
		}
		net_laid = true;
	}
	if (before_write && before_write(ctx, net, err) < 0)
		goto out;
	if (gvRenderData(gvc, net, format, &data, &len) != 0) {
		inn_error_set(err, INN_EFAIL, "Graphviz could not render %s: %s", format, inn_graphviz_message());
		goto out;
	}
	if (strcmp(format, "pdf") == 0)
		fix_pdf_date(data, len);
	ret = write_out(data, len, out, err);
out:
	if (data)
		gvFreeRenderData(data);
	if (gvc && net_laid)
		gvFreeLayout(gvc, net);
	if (gvc && leg_laid)
		gvFreeLayout(gvc, leg);
	if (leg)
		agclose(leg);
	if (net && net != g)
		agclose(net);
	free(dot);
	return ret;
}

int inn_render_here(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	return render(g, false, engine, format, out, NULL, NULL, err);
}

bool inn_render_consumes(Agraph_t *g)
{
	return agnnodes(g) >= CONSUME_MIN_NODES;
}

int inn_render_consume(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	return render(g, inn_render_consumes(g), engine, format, out, NULL, NULL, err);
}

int inn_render_consume_then(Agraph_t *g, const char *engine, const char *format, FILE *out,
			    int (*before_write)(void *ctx, Agraph_t *net, struct inn_error *err), void *ctx,
			    struct inn_error *err)
{
	return render(g, true, engine, format, out, before_write, ctx, err);
}
