#!/usr/bin/python3
"""Quality of a drawing: node pairs that overlap (as boxes of their width and height), links that
cross (estimated from 200,000 random pairs of links), and stress against graph distances
(unweighted, from 500 sampled sources, the drawing scaled optimally).

usage: drawing_quality.py JSON    (Graphviz json0, or svg_boxes.py's reading of an SVG)"""
import json, sys, math, random
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import shortest_path
d = json.load(open(sys.argv[1]))
objs = [o for o in d["objects"] if "pos" in o and not o["name"].startswith("legend")]
idx = {o["_gvid"]: i for i, o in enumerate(objs)}
P = np.array([[float(v) for v in o["pos"].split(",")] for o in objs])
W = np.array([float(o["width"]) * 72 for o in objs]); H = np.array([float(o["height"]) * 72 for o in objs])
E = [(idx[e["tail"]], idx[e["head"]]) for e in d.get("edges", []) if e["tail"] in idx and e["head"] in idx]
n = len(objs)
# overlaps: grid buckets
cell = max(W.max(), H.max()); grid = {}
for i, (x, y) in enumerate(P):
    grid.setdefault((int(x // cell), int(y // cell)), []).append(i)
ov = 0
for (gx, gy), members in grid.items():
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for j in grid.get((gx + dx, gy + dy), []):
                for i in members:
                    if i < j and abs(P[i,0]-P[j,0]) < (W[i]+W[j])/2 - 0.5 and abs(P[i,1]-P[j,1]) < (H[i]+H[j])/2 - 0.5:
                        ov += 1
# crossings among a sample of link pairs (exact count too slow for 10^4 links): 200,000 pairs
def cross(a, b, c, d_):
    def o(p, q, r): return np.sign((q[0]-p[0])*(r[1]-p[1]) - (q[1]-p[1])*(r[0]-p[0]))
    return o(a,b,c) * o(a,b,d_) < 0 and o(c,d_,a) * o(c,d_,b) < 0
rnd = random.Random(1); m = len(E); pairs = 200000; cr = 0
for _ in range(pairs):
    e, f = E[rnd.randrange(m)], E[rnd.randrange(m)]
    if len({*e, *f}) < 4: continue
    if cross(P[e[0]], P[e[1]], P[f[0]], P[f[1]]): cr += 1
est = cr / pairs * m * (m - 1) / 2
# stress on 500 sampled nodes' distances to all: sum (||xi-xj|| s - dij)^2 / dij^2, s optimal
A = csr_matrix((np.ones(2*m), ([a for a,b in E]+[b for a,b in E], [b for a,b in E]+[a for a,b in E])), shape=(n, n))
src = rnd.sample(range(n), min(500, n))
D = shortest_path(A, unweighted=True, indices=src)
X = np.linalg.norm(P[src][:, None, :] - P[None, :, :], axis=2)
mask = np.isfinite(D) & (D > 0)
dd, xx = D[mask], X[mask]
s = np.sum(xx / dd) / np.sum(xx**2 / dd**2)
stress = np.mean((s * xx - dd)**2 / dd**2)
print(f"nodes {n} links {m} overlapping_pairs {ov} crossings_est {est:.0f} stress {stress:.4f}")
