#!/usr/bin/python3
"""Round trips of innonet's data formats through NetworkX, python-igraph and Graphviz's own dot.

usage: /usr/bin/python3 tests/cli/roundtrip.py INNONET MODEL.json TMPDIR   (run by t-interop.sh)

For each model and format, innonet writes the format, NetworkX (or the csv module) reads it,
and the ids, kinds, labels, relations and weights are compared with NetworkX's own reading of
the original JSON; then NetworkX writes the network again, innonet reads that back, and the same
comparison is made on innonet's JSON export of it. The measures innonet adds as node attributes
are compared with NetworkX's functions. Prints "ok - ..." or "FAIL - ..." a line; exits 1 on any
failure."""
import csv
import json
import os
import re
import subprocess
import sys

import networkx as nx

from tap import fail, finish, ok

binary, model, tmp = sys.argv[1:4]


def innonet(*args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"innonet {' '.join(args)}: {r.stderr.strip()}")
    return r.stdout


def as_graph(path):
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f))


def facts(G):
    """What must survive every format: ids (as text), kinds, labels; link ends (in the direction
    the relation reads), relations and weights, as a sorted list so parallel links count."""
    nodes = {str(v): (d.get("kind"), d.get("label")) for v, d in G.nodes(data=True)}
    links = sorted((str(u), str(v), d.get("relation") or "", float(d["weight"]) if d.get("weight") is not None else None)
                   for u, v, d in G.edges(data=True))
    return nodes, links


def same(what, got, want):
    gn, gl = facts(got)
    wn, wl = facts(want)
    if gn != wn:
        bad = [k for k in set(gn) | set(wn) if gn.get(k) != wn.get(k)][:3]
        fail(f"{what}: nodes differ at {bad}: {[gn.get(k) for k in bad]} vs {[wn.get(k) for k in bad]}")
    elif gl != wl:
        bad = [x for x in gl if x not in wl][:2] + [x for x in wl if x not in gl][:2]
        fail(f"{what}: links differ: {bad}")
    elif got.is_directed() != want.is_directed():
        fail(f"{what}: directed {got.is_directed()}, expected {want.is_directed()}")
    else:
        ok(f"{what}: {len(gn)} ids, kinds, labels; {len(gl)} links, relations, weights")


def check_measures(what, values, G):
    """values: node id (text) -> {measure: number} as innonet wrote them."""
    tight = dict(tol=1e-12, max_iter=100000)
    ref = {"degree": dict(G.degree()), "betweenness": nx.betweenness_centrality(G, normalized=False),
           "closeness": nx.closeness_centrality(G), "harmonic": nx.harmonic_centrality(G),
           "pagerank": nx.pagerank(G, weight=None, **tight)}
    for name, r in ref.items():
        bad = [v for v in G if abs(float(values[str(v)][name]) - r[v]) > 1e-6 * max(1, abs(r[v]))]
        if bad:
            fail(f"{what}: {name} differs from NetworkX at {bad[:3]}")
            return
    ok(f"{what}: degree, betweenness, closeness, harmonic, pagerank as NetworkX")


def back_via_json(path, *extra):
    """innonet reads path (or CSV options) and exports node-link JSON: the graph NetworkX sees."""
    out = os.path.join(tmp, "back.json")
    innonet("export", "--format", "json", "-o", out, "-q", *extra, *([path] if path else []))
    return as_graph(out)


def drop_id_labels(G, original):
    """GEXF gives every node a label, its id when it has none: undo that for the comparison."""
    unlabelled = {str(v) for v, d in original.nodes(data=True) if d.get("label") is None}
    for v, d in G.nodes(data=True):
        if str(v) in unlabelled and d.get("label") == str(v):
            d.pop("label")
    return G


GUARD = re.compile(r"^'+[=+\-@\t\r]")


def unguard(cell):
    """innonet writes text starting with = + - @ with one more apostrophe in front, so that a
    spreadsheet shows it; a CSV reader that wants the text back removes it (innonet's does)."""
    return cell[1:] if GUARD.match(cell) else cell


def undirected(G):
    """G as an undirected multigraph, every link kept (nx.MultiGraph(G) would merge equal keys)."""
    H = nx.MultiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, **d)
    return H


def relabel_str(G):
    return nx.relabel_nodes(G, {v: str(v) for v in G})


def run(name, src):
    original = as_graph(src)
    base = os.path.join(tmp, name)

    # node-link JSON: json.load + node_link_graph, and back through node_link_data
    innonet("export", "-q", "-o", base + ".json", src)
    G = as_graph(base + ".json")
    same(f"{name} json -> networkx", G, original)
    check_measures(f"{name} json", {str(v): d for v, d in G.nodes(data=True)}, original)
    with open(base + "-nx.json", "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G), f, ensure_ascii=False)
    same(f"{name} json -> networkx -> innonet", back_via_json(base + "-nx.json"), original)

    # GraphML: nx.read_graphml, nx.write_graphml, innonet reads it again
    innonet("export", "-q", "-o", base + ".graphml", src)
    # NetworkX reads yEd's node label of innonet's drawing as the label: the id when there is none
    G = drop_id_labels(nx.read_graphml(base + ".graphml"), original)
    same(f"{name} graphml -> networkx", G, original)
    check_measures(f"{name} graphml", {str(v): d for v, d in G.nodes(data=True)}, original)
    nx.write_graphml(G, base + "-nx.graphml")
    same(f"{name} graphml -> networkx -> innonet", drop_id_labels(back_via_json(base + "-nx.graphml"), original),
         original)

    # GEXF: nx.read_gexf and nx.write_gexf, and the way back to innonet through NetworkX's
    # GraphML of it (innonet's own GEXF reader is tested in formats.py)
    innonet("export", "-q", "-o", base + ".gexf", src)
    G = drop_id_labels(nx.read_gexf(base + ".gexf"), original)
    same(f"{name} gexf -> networkx", G, original)
    check_measures(f"{name} gexf", {str(v): d for v, d in G.nodes(data=True)}, original)
    nx.write_gexf(G, base + "-nx.gexf")
    G2 = nx.read_gexf(base + "-nx.gexf")
    same(f"{name} gexf -> networkx -> gexf -> networkx", drop_id_labels(G2, original), G)
    # NetworkX reads innonet's drawing (viz:) as a dict, which its GraphML writer refuses
    for _, d in G2.nodes(data=True):
        d.pop("viz", None)
    nx.write_graphml(G2, base + "-gexf.graphml")
    same(f"{name} gexf -> networkx -> innonet (as GraphML)",
         drop_id_labels(back_via_json(base + "-gexf.graphml"), original), original)

    # CSV: two files read with the csv module; written back with it; innonet reads --nodes/--links
    innonet("export", "-q", "-o", base + ".csv", src)
    with open(base + ".csv", newline="", encoding="utf-8") as f:
        nodes = [{k: unguard(v) for k, v in r.items()} for r in csv.DictReader(f)]
    with open(base + "-links.csv", newline="", encoding="utf-8") as f:
        links = [{k: unguard(v) for k, v in r.items()} for r in csv.DictReader(f)]
    G = nx.MultiDiGraph() if original.is_directed() else nx.MultiGraph()
    for r in nodes:
        G.add_node(r["id"], **{k: v for k, v in r.items() if v != "" and k != "id"})
    for r in links:
        G.add_edge(r["source"], r["target"], **{k: v for k, v in r.items() if v != "" and k not in ("source", "target")})
    same(f"{name} csv -> python csv module", G, relabel_str(original))
    check_measures(f"{name} csv", {r["id"]: r for r in nodes}, original)
    with open(base + "-py-nodes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(nodes[0].keys()))
        w.writeheader()
        w.writerows(nodes)
    with open(base + "-py-links.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(links[0].keys()))
        w.writeheader()
        w.writerows(links)
    back = back_via_json(None, "--nodes", base + "-py-nodes.csv", "--links", base + "-py-links.csv")
    # CSV models are undirected: a directed original is compared as the undirected network it is
    same(f"{name} csv -> python csv module -> innonet", back, undirected(original) if original.is_directed() else original)


def python_igraph(name, src):
    """GraphML written by python-igraph (ids in the vertex attribute "id") reads back in innonet."""
    import igraph as ig
    original = as_graph(src)
    ids = list(original.nodes)
    g = ig.Graph(directed=original.is_directed())
    g.add_vertices(len(ids))
    g.vs["id"] = [str(v) for v in ids]
    g.vs["kind"] = [original.nodes[v].get("kind") or "" for v in ids]
    g.vs["label"] = [original.nodes[v].get("label") or "" for v in ids]
    index = {v: i for i, v in enumerate(ids)}
    edges = list(original.edges(data=True))
    g.add_edges([(index[u], index[v]) for u, v, _ in edges])
    g.es["relation"] = [d.get("relation") or "" for _, _, d in edges]
    if any("weight" in d for _, _, d in edges):
        g.es["weight"] = [float(d["weight"]) if "weight" in d else float("nan") for _, _, d in edges]
    path = os.path.join(tmp, "igraph.graphml")
    g.write_graphml(path)
    # python-igraph writes a missing string as "" (it has no missing value), and innonet reads
    # an empty string as one, no longer as absent: the kinds and labels it lacked come back ""
    want = original.copy()
    for _, d in want.nodes(data=True):
        d["kind"] = d.get("kind") or ""
        d["label"] = d.get("label") or ""
    same(f"python-igraph graphml ({name}) -> innonet", back_via_json(path), want)


def graphviz_dot():
    """innonet's reading of a DOT file against Graphviz's own (dot -Tjson0)."""
    path = os.path.join(tmp, "t.dot")
    with open(path, "w", encoding="utf-8") as f:
        f.write('digraph "NNMI excerpt" {\n'
                '  node [kind=agency];\n'
                '  DoD [label="Department of Defense"];\n'
                '  "america-makes" [kind=institute, label="America Makes", label_zh="美国制造"];\n'
                '  DoD -> "america-makes" [relation=sponsors, weight=55000000];\n'
                '  NIST -> AMNPO [relation=hosts];\n'
                '  subgraph cluster_doe { "DOE-labs" [kind=lab_system] ; DOE -> "DOE-labs" [relation=part_of] }\n'
                '  DoD -> "america-makes" [relation=funds, weight=2.5];\n'
                '}\n')
    gv = json.loads(subprocess.run(["dot", "-Tjson0", path], check=True, capture_output=True, text=True).stdout)
    objs = [o for o in gv["objects"] if "nodes" not in o]  # subgraphs list their nodes; nodes do not
    by_gvid = {o["_gvid"]: o for o in objs}
    G = nx.MultiDiGraph() if gv["directed"] else nx.MultiGraph()
    for o in objs:
        label = o.get("label")
        G.add_node(o["name"], kind=o.get("kind"), label=None if label in (None, "\\N") else label)
    for e in gv.get("edges", []):
        G.add_edge(by_gvid[e["tail"]]["name"], by_gvid[e["head"]]["name"], relation=e.get("relation"),
                   weight=float(e["weight"]) if "weight" in e else None)
    same("dot file: innonet reads what Graphviz's dot reads", back_via_json(path), G)


run("nnmi", model)
# a directed multigraph with integer ids, parallel links, quotes, commas and line breaks in text;
# keys are unique per pair of nodes, so that the undirected CSV reading keeps the three 1-b links
# apart in NetworkX too (an undirected MultiGraph merges links of the same pair and key)
hard = {"directed": True, "multigraph": True, "graph": {"name": "hard, \"quoted\""},
        "nodes": [{"id": 1, "kind": "agency", "label": "Dept. of \"Quotes\", Commas"},
                  {"id": "b", "kind": "institute", "label": "two\nlines"},
                  {"id": "=c", "kind": "member_type"},
                  {"id": "国防部", "kind": "agency", "label": "国防部"}],
        "links": [{"source": 1, "target": "b", "relation": "sponsors", "weight": 2.5, "key": 0},
                  {"source": 1, "target": "b", "relation": "funds", "weight": 1, "key": 1},
                  {"source": "b", "target": 1, "relation": "reports_to", "key": 2},
                  {"source": "=c", "target": "b", "relation": "member_of", "key": 0},
                  {"source": "国防部", "target": 1, "relation": "part_of", "weight": -3, "key": 0}]}
with open(os.path.join(tmp, "hard-model.json"), "w", encoding="utf-8") as f:
    json.dump(hard, f, ensure_ascii=False)
run("hard", os.path.join(tmp, "hard-model.json"))
python_igraph("nnmi", model)
python_igraph("hard", os.path.join(tmp, "hard-model.json"))
graphviz_dot()
finish()
