/* cmd_stats.c: `innonet stats`: what the network is made of and how it holds together. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/mixing.h"
#include "innonet/output.h"
#include "innonet/profile.h"
#include "innonet/stats.h"
#include "innonet/table.h"
#include "innonet/text.h"
#include "series.h"

static const struct inn_option options[] = {
	{"format", 'f', "FORMAT", "table (default), csv (one statistic a row) or json"},
	{"verbose", 'v', NULL, "list the members of every component"},
	INN_OUTPUT_OPTION,
	INN_MODEL_OPTIONS,
	INN_DIRECTION_OPTIONS,
	INN_SERIES_OPTIONS,
};

#define LABEL_WIDTH 30

/* A list of items after a label, wrapped at 79 columns under the values. */
struct list {
	FILE *out;
	int col;
	bool first;
};

static void list_start(struct list *l, FILE *out, const char *label, const char *head)
{
	l->out = out;
	l->col = fprintf(out, "%-*s%s", LABEL_WIDTH, label, head);
	l->first = true;
}

static void list_item(struct list *l, const char *a, const char *sep, const char *b)
{
	int w = (int)(inn_display_width(a) + (b ? strlen(sep) + inn_display_width(b) : 0));

	if (!l->first) {
		fputc(',', l->out);
		l->col++;
	}
	if (!l->first && l->col + 1 + w > 79) {
		fprintf(l->out, "\n%*s", LABEL_WIDTH, "");
		l->col = LABEL_WIDTH;
	} else if (!l->first || l->col > LABEL_WIDTH) {
		fputc(' ', l->out);
		l->col++;
	}
	inn_print_plain(l->out, a);
	if (b) {
		fputs(sep, l->out);
		inn_print_plain(l->out, b);
	}
	l->col += w;
	l->first = false;
}

static void list_end(struct list *l)
{
	fputc('\n', l->out);
}

static const char *link_sep(const struct inn_model *m)
{
	return m->directed ? " -> " : " -- ";
}

/* Component sizes, a run of equal sizes written once with its count ("1 x4"). */
static void write_sizes(FILE *out, const char *label, const struct inn_component *c, size_t n)
{
	struct list l;
	char head[32], item[48];

	snprintf(head, sizeof(head), "%zu: sizes", n);
	list_start(&l, out, label, head);
	for (size_t k = 0; k < n;) {
		size_t r = k;
		while (r < n && c[r].size == c[k].size)
			r++;
		if (r - k > 1)
			snprintf(item, sizeof(item), "%zu x%zu", c[k].size, r - k);
		else
			snprintf(item, sizeof(item), "%zu", c[k].size);
		list_item(&l, item, NULL, NULL);
		k = r;
	}
	list_end(&l);
}

static void write_members(FILE *out, const struct inn_model *m, const struct inn_component *c, size_t n)
{
	char label[48];
	struct list l;

	for (size_t k = 0; k < n; k++) {
		snprintf(label, sizeof(label), "  %zu (%zu)", k + 1, c[k].size);
		list_start(&l, out, label, "");
		for (size_t i = 0; i < c[k].size; i++)
			list_item(&l, m->nodes[c[k].members[i]].id, NULL, NULL);
		list_end(&l);
	}
}

static void write_real(FILE *out, const char *label, double x, const char *undefined)
{
	char buf[64];

	if (isnan(x)) {
		fprintf(out, "%-*s%s\n", LABEL_WIDTH, label, undefined);
		return;
	}
	inn_fmt_fixed(buf, sizeof(buf), x, 6);
	fprintf(out, "%-*s%s\n", LABEL_WIDTH, label, buf);
}

static void write_tallies(FILE *out, const struct inn_tally *t, size_t n, const char *none)
{
	for (size_t k = 0; k < n; k++) {
		const char *name = t[k].name ? t[k].name : none;
		int pad = LABEL_WIDTH - 2 - (int)inn_display_width(name);
		fputs("  ", out);
		inn_print_plain(out, name);
		fprintf(out, "%*s%zu\n", pad > 1 ? pad : 1, "", t[k].count);
	}
}

static const char *distances_of(const struct inn_stats *s)
{
	if (s->distance_whole)
		return "the whole network";
	return s->directed ? "the largest strongly connected component" : "the largest component";
}

static void write_mixing(FILE *out, const struct inn_mixing *x);

static void write_table(FILE *out, const struct inn_model *m, const struct inn_stats *s, const struct inn_mixing *x,
			bool verbose, const char *view)
{
	struct list l;
	char head[64];

	fprintf(out, "%-*s", LABEL_WIDTH, "network");
	inn_print_plain(out, m->name ? m->name : m->origin);
	fprintf(out, " (%s)\n", s->directed ? "directed" : "undirected");
	if (*view) {
		fprintf(out, "%-*s", LABEL_WIDTH, "view");
		inn_print_plain(out, view);
		fputc('\n', out);
	}
	fprintf(out, "%-*s%zu\n", LABEL_WIDTH, "nodes", s->nnodes);
	write_tallies(out, s->kinds, s->nkinds, "(no kind)");
	fprintf(out, "%-*s%zu\n", LABEL_WIDTH, "links", s->nlinks);
	write_tallies(out, s->relations, s->nrelations, "(no relation)");
	write_real(out, "density", s->density, "");
	write_sizes(out, s->directed ? "weak components" : "components", s->weak, s->nweak);
	if (verbose)
		write_members(out, m, s->weak, s->nweak);
	if (s->directed) {
		write_sizes(out, "strong components", s->strong, s->nstrong);
		if (verbose)
			write_members(out, m, s->strong, s->nstrong);
	}
	snprintf(head, sizeof(head), "%zu%s", s->narticulation, s->narticulation ? ":" : "");
	list_start(&l, out, "articulation points", head);
	for (size_t i = 0; i < s->nnodes; i++)
		if (s->articulation[i])
			list_item(&l, m->nodes[i].id, NULL, NULL);
	list_end(&l);
	snprintf(head, sizeof(head), "%zu%s", s->nbridges, s->nbridges ? ":" : "");
	list_start(&l, out, "bridges", head);
	for (size_t j = 0; j < s->nlinks; j++)
		if (s->bridge[j])
			list_item(&l, m->nodes[m->links[j].source].id, link_sep(m), m->nodes[m->links[j].target].id);
	list_end(&l);
	fprintf(out, "%-*s%zu\n", LABEL_WIDTH, "vertex connectivity", s->vertex_connectivity);
	fprintf(out, "%-*s%zu\n", LABEL_WIDTH, "edge connectivity", s->edge_connectivity);
	fprintf(out, "%-*s%s (%zu of %zu nodes)\n", LABEL_WIDTH, "distances in", distances_of(s), s->distance_nodes,
		s->nnodes);
	if (isnan(s->diameter)) { /* the empty network */
		fprintf(out, "%-*s%s\n", LABEL_WIDTH, "  diameter", "undefined (no nodes)");
		fprintf(out, "%-*s%s\n", LABEL_WIDTH, "  radius", "undefined (no nodes)");
	} else {
		fprintf(out, "%-*s%.0f\n", LABEL_WIDTH, "  diameter", s->diameter);
		fprintf(out, "%-*s%.0f\n", LABEL_WIDTH, "  radius", s->radius);
	}
	write_real(out, "  average shortest path", s->average_path_length, "undefined (no nodes)");
	write_real(out, "transitivity", s->transitivity, "");
	write_real(out, "average clustering", s->average_clustering, "undefined (no nodes)");
	write_real(out, "degree assortativity", s->degree_assortativity, "undefined (the degrees at the ends of links do not vary)");
	write_real(out, "assortativity by kind", s->kind_assortativity,
		   s->has_kinds ? "undefined (one kind only)" : "undefined (no node has a kind)");
	list_start(&l, out, "k-cores (k: nodes)", s->max_core ? "" : "none (no links)");
	for (size_t k = 1; k <= s->max_core; k++) {
		char item[48];
		snprintf(item, sizeof(item), "%zu: %zu", k, s->core_sizes[k - 1]);
		list_item(&l, item, NULL, NULL);
	}
	list_end(&l);
	write_mixing(out, x);
}

/* How the network keeps to kinds; on a directed model, its triads and reciprocity. */
static void write_mixing(FILE *out, const struct inn_mixing *x)
{
	struct list l;
	char item[64], num[32];

	write_real(out, "modularity by kind", x->kind_modularity, "undefined (no links)");
	write_real(out, "E-I index by kind", x->ei, "undefined (no links)");
	for (size_t k = 0; k < x->nkinds; k++) {
		const char *name = x->kinds[k].kind ? x->kinds[k].kind : "(no kind)";
		int pad = LABEL_WIDTH - 2 - (int)inn_display_width(name);
		fputs("  ", out);
		inn_print_plain(out, name);
		if (isnan(x->kinds[k].ei))
			snprintf(num, sizeof(num), "undefined");
		else
			inn_fmt_fixed(num, sizeof(num), x->kinds[k].ei, 6);
		fprintf(out, "%*s%s (%zu external, %zu internal)\n", pad > 1 ? pad : 1, "", num, x->kinds[k].external,
			x->kinds[k].internal);
	}
	if (!x->directed)
		return;
	write_real(out, "reciprocity", x->reciprocity, "undefined (no links)");
	list_start(&l, out, "triad census", "");
	for (int t = 0; t < 16; t++) {
		snprintf(item, sizeof(item), "%s: %.0f", inn_triad_names[t], x->triads[t]);
		list_item(&l, item, NULL, NULL);
	}
	list_end(&l);
}

/*
 * The network-level profile `compare` puts side by side (profile.h), for this one model: the
 * rows stats does not already give in its own terms.
 */
struct profile {
	struct inn_profile_row *rows; /* owned */
	size_t n;
};

/* Everything stats says about one network, computed together and released together. */
struct measured {
	struct inn_net net;
	struct inn_stats s;
	struct inn_mixing x;
	struct inn_profile pr;
	struct profile p;
};

static int measure(const struct inn_model *m, struct measured *ms, struct inn_error *err);
static void measured_release(struct measured *ms);

static void write_profile(FILE *out, const struct profile *p)
{
	char label[96];

	for (size_t r = 0; r < p->n; r++) {
		const struct inn_profile_row *row = &p->rows[r];
		if (!row->of) {
			write_real(out, row->label, row->value, "undefined");
			continue;
		}
		/* the kinds under their measure, as the counts by kind are listed */
		if (r == 0 || strcmp(p->rows[r - 1].key, row->key) != 0)
			fprintf(out, "%s\n", row->label);
		snprintf(label, sizeof(label), "  %s", row->of);
		if (inn_display_width(label) >= LABEL_WIDTH - 1) {
			fputs("  ", out);
			inn_print_plain(out, row->of);
			fputc('\n', out);
			label[0] = '\0';
		}
		write_real(out, label, row->value, "undefined");
	}
}

static void json_tallies(FILE *out, const char *key, const char *field, const struct inn_tally *t, size_t n)
{
	fprintf(out, "  \"%s\": [", key);
	for (size_t k = 0; k < n; k++) {
		fprintf(out, "%s{\"%s\": ", k ? ", " : "", field);
		inn_json_text(out, t[k].name);
		fprintf(out, ", \"count\": %zu}", t[k].count);
	}
	fputs("],\n", out);
}

static void json_components(FILE *out, const struct inn_model *m, const char *key, const struct inn_component *c,
			    size_t n, bool verbose)
{
	fprintf(out, "  \"%s\": [", key);
	for (size_t k = 0; k < n; k++) {
		fprintf(out, "%s{\"size\": %zu", k ? ", " : "", c[k].size);
		if (verbose) {
			fputs(", \"members\": [", out);
			for (size_t i = 0; i < c[k].size; i++) {
				if (i)
					fputs(", ", out);
				inn_json_id(out, &m->nodes[c[k].members[i]]);
			}
			fputc(']', out);
		}
		fputc('}', out);
	}
	fputs("],\n", out);
}

static void json_mixing(FILE *out, const struct inn_mixing *x)
{
	fputs(",\n  \"kind_modularity\": ", out);
	inn_json_number(out, x->kind_modularity);
	fputs(",\n  \"ei_index\": ", out);
	inn_json_number(out, x->ei);
	fputs(",\n  \"ei_by_kind\": [", out);
	for (size_t k = 0; k < x->nkinds; k++) {
		fputs(k ? ", {\"kind\": " : "{\"kind\": ", out);
		inn_json_text(out, x->kinds[k].kind);
		fprintf(out, ", \"external\": %zu, \"internal\": %zu, \"ei\": ", x->kinds[k].external, x->kinds[k].internal);
		inn_json_number(out, x->kinds[k].ei);
		fputc('}', out);
	}
	fputs("],\n  \"reciprocity\": ", out);
	inn_json_number(out, x->directed ? x->reciprocity : NAN);
	fputs(",\n  \"triad_census\": ", out);
	if (!x->directed) {
		fputs("null", out);
		return;
	}
	for (int t = 0; t < 16; t++)
		fprintf(out, "%s\"%s\": %.0f", t ? ", " : "{", inn_triad_names[t], x->triads[t]);
	fputc('}', out);
}

static void json_profile(FILE *out, const struct profile *p)
{
	fputs(",\n  \"profile\": [", out);
	for (size_t r = 0; r < p->n; r++) {
		fprintf(out, "%s{\"measure\": \"%s\", \"of\": ", r ? ", " : "", p->rows[r].key);
		inn_json_text(out, p->rows[r].of);
		fputs(", \"value\": ", out);
		inn_json_number(out, p->rows[r].value);
		fputc('}', out);
	}
	fputc(']', out);
}

/* The members "key": x for each of the n keys, sep between them. */
static void json_numbers(FILE *out, const char *sep, const char *const *keys, const double *x, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		fprintf(out, "%s\"%s\": ", k ? sep : "", keys[k]);
		inn_json_number(out, x[k]);
	}
}

static void write_json(FILE *out, const struct inn_model *m, const struct inn_stats *s, const struct inn_mixing *x,
		       const struct profile *p, bool verbose, const char *view)
{
	bool first = true;

	fputs("{\n  \"model\": ", out);
	inn_json_string(out, m->name ? m->name : m->origin);
	if (*view) {
		fputs(",\n  \"view\": ", out);
		inn_json_string(out, view);
	}
	fprintf(out, ",\n  \"directed\": %s,\n  \"nodes\": %zu,\n  \"links\": %zu,\n", s->directed ? "true" : "false",
		s->nnodes, s->nlinks);
	json_tallies(out, "nodes_by_kind", "kind", s->kinds, s->nkinds);
	json_tallies(out, "links_by_relation", "relation", s->relations, s->nrelations);
	fputs("  \"density\": ", out);
	inn_json_number(out, s->density);
	fputs(",\n", out);
	json_components(out, m, "weak_components", s->weak, s->nweak, verbose);
	if (s->directed)
		json_components(out, m, "strong_components", s->strong, s->nstrong, verbose);
	else
		fputs("  \"strong_components\": null,\n", out);
	fputs("  \"articulation_points\": [", out);
	for (size_t i = 0; i < s->nnodes; i++) {
		if (!s->articulation[i])
			continue;
		fputs(first ? "" : ", ", out);
		inn_json_id(out, &m->nodes[i]);
		first = false;
	}
	fputs("],\n  \"bridges\": [", out);
	first = true;
	for (size_t j = 0; j < s->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		if (!s->bridge[j])
			continue;
		fputs(first ? "{\"source\": " : ", {\"source\": ", out);
		inn_json_id(out, &m->nodes[l->source]);
		fputs(", \"target\": ", out);
		inn_json_id(out, &m->nodes[l->target]);
		fputs(", \"relation\": ", out);
		inn_json_text(out, inn_link_relation(m, l));
		fputc('}', out);
		first = false;
	}
	fprintf(out, "],\n  \"vertex_connectivity\": %zu,\n  \"edge_connectivity\": %zu,\n", s->vertex_connectivity,
		s->edge_connectivity);
	fprintf(out, "  \"distances\": {\"of\": \"%s\", \"nodes\": %zu, ", distances_of(s), s->distance_nodes);
	json_numbers(out, ", ", (const char *const[]){"diameter", "radius", "average_shortest_path_length"},
		     (const double[]){s->diameter, s->radius, s->average_path_length}, 3);
	fputs("},\n  ", out);
	json_numbers(out, ",\n  ",
		     (const char *const[]){"transitivity", "average_clustering", "degree_assortativity", "kind_assortativity"},
		     (const double[]){s->transitivity, s->average_clustering, s->degree_assortativity, s->kind_assortativity},
		     4);
	fputs(",\n  \"k_cores\": [", out);
	for (size_t k = 1; k <= s->max_core; k++)
		fprintf(out, "%s{\"k\": %zu, \"nodes\": %zu}", k > 1 ? ", " : "", k, s->core_sizes[k - 1]);
	fputc(']', out);
	json_mixing(out, x);
	json_profile(out, p);
	fputs("\n}\n", out);
}

/*
 * CSV: one statistic a row, long and tidy ("statistic,of,value"), named as the JSON members are;
 * "of" says what a row is about (a kind, a relation, a component's number, a k-core's k, a node,
 * a link, a triad), empty for the network as a whole. Undefined values are empty.
 */
static const char *const csv_columns[] = {"statistic", "of", "value"};

struct rows {
	struct inn_table t;
	size_t n;
	char (*names)[32]; /* the numbers written into "of"; owned */
};

static struct inn_cell *add_row(struct rows *r, const char *statistic, const char *of)
{
	inn_cell_text(inn_table_cell(&r->t, r->n, 0), statistic);
	inn_cell_text(inn_table_cell(&r->t, r->n, 1), of);
	return inn_table_cell(&r->t, r->n++, 2);
}

/* "of" as a number: kept in r->names, since the table borrows its text */
static const char *numbered(struct rows *r, size_t k)
{
	snprintf(r->names[r->n], sizeof(r->names[r->n]), "%zu", k);
	return r->names[r->n];
}

static void add_real(struct rows *r, const char *statistic, const char *of, double x)
{
	struct inn_cell *c = add_row(r, statistic, of);

	if (isfinite(x))
		inn_cell_real(c, x);
}

static void add_int(struct rows *r, const char *statistic, const char *of, size_t i)
{
	inn_cell_int(add_row(r, statistic, of), (long long)i);
}

static void add_components(struct rows *r, const struct inn_model *m, const char *key, const char *size_key,
			   const char *member_key, const struct inn_component *c, size_t n, bool verbose)
{
	add_int(r, key, NULL, n);
	for (size_t k = 0; k < n; k++)
		add_int(r, size_key, numbered(r, k + 1), c[k].size);
	for (size_t k = 0; verbose && k < n; k++)
		for (size_t i = 0; i < c[k].size; i++)
			inn_cell_text(add_row(r, member_key, numbered(r, k + 1)), m->nodes[c[k].members[i]].id);
}

/*
 * The rows of the CSV into r and *links (the bridges' "a -- b", one after another), which the
 * caller releases (release_rows) whether this succeeds or not.
 */
static int stat_rows(const struct inn_model *m, const struct inn_stats *s, const struct inn_mixing *x,
		     const struct profile *p, bool verbose,
		     const char *view, struct rows *rp, char **linksp, struct inn_error *err)
{
	struct rows r = {0};
	size_t members = 0, most, bytes = 1, used = 0;
	char *links = NULL; /* the bridges' "a -- b", one after another; owned */
	int ret = -1;

	for (size_t k = 0; verbose && k < s->nweak; k++)
		members += s->weak[k].size;
	for (size_t k = 0; verbose && k < s->nstrong; k++)
		members += s->strong[k].size;
	most = 40 + s->nkinds + s->nrelations + s->nweak + s->nstrong + members + s->narticulation + s->nbridges +
	       s->max_core + 3 * x->nkinds + 16 + p->n;
	r.names = calloc(most, sizeof(*r.names));
	for (size_t j = 0; j < s->nlinks; j++)
		if (s->bridge[j])
			bytes += strlen(m->nodes[m->links[j].source].id) + strlen(m->nodes[m->links[j].target].id) + 5;
	links = malloc(bytes);
	if (!r.names || !links || inn_table_init(&r.t, csv_columns, 3, most, err) < 0) {
		if (!inn_error_is_set(err))
			inn_error_set(err, INN_EFAIL, "stats: out of memory");
		goto out;
	}
	inn_cell_text(add_row(&r, "model", NULL), m->name ? m->name : m->origin);
	if (*view)
		inn_cell_text(add_row(&r, "view", NULL), view);
	*add_row(&r, "directed", NULL) = (struct inn_cell){.type = INN_CELL_BOOL, .i = s->directed};
	add_int(&r, "nodes", NULL, s->nnodes);
	for (size_t k = 0; k < s->nkinds; k++)
		add_int(&r, "nodes_by_kind", s->kinds[k].name, s->kinds[k].count);
	add_int(&r, "links", NULL, s->nlinks);
	for (size_t k = 0; k < s->nrelations; k++)
		add_int(&r, "links_by_relation", s->relations[k].name, s->relations[k].count);
	add_real(&r, "density", NULL, s->density);
	add_components(&r, m, "weak_components", "weak_component_size", "weak_component_member", s->weak, s->nweak,
		       verbose);
	if (s->directed)
		add_components(&r, m, "strong_components", "strong_component_size", "strong_component_member",
			       s->strong, s->nstrong, verbose);
	add_int(&r, "articulation_points", NULL, s->narticulation);
	for (size_t i = 0; i < s->nnodes; i++)
		if (s->articulation[i])
			add_row(&r, "articulation_point", m->nodes[i].id);
	add_int(&r, "bridges", NULL, s->nbridges);
	for (size_t j = 0; j < s->nlinks; j++) {
		if (!s->bridge[j])
			continue;
		char *name = links + used;
		used += (size_t)sprintf(name, "%s%s%s", m->nodes[m->links[j].source].id, link_sep(m),
					m->nodes[m->links[j].target].id) + 1;
		inn_cell_text(add_row(&r, "bridge", name), inn_link_relation(m, &m->links[j]));
	}
	add_int(&r, "vertex_connectivity", NULL, s->vertex_connectivity);
	add_int(&r, "edge_connectivity", NULL, s->edge_connectivity);
	inn_cell_text(add_row(&r, "distances_of", NULL), distances_of(s));
	add_int(&r, "distance_nodes", NULL, s->distance_nodes);
	add_real(&r, "diameter", NULL, s->diameter);
	add_real(&r, "radius", NULL, s->radius);
	add_real(&r, "average_shortest_path_length", NULL, s->average_path_length);
	add_real(&r, "transitivity", NULL, s->transitivity);
	add_real(&r, "average_clustering", NULL, s->average_clustering);
	add_real(&r, "degree_assortativity", NULL, s->degree_assortativity);
	add_real(&r, "kind_assortativity", NULL, s->kind_assortativity);
	for (size_t k = 1; k <= s->max_core; k++)
		add_int(&r, "k_core", numbered(&r, k), s->core_sizes[k - 1]);
	add_real(&r, "kind_modularity", NULL, x->kind_modularity);
	add_real(&r, "ei_index", NULL, x->ei);
	for (size_t k = 0; k < x->nkinds; k++) {
		add_real(&r, "ei_by_kind", x->kinds[k].kind, x->kinds[k].ei);
		add_int(&r, "ei_external", x->kinds[k].kind, x->kinds[k].external);
		add_int(&r, "ei_internal", x->kinds[k].kind, x->kinds[k].internal);
	}
	if (s->directed) {
		add_real(&r, "reciprocity", NULL, x->reciprocity);
		for (int t = 0; t < 16; t++)
			add_real(&r, "triad_census", inn_triad_names[t], x->triads[t]);
	}
	for (size_t k = 0; k < p->n; k++)
		add_real(&r, p->rows[k].key, p->rows[k].of, p->rows[k].value);
	r.t.nrows = r.n;
	ret = 0;
out:
	*rp = r;
	*linksp = links;
	return ret;
}

static void release_rows(struct rows *r, char *links)
{
	inn_table_release(&r->t);
	free(links);
	free(r->names);
}

static int write_csv(FILE *out, const struct inn_model *m, const struct inn_stats *s, const struct inn_mixing *x,
		     const struct profile *p, bool verbose, const char *view, struct inn_error *err)
{
	struct rows r;
	char *links;
	int ret = stat_rows(m, s, x, p, verbose, view, &r, &links, err);

	if (ret == 0)
		inn_table_write(&r.t, INN_FORMAT_CSV, out);
	release_rows(&r, links);
	return ret;
}

/*
 * stats --over: each year's statistics, as `stats --as-of YEAR --format csv` has them, a column a
 * year (statistic, of, then the years) or long (year, statistic, of, value): rows by
 * (statistic, of), in the order they first appear.
 */
static int stats_over(const struct inn_args *a, enum inn_format format, struct inn_error *err)
{
	static const char *const key_cols[] = {"statistic", "of"};
	struct inn_series ser = {0};
	struct inn_model *whole = NULL;
	struct inn_output out = {0};
	char view_text[512];
	bool wide;
	int ret = -1;

	if (inn_arg(a, "as-of"))
		return inn_error_set(err, INN_EINPUT, "stats: --over gives every year of its span: leave out --as-of");
	if (inn_flag(a, "verbose"))
		return inn_error_set(err, INN_EINPUT, "stats: --verbose lists members, which do not line up by year: leave out --over");
	if (!inn_series_shape("stats", inn_arg(a, "shape"), &wide, err) ||
	    inn_series_init(&ser, "stats", inn_arg(a, "over"), key_cols, 2, false, err) < 0 ||
	    !(whole = inn_cmd_load_whole(a, err)))
		goto out;
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	for (size_t y = 0; y < ser.nyears; y++) {
		struct inn_model *m = inn_cmd_load_year(a, whole, ser.years[y], err);
		struct measured ms = {0};
		struct rows r = {0};
		char *links = NULL;
		int rc = !m || measure(m, &ms, err) < 0 || stat_rows(m, &ms.s, &ms.x, &ms.p, false, "", &r, &links, err) < 0
			 ? -1
			 : 0;
		for (size_t k = 0; rc == 0 && k < r.n; k++) {
			size_t row;
			struct inn_cell *c = inn_table_cell(&r.t, k, 0), v = c[2];
			if (inn_series_row(&ser, c, &row, err) < 0 ||
			    (v.type == INN_CELL_TEXT && v.text && !(v.text = inn_series_text(&ser, v.text, err)))) {
				rc = -1;
				break;
			}
			ser.values[row * ser.nyears + y] = v;
			ser.present[row * ser.nyears + y] = true;
		}
		release_rows(&r, links);
		measured_release(&ms);
		inn_model_free(m);
		if (rc < 0)
			goto out;
	}
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = whole->name ? whole->name : whole->origin}},
		{"over", {.type = INN_CELL_TEXT, .text = inn_arg(a, "over")}},
		{"shape", {.type = INN_CELL_TEXT, .text = wide ? "wide" : "long"}},
		{"view", {.type = INN_CELL_TEXT, .text = view}},
	};
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0 ||
	    inn_series_write(&ser, wide, "value", meta, 4 - (*view == '\0'), format, out.fp, err) < 0)
		goto out;
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	inn_model_free(whole);
	inn_series_release(&ser);
	return ret;
}

/* The profile's rows that stats does not already give (the same rows `compare` writes). */
static int profile_of(struct inn_net *net, const struct inn_stats *s, const struct inn_mixing *x,
		      struct inn_profile *pr, struct profile *p, struct inn_error *err)
{
	size_t n, keep = 0;

	if (inn_profile_compute(net, s, x, pr, err) < 0)
		return -1;
	if (!(p->rows = calloc(inn_profile_nrows(pr), sizeof(*p->rows))))
		return inn_error_set(err, INN_EFAIL, "stats: out of memory");
	n = inn_profile_rows(s, x, pr, p->rows);
	for (size_t r = 0; r < n; r++)
		if (!p->rows[r].in_stats && (!p->rows[r].directed_only || s->directed))
			p->rows[keep++] = p->rows[r];
	p->n = keep;
	return 0;
}

static int measure(const struct inn_model *m, struct measured *ms, struct inn_error *err)
{
	if (inn_net_init(&ms->net, m, err) < 0 || inn_stats_compute(&ms->net, &ms->s, err) < 0 ||
	    inn_mixing_compute(&ms->net, &ms->x, err) < 0)
		return -1;
	return profile_of(&ms->net, &ms->s, &ms->x, &ms->pr, &ms->p, err);
}

static void measured_release(struct measured *ms)
{
	free(ms->p.rows);
	inn_profile_release(&ms->pr);
	inn_mixing_release(&ms->x);
	inn_stats_release(&ms->s);
	inn_net_release(&ms->net);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	enum inn_format format;
	struct inn_output out = {0};
	struct inn_model *m = NULL;
	struct measured ms = {0};
	char view_text[512];
	const char *view = inn_cmd_view(a, view_text, sizeof(view_text));
	int ret = -1;

	if (inn_cmd_format(a, &format, err) < 0)
		goto out;
	if (inn_arg(a, "over"))
		return stats_over(a, format, err);
	if (inn_arg(a, "shape")) {
		inn_error_set(err, INN_EINPUT, "stats: --shape needs --over");
		goto out;
	}
	if (!(m = inn_cmd_load(a, err)) || measure(m, &ms, err) < 0 ||
	    inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_JSON) {
		write_json(out.fp, m, &ms.s, &ms.x, &ms.p, inn_flag(a, "verbose"), view);
	} else if (format == INN_FORMAT_CSV &&
		   write_csv(out.fp, m, &ms.s, &ms.x, &ms.p, inn_flag(a, "verbose"), view, err) < 0) {
		goto out;
	} else if (format == INN_FORMAT_TABLE) {
		write_table(out.fp, m, &ms.s, &ms.x, inn_flag(a, "verbose"), view);
		write_profile(out.fp, &ms.p);
	}
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	measured_release(&ms);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_stats = {
	.name = "stats",
	.run = run,
	.summary = "describe the network: kinds, components, cut points, distances, clustering",
	.usage = "[options] [MODEL]",
	.description =
		"Describe the whole network: nodes by kind and links by relation, density, weak and\n"
		"strong components, articulation points and bridges (direction ignored), vertex and\n"
		"edge connectivity, diameter, radius and average shortest path length (hops, of the\n"
		"largest component when the network is disconnected: the largest strongly connected\n"
		"one on a directed model, as NetworkX requires), transitivity and average clustering\n"
		"(direction ignored), degree assortativity and assortativity by kind, and how many\n"
		"nodes each k-core holds; how far the network keeps to kinds: the modularity of the\n"
		"partition by kind and Krackhardt and Stern's E-I index ((external - internal) / all\n"
		"links, per kind and overall); on a directed model, reciprocity and the triad census.\n"
		"Then the network-level profile 'innonet compare' puts side by side: the share of\n"
		"nodes in the largest component, Freeman centralization of degree, betweenness,\n"
		"closeness and eigenvector as R's sna normalizes them, Krackhardt's connectedness,\n"
		"hierarchy, efficiency and least upper boundedness (directed models), and each kind's\n"
		"share of the nodes, of the links and of all brokerage (betweenness).\n"
		"Each matches the NetworkX function named in docs/measures.md.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet stats                            the built-in NNMI 2016 model\n"
		    "  innonet stats --verbose --format json model.json\n"
		    "  innonet stats --format csv model.json    statistic,of,value: one a row\n"
		    "  innonet stats --project institute        the institutes, linked by what they share\n"
		    "  innonet stats --over 2012:2025 --format csv model.json\n"
		    "                                           each statistic, a column a year\n",
};
