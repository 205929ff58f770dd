/*
 * legend.c: the legend, made from the same style map and scales that drew the network:
 * the kinds and relations drawn, the size and colour scales, the draw states in use.
 *
 * It is a subgraph of rows meant for a top-to-bottom dot layout: each row is a rank (a sample,
 * then its text), rows start at invisible anchors chained top to bottom, so texts line up on the
 * left. One column: a second one would let dot reorder or shift the rows of the two against each
 * other. inn_render() lays it out on its own and sets it beside the network.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw_internal.h"

struct legend {
	Agraph_t *g;                  /* the whole graph; borrowed */
	Agraph_t *lg;                 /* the legend cluster; owned by g */
	const struct inn_drawing *d;  /* borrowed */
	char prefix[64];              /* legend node names start with it; no model id does */
	Agnode_t *anchor;             /* the anchor of the row being made */
	size_t rows[2];               /* rows made in each column */
	Agnode_t **anchors[2];        /* per column and row: its anchor; owned arrays */
	Agnode_t **ends[2];           /* per column and row: its last node; owned arrays */
	int col;                      /* the column of the row being made, -1 before the first */
	Agraph_t **rowg;              /* the rank subgraph of each row; owned array, subgraphs owned by g */
	size_t nrowg;
	size_t serial;                /* for unique node names */
	bool failed;
};

/* A prefix for legend node names that no model id starts with. */
static void legend_prefix(const struct inn_model *m, char *buf, size_t size)
{
	snprintf(buf, size, "legend:");
	for (bool clash = true; clash && strlen(buf) + 2 < size;) {
		clash = false;
		for (size_t i = 0; i < m->nnodes && !clash; i++)
			clash = strncmp(m->nodes[i].id, buf, strlen(buf)) == 0;
		if (clash) {
			memmove(buf + 1, buf, strlen(buf) + 1);
			buf[0] = '_';
		}
	}
}

static Agnode_t *new_node(struct legend *L, Agraph_t *row)
{
	char name[96];
	Agnode_t *n;

	snprintf(name, sizeof(name), "%s%zu", L->prefix, L->serial);
	if (!(n = agnode(row, name, 1))) {
		L->failed = true;
		return NULL;
	}
	if (L->col >= 0)
		L->ends[L->col][L->rows[L->col] - 1] = n;
	snprintf(name, sizeof(name), "legend-%zu", L->serial++);
	agsafeset(n, "id", name, "");
	agsafeset(n, "class", "legend", "");
	agsafeset(n, "tooltip", " ", ""); /* no tooltip: Graphviz would show the label */
	agsafeset(n, "label", "", "");
	return n;
}

static void invisible_edge(struct legend *L, Agnode_t *a, Agnode_t *b, const char *weight);

/*
 * Start a row in column col. Row k of both columns is one rank (a subgraph, left to right): the
 * first column's nodes, then the second's. Each row starts with an invisible anchor, and the
 * anchors of a column are chained top to bottom, so every row of a column starts at the same x
 * whatever the widths in it, and texts line up on the left.
 */
static Agraph_t *new_row(struct legend *L, int col)
{
	Agraph_t *row;
	Agnode_t *anchor;
	size_t k = L->rows[col];

	for (int c = 0; c < 2; c++) {
		Agnode_t **grown = realloc(c ? L->ends[col] : L->anchors[col], (k + 1) * sizeof(*grown));
		if (!grown) {
			L->failed = true;
			return NULL;
		}
		*(c ? &L->ends[col] : &L->anchors[col]) = grown;
	}
	L->rows[col]++;
	L->col = col;
	/*
	 * Anonymous: cgraph orders named subgraphs by the address of their name, which need not be
	 * the same from one drawing to the next in a process; anonymous ones are numbered in order.
	 */
	if (k == L->nrowg) {
		Agraph_t **grown = realloc(L->rowg, (k + 1) * sizeof(*grown));
		if (!grown || !(grown[k] = agsubg(L->lg, NULL, 1))) {
			if (grown)
				L->rowg = grown;
			L->failed = true;
			return NULL;
		}
		L->rowg = grown;
		L->nrowg++;
	}
	row = L->rowg[k];
	if (!(anchor = new_node(L, row))) {
		L->failed = true;
		return NULL;
	}
	agsafeset(row, "rank", "same", "");
	static const char *const invisible[] = {"shape", "point", "style", "invis", "width", "0.01", "height", "0.01",
						"fixedsize", "true", NULL};
	inn_gv_set_all(anchor, invisible);
	if (k > 0)
		invisible_edge(L, L->anchors[col][k - 1], anchor, "100");
	L->anchors[col][k] = anchor;
	L->anchor = anchor;
	return row;
}

static void invisible_edge(struct legend *L, Agnode_t *a, Agnode_t *b, const char *weight)
{
	Agedge_t *e = agedge(L->lg, a, b, NULL, 1);

	if (!e) {
		L->failed = true;
		return;
	}
	agsafeset(e, "style", "invis", "");
	agsafeset(e, "weight", (char *)weight, "");
	agsafeset(e, "dir", "none", "");
	agsafeset(e, "class", "legend", "");
	agsafeset(e, "tooltip", " ", "");
}

/* The first visible node of the row being made goes right after its anchor. */
static void chain(struct legend *L, int col, Agnode_t *first)
{
	(void)col;
	if (first)
		invisible_edge(L, L->anchor, first, "100");
}

static Agnode_t *text_node(struct legend *L, Agraph_t *row, const char *text, bool bold)
{
	Agnode_t *n = new_node(L, row);
	char size[16];

	if (!n)
		return NULL;
	static const char *const plain[] = {"shape", "plaintext", "style", "solid", "fillcolor", "white", "fontcolor", "black",
					    "margin", "0.03,0.02", "height", "0.24", "width", "0.1", NULL};
	inn_gv_set_all(n, plain);
	snprintf(size, sizeof(size), "%g", bold ? INN_LEGEND_FONTSIZE + 1 : INN_LEGEND_FONTSIZE);
	agsafeset(n, "fontsize", size, "");
	if (bold) {
		struct inn_buf h = {0};
		inn_buf_add(&h, "<B>");
		inn_buf_add_html(&h, text);
		inn_buf_add(&h, "</B>");
		if (h.failed || inn_gv_set_html(n, "label", h.s) != 0)
			L->failed = true;
		inn_buf_release(&h);
	} else {
		Agsym_t *sym = agattr(L->g, AGNODE, "label", NULL);
		if (!sym || inn_gv_set_text(n, sym, text) != 0)
			L->failed = true;
	}
	return n;
}

/* A sample of fixed size and no label, for kinds, colours and states. */
static Agnode_t *sample_node(struct legend *L, Agraph_t *row, const char *shape, const char *style, const char *fill,
			     const char *width, const char *height)
{
	Agnode_t *n = new_node(L, row);

	if (!n)
		return NULL;
	agsafeset(n, "shape", (char *)shape, "");
	agsafeset(n, "style", (char *)style, "");
	agsafeset(n, "fillcolor", (char *)fill, "");
	agsafeset(n, "width", (char *)width, "");
	agsafeset(n, "height", (char *)height, "");
	agsafeset(n, "fixedsize", "true", "");
	return n;
}

/* sample, text: one row; the text is kept right beside its sample */
static void sample_row(struct legend *L, int col, Agnode_t *(*make)(struct legend *, Agraph_t *, const void *),
		       const void *arg, const char *text)
{
	Agraph_t *row = new_row(L, col);
	Agnode_t *s, *t;

	if (!row || !(s = make(L, row, arg)) || !(t = text_node(L, row, text, false)))
		return;
	invisible_edge(L, s, t, "50");
	chain(L, col, s);
}

static void header_row(struct legend *L, int col, const char *text)
{
	Agraph_t *row = new_row(L, col);
	Agnode_t *t;

	if (row && (t = text_node(L, row, text, true)))
		chain(L, col, t);
}

/* The name of a kind or relation in the legend's language. */
static const char *display(char *buf, size_t size, const char *name, const char *label, const char *label_zh,
			   bool zh, const char *none)
{
	if (zh && label_zh)
		return label_zh;
	if (label)
		return label;
	/* "lead_organization" reads as "lead organization" */
	snprintf(buf, size, "%s", name ? name : none);
	for (char *p = buf; *p; p++)
		if (*p == '_')
			*p = ' ';
	return buf;
}

static Agnode_t *make_kind(struct legend *L, Agraph_t *row, const void *arg)
{
	const struct inn_kind_style *ks = arg;
	/* under --color-by a measure the fill means the measure, so kinds show their shape only */
	const char *fill = L->d->o->color.measure || L->d->o->color_by_community ? "white" : ks->fillcolor;
	const char *shape = strcmp(ks->shape, "plaintext") == 0 || strcmp(ks->shape, "plain") == 0 ||
				    strcmp(ks->shape, "none") == 0
			    ? "box"
			    : ks->shape;

	Agnode_t *n = sample_node(L, row, shape, ks->style, fill, "0.42", "0.26");

	if (n)
		agsafeset(n, "class", "legend legend-kind", "");
	return n;
}

/*
 * A row of a line sample: a short line between two invisible points, then its text; what the
 * relation and width rows share. arrowhead NULL: none set. The casts: cgraph 2.42 takes char *.
 */
static void line_row(struct legend *L, const char *text, const char *style, const char *penwidth,
		     const char *arrowhead, const char *color, const char *dir, const char *class)
{
	Agraph_t *row = new_row(L, 0);
	Agnode_t *a, *b, *t;
	Agedge_t *e;

	if (!row || !(a = sample_node(L, row, "none", "solid", "white", "0.3", "0.2")) ||
	    !(b = sample_node(L, row, "none", "solid", "white", "0.3", "0.2")) || !(t = text_node(L, row, text, false)))
		return;
	if (!(e = agedge(L->lg, a, b, NULL, 1))) {
		L->failed = true;
		return;
	}
	/* drawn centre to centre, so the sample is longer than the gap between the points */
	agsafeset(e, "tailclip", "false", "");
	agsafeset(e, "headclip", "false", "");
	agsafeset(e, "style", (char *)style, "");
	agsafeset(e, "penwidth", (char *)penwidth, "");
	if (arrowhead)
		agsafeset(e, "arrowhead", (char *)arrowhead, "");
	agsafeset(e, "color", (char *)color, "");
	agsafeset(e, "dir", (char *)dir, "");
	agsafeset(e, "class", (char *)class, "");
	agsafeset(e, "tooltip", " ", "");
	invisible_edge(L, b, t, "50");
	chain(L, 0, a);
}

/* A relation: a short sample of its line between two invisible points, arrowhead and all. */
static void relation_row(struct legend *L, const struct inn_relation_style *rs, bool directed, const char *text)
{
	bool bold = strcmp(rs->style, "bold") == 0;

	line_row(L, text, bold ? "solid" : rs->style, bold ? "2.2" : "1", rs->arrowhead, rs->color,
		 inn_style_relation_dir(rs, directed), "legend legend-relation");
}

/* A sample's look in each marked state, like the drawing's marks (apply_state in dot_build.c), by state. */
static const char *const highlighted[] = {"penwidth", "3.5", "color", "#D55E00", NULL};
static const char *const removed_link[] = {"color", "#BBBBBB", "style", "dashed", NULL};
static const char *const cut_off_link[] = {"penwidth", "3", "color", "#D55E00", NULL};
static const char *const removed_node[] = {"color", "#BBBBBB", "fillcolor", "#F2F2F2", "style", "filled,dashed", NULL};
static const char *const ringed_node[] = {"color", "#D55E00", "penwidth", "3", "peripheries", "2", "width", "0.5",
					  "height", "0.34", NULL};
static const char *const *const link_look[] = {
	[INN_DRAW_HIGHLIGHT] = highlighted, [INN_DRAW_REMOVED] = removed_link, [INN_DRAW_CUT_OFF] = cut_off_link};
static const char *const *const node_look[] = {
	[INN_DRAW_HIGHLIGHT] = highlighted, [INN_DRAW_REMOVED] = removed_node, [INN_DRAW_CUT_OFF] = ringed_node};

struct state_sample {
	unsigned char state; /* INN_DRAW_HIGHLIGHT to INN_DRAW_CUT_OFF */
	bool node;
};

static Agnode_t *make_state(struct legend *L, Agraph_t *row, const void *arg)
{
	const struct state_sample *s = arg;
	Agnode_t *n = sample_node(L, row, s->node ? "box" : "none", "filled", "white", "0.42", "0.26");

	if (!n)
		return NULL;
	if (!s->node) {
		/* a link in that state: a thick segment through the invisible box */
		agsafeset(n, "shape", "box", "");
		agsafeset(n, "style", "invis", "");
		Agnode_t *m = sample_node(L, row, "none", "solid", "white", "0.05", "0.2");
		Agedge_t *e = m ? agedge(L->lg, n, m, NULL, 1) : NULL;
		if (!e) {
			L->failed = true;
			return n;
		}
		static const char *const segment[] = {"tailclip", "false", "headclip", "false", "dir", "none", "class", "legend",
						      "tooltip", " ", "penwidth", "1", "color", "#444444", "style", "solid", NULL};
		inn_gv_set_all(e, segment);
		inn_gv_set_all(e, link_look[s->state]);
		return n;
	}
	inn_gv_set_all(n, node_look[s->state]);
	return n;
}

static Agnode_t *make_swatch(struct legend *L, Agraph_t *row, const void *arg)
{
	return sample_node(L, row, "box", "filled", (const char *)arg, "0.42", "0.22");
}

static Agnode_t *make_dot(struct legend *L, Agraph_t *row, const void *arg)
{
	(void)arg;
	return sample_node(L, row, "ellipse", "filled", "#DDDDDD", "0.14", "0.14");
}

/* Three nodes drawn as the network draws the lowest, middle and highest values. */
static void size_row(struct legend *L)
{
	const struct inn_drawing *d = L->d;
	double values[3] = {d->size_min, (d->size_min + d->size_max) / 2, d->size_max};
	Agraph_t *row = new_row(L, 0);
	Agnode_t *prev = NULL;
	char num[32], text[64];

	for (int k = 0; row && k < 3 && !L->failed; k++) {
		double t = inn_drawing_size_t(d, values[k]);
		Agnode_t *n = sample_node(L, row, "ellipse", "filled", "#EEEEEE", "0.3", "0.3");
		if (!n)
			return;
		agsafeset(n, "fixedsize", "false", "");
		inn_fmt_short(num, sizeof(num), values[k]);
		snprintf(text, sizeof(text), "%s", num);
		agsafeset(n, "label", text, "");
		inn_size_node(n, t);
		if (prev)
			invisible_edge(L, prev, n, "50");
		else
			chain(L, 0, n);
		prev = n;
		if (d->size_max <= d->size_min)
			break; /* one value: one sample */
	}
}

static void color_rows(struct legend *L)
{
	const struct inn_drawing *d = L->d;
	size_t n;
	const char *const *pal = inn_style_palette(d->st, &n);
	char lo[32], hi[32], text[96];

	if (d->color_max <= d->color_min) {
		inn_fmt_short(lo, sizeof(lo), d->color_min);
		sample_row(L, 0, make_swatch, pal[0], lo);
		return;
	}
	/* the darkest first: the top of the scale at the top */
	for (size_t k = n; k-- > 0;) {
		/* a bin past the first holds the values above its lower bound: none when the bounds meet */
		if (k > 0 && d->color_edge[k] >= d->color_edge[k + 1])
			continue;
		inn_fmt_short(lo, sizeof(lo), d->color_edge[k]);
		inn_fmt_short(hi, sizeof(hi), d->color_edge[k + 1]);
		snprintf(text, sizeof(text), "%s – %s", lo, hi);
		sample_row(L, 0, make_swatch, pal[k], text);
	}
}

/* A link drawn pen points wide: a short line between two invisible points, then its text. */
static void width_row(struct legend *L, double pen, const char *text)
{
	char num[32];

	snprintf(num, sizeof(num), "%g", pen);
	line_row(L, text, "solid", num, NULL, "#444444", "none", "legend legend-width");
}

/*
 * --width-by: the lowest, middle and highest values drawn as the network draws them (the middle
 * is the midpoint of the scale: of the values, of log(1 + value), or the median), and the pen
 * of a link without a value, when some have none.
 */
static void width_rows(struct legend *L)
{
	const struct inn_drawing *d = L->d;
	const struct inn_export_width *w = &d->o->width;
	static const char *const en_scale[] = {"", " (quantile)", " (log)"};
	static const char *const zh_scale[] = {"", "（分位数）", "（对数）"};
	char text[512], num[32];
	double lo = d->width_min, hi = d->width_max, mid;

	if (w->scale == INN_SCALE_LOG)
		mid = expm1((log1p(lo) + log1p(hi)) / 2);
	else if (w->scale == INN_SCALE_QUANTILE)
		mid = d->nwidth % 2 ? d->width_sorted[d->nwidth / 2]
				    : (d->width_sorted[d->nwidth / 2 - 1] + d->width_sorted[d->nwidth / 2]) / 2;
	else
		mid = (lo + hi) / 2;
	snprintf(text, sizeof(text), d->zh ? "线宽：%s%s" : "Width: %s%s", w->attr,
		 (d->zh ? zh_scale : en_scale)[w->scale]);
	header_row(L, 0, text);
	if (d->nwidth) {
		double values[3] = {hi, mid, lo}; /* the widest first, as the colour scale's darkest */
		for (int k = 0; k < 3; k++) {
			if (k > 0 && values[k] >= values[k - 1])
				continue; /* one value, or a median at the top: no row twice */
			inn_fmt_short(num, sizeof(num), values[k]);
			width_row(L, inn_width_pen(inn_drawing_width_t(d, values[k])), num);
		}
	}
	if (d->nwidth < d->m->nlinks) {
		snprintf(text, sizeof(text), d->zh ? "无 %s" : "no %s", w->attr);
		width_row(L, INN_WIDTH_NONE, text);
	}
}

static void state_rows(struct legend *L)
{
	const struct inn_drawing *d = L->d;
	static const char *const en[] = {"", "highlighted", "removed", "cut off"};
	static const char *const zh[] = {"", "突出显示", "已移除", "被切断"};
	const char *const *names = d->zh ? zh : en;
	char text[512];
	bool any = false;

	for (int s = INN_DRAW_HIGHLIGHT; s <= INN_DRAW_CUT_OFF; s++)
		any = any || d->node_states[s] || d->link_states[s];
	if (!any)
		return;
	header_row(L, 0, d->zh ? "标记" : "Marked");
	for (unsigned char s = INN_DRAW_HIGHLIGHT; s <= INN_DRAW_CUT_OFF; s++) {
		const char *what = s == INN_DRAW_HIGHLIGHT && d->o->highlight ? d->o->highlight : names[s];
		/* a highlight's own text names its unit ("(7 nodes)"): it says nodes or links again only
		 * to tell its node row from its link row (a path has both) */
		bool own = what != names[s], both = d->node_states[s] && d->link_states[s];
		const char *nodes = own ? (both ? (d->zh ? "：节点" : ": nodes") : "") : d->zh ? "（节点）" : " (nodes)";
		const char *links = own ? (both ? (d->zh ? "：连线" : ": links") : "") : d->zh ? "（连线）" : " (links)";
		if (d->node_states[s]) {
			struct state_sample ss = {s, true};
			snprintf(text, sizeof(text), "%s%s", what, nodes);
			sample_row(L, 0, make_state, &ss, text);
		}
		if (d->link_states[s]) {
			struct state_sample ss = {s, false};
			snprintf(text, sizeof(text), "%s%s", what, links);
			sample_row(L, 0, make_state, &ss, text);
		}
	}
}

/*
 * Whether the legend's kind samples tell the kinds apart. Under --color-by a measure or community
 * the fill means the measure, and kinds show their shape and line only: where every kind drawn
 * has the same shape and line (a model without kind styles), the samples would be identical white
 * ellipses that say nothing, and the section is left out so that the colour scale comes first.
 */
static bool kinds_told_apart(const struct inn_drawing *d)
{
	if (!d->o->color.measure && !d->o->color_by_community)
		return true;
	const struct inn_kind_style *first = inn_drawing_kind_style(d, d->kinds[0]);
	for (size_t i = 1; i < d->nkinds; i++) {
		const struct inn_kind_style *ks = inn_drawing_kind_style(d, d->kinds[i]);
		if (strcmp(ks->shape, first->shape) != 0 || strcmp(ks->style, first->style) != 0)
			return true;
	}
	return false;
}

int inn_legend_add(Agraph_t *g, const struct inn_drawing *d)
{
	struct legend L = {.g = g, .d = d, .col = -1};
	char buf[256], text[512];

	if (!(L.lg = agsubg(g, INN_LEGEND_CLUSTER, 1)))
		return -1;
	legend_prefix(d->m, L.prefix, sizeof(L.prefix));
	agsafeset(L.lg, "label", "", "");
	if (inn_gv_set_html(L.lg, "label", d->zh ? "<B>图例</B>" : "<B>Legend</B>") != 0)
		return -1;
	agsafeset(L.lg, "style", "rounded,filled", "");
	agsafeset(L.lg, "fillcolor", "#FAFAFA", "");
	agsafeset(L.lg, "color", "#999999", "");
	agsafeset(L.lg, "fontsize", "13", "");
	agsafeset(L.lg, "labeljust", "l", "");
	agsafeset(L.lg, "labelloc", "t", "");
	agsafeset(L.lg, "margin", "10", "");
	agsafeset(L.lg, "id", "legend", "");
	agsafeset(L.lg, "class", "legend", "");
	/* one column, so that every text lines up: kinds first */
	if (d->nkinds && kinds_told_apart(d)) {
		header_row(&L, 0, d->zh ? "类型" : "Kinds");
		for (size_t i = 0; i < d->nkinds; i++) {
			const struct inn_kind_style *ks = inn_drawing_kind_style(d, d->kinds[i]);
			const char *name = display(buf, sizeof(buf), d->kinds[i], inn_style_kind_known(d->st, d->kinds[i]) ? ks->label : NULL,
						   inn_style_kind_known(d->st, d->kinds[i]) ? ks->label_zh : NULL, d->zh,
						   d->zh ? "（无类型）" : "(no kind)");
			sample_row(&L, 0, make_kind, ks, name);
		}
	}
	/* then the relations, the scales and the marks */
	if (d->nrelations) {
		header_row(&L, 0, d->zh ? "关系" : "Relations");
		for (size_t j = 0; j < d->nrelations; j++) {
			const struct inn_relation_style *rs = inn_style_relation(d->st, d->relations[j]);
			bool known = d->relations[j] && rs->relation;
			relation_row(&L, rs, d->m->directed,
				     display(buf, sizeof(buf), d->relations[j], known ? rs->label : NULL,
					     known ? rs->label_zh : NULL, d->zh, d->zh ? "（无关系）" : "(no relation)"));
		}
	}
	if (d->o->size.measure) {
		snprintf(text, sizeof(text), d->zh ? "大小：%s" : "Size: %s", d->o->size.measure);
		header_row(&L, 0, text);
		size_row(&L);
	}
	if (d->o->color.measure) {
		snprintf(text, sizeof(text), d->zh ? "颜色：%s" : "Colour: %s", d->o->color.measure);
		header_row(&L, 0, text);
		color_rows(&L);
	}
	if (d->o->color_by_community && d->o->community) {
		size_t k = 0;
		for (size_t i = 0; i < d->m->nnodes; i++)
			k = d->o->community[i] > k ? d->o->community[i] : k;
		header_row(&L, 0, d->zh ? "颜色：社区" : "Colour: community");
		for (size_t c = 1; c <= k && c <= INN_COMMUNITY_COLOURS; c++) {
			if (c == INN_COMMUNITY_COLOURS && k > c)
				snprintf(text, sizeof(text), d->zh ? "社区 %zu 及以后（颜色循环）" : "community %zu and on (colours repeat)", c);
			else
				snprintf(text, sizeof(text), d->zh ? "社区 %zu" : "community %zu", c);
			sample_row(&L, 0, make_swatch, inn_community_fill(c), text);
		}
	}
	if (d->o->width.attr)
		width_rows(&L);
	state_rows(&L);
	if (d->unlabelled) {
		if (d->o->no_tooltips) /* PNG and PDF have none to point to */
			snprintf(text, sizeof(text), d->zh ? "%zu 个节点未标注名称（小圆点）" : "%zu nodes without a label (drawn small)",
				 d->unlabelled);
		else
			snprintf(text, sizeof(text),
				 d->zh ? "%zu 个节点未标注名称（悬停可见）" : "%zu nodes without a label (names in tooltips)",
				 d->unlabelled);
		sample_row(&L, 0, make_dot, NULL, text);
	}
	for (int c = 0; c < 2; c++) {
		free(L.anchors[c]);
		free(L.ends[c]);
	}
	free(L.rowg);
	return L.failed ? -1 : 0;
}
