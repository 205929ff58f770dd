/* dot_build.c: model -> cgraph graph, styled by kind and relation, with a title; DOT text out. */
#include "innonet/draw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "innonet/text.h"
#include "draw_internal.h"

static const char *dot_name_problem(const char *name);

/* Labels longer than this many columns (a CJK character counts two) are wrapped onto lines. */
#define WRAP_COLUMNS 24
/* Attribute values in tooltips are cut after this many bytes. */
#define TOOLTIP_VALUE_MAX 240

/* The last message cgraph reported; cgraph would otherwise print it on stderr itself. */
static char cgraph_msg[512];

static int on_cgraph_error(char *msg)
{
	size_t n = strlen(msg);

	snprintf(cgraph_msg, sizeof(cgraph_msg), "%.*s", (int)(n && msg[n - 1] == '\n' ? n - 1 : n), msg);
	return 0;
}

void inn_graphviz_quiet(void)
{
	agseterrf(on_cgraph_error);
	agseterr(AGERR); /* errors reach on_cgraph_error; warnings stay out of the user's terminal */
}

const char *inn_graphviz_message(void)
{
	return cgraph_msg[0] ? cgraph_msg : "no reason given";
}

/* --- text ---------------------------------------------------------------------------------- */

/*
 * Graphviz reads \n, \l, \N, \G ... in escString attributes as escapes, so a literal backslash
 * is doubled, and a newline becomes \n. It also reads "&amp;" and the like as entities, so a
 * literal '&' becomes "&amp;" (in URLs too: Graphviz 2.42 writes a URL's '&' into SVG as it is,
 * which is not XML, while "&amp;" reaches the SVG as the entity). Quotes are cgraph's to escape when it writes DOT. Tooltips are
 * expanded twice by Graphviz 2.42 (once more than labels: \G, \E, \T, \H and, on nodes, \N),
 * so their backslashes are doubled twice: `backslashes` is how many stand for one. Control
 * characters other than newline are dropped: XML 1.0 cannot carry them.
 */
char *inn_gv_escape(const char *s, int backslashes)
{
	size_t n = 0;
	char *out, *p;

	for (const char *q = s; *q; q++)
		n += *q == '\\' ? (size_t)backslashes : *q == '\n' ? 2 : *q == '&' ? 5 : 1;
	if (!(p = out = malloc(n + 1)))
		return NULL;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\\') {
			for (int k = 0; k < backslashes; k++)
				*p++ = '\\';
		} else if (c == '\n') {
			*p++ = '\\';
			*p++ = 'n';
		} else if (c == '&') {
			memcpy(p, "&amp;", 5);
			p += 5;
		} else if (c >= 0x20 && c != 0x7F) {
			*p++ = (char)c;
		}
	}
	*p = '\0';
	return out;
}

int inn_gv_set_text(void *obj, Agsym_t *sym, const char *text)
{
	char *esc = inn_gv_escape(text, strcmp(sym->name, "tooltip") == 0 ? 4 : 2);
	int rc;

	if (!esc)
		return -1;
	/* cgraph writes "-." without quotes, as if it were a number, and no DOT reader takes it back;
	 * "-\." is quoted, and Graphviz draws it as the same two characters */
	rc = agxset(obj, sym, strcmp(esc, "-.") == 0 ? "-\\." : esc);
	free(esc);
	return rc;
}

void inn_gv_set_all(void *obj, const char *const *attrs)
{
	for (; attrs[0]; attrs += 2)
		agsafeset(obj, (char *)attrs[0], (char *)attrs[1], "");
}

int inn_gv_set_html(void *obj, const char *name, const char *html)
{
	Agraph_t *root = agroot(agraphof(obj));
	/* an HTML string is a refstr marked as HTML: agxset finds the marked copy and keeps it */
	char *s = agstrdup_html(root, (char *)html);
	int rc;

	if (!s)
		return -1;
	rc = agsafeset(obj, (char *)name, s, "");
	agstrfree(root, s);
	return rc;
}

void inn_buf_add_html(struct inn_buf *b, const char *s)
{
	char one[2] = {0, 0};

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': inn_buf_add(b, "&amp;"); break;
		case '<': inn_buf_add(b, "&lt;"); break;
		case '>': inn_buf_add(b, "&gt;"); break;
		case '"': inn_buf_add(b, "&quot;"); break;
		case '\n': inn_buf_add(b, "<BR ALIGN=\"LEFT\"/>"); break;
		default:
			if (c >= 0x20 && c != 0x7F) {
				one[0] = (char)c;
				inn_buf_add(b, one);
			}
		}
	}
}

void inn_fmt_short(char *buf, size_t size, double x)
{
	double a = fabs(x);

	if (!isfinite(x))
		snprintf(buf, size, "n/a");
	else if (a >= 100 || a == 0)
		snprintf(buf, size, "%.0f", x);
	else if (a >= 1)
		snprintf(buf, size, "%.2f", x);
	else
		snprintf(buf, size, "%.2g", x);
	/* "12.50" reads as "12.5"; "-0" as "0" */
	if (strchr(buf, '.') && !strchr(buf, 'e')) {
		size_t n = strlen(buf);
		while (n > 1 && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (buf[n - 1] == '.')
			buf[n - 1] = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
	/* 10,000 and more with thousands separators: "285,000,000" reads, "285000000" does not */
	if (a >= 10000 && a < 1e21 && !strchr(buf, '.')) {
		char digits[32];
		size_t n = (size_t)snprintf(digits, sizeof(digits), "%s", buf + (x < 0)), at = 0, need;
		need = (x < 0) + n + (n - 1) / 3 + 1;
		if (need <= size && n < sizeof(digits)) {
			if (x < 0)
				buf[at++] = '-';
			for (size_t i = 0; i < n; i++) {
				buf[at++] = digits[i];
				if ((n - 1 - i) % 3 == 0 && i + 1 < n)
					buf[at++] = ',';
			}
			buf[at] = '\0';
		}
	}
}

/* Bytes in the UTF-8 sequence starting with lead byte c. */
static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

/* Closing punctuation a line must not start with, opening punctuation it must not end with. */
static bool closing_mark(const char *s)
{
	static const char *const marks[] = {"）", "》", "，", "。", "、", "：", "；", "」", "』", NULL};
	for (const char *const *m = marks; *m; m++)
		if (strncmp(s, *m, strlen(*m)) == 0)
			return true;
	return strchr(")],.;:!?", *s) && *s;
}

static bool opening_mark(const char *s, size_t n)
{
	return (n == 3 && (strncmp(s, "（", 3) == 0 || strncmp(s, "《", 3) == 0 || strncmp(s, "「", 3) == 0)) ||
	       (n == 1 && (*s == '(' || *s == '['));
}

/*
 * Wrap s onto lines of about `columns` display columns: at spaces, and between CJK characters
 * (which need none), never before closing or after opening punctuation. Lines the text already
 * has are kept. Caller frees; NULL when out of memory.
 */
static char *wrap_lines(const char *s, size_t columns);

static char *wrap_text(const char *s, size_t columns)
{
	size_t w = inn_display_width(s), lines = (w + columns - 1) / (columns ? columns : 1);

	if (strchr(s, '\n') || lines < 2)
		return wrap_lines(s, columns);
	/* as few lines as at `columns`, of about equal length: no word left alone on the last */
	char *r = wrap_lines(s, columns);
	size_t fewest = 1;
	for (const char *p = r; p && *p; p++)
		fewest += *p == '\n';
	for (size_t t = (w + fewest - 1) / fewest; r && t < columns; t++) {
		char *try = wrap_lines(s, t);
		size_t count = 1;
		for (const char *p = try; p && *p; p++)
			count += *p == '\n';
		if (try && count <= fewest) {
			free(r);
			return try;
		}
		free(try);
	}
	return r;
}

static char *wrap_lines(const char *s, size_t columns)
{
	size_t n = strlen(s), line = 0, o = 0;
	char *out = malloc(3 * n + 8), tmp[8]; /* newlines added, and scratch past the end */

	if (!out)
		return NULL;
	for (const char *p = s; *p;) {
		/* the next token: a run of non-space narrow characters, or one wide character
		 * with the punctuation that sticks to it */
		bool space_before = false;
		while (*p == ' ') {
			space_before = true;
			p++;
		}
		if (!*p)
			break;
		if (*p == '\n') {
			out[o++] = '\n';
			line = 0;
			p++;
			continue;
		}
		const char *start = p;
		size_t k = utf8_len((unsigned char)*p);
		snprintf(tmp, sizeof(tmp), "%.*s", (int)k, p);
		bool wide = inn_display_width(tmp) == 2;
		if (wide || opening_mark(p, k)) {
			while (opening_mark(p, utf8_len((unsigned char)*p)) && p[utf8_len((unsigned char)*p)])
				p += utf8_len((unsigned char)*p);
			p += utf8_len((unsigned char)*p);
		} else {
			while (*p && *p != ' ' && *p != '\n') {
				size_t m = utf8_len((unsigned char)*p);
				snprintf(tmp, sizeof(tmp), "%.*s", (int)m, p);
				if (inn_display_width(tmp) == 2 && p != start)
					break;
				p += m;
			}
		}
		while (*p && closing_mark(p))
			p += utf8_len((unsigned char)*p);
		size_t len = (size_t)(p - start);
		char *tok = out + o + 1; /* scratch: measure the token where it will be copied */
		memcpy(tok, start, len);
		tok[len] = '\0';
		size_t w = inn_display_width(tok);
		if (line > 0 && line + (space_before ? 1 : 0) + w > columns) {
			out[o++] = '\n';
			line = 0;
		} else if (line > 0 && space_before) {
			out[o++] = ' ';
			line++;
		}
		memmove(out + o, start, len);
		o += len;
		line += w;
	}
	out[o] = '\0';
	return out;
}

/* --- values -------------------------------------------------------------------------------- */

/* A field of a node as text: the typed fields by name, then free attributes. false when absent. */
static bool node_field(const struct inn_model *m, const struct inn_node *n, const char *key, bool zh, char *buf,
		       size_t size)
{
	const struct inn_node_more *nx = inn_node_more(m, n);
	const struct inn_value *v;

	if (strcmp(key, "id") == 0)
		return snprintf(buf, size, "%s", n->id), true;
	if (strcmp(key, "label") == 0)
		return snprintf(buf, size, "%s", inn_node_label(n)), true;
	if (strcmp(key, "label_zh") == 0 || strcmp(key, "kind") == 0 || strcmp(key, "provenance") == 0) {
		const char *s = key[0] == 'l' ? nx->label_zh : key[0] == 'k' ? n->kind : nx->provenance;
		return s ? (snprintf(buf, size, "%s", s), true) : false;
	}
	if (strcmp(key, "since") == 0 || strcmp(key, "until") == 0) {
		int y = key[0] == 's' ? nx->since : nx->until;
		return y != INN_NO_YEAR ? (snprintf(buf, size, "%d", y), true) : false;
	}
	if (!(v = inn_attr_get(nx->attrs, nx->nattrs, key)))
		return false;
	switch (v->type) {
	case INN_VAL_NULL: snprintf(buf, size, "null"); break;
	case INN_VAL_BOOL: snprintf(buf, size, "%s", v->boolean ? "true" : "false"); break;
	case INN_VAL_STRING:
	case INN_VAL_JSON: snprintf(buf, size, "%s", v->text); break;
	case INN_VAL_NUMBER: {
		char num[64];
		inn_fmt_double(num, sizeof(num), v->number);
		snprintf(buf, size, "%s%s", v->bound == INN_BOUND_MORE_THAN ? (zh ? "超过 " : "more than ")
					     : v->bound == INN_BOUND_AT_LEAST ? (zh ? "至少 " : "at least ")
									      : "",
			 num);
		break;
	}
	}
	return true;
}

static void value_text(char *buf, size_t size, const struct inn_value *v)
{
	char num[64];

	switch (v->type) {
	case INN_VAL_NULL: snprintf(buf, size, "null"); break;
	case INN_VAL_BOOL: snprintf(buf, size, "%s", v->boolean ? "true" : "false"); break;
	case INN_VAL_STRING:
	case INN_VAL_JSON: snprintf(buf, size, "%s", v->text); break;
	case INN_VAL_NUMBER:
		inn_fmt_double(num, sizeof(num), v->number);
		snprintf(buf, size, "%s%s", v->bound == INN_BOUND_MORE_THAN ? "more than " : v->bound == INN_BOUND_AT_LEAST ? "at least " : "",
			 num);
		break;
	}
}

/*
 * Whether s may become a link in the SVG: http or https only (never javascript:, data: or
 * file:), printable ASCII URL characters only, and no '&' that a browser could read as the start
 * of an entity, since Graphviz writes "&name;" through unescaped.
 */
static bool linkable_url(const char *s)
{
	static const char allowed[] = "-._~:/?#[]@!$&'()*+,;=%";

	if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
		return false;
	if (strlen(s) > 2000 || s[strncmp(s, "https://", 8) == 0 ? 8 : 7] == '\0')
		return false;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c && strchr(allowed, c))))
			return false;
		if (c == '&') {
			const char *q = p + 1;
			if (*q == '#')
				q++;
			while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))
				q++;
			if (*q == ';')
				return false;
		}
	}
	return true;
}

/* The first http(s) URL among an element's provenance and attributes, or NULL. */
static const char *find_url(const char *provenance, const struct inn_attr *attrs, uint32_t n)
{
	if (provenance && linkable_url(provenance))
		return provenance;
	for (uint32_t i = 0; i < n; i++)
		if (attrs[i].value.type == INN_VAL_STRING && linkable_url(attrs[i].value.text))
			return attrs[i].value.text;
	return NULL;
}

/*
 * An SVG id or class name from user text: ASCII letters, digits and '-' kept, every other byte
 * as _XX (hex), so two different names never give the same id.
 */
static void css_name(struct inn_buf *b, const char *prefix, const char *name)
{
	char hex[4];

	inn_buf_add(b, prefix);
	for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-') {
			hex[0] = (char)*s;
			hex[1] = '\0';
		} else {
			snprintf(hex, sizeof(hex), "_%02X", *s);
		}
		inn_buf_add(b, hex);
	}
}

/* --- scales -------------------------------------------------------------------------------- */

static void range(const double *v, size_t n, double *lo, double *hi)
{
	*lo = INFINITY;
	*hi = -INFINITY;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i]))
			continue;
		*lo = v[i] < *lo ? v[i] : *lo;
		*hi = v[i] > *hi ? v[i] : *hi;
	}
	if (*lo > *hi)
		*lo = *hi = 0;
}

double inn_drawing_size_t(const struct inn_drawing *d, double v)
{
	if (!isfinite(v) || d->size_max <= d->size_min)
		return 0;
	return sqrt((v - d->size_min) / (d->size_max - d->size_min));
}

double inn_size_fontsize(double t)
{
	return round((INN_NODE_FONTSIZE - 2 + 14 * t) * 2) / 2; /* 9 to 23 points, in half points */
}

void inn_size_node(Agnode_t *n, double t)
{
	double k = inn_size_fontsize(t) / INN_NODE_FONTSIZE;
	char num[32], margin[64];

	/* the defaults declare() gives every node, times k, to 3 decimals */
	snprintf(num, sizeof(num), "%g", inn_size_fontsize(t));
	agsafeset(n, "fontsize", num, "");
	snprintf(margin, sizeof(margin), "%g,%g", round(80 * k) / 1000, round(40 * k) / 1000);
	agsafeset(n, "margin", margin, "");
	snprintf(num, sizeof(num), "%g", round(300 * k) / 1000);
	agsafeset(n, "width", num, "");
	agsafeset(n, "height", num, "");
}

double inn_drawing_width_t(const struct inn_drawing *d, double v)
{
	if (!isfinite(v) || d->width_max <= d->width_min)
		return 0;
	switch (d->o->width.scale) {
	case INN_SCALE_LOG:
		return (log1p(v) - log1p(d->width_min)) / (log1p(d->width_max) - log1p(d->width_min));
	case INN_SCALE_QUANTILE: {
		size_t below = 0, equal = 0;
		/* the count below and the count equal, by bisection over the sorted values */
		size_t lo = 0, hi = d->nwidth;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (d->width_sorted[mid] < v)
				lo = mid + 1;
			else
				hi = mid;
		}
		below = lo;
		for (hi = d->nwidth; lo < hi;) {
			size_t mid = lo + (hi - lo) / 2;
			if (d->width_sorted[mid] <= v)
				lo = mid + 1;
			else
				hi = mid;
		}
		equal = lo - below;
		return ((double)below + ((double)equal - 1) / 2) / (double)(d->nwidth - 1);
	}
	case INN_SCALE_LINEAR:
	default:
		return (v - d->width_min) / (d->width_max - d->width_min);
	}
}

double inn_width_pen(double t)
{
	return round((INN_WIDTH_MIN + (INN_WIDTH_MAX - INN_WIDTH_MIN) * t) * 100) / 100;
}

size_t inn_drawing_color_step(const struct inn_drawing *d, double v)
{
	size_t n, k = 0;

	inn_style_palette(d->st, &n);
	if (!isfinite(v))
		return 0;
	/* a value on a bound takes the lower bin, so that many equal values (a quantile scale over
	 * a measure most nodes score 0 on) take the lightest colour, not a middle one */
	while (k + 1 < n && d->color_edge[k + 1] < v)
		k++;
	return k;
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/*
 * The bounds of the colour bins over the finite values v of the n nodes drawn, as
 * docs/diagrams.md ("Colour") gives them: equal widths of the value (linear) or of log(1 + value)
 * (log), or the values' quantiles at 1/bins, 2/bins ... with NumPy's default interpolation
 * (quantile). Needs color_min and color_max.
 */
static int color_edges(struct inn_drawing *d, const double *v, size_t n, struct inn_error *err)
{
	double lo = d->color_min, hi = d->color_max, *x = NULL;
	size_t bins, count = 0;

	inn_style_palette(d->st, &bins);
	switch (d->o->color_scale) {
	case INN_SCALE_LINEAR:
		for (size_t k = 0; k < bins; k++)
			d->color_edge[k] = lo + (hi - lo) * (double)k / (double)bins;
		break;
	case INN_SCALE_LOG:
		if (lo < 0)
			return inn_error_set(err, INN_EINPUT,
					     "export: --color-scale log needs values of 0 or more, and %s goes down to %g",
					     d->o->color.measure, lo);
		for (size_t k = 0; k < bins; k++)
			d->color_edge[k] = expm1(log1p(lo) + (log1p(hi) - log1p(lo)) * (double)k / (double)bins);
		break;
	case INN_SCALE_QUANTILE:
		if (!(x = malloc((n + 1) * sizeof(*x))))
			return inn_error_set(err, INN_EFAIL, "export: out of memory");
		for (size_t i = 0; i < n; i++)
			if (isfinite(v[i]))
				x[count++] = v[i];
		qsort(x, count, sizeof(*x), cmp_double);
		for (size_t k = 0; k < bins; k++) {
			double h = count ? (double)(count - 1) * (double)k / (double)bins : 0;
			size_t f = (size_t)floor(h);
			d->color_edge[k] = !count ? 0 : f + 1 < count ? x[f] + (h - (double)f) * (x[f + 1] - x[f]) : x[f];
		}
		free(x);
		break;
	}
	d->color_edge[0] = lo;
	d->color_edge[bins] = hi;
	return 0;
}

/* --- the graph ----------------------------------------------------------------------------- */

struct syms {
	Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_font, *n_id, *n_class, *n_tooltip, *n_width, *n_height;
	Agsym_t *n_fontsize, *n_fixed, *n_url, *n_target;
	Agsym_t *e_style, *e_arrow, *e_color, *e_dir, *e_id, *e_class, *e_tooltip, *e_penwidth, *e_url, *e_target;
};

static void declare(Agraph_t *g, struct syms *s, const char *font, bool directed)
{
	char size[16];

	agattr(g, AGRAPH, "rankdir", "LR");
	agattr(g, AGRAPH, "fontname", (char *)font);
	agattr(g, AGRAPH, "labelloc", "t");
	agattr(g, AGRAPH, "labeljust", "l");
	agattr(g, AGRAPH, "nodesep", "0.18");
	agattr(g, AGRAPH, "ranksep", "0.7");
	agattr(g, AGRAPH, "bgcolor", "white");
	agattr(g, AGRAPH, "pad", "0.3");
	agattr(g, AGRAPH, "outputorder", "edgesfirst"); /* nodes drawn over the links that meet them */
	agattr(g, AGNODE, "fontname", (char *)font);
	snprintf(size, sizeof(size), "%g", INN_NODE_FONTSIZE);
	s->n_fontsize = agattr(g, AGNODE, "fontsize", size);
	s->n_label = agattr(g, AGNODE, "label", "\\N");
	s->n_shape = agattr(g, AGNODE, "shape", "ellipse");
	s->n_style = agattr(g, AGNODE, "style", "filled");
	s->n_fill = agattr(g, AGNODE, "fillcolor", "white");
	s->n_font = agattr(g, AGNODE, "fontcolor", "black");
	agattr(g, AGNODE, "color", "#333333");
	agattr(g, AGNODE, "margin", "0.08,0.04");
	s->n_id = agattr(g, AGNODE, "id", "");
	s->n_class = agattr(g, AGNODE, "class", "");
	s->n_tooltip = agattr(g, AGNODE, "tooltip", "");
	s->n_width = agattr(g, AGNODE, "width", "0.3");
	s->n_height = agattr(g, AGNODE, "height", "0.3");
	s->n_fixed = agattr(g, AGNODE, "fixedsize", "false");
	s->n_url = agattr(g, AGNODE, "URL", "");
	s->n_target = agattr(g, AGNODE, "target", "");
	agattr(g, AGEDGE, "fontname", (char *)font);
	agattr(g, AGEDGE, "arrowsize", "0.7");
	s->e_style = agattr(g, AGEDGE, "style", "solid");
	s->e_arrow = agattr(g, AGEDGE, "arrowhead", "normal");
	s->e_color = agattr(g, AGEDGE, "color", "#444444");
	s->e_dir = agattr(g, AGEDGE, "dir", directed ? "forward" : "none");
	s->e_id = agattr(g, AGEDGE, "id", "");
	s->e_class = agattr(g, AGEDGE, "class", "");
	s->e_tooltip = agattr(g, AGEDGE, "tooltip", "");
	s->e_penwidth = agattr(g, AGEDGE, "penwidth", "1");
	s->e_url = agattr(g, AGEDGE, "URL", "");
	s->e_target = agattr(g, AGEDGE, "target", "");
}

/* Add item to a list of interned strings (equal strings are equal pointers) unless it is there. */
static int remember(const char ***items, size_t *n, const char *item)
{
	for (size_t i = 0; i < *n; i++)
		if ((*items)[i] == item)
			return 0;
	const char **grown = realloc(*items, (*n + 1) * sizeof(*grown));
	if (!grown)
		return -1;
	*items = grown;
	grown[(*n)++] = item;
	return 0;
}

const struct inn_kind_style *inn_drawing_kind_style(const struct inn_drawing *d, const char *kind)
{
	size_t nth = 0;

	/* the nth kind without a style of its own, for the fallback colours */
	for (size_t i = 0; i < d->nkinds && d->kinds[i] != kind; i++)
		if (!inn_style_kind_known(d->st, d->kinds[i]))
			nth++;
	return inn_style_kind(d->st, kind, nth);
}

static void style_edge(Agedge_t *e, const struct syms *s, const struct inn_relation_style *rs, bool directed)
{
	bool bold = strcmp(rs->style, "bold") == 0;

	agxset(e, s->e_style, (char *)(bold ? "solid" : rs->style));
	agxset(e, s->e_penwidth, bold ? "2.2" : "1");
	agxset(e, s->e_arrow, (char *)rs->arrowhead);
	agxset(e, s->e_color, (char *)rs->color);
	agxset(e, s->e_dir, (char *)inn_style_relation_dir(rs, directed));
}

static const char *const state_class[] = {"", " highlight", " removed", " cut-off"};

/* Overlay a draw state on a node or edge already styled by its kind or relation. */
static void apply_state(void *obj, bool node, unsigned char state)
{
	switch (state) {
	case INN_DRAW_HIGHLIGHT:
		agsafeset(obj, "penwidth", "3.5", "");
		agsafeset(obj, "color", "#D55E00", "");
		break;
	case INN_DRAW_REMOVED:
		agsafeset(obj, "color", "#BBBBBB", "");
		agsafeset(obj, "fontcolor", "#999999", "");
		if (node) {
			agsafeset(obj, "fillcolor", "#F2F2F2", "");
			agsafeset(obj, "style", "filled,dashed", "");
		} else {
			agsafeset(obj, "style", "dashed", "");
		}
		break;
	case INN_DRAW_CUT_OFF:
		agsafeset(obj, "color", "#D55E00", "");
		agsafeset(obj, "penwidth", "3", "");
		if (node)
			agsafeset(obj, "peripheries", "2", "");
		break;
	default:
		break;
	}
}

/* The label a node shows: --label-by, else by language; wrapped. Caller frees. */
static char *node_label(const struct inn_drawing *d, const struct inn_node *n)
{
	const struct inn_node_more *nx = inn_node_more(d->m, n);
	char buf[1024];
	const char *text = inn_node_label(n);

	if (d->o->label_by && node_field(d->m, n, d->o->label_by, d->zh, buf, sizeof(buf)))
		text = buf;
	else if (d->zh && nx->label_zh)
		text = nx->label_zh;
	return wrap_text(text, WRAP_COLUMNS);
}

static void add_line(struct inn_buf *b, const char *key, const char *value)
{
	size_t n = strlen(value);

	inn_buf_addf(b, "\n%s: ", key);
	if (n <= TOOLTIP_VALUE_MAX) {
		inn_buf_add(b, value);
		return;
	}
	/* cut at a character boundary, and say so */
	while (n > TOOLTIP_VALUE_MAX || ((unsigned char)value[n] & 0xC0) == 0x80)
		n--;
	inn_buf_addf(b, "%.*s…", (int)n, value);
}

/* The lines a node's and a link's tooltips both have: provenance, since and until, those known. */
static void add_dated(struct inn_buf *b, const char *provenance, int since, int until)
{
	char buf[16];

	if (provenance)
		add_line(b, "provenance", provenance);
	if (since != INN_NO_YEAR) {
		snprintf(buf, sizeof(buf), "%d", since);
		add_line(b, "since", buf);
	}
	if (until != INN_NO_YEAR) {
		snprintf(buf, sizeof(buf), "%d", until);
		add_line(b, "until", buf);
	}
}

/* Every other field of a node or link, a line each, in file order. */
static void add_attrs(struct inn_buf *b, const struct inn_attr *attrs, uint32_t nattrs)
{
	char buf[TOOLTIP_VALUE_MAX * 4 + 64];

	for (uint32_t k = 0; k < nattrs; k++) {
		value_text(buf, sizeof(buf), &attrs[k].value);
		add_line(b, attrs[k].key, buf);
	}
}

/* A node's tooltip: its name and kind, every field and attribute, its ranks. */
static void node_tooltip(struct inn_buf *b, const struct inn_drawing *d, size_t i)
{
	const struct inn_node *n = &d->m->nodes[i];
	const struct inn_node_more *nx = inn_node_more(d->m, n);

	inn_buf_addf(b, "%s (%s)", inn_node_label(n), n->kind ? n->kind : "no kind");
	add_line(b, "id", n->id);
	if (nx->label_zh)
		add_line(b, "label_zh", nx->label_zh);
	add_dated(b, nx->provenance, nx->since, nx->until);
	add_attrs(b, nx->attrs, nx->nattrs);
	for (size_t r = 0; r < d->o->nranks; r++) {
		const struct inn_export_rank *rk = &d->o->ranks[r];
		char score[64];
		inn_fmt_fixed(score, sizeof(score), rk->score[i], 6);
		inn_buf_addf(b, "\nrank by %s: %zu of %zu (%s)", rk->measure, rk->rank[i], rk->of, score);
	}
}

char *inn_dot_node_tooltip(const struct inn_model *m, const struct inn_export_opts *o, size_t i)
{
	struct inn_drawing d = {.m = m, .o = o};
	struct inn_buf b = {0};

	node_tooltip(&b, &d, i);
	if (b.failed) {
		inn_buf_release(&b);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

static void link_tooltip(struct inn_buf *b, const struct inn_model *m, const struct inn_link *l)
{
	const struct inn_link_more *lx = inn_link_more(m, l);
	char buf[64];

	inn_buf_addf(b, "%s %s %s", inn_node_label(&m->nodes[l->source]),
		     inn_link_relation(m, l) ? inn_link_relation(m, l) : "--",
		     inn_node_label(&m->nodes[l->target]));
	add_dated(b, lx->provenance, lx->since, lx->until);
	if (l->has_weight) {
		inn_fmt_double(buf, sizeof(buf), inn_link_weight(m, l));
		add_line(b, "weight", buf);
	}
	add_attrs(b, lx->attrs, lx->nattrs);
}

/* The first source's citation and the others', from graph.sources (strings or objects). */
static void add_sources(struct inn_buf *h, const struct inn_model *m, bool zh)
{
	const struct inn_value *v = inn_attr_get(m->graph_attrs, m->ngraph_attrs, "sources");
	struct inn_buf text = {0};
	cJSON *root = NULL;
	size_t count = 0;

	if (!v)
		return;
	if (v->type == INN_VAL_STRING) {
		inn_buf_add(&text, v->text);
		count = 1;
	} else if (v->type == INN_VAL_JSON && (root = cJSON_Parse(v->text)) && cJSON_IsArray(root)) {
		for (const cJSON *s = root->child; s; s = s->next) {
			/* a Chinese drawing cites a source by its citation_zh where it has one */
			const cJSON *c = cJSON_GetObjectItemCaseSensitive(s, "citation");
			const cJSON *c_zh = zh ? cJSON_GetObjectItemCaseSensitive(s, "citation_zh") : NULL;
			if (cJSON_IsString(c_zh) && c_zh->valuestring[0])
				c = c_zh;
			const char *t = cJSON_IsString(s) ? s->valuestring : cJSON_IsString(c) ? c->valuestring : NULL;
			if (!t)
				continue;
			inn_buf_add(&text, count++ ? "; " : "");
			inn_buf_add(&text, t);
		}
	}
	cJSON_Delete(root);
	if (count && text.s) {
		char *wrapped = wrap_text(text.s, 130);
		inn_buf_add(h, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">");
		inn_buf_add_html(h, zh ? "资料来源：" : count > 1 ? "Sources: " : "Source: ");
		inn_buf_add_html(h, wrapped ? wrapped : text.s);
		inn_buf_add(h, "</FONT></TD></TR>");
		free(wrapped);
	}
	inn_buf_release(&text);
}

/* The title: the model's name, its date and what part is drawn, and its sources. */
static int add_title(Agraph_t *g, const struct inn_drawing *d)
{
	const struct inn_model *m = d->m;
	const char *name = d->o->title ? d->o->title : inn_model_name(m, d->zh);
	struct inn_buf h = {0}, sub = {0};
	int rc = 0;

	if (m->as_of)
		inn_buf_addf(&sub, d->zh ? "截至 %s" : "As of %s", m->as_of);
	if (d->o->view) {
		inn_buf_add(&sub, sub.len ? " · " : "");
		inn_buf_add(&sub, d->o->view);
	}
	if (!name && !sub.len && !inn_attr_get(m->graph_attrs, m->ngraph_attrs, "sources"))
		return 0;
	inn_buf_add(&h, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">");
	if (name) {
		char *wrapped = wrap_text(name, 90);
		inn_buf_add(&h, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"22\"><B>");
		inn_buf_add_html(&h, wrapped ? wrapped : name);
		inn_buf_add(&h, "</B></FONT></TD></TR>");
		free(wrapped);
	}
	if (sub.len) {
		inn_buf_add(&h, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\" COLOR=\"#333333\">");
		inn_buf_add_html(&h, sub.s);
		inn_buf_add(&h, "</FONT></TD></TR>");
	}
	add_sources(&h, m, d->zh);
	inn_buf_add(&h, "</TABLE>");
	if (h.failed || sub.failed || inn_gv_set_html(g, "label", h.s) != 0)
		rc = -1;
	inn_buf_release(&sub);
	inn_buf_release(&h);
	return rc;
}

const char *inn_community_fill(size_t c)
{
	/* ColorBrewer's Set3: light enough for black labels, told apart without a scale */
	static const char *const set3[INN_COMMUNITY_COLOURS] = {"#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072",
								"#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5",
								"#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"};
	return set3[(c ? c - 1 : 0) % INN_COMMUNITY_COLOURS];
}

/* The cluster of node n under --cluster-by, created on first use; NULL: not in one. */
static Agraph_t *cluster_of(Agraph_t *g, const struct inn_drawing *d, const struct inn_node *n, char ***values,
			    size_t *nvalues, bool *failed)
{
	char value[512], name[64];
	size_t k = 0;
	Agraph_t *c;

	if (!d->o->cluster_by)
		return NULL;
	if (d->o->community && strcmp(d->o->cluster_by, "community") == 0)
		snprintf(value, sizeof(value), "%zu", d->o->community[n - d->m->nodes]);
	else if (!node_field(d->m, n, d->o->cluster_by, d->zh, value, sizeof(value)))
		return NULL;
	while (k < *nvalues && strcmp((*values)[k], value) != 0)
		k++;
	snprintf(name, sizeof(name), "cluster_by_%zu", k);
	if (k < *nvalues)
		return agsubg(g, name, 0);
	char **grown = realloc(*values, (k + 1) * sizeof(*grown));
	if (!grown || !(grown[k] = strdup(value))) {
		if (grown)
			*values = grown;
		*failed = true;
		return NULL;
	}
	*values = grown;
	(*nvalues)++;
	if (!(c = agsubg(g, name, 1))) {
		*failed = true;
		return NULL;
	}
	static const char *const look[] = {"style", "rounded", "color", "#AAAAAA", "fontcolor", "#333333", "fontsize", "13",
					   "labeljust", "l", "labelloc", "t", "margin", "12", NULL};
	inn_gv_set_all(c, look);
	/* the value names the cluster, with the attribute it is a value of */
	char text[600];
	snprintf(text, sizeof(text), "%s: %s", d->o->cluster_by, value);
	Agsym_t *sym = agattr(g, AGRAPH, "label", NULL);
	if (!sym)
		sym = agattr(g, AGRAPH, "label", "");
	if (!sym || inn_gv_set_text(c, sym, text) != 0)
		*failed = true;
	return c;
}

static int style_node(Agnode_t *n, const struct syms *s, const struct inn_drawing *d, size_t i)
{
	const struct inn_node *mn = &d->m->nodes[i];
	const struct inn_node_more *mnx = inn_node_more(d->m, mn);
	const struct inn_kind_style *ks = inn_drawing_kind_style(d, mn->kind);
	const struct inn_export_opts *o = d->o;
	const char *fill = ks->fillcolor, *fontcolor = ks->fontcolor, *url;
	struct inn_buf b = {0};
	char num[32], *label;
	int rc = 0;

	if (o->color.measure) {
		size_t np;
		const char *const *pal = inn_style_palette(d->st, &np);
		fill = isfinite(o->color.value[i]) ? pal[inn_drawing_color_step(d, o->color.value[i])] : "#FFFFFF";
		fontcolor = inn_style_text_on(fill);
	} else if (o->color_by_community && o->community) {
		fill = inn_community_fill(o->community[i]);
		fontcolor = inn_style_text_on(fill);
	}
	agxset(n, s->n_shape, (char *)ks->shape);
	agxset(n, s->n_style, (char *)ks->style);
	agxset(n, s->n_fill, (char *)fill);
	agxset(n, s->n_font, (char *)fontcolor);
	if (o->show_label && !o->show_label[i]) {
		/* a small mark: the tooltip still names it */
		agxset(n, s->n_label, "");
		agxset(n, s->n_width, "0.14");
		agxset(n, s->n_height, "0.14");
		agxset(n, s->n_fixed, "true");
	} else {
		if (!(label = node_label(d, mn)) || inn_gv_set_text(n, s->n_label, label) != 0)
			rc = -1;
		free(label);
	}
	if (o->size.measure) {
		double t = inn_drawing_size_t(d, o->size.value[i]);
		if (!o->show_label || o->show_label[i]) {
			inn_size_node(n, t);
		} else { /* a small mark, a circle of fixed size */
			snprintf(num, sizeof(num), "%g", 0.1 + 0.4 * t);
			agxset(n, s->n_height, num);
			agxset(n, s->n_width, num);
		}
	}
	css_name(&b, "node-", mn->id);
	if (!b.failed)
		agxset(n, s->n_id, b.s);
	b.len = 0;
	css_name(&b, "kind-", mn->kind ? mn->kind : "none");
	inn_buf_add(&b, o->node_state ? state_class[o->node_state[i] & 3] : "");
	if (!b.failed)
		agxset(n, s->n_class, b.s);
	b.len = 0;
	node_tooltip(&b, d, i);
	if (b.failed || inn_gv_set_text(n, s->n_tooltip, b.s) != 0)
		rc = -1;
	if ((url = find_url(mnx->provenance, mnx->attrs, mnx->nattrs))) {
		if (inn_gv_set_text(n, s->n_url, url) != 0)
			rc = -1;
		agxset(n, s->n_target, "_blank");
	}
	if (o->node_state)
		apply_state(n, true, o->node_state[i]);
	inn_buf_release(&b);
	return rc;
}

static int style_link(Agedge_t *e, const struct syms *s, const struct inn_drawing *d, size_t j)
{
	const struct inn_link *l = &d->m->links[j];
	const struct inn_link_more *lx = inn_link_more(d->m, l);
	struct inn_buf b = {0};
	const char *url;
	int rc = 0;

	style_edge(e, s, inn_style_relation(d->st, inn_link_relation(d->m, l)), d->m->directed);
	inn_buf_addf(&b, "link-%zu", j);
	if (!b.failed)
		agxset(e, s->e_id, b.s);
	b.len = 0;
	css_name(&b, "relation-", inn_link_relation(d->m, l) ? inn_link_relation(d->m, l) : "none");
	inn_buf_add(&b, d->o->link_state ? state_class[d->o->link_state[j] & 3] : "");
	if (!b.failed)
		agxset(e, s->e_class, b.s);
	b.len = 0;
	link_tooltip(&b, d->m, l);
	if (b.failed || inn_gv_set_text(e, s->e_tooltip, b.s) != 0)
		rc = -1;
	if ((url = find_url(lx->provenance, lx->attrs, lx->nattrs))) {
		if (inn_gv_set_text(e, s->e_url, url) != 0)
			rc = -1;
		agxset(e, s->e_target, "_blank");
	}
	if (d->o->width.attr) {
		double v = d->o->width.value[j];
		char pen[32];
		snprintf(pen, sizeof(pen), "%g", isfinite(v) ? inn_width_pen(inn_drawing_width_t(d, v)) : INN_WIDTH_NONE);
		agxset(e, s->e_penwidth, pen);
	}
	if (d->o->link_state)
		apply_state(e, false, d->o->link_state[j]);
	inn_buf_release(&b);
	return rc;
}

Agraph_t *inn_dot_build(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err)
{
	struct inn_drawing d = {.m = m, .o = o};
	struct inn_style *builtin = NULL;
	Agnode_t **nodes = NULL;
	char **values = NULL;
	size_t nvalues = 0;
	Agraph_t *g = NULL;
	struct syms s;
	bool ok = false, failed = false;

	inn_graphviz_quiet();
	cgraph_msg[0] = '\0';
	if (!(d.st = o->style) && !(d.st = builtin = inn_style_new()))
		goto out;
	d.zh = o->lang && strcmp(o->lang, "zh") == 0;
	d.font = inn_style_font(d.st, o->lang);
	if (!(nodes = calloc(m->nnodes ? m->nnodes : 1, sizeof(*nodes))))
		goto out;
	if (!(g = agopen("innonet", m->directed ? Agdirected : Agundirected, &inn_gv_disc)))
		goto out;
	declare(g, &s, d.font, m->directed);
	for (size_t i = 0; i < m->nnodes; i++) {
		if (remember(&d.kinds, &d.nkinds, m->nodes[i].kind) < 0)
			goto out;
		if (o->node_state)
			d.node_states[o->node_state[i] & 3] = true;
		if (o->show_label && !o->show_label[i])
			d.unlabelled++;
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		if (remember(&d.relations, &d.nrelations, inn_link_relation(m, &m->links[j])) < 0)
			goto out;
		if (o->link_state)
			d.link_states[o->link_state[j] & 3] = true;
	}
	if (o->size.measure)
		range(o->size.value, m->nnodes, &d.size_min, &d.size_max);
	if (o->color.measure) {
		range(o->color.value, m->nnodes, &d.color_min, &d.color_max);
		if (color_edges(&d, o->color.value, m->nnodes, err) < 0)
			goto out;
	}
	if (o->width.attr) {
		range(o->width.value, m->nlinks, &d.width_min, &d.width_max);
		if (!(d.width_sorted = malloc((m->nlinks + 1) * sizeof(*d.width_sorted))))
			goto out;
		for (size_t j = 0; j < m->nlinks; j++)
			if (isfinite(o->width.value[j]))
				d.width_sorted[d.nwidth++] = o->width.value[j];
		qsort(d.width_sorted, d.nwidth, sizeof(*d.width_sorted), cmp_double);
		if (o->width.scale == INN_SCALE_LOG && d.nwidth && d.width_min < 0) {
			inn_error_set(err, INN_EINPUT, "export: --width-scale log needs values of 0 or more, and '%s' goes down to %g",
				      o->width.attr, d.width_min);
			goto out;
		}
	}
	if (add_title(g, &d) < 0)
		goto out;
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *mn = &m->nodes[i];
		Agraph_t *c = cluster_of(g, &d, mn, &values, &nvalues, &failed);
		/* an id DOT text cannot carry is held under a stand-in that cgraph gives back as the id */
		/* (and an id that looks like a stand-in, so that it is not taken for one) */
		bool stand = dot_name_problem(mn->id) || strncmp(mn->id, INN_GV_STAND_IN, strlen(INN_GV_STAND_IN)) == 0;
		char *stand_in = stand ? inn_gv_stand_in(mn->id) : NULL;
		if (stand && !stand_in)
			goto out;
		Agnode_t *n = nodes[i] = agnode(g, stand_in ? stand_in : (char *)mn->id, 1);
		free(stand_in);
		if (!n || failed || (c && !agsubnode(c, n, 1)) || style_node(n, &s, &d, i) < 0)
			goto out;
		if (o->pin) {
			char pos[64];
			/* neato and fdp read pos in inches */
			snprintf(pos, sizeof(pos), "%.4f,%.4f!", o->pin[2 * i] / 72, o->pin[2 * i + 1] / 72);
			agsafeset(n, "pos", pos, "");
		}
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		Agedge_t *e = agedge(g, nodes[l->source], nodes[l->target], NULL, 1);
		if (!e || style_link(e, &s, &d, j) < 0)
			goto out;
	}
	if (o->legend && m->nnodes && inn_legend_add(g, &d) < 0)
		goto out;
	ok = true;
out:
	for (size_t k = 0; k < nvalues; k++)
		free(values[k]);
	free(values);
	free(nodes);
	free(d.kinds);
	free(d.relations);
	free(d.width_sorted);
	inn_style_free(builtin);
	if (!ok) {
		inn_error_set(err, INN_EFAIL, "building the diagram failed: %s",
			      cgraph_msg[0] ? cgraph_msg : "out of memory");
		if (g)
			agclose(g);
		return NULL;
	}
	return g;
}

/*
 * Why cgraph cannot write name as DOT that reads back as the same name, or NULL when it can;
 * such a name is built under a stand-in (draw_internal.h), which dot_names.c writes as the id.
 * Graphviz 2.42 writes a quote in a name as \" but leaves backslashes alone, its reader keeps \\
 * as two characters, joins lines at a backslash-newline (and reads a name of one newline as empty),
 * takes "-." for a number and writes it bare, and reads a name beginning with '%' as an anonymous
 * node's and renames it. Such DOT would not parse, or would hold other names.
 */
static const char *dot_name_problem(const char *name)
{
	size_t n = strlen(name);

	if (strcmp(name, "-.") == 0)
		return "Graphviz writes the name -. without quotes, as a number it is not";
	if (name[0] == '%')
		return "Graphviz renames a node whose name begins with '%'";
	if ((n && name[n - 1] == '\\') || strstr(name, "\\\""))
		return "Graphviz garbles a backslash at the end of a name or before a quote";
	if (strpbrk(name, "\n\r"))
		return "Graphviz does not keep a line break in a name";
	return NULL;
}

int inn_dot_write(Agraph_t *g, FILE *out, struct inn_error *err)
{
	/*
	 * Into memory first: cgraph gives up at the first failed write without saying why, so a full
	 * disk or a closed standard output is left to the output's own check (inn_output_commit, the
	 * standard-output check in main), which names the file and the system's reason.
	 */
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	inn_gv_raw_names = true; /* stand-ins written as they are, then replaced by the ids */
	int rc = mem ? agwrite(g, mem) : -1;
	inn_gv_raw_names = false;
	if (mem && fclose(mem) != 0)
		rc = -1;
	if (rc == 0)
		inn_dot_put_names(text, len, out);
	free(text);
	if (rc != 0)
		return inn_error_set(err, INN_EFAIL, "writing DOT failed: %s", inn_graphviz_message());
	return 0;
}
