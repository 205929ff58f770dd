/*
 * write.h: the network as data for other tools: GraphML, GEXF (Gephi), CSV and NetworkX
 * node-link JSON, each with the node measures added as node attributes. Writers never call
 * igraph: the measures come in as plain columns. docs/formats.md says what each format keeps.
 */
#ifndef INNONET_WRITE_H
#define INNONET_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/drawing.h"
#include "innonet/error.h"
#include "innonet/model.h"

/*
 * Node measures written beside the model's own attributes, one column per measure, named as
 * the measure. A free attribute of the same name is replaced by the column (it would be stale).
 * NaN values are written as absent.
 */
struct inn_columns {
	size_t count;
	const char *const *names;    /* borrowed */
	const double *const *values; /* values[k][node], in model order; borrowed */
	/* innonet's diagram, for GEXF (viz:) and GraphML (yEd's graphics); NULL: none; borrowed */
	const struct inn_drawing *drawing;
	/* CSV: a last column "view" of the nodes' table holding this text on every row (what the
	 * model options made of the network); NULL or "": none */
	const char *view;
};

enum inn_data_format { INN_DATA_GRAPHML, INN_DATA_GEXF, INN_DATA_CSV, INN_DATA_JSON, INN_DATA_PAJEK };

/* "graphml", "gexf", "csv", "json" or "pajek"; false for any other name. */
bool inn_data_format_parse(const char *name, enum inn_data_format *f);

/* The format named by a path's extension (.graphml, .gexf, .csv, .json, .net); false for any other. */
bool inn_data_format_of(const char *path, enum inn_data_format *f);

const char *inn_data_format_name(enum inn_data_format f);

/* One writer per format; each fails (err filled) on a write error or on text XML cannot hold. */
int inn_write_graphml(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err);
int inn_write_gexf(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err);
int inn_write_pajek(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err);
int inn_write_json(FILE *out, const struct inn_model *m, const struct inn_columns *cols, struct inn_error *err);
int inn_write_csv_nodes(FILE *out, const struct inn_model *m, const struct inn_columns *cols,
			struct inn_error *err);
/* view: as struct inn_columns' view, a last column of the links' table; NULL or "": none. */
int inn_write_csv_links(FILE *out, const struct inn_model *m, const char *view, struct inn_error *err);

/* Where the CSV links go beside the nodes file: "net.csv" -> "net-links.csv". The caller frees it. */
char *inn_write_links_path(const char *nodes_path);

/*
 * The dispatch: write m in format f to path ("-" or NULL: standard output), whole or not at
 * all. CSV writes two files, path (the nodes) and inn_write_links_path(path) (the links),
 * so it needs a file path. Neither file may be one the run has read (inputs.h).
 */
int inn_write_data(const struct inn_model *m, const struct inn_columns *cols, enum inn_data_format f,
		   const char *path, struct inn_error *err);

#endif
