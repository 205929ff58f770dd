/* structure.h: connectivity of a network: components, cut points, bridges, paths and cuts. */
#ifndef INNONET_STRUCTURE_H
#define INNONET_STRUCTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

/*
 * Results are plain arrays indexed by model node or model link, which the caller allocates
 * (one slot per node or link) unless a function says otherwise.
 */

/*
 * Components: membership[i] is node i's component, numbered 0, 1, ... in the order of their first
 * node in the model. strong = true: strongly connected components of a directed model (weak ones
 * otherwise, and always on an undirected model). Returns the number of components in *count.
 */
int inn_components(struct inn_net *net, bool strong, size_t *membership, size_t *count, struct inn_error *err);

/* Articulation points (cut vertices): removing node i disconnects its component. Direction ignored. */
int inn_articulation_points(struct inn_net *net, bool *is_cut, struct inn_error *err);

/*
 * What the loss of each node would cut off, direction ignored: component_size[i] is the number
 * of nodes in i's component, and cut_off[i] how many of them, i left out, would no longer be in
 * the largest remaining part of it (0 unless i is an articulation point). O(nodes + links).
 */
int inn_cut_off(struct inn_net *net, size_t *component_size, size_t *cut_off, struct inn_error *err);

/*
 * The k-core number of every node: the largest k such that the node is in a subgraph where every
 * node has at least k neighbours. In- plus out-degree on a directed model, each pair of nodes
 * once, self-loops left out (nx.core_number). O(nodes + links).
 */
int inn_coreness(struct inn_net *net, size_t *core, struct inn_error *err);

/* Bridges: removing link j disconnects its component; one of two parallel links never is. Direction ignored. */
int inn_bridges(struct inn_net *net, bool *is_bridge, struct inn_error *err);

/*
 * All shortest paths between two nodes, each a list of steps. Path k visits the nodes
 * nodes[offset[k] .. offset[k + 1]) and walks the inn_path_links(p, k) links starting at
 * links[offset[k] - k] (steps[] alike). Without weights every path has the same number of
 * links; with weights, paths of equal distance may not.
 */
struct inn_paths {
	size_t npaths;
	size_t found;     /* how many shortest paths there are (more than npaths when truncated) */
	double distance;  /* total weight (= links when unweighted) */
	size_t *offset;   /* npaths + 1 starts into nodes; owned */
	size_t *nodes;    /* node indices, path after path; owned */
	size_t *links;    /* model link indices, path after path; owned */
	double *steps;    /* the distance of each link walked (1 unweighted); owned */
};

/* The number of links on path k. */
static inline size_t inn_path_links(const struct inn_paths *p, size_t k)
{
	return p->offset[k + 1] - p->offset[k] - 1;
}

/*
 * Every shortest path from `from` to `to`, following direction on a directed model, in a stable
 * order (by the sequence of node ids). weight: link attribute read as a distance, or NULL.
 * When `to` cannot be reached, npaths is 0. At most max_paths paths are kept (0: no limit);
 * *truncated says whether there were more. Release with inn_paths_release().
 */
int inn_shortest_paths(struct inn_net *net, size_t from, size_t to, const char *weight, size_t max_paths,
		       struct inn_paths *out, bool *truncated, struct inn_error *err);
/*
 * The same, the weight read by role: INN_WEIGHT_DISTANCE (as above) or
 * INN_WEIGHT_STRENGTH_AS_DISTANCE (a strength, whose inverse 1/w is the distance; steps and
 * distance are then in 1/w).
 */
int inn_shortest_paths_as(struct inn_net *net, size_t from, size_t to, const char *weight, enum inn_weight_role role,
			  size_t max_paths, struct inn_paths *out, bool *truncated, struct inn_error *err);
void inn_paths_release(struct inn_paths *p);

/*
 * A minimum edge cut separating `from` and `to`: cut[j] for the links to remove. *size is their
 * number (0 when `to` is already unreachable). Parallel links each count.
 */
int inn_min_edge_cut(struct inn_net *net, size_t from, size_t to, bool *cut, size_t *size, struct inn_error *err);

/*
 * A minimum vertex cut separating `from` and `to` (neither in it): cut[i] for the nodes to
 * remove. *size is their number; *exists is false when the two are adjacent, since then no set of
 * other nodes separates them.
 */
int inn_min_vertex_cut(struct inn_net *net, size_t from, size_t to, bool *cut, size_t *size, bool *exists,
		       struct inn_error *err);

#endif
