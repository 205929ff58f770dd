/*
 * commands.h: the command table. How to add a command: write src/cli/cmd_<name>.c defining
 * `const struct inn_command inn_cmd_<name>` (options, help text and a run function), declare it
 * below, add it to the table in src/cli/commands.c and the file to src/CMakeLists.txt. The dispatcher
 * parses the options, answers --help, prints the error and checks standard output, so a run
 * function only does its work and fills err when it fails.
 */
#ifndef INNONET_COMMANDS_H
#define INNONET_COMMANDS_H

#include <stdbool.h>
#include <stdio.h>

#include "innonet/error.h"
#include "innonet/model.h"
#include "innonet/options.h"
#include "innonet/table.h"

/* Returns 0, or -1 with err filled. */
typedef int inn_command_fn(const struct inn_args *a, struct inn_error *err);

struct inn_command {
	const char *name;
	inn_command_fn *run;
	const char *summary;       /* one line for `innonet --help` */
	const char *usage;         /* what follows "innonet <name> " in the usage line */
	const char *description;   /* paragraphs after the usage line */
	const struct inn_option *options;
	size_t noptions;
	size_t max_operands;
	void (*more_help)(FILE *out); /* generated help (the list of measures); may be NULL */
	const char *examples;      /* lines of examples, each ending in '\n' */
};

/* A command's option table in its struct inn_command: both members from the one array. */
#define INN_OPTIONS(table) .options = (table), .noptions = sizeof(table) / sizeof((table)[0])

extern const struct inn_command inn_cmd_rank;
extern const struct inn_command inn_cmd_export;
extern const struct inn_command inn_cmd_report;
extern const struct inn_command inn_cmd_whatif;
extern const struct inn_command inn_cmd_diff;
extern const struct inn_command inn_cmd_funding;
extern const struct inn_command inn_cmd_robustness;
extern const struct inn_command inn_cmd_stats;
extern const struct inn_command inn_cmd_path;
extern const struct inn_command inn_cmd_cut;
extern const struct inn_command inn_cmd_validate;
extern const struct inn_command inn_cmd_communities;
extern const struct inn_command inn_cmd_agreement;
extern const struct inn_command inn_cmd_keyplayer;
extern const struct inn_command inn_cmd_compare;

const struct inn_command *inn_command_find(const char *name);
void inn_main_help(FILE *out);
void inn_command_help(FILE *out, const struct inn_command *c);
void inn_version(FILE *out);

/*
 * The options that choose what a command writes and where, one row each so that they read the
 * same in every command's --help: --format for the commands that write a table, CSV or JSON
 * (read by inn_cmd_format), and --output.
 */
#define INN_FORMAT_OPTION {"format", 'f', "FORMAT", "table (default), csv or json"}
#define INN_OUTPUT_OPTION {"output", 'o', "FILE", "write to FILE instead of standard output ('-': stdout)"}

/*
 * Options every command that analyses or draws a model takes, in its option table: they shape
 * the model before any work, in this order: the year, the relation layer (--relation,
 * --exclude-relation), the sector (--within), --drop-isolates, --undirected, the projection.
 * Relations and kinds are checked against the whole model, before the year.
 */
#define INN_MODEL_OPTIONS                                                                              \
	{"as-of", 0, "YEAR", "the network as it stood in YEAR (by the since/until of nodes and links)"}, \
	{"project", 0, "KIND", "first project onto the nodes of KIND, linked by shared neighbours"}, \
	{"project-reading", 0, "READING", "with --project: networkx (default; every shared neighbour) or two-mode (other kinds only)"}, \
	{"links", 0, "FILE.csv", "read the model from a CSV edge list (source,target,...) instead of MODEL"}, \
	{"nodes", 0, "FILE.csv", "with --links: the nodes, one per row (id,kind,label,...)"}, \
	INN_INPUT_FORMAT_OPTION, \
	{"relation", 0, "R[,R]", "keep only the links of these relations, every node staying (a relation layer)"}, \
	{"exclude-relation", 0, "R[,R]", "leave out the links of these relations, every node staying"}, \
	{"within", 0, "KIND[,KIND]", "compute on the subgraph the nodes of these kinds induce (unlike --kind)"}, \
	{"drop-isolates", 0, NULL, "leave out the nodes left without a link (with --relation: NetworkX's edge_subgraph)"}

/* MODEL's format when its extension does not say it, or for standard input (load.h's names). */
#define INN_INPUT_FORMAT_OPTION \
	{"input-format", 0, "FMT", "read MODEL as FMT: json, graphml, gexf, gml, dot, csv, pajek, dl, edgelist, lgl, adjlist, "                    \
	 "multiline-adjlist, graph6, sparse6, leda, dimacs, adjacency-json, cytoscape-json, tree-json, "                 \
	 "adjacency-matrix (gzipped input is inflated first)"}

/*
 * The direction options of the commands that analyse a model: applied by inn_cmd_load after
 * --as-of and before --project.
 */
#define INN_DIRECTION_OPTIONS                                                                       \
	{"undirected", 0, NULL, "analyse a directed model as undirected (NetworkX's G.to_undirected())"}, \
	{"directed", 0, NULL, "with --links: read each CSV row as a link from source to target"}

/* igraph's generator is seeded with this once, in main, so any randomized step gives the same
   output every run; the report prints it as provenance. */
#define INN_SEED 20160201ul

/* Helpers the commands share. */

/*
 * Note every file an option names for reading (--links, --nodes, --style, --scenario, --add:
 * each FILE option but --output and --chart) as an input of the run (inputs.h), so that no
 * output of the command can be written over it. main() calls it before the command runs.
 */
int inn_cmd_note_inputs(const struct inn_args *a, struct inn_error *err);

/*
 * The model named by the first operand ("-" = stdin), or read from --links (and --nodes) CSV
 * files, or the built-in one when there is none, with the INN_MODEL_OPTIONS the command has and
 * was given applied to it.
 */
struct inn_model *inn_cmd_load(const struct inn_args *a, struct inn_error *err);

/*
 * The node a user means by name: an id, else a label matching exactly one node, else a label
 * matching one node ignoring case. An unknown or ambiguous name is an input error naming it.
 */
int inn_cmd_node(const struct inn_model *m, const char *command, const char *name, size_t *index,
		 struct inn_error *err);

/*
 * What the model options given made of the model, in words ("as of 2015; relations sponsors,
 * funds; within agency; undirected; projected onto institute"), for every output's header or
 * metadata; "" when none was given. Written into buf (truncated to size).
 */
const char *inn_cmd_view(const struct inn_args *a, char *buf, size_t size);

/*
 * The --format a command was given (INN_FORMAT_OPTION): table when none; another name than
 * table, csv or json is an input error naming the command.
 */
int inn_cmd_format(const struct inn_args *a, enum inn_format *format, struct inn_error *err);

/*
 * Write t in format to --output (standard output when absent or '-'), whole or not at all: the
 * way out of a command whose output is one table. Returns 0 or -1 with err filled.
 */
int inn_cmd_write_table(const struct inn_args *a, const struct inn_table *t, enum inn_format format,
			struct inn_error *err);

/* Whether the comma-separated list holds word (an empty item matches nothing). */
bool inn_list_has(const char *list, const char *word);

/*
 * inn_cmd_load() as of each year: the model is read once (*whole, which the caller frees) and
 * inn_cmd_load_year() makes each year's view of it with the other model options.
 */
struct inn_model *inn_cmd_load_whole(const struct inn_args *a, struct inn_error *err);
struct inn_model *inn_cmd_load_year(const struct inn_args *a, const struct inn_model *whole, int year,
				    struct inn_error *err);
/* The same for every year from..to at once: what was there at some time (inn_model_during). */
struct inn_model *inn_cmd_load_span(const struct inn_args *a, const struct inn_model *whole, int from, int to,
				    struct inn_error *err);

/*
 * For the commands that take two nodes and then the model (path A B [MODEL], cut A B [MODEL]):
 * the model the third operand names (none: the built-in one) as inn_cmd_load() gives it, and the
 * nodes the first two name (inn_cmd_node_in). The model is the caller's to free; NULL with err
 * filled when it cannot be loaded or a node is not in it. a has two operands at least.
 */
struct inn_model *inn_cmd_load_pair(const struct inn_args *a, size_t *from, size_t *to, struct inn_error *err);

/*
 * inn_cmd_node() for the model inn_cmd_load(a) gave: where --as-of left the node out of the
 * snapshot, the message says so and when the node is in the network, rather than "no node".
 */
int inn_cmd_node_in(const struct inn_args *a, const struct inn_model *m, const char *name, size_t *index,
		    struct inn_error *err);

/*
 * keep[i] = node i has one of the comma-separated kinds in spec (spec NULL: every node).
 * A kind no node has is an error: it is almost always a typo.
 */
int inn_cmd_kinds(const struct inn_model *m, const char *command, const char *spec, bool *keep,
		  struct inn_error *err);

#endif
