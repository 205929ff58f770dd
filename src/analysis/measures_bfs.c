/*
 * measures_bfs.c: breadth-first searches on the simple graph for the unweighted shortest-path
 * measures: each source's dependencies (Brandes 2001; Geisberger, Sanders and Schultes 2008
 * for linear scaling) and each node's distances (closeness, harmonic).
 *
 * Why not igraph's own functions: on unweighted networks these searches are most of innonet's
 * time, and igraph's pay for generality (a double-ended queue with a call per push and pop, a
 * vector per neighbour list), several times the work of a search over two flat arrays. Weighted
 * networks still go to igraph (Dijkstra). Both are checked against NetworkX by the same tests.
 */
#include <stdlib.h>
#include <string.h>

#include "measures_internal.h"

int inn_bfs_init(struct inn_bfs *b, const struct inn_net *net, struct inn_error *err)
{
	size_t n = net->model->nnodes;

	memset(b, 0, sizeof(*b));
	b->n = n;
	if (inn_net_lists(net, INN_LISTS_OUT, &b->out_start, &b->out, err) < 0)
		return -1;
	/* on an undirected model the lists into a node are the lists out of it */
	if (!net->model->directed) {
		b->in_start = b->out_start;
		b->in = b->out;
	} else if (inn_net_lists(net, INN_LISTS_IN, &b->in_start, &b->in, err) < 0) {
		inn_bfs_release(b);
		return -1;
	}
	/*
	 * The four scratch arrays live and die together: one zeroed block, the doubles first so
	 * that every array is aligned; sigma points at it and owns it.
	 */
	if (!(b->sigma = calloc(n + 1, 2 * sizeof(double) + sizeof(int32_t) + sizeof(uint32_t)))) {
		inn_bfs_release(b);
		return inn_error_set(err, INN_EFAIL, "shortest paths: out of memory");
	}
	b->delta = b->sigma + (n + 1);
	b->dist = (int32_t *)(b->delta + (n + 1));
	b->order = (uint32_t *)(b->dist + (n + 1));
	for (size_t v = 0; v < n; v++)
		b->dist[v] = -1;
	return 0;
}

void inn_bfs_release(struct inn_bfs *b)
{
	if (b->in != b->out) {
		free(b->in);
		free(b->in_start);
	}
	free(b->out);
	free(b->out_start);
	free(b->sigma); /* and with it delta, dist and order */
	memset(b, 0, sizeof(*b));
}

/*
 * Search from s along the arcs start/adj, counting shortest paths (sigma); nodes farther than
 * cutoff (negative: no limit) are not reached. Returns how many nodes were reached, s included;
 * they are b->order[0 ..], nearest first.
 */
static size_t search(struct inn_bfs *b, uint32_t s, long cutoff, const uint32_t *start, const uint32_t *adj)
{
	int32_t *dist = b->dist;
	uint32_t *order = b->order;
	double *sigma = b->sigma;
	size_t head = 0, tail = 1;

	order[0] = s;
	dist[s] = 0;
	sigma[s] = 1;
	while (head < tail) {
		uint32_t v = order[head++];
		int32_t next = dist[v] + 1;
		if (cutoff >= 0 && dist[v] >= cutoff)
			continue; /* reached, not expanded: paths through v would be longer than the cutoff */
		for (uint32_t k = start[v]; k < start[v + 1]; k++) {
			uint32_t w = adj[k];
			if (dist[w] < 0) {
				dist[w] = next;
				order[tail++] = w;
			}
			if (dist[w] == next)
				sigma[w] += sigma[v];
		}
	}
	return tail;
}

/* Forget the search: only the nodes it reached were touched. */
static void reset(struct inn_bfs *b, size_t reached)
{
	for (size_t i = 0; i < reached; i++) {
		uint32_t v = b->order[i];
		b->dist[v] = -1;
		b->sigma[v] = 0;
		b->delta[v] = 0;
	}
}

/*
 * One direction of a source's dependencies: out-arcs (forward) or in-arcs (paths into s, on the
 * reversed graph). Predecessors are found again in the backward pass as the neighbours one
 * step nearer, instead of being stored.
 */
static void depend(struct inn_bfs *b, uint32_t s, long cutoff, bool linear, bool reverse, double *acc)
{
	const uint32_t *fs = reverse ? b->in_start : b->out_start, *fa = reverse ? b->in : b->out;
	const uint32_t *bs = reverse ? b->out_start : b->in_start, *ba = reverse ? b->out : b->in;
	size_t reached = search(b, s, cutoff, fs, fa);
	const int32_t *dist = b->dist;
	const double *sigma = b->sigma;
	double *delta = b->delta;

	for (size_t i = reached; i-- > 1;) {
		uint32_t w = b->order[i];
		int32_t up = dist[w] - 1;
		/*
		 * Standard: delta(v) = sum over successors w of sigma(v)/sigma(w) (1 + delta(w)).
		 * Linear scaling weighs the pair (s, t) by d(s, v) / d(s, t) at v: with D(v) = sum
		 * of sigma(v)/sigma(w) (1/d(s, w) + D(w)), v's share is d(s, v) D(v).
		 */
		double coeff = ((linear ? 1.0 / dist[w] : 1.0) + delta[w]) / sigma[w];
		for (uint32_t k = bs[w]; k < bs[w + 1]; k++) {
			uint32_t v = ba[k];
			if (dist[v] == up)
				delta[v] += sigma[v] * coeff;
		}
		acc[w] += linear ? delta[w] * dist[w] : delta[w];
	}
	reset(b, reached);
}

void inn_bfs_dependencies(struct inn_bfs *b, uint32_t s, long cutoff, bool linear, double *acc)
{
	depend(b, s, cutoff, linear, false, acc);
	/* directed linear scaling: the pairs (t, s) weigh d(v, s) / d(t, s), found on the reversed graph */
	if (linear && b->in != b->out)
		depend(b, s, cutoff, true, true, acc);
}

void inn_bfs_reach(struct inn_bfs *b, uint32_t u, long cutoff, size_t *reached, double *sum_dist,
		   double *sum_inverse)
{
	const uint32_t *start = b->in_start, *adj = b->in;
	int32_t *dist = b->dist;
	uint32_t *order = b->order;
	size_t head = 0, tail = 1, level = 0;
	int32_t d = 0;
	double sum = 0, inv = 0;

	/* in-arcs: the distances from the others to u, as NetworkX's closeness and harmonic take them;
	 * no paths are counted, so this is search() without sigma */
	order[0] = u;
	dist[u] = 0;
	while (head < tail) {
		uint32_t v = order[head++];
		int32_t next = dist[v] + 1;
		if (cutoff >= 0 && dist[v] >= cutoff)
			continue;
		for (uint32_t k = start[v]; k < start[v + 1]; k++) {
			uint32_t w = adj[k];
			if (dist[w] < 0) {
				dist[w] = next;
				order[tail++] = w;
				sum += next;
				/*
				 * The inverses a level at a time: the level's count over its distance, one
				 * rounding a level, so that a sum that is a whole number or a simple fraction
				 * (17 neighbours and 12 nodes at distance 2: 23) comes out as that number, not
				 * 22.999999999999996 as one addition of 1/d per node gives.
				 */
				if (next != d) {
					inv += d ? (double)level / d : 0.0;
					d = next;
					level = 0;
				}
				level++;
			}
		}
	}
	inv += d ? (double)level / d : 0.0;
	*reached = tail - 1;
	*sum_dist = sum;
	*sum_inverse = inv;
	for (size_t i = 0; i < tail; i++)
		dist[order[i]] = -1;
}
