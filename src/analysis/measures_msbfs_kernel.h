/*
 * measures_msbfs_kernel.h: the inner loops of the multi-source searches (measures_msbfs.c),
 * written once and compiled once per instruction set: measures_msbfs.c includes this file
 * with KSUFFIX set (base, avx2, avx512) under the matching `#pragma GCC target`. Every
 * instruction set runs the same operations in the same order on each lane (no reassociation,
 * no contraction: the file is built with -ffp-contract=off), so all give the same bytes.
 *
 * Not a header to include anywhere else: it defines static functions. KARC is the type of the
 * neighbour lists' entries (uint32_t, or uint16_t below 65,536 nodes: half the bytes streamed
 * per arc); KNO_REACH leaves out reach(), which takes the 32-bit lists only.
 */
#ifndef KSUFFIX
#error "measures_msbfs_kernel.h is included by measures_msbfs.c with KSUFFIX set"
#endif

#define KCAT2(a, b) a##_##b
#define KCAT(a, b) KCAT2(a, b)
#define KNAME(x) KCAT(x, KSUFFIX)

/*
 * A node's LANES doubles are NV vectors of the target's native width (KVBYTES): loops over them
 * are unrolled into registers, where one vector of LANES doubles would be split through the
 * stack by GCC on the narrower targets.
 */
typedef double KNAME(vec) __attribute__((vector_size(KVBYTES), may_alias));
#define VEC KNAME(vec)
#define NV (LANES * sizeof(double) / KVBYTES)

/*
 * Forward search from the k <= LANES sources src (search numbering) along the arcs fs/fa,
 * counting shortest paths into sigma. The nodes
 * new to some lane at level d are the entries lv_start[d] .. lv_start[d + 1], each with the
 * mask of those lanes. Returns the number of levels (at least 1: the sources).
 */
static size_t KNAME(forward)(struct inn_msbfs *ms, const uint32_t *src, size_t k, long cutoff, const uint32_t *fs,
			     const KARC *fa)
{
	size_t n = ms->n, nent = 0, nlev = 1;
	uint8_t *seen = ms->seen, *next = ms->next;
	uint32_t *lv_node = ms->lv_node;
	uint8_t *lv_mask = ms->lv_mask;
	size_t *lv_start = ms->lv_start;
	double *sigma = ms->sigma;

	lv_start[0] = 0;
	for (size_t l = 0; l < k; l++) {
		uint32_t v = src[l];
		seen[v] = (uint8_t)(1u << l);
		lv_node[nent] = v;
		lv_mask[nent++] = (uint8_t)(1u << l);
		sigma[(size_t)v * LANES + l] = 1;
	}
	lv_start[1] = nent;
	for (size_t d = 0; cutoff < 0 || d < (size_t)cutoff; d++) {
		size_t a = lv_start[d], b = lv_start[d + 1];

		/*
		 * push: the lanes that reach v at level d and have not reached a successor w reach it
		 * at d + 1, by as many shortest paths as reach v. The counts are whole numbers, exact
		 * in any order of addition (below 2^53), so pushing gives the pulled values.
		 */
		for (size_t e = a; e < b; e++) {
			uint32_t v = lv_node[e];
			uint8_t m = lv_mask[e];
			/*
			 * read once: w is never v, whose lanes m are all seen; as vectors, not memcpy (which
			 * GCC copied through the stack in 16-byte halves, and reading them back as wider
			 * vectors stalled store forwarding once a node)
			 */
			VEC sv[NV];
			for (size_t i = 0; i < NV; i++)
				sv[i] = ((const VEC *)(sigma + (size_t)v * LANES))[i];
			for (uint32_t j = fs[v]; j < fs[v + 1]; j++) {
				uint32_t w = fa[j];
				/* no branch: a lane not new to w adds 0 (x == 0 often, and unpredictably) */
				uint8_t x = m & (uint8_t)~seen[w];
				next[w] |= x;
				VEC *sw = (VEC *)(sigma + (size_t)w * LANES);
				const VEC *t = (const VEC *)&lane_select[x];
				for (size_t i = 0; i < NV; i++)
					sw[i] += sv[i] * t[i];
			}
		}
		/*
		 * One sweep in node order lists the nodes new to some lane, in an order that keeps the
		 * backward pass close in memory; 8 bytes at a time skip the untouched stretches. In a
		 * word with some lane, no branch per byte (which byte is set is unpredictable): each is
		 * written as an entry, the count advanced only for those with a lane (the entry arrays
		 * have 8 spare places); the bytes from n on are never set.
		 */
		for (size_t w0 = 0; w0 < n; w0 += 8) {
			uint64_t word, old;
			memcpy(&word, next + w0, sizeof(word));
			if (!word)
				continue;
			for (size_t i = 0; i < 8; i++) {
				uint8_t x = next[w0 + i];
				lv_node[nent] = (uint32_t)(w0 + i);
				lv_mask[nent] = x;
				nent += x != 0;
			}
			memcpy(&old, seen + w0, sizeof(old));
			old |= word;
			memcpy(seen + w0, &old, sizeof(old));
			memset(next + w0, 0, sizeof(word));
		}
		if (nent == b)
			break;
		lv_start[d + 2] = nent;
		nlev = d + 2;
	}
	return nlev;
}

/*
 * Backward pass after forward(): each node's dependency in each lane, pulled from its successors
 * one level farther (the arcs fs/fa of the forward search), deepest level first, added to
 * acc[perm[v]]. The coefficient (1 + delta(w)) / sigma(w) (linear: (1/d(w) + delta(w)) /
 * sigma(w)) is kept in cf for the level above.
 */
static void KNAME(backward)(struct inn_msbfs *ms, size_t nlev, bool linear, const uint32_t *fs, const KARC *fa,
			    double *acc)
{
	uint8_t *front = ms->front;
	const uint32_t *lv_node = ms->lv_node, *perm = ms->perm;
	const uint8_t *lv_mask = ms->lv_mask;
	const size_t *lv_start = ms->lv_start;
	VEC *sigma = (VEC *)ms->sigma;
	VEC *cf = (VEC *)ms->cf;

	for (size_t d = nlev - 1; d >= 1; d--) {
		double base = linear ? 1.0 / (double)d : 1.0;

		for (size_t e = lv_start[d]; e < lv_start[d + 1]; e++) {
			uint32_t v = lv_node[e];
			uint8_t m = lv_mask[e];
			VEC sum[NV] = {0}, delta[NV];
			const VEC *keep = (const VEC *)&lane_select[m];
			double dl[LANES];
			if (d + 1 < nlev)
				for (uint32_t j = fs[v]; j < fs[v + 1]; j++) {
					uint32_t w = fa[j];
					/* no branch, as in the forward pass: f == 0 adds 0 */
					uint8_t f = front[w] & m;
#if KVBYTES == 64 && defined(INN_X86)
					/*
					 * AVX-512: the lanes f added under a mask, the others kept, which is what
					 * adding cf * 0 = +0 to them does (the same bytes); no multiply, no lookup,
					 * and a masked load of no lane reads nothing (tried in the forward pass
					 * too, on the stores, and with AVX2's masked loads: no faster, or slower)
					 */
					sum[0] = (VEC)_mm512_mask_add_pd((__m512d)sum[0], f, (__m512d)sum[0],
									 _mm512_maskz_load_pd(f, cf + (size_t)w));
#else
					const VEC *t = (const VEC *)&lane_select[f];
					for (size_t i = 0; i < NV; i++)
						sum[i] += cf[(size_t)w * NV + i] * t[i];
#endif
				}
			for (size_t i = 0; i < NV; i++) {
				size_t at = (size_t)v * NV + i;
				delta[i] = sigma[at] * sum[i];
				/* lanes that did not reach v here keep their coefficient; +1 spares a 0 / 0 there */
				VEC coeff = (base + delta[i]) / (sigma[at] + (1.0 - keep[i]));
				cf[at] = keep[i] * coeff + (1.0 - keep[i]) * cf[at];
				/* v's lanes m are done with: cleared for the next pass here, in the line at hand */
				sigma[at] = (1.0 - keep[i]) * sigma[at];
			}
			memcpy(dl, delta, sizeof(dl));
			/*
			 * The same additions in the same order, kept in a register, and no branch: the lanes
			 * other than m add +0 (their sum is 0, so their delta is 0 times a finite count), which
			 * leaves a sum of non-negative terms as it is. Testing the bits of m instead cost a
			 * mispredicted branch or two a node.
			 */
			double a = acc[perm[v]];
			if (linear)
				for (size_t l = 0; l < LANES; l++)
					a += dl[l] * (double)d;
			else
				for (size_t l = 0; l < LANES; l++)
					a += dl[l];
			acc[perm[v]] = a;
		}
		if (d + 1 < nlev)
			for (size_t e = lv_start[d + 1]; e < lv_start[d + 2]; e++)
				front[lv_node[e]] = 0;
		for (size_t e = lv_start[d]; e < lv_start[d + 1]; e++)
			front[lv_node[e]] = lv_mask[e];
	}
	if (nlev > 1)
		for (size_t e = lv_start[1]; e < lv_start[2]; e++)
			front[lv_node[e]] = 0;
}

#ifndef KNO_REACH
/*
 * Closeness and harmonic: from the k <= REACH_LANES nodes src (search numbering) along the arcs
 * fs/fa, per lane, the nodes reached within cutoff (the source left out), the sum of their
 * distances and of the inverses. No path counts, so a lane is a bit of one 64-bit mask and a
 * pass serves 64 sources; only the current and the next frontier are kept. The inverses are
 * added a level at a time (the level's count over its distance, nearest level first), as the
 * one-source search adds them, so both give the same bytes.
 */
static void KNAME(reach)(struct inn_msbfs *ms, const uint32_t *src, size_t k, long cutoff, const uint32_t *fs,
			 const uint32_t *fa, size_t *reached, double *sum_dist, double *sum_inverse)
{
	size_t n = ms->n, ncur = 0;
	uint64_t *seen = ms->r_seen, *next = ms->r_next;
	uint32_t *cur = ms->r_cur, *nxt = ms->r_nxt;
	uint64_t *curm = ms->r_curm, *nxtm = ms->r_nxtm;
	double inv[REACH_LANES] = {0}, dist[REACH_LANES] = {0};
	size_t cnt[REACH_LANES] = {0};

	for (size_t l = 0; l < k; l++) {
		seen[src[l]] = (uint64_t)1 << l;
		cur[ncur] = src[l];
		curm[ncur++] = (uint64_t)1 << l;
	}
	for (size_t d = 1; ncur > 0 && (cutoff < 0 || d <= (size_t)cutoff); d++) {
		size_t here[REACH_LANES] = {0}, nnxt = 0;

		for (size_t e = 0; e < ncur; e++) {
			uint32_t v = cur[e];
			uint64_t m = curm[e];
			for (uint32_t j = fs[v]; j < fs[v + 1]; j++)
				next[fa[j]] |= m & ~seen[fa[j]];
		}
		for (size_t w = 0; w < n; w++) {
			uint64_t b = next[w];
			if (!b)
				continue;
			next[w] = 0;
			seen[w] |= b;
			nxt[nnxt] = (uint32_t)w;
			nxtm[nnxt++] = b;
			for (; b; b &= b - 1)
				here[__builtin_ctzll(b)]++;
		}
		for (size_t l = 0; l < REACH_LANES; l++) {
			cnt[l] += here[l];
			dist[l] += (double)here[l] * (double)d; /* whole numbers: exact, in any order */
			inv[l] += (double)here[l] / (double)d;  /* a level at a time, as inn_bfs_reach() adds */
		}
		{
			uint32_t *t = cur;
			uint64_t *tm = curm;
			cur = nxt, curm = nxtm, nxt = t, nxtm = tm;
			ncur = nnxt;
		}
	}
	memset(seen, 0, n * sizeof(*seen));
	for (size_t l = 0; l < REACH_LANES; l++) {
		reached[l] = cnt[l];
		sum_dist[l] = dist[l];
		sum_inverse[l] = inv[l];
	}
}

#endif

#undef NV
#undef VEC
#undef KNAME
#undef KCAT
#undef KCAT2
