"""keyplayer_ref.py: Borgatti's key player scores by brute force over every set, with NetworkX, written
apart from innonet's C: usage keyplayer_ref.py OUT.json MODEL.json GOAL K [D [KINDS]]. Checks innonet's JSON
answer: the score is the best, the set scores it, the number of tied sets, every listed tie, the best
single node; a greedy answer's set scores what it says and no more than the best."""
import itertools
import json
import sys

import networkx as nx

out, model, goal, k = sys.argv[1:5]
k = int(k)
d_max = int(sys.argv[5]) if len(sys.argv) > 5 else 1
among = set(sys.argv[6].split(",")) if len(sys.argv) > 6 else None
res = json.load(open(out))
G = nx.Graph(nx.node_link_graph(json.load(open(model))).to_undirected())  # links without direction, merged
G.remove_edges_from(nx.selfloop_edges(G))
nodes = [v for v in G.nodes if among is None or G.nodes[v].get("kind") in among]  # who may be in the set


def score(s):
    H = G.copy()
    if goal == "reach":
        lengths = nx.multi_source_dijkstra_path_length(G, set(s), cutoff=d_max, weight=lambda u, v, e: 1)
        return float(len([v for v in lengths if v not in s]))
    H.remove_nodes_from(s)
    m = H.number_of_nodes()
    if goal == "fragment":
        return 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(H)) / (m * (m - 1))
    total = sum(1 / dist for src, ls in nx.all_pairs_shortest_path_length(H) for dst, dist in ls.items() if dist > 0)
    return 1 - total / (m * (m - 1))


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1, abs(b))


got = res["score"]
assert close(score(res["set"]), got), ("the set does not score what is printed", res["set"], score(res["set"]), got)
singles = {v: score([v]) for v in nodes}
best_single = max(singles.values())
assert close(res["best_single"]["score"], best_single), (res["best_single"], best_single)
assert close(singles[res["best_single"]["id"]], best_single)
if res["search"] == "exact":
    scores = {s: score(s) for s in itertools.combinations(nodes, k)}
    best = max(scores.values())
    tied = [s for s, x in scores.items() if close(x, best)]
    assert close(got, best), ("not the best", got, best)
    assert res["tied_sets"] == len(tied), ("tied sets", res["tied_sets"], len(tied))
    tied_sets = {frozenset(s) for s in tied}
    assert all(frozenset(s) in tied_sets for s in res["ties"]), res["ties"]
    assert len(res["ties"]) == min(len(tied) - 1, 10) and frozenset(res["set"]) not in map(frozenset, res["ties"])
    assert len({frozenset(s) for s in res["ties"]}) == len(res["ties"])
