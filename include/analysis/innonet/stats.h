/* stats.h: whole-network statistics (`innonet stats`), each matched to the NetworkX function named. */
#ifndef INNONET_STATS_H
#define INNONET_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

/* How many nodes have a kind, or links a relation. */
struct inn_tally {
	const char *name; /* the kind or relation; NULL for nodes or links without one; borrowed from the model */
	size_t count;
};

/* One component: its size and its members in model order. */
struct inn_component {
	size_t size;
	size_t *members; /* model node indices; owned by the inn_stats */
};

struct inn_stats {
	size_t nnodes, nlinks;
	bool directed;
	struct inn_tally *kinds;     /* by count, then name (NULL last); owned */
	size_t nkinds;
	struct inn_tally *relations; /* the same for link relations; owned */
	size_t nrelations;
	double density; /* nx.density: links over possible ordered (directed) or unordered pairs */

	/* components, largest first, then by their first node in model order */
	struct inn_component *weak; /* connected components (weak ones on a directed model); owned */
	size_t nweak;
	struct inn_component *strong; /* strongly connected components; NULL on an undirected model; owned */
	size_t nstrong;

	bool *articulation; /* per node: a cut vertex (direction ignored); owned */
	size_t narticulation;
	bool *bridge;       /* per link: a bridge (direction ignored); owned */
	size_t nbridges;
	size_t vertex_connectivity; /* nx.node_connectivity: fewest nodes whose removal disconnects */
	size_t edge_connectivity;   /* nx.edge_connectivity: fewest links */

	/*
	 * Distances are those of the largest component (strong on a directed model, as NetworkX
	 * requires), the whole network when it is connected: distance_nodes says how many nodes.
	 */
	size_t distance_nodes;
	bool distance_whole; /* the component is the whole network */
	double diameter, radius;
	double average_path_length; /* nx.average_shortest_path_length; 0 for one node */

	double transitivity;       /* nx.transitivity, direction ignored, parallel links and loops dropped */
	double average_clustering; /* nx.average_clustering, the same way; nodes of degree < 2 count 0 */
	double degree_assortativity; /* nx.degree_assortativity_coefficient; NaN when undefined */
	bool has_kinds;              /* some node has a kind */
	double kind_assortativity;   /* nx.attribute_assortativity_coefficient(G, "kind"); NaN when undefined */

	size_t *core_sizes; /* core_sizes[k - 1]: nodes in the k-core, k = 1 .. max_core; owned */
	size_t max_core;
};

/* Every statistic of net's model in s, emptied first; the caller releases s, also after a failure. */
int inn_stats_compute(struct inn_net *net, struct inn_stats *s, struct inn_error *err);
/*
 * The same without vertex and edge connectivity when connectivity is false (left 0): a maximum
 * flow between many pairs, the one statistic whose time grows far faster than the network, and
 * one `compare` does not show.
 */
int inn_stats_compute_some(struct inn_net *net, struct inn_stats *s, bool connectivity, struct inn_error *err);
void inn_stats_release(struct inn_stats *s); /* accepts a zeroed struct */

#endif
