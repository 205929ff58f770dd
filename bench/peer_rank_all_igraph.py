#!/usr/bin/python3
"""The python-igraph script a user would write for `innonet rank --by all` on a small model:
json.load the node-link file, build the graph, compute the measures of `rank --by all` that
python-igraph offers (degree, strength, betweenness, closeness, harmonic, eigenvector, PageRank,
Burt's constraint, coreness; on a directed model also in/out-degree, hub and authority), write
one CSV row per node.
usage: peer_rank_all_igraph.py FILE.json [REPEAT]
REPEAT (default 1) repeats the work after the import, to time it apart from the interpreter's start."""
import csv, json, sys, time
import igraph as ig

path, repeat = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
t0 = time.time()
for _ in range(repeat):
    doc = json.load(open(path))
    ids = {n["id"]: i for i, n in enumerate(doc["nodes"])}
    links = doc.get("links", doc.get("edges", []))
    directed = doc.get("directed", False)
    g = ig.Graph(n=len(ids), edges=[(ids[l["source"]], ids[l["target"]]) for l in links], directed=directed)
    cols = {"degree": g.degree(), "strength": g.strength(), "betweenness": g.betweenness(),
            "closeness": g.closeness(), "harmonic": g.harmonic_centrality(),
            "eigenvector": g.eigenvector_centrality(), "pagerank": g.pagerank(),
            "constraint": g.constraint(), "coreness": g.coreness()}
    if directed:
        cols.update(indegree=g.indegree(), outdegree=g.outdegree(), hub=g.hub_score(),
                    authority=g.authority_score())
    w = csv.writer(open("/dev/null", "w"))
    w.writerow(["id"] + list(cols))
    for n, i in ids.items():
        w.writerow([n] + [cols[c][i] for c in cols])
print(f"igraph-rank-all {(time.time() - t0) / repeat:.6f}", file=sys.stderr)
