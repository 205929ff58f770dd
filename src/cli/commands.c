/* commands.c: the command table, the help texts and what the commands share. */
#include "innonet/commands.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cJSON.h>
#include <igraph.h>

#include "innonet/draw.h"
#include "innonet/inputs.h"
#include "innonet/load.h"
#include "innonet/measures.h"
#include "innonet/output.h"
#include "innonet/transform.h"

static const struct inn_command *const commands[] = {
	&inn_cmd_rank,
	&inn_cmd_export,
	&inn_cmd_report,
	&inn_cmd_whatif,
	&inn_cmd_diff,
	&inn_cmd_funding,
	&inn_cmd_robustness,
	&inn_cmd_stats,
	&inn_cmd_path,
	&inn_cmd_cut,
	&inn_cmd_communities,
	&inn_cmd_agreement,
	&inn_cmd_keyplayer,
	&inn_cmd_compare,
	&inn_cmd_validate,
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

const struct inn_command *inn_command_find(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

void inn_main_help(FILE *out)
{
	fputs("usage: innonet <command> [options] [MODEL]\n"
	      "       innonet --help | --version\n"
	      "\n"
	      "Analyse and draw innovation networks: institutes, the organizations that lead them, the\n"
	      "agencies that fund and coordinate them. MODEL is a NetworkX node-link JSON file, or '-'\n"
	      "for standard input; without MODEL the built-in NNMI 2016 network is used.\n"
	      "MODEL may also be GraphML (.graphml), GEXF (.gexf), GML (.gml), Pajek (.net), UCINET DL\n"
	      "(.dl), DOT (.dot, .gv), a CSV edge list (.csv, or --links/--nodes, Gephi's too), a\n"
	      "whitespace edge list (.edgelist, .txt), LGL (.lgl) or an adjacency list (.adjlist); other\n"
	      "files and '-' are told by their content, or name the format with --input-format. Also\n"
	      "read: graph6/sparse6 (.g6, .s6), LEDA (.gw), DIMACS (.dimacs, .max), NetworkX's\n"
	      "multiline adjacency lists and its adjacency, Cytoscape (.cyjs) and tree JSON,\n"
	      "python-igraph's adjacency matrices (--input-format adjacency-matrix), and any of these\n"
	      "gzipped (.graphmlz, .gz: inflated first, to 1 GiB). export also writes GraphML, GEXF,\n"
	      "Pajek, CSV and JSON (docs/formats.md).\n"
	      "\n"
	      "commands:\n",
	      out);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-12s%s\n", commands[i]->name, commands[i]->summary);
	fputs("\n"
	      "'innonet <command> --help' describes a command and its options.\n"
	      "exit status: 0 success, 1 analysis or output failure, 2 usage or input error.\n",
	      out);
}

void inn_command_help(FILE *out, const struct inn_command *c)
{
	fprintf(out, "usage: innonet %s %s\n\n%s\n\noptions:\n", c->name, c->usage, c->description);
	inn_options_help(out, c->options, c->noptions);
	if (c->more_help) {
		fputc('\n', out);
		c->more_help(out);
	}
	if (c->examples)
		fprintf(out, "\nexamples:\n%s", c->examples);
}

void inn_version(FILE *out)
{
	const char *igraph_text;

	igraph_version(&igraph_text, NULL, NULL, NULL);
	fprintf(out, "innonet %s (igraph %s, Graphviz %s, cJSON %s)\n", INN_VERSION, igraph_text,
		inn_graphviz_version(), cJSON_Version());
	fprintf(out, "search kernel: %s\n", inn_search_kernel());
}

/* Replace *m by t(*m); the old model is freed either way. */
static struct inn_model *replace(struct inn_model *m, struct inn_model *next)
{
	inn_model_free(m);
	return next;
}

int inn_cmd_note_inputs(const struct inn_args *a, struct inn_error *err)
{
	for (size_t i = 0; i < a->noptions; i++) {
		const struct inn_option *o = &a->options[i];
		/* by convention -o/--output and --chart are a command's only file outputs */
		if (!a->value[i] || !o->arg || strncmp(o->arg, "FILE", 4) != 0 || strcmp(o->name, "output") == 0 ||
		    strcmp(o->name, "chart") == 0)
			continue;
		const char *what = strcmp(o->name, "style") == 0 ? "style"
				   : strcmp(o->name, "scenario") == 0 ? "scenario"
				   : strcmp(o->name, "kinds") == 0    ? "kind map"
								       : "model"; /* --links, --nodes, --add */
		if (inn_input_note_path(a->value[i], what, err) < 0)
			return -1;
	}
	return 0;
}

/* The model an operand names, or the one that --links (with --nodes) CSV files hold. */
static struct inn_model *load_input(const struct inn_args *a, struct inn_error *err)
{
	const char *links = inn_has_option(a, "links") ? inn_arg(a, "links") : NULL;
	const char *nodes = inn_has_option(a, "nodes") ? inn_arg(a, "nodes") : NULL;
	bool directed = inn_has_option(a, "directed") && inn_flag(a, "directed");

	const char *format = inn_has_option(a, "input-format") ? inn_arg(a, "input-format") : NULL;

	if (directed && !links) {
		inn_error_set(err, INN_EINPUT, "%s: --directed is for a CSV edge list (--links); a model file says "
			      "\"directed\": true itself", a->command);
		return NULL;
	}
	if (directed && inn_has_option(a, "undirected") && inn_flag(a, "undirected")) {
		inn_error_set(err, INN_EINPUT, "%s: --directed and --undirected contradict each other", a->command);
		return NULL;
	}
	if (!links && !nodes)
		return inn_load_as(a->noperands ? a->operand[0] : NULL, format, err);
	if (format && strcmp(format, "csv") != 0) {
		inn_error_set(err, INN_EINPUT, "%s: --links reads CSV, not '%s' (--input-format)", a->command, format);
		return NULL;
	}
	if (!links) {
		inn_error_set(err, INN_EINPUT, "%s: --nodes needs --links (the CSV edge list)", a->command);
		return NULL;
	}
	if (a->noperands) {
		inn_error_set(err, INN_EINPUT, "%s: give a MODEL or --links, not both", a->command);
		return NULL;
	}
	struct inn_model *m = inn_load_csv(links, nodes, err);
	size_t repeat, first;
	/* a CSV edge list says nothing of direction: undirected, unless --directed says otherwise;
	 * whether links repeat depends on it, so the multigraph flag is found again */
	if (m && directed) {
		m->directed = true;
		if (inn_model_find_parallel(m, &repeat, &first) < 0) {
			inn_model_free(m);
			inn_error_set(err, INN_EFAIL, "%s: out of memory", links);
			return NULL;
		}
		m->multigraph = repeat != SIZE_MAX;
	}
	return m;
}

/* An option's value, or NULL when the command has no such option or it was not given. */
static const char *opt(const struct inn_args *a, const char *name)
{
	return inn_has_option(a, name) ? inn_arg(a, name) : NULL;
}

static bool flag(const struct inn_args *a, const char *name)
{
	return inn_has_option(a, name) && inn_flag(a, name);
}

int inn_cmd_format(const struct inn_args *a, enum inn_format *format, struct inn_error *err)
{
	const char *name = inn_arg(a, "format");

	*format = INN_FORMAT_TABLE;
	if (name && !inn_format_parse(name, format))
		return inn_error_set(err, INN_EINPUT, "%s: unknown format '%s' (table, csv or json)", a->command, name);
	return 0;
}

int inn_cmd_write_table(const struct inn_args *a, const struct inn_table *t, enum inn_format format,
			struct inn_error *err)
{
	struct inn_output out;

	if (inn_output_open(&out, inn_arg(a, "output"), err) < 0)
		return -1;
	inn_table_write(t, format, out.fp);
	return inn_output_commit(&out, err);
}

bool inn_list_has(const char *list, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = list; *p;) {
		size_t item = strcspn(p, ",");
		if (item == len && strncmp(p, word, len) == 0)
			return true;
		p += item;
		p += *p == ',';
	}
	return false;
}

/*
 * Every relation of --relation/--exclude-relation and every kind of --within names something the
 * whole model has (checked before --as-of, so that a year without one is an empty layer, not an
 * error), and the options do not contradict each other.
 */
static int check_names(const struct inn_args *a, const struct inn_model *m, struct inn_error *err)
{
	const char *rel = opt(a, "relation"), *exc = opt(a, "exclude-relation"), *within = opt(a, "within");

	if (rel && exc)
		return inn_error_set(err, INN_EINPUT, "%s: give --relation or --exclude-relation, not both", a->command);
	for (int pass = 0; pass < 3; pass++) {
		const char *list = pass == 0 ? rel : pass == 1 ? exc : within;
		const char *name = pass == 0 ? "--relation" : pass == 1 ? "--exclude-relation" : "--within";
		if (!list)
			continue;
		for (const char *p = list;;) {
			size_t item = strcspn(p, ",");
			bool found = false;
			if (!item)
				return inn_error_set(err, INN_EINPUT, "%s: %s needs names separated by commas, not '%s'",
						     a->command, name, list);
			if (pass < 2) {
				for (size_t r = 0; r < m->nrelations && !found; r++)
					found = strlen(m->relations[r]) == item && strncmp(m->relations[r], p, item) == 0;
			} else {
				for (size_t i = 0; i < m->nnodes && !found; i++)
					found = m->nodes[i].kind && strlen(m->nodes[i].kind) == item &&
						strncmp(m->nodes[i].kind, p, item) == 0;
			}
			if (!found)
				return inn_error_set(err, INN_EINPUT, "%s: no %s '%.*s' in %s (%s; 'innonet validate' lists them)",
						     a->command, pass < 2 ? "link of relation" : "node of kind", (int)item, p,
						     m->origin, name);
			p += item;
			if (!*p)
				break;
			p++;
		}
	}
	return 0;
}

/* The projection --project-reading names; -1 with err filled when it is wrong or without --project. */
static int projection(const struct inn_args *a, enum inn_projection *how, struct inn_error *err)
{
	const char *reading = opt(a, "project-reading");

	*how = INN_PROJECT_NETWORKX;
	if (!reading)
		return 0;
	if (strcmp(reading, "two-mode") == 0)
		*how = INN_PROJECT_TWO_MODE;
	else if (strcmp(reading, "networkx") != 0)
		return inn_error_set(err, INN_EINPUT, "%s: unknown --project-reading '%s' (networkx or two-mode)", a->command,
				     reading);
	if (!opt(a, "project"))
		return inn_error_set(err, INN_EINPUT, "%s: --project-reading needs --project KIND", a->command);
	return 0;
}

/* The model options after the year, in their order, applied to m (owned; freed either way). */
static struct inn_model *after_year(const struct inn_args *a, struct inn_model *m, struct inn_error *err)
{
	const char *rel = opt(a, "relation"), *exc = opt(a, "exclude-relation"), *within = opt(a, "within");
	const char *kind = opt(a, "project");
	enum inn_projection how;

	if (m && projection(a, &how, err) < 0)
		return replace(m, NULL);
	if (m && (rel || exc)) {
		bool *keep = malloc((m->nrelations + 1) * sizeof(*keep));
		if (!keep) {
			inn_error_set(err, INN_EFAIL, "%s: out of memory", a->command);
			return replace(m, NULL);
		}
		for (size_t r = 0; r < m->nrelations; r++)
			keep[r] = rel ? inn_list_has(rel, m->relations[r]) : !inn_list_has(exc, m->relations[r]);
		/* a link without a relation is in no named layer: --exclude-relation keeps it */
		m = replace(m, inn_model_relations(m, keep, !rel, err));
		free(keep);
	}
	if (m && within) {
		bool *keep = malloc((m->nnodes + 1) * sizeof(*keep));
		if (!keep) {
			inn_error_set(err, INN_EFAIL, "%s: out of memory", a->command);
			return replace(m, NULL);
		}
		for (size_t i = 0; i < m->nnodes; i++)
			keep[i] = m->nodes[i].kind && inn_list_has(within, m->nodes[i].kind);
		m = replace(m, inn_model_induced(m, keep, err));
		free(keep);
	}
	if (m && flag(a, "drop-isolates"))
		m = replace(m, inn_model_drop_isolates(m, err));
	if (m && flag(a, "undirected"))
		m = replace(m, inn_model_undirected(m, err));
	if (m && kind)
		m = replace(m, inn_model_project_reading(m, kind, how, err));
	return m;
}

struct inn_model *inn_cmd_load_whole(const struct inn_args *a, struct inn_error *err)
{
	struct inn_model *m = load_input(a, err);
	enum inn_projection how;

	if (m && (projection(a, &how, err) < 0 || check_names(a, m, err) < 0))
		return replace(m, NULL);
	return m;
}

struct inn_model *inn_cmd_load_year(const struct inn_args *a, const struct inn_model *whole, int year,
				    struct inn_error *err)
{
	return after_year(a, inn_model_as_of(whole, year, err), err);
}

struct inn_model *inn_cmd_load_span(const struct inn_args *a, const struct inn_model *whole, int from, int to,
				    struct inn_error *err)
{
	return after_year(a, inn_model_during(whole, from, to, err), err);
}

struct inn_model *inn_cmd_load(const struct inn_args *a, struct inn_error *err)
{
	struct inn_model *m = inn_cmd_load_whole(a, err);
	const char *year = opt(a, "as-of");
	size_t y;

	if (m && year) {
		if (!inn_parse_count(year, &y) || y < 1 || y > 9999) {
			inn_error_set(err, INN_EINPUT, "%s: --as-of needs a year, not '%s'", a->command, year);
			return replace(m, NULL);
		}
		m = replace(m, inn_model_as_of(m, (int)y, err));
	}
	return after_year(a, m, err);
}

/* Append "; " and the formatted text to buf when there is room (the view's parts). */
static void view_part(char *buf, size_t size, const char *fmt, const char *value)
{
	size_t len = strlen(buf);

	if (len + 2 < size)
		snprintf(buf + len, size - len, "%s", len ? "; " : "");
	len = strlen(buf);
	if (len < size)
		snprintf(buf + len, size - len, fmt, value);
}

/* The comma-separated list as words: "funds,sponsors" is "funds, sponsors" (truncated to size). */
static const char *list_words(const char *list, char *buf, size_t size)
{
	size_t n = 0;

	for (const char *p = list; *p && n + 2 < size; p++) {
		buf[n++] = *p;
		if (*p == ',' && p[1] && p[1] != ' ')
			buf[n++] = ' ';
	}
	buf[n] = '\0';
	return buf;
}

const char *inn_cmd_view(const struct inn_args *a, char *buf, size_t size)
{
	char words[512];
	const char *v;

	if (!size)
		return buf;
	buf[0] = '\0';
	if ((v = opt(a, "as-of")))
		view_part(buf, size, "as of %s", v);
	if ((v = opt(a, "relation")))
		view_part(buf, size, "relations %s", list_words(v, words, sizeof(words)));
	if ((v = opt(a, "exclude-relation")))
		view_part(buf, size, "relations other than %s", list_words(v, words, sizeof(words)));
	if ((v = opt(a, "within")))
		view_part(buf, size, "within %s", list_words(v, words, sizeof(words)));
	if (flag(a, "drop-isolates"))
		view_part(buf, size, "%sisolates dropped", "");
	if (flag(a, "undirected"))
		view_part(buf, size, "%sundirected", "");
	if ((v = opt(a, "project")))
		view_part(buf, size, "projected onto %s", v);
	return buf;
}

int inn_cmd_node(const struct inn_model *m, const char *command, const char *name, size_t *index,
		 struct inn_error *err)
{
	size_t found = 0, first = 0, second = 0;

	if (inn_model_find(m, name, index))
		return 0;
	/* an exact label, then a label in any case: the first rule that finds anything decides */
	for (int pass = 0; pass < 2 && !found; pass++) {
		for (size_t i = 0; i < m->nnodes; i++) {
			const char *label = m->nodes[i].label;
			if (!label || (pass == 0 ? strcmp(label, name) : strcasecmp(label, name)) != 0)
				continue;
			if (found == 0)
				first = i;
			else if (found == 1)
				second = i;
			found++;
		}
	}
	if (found == 1) {
		*index = first;
		return 0;
	}
	if (found == 0)
		return inn_error_set(err, INN_EINPUT, "%s: no node '%s' in %s (give an id or a label)", command, name,
				     m->origin);
	return inn_error_set(err, INN_EINPUT, "%s: '%s' is ambiguous: the label of %zu nodes, e.g. '%s' and '%s'; give an id",
			     command, name, found, m->nodes[first].id, m->nodes[second].id);
}

struct inn_model *inn_cmd_load_pair(const struct inn_args *a, size_t *from, size_t *to, struct inn_error *err)
{
	/* the model operand comes after the two nodes: a view of the arguments in which it is the
	   first operand, as every other command has it */
	struct inn_args margs = *a;
	struct inn_model *m;

	margs.noperands = a->noperands > 2 ? 1 : 0;
	margs.operand[0] = a->noperands > 2 ? a->operand[2] : NULL;
	if (!(m = inn_cmd_load(&margs, err)))
		return NULL;
	if (inn_cmd_node_in(&margs, m, a->operand[0], from, err) < 0 ||
	    inn_cmd_node_in(&margs, m, a->operand[1], to, err) < 0) {
		inn_model_free(m);
		return NULL;
	}
	return m;
}

int inn_cmd_node_in(const struct inn_args *a, const struct inn_model *m, const char *name, size_t *index,
		    struct inn_error *err)
{
	const char *year = inn_has_option(a, "as-of") ? inn_arg(a, "as-of") : NULL;
	struct inn_error again;
	struct inn_model *whole;
	size_t i;

	if (inn_cmd_node(m, a->command, name, index, err) == 0)
		return 0;
	/* not in the snapshot: if the whole network has it, say when it was there instead */
	bool narrowed = opt(a, "within") || flag(a, "drop-isolates");
	if ((!year && !narrowed) || opt(a, "project"))
		return -1;
	inn_error_init(&again);
	if (!(whole = load_input(a, &again)))
		return -1;
	if (inn_cmd_node(whole, a->command, name, &i, &again) == 0) {
		const struct inn_node_more *x = inn_node_more(whole, &whole->nodes[i]);
		char span[64] = "";
		inn_error_init(err);
		if (!year || ((x->since == INN_NO_YEAR || x->since <= atoi(year)) &&
			      (x->until == INN_NO_YEAR || x->until >= atoi(year)))) {
			inn_error_set(err, INN_EINPUT, "%s: '%s' is left out by %s", a->command, name,
				      opt(a, "within") ? "--within" : "--drop-isolates");
			inn_model_free(whole);
			return -1;
		}
		if (x->since != INN_NO_YEAR && x->until != INN_NO_YEAR)
			snprintf(span, sizeof(span), " (it is there from %d to %d)", x->since, x->until);
		else if (x->since != INN_NO_YEAR)
			snprintf(span, sizeof(span), " (it is there from %d)", x->since);
		else if (x->until != INN_NO_YEAR)
			snprintf(span, sizeof(span), " (it is there until %d)", x->until);
		inn_error_set(err, INN_EINPUT, "%s: '%s' is not in the network as of %s%s", a->command, name, year, span);
	}
	inn_model_free(whole);
	return -1;
}

int inn_cmd_kinds(const struct inn_model *m, const char *command, const char *spec, bool *keep,
		  struct inn_error *err)
{
	char *copy, *save = NULL;
	int ret = 0;

	for (size_t i = 0; i < m->nnodes; i++)
		keep[i] = spec == NULL;
	if (!spec)
		return 0;
	if (!(copy = strdup(spec)))
		return inn_error_set(err, INN_EFAIL, "out of memory");
	for (char *kind = strtok_r(copy, ",", &save); kind; kind = strtok_r(NULL, ",", &save)) {
		bool any = false;
		for (size_t i = 0; i < m->nnodes; i++) {
			if (m->nodes[i].kind && strcmp(m->nodes[i].kind, kind) == 0) {
				keep[i] = true;
				any = true;
			}
		}
		if (!any) {
			ret = inn_error_set(err, INN_EINPUT, "%s: no node of kind '%s' in %s", command, kind, m->origin);
			break;
		}
	}
	free(copy);
	return ret;
}
