/*
 * export_data.c: `innonet export` in a data format (graphml, gexf, csv, json): the model, every
 * measure of the measure table as node columns, and the writer of write_data.c. The measures
 * are computed here, so that the writers stay free of igraph.
 */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measures.h"
#include "innonet/write.h"

bool inn_export_data_wanted(const char *format, const char *path)
{
	enum inn_data_format f;

	if (format)
		return inn_data_format_parse(format, &f);
	return path && strcmp(path, "-") != 0 && inn_data_format_of(path, &f);
}

/* Every measure of the table with its defaults (unweighted, raw), as `rank --by NAME` gives it. */
static int compute(const struct inn_model *m, const char **names, double **values, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *ms;
	struct inn_net net = {0};
	size_t count;
	int ret = -1;

	ms = inn_measures(&count);
	if (inn_net_init(&net, m, err) < 0)
		return -1;
	for (size_t k = 0; k < count; k++) {
		names[k] = ms[k].name;
		if (!(values[k] = calloc(m->nnodes + 1, sizeof(double)))) {
			inn_error_set(err, INN_EFAIL, "export: out of memory");
			goto out;
		}
		if (ms[k].compute(&net, &mo, values[k], err) < 0)
			goto out;
	}
	ret = 0;
out:
	inn_net_release(&net);
	return ret;
}

int inn_export_data(const struct inn_args *a, struct inn_error *err)
{
	const char *path = inn_arg(a, "output"), *format = inn_arg(a, "format");
	const char *links = inn_has_option(a, "links") ? inn_arg(a, "links") : NULL;
	const char *nodes = inn_has_option(a, "nodes") ? inn_arg(a, "nodes") : NULL;
	const char *inputs[] = {a->noperands ? a->operand[0] : links, nodes, NULL};
	struct inn_columns cols = {0};
	enum inn_data_format f;
	struct inn_model *m = NULL;
	const char **names = NULL;
	double **values = NULL;
	size_t count;
	int ret = -1;

	if (format ? !inn_data_format_parse(format, &f) : !inn_data_format_of(path, &f))
		return inn_error_set(err, INN_EINPUT, "export: unknown format '%s'", format ? format : path);
	if (!(m = inn_cmd_load(a, err)))
		goto out;
	inn_measures(&count);
	names = calloc(count, sizeof(*names));
	values = calloc(count, sizeof(*values));
	if (!names || !values) {
		inn_error_set(err, INN_EFAIL, "export: out of memory");
		goto out;
	}
	if (compute(m, names, values, err) < 0)
		goto out;
	cols.count = count;
	cols.names = names;
	cols.values = (const double *const *)values;
	if (inn_write_data(m, &cols, f, path, inputs, err) < 0)
		goto out;
	if (path && strcmp(path, "-") != 0 && !(inn_has_option(a, "quiet") && inn_flag(a, "quiet"))) {
		if (f == INN_DATA_CSV) {
			char *lp = inn_write_links_path(path);
			inn_notice("wrote %s and %s (csv, %zu nodes, %zu links)", path, lp ? lp : "its links", m->nnodes,
				   m->nlinks);
			free(lp);
		} else {
			inn_notice("wrote %s (%s, %zu nodes, %zu links)", path, inn_data_format_name(f), m->nnodes, m->nlinks);
		}
	}
	ret = 0;
out:
	for (size_t k = 0; values && k < count; k++)
		free(values[k]);
	free(values);
	free(names);
	inn_model_free(m);
	return ret;
}
