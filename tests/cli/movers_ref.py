# movers_ref.py: rank movers worked out independently of innonet, for t-scenarios.sh: the scores from
# NetworkX, the ranks and movers from the definition in docs/scenarios.md (ranks among the nodes in
# both, undefined scores last and tied, a mover's own score changed, largest |move| first, then id).
# usage: movers_ref.py BY CSV SECTION A.json (B.json | --remove ID...)   exits non-zero on a mismatch
import csv, json, math, sys
import networkx as nx


def scores(G, by):
    if by == "betweenness":
        return nx.betweenness_centrality(G, normalized=False)
    if by == "effective_size":
        return nx.effective_size(G)
    if by == "constraint":
        return nx.constraint(G)
    if by == "degree":
        return {v: float(d) for v, d in G.degree()}
    raise SystemExit("movers_ref.py: no reference for " + by)


def undefined(x):
    return x is None or math.isnan(x)


def tie(a, b):
    if undefined(a) or undefined(b):
        return undefined(a) and undefined(b)
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12


def ranks(s, nodes):
    defined = sorted((v for v in nodes if not undefined(s[v])), key=lambda v: (-s[v], v))
    r, first = {}, 0
    for k, v in enumerate(defined):
        if not tie(s[defined[first]], s[v]):
            first = k
        r[v] = first + 1
    for v in nodes:
        if undefined(s[v]):
            r[v] = len(defined) + 1
    return r


def load(path):
    return nx.node_link_graph(json.load(open(path, encoding="utf-8")))


def main():
    by, path, section, a = sys.argv[1:5]
    A = load(a)
    if sys.argv[5] == "--remove":
        B = A.copy()
        B.remove_nodes_from(sys.argv[6:])
    else:
        B = load(sys.argv[5])
    both = [v for v in A if v in B]
    sa, sb = scores(A, by), scores(B, by)
    ra, rb = ranks(sa, both), ranks(sb, both)
    want = [(v, ra[v], rb[v]) for v in both
            if ra[v] != rb[v] and not undefined(sa[v]) and not undefined(sb[v]) and not tie(sa[v], sb[v])]
    want.sort(key=lambda m: (-abs(m[1] - m[2]), m[0]))
    got = [(r["id"], int(r["before"]), int(r["after"])) for r in csv.DictReader(open(path, encoding="utf-8"))
           if r["section"] == section]
    if got != want:
        print("movers by", by, "differ:\n  innonet:  ", got, "\n  reference:", want)
        sys.exit(1)


main()
