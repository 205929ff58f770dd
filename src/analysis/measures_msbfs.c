/*
 * measures_msbfs.c: breadth-first searches from many sources at once for the unweighted
 * shortest-path measures: the multi-source search of Then et al. ("The More the Merrier",
 * VLDB 2015), applied to Brandes' dependencies for betweenness (8 sources a pass) and to
 * distance sums for closeness and harmonic (64 a pass), with the nodes renumbered by a search
 * from the best-connected node so that the sources of a pass, and the nodes they reach
 * together, lie close in memory.
 *
 * Why: one search at a time makes every arc a dependent load into per-node arrays that spill
 * out of the L2 cache. Here each node keeps a mask of the pass's sources that have reached it;
 * the forward pass ORs masks along the arcs (pushing path counts with them), one sweep per
 * level lists the nodes new to some source, and the dependencies are pulled over the
 * neighbour lists, eight lanes of doubles at a time. The inner loops (measures_msbfs_kernel.h)
 * are compiled for the baseline x86-64, for AVX2 and for AVX-512, and the best the CPU has is
 * chosen at start-up; all give the same bytes. The one-source searches of measures_bfs.c remain
 * for small and long-diameter networks, where a sweep of every node per level costs more than
 * it saves.
 */
#define _DEFAULT_SOURCE 1 /* madvise's MADV_HUGEPAGE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif
/* GCC only: clang does not know `#pragma GCC target` (a clang build, the fuzzers', has the baseline) */
#if defined(__GNUC__) && !defined(__clang__) && (defined(__x86_64__) || defined(__i386__))
#define INN_X86 1
#include <immintrin.h>
#endif

#include "measures_internal.h"

/* LANES doubles as one value: GCC's vector extension, lowered to whatever the target has (two
 * SSE2 registers, ... one AVX-512 register), the same arithmetic lane by lane on all. */
typedef double lanes_t __attribute__((vector_size(LANES * sizeof(double)), may_alias));

/* lane_select[f][l]: 1 when bit l of f is set, else 0; multiplying by it keeps or drops a lane
 * without a branch, and exactly (x * 1 = x, x * 0 = 0 for finite x). */
static lanes_t lane_select[256];

/* each instruction set twice: neighbour lists of 32-bit entries (with reach()) and of 16-bit */
#define KWIDE base
#define KNARROW base16
#define KVBYTES 16
#include "measures_msbfs_kernels.h"

#ifdef INN_X86
#define INN_HAVE_X86_KERNELS 1
#pragma GCC push_options
#pragma GCC target("avx2")
#define KWIDE avx2
#define KNARROW avx2_16
#define KVBYTES 32
#include "measures_msbfs_kernels.h"
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx512f,avx512vl,avx512bw,prefer-vector-width=512")
#define KWIDE avx512
#define KNARROW avx512_16
#define KVBYTES 64
#include "measures_msbfs_kernels.h"
#pragma GCC pop_options
#endif

struct kernel {
	const char *name;
	size_t (*forward)(struct inn_msbfs *, const uint32_t *, size_t, long, const uint32_t *, const uint32_t *);
	void (*backward)(struct inn_msbfs *, size_t, bool, const uint32_t *, const uint32_t *, double *);
	size_t (*forward16)(struct inn_msbfs *, const uint32_t *, size_t, long, const uint32_t *, const uint16_t *);
	void (*backward16)(struct inn_msbfs *, size_t, bool, const uint32_t *, const uint16_t *, double *);
	void (*reach)(struct inn_msbfs *, const uint32_t *, size_t, long, const uint32_t *, const uint32_t *, size_t *,
		      double *, double *);
};

static const struct kernel kernels[] = {
	[INN_KERNEL_BASELINE] = {"baseline", forward_base, backward_base, forward_base16, backward_base16, reach_base},
#ifdef INN_HAVE_X86_KERNELS
	[INN_KERNEL_AVX2] = {"avx2", forward_avx2, backward_avx2, forward_avx2_16, backward_avx2_16, reach_avx2},
	[INN_KERNEL_AVX512] = {"avx512", forward_avx512, backward_avx512, forward_avx512_16, backward_avx512_16, reach_avx512},
#endif
};

static bool cpu_has(enum inn_kernel k)
{
#ifdef INN_HAVE_X86_KERNELS
	__builtin_cpu_init();
	if (k == INN_KERNEL_AVX2)
		return __builtin_cpu_supports("avx2");
	if (k == INN_KERNEL_AVX512)
		return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
		       __builtin_cpu_supports("avx512bw");
#endif
	return k == INN_KERNEL_SINGLE || k == INN_KERNEL_BASELINE || k == INN_KERNEL_AUTO;
}

static const char *const kernel_names[] = {
	[INN_KERNEL_AUTO] = "auto", [INN_KERNEL_SINGLE] = "single", [INN_KERNEL_BASELINE] = "baseline",
	[INN_KERNEL_AVX2] = "avx2", [INN_KERNEL_AVX512] = "avx512",
};

int inn_msbfs_kernel(enum inn_kernel *k, bool *forced, struct inn_error *err)
{
	const char *want = getenv("INNONET_KERNEL");

	*k = INN_KERNEL_AUTO;
	*forced = false;
	if (want && *want) {
		size_t i;
		for (i = 0; i < sizeof(kernel_names) / sizeof(kernel_names[0]); i++)
			if (strcmp(want, kernel_names[i]) == 0)
				break;
		if (i == sizeof(kernel_names) / sizeof(kernel_names[0]))
			return inn_error_set(err, INN_EINPUT,
					     "INNONET_KERNEL is auto, single, baseline, avx2 or avx512, not '%s'", want);
		if (!cpu_has((enum inn_kernel)i))
			return inn_error_set(err, INN_EINPUT, "INNONET_KERNEL=%s: this CPU lacks the instructions", want);
		*k = (enum inn_kernel)i;
		if (*k != INN_KERNEL_AUTO) {
			*forced = true;
			return 0;
		}
	}
	*k = cpu_has(INN_KERNEL_AVX512) ? INN_KERNEL_AVX512 : cpu_has(INN_KERNEL_AVX2) ? INN_KERNEL_AVX2
										      : INN_KERNEL_BASELINE;
	return 0;
}

const char *inn_search_kernel(void)
{
	static char text[1200];
	struct inn_error err;
	enum inn_kernel k;
	bool forced;

	inn_error_init(&err);
	if (inn_msbfs_kernel(&k, &forced, &err) < 0)
		snprintf(text, sizeof(text), "none (%s)", err.msg);
	else if (k == INN_KERNEL_SINGLE)
		snprintf(text, sizeof(text), "single (one source per search, forced by INNONET_KERNEL)");
	else if (forced)
		snprintf(text, sizeof(text),
			 "%s (%d sources per pass, %d for closeness and harmonic, on every network; forced by "
			 "INNONET_KERNEL)",
			 kernel_names[k], LANES, REACH_LANES);
	else
		snprintf(text, sizeof(text),
			 "%s (%d sources per pass, %d for closeness and harmonic; one source per search below %d "
			 "nodes and on long-diameter networks)",
			 kernel_names[k], LANES, REACH_LANES, INN_MSBFS_MIN_NODES);
	return text;
}

/*
 * qsort order of nodes: more neighbours first, then the lower index (a total order: deterministic).
 * qsort passes no context, hence the file-level pointer (set by renumber(); one search at a time).
 */
static const uint32_t *sort_degree;
static int by_degree(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;

	if (sort_degree[a] != sort_degree[b])
		return sort_degree[a] > sort_degree[b] ? -1 : 1;
	return a < b ? -1 : a > b;
}

static int by_index(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;

	return a < b ? -1 : a > b;
}

/*
 * The search order: breadth-first from the node with most neighbours (direction ignored), each
 * node's new children taken by degree, the next unreached node with most neighbours starting
 * the next tree. Returns the number of levels of the deepest tree, the measure of how many
 * sweeps a pass would need.
 */
static size_t renumber(const struct inn_bfs *b, uint32_t *perm, uint32_t *rank, uint32_t *degree, uint32_t *by_deg)
{
	size_t n = b->n, placed = 0, depth = 0;
	bool directed = b->in != b->out;

	for (size_t v = 0; v < n; v++) {
		degree[v] = (b->out_start[v + 1] - b->out_start[v]) + (directed ? b->in_start[v + 1] - b->in_start[v] : 0);
		by_deg[v] = (uint32_t)v;
		rank[v] = UINT32_MAX;
	}
	sort_degree = degree;
	qsort(by_deg, n, sizeof(*by_deg), by_degree);
	for (size_t i = 0; i < n; i++) {
		uint32_t root = by_deg[i];
		size_t head = placed, level_end, levels = 1;
		if (rank[root] != UINT32_MAX)
			continue;
		rank[root] = (uint32_t)placed;
		perm[placed++] = root;
		level_end = placed;
		while (head < placed) {
			uint32_t v = perm[head++];
			size_t first = placed;
			for (int dir = 0; dir < 1 + directed; dir++) {
				const uint32_t *st = dir ? b->in_start : b->out_start, *adj = dir ? b->in : b->out;
				for (uint32_t j = st[v]; j < st[v + 1]; j++) {
					uint32_t w = adj[j];
					if (rank[w] != UINT32_MAX)
						continue;
					rank[w] = 0; /* placed below, after the children are sorted */
					perm[placed++] = w;
				}
			}
			qsort(perm + first, placed - first, sizeof(*perm), by_degree);
			for (size_t j = first; j < placed; j++)
				rank[perm[j]] = (uint32_t)j;
			if (head == level_end && head < placed) {
				level_end = placed;
				levels++;
			}
		}
		if (levels > depth)
			depth = levels;
	}
	return depth;
}

/* The arcs start/adj in the search numbering, each list in increasing order. */
static int relabel(size_t n, const uint32_t *perm, const uint32_t *rank, const uint32_t *start, const uint32_t *adj,
		   uint32_t **nstart, uint32_t **nadj)
{
	*nstart = malloc((n + 1) * sizeof(**nstart));
	*nadj = malloc(((size_t)start[n] + 1) * sizeof(**nadj));
	if (!*nstart || !*nadj)
		return -1;
	(*nstart)[0] = 0;
	for (size_t v = 0; v < n; v++) {
		uint32_t u = perm[v], k = (*nstart)[v];
		for (uint32_t j = start[u]; j < start[u + 1]; j++)
			(*nadj)[k++] = rank[adj[j]];
		qsort(*nadj + (*nstart)[v], k - (*nstart)[v], sizeof(uint32_t), by_index);
		(*nstart)[v + 1] = k;
	}
	return 0;
}

/*
 * The per-node lines of a pass, read and written at random: from 1 MB on, in whole 2 MB pages
 * that the kernel is asked to back with huge pages (Linux, transparent huge pages in madvise
 * mode), which spares a TLB miss on most accesses: 3 to 6% less time on 20,000 nodes, for up
 * to 2 MB more memory each.
 */
#define HUGE_PAGE ((size_t)2 << 20)

static void *lines_alloc(size_t bytes)
{
	void *p;

	if (bytes < HUGE_PAGE / 2)
		return aligned_alloc(sizeof(lanes_t), (bytes + sizeof(lanes_t) - 1) / sizeof(lanes_t) * sizeof(lanes_t));
	bytes = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	p = aligned_alloc(HUGE_PAGE, bytes);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	if (p)
		madvise(p, bytes, MADV_HUGEPAGE);
#endif
	return p;
}

/* A copy of the m entries a (each below 65,536) in 16 bits. */
static uint16_t *narrow(const uint32_t *a, size_t m)
{
	uint16_t *b = malloc((m + 1) * sizeof(*b));

	if (b)
		for (size_t j = 0; j < m; j++)
			b[j] = (uint16_t)a[j];
	return b;
}

int inn_msbfs_init(struct inn_msbfs *ms, const struct inn_bfs *b, enum inn_kernel kernel, bool forced,
		   struct inn_error *err)
{
	size_t n = b->n, depth, arcs = b->out_start[n];
	uint32_t *degree = NULL, *by_deg = NULL;
	int ret = -1;

	memset(ms, 0, sizeof(*ms));
	ms->n = n;
	ms->kernel = kernel;
	for (unsigned f = 0; f < 256; f++)
		for (unsigned l = 0; l < LANES; l++)
			lane_select[f][l] = f >> l & 1 ? 1.0 : 0.0;
	if (kernel == INN_KERNEL_SINGLE || (!forced && n < INN_MSBFS_MIN_NODES))
		return 0;
	ms->perm = malloc((n + 1) * sizeof(*ms->perm));
	ms->rank = malloc((n + 1) * sizeof(*ms->rank));
	degree = malloc((n + 1) * sizeof(*degree));
	by_deg = malloc((n + 1) * sizeof(*by_deg));
	if (!ms->perm || !ms->rank || !degree || !by_deg)
		goto out;
	depth = renumber(b, ms->perm, ms->rank, degree, by_deg);
	/*
	 * A pass sweeps the n mask bytes once per level, 8 at a time, while its arc work is about
	 * the arcs: when the levels times n/8 outgrow the arcs (grids, paths, long chains), the
	 * sweeps would dominate and one source at a time is faster. A source may be up to twice
	 * the depth from the root's tree away from the farthest node, hence the 2. A forced kernel
	 * runs whatever the diameter, so that the tests reach it on any network.
	 */
	ms->batched = forced || 2 * depth * (n / 8 + 1) <= arcs + n;
	if (!ms->batched) {
		ret = 0;
		goto out;
	}
	if (relabel(n, ms->perm, ms->rank, b->out_start, b->out, &ms->out_start, &ms->out) < 0)
		goto out;
	if (b->in == b->out) {
		ms->in_start = ms->out_start;
		ms->in = ms->out;
	} else if (relabel(n, ms->perm, ms->rank, b->in_start, b->in, &ms->in_start, &ms->in) < 0) {
		goto out;
	}
	/* below 65,536 nodes the passes of betweenness read 16-bit copies of the lists */
	if (n <= UINT16_MAX) {
		ms->out16 = narrow(ms->out, ms->out_start[n]);
		if (!ms->out16)
			goto out;
		if (ms->in == ms->out)
			ms->in16 = ms->out16;
		else if (!(ms->in16 = narrow(ms->in, ms->in_start[n])))
			goto out;
	}
	ms->seen = calloc(n + 8, 1);
	ms->front = calloc(n + 8, 1);
	ms->next = calloc(n + 8, 1);
	/* one node's lanes are one cache line, and aligned as the vector type needs */
	ms->sigma = lines_alloc((n + 1) * sizeof(lanes_t));
	ms->cf = lines_alloc((n + 1) * sizeof(lanes_t));
	if (ms->sigma && ms->cf) {
		memset(ms->sigma, 0, (n + 1) * sizeof(lanes_t));
		memset(ms->cf, 0, (n + 1) * sizeof(lanes_t));
	}
	ms->lv_node = malloc((n * LANES + 8) * sizeof(*ms->lv_node));
	ms->lv_mask = malloc(n * LANES + 8);
	ms->lv_start = malloc((n + 2) * sizeof(*ms->lv_start));
	ms->src = malloc((REACH_LANES + 1) * sizeof(*ms->src));
	ms->r_seen = calloc(n + 1, sizeof(*ms->r_seen));
	ms->r_next = calloc(n + 1, sizeof(*ms->r_next));
	ms->r_curm = malloc((n + 1) * sizeof(*ms->r_curm));
	ms->r_nxtm = malloc((n + 1) * sizeof(*ms->r_nxtm));
	ms->r_cur = malloc((n + 1) * sizeof(*ms->r_cur));
	ms->r_nxt = malloc((n + 1) * sizeof(*ms->r_nxt));
	if (!ms->seen || !ms->front || !ms->next || !ms->sigma || !ms->cf || !ms->lv_node || !ms->lv_mask ||
	    !ms->lv_start || !ms->src || !ms->r_seen || !ms->r_next || !ms->r_curm || !ms->r_nxtm || !ms->r_cur ||
	    !ms->r_nxt)
		goto out;
	ret = 0;
out:
	free(by_deg);
	free(degree);
	if (ret < 0) {
		inn_msbfs_release(ms);
		return inn_error_set(err, INN_EFAIL, "shortest paths: out of memory");
	}
	return 0;
}

void inn_msbfs_release(struct inn_msbfs *ms)
{
	if (ms->in != ms->out) {
		free(ms->in);
		free(ms->in_start);
	}
	if (ms->in16 != ms->out16)
		free(ms->in16);
	free(ms->out16);
	free(ms->out);
	free(ms->out_start);
	free(ms->perm);
	free(ms->rank);
	free(ms->seen);
	free(ms->front);
	free(ms->next);
	free(ms->sigma);
	free(ms->cf);
	free(ms->lv_node);
	free(ms->lv_mask);
	free(ms->lv_start);
	free(ms->src);
	free(ms->r_seen);
	free(ms->r_next);
	free(ms->r_curm);
	free(ms->r_nxtm);
	free(ms->r_cur);
	free(ms->r_nxt);
	memset(ms, 0, sizeof(*ms));
}

/*
 * Forget a pass: only the nodes it reached were touched. The kernels leave front clear, and
 * sigma but at the sources (backward() clears each node's lanes once it has used them, in the
 * line it has at hand: a second sweep over the nodes' lines here cost a tenth of the time);
 * cf keeps finite values of earlier passes, which are only read multiplied by 0.
 */
static void reset(struct inn_msbfs *ms, size_t nlev)
{
	for (size_t e = 0; e < ms->lv_start[nlev]; e++)
		ms->seen[ms->lv_node[e]] = 0;
	for (size_t e = 0; e < ms->lv_start[1]; e++)
		ms->sigma[(size_t)ms->lv_node[e] * LANES + (size_t)__builtin_ctz(ms->lv_mask[e])] = 0;
}

/* In place, the model's node indexes in search order: the passes take sources that lie close. */
void inn_msbfs_sort(const struct inn_msbfs *ms, uint32_t *nodes, size_t k)
{
	for (size_t i = 0; i < k; i++)
		nodes[i] = ms->rank[nodes[i]];
	qsort(nodes, k, sizeof(*nodes), by_index);
	for (size_t i = 0; i < k; i++)
		nodes[i] = ms->perm[nodes[i]];
}

static const struct kernel *kernel_of(const struct inn_msbfs *ms)
{
	return &kernels[ms->kernel == INN_KERNEL_SINGLE ? INN_KERNEL_BASELINE : ms->kernel];
}

/* The pass's sources in search numbering. */
static const uint32_t *sources(struct inn_msbfs *ms, const uint32_t *nodes, size_t k)
{
	for (size_t l = 0; l < k; l++)
		ms->src[l] = ms->rank[nodes[l]];
	return ms->src;
}

/* One pass of betweenness along the arcs start/arcs, or their 16-bit copy arcs16 when there is one. */
static void pass(struct inn_msbfs *ms, const struct kernel *kr, const uint32_t *src, size_t k, long cutoff, bool linear,
		 const uint32_t *start, const uint32_t *arcs, const uint16_t *arcs16, double *acc)
{
	size_t nlev;

	if (arcs16) {
		nlev = kr->forward16(ms, src, k, cutoff, start, arcs16);
		kr->backward16(ms, nlev, linear, start, arcs16, acc);
	} else {
		nlev = kr->forward(ms, src, k, cutoff, start, arcs);
		kr->backward(ms, nlev, linear, start, arcs, acc);
	}
	reset(ms, nlev);
}

void inn_msbfs_dependencies(struct inn_msbfs *ms, const uint32_t *nodes, size_t k, long cutoff, bool linear,
			    double *acc)
{
	const struct kernel *kr = kernel_of(ms);
	const uint32_t *src = sources(ms, nodes, k);

	pass(ms, kr, src, k, cutoff, linear, ms->out_start, ms->out, ms->out16, acc);
	/* directed linear scaling: the pairs (t, s) weigh d(v, s) / d(t, s), found on the reversed graph */
	if (linear && ms->in != ms->out)
		pass(ms, kr, src, k, cutoff, linear, ms->in_start, ms->in, ms->in16, acc);
}

void inn_msbfs_reach(struct inn_msbfs *ms, const uint32_t *nodes, size_t k, long cutoff, size_t *reached,
		     double *sum_dist, double *sum_inverse)
{
	/* in-arcs: the distances from the others to each node, as in inn_bfs_reach() */
	kernel_of(ms)->reach(ms, sources(ms, nodes, k), k, cutoff, ms->in_start, ms->in, reached, sum_dist,
			     sum_inverse);
}
