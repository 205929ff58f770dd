/* cmd_cut.c: `innonet cut A B`: the fewest nodes, and the fewest links, whose removal separates two nodes. */
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/output.h"
#include "innonet/structure.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
};

static const char *const node_columns[] = {"id", "label", "kind"};
static const char *const link_columns[] = {"source", "relation", "target", "source_label", "target_label"};

/* The result of a cut command: both cuts, per node and per link. */
struct cuts {
	size_t from, to;
	bool *vertex;   /* per node; owned */
	size_t nvertex;
	bool vertex_exists; /* false when from and to are linked directly */
	bool *edge;     /* per link; owned */
	size_t nedge;
};

/* A node of the vertex cut in row r from column col on: its id, label and kind. */
static void node_cells(struct inn_table *t, size_t r, size_t col, const struct inn_node *n)
{
	inn_cell_text(inn_table_cell(t, r, col), n->id);
	inn_cell_text(inn_table_cell(t, r, col + 1), inn_node_label(n));
	inn_cell_text(inn_table_cell(t, r, col + 2), n->kind);
}

/* A link of the edge cut in row r from column col on: source, relation, target and their labels. */
static void link_cells(struct inn_table *t, size_t r, size_t col, const struct inn_model *m, const struct inn_link *l)
{
	inn_cell_text(inn_table_cell(t, r, col), m->nodes[l->source].id);
	inn_cell_text(inn_table_cell(t, r, col + 1), inn_link_relation(m, l));
	inn_cell_text(inn_table_cell(t, r, col + 2), m->nodes[l->target].id);
	inn_cell_text(inn_table_cell(t, r, col + 3), inn_node_label(&m->nodes[l->source]));
	inn_cell_text(inn_table_cell(t, r, col + 4), inn_node_label(&m->nodes[l->target]));
}

static void write_text(FILE *out, const struct inn_model *m, const struct cuts *c, const char *view,
		       struct inn_error *err)
{
	const char *a = m->nodes[c->from].id, *b = m->nodes[c->to].id;
	struct inn_table t;

	inn_view_line(out, view);
	fputs("minimum vertex cut between ", out);
	inn_print_plain(out, a);
	fputs(" and ", out);
	inn_print_plain(out, b);
	if (!c->vertex_exists)
		fputs(": none (they are linked directly)\n", out);
	else if (c->nvertex == 0)
		fputs(": none needed (no path joins them)\n", out);
	else
		fprintf(out, ": %zu node%s\n\n", c->nvertex, c->nvertex == 1 ? "" : "s");
	if (c->vertex_exists && c->nvertex && inn_table_init(&t, node_columns, 3, c->nvertex, err) == 0) {
		for (size_t i = 0, r = 0; i < m->nnodes; i++)
			if (c->vertex[i])
				node_cells(&t, r++, 0, &m->nodes[i]);
		inn_table_write(&t, INN_FORMAT_TABLE, out);
		inn_table_release(&t);
	}
	fprintf(out, "\nminimum edge cut: ");
	if (c->nedge == 0)
		fputs("none needed (no path joins them)\n", out);
	else
		fprintf(out, "%zu link%s\n\n", c->nedge, c->nedge == 1 ? "" : "s");
	if (c->nedge && inn_table_init(&t, link_columns, 5, c->nedge, err) == 0) {
		for (size_t j = 0, r = 0; j < m->nlinks; j++)
			if (c->edge[j])
				link_cells(&t, r++, 0, m, &m->links[j]);
		inn_table_write(&t, INN_FORMAT_TABLE, out);
		inn_table_release(&t);
	}
}

static const char *const csv_columns[] = {"cut", "id", "label", "kind", "source", "relation", "target",
					  "source_label", "target_label"};

/*
 * CSV: one row per node of the vertex cut ("vertex", its id, label and kind), then one per link
 * of the edge cut ("edge", its ends and relation), the other columns empty. Two nodes linked
 * directly have no vertex rows: JSON tells that apart from a cut of no nodes (vertex_cut null).
 */
static void write_csv(FILE *out, const struct inn_model *m, const struct cuts *c, const char *view,
		      struct inn_error *err)
{
	size_t nv = c->vertex_exists ? c->nvertex : 0, r = 0;
	const struct inn_meta meta[] = {{"view", {.type = INN_CELL_TEXT, .text = view}}};
	struct inn_table t;

	if (inn_table_init(&t, csv_columns, 9, nv + c->nedge, err) < 0)
		return;
	t.meta = meta; /* a view column when a model option narrowed the network */
	t.nmeta = 1;
	for (size_t i = 0; nv && i < m->nnodes; i++) {
		if (!c->vertex[i])
			continue;
		inn_cell_text(inn_table_cell(&t, r, 0), "vertex");
		node_cells(&t, r++, 1, &m->nodes[i]);
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		if (!c->edge[j])
			continue;
		inn_cell_text(inn_table_cell(&t, r, 0), "edge");
		link_cells(&t, r++, 4, m, &m->links[j]);
	}
	inn_table_write(&t, INN_FORMAT_CSV, out);
	inn_table_release(&t);
}

static void write_json(FILE *out, const struct inn_model *m, const struct cuts *c, const char *view)
{
	bool first = true;

	fputs("{\n  \"model\": ", out);
	inn_json_string(out, m->name ? m->name : m->origin);
	fputs(",\n  \"from\": ", out);
	inn_json_id(out, &m->nodes[c->from]);
	fputs(",\n  \"to\": ", out);
	inn_json_id(out, &m->nodes[c->to]);
	if (*view) { /* only when a model option narrowed the network */
		fputs(",\n  \"view\": ", out);
		inn_json_string(out, view);
	}
	/* null when the two are linked directly: then no set of other nodes separates them */
	fputs(",\n  \"vertex_cut\": ", out);
	if (c->vertex_exists) {
		fprintf(out, "{\"size\": %zu, \"nodes\": [", c->nvertex);
		for (size_t i = 0; i < m->nnodes; i++) {
			if (!c->vertex[i])
				continue;
			fputs(first ? "\n    {\"id\": " : ",\n    {\"id\": ", out);
			inn_json_id(out, &m->nodes[i]);
			fputs(", \"label\": ", out);
			inn_json_string(out, inn_node_label(&m->nodes[i]));
			fputs(", \"kind\": ", out);
			inn_json_text(out, m->nodes[i].kind);
			fputc('}', out);
			first = false;
		}
		fputs(first ? "]}" : "\n  ]}", out);
	} else {
		fputs("null", out);
	}
	fprintf(out, ",\n  \"edge_cut\": {\"size\": %zu, \"links\": [", c->nedge);
	first = true;
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if (!c->edge[j])
			continue;
		fputs(first ? "\n    {\"source\": " : ",\n    {\"source\": ", out);
		inn_json_id(out, &m->nodes[l->source]);
		fputs(", \"relation\": ", out);
		inn_json_text(out, inn_link_relation(m, l));
		fputs(", \"target\": ", out);
		inn_json_id(out, &m->nodes[l->target]);
		fputs(", \"source_label\": ", out);
		inn_json_string(out, inn_node_label(&m->nodes[l->source]));
		fputs(", \"target_label\": ", out);
		inn_json_string(out, inn_node_label(&m->nodes[l->target]));
		fputc('}', out);
		first = false;
	}
	fputs(first ? "]}\n}\n" : "\n  ]}\n}\n", out);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	enum inn_format format;
	struct inn_output out = {0};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	struct cuts c = {0};
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	int ret = -1;

	if (a->noperands < 2) {
		inn_error_set(err, INN_EINPUT, "cut: needs two nodes (innonet cut A B [MODEL])");
		goto out;
	}
	if (inn_cmd_format(a, &format, err) < 0)
		goto out;
	if (!(m = inn_cmd_load_pair(a, &c.from, &c.to, err)))
		goto out;
	if (c.from == c.to) {
		inn_error_set(err, INN_EINPUT, "cut: '%s' and '%s' are the same node", a->operand[0], a->operand[1]);
		goto out;
	}
	c.vertex = calloc(m->nnodes + 1, sizeof(*c.vertex));
	c.edge = calloc(m->nlinks + 1, sizeof(*c.edge));
	if (!c.vertex || !c.edge) {
		inn_error_set(err, INN_EFAIL, "cut: out of memory");
		goto out;
	}
	if (inn_net_init(&net, m, err) < 0 ||
	    inn_min_vertex_cut(&net, c.from, c.to, c.vertex, &c.nvertex, &c.vertex_exists, err) < 0 ||
	    inn_min_edge_cut(&net, c.from, c.to, c.edge, &c.nedge, err) < 0 ||
	    inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_JSON)
		write_json(out.fp, m, &c, view);
	else if (format == INN_FORMAT_CSV)
		write_csv(out.fp, m, &c, view, err);
	else
		write_text(out.fp, m, &c, view, err);
	if (inn_error_is_set(err))
		goto out;
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	free(c.edge);
	free(c.vertex);
	inn_net_release(&net);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_cut = {
	.name = "cut",
	.run = run,
	.summary = "the fewest nodes, and the fewest links, that separate two nodes",
	.usage = "[options] A B [MODEL]",
	.description =
		"Find a minimum vertex cut (the fewest other nodes whose removal leaves no path from A\n"
		"to B) and a minimum edge cut (the fewest links), by id and label: the single points of\n"
		"failure between two organizations. A and B are ids, or labels that name one node each.\n"
		"Paths follow link direction on a directed model. Two nodes linked directly have no\n"
		"vertex cut; parallel links each count in the edge cut. When several cuts are minimum,\n"
		"one of them is shown (the same one every run).",
	INN_OPTIONS(options),
	.max_operands = 3,
	.examples = "  innonet cut DoD NIST                  what stands between the Pentagon and NIST\n"
		    "  innonet cut --format json EOP ORNL\n"
		    "  innonet cut --format csv DoD NIST     one row per node and per link of the cuts\n"
		    "  innonet cut --project institute IACMI LIFT\n",
};
