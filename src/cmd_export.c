/* cmd_export.c: `innonet export`: the network as DOT or a rendered SVG diagram. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/export.h"
#include "innonet/output.h"
#include "innonet/whatif.h"
#include "innonet/write.h"

static const struct inn_option options[] = {
	{"format", 'f', "FORMAT", "dot, svg, or graphml, gexf, csv, json (default: from -o, else svg)"},
	{"output", 'o', "FILE", "write to FILE instead of standard output ('-': stdout)"},
	INN_MODEL_OPTIONS,
	{"no-legend", 0, NULL, "leave out the legend of kinds and relations"},
	{"quiet", 'q', NULL, "do not report the file written"},
	{"scenario", 0, "FILE", "draw a scenario's after-state: removed elements greyed, cut-off nodes marked"},
};

static const char *const formats[] = {"dot", "svg"};

static const char *format_of(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	for (size_t i = 0; dot && i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(dot + 1, formats[i]) == 0)
			return formats[i];
	return NULL;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_export_opts eo = INN_EXPORT_OPTS_INIT;
	const char *path = inn_arg(a, "output"), *format = inn_arg(a, "format");
	struct inn_output out = {0};
	struct inn_model *m = NULL;
	unsigned char *node_state = NULL, *link_state = NULL;
	Agraph_t *g = NULL;
	int ret = -1;

	/* the data formats (GraphML, GEXF, CSV, node-link JSON) are write_*.c's */
	if (inn_export_data_wanted(format, path))
		return inn_export_data(a, err);
	if (format && strcmp(format, "dot") != 0 && strcmp(format, "svg") != 0) {
		inn_error_set(err, INN_EINPUT, "export: unknown format '%s' (dot or svg)", format);
		goto out;
	}
	if (!format && path && strcmp(path, "-") && !(format = format_of(path))) {
		inn_error_set(err, INN_EINPUT, "export: cannot tell the format of '%s': use --format dot|svg", path);
		goto out;
	}
	if (!format)
		format = "svg";
	eo.legend = !inn_flag(a, "no-legend");
	if (!(m = inn_cmd_load(a, err)) ||
	    (inn_arg(a, "scenario") && inn_whatif_draw_states(&m, inn_arg(a, "scenario"), &node_state, &link_state, err) < 0))
		goto out;
	eo.node_state = node_state;
	eo.link_state = link_state;
	if (!(g = inn_dot_build(m, &eo, err)) ||
	    inn_output_open(&out, path, a->noperands ? a->operand[0] : NULL, err) < 0)
		goto out;
	if (strcmp(format, "dot") == 0 ? inn_dot_write(g, out.fp, err) : inn_render(g, "dot", format, out.fp, err))
		goto out;
	if (inn_output_commit(&out, err) < 0)
		goto out;
	if (path && strcmp(path, "-") && !inn_flag(a, "quiet"))
		inn_notice("wrote %s (%s, %zu nodes, %zu links)", path, format, m->nnodes, m->nlinks);
	ret = 0;
out:
	inn_output_abort(&out);
	if (g)
		agclose(g);
	inn_model_free(m);
	free(node_state);
	free(link_state);
	return ret;
}

const struct inn_command inn_cmd_export = {
	.name = "export",
	.run = run,
	.summary = "draw the network (DOT, SVG) or write it as data (GraphML, GEXF, CSV, JSON)",
	.usage = "[options] [MODEL]",
	.description = "Draw the network with Graphviz, in-process: node shape and colour by kind, line\n"
		       "style by relation, and a legend of the kinds and relations drawn. DOT output is the\n"
		       "graph before layout, for any Graphviz layout program. GraphML, GEXF, CSV and node-link\n"
		       "JSON write the network as data, every measure of 'innonet rank' added as a node\n"
		       "attribute; csv writes two files, FILE.csv (nodes) and FILE-links.csv, and needs -o.\n"
		       "docs/formats.md lists what each format keeps.",
	.options = options,
	.noptions = sizeof(options) / sizeof(options[0]),
	.max_operands = 1,
	.examples = "  innonet export -o nnmi.svg            the built-in NNMI model as an SVG diagram\n"
		    "  innonet export --format dot model.json > model.dot\n"
		    "  innonet export -o nnmi.gexf           for Gephi, every measure a node column\n"
		    "  innonet export -o nnmi.csv            nnmi.csv (nodes, measures) and nnmi-links.csv\n"
		    "  innonet export -o net.graphml --links links.csv --nodes nodes.csv\n",
};
