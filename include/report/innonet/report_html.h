/*
 * report_html.h: the self-contained HTML report, written from results already computed (no
 * igraph or Graphviz here): summary counts, the inline SVG diagram, sortable ranking tables,
 * connectivity findings and provenance. Every text from the model is escaped; a Content
 * Security Policy lets only the report's own script run, so a label can never execute.
 */
#ifndef INNONET_REPORT_HTML_H
#define INNONET_REPORT_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/model.h"
#include "innonet/profile.h"
#include "innonet/view_html.h"

/* One measure's column of the report. */
struct inn_report_measure {
	const char *name;    /* borrowed from the measure table */
	const char *summary; /* borrowed from the measure table */
	const double *scores; /* one per model node, or NULL when it failed; borrowed */
	const char *failure; /* why it failed (scores NULL); borrowed */
	/* per node: its best and worst rank with the model's inferred links left out (as rank
	 * --sensitivity gives them); NULL when the model has no inferred link; borrowed */
	const size_t *best, *worst;
};

/* One option of the command line, as given (value NULL: not given). */
struct inn_report_option {
	const char *name;  /* borrowed */
	const char *value; /* borrowed; "" for a flag given */
};

/* An articulation point and what its loss would cut off. */
struct inn_report_cut {
	size_t node;        /* model index */
	size_t cut_off;     /* nodes no longer in the largest remaining part of its component */
	const size_t *lost; /* the first nlost of them, model indices in model order; borrowed */
	size_t nlost;
};

/* A node whose betweenness rank moved from this model to the one compared (report --compare). */
struct inn_report_mover {
	const char *id, *label; /* borrowed from the models */
	size_t before, after;   /* ranks among the nodes in both */
};

/*
 * The findings that lead the report (report_findings.c), computed by cli/report_findings.c;
 * every pointer borrowed.
 */
struct inn_report_findings {
	const struct inn_report_cut *cuts; /* every articulation point, most cut off first */
	size_t ncuts, nbridges;
	/* the key players (Borgatti's fragmentation): the best sets of kp_k[0] = 1 and kp_k[1] = 2 nodes */
	size_t nkp;                  /* sets found: 0 (too few nodes), 1 or 2 */
	size_t kp_set[2][2];         /* model indices */
	double kp_score[2];          /* fragmentation F with the set removed */
	size_t kp_tied[2];           /* sets tied with it, itself included */
	double kp_base;              /* F of the whole network */
	/* hubs of the model's own making: nodes that most of their links join as `part_of` them */
	const size_t *containers;    /* model indices */
	const size_t *container_members; /* per container: the part_of links pointing at it */
	size_t ncontainers;
	/* betweenness with the containers left out: the top nodes, model indices, ranks and scores */
	const size_t *without;
	const size_t *without_rank;
	const double *without_score;
	size_t nwithout;
	const struct inn_profile_table *profile; /* this model, and the one compared */
	const char *const *profile_heads;        /* a column head per model */
	const char *compare_input;   /* report --compare: the other model's file; NULL without */
	const struct inn_report_mover *movers;
	size_t nmovers;
};

struct inn_report {
	const struct inn_model *model;  /* borrowed */
	const char *svg;                /* the Graphviz SVG document, NUL-terminated; borrowed */
	/* the interactive view in place of the SVG (a network past INN_VIEW_REPORT_NODES); borrowed */
	const struct inn_view *view;
	const struct inn_report_measure *measures; /* borrowed */
	size_t nmeasures;
	size_t ninferred;               /* links the model marks "evidence": "inferred" */
	const size_t *component;        /* per node: its (weak) component, 0, 1, ...; borrowed */
	size_t ncomponents;
	const bool *is_cut;             /* per node: an articulation point; borrowed */
	/* per node: its community, 1 = the largest (innonet communities by default); NULL: none; borrowed */
	const size_t *community;
	size_t ncommunities;
	double modularity;              /* of that partition */
	const bool *is_bridge;          /* per link: a bridge; borrowed */
	/* funding over time (the exit mechanism): nfunding_years == 0 when the model has no award */
	size_t nfunding_years;
	int funding_first;              /* the first year */
	const double *funding_federal;  /* per year, USD; borrowed */
	const double *funding_non_federal; /* per year, USD, where modelled; borrowed */
	const bool *funding_bound;      /* per year: some federal amount is a lower bound; borrowed */
	size_t funding_institutes;      /* institutes with a known award */
	/* provenance: all borrowed */
	const char *input;              /* where the model came from */
	const char *view_text;          /* what the model options made of it (inn_cmd_view); NULL or "": none */
	const char *sha256;             /* hex digest of the input bytes, or NULL when not hashed */
	const char *hash_note;          /* why there is no digest (sha256 NULL) */
	const char *innonet_version, *igraph_version, *graphviz_version, *cjson_version;
	const char *layout;             /* the Graphviz layout engine */
	unsigned long seed;             /* igraph's random seed */
	const struct inn_report_option *options;
	size_t noptions;
	bool zh; /* the report's own words in Chinese, node names from label_zh (--lang zh) */
	const struct inn_report_findings *findings; /* the findings section; NULL: none */
};

/* The findings section that opens the report (report_findings.c); nothing when r->findings is NULL. */
void inn_report_findings_write(FILE *out, const struct inn_report *r);

/* Write the report. Returns 0, or -1 when out of memory (nothing useful was written then). */
int inn_report_html_write(FILE *out, const struct inn_report *r);

/* s escaped for HTML text and quoted attribute values (& < > " ' and control characters). */
void inn_html_escape(FILE *out, const char *s);

/* RFC 4648 base64 of n bytes into buf (room for 4 * ((n + 2) / 3) + 1 bytes). */
void inn_base64(char *buf, const unsigned char *data, size_t n);

#endif
