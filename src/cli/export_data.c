/*
 * export_data.c: `innonet export` in a data format (graphml, gexf, csv, json): the model, every
 * measure of the measure table as node columns, and the writer of write_data.c. The measures
 * are computed here, so that the writers stay free of igraph.
 */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/measures.h"
#include "innonet/drawing.h"
#include "innonet/write.h"

#include "export_data.h"

bool inn_export_data_wanted(const char *format, const char *path)
{
	enum inn_data_format f;

	if (format)
		return inn_data_format_parse(format, &f);
	return path && strcmp(path, "-") != 0 && inn_data_format_of(path, &f);
}

/*
 * The view as the graph attribute "view" (JSON's graph.view, a GraphML graph key), replacing one
 * the file had: what is written is that network, not the file's. -1 when out of memory.
 */
static int set_view(struct inn_model *m, const char *view)
{
	return inn_model_set_graph_attr(m, "view", (struct inn_value){.type = INN_VAL_STRING, .text = view});
}

/*
 * Every measure of the table that applies to the model, with the measure options given
 * (--weight, --normalized, --damping, --alpha, --beta), as `rank --by all` gives it. A measure that does not apply (a directed-only one on an undirected model) or cannot
 * be computed here (Katz's default alpha too large, a negative weight for strength) is left out
 * with a notice rather than failing the export. *kept counts the columns written.
 */
static int compute(const struct inn_args *a, const struct inn_model *m, const char **names, double **values,
		   size_t *kept, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *ms, **applies = NULL;
	struct inn_net net = {0};
	size_t count, napplies = 0;
	int ret = -1;

	*kept = 0;
	ms = inn_measures(&count);
	if (inn_cmd_measure_opts(a, &mo, err) < 0)
		return -1;
	if (inn_net_init(&net, m, err) < 0)
		return -1;
	/* the options given against the columns about to be written */
	if (!(applies = calloc(count, sizeof(*applies)))) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	for (size_t k = 0; k < count; k++)
		if (inn_measure_applies(&ms[k], m))
			applies[napplies++] = &ms[k];
	if (inn_cmd_measure_check(a, &net, applies, napplies, &mo, err) < 0)
		goto out;
	for (size_t k = 0; k < count; k++) {
		struct inn_error why;
		double *v = calloc(m->nnodes + 1, sizeof(double));
		if (!v) {
			inn_error_set(err, INN_EFAIL, "export: out of memory");
			goto out;
		}
		if (!inn_measure_applies(&ms[k], m)) {
			free(v);
			continue;
		}
		inn_error_init(&why);
		if (inn_measure_compute(&ms[k], &net, &mo, v, &why) != 0) {
			inn_notice("export: %s left out: %s", ms[k].name, why.msg);
			free(v);
			continue;
		}
		names[*kept] = ms[k].name;
		values[(*kept)++] = v;
	}
	ret = 0;
out:
	free(applies);
	inn_net_release(&net);
	return ret;
}

/*
 * The options of `export` that choose what a drawing shows or how it looks. A data format writes
 * the whole network with every measure, so each of them is refused rather than ignored: an
 * analyst who asks for --ego and gets all the nodes has been misled.
 */
static const char *const drawing_only[] = {"layout",    "style", "size-by", "color-by",  "color-scale", "width-by", "width-scale",
					   "label-by",  "lang",  "cluster-by", "kind",   "ego",
					   "radius",    "highlight", "ranks", "title", "no-legend", "scenario"};

static int refuse_drawing_options(const struct inn_args *a, enum inn_data_format f, struct inn_error *err)
{
	const char *format = inn_data_format_name(f);
	/* GraphML and GEXF carry a layout of their own (inn_drawing_make), whose engine --layout chooses */
	bool laid_out = f == INN_DATA_GEXF || f == INN_DATA_GRAPHML;

	for (size_t k = 0; k < sizeof(drawing_only) / sizeof(drawing_only[0]); k++) {
		if (laid_out && strcmp(drawing_only[k], "layout") == 0)
			continue;
		if (inn_flag(a, drawing_only[k])) /* given, with or without a value */
			return inn_error_set(err, INN_EINPUT,
					     "export: --%s is for drawings (dot, svg, png, pdf); %s holds the whole network",
					     drawing_only[k], format);
	}
	return 0;
}

int inn_export_data(const struct inn_args *a, struct inn_error *err)
{
	const char *path = inn_arg(a, "output"), *format = inn_arg(a, "format");
	struct inn_columns cols = {0};
	struct inn_drawing drawing = {0};
	enum inn_data_format f;
	struct inn_model *m = NULL;
	const char **names = NULL;
	double **values = NULL;
	size_t count, kept = 0;
	char view[512];
	int ret = -1;

	if (inn_arg(a, "over"))
		return inn_error_set(err, INN_EINPUT, "export: --over draws small multiples: svg, png, pdf or dot, not %s",
				     format ? format : path);
	if (format ? !inn_data_format_parse(format, &f) : !inn_data_format_of(path, &f))
		return inn_error_set(err, INN_EINPUT, "export: unknown format '%s'", format ? format : path);
	if (refuse_drawing_options(a, f, err) < 0)
		return -1;
	if (!(m = inn_cmd_load(a, err)))
		goto out;
	/* what the model options made of the network, said where each format can say it */
	inn_cmd_view(a, view, sizeof(view));
	if (*view && set_view(m, view) < 0) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	cols.view = view;
	inn_measures(&count);
	names = calloc(count, sizeof(*names));
	values = calloc(count, sizeof(*values));
	if (!names || !values) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	if (compute(a, m, names, values, &kept, err) < 0)
		goto out;
	cols.count = kept;
	cols.names = names;
	cols.values = (const double *const *)values;
	/*
	 * GEXF and GraphML carry the diagram too (Gephi's viz:, yEd's graphics), laid out as the SVG
	 * would be. At every size: with overlaps removed by innonet rather than Graphviz's prism, the
	 * layout costs about what the measures do (docs/formats.md).
	 */
	const char *engine = inn_has_option(a, "layout") ? inn_arg(a, "layout") : NULL;
	bool quiet = inn_has_option(a, "quiet") && inn_flag(a, "quiet");
	if (f == INN_DATA_GEXF || f == INN_DATA_GRAPHML) {
		if (inn_drawing_make(m, engine, &drawing, err) < 0)
			goto out;
		cols.drawing = &drawing;
	}
	if (inn_write_data(m, &cols, f, path, err) < 0)
		goto out;
	if (path && strcmp(path, "-") != 0 && !quiet) {
		if (f == INN_DATA_CSV) {
			char *lp = inn_write_links_path(path);
			inn_notice("wrote %s and %s (csv, %zu node%s, %zu link%s)", path, lp ? lp : "its links", m->nnodes,
				   m->nnodes == 1 ? "" : "s", m->nlinks, m->nlinks == 1 ? "" : "s");
			free(lp);
		} else {
			inn_notice("wrote %s (%s, %zu node%s, %zu link%s)", path, inn_data_format_name(f), m->nnodes,
				   m->nnodes == 1 ? "" : "s", m->nlinks, m->nlinks == 1 ? "" : "s");
		}
	}
	ret = 0;
out:
	inn_drawing_release(&drawing);
	for (size_t k = 0; values && k < kept; k++)
		free(values[k]);
	free(values);
	free(names);
	inn_model_free(m);
	return ret;
}
