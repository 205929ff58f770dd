/* communities.h: a partition of the nodes into communities (Leiden or Louvain) and its modularity. */
#ifndef INNONET_COMMUNITIES_H
#define INNONET_COMMUNITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"
#include "innonet/graph.h"

enum inn_community_method { INN_COMMUNITY_LEIDEN, INN_COMMUNITY_LOUVAIN };

struct inn_community_opts {
	enum inn_community_method method;
	double resolution;   /* gamma of modularity; 1 is Newman's */
	unsigned long seed;  /* igraph's generator is seeded with it before the first search */
	size_t trials;       /* searches run one after another on the generator's stream; the best kept */
	const char *weight;  /* link attribute read as a strength, or NULL: every link weighs 1; borrowed */
};

/*
 * A partition of a model's nodes. Communities are numbered 0, 1, ... by size, largest first,
 * ties by the first member in model order, so the numbers do not depend on igraph's labels.
 */
struct inn_partition {
	size_t nnodes;
	size_t *community;    /* per node, its community; in strength's block */
	size_t ncommunities;
	size_t *size;         /* per community, its number of nodes; owned */
	double *strength;     /* per node, its weighted degree in the undirected view; owns the block it
				 shares with community (freed by inn_partition_release) */
	double modularity;    /* NAN when the network has no links (modularity is undefined) */
};

/*
 * Communities of net's model with links read without direction (a mutual pair of links and
 * parallel links are one link whose weight is their sum; unweighted, one link of weight 1).
 * Leiden optimises modularity, iterated until the partition no longer changes; Louvain is
 * igraph's multilevel method. Either runs o->trials times and keeps the partition of highest
 * modularity (the first of equals): one randomized run can stop well short of the best (Leiden
 * on Davis's women reaches 0.310 to 0.336 by seed). p is emptied, then filled;
 * the caller releases it with inn_partition_release(), also after a failure.
 */
int inn_communities(struct inn_net *net, const struct inn_community_opts *o, struct inn_partition *p,
		    struct inn_error *err);
void inn_partition_release(struct inn_partition *p); /* accepts a zeroed or released partition */

#endif
