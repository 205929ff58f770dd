/* measures.h: node measures, each returned as a plain array of doubles in model order. */
#ifndef INNONET_MEASURES_H
#define INNONET_MEASURES_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

struct inn_measure_opts {
	const char *weight; /* link attribute read as weight; NULL = every link weighs 1 (strength: "weight") */
	bool normalized;    /* NetworkX's normalized variant, for measures that have one */
	double damping;     /* PageRank's damping factor */
	double cutoff;      /* betweenness, closeness, harmonic: longest path counted; negative = no limit */
	double alpha;       /* Katz: attenuation factor below 1 / the largest eigenvalue; 0 = the default (inn_katz_alpha) */
	double beta;        /* Katz: the weight every node starts with, > 0 */
	unsigned jobs;      /* betweenness, closeness, harmonic: worker processes; 0 = one per core on large networks */
	size_t samples;     /* betweenness: sources sampled, rescaled by n/samples; 0 = every node (exact) */
	unsigned long seed; /* betweenness with samples: the draw of sources depends on this alone */
	bool linear;        /* betweenness with samples: Geisberger et al.'s linear scaling (unweighted only) */
	/* what the weight is (--weight-is): INN_WEIGHT_STRENGTH or INN_WEIGHT_DISTANCE, each measure
	 * reading its inverse where it needs the other; -1 (the default) = as each measure reads it */
	int weight_is;
};

/* The role a measure that reads weights as `natural` gives them under o->weight_is. */
enum inn_weight_role inn_weight_role_for(const struct inn_measure_opts *o, enum inn_weight_role natural);

#define INN_MEASURE_OPTS_INIT                                                                      \
	{.weight = NULL, .normalized = false, .damping = 0.85, .cutoff = -1, .alpha = 0, .beta = 1.0, .jobs = 1,  \
	 .samples = 0, .seed = 0, .linear = false, .weight_is = -1}

/*
 * What a measure function returns: 0 with out filled; -1 with err filled on failure; or
 * INN_MEASURE_UNDEFINED with err filled (status INN_EINPUT) saying why the measure has no value
 * on this network with these options (a directed-only measure on an undirected model, Katz with
 * an alpha at which its series diverges, eigenvector centrality whose power iteration does
 * not settle). `rank --by all` leaves such a measure out.
 */
#define INN_MEASURE_UNDEFINED 1

/* out has one slot per model node; on failure its contents are unspecified. */
typedef int inn_measure_fn(struct inn_net *net, const struct inn_measure_opts *o, double *out,
			   struct inn_error *err);

struct inn_measure {
	const char *name;    /* as given to --by */
	const char *summary; /* one line for --help: the definition and the variant */
	const char *weight_use; /* how --weight enters: "strength", "distance" or NULL (ignored) */
	bool directed_only;  /* defined on directed models only (NetworkX: not_implemented_for undirected) */
	inn_measure_fn *compute;
	/*
	 * How much work the measure is, roughly, when several are shared among worker processes
	 * (inn_measure_compute_many); 0 for those computed in the calling process: the
	 * shortest-path measures split their own work across workers, and Katz and eigenvector may
	 * be undefined.
	 */
	unsigned share;
	unsigned takes; /* the options that change it besides --weight: INN_TAKES_* */
};

/* What struct inn_measure's takes holds: the options a measure reads. */
#define INN_TAKES_NORMALIZED 1u /* has a normalized variant, or is always normalized (closeness, pagerank) */
#define INN_TAKES_DAMPING 2u
#define INN_TAKES_KATZ 4u       /* --alpha and --beta */
#define INN_TAKES_CUTOFF 8u

/* The measures, in the order --help lists them. */
const struct inn_measure *inn_measures(size_t *count);
const struct inn_measure *inn_measure_find(const char *name);

/* Whether the measure is defined on the model's kind of network (directed or not). */
bool inn_measure_applies(const struct inn_measure *ms, const struct inn_model *m);

/*
 * Compute ms on net: as ms->compute, after checking that it applies (INN_MEASURE_UNDEFINED
 * with a message naming the measure when it does not). Use this rather than ms->compute.
 */
int inn_measure_compute(const struct inn_measure *ms, struct inn_net *net, const struct inn_measure_opts *o,
			double *out, struct inn_error *err);

/*
 * Of the measures ms[0 .. k), those with a share, side by side in `jobs` worker processes, the
 * largest shares first, each whole in one worker (so its values are the bytes one process
 * gives): measure i's values go to out + i * nnodes and done[i] is set. Nothing is done with
 * jobs below 2 or fewer than two such measures; the caller computes what is not done.
 */
int inn_measure_compute_shared(const struct inn_measure *const *ms, size_t k, struct inn_net *net,
			       const struct inn_measure_opts *o, unsigned jobs, double *out, bool *done,
			       struct inn_error *err);

/* NetworkX's default alpha for Katz centrality. */
#define INN_KATZ_DEFAULT_ALPHA 0.1

/*
 * The alpha Katz centrality uses with these options: o->alpha when given (> 0), else the default,
 * which works on every network: NetworkX's 0.1 where the Katz series converges at 0.1, else 0.9
 * over the largest eigenvalue of the adjacency matrix (weighted by o->weight). Returns 0 or -1.
 */
int inn_katz_alpha(struct inn_net *net, const struct inn_measure_opts *o, double *alpha, struct inn_error *err);

/* The worker processes o->jobs asks for on a network of n nodes (0: one per core from 2,000 nodes). */
unsigned inn_measure_jobs(const struct inn_measure_opts *o, size_t n);

/*
 * What runs the unweighted shortest-path searches on this machine, for --version: the
 * multi-source kernel's instruction set (or the one-source search INNONET_KERNEL forces).
 * Points to static storage.
 */
const char *inn_search_kernel(void);

#endif
