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

/*
 * Every measure of the table that applies to the model, with its defaults, as `rank --by NAME`
 * gives it. A measure that does not apply (a directed-only one on an undirected model) or cannot
 * be computed here (Katz's default alpha too large, a negative weight for strength) is left out
 * with a notice rather than failing the export. *kept counts the columns written.
 */
static int compute(const struct inn_model *m, const char **names, double **values, size_t *kept,
		   struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const struct inn_measure *ms;
	struct inn_net net = {0};
	size_t count;
	int ret = -1;

	*kept = 0;
	ms = inn_measures(&count);
	if (inn_net_init(&net, m, err) < 0)
		return -1;
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
			inn_notice("export: left out %s: %s", ms[k].name, why.msg);
			free(v);
			continue;
		}
		names[*kept] = ms[k].name;
		values[(*kept)++] = v;
	}
	ret = 0;
out:
	inn_net_release(&net);
	return ret;
}

int inn_export_data(const struct inn_args *a, struct inn_error *err)
{
	const char *path = inn_arg(a, "output"), *format = inn_arg(a, "format");
	struct inn_columns cols = {0};
	enum inn_data_format f;
	struct inn_model *m = NULL;
	const char **names = NULL;
	double **values = NULL;
	size_t count, kept = 0;
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
	if (compute(m, names, values, &kept, err) < 0)
		goto out;
	cols.count = kept;
	cols.names = names;
	cols.values = (const double *const *)values;
	if (inn_write_data(m, &cols, f, path, err) < 0)
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
	for (size_t k = 0; values && k < kept; k++)
		free(values[k]);
	free(values);
	free(names);
	inn_model_free(m);
	return ret;
}
