"""layers_ref.py: the reference values of t-layers-years.sh, computed by NetworkX on the model file alone.

usage: layers_ref.py MODEL WHAT [ARGS...]; prints what innonet should print, one item a line.
  snapshot YEAR           the network as it stood in YEAR (since <= YEAR <= until, links with both ends)
  relation R,R [drop]     G.edge_subgraph of those relations' links, the other nodes as isolates
                          (with 'drop': edge_subgraph alone)
  within K,K              G.subgraph of the nodes of those kinds
Each prints "id score" lines of unnormalized betweenness, or with 'count' as the last argument
"nodes links".
"""
import json
import sys

import networkx as nx


def load(path):
    d = json.load(open(path, encoding="utf-8"))
    G = nx.MultiGraph() if d.get("multigraph") else nx.Graph()
    if d.get("directed"):
        G = nx.MultiDiGraph() if d.get("multigraph") else nx.DiGraph()
    for n in d["nodes"]:
        G.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for l in d["links"]:
        G.add_edge(l["source"], l["target"], **{k: v for k, v in l.items() if k not in ("source", "target")})
    return G


def spans(a, year):
    return a.get("since", year) <= year <= a.get("until", year)


def snapshot(G, year):
    H = G.__class__()
    H.add_nodes_from((v, a) for v, a in G.nodes(data=True) if spans(a, year))
    H.add_edges_from((u, v, a) for u, v, a in G.edges(data=True) if spans(a, year) and u in H and v in H)
    return H


def shape(G, args):
    i = 0
    while i < len(args):
        what = args[i]
        if what == "snapshot":
            G = snapshot(G, int(args[i + 1]))
            i += 2
        elif what == "relation":
            rels = set(args[i + 1].split(","))
            H = G.edge_subgraph([(u, v) for u, v, r in G.edges(data="relation") if r in rels]).copy()
            if i + 2 < len(args) and args[i + 2] == "drop":
                i += 1
            else:
                H.add_nodes_from(G.nodes(data=True))
            G = H
            i += 2
        elif what == "exclude":
            rels = set(args[i + 1].split(","))
            H = G.copy()
            H.remove_edges_from([(u, v) for u, v, r in G.edges(data="relation") if r in rels])
            G = H
            i += 2
        elif what == "within":
            kinds = set(args[i + 1].split(","))
            G = G.subgraph([v for v, k in G.nodes(data="kind") if k in kinds]).copy()
            i += 2
        else:
            break
    return G, args[i:]


G, rest = shape(load(sys.argv[1]), sys.argv[2:])
if rest == ["count"]:
    print(G.number_of_nodes(), G.number_of_edges())
elif rest == ["closeness"]:
    for v, x in sorted(nx.closeness_centrality(G).items()):
        print(v, repr(x))
else:
    for v, x in sorted(nx.betweenness_centrality(G, normalized=False).items()):
        print(v, repr(x))
