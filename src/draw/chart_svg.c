/* chart_svg.c: line charts as SVG text: fixed size, fixed number formats, series in a fixed palette. */
#include "innonet/chart.h"

#include <math.h>
#include <string.h>

#include "innonet/text.h"

#define W 820.0
#define H 420.0 /* the plot and its axes; the legend's rows go below */
#define LEFT 80.0
#define RIGHT 30.0
#define TOP 40.0
#define BOTTOM 60.0
#define LEGEND_ROW 20.0
/* No printable ASCII glyph of DejaVu Sans at 12 px is wider than 12 px (the widest is '@'): a name of
 * n display columns fits in 12n. */
#define GLYPH_MAX 12.0

/* Okabe-Ito colours: told apart by readers with colour-vision deficiencies. */
static const char *const palette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};

static void xml_text(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		default:
			if ((unsigned char)*s >= 0x20 || *s == '\t')
				fputc(*s, out);
		}
	}
}

/* A coordinate with two decimals, the same text on every platform. */
static void coord(FILE *out, double v)
{
	char buf[32];

	inn_fmt_fixed(buf, sizeof(buf), v, 2);
	fputs(buf, out);
}

/* A round step giving about `want` intervals over span: 1, 2 or 5 times a power of ten. */
static double nice_step(double span, int want)
{
	double raw = span / want, mag = pow(10, floor(log10(raw))), f = raw / mag;

	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/* An axis label: up to 3 decimals, trailing zeros dropped. */
static void label(FILE *out, double v)
{
	char buf[64];
	size_t n;

	inn_fmt_fixed(buf, sizeof(buf), v, 3);
	n = strlen(buf);
	if (strchr(buf, '.')) {
		while (n && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n && buf[n - 1] == '.')
			buf[--n] = '\0';
	}
	xml_text(out, strcmp(buf, "-0") == 0 ? "0" : buf);
}

void inn_chart_svg(const struct inn_chart *c, FILE *out)
{
	double x0 = c->npoints ? c->x[0] : 0, x1 = c->npoints ? c->x[c->npoints - 1] : 1;
	double y0 = 0, y1 = 0, scale = c->y_scale > 0 ? c->y_scale : 1, pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
	double height = H + LEGEND_ROW * (double)c->nseries + 6;

	if (c->y_fixed) {
		y0 = c->y_min;
		y1 = c->y_max;
	} else {
		for (size_t s = 0; s < c->nseries; s++)
			for (size_t i = 0; i < c->npoints; i++)
				if (isfinite(c->series[s].y[i]) && c->series[s].y[i] > y1)
					y1 = c->series[s].y[i];
		if (y1 <= 0)
			y1 = scale;
		double step = nice_step(y1, 5);
		y1 = ceil(y1 / step - 1e-9) * step;
	}
	if (x1 <= x0)
		x1 = x0 + 1;
	if (y1 <= y0)
		y1 = y0 + 1;
#define PX(v) (LEFT + ((v) - x0) / (x1 - x0) * pw)
#define PY(v) (TOP + ph - ((v) - y0) / (y1 - y0) * ph)
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
		     "font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n",
		     W, height, W, height);
	fputs("<title>", out);
	xml_text(out, c->title);
	fprintf(out, "</title>\n<rect width=\"%.0f\" height=\"%.0f\" fill=\"#FFFFFF\"/>\n", W, height);
	fprintf(out, "<text class=\"title\" x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">", W / 2);
	xml_text(out, c->title);
	fputs("</text>\n<g class=\"axes\" stroke=\"#444444\" fill=\"none\">\n", out);
	fprintf(out, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>\n", LEFT, TOP + ph, LEFT + pw, TOP + ph);
	fprintf(out, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>\n</g>\n", LEFT, TOP, LEFT, TOP + ph);
	/* y ticks and grid */
	double ys = nice_step(y1 - y0, 5);
	fputs("<g class=\"y-ticks\">\n", out);
	for (int k = 0; k <= 20; k++) {
		double v = y0 + k * ys;
		if (v > y1 + ys * 1e-9)
			break;
		fputs("<line x1=\"80.00\" x2=\"", out);
		coord(out, LEFT + pw);
		fputs("\" y1=\"", out);
		coord(out, PY(v));
		fputs("\" y2=\"", out);
		coord(out, PY(v));
		fputs("\" stroke=\"#DDDDDD\"/><text x=\"74.00\" y=\"", out);
		coord(out, PY(v) + 4);
		fputs("\" text-anchor=\"end\">", out);
		label(out, v / scale);
		fputs("</text>\n", out);
	}
	fputs("</g>\n<g class=\"x-ticks\">\n", out);
	double xs = c->x_integer ? fmax(1, nice_step(x1 - x0, 10)) : nice_step(x1 - x0, 8);
	for (int k = 0; k <= 40; k++) {
		double v = ceil(x0 / xs - 1e-9) * xs + k * xs;
		if (v > x1 + xs * 1e-9)
			break;
		fputs("<text x=\"", out);
		coord(out, PX(v));
		fputs("\" y=\"", out);
		coord(out, TOP + ph + 18);
		fputs("\" text-anchor=\"middle\">", out);
		label(out, v);
		fputs("</text>\n", out);
	}
	fputs("</g>\n<text class=\"x-label\" x=\"", out);
	coord(out, LEFT + pw / 2);
	fputs("\" y=\"", out);
	coord(out, H - 16);
	fputs("\" text-anchor=\"middle\">", out);
	xml_text(out, c->x_label);
	fputs("</text>\n<text class=\"y-label\" transform=\"translate(18 ", out);
	coord(out, TOP + ph / 2);
	fputs(") rotate(-90)\" text-anchor=\"middle\">", out);
	xml_text(out, c->y_label);
	fputs("</text>\n", out);
	for (size_t s = 0; s < c->nseries; s++) {
		const char *colour = palette[s % (sizeof(palette) / sizeof(palette[0]))];
		fprintf(out, "<g class=\"series\" id=\"series-%zu\">\n<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"",
			s, colour, c->series[s].dashed ? " stroke-dasharray=\"6 4\"" : "");
		bool first = true;
		for (size_t i = 0; i < c->npoints; i++) {
			if (!isfinite(c->series[s].y[i]))
				continue;
			if (!first)
				fputc(' ', out);
			first = false;
			coord(out, PX(c->x[i]));
			fputc(',', out);
			coord(out, PY(c->series[s].y[i]));
		}
		fputs("\"/>\n</g>\n", out);
		/*
		 * The legend entry, a row under the x axis's label the whole width of the chart: beside
		 * the plot, a long name ran past the edge. A name too long even for that row is
		 * narrowed to fit (textLength), never cut off.
		 */
		double ly = H + LEGEND_ROW * (double)s, room = W - (LEFT + 30) - 10;
		fprintf(out, "<g class=\"legend\"><line x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"2\"%s/>",
			LEFT, LEFT + 24, ly, ly, colour, c->series[s].dashed ? " stroke-dasharray=\"6 4\"" : "");
		fprintf(out, "<text x=\"%.2f\" y=\"%.2f\"", LEFT + 30, ly + 4);
		if (GLYPH_MAX * (double)inn_display_width(c->series[s].name) > room)
			fprintf(out, " textLength=\"%.2f\" lengthAdjust=\"spacingAndGlyphs\"", room);
		fputc('>', out);
		xml_text(out, c->series[s].name);
		fputs("</text></g>\n", out);
	}
	fputs("</svg>\n", out);
#undef PX
#undef PY
}
