/* transform.h: new models made from a model (a year's snapshot, a projection); the input is never changed. */
#ifndef INNONET_TRANSFORM_H
#define INNONET_TRANSFORM_H

#include "innonet/error.h"
#include "innonet/model.h"

/*
 * The network as it stood in `year`: the nodes and links whose since/until span the year
 * (a missing since or until does not exclude), and only links whose two ends are kept. Both
 * ends are inclusive: a node with until 2019 is in the 2019 snapshot, not in 2020's. The
 * snapshot's as_of (and graph.as_of) becomes the year.
 */
struct inn_model *inn_model_as_of(const struct inn_model *m, int year, struct inn_error *err);

/*
 * The nodes and links there at some time from `from` to `to` (both inclusive): the union of the
 * snapshots of those years, as the drawing of a span lays it out. as_of is left as it is.
 */
struct inn_model *inn_model_during(const struct inn_model *m, int from, int to, struct inn_error *err);

/* Which neighbours two nodes of the kind share, in a projection. */
enum inn_projection {
	/*
	 * NetworkX's reading: nx.bipartite.weighted_projected_graph(G, nodes) restricted to the
	 * nodes of the kind. Every common neighbour counts, one of the kind too (i1 and i2 both
	 * linked to institute i3 share i3).
	 */
	INN_PROJECT_NETWORKX,
	/*
	 * The two-mode reading: the nodes of the kind are one mode and every other node the second;
	 * only common neighbours of the second mode count (links inside the kind are not shared
	 * neighbours). It is weighted_projected_graph of G without the links between two nodes of
	 * the kind.
	 */
	INN_PROJECT_TWO_MODE,
};

/*
 * The one-mode projection onto the nodes of `kind`: two such nodes are linked when they share at
 * least one neighbour (as `reading` counts them), direction ignored, with weight and "shared" the
 * number of neighbours they share and relation "shares_neighbours". A direct link between two
 * nodes of the kind is not itself a link of the projection: they are linked only if they also
 * share a neighbour. Nodes keep their attributes and model order; the result is undirected and
 * simple. A kind no node has is an error. inn_model_project() is the NetworkX reading.
 */
struct inn_model *inn_model_project_reading(const struct inn_model *m, const char *kind, enum inn_projection reading,
					    struct inn_error *err);
struct inn_model *inn_model_project(const struct inn_model *m, const char *kind, struct inn_error *err);

/*
 * NetworkX's G.to_undirected(): the same nodes, each link a tie both ways; of a simple directed
 * model one link per pair (where both directions exist, the link from the node later in the
 * model, whose data NetworkX keeps); a multigraph keeps every link. A new model, or NULL with
 * err filled.
 */
struct inn_model *inn_model_undirected(const struct inn_model *m, struct inn_error *err);

/*
 * A relation layer: NetworkX's G.edge_subgraph(links) with every node kept, the nodes it drops
 * as isolates. keep_relation[r] says whether relation r (m->relations[r]) is kept; a link with no
 * relation is kept when keep_unnamed is. Nodes and links keep their model order. A new model, or
 * NULL with err filled (out of memory only: the caller has checked the names).
 */
struct inn_model *inn_model_relations(const struct inn_model *m, const bool *keep_relation, bool keep_unnamed,
				      struct inn_error *err);

/*
 * A sector subgraph: NetworkX's G.subgraph(nodes), nodes being those keep_node[i] says yes to
 * (the caller matches kinds), with every link between two kept nodes. Order is kept.
 */
struct inn_model *inn_model_induced(const struct inn_model *m, const bool *keep_node, struct inn_error *err);

/*
 * The model without its isolates (nx.isolates: no link at all, a self-loop counting as one):
 * after inn_model_relations() it is exactly NetworkX's G.edge_subgraph().
 */
struct inn_model *inn_model_drop_isolates(const struct inn_model *m, struct inn_error *err);

/* The relation index of name in m (m->relations), or -1 when no link names it. */
long inn_model_relation_index(const struct inn_model *m, const char *name);

#endif
