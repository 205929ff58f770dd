/* cmd_compare.c: `innonet compare A B [C ...]`: network-level measures side by side, one column a model. */
#include <cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/arena.h"
#include "innonet/commands.h"
#include "innonet/file.h"
#include "innonet/json_tree.h"
#include "innonet/keys.h"
#include "innonet/output.h"
#include "innonet/profile.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	{"kinds", 'k', "FILE", "read kinds through the map in FILE, a JSON object {\"kind\": \"read as\", ...}"},
	INN_FORMAT_OPTION,
	INN_OUTPUT_OPTION,
	{"as-of", 0, "YEAR", "each network as it stood in YEAR (by the since/until of nodes and links)"},
	{"project", 0, "KIND", "first project each model onto the nodes of KIND, linked by shared neighbours"},
	{"project-reading", 0, "READING", "with --project: networkx (default; every shared neighbour) or two-mode (other kinds only)"},
	INN_INPUT_FORMAT_OPTION,
	{"undirected", 0, NULL, "analyse directed models as undirected (NetworkX's G.to_undirected())"},
};

#define MAX_KIND_MAP_BYTES (1u << 20)

/* The kind map of --kinds: from[i] is read as to[i]. */
struct kind_map {
	cJSON *root; /* owns the strings; NULL: no map */
	size_t n;
	const char **from, **to; /* borrowed from root; owned arrays */
};

static int read_kind_map(const char *path, struct kind_map *k, struct inn_error *err)
{
	size_t len, i = 0;
	const char *dup;
	char *buf = inn_read_file(path, "kind map", MAX_KIND_MAP_BYTES, NULL, &len, err);

	if (!buf)
		return -1;
	k->root = inn_json_tree(buf, len, path, "kind map", err);
	free(buf);
	if (!k->root)
		return -1;
	if (!cJSON_IsObject(k->root))
		return inn_error_set(err, INN_EINPUT, "%s: the kind map must be a JSON object {\"kind\": \"read as\"}", path);
	if (inn_json_repeated_key(k->root, &dup) < 0)
		return inn_error_set(err, INN_EFAIL, "compare: out of memory");
	if (dup)
		return inn_error_set(err, INN_EINPUT, "%s: kind '%s' mapped twice", path, dup);
	k->n = (size_t)cJSON_GetArraySize(k->root);
	k->from = calloc(k->n + 1, sizeof(*k->from));
	k->to = calloc(k->n + 1, sizeof(*k->to));
	if (!k->from || !k->to)
		return inn_error_set(err, INN_EFAIL, "compare: out of memory");
	for (const cJSON *v = k->root->child; v; v = v->next, i++) {
		if (!cJSON_IsString(v) || !v->valuestring[0])
			return inn_error_set(err, INN_EINPUT, "%s: kind '%s' needs a kind to be read as (a non-empty string)",
					     path, v->string);
		k->from[i] = v->string;
		k->to[i] = v->valuestring;
	}
	return 0;
}

static void release_kind_map(struct kind_map *k)
{
	cJSON_Delete(k->root);
	free(k->from);
	free(k->to);
}

/* A copy of m with its kinds read through the map; *used[i] set for each entry that applied. */
static struct inn_model *map_kinds(struct inn_model *m, const struct kind_map *k, bool *used, struct inn_error *err)
{
	bool *all = malloc((m->nnodes + 1) * sizeof(*all));
	struct inn_model *c = NULL;

	if (all) {
		for (size_t i = 0; i < m->nnodes; i++)
			all[i] = true;
		c = inn_model_select(m, all, NULL);
	}
	free(all);
	if (!c) {
		inn_error_set(err, INN_EFAIL, "compare: out of memory");
		goto out;
	}
	for (size_t i = 0; i < c->nnodes; i++)
		for (size_t e = 0; c->nodes[i].kind && e < k->n; e++) {
			if (strcmp(c->nodes[i].kind, k->from[e]) != 0)
				continue;
			used[e] = true;
			if (!(c->nodes[i].kind = inn_arena_intern(c->arena, k->to[e]))) {
				inn_error_set(err, INN_EFAIL, "compare: out of memory");
				inn_model_free(c);
				c = NULL;
				goto out;
			}
			break;
		}
out:
	inn_model_free(m);
	return c;
}

/* A column's name: the file's name without its folder and extension, made unique with -2, -3, ... */
static void column_name(char *out, size_t size, const char *operand, char (*names)[64], size_t k)
{
	const char *base = strrchr(operand, '/'), *dot;
	size_t len;
	int again = 1;

	base = base ? base + 1 : operand;
	dot = strrchr(base, '.');
	len = dot && dot > base ? (size_t)(dot - base) : strlen(base);
	if (len > size - 8)
		len = size - 8;
	snprintf(out, size, "%.*s", (int)len, base);
	for (size_t j = 0; j < k; j++)
		if (strcmp(names[j], out) == 0) {
			snprintf(out, size, "%.*s-%d", (int)len, base, ++again);
			j = (size_t)-1; /* look again from the start */
		}
}

static void write_models(FILE *out, char (*names)[64], struct inn_model **m, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		fprintf(out, "%-24s ", names[k]);
		inn_print_plain(out, m[k]->name ? m[k]->name : m[k]->origin);
		fprintf(out, " (%s)\n", m[k]->directed ? "directed" : "undirected");
	}
	fputc('\n', out);
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	const char *map_path = inn_arg(a, "kinds");
	enum inn_format format;
	struct inn_model *m[INN_MAX_OPERANDS] = {0};
	char names[INN_MAX_OPERANDS][64];
	const char *cols[INN_MAX_OPERANDS + 2] = {"measure", "of"};
	struct kind_map map = {0};
	struct inn_profile_table pt = {0};
	struct inn_table t = {0};
	struct inn_output out = {0};
	bool *used = NULL;
	size_t n = a->noperands;
	int ret = -1;

	if (n < 2)
		return inn_error_set(err, INN_EINPUT, "compare: give two models or more (see 'innonet compare --help')");
	if (inn_cmd_format(a, &format, err) < 0)
		return -1;
	if (map_path && read_kind_map(map_path, &map, err) < 0)
		goto out;
	if (!(used = calloc(map.n + 1, sizeof(*used)))) {
		inn_error_set(err, INN_EFAIL, "compare: out of memory");
		goto out;
	}
	for (size_t k = 0; k < n; k++) {
		struct inn_args one = *a;
		one.operand[0] = a->operand[k];
		one.noperands = 1;
		/* every model is loaded as the first is, with the same --as-of, --project and --undirected */
		if (!(m[k] = inn_cmd_load(&one, err)) || (map.root && !(m[k] = map_kinds(m[k], &map, used, err))))
			goto out;
		column_name(names[k], sizeof(names[k]), a->operand[k], names, k);
		cols[k + 2] = names[k];
	}
	for (size_t e = 0; e < map.n; e++)
		if (!used[e]) {
			/* a kind no model has is almost always a typo */
			inn_error_set(err, INN_EINPUT, "%s: kind '%s' is in none of the models", map_path, map.from[e]);
			goto out;
		}
	if (inn_profile_table_build((const struct inn_model *const *)m, n, &pt, err) < 0 ||
	    inn_table_init(&t, cols, n + 2, pt.nrows, err) < 0)
		goto out;
	t.decimals = 6;
	t.rows_key = "measures";
	for (size_t r = 0; r < pt.nrows; r++) {
		const struct inn_profile_row *row = &pt.rows[r];
		inn_cell_text(inn_table_cell(&t, r, 0), format == INN_FORMAT_TABLE ? row->label : row->key);
		if (row->of)
			inn_cell_text(inn_table_cell(&t, r, 1), row->of);
		for (size_t k = 0; k < n; k++) {
			struct inn_cell *c = inn_table_cell(&t, r, k + 2);
			double x = pt.values[r * n + k];
			if (row->directed_only && !m[k]->directed)
				inn_cell_text(c, format == INN_FORMAT_TABLE ? "(undirected)" : NULL);
			else if (isnan(x))
				inn_cell_text(c, format == INN_FORMAT_TABLE ? "undefined" : NULL);
			else if (row->integer)
				inn_cell_int(c, (long long)x);
			else
				inn_cell_real(c, x);
		}
	}
	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		goto out;
	if (format == INN_FORMAT_TABLE)
		write_models(out.fp, names, m, n);
	inn_table_write(&t, format, out.fp);
	ret = inn_output_commit(&out, err);
out:
	inn_output_abort(&out);
	inn_table_release(&t);
	inn_profile_table_release(&pt);
	for (size_t k = 0; k < n && k < INN_MAX_OPERANDS; k++)
		inn_model_free(m[k]);
	free(used);
	release_kind_map(&map);
	return ret;
}

const struct inn_command inn_cmd_compare = {
	.name = "compare",
	.run = run,
	.summary = "compare networks side by side: centralization, hierarchy, kinds' shares",
	.usage = "[options] A B [C ...]",
	.description =
		"Put network-level measures of two models or more side by side, one column a model,\n"
		"one row a measure, normalized where they can be so that networks of different sizes\n"
		"compare: nodes, links, density, components and the share of nodes in the largest,\n"
		"diameter and average distance (of the largest component), transitivity and average\n"
		"clustering; Freeman centralization of degree, betweenness, closeness and eigenvector,\n"
		"as R's sna::centralization normalizes them (closeness and eigenvector on the\n"
		"undirected view); on directed models Krackhardt's connectedness, hierarchy,\n"
		"efficiency and least upper boundedness (sna's functions) and reciprocity; degree\n"
		"assortativity; the modularity of the partition by kind and the E-I index; and for\n"
		"every kind its share of the nodes, of the links (those with an end of the kind) and\n"
		"of all brokerage (its nodes' betweenness over the total). A kind a model lacks has a\n"
		"share of 0 there. --kinds reads kinds through a map, so that models with different\n"
		"vocabularies compare like for like. docs/measures.md defines each measure and its\n"
		"reference.",
	INN_OPTIONS(options),
	.max_operands = INN_MAX_OPERANDS,
	.examples = "  innonet compare graphs/nnmi-2016.json graphs/manufacturing-usa-2025.json\n"
		    "  innonet compare --kinds examples/kinds-china-us.json graphs/nnmi-2016.json \\\n"
		    "      examples/china-ntic-proposal.json\n"
		    "  innonet compare --format csv A.json B.json C.json   measure,of,A,B,C\n",
};
