/*
 * keyplayer.c: Borgatti's key player problem (2006). Fragmentation is scored for every candidate
 * at once: one depth-first search over the network without the set finds, for each node, the
 * components its removal would leave (Tarjan's articulation points with subtree sizes), so
 * greedy passes cost O(k (n + m)) and exhaustive search C(n, k - 1) (n + m).
 */
#include "innonet/keyplayer.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The undirected neighbour lists and scratch every search shares. Every pointer is owned. */
struct kp {
	size_t n, arcs;
	uint32_t *start, *adj; /* node v's neighbours: adj[start[v] .. start[v + 1]) */
	bool *removed;         /* the nodes of the set being scored */
	/* depth-first search */
	uint32_t *disc, *low, *size, *order, *stack, *edge;
	uint64_t *sepsq, *sepsum;
	uint64_t *after;       /* per node: sum s (s - 1) over the components left when it is removed too */
	/* breadth-first search */
	uint32_t *dist, *queue, *stamp;
	uint32_t now;          /* stamp of the current search: stamp[v] == now means v is reached */
	size_t *cand;          /* the nodes the set may hold, in model order */
	size_t ncand;
	const struct inn_kp_opts *o;
};

static bool better(double a, double b)
{
	return a > b + 1e-12 * fmax(1, fabs(b));
}

static bool tie(double a, double b)
{
	return !better(a, b) && !better(b, a);
}

/*
 * For every node v not removed, kp->after[v] = sum s (s - 1) over the components of the
 * network without the removed nodes and v. A node's removal splits its component into the
 * subtrees of its depth-first children that reach no higher than it (low >= disc) and the rest.
 * Returns the sum over the components as they are, without v.
 */
static uint64_t fragment_pass(struct kp *kp)
{
	size_t n = kp->n;
	uint64_t base = 0;
	uint32_t t = 0;

	for (size_t v = 0; v < n; v++)
		kp->disc[v] = 0;
	/* first the components as they are */
	for (size_t r = 0; r < n; r++) {
		if (kp->removed[r] || kp->disc[r])
			continue;
		size_t sp = 0, first = t; /* order[first .. t) is the component */
		kp->disc[r] = kp->low[r] = ++t;
		kp->order[t - 1] = (uint32_t)r;
		kp->size[r] = 1;
		kp->sepsq[r] = kp->sepsum[r] = 0;
		kp->stack[sp] = (uint32_t)r;
		kp->edge[sp++] = kp->start[r];
		while (sp) {
			uint32_t v = kp->stack[sp - 1];
			if (kp->edge[sp - 1] < kp->start[v + 1]) {
				uint32_t w = kp->adj[kp->edge[sp - 1]++];
				if (kp->removed[w])
					continue;
				if (kp->disc[w]) { /* the parent too: a link back to it changes no low >= disc test */
					if (kp->disc[w] < kp->low[v])
						kp->low[v] = kp->disc[w];
					continue;
				}
				kp->disc[w] = kp->low[w] = ++t;
				kp->order[t - 1] = w;
				kp->size[w] = 1;
				kp->sepsq[w] = kp->sepsum[w] = 0;
				kp->stack[sp] = w;
				kp->edge[sp++] = kp->start[w];
				continue;
			}
			sp--;
			if (sp) {
				uint32_t p = kp->stack[sp - 1];
				if (kp->low[v] < kp->low[p])
					kp->low[p] = kp->low[v];
				kp->size[p] += kp->size[v];
				if (kp->low[v] >= kp->disc[p]) {
					kp->sepsq[p] += (uint64_t)kp->size[v] * (kp->size[v] - 1);
					kp->sepsum[p] += kp->size[v];
				}
			}
		}
		uint64_t c = kp->size[r];
		base += c * (c - 1);
		for (size_t i = first; i < t; i++) {
			uint32_t v = kp->order[i];
			uint64_t rest = c - 1 - kp->sepsum[v];
			kp->after[v] = kp->sepsq[v] + rest * (rest ? rest - 1 : 0) - c * (c - 1);
		}
	}
	for (size_t i = 0; i < t; i++) /* the other components are unchanged */
		kp->after[kp->order[i]] += base;
	return base;
}

static double fragmentation_of(uint64_t sum, size_t left)
{
	if (left < 2)
		return NAN;
	return 1 - (double)sum / ((double)left * (double)(left - 1));
}

/*
 * A breadth-first search from s over the nodes not removed and not yet stamped kp->now, which it
 * stamps. With total, it records each node's distance from s and adds their inverses to *total
 * one by one (dfragment_score's running sum, in the same order as ever); without, it leaves
 * dist alone, which component_count, called once per candidate set, does not pay for. Inline,
 * so that each caller gets its own loop.
 */
static inline void bfs_from(struct kp *kp, uint32_t s, double *total)
{
	size_t head = 0, tail = 0;
	double sum = total ? *total : 0; /* a local, which the stores to dist cannot alias */

	kp->stamp[s] = kp->now;
	if (total)
		kp->dist[s] = 0;
	kp->queue[tail++] = s;
	while (head < tail) {
		uint32_t v = kp->queue[head++];
		for (uint32_t e = kp->start[v]; e < kp->start[v + 1]; e++) {
			uint32_t w = kp->adj[e];
			if (kp->removed[w] || kp->stamp[w] == kp->now)
				continue;
			kp->stamp[w] = kp->now;
			if (total) {
				kp->dist[w] = kp->dist[v] + 1;
				sum += 1.0 / kp->dist[w];
			}
			kp->queue[tail++] = w;
		}
	}
	if (total)
		*total = sum;
}

/* Distance-weighted fragmentation of the network without the removed nodes. */
static double dfragment_score(struct kp *kp, size_t left)
{
	double total = 0;

	for (size_t s = 0; s < kp->n; s++) {
		if (kp->removed[s])
			continue;
		kp->now++;
		bfs_from(kp, (uint32_t)s, &total);
	}
	if (left < 2)
		return NAN;
	return 1 - total / ((double)left * (double)(left - 1));
}

/* The nodes outside the set (removed[] marks it) within distance D of a member. */
static double reach_score(struct kp *kp, size_t k)
{
	size_t head = 0, tail = 0;

	kp->now++;
	for (size_t v = 0; v < kp->n; v++) {
		if (!kp->removed[v])
			continue;
		kp->stamp[v] = kp->now;
		kp->dist[v] = 0;
		kp->queue[tail++] = (uint32_t)v;
	}
	while (head < tail) {
		uint32_t v = kp->queue[head++];
		if (kp->dist[v] >= kp->o->distance)
			continue;
		for (uint32_t e = kp->start[v]; e < kp->start[v + 1]; e++) {
			uint32_t w = kp->adj[e];
			if (kp->stamp[w] == kp->now)
				continue;
			kp->stamp[w] = kp->now;
			kp->dist[w] = kp->dist[v] + 1;
			kp->queue[tail++] = w;
		}
	}
	return (double)(tail - k);
}

/* The score of the set marked in removed[] (k nodes). */
static double score_set(struct kp *kp, size_t k)
{
	switch (kp->o->goal) {
	case INN_KP_FRAGMENT: {
		/* the fragmentation is the pass's base sum over what is left */
		return fragmentation_of(fragment_pass(kp), kp->n - k);
	}
	case INN_KP_DFRAGMENT:
		return dfragment_score(kp, kp->n - k);
	default:
		return reach_score(kp, k);
	}
}

static bool allowed(const struct kp *kp, size_t v)
{
	return !kp->o->among || kp->o->among[v];
}

/*
 * Score every candidate v (not removed) joined to the set of k - 1 nodes marked in removed[]:
 * into cand[v]; NAN for the nodes in the set.
 */
static void score_candidates(struct kp *kp, size_t k, double *cand)
{
	size_t n = kp->n;

	if (kp->o->goal == INN_KP_FRAGMENT) {
		fragment_pass(kp);
		for (size_t v = 0; v < n; v++)
			cand[v] = kp->removed[v] || !allowed(kp, v) ? NAN : fragmentation_of(kp->after[v], n - k);
		return;
	}
	for (size_t v = 0; v < n; v++) {
		if (kp->removed[v] || !allowed(kp, v)) {
			cand[v] = NAN;
			continue;
		}
		kp->removed[v] = true;
		cand[v] = score_set(kp, k);
		kp->removed[v] = false;
	}
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* A set found to score s: the new best, a tie with it, or nothing. set is sorted. */
static int consider(struct inn_kp_result *r, const struct inn_kp_opts *o, const size_t *set, double s, bool first,
		    struct inn_error *err)
{
	if (first || better(s, r->score)) {
		memcpy(r->set, set, r->k * sizeof(*set));
		r->score = s;
		r->ntied = 1;
		r->nties_kept = 0;
	} else if (tie(s, r->score)) {
		r->ntied++;
		if (r->nties_kept < o->max_ties) {
			if (!r->ties && !(r->ties = malloc((o->max_ties ? o->max_ties : 1) * r->k * sizeof(*r->ties))))
				return inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
			memcpy(r->ties + r->nties_kept++ * r->k, set, r->k * sizeof(*set));
		}
	}
	return 0;
}

static double choose(size_t n, size_t k)
{
	double c = 1;

	for (size_t i = 0; i < k; i++)
		c = c * (double)(n - i) / (double)(i + 1);
	return c;
}

/*
 * Suffix sums for the bounds: top[p * (k + 1) + r] is the sum of the r largest val[] among the
 * candidate positions p and after (r <= k). O(n k) time and memory, made once a search.
 */
static uint64_t *suffix_top(const uint64_t *val, size_t n, size_t k)
{
	uint64_t *top = calloc((n + 1) * (k + 1), sizeof(*top)), *best = calloc(k + 1, sizeof(*best));
	size_t have = 0;

	if (!top || !best) {
		free(top);
		free(best);
		return NULL;
	}
	for (size_t p = n; p-- > 0;) {
		/* best[0 .. have) holds the largest values seen so far, descending */
		size_t i = have < k ? have++ : k;
		while (i > 0 && best[i - 1] < val[p]) {
			if (i < k)
				best[i] = best[i - 1];
			i--;
		}
		if (i < k)
			best[i] = val[p];
		for (size_t r = 1; r <= k; r++)
			top[p * (k + 1) + r] = top[p * (k + 1) + r - 1] + (r <= have ? best[r - 1] : 0);
	}
	free(best);
	return top;
}

/* The components of the network without the removed nodes. */
static size_t component_count(struct kp *kp)
{
	size_t count = 0;

	kp->now++;
	for (size_t s = 0; s < kp->n; s++) {
		if (kp->removed[s] || kp->stamp[s] == kp->now)
			continue;
		count++;
		bfs_from(kp, (uint32_t)s, NULL);
	}
	return count;
}

/*
 * The exhaustive search, with a bound that rules out every completion of a partial set that
 * cannot reach the best score found so far (never one that could tie it, so ties stay exact).
 *  fragment: removing a node of degree d adds at most d - 1 components, so the r nodes still to
 *   come leave at most P = components + the r largest (d - 1) among the later candidates; the m
 *   nodes left in at most P parts hold at least sum s (s - 1) of parts as equal as can be.
 *  reach: the nodes reached are a coverage, so a member adds at most its own ball of radius D.
 *  dfragment: no bound; every set is scored.
 */
struct search {
	struct kp *kp;
	struct inn_kp_result *r;
	double *cand;
	size_t n, k, fixed;  /* candidates, set size, members enumerated before the one-pass last */
	size_t set[64];      /* model indices of the partial set */
	uint64_t *top;       /* suffix_top of the bound's per-candidate values; NULL: no bound */
	bool first;
};

static bool ruled_out(struct search *s, size_t j, size_t p)
{
	struct kp *kp = s->kp;
	size_t r = s->k - j, m = kp->n - s->k;
	uint64_t more = s->top[(p + 1) * (s->k + 1) + r];

	if (kp->o->goal == INN_KP_FRAGMENT) {
		uint64_t parts = component_count(kp) + more;
		if (parts > m)
			parts = m;
		uint64_t a = m / parts, b = m % parts;
		return better(s->r->score, fragmentation_of(b * (a + 1) * a + (parts - b) * a * (a - 1), m));
	}
	double reached = reach_score(kp, j) + (double)j + (double)more; /* the ball, the set inside it */
	return better(s->r->score, fmin((double)kp->n, reached) - (double)s->k);
}

static int search_from(struct search *s, size_t j, size_t from, struct inn_error *err)
{
	struct kp *kp = s->kp;

	if (j == s->fixed) {
		if (s->fixed < s->k) {
			score_candidates(kp, s->k, s->cand);
			for (size_t p = from; p < s->n; p++) {
				s->set[j] = kp->cand[p];
				if (consider(s->r, kp->o, s->set, s->cand[s->set[j]], s->first, err) < 0)
					return -1;
				s->first = false;
				s->r->examined++;
			}
		} else {
			if (consider(s->r, kp->o, s->set, score_set(kp, s->k), s->first, err) < 0)
				return -1;
			s->first = false;
			s->r->examined++;
		}
		return 0;
	}
	for (size_t p = from; p + (s->k - j) <= s->n; p++) {
		s->set[j] = kp->cand[p];
		kp->removed[s->set[j]] = true;
		int ret = 0;
		/* a bound costs one search of the network: tried where more than one pass would follow */
		if (s->top && !s->first && j + 1 < s->fixed && ruled_out(s, j + 1, p))
			s->r->pruned += choose(s->n - p - 1, s->k - j - 1);
		else
			ret = search_from(s, j + 1, p + 1, err);
		kp->removed[s->set[j]] = false;
		if (ret < 0)
			return -1;
	}
	return 0;
}

/*
 * Every set, in lexicographic order of model indices, less those the bound rules out. For
 * fragmentation the last member is scored by one pass for all candidates at once, so at most
 * C(n, k - 1) passes are made.
 */
static int exact(struct kp *kp, struct inn_kp_result *r, double *cand, struct inn_error *err)
{
	struct search s = {.kp = kp, .r = r, .cand = cand, .n = kp->ncand, .k = r->k, .first = true};
	uint64_t *val = NULL;
	int ret = -1;

	s.fixed = kp->o->goal == INN_KP_FRAGMENT ? s.k - 1 : s.k;
	r->examined = r->pruned = 0;
	memset(kp->removed, 0, kp->n * sizeof(*kp->removed));
	if (s.k >= 2 && kp->o->goal != INN_KP_DFRAGMENT) {
		if (!(val = calloc(s.n + 1, sizeof(*val))))
			return inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
		for (size_t p = 0; p < s.n; p++) {
			size_t v = kp->cand[p], d = kp->start[v + 1] - kp->start[v];
			if (kp->o->goal == INN_KP_FRAGMENT) {
				val[p] = d ? d - 1 : 0;
			} else {
				kp->removed[v] = true;
				val[p] = (uint64_t)reach_score(kp, 1) + 1;
				kp->removed[v] = false;
			}
		}
		if (!(s.top = suffix_top(val, s.n, s.k))) {
			free(val);
			return inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
		}
	}
	ret = search_from(&s, 0, 0, err);
	free(val);
	free(s.top);
	if (ret == 0)
		r->exact = true;
	return ret;
}

/* The best candidate in cand (the first in model order among equals); false when there is none. */
static bool best_candidate(const double *cand, size_t n, size_t *v)
{
	bool found = false;

	for (size_t i = 0; i < n; i++) {
		if (isnan(cand[i]))
			continue;
		if (!found || better(cand[i], cand[*v])) {
			*v = i;
			found = true;
		}
	}
	return found;
}

/*
 * Borgatti's greedy search: the set built one node at a time, each the best addition, then
 * the best single swap of a member for a non-member while one improves the score.
 */
static int greedy(struct kp *kp, struct inn_kp_result *r, double *cand)
{
	size_t n = kp->n, k = r->k, v = 0;

	memset(kp->removed, 0, n * sizeof(*kp->removed));
	for (size_t i = 0; i < k; i++) {
		score_candidates(kp, i + 1, cand);
		best_candidate(cand, n, &v);
		r->set[i] = v;
		kp->removed[v] = true;
		r->score = cand[v];
	}
	r->examined = 0;
	for (bool improved = true; improved;) {
		size_t out = 0, in = 0;
		double best = r->score;
		improved = false;
		for (size_t i = 0; i < k; i++) {
			kp->removed[r->set[i]] = false;
			score_candidates(kp, k, cand);
			kp->removed[r->set[i]] = true;
			cand[r->set[i]] = NAN; /* putting it back is no swap */
			if (best_candidate(cand, n, &v) && better(cand[v], best)) {
				best = cand[v];
				out = i;
				in = v;
				improved = true;
			}
		}
		r->examined++;
		if (improved) {
			kp->removed[r->set[out]] = false;
			kp->removed[in] = true;
			r->set[out] = in;
			r->score = best;
		}
	}
	qsort(r->set, k, sizeof(*r->set), cmp_size);
	r->exact = false;
	r->ntied = 1;
	return 0;
}

static void kp_release(struct kp *kp)
{
	free(kp->start);
	free(kp->adj);
	free(kp->removed);
	free(kp->disc);
	free(kp->low);
	free(kp->size);
	free(kp->order);
	free(kp->stack);
	free(kp->edge);
	free(kp->sepsq);
	free(kp->sepsum);
	free(kp->after);
	free(kp->dist);
	free(kp->queue);
	free(kp->stamp);
	free(kp->cand);
}

static int kp_init(struct kp *kp, struct inn_net *net, const struct inn_kp_opts *o, struct inn_error *err)
{
	size_t n = net->model->nnodes, a = n + 1;

	*kp = (struct kp){.n = n, .o = o};
	if (inn_net_lists(net, INN_LISTS_BOTH, &kp->start, &kp->adj, err) < 0)
		return -1;
	kp->arcs = kp->start[n];
	kp->removed = calloc(a, sizeof(*kp->removed));
	kp->disc = calloc(a, sizeof(*kp->disc));
	kp->low = calloc(a, sizeof(*kp->low));
	kp->size = calloc(a, sizeof(*kp->size));
	kp->order = calloc(a, sizeof(*kp->order));
	kp->stack = calloc(a, sizeof(*kp->stack));
	kp->edge = calloc(a, sizeof(*kp->edge));
	kp->sepsq = calloc(a, sizeof(*kp->sepsq));
	kp->sepsum = calloc(a, sizeof(*kp->sepsum));
	kp->after = calloc(a, sizeof(*kp->after));
	kp->dist = calloc(a, sizeof(*kp->dist));
	kp->queue = calloc(a, sizeof(*kp->queue));
	kp->stamp = calloc(a, sizeof(*kp->stamp));
	kp->cand = calloc(a, sizeof(*kp->cand));
	for (size_t v = 0; kp->cand && v < n; v++)
		if (allowed(kp, v))
			kp->cand[kp->ncand++] = v;
	if (!kp->cand || !kp->removed || !kp->disc || !kp->low || !kp->size || !kp->order || !kp->stack || !kp->edge ||
	    !kp->sepsq || !kp->sepsum || !kp->after || !kp->dist || !kp->queue || !kp->stamp) {
		kp_release(kp);
		return inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
	}
	return 0;
}

/* Steps one set's score costs, roughly. */
static double set_cost(const struct kp *kp)
{
	double nm = (double)kp->n + (double)kp->arcs;
	return kp->o->goal == INN_KP_DFRAGMENT ? (double)kp->n * nm : nm;
}

int inn_keyplayer(struct inn_net *net, const struct inn_kp_opts *o, struct inn_kp_result *r, struct inn_error *err)
{
	size_t n = net->model->nnodes;
	struct kp kp;
	double *cand = NULL, sets, work;
	int ret = -1;

	*r = (struct inn_kp_result){.k = o->k};
	if (n < 3)
		return inn_error_set(err, INN_EINPUT, "keyplayer: %s has %zu node%s: a key player set needs 3 or more",
				     net->model->origin, n, n == 1 ? "" : "s");
	if (o->k < 1 || o->k > n - 2 || o->k > 64)
		return inn_error_set(err, INN_EINPUT, "keyplayer: -k needs a number from 1 to %zu (n - 2, at most 64) on %zu nodes",
				     n > 66 ? (size_t)64 : n - 2, n);
	if (kp_init(&kp, net, o, err) < 0)
		return -1;
	r->ncandidates = kp.ncand;
	if (o->k > kp.ncand) {
		inn_error_set(err, INN_EINPUT, "keyplayer: -k %zu is more than the %zu nodes the set may hold", o->k, kp.ncand);
		goto out;
	}
	r->set = calloc(o->k, sizeof(*r->set));
	cand = calloc(n, sizeof(*cand));
	if (!r->set || !cand) {
		inn_error_set(err, INN_EFAIL, "keyplayer: out of memory");
		goto out;
	}
	sets = choose(kp.ncand, o->k);
	/* fragmentation scores the last member of every set in one pass */
	work = (o->goal == INN_KP_FRAGMENT ? choose(kp.ncand, o->k - 1) : sets) * set_cost(&kp);
	bool exhaustive = o->search == INN_KP_EXACT || (o->search == INN_KP_AUTO && sets <= INN_KP_MAX_SETS && work <= 2e9);
	if (o->search == INN_KP_EXACT && sets > INN_KP_MAX_SETS) {
		inn_error_set(err, INN_EINPUT, "keyplayer: an exhaustive search would score %.3g sets (at most %.0e): use --search greedy",
			      sets, INN_KP_MAX_SETS);
		goto out;
	}
	/* a greedy pass scores k (n - k) sets, but fragmentation scores them k at a time */
	if (!exhaustive && o->goal != INN_KP_FRAGMENT && (double)o->k * (double)kp.ncand * set_cost(&kp) > 1e11) {
		inn_error_set(err, INN_EINPUT, "keyplayer: %s on %zu nodes is too large a search: use --goal fragment",
			      o->goal == INN_KP_DFRAGMENT ? "dfragment" : "reach", n);
		goto out;
	}
	if ((exhaustive ? exact(&kp, r, cand, err) : greedy(&kp, r, cand)) < 0)
		goto out;
	/* the best single node, for comparison: every node scored alone */
	memset(kp.removed, 0, n * sizeof(*kp.removed));
	score_candidates(&kp, 1, cand);
	best_candidate(cand, n, &r->single);
	r->single_score = cand[r->single];
	ret = 0;
out:
	free(cand);
	kp_release(&kp);
	return ret;
}

void inn_kp_result_release(struct inn_kp_result *r)
{
	if (!r)
		return;
	free(r->ties);
	free(r->set);
	r->ties = NULL;
	r->set = NULL;
}

int inn_fragmentation(struct inn_net *net, const bool *removed, double *f, struct inn_error *err)
{
	struct inn_kp_opts o = {.goal = INN_KP_FRAGMENT};
	struct kp kp;
	size_t left = 0;

	if (kp_init(&kp, net, &o, err) < 0)
		return -1;
	for (size_t v = 0; v < kp.n; v++) {
		kp.removed[v] = removed && removed[v];
		left += !kp.removed[v];
	}
	*f = fragmentation_of(fragment_pass(&kp), left);
	kp_release(&kp);
	return 0;
}
