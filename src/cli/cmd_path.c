/* cmd_path.c: `innonet path A B`: every shortest path between two nodes, step by step with its link. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/measure_options.h"
#include "innonet/output.h"
#include "innonet/structure.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	{"weight", 'w', "ATTR", "read the link attribute ATTR as a distance (default: hops)"},
	{"weight-is", 0, "WHAT", "with --weight: distance (default) or strength, whose inverse 1/w is then the distance"},
	{"top", 'n', "N", "list only the first N paths, in order of their node ids (0: all, the default)"},
	/* -n is --top in every command that lists (rank, diff, whatif): --max keeps no letter */
	{"max", 0, "N", "the same as --top (its earlier name)"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
};

static const char *const columns[] = {"path", "step", "id", "label", "kind", "link", "distance"};

/* "DoD sponsors america-makes": the link as it reads in the model, whichever way it was walked. */
static char *link_text(const struct inn_model *m, const struct inn_link *l)
{
	const char *s = m->nodes[l->source].id, *t = m->nodes[l->target].id;
	const char *rel = inn_link_relation(m, l) ? inn_link_relation(m, l) : (m->directed ? "->" : "--");
	size_t size = strlen(s) + strlen(rel) + strlen(t) + 3;
	char *text = malloc(size);

	if (text)
		snprintf(text, size, "%s %s %s", s, rel, t);
	return text;
}

static int write_paths(const struct inn_args *a, const struct inn_model *m, size_t from, size_t to,
		       const struct inn_paths *p, bool truncated, enum inn_format format, struct inn_error *err)
{
	const char *weight = inn_arg(a, "weight");
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"from", {.type = INN_CELL_TEXT, .text = m->nodes[from].id, .bare = m->nodes[from].id_is_int}},
		{"to", {.type = INN_CELL_TEXT, .text = m->nodes[to].id, .bare = m->nodes[to].id_is_int}},
		{"weight", {.type = weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = weight}},
		{"found", {.type = INN_CELL_INT, .i = (long long)p->found}},
		{"listed", {.type = INN_CELL_INT, .i = (long long)p->npaths}},
		/* the links on each path; with weights, paths of equal distance may differ: null */
		{"links", {.type = p->npaths && !weight ? INN_CELL_INT : INN_CELL_NULL,
			   .i = p->npaths ? (long long)inn_path_links(p, 0) : 0}},
		{"distance", {.type = p->found ? INN_CELL_REAL : INN_CELL_NULL, .x = p->distance}},
		/* last, and only when a model option narrowed the network */
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	size_t nrows = p->npaths ? p->offset[p->npaths] : 0;
	char **texts = calloc(nrows + 1, sizeof(*texts));
	struct inn_output out = {0};
	struct inn_table t = {0};
	int ret = -1;

	if (!texts || inn_table_init(&t, columns, sizeof(columns) / sizeof(columns[0]), nrows, err) < 0) {
		if (!texts)
			inn_error_set(err, INN_EFAIL, "path: out of memory");
		goto out;
	}
	t.rows_key = "steps";
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (*view == '\0');
	for (size_t k = 0; k < p->npaths; k++) {
		double dist = 0;
		for (size_t s = 0; s <= inn_path_links(p, k); s++) {
			size_t r = p->offset[k] + s, step = p->offset[k] - k + s - 1; /* the link that reached row r */
			const struct inn_node *n = &m->nodes[p->nodes[r]];
			inn_cell_int(inn_table_cell(&t, r, 0), (long long)(k + 1));
			inn_cell_int(inn_table_cell(&t, r, 1), (long long)s);
			inn_cell_text(inn_table_cell(&t, r, 2), n->id);
			inn_table_cell(&t, r, 2)->bare = n->id_is_int;
			inn_cell_text(inn_table_cell(&t, r, 3), inn_node_label(n));
			inn_cell_text(inn_table_cell(&t, r, 4), n->kind);
			if (s > 0) {
				if (!(texts[r] = link_text(m, &m->links[p->links[step]]))) {
					inn_error_set(err, INN_EFAIL, "path: out of memory");
					goto out;
				}
				inn_cell_text(inn_table_cell(&t, r, 5), texts[r]);
				dist += p->steps[step];
			}
			if (weight)
				inn_cell_real(inn_table_cell(&t, r, 6), dist);
			else
				inn_cell_int(inn_table_cell(&t, r, 6), (long long)s);
		}
	}
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_TABLE) {
		/* the view first, then one line saying what the table lists, so it reads alone */
		inn_view_line(out.fp, view);
		t.view_said = true;
		fprintf(out.fp, "%zu shortest path%s from ", p->found, p->found == 1 ? "" : "s");
		inn_print_plain(out.fp, m->nodes[from].id);
		fputs(" to ", out.fp);
		inn_print_plain(out.fp, m->nodes[to].id);
		if (p->found && weight) {
			char d[64];
			inn_fmt_double(d, sizeof(d), p->distance);
			fprintf(out.fp, ", distance %s by '%s'", d, weight);
		} else if (p->found) {
			size_t links = inn_path_links(p, 0);
			fprintf(out.fp, ", %zu link%s each", links, links == 1 ? "" : "s");
		} else {
			fputs(m->directed ? " (none follows the links' direction)" : " (they are not connected)", out.fp);
		}
		if (truncated)
			fprintf(out.fp, "; the first %zu listed", p->npaths);
		fputs("\n", out.fp);
		if (p->npaths)
			fputc('\n', out.fp);
	}
	if (format != INN_FORMAT_TABLE || p->npaths)
		inn_table_write(&t, format, out.fp);
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	inn_table_release(&t);
	for (size_t r = 0; texts && r < nrows; r++)
		free(texts[r]);
	free(texts);
	return ret;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	const char *weight = inn_arg(a, "weight"), *weight_is = inn_arg(a, "weight-is"), *s;
	enum inn_weight_role role = INN_WEIGHT_DISTANCE;
	enum inn_format format;
	struct inn_paths p = {0};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	size_t from, to, max = 0;
	bool truncated = false;
	int ret = -1;

	if (a->noperands < 2) {
		inn_error_set(err, INN_EINPUT, "path: needs two nodes (innonet path A B [MODEL])");
		goto out;
	}
	if (inn_cmd_format(a, &format, err) < 0)
		goto out;
	if (inn_arg(a, "top") && inn_arg(a, "max")) {
		inn_error_set(err, INN_EINPUT, "path: --top and --max are one option: give one of them");
		goto out;
	}
	/* 0 is "all", as in rank, diff and whatif: one meaning for -n everywhere */
	if ((s = inn_arg(a, "top") ? inn_arg(a, "top") : inn_arg(a, "max")) && !inn_parse_count(s, &max)) {
		inn_error_set(err, INN_EINPUT, "path: --%s needs a whole number (0: all), not '%s'",
			      inn_arg(a, "top") ? "top" : "max", s);
		goto out;
	}
	if (weight && !*weight) {
		inn_error_set(err, INN_EINPUT, "path: --weight needs an attribute name");
		goto out;
	}
	if (weight_is && strcmp(weight_is, "distance") != 0 && strcmp(weight_is, "strength") != 0) {
		inn_error_set(err, INN_EINPUT, "path: --weight-is is distance or strength, not '%s'", weight_is);
		goto out;
	}
	if (weight_is && !weight) {
		inn_error_set(err, INN_EINPUT, "path: --weight-is needs --weight ATTR");
		goto out;
	}
	/* a strength (a tie's money, its members) is a distance by its inverse, as the measures read it */
	if (weight_is && strcmp(weight_is, "strength") == 0)
		role = INN_WEIGHT_STRENGTH_AS_DISTANCE;
	if (!(m = inn_cmd_load_pair(a, &from, &to, err)))
		goto out;
	if (weight && inn_cmd_weight_carried("path", m, weight, err) < 0)
		goto out;
	if (from == to) {
		inn_error_set(err, INN_EINPUT, "path: '%s' and '%s' are the same node", a->operand[0], a->operand[1]);
		goto out;
	}
	if (inn_net_init(&net, m, err) < 0 || inn_shortest_paths_as(&net, from, to, weight, role, max, &p, &truncated, err) < 0)
		goto out;
	ret = write_paths(a, m, from, to, &p, truncated, format, err);
out:
	inn_paths_release(&p);
	inn_net_release(&net);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_path = {
	.name = "path",
	.run = run,
	.summary = "every shortest path between two nodes, each step with its link",
	.usage = "[options] A B [MODEL]",
	.description =
		"List every shortest path from node A to node B (each an id, or a label that names one\n"
		"node), the evidence behind a betweenness score. Each row is one node of a path: step 0\n"
		"is A; later rows give the link that reached the node, as it reads in the model\n"
		"(\"DoD sponsors america-makes\"), and the distance so far. Paths follow link direction on\n"
		"a directed model and are listed in order of their node ids; parallel links count once.\n"
		"Two nodes with no path between them give a table of no paths and status 0.",
	INN_OPTIONS(options),
	.max_operands = 3,
	.examples = "  innonet path DoD NIST                        how the Pentagon reaches NIST\n"
		    "  innonet path 'America Makes' PowerAmerica    by label\n"
		    "  innonet path --format csv DoD ORNL model.json\n"
		    "  innonet path --weight km A B model.json      the link attribute 'km' as distance\n"
		    "  innonet path -w amount_usd --weight-is strength DoD NIST graphs/manufacturing-usa-2025.json\n"
		    "  innonet path --as-of 2014 DoD DMDII          as the network stood in 2014\n"
		    "  innonet path -n 2 DoD companies              the first 2 of the 6 paths\n",
};
