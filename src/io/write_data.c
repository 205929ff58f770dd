/* write_data.c: the one entry point of the data writers: format names, and files written whole or not at all. */
#include <stdlib.h>
#include <string.h>

#include "innonet/inputs.h"
#include "innonet/output.h"
#include "write_internal.h"

static const struct {
	const char *name, *ext;
	enum inn_data_format format;
} formats[] = {
	{"graphml", "graphml", INN_DATA_GRAPHML},
	{"gexf", "gexf", INN_DATA_GEXF},
	{"csv", "csv", INN_DATA_CSV},
	{"json", "json", INN_DATA_JSON},
	{"pajek", "net", INN_DATA_PAJEK},
};

#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

bool inn_data_format_parse(const char *name, enum inn_data_format *f)
{
	for (size_t i = 0; name && i < NFORMATS; i++) {
		if (strcmp(name, formats[i].name) == 0) {
			*f = formats[i].format;
			return true;
		}
	}
	return false;
}

bool inn_data_format_of(const char *path, enum inn_data_format *f)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (!dot || strchr(dot, '/'))
		return false;
	for (size_t i = 0; i < NFORMATS; i++) {
		if (strcmp(dot + 1, formats[i].ext) == 0) {
			*f = formats[i].format;
			return true;
		}
	}
	return false;
}

const char *inn_data_format_name(enum inn_data_format f)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].format == f)
			return formats[i].name;
	return "?";
}

char *inn_write_links_path(const char *nodes_path)
{
	const char *dot = strrchr(nodes_path, '.'), *slash = strrchr(nodes_path, '/');
	size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - nodes_path) : strlen(nodes_path);
	char *p = malloc(stem + sizeof("-links.csv"));

	if (p) {
		memcpy(p, nodes_path, stem);
		strcpy(p + stem, "-links.csv");
	}
	return p;
}

static int write_one(FILE *out, const struct inn_model *m, const struct inn_columns *cols, enum inn_data_format f,
		     struct inn_error *err)
{
	switch (f) {
	case INN_DATA_GRAPHML: return inn_write_graphml(out, m, cols, err);
	case INN_DATA_GEXF: return inn_write_gexf(out, m, cols, err);
	case INN_DATA_JSON: return inn_write_json(out, m, cols, err);
	case INN_DATA_CSV: return inn_write_csv_nodes(out, m, cols, err);
	case INN_DATA_PAJEK: return inn_write_pajek(out, m, cols, err);
	}
	return -1;
}

/* Nodes and links, both or neither (inn_output_commit_all). */
static int write_csv_pair(const struct inn_model *m, const struct inn_columns *cols, const char *path,
			  struct inn_error *err)
{
	struct inn_output nodes = {0}, links = {0};
	struct inn_output *const both[] = {&nodes, &links};
	char *links_path = inn_write_links_path(path);
	int ret = -1;

	if (!links_path)
		return inn_error_set(err, INN_EFAIL, "%s: out of memory", path);
	/* both refused before either is opened (inn_output_open checks each again) */
	if (inn_input_guard(path, err) < 0 || inn_input_guard(links_path, err) < 0) {
		free(links_path);
		return -1;
	}
	if (inn_output_open(&nodes, path, err) < 0 || inn_output_open(&links, links_path, err) < 0 ||
	    inn_write_csv_nodes(nodes.fp, m, cols, err) < 0 || inn_write_csv_links(links.fp, m, cols ? cols->view : NULL, err) < 0)
		goto out;
	if (inn_output_commit_all(both, 2, err) < 0)
		goto out;
	ret = 0;
out:
	inn_output_abort(&links);
	inn_output_abort(&nodes);
	free(links_path);
	return ret;
}

int inn_write_data(const struct inn_model *m, const struct inn_columns *cols, enum inn_data_format f,
		   const char *path, struct inn_error *err)
{
	struct inn_output out = {0};
	bool to_stdout = !path || strcmp(path, "-") == 0;
	int ret = -1;

	if (f == INN_DATA_CSV) {
		if (to_stdout)
			return inn_error_set(err, INN_EINPUT,
					     "csv output is two files (nodes and links): give -o NODES.csv");
		return write_csv_pair(m, cols, path, err);
	}
	if (inn_output_open(&out, path, err) == 0 && write_one(out.fp, m, cols, f, err) == 0)
		ret = inn_output_commit(&out, err);
	inn_output_abort(&out);
	return ret;
}
