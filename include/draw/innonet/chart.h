/* chart.h: a small line chart written as SVG, byte for byte the same for the same data; no igraph here. */
#ifndef INNONET_CHART_H
#define INNONET_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct inn_chart_series {
	const char *name;  /* shown in the legend; borrowed */
	const double *y;   /* one value per point; borrowed */
	bool dashed;
};

struct inn_chart {
	const char *title, *x_label, *y_label; /* borrowed */
	size_t npoints;
	const double *x;                       /* increasing; borrowed */
	const struct inn_chart_series *series; /* borrowed */
	size_t nseries;
	bool y_fixed;       /* use y_min..y_max; otherwise 0 to a rounded-up maximum */
	double y_min, y_max;
	bool x_integer;     /* label the x axis with whole numbers (years, steps) */
	double y_scale;     /* y values are divided by this on the axis labels (1e6 for millions); 0 = 1 */
};

/* Write c as a standalone SVG document. Nothing can fail but the writes, which the caller checks. */
void inn_chart_svg(const struct inn_chart *c, FILE *out);

#endif
