/* cmd_communities.c: `innonet communities`: groups of nodes more linked inside than chance (Leiden, Louvain). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/buf.h"
#include "innonet/commands.h"
#include "innonet/communities.h"
#include "innonet/graph.h"
#include "innonet/output.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	{"method", 'm', "METHOD", "leiden (default) or louvain"},
	{"resolution", 'r', "R", "modularity's resolution (default 1; larger: more, smaller communities)"},
	{"seed", 0, "S", "seed of the randomized search (default 1): same input and seed, same output"},
	{"trials", 't', "N", "run the search N times from the seed on, keep the highest modularity (default 10; 1 from 10,000 nodes)"},
	{"weight", 'w', "ATTR", "read the link attribute ATTR as a strength (default: unweighted)"},
	{"undirected", 'u', NULL, "read a directed model's links without direction (required on one)"},
	{"central", 'c', "N", "list the N most central members of each community (default 3)"},
	{"format", 'f', "FORMAT", "table (default), csv (id,label,kind,community) or json"},
	INN_OUTPUT_OPTION,
	INN_MODEL_OPTIONS,
};

struct opts {
	struct inn_community_opts co;
	enum inn_format format;
	size_t central;
	const char *view; /* inn_cmd_view() of the command line; borrowed */
};

static int parse_opts(const struct inn_args *a, struct opts *o, struct inn_error *err)
{
	const char *s;
	size_t n;

	o->co = (struct inn_community_opts){.method = INN_COMMUNITY_LEIDEN, .resolution = 1, .seed = 1, .trials = 0};
	o->format = INN_FORMAT_TABLE;
	o->central = 3;
	o->view = "";
	if ((s = inn_arg(a, "method"))) {
		if (strcmp(s, "louvain") == 0)
			o->co.method = INN_COMMUNITY_LOUVAIN;
		else if (strcmp(s, "leiden") != 0)
			return inn_error_set(err, INN_EINPUT, "communities: unknown method '%s' (leiden or louvain)", s);
	}
	if ((s = inn_arg(a, "resolution")) && (!inn_parse_real(s, &o->co.resolution) || o->co.resolution <= 0))
		return inn_error_set(err, INN_EINPUT, "communities: --resolution needs a positive number, not '%s'", s);
	if ((s = inn_arg(a, "seed"))) {
		if (!inn_parse_count(s, &n) || n > 0xffffffffu)
			return inn_error_set(err, INN_EINPUT, "communities: --seed needs a whole number below 2^32, not '%s'", s);
		o->co.seed = (unsigned long)n;
	}
	if ((s = inn_arg(a, "trials")) && (!inn_parse_count(s, &o->co.trials) || o->co.trials == 0 || o->co.trials > 1000))
		return inn_error_set(err, INN_EINPUT, "communities: --trials needs a whole number from 1 to 1000, not '%s'", s);
	o->co.weight = inn_arg(a, "weight");
	if (o->co.weight && !*o->co.weight)
		return inn_error_set(err, INN_EINPUT, "communities: --weight needs an attribute name");
	if ((s = inn_arg(a, "central")) && !inn_parse_count(s, &o->central))
		return inn_error_set(err, INN_EINPUT, "communities: --central needs a whole number, not '%s'", s);
	return inn_cmd_format(a, &o->format, err);
}

/* The rows of the CSV and JSON forms: one node each, in model order. */
static const char *const node_columns[] = {"id", "label", "kind", "community"};

struct node_rows {
	const struct inn_model *m;
	const struct inn_partition *p;
};

static void node_row(void *ctx, size_t r, struct inn_cell *cells)
{
	const struct node_rows *nr = ctx;
	const struct inn_node *n = &nr->m->nodes[r];

	inn_cell_text(&cells[0], n->id);
	cells[0].bare = n->id_is_int;
	inn_cell_text(&cells[1], inn_node_label(n));
	inn_cell_text(&cells[2], n->kind);
	inn_cell_int(&cells[3], (long long)nr->p->community[r] + 1);
}

/* Members of one community in order of strength, strongest first, then model order. */
struct member {
	double strength;
	size_t node;
};

static int cmp_member(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	if (x->strength != y->strength)
		return x->strength < y->strength ? 1 : -1;
	return (x->node > y->node) - (x->node < y->node);
}

struct tally {
	const char *kind; /* borrowed from the model; NULL: no kind */
	size_t count;
};

static int cmp_tally(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	return inn_kind_count_cmp(x->count, x->kind, y->count, y->kind);
}

/*
 * kinds[c] = "company 5, university 2" and central[c] = the ids of its most central members,
 * strings the caller frees. Members are gathered community by community: n log n overall.
 */
static int summaries(const struct inn_model *m, const struct inn_partition *p, size_t ncentral, char **kinds,
		     char **central, struct inn_error *err)
{
	size_t n = m->nnodes, k = p->ncommunities;
	size_t *start = calloc(k + 1, sizeof(*start));
	struct member *mem = malloc((n ? n : 1) * sizeof(*mem));
	struct tally *t = malloc((n ? n : 1) * sizeof(*t));
	int ret = -1;

	if (!start || !mem || !t) {
		inn_error_set(err, INN_EFAIL, "communities: out of memory");
		goto out;
	}
	for (size_t c = 0; c < k; c++)
		start[c + 1] = start[c] + p->size[c];
	for (size_t i = 0; i < n; i++) {
		size_t c = p->community[i];
		mem[start[c]++] = (struct member){p->strength[i], i};
	}
	for (size_t c = k; c > 0; c--) /* start[c] now holds the end of c: shift back */
		start[c] = start[c - 1];
	start[0] = 0;
	for (size_t c = 0; c < k; c++) {
		struct member *cm = mem + start[c];
		size_t size = p->size[c], nt = 0;
		struct inn_buf kb = {0}, cb = {0};
		char num[32];

		/* kinds: sort the members' kinds by name to count them, then by count */
		for (size_t i = 0; i < size; i++)
			t[i] = (struct tally){m->nodes[cm[i].node].kind, 1};
		qsort(t, size, sizeof(*t), cmp_tally); /* equal counts: by name, so equal kinds are adjacent */
		for (size_t i = 0; i < size; i++) {
			if (nt && (t[nt - 1].kind == t[i].kind ||
				   (t[nt - 1].kind && t[i].kind && strcmp(t[nt - 1].kind, t[i].kind) == 0)))
				t[nt - 1].count++;
			else
				t[nt++] = t[i];
		}
		qsort(t, nt, sizeof(*t), cmp_tally);
		for (size_t i = 0; i < nt; i++) {
			snprintf(num, sizeof(num), " %zu", t[i].count);
			inn_buf_add(&kb, i ? ", " : "");
			inn_buf_add(&kb, t[i].kind ? t[i].kind : "(no kind)");
			inn_buf_add(&kb, num);
		}
		qsort(cm, size, sizeof(*cm), cmp_member);
		for (size_t i = 0; i < size && i < ncentral; i++) {
			inn_buf_add(&cb, i ? ", " : "");
			inn_buf_add(&cb, m->nodes[cm[i].node].id);
		}
		if (ncentral && size > ncentral)
			inn_buf_add(&cb, ", ...");
		inn_buf_add(&kb, "");
		inn_buf_add(&cb, "");
		kinds[c] = kb.s;
		central[c] = cb.s;
		if (kb.failed || cb.failed) {
			inn_error_set(err, INN_EFAIL, "communities: out of memory");
			goto out;
		}
	}
	ret = 0;
out:
	free(t);
	free(mem);
	free(start);
	return ret;
}

static const char *method_name(const struct inn_community_opts *co)
{
	return co->method == INN_COMMUNITY_LEIDEN ? "leiden" : "louvain";
}

static int write_table(FILE *out, const struct inn_model *m, const struct opts *o, const struct inn_partition *p,
		       struct inn_error *err)
{
	static const char *const cols[] = {"community", "size", "kinds", "most central"};
	size_t k = p->ncommunities;
	char **kinds = calloc(k ? k : 1, sizeof(*kinds)), **central = calloc(k ? k : 1, sizeof(*central));
	char num[64];
	struct inn_table t = {0};
	int ret = -1;

	if (!kinds || !central) {
		inn_error_set(err, INN_EFAIL, "communities: out of memory");
		goto out;
	}
	if (summaries(m, p, o->central, kinds, central, err) < 0 || inn_table_init(&t, cols, o->central ? 4 : 3, k, err) < 0)
		goto out;
	fputs("communities of ", out);
	inn_print_plain(out, m->name ? m->name : m->origin);
	fputc('\n', out);
	if (*o->view) { /* as stats' view row: only when a model option narrowed the network */
		fputs("view         ", out);
		inn_print_plain(out, o->view);
		fputc('\n', out);
	}
	inn_fmt_double(num, sizeof(num), o->co.resolution);
	fprintf(out, "method       %s, resolution %s, seed %lu, best of %zu%s\n", method_name(&o->co), num,
		o->co.seed, o->co.trials,
		o->co.weight ? ", weighted" : "");
	if (isnan(p->modularity)) {
		fputs("modularity   undefined (no links)\n", out);
	} else {
		inn_fmt_fixed(num, sizeof(num), p->modularity, 6);
		fprintf(out, "modularity   %s\n", num);
	}
	fprintf(out, "communities  %zu\n\n", k);
	for (size_t c = 0; c < k; c++) {
		inn_cell_int(inn_table_cell(&t, c, 0), (long long)c + 1);
		inn_cell_int(inn_table_cell(&t, c, 1), (long long)p->size[c]);
		inn_cell_text(inn_table_cell(&t, c, 2), kinds[c]);
		if (o->central)
			inn_cell_text(inn_table_cell(&t, c, 3), central[c]);
	}
	inn_table_write(&t, INN_FORMAT_TABLE, out);
	ret = 0;
out:
	inn_table_release(&t);
	for (size_t c = 0; c < k && kinds && central; c++) {
		free(kinds[c]);
		free(central[c]);
	}
	free(central);
	free(kinds);
	return ret;
}

static int write_rows(FILE *out, const struct inn_model *m, const struct opts *o, const struct inn_partition *p,
		      struct inn_error *err)
{
	struct node_rows nr = {m, p};
	const char *view = o->view;
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->name ? m->name : m->origin}},
		{"method", {.type = INN_CELL_TEXT, .text = method_name(&o->co)}},
		{"resolution", {.type = INN_CELL_REAL, .x = o->co.resolution}},
		{"seed", {.type = INN_CELL_INT, .i = (long long)o->co.seed}},
		{"trials", {.type = INN_CELL_INT, .i = (long long)o->co.trials}},
		{"weight", {.type = o->co.weight ? INN_CELL_TEXT : INN_CELL_NULL, .text = o->co.weight}},
		{"modularity", {.type = isnan(p->modularity) ? INN_CELL_NULL : INN_CELL_REAL, .x = p->modularity}},
		{"communities", {.type = INN_CELL_INT, .i = (long long)p->ncommunities}},
		/* last, and only when a model option narrowed the network */
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	struct inn_table t;

	if (inn_table_init_rows(&t, node_columns, 4, m->nnodes, node_row, &nr, err) < 0)
		return -1;
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]) - (*view == '\0');
	t.rows_key = "nodes";
	inn_table_write(&t, o->format, out);
	inn_table_release(&t);
	return 0;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	struct inn_output out = {0};
	struct inn_model *m = NULL;
	struct inn_net net = {0};
	struct inn_partition p = {0};
	struct opts o;
	char view_text[512];
	int ret = -1;

	if (parse_opts(a, &o, err) < 0 || !(m = inn_cmd_load(a, err)))
		goto out;
	o.view = inn_cmd_view(a, view_text, sizeof(view_text));
	/* a large network's single run varies little, and ten would cost ten times python-igraph's one */
	if (o.co.trials == 0)
		o.co.trials = m->nnodes < 10000 ? 10 : 1;
	if (m->directed && !inn_flag(a, "undirected")) {
		inn_error_set(err, INN_EINPUT,
			      "communities: %s is directed: modularity is optimised here without direction; add --undirected",
			      m->origin);
		goto out;
	}
	if (inn_net_init(&net, m, err) < 0 || inn_communities(&net, &o.co, &p, err) < 0 ||
	    inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if ((o.format == INN_FORMAT_TABLE ? write_table(out.fp, m, &o, &p, err) : write_rows(out.fp, m, &o, &p, err)) < 0)
		goto out;
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	inn_partition_release(&p);
	inn_net_release(&net);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_communities = {
	.name = "communities",
	.run = run,
	.summary = "groups of organizations more linked among themselves than chance (Leiden, Louvain)",
	.usage = "[options] [MODEL]",
	.description =
		"Partition the nodes into communities that maximise modularity (Newman's Q, with the\n"
		"resolution gamma of Reichardt and Bornholdt): Leiden (igraph's community_leiden with the\n"
		"modularity objective, repeated until the partition no longer changes) or Louvain\n"
		"(igraph's multilevel method, then single nodes moved until no move raises modularity),\n"
		"each run --trials times (default 10, or 1 from 10,000\n"
		"nodes), the partition of highest modularity kept. Links are read without direction; parallel links are one\n"
		"link whose weight is the sum of theirs. Both searches are randomized: --seed fixes them,\n"
		"so the same input and seed give the same bytes. Communities are numbered by size,\n"
		"largest first, ties by their first node in model order; each is listed with its kinds\n"
		"and its most central members (by degree, or strength with --weight). The modularity is\n"
		"that of the printed partition (networkx.community.modularity gives the same to 1e-9).",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet communities                       the communities of the 2016 network\n"
		    "  innonet communities --method louvain --seed 7\n"
		    "  innonet communities --format csv -o communities.csv\n"
		    "  innonet communities --resolution 2          smaller communities\n",
};
