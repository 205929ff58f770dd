"""diagram.py: what the diagram CLI tests read out of innonet's SVG and DOT, and the NetworkX side.

Used by tests/cli/t-export.sh as `/usr/bin/python3 diagram.py CHECK ARGS...`; each check exits
non-zero with a message when the drawing does not match what NetworkX computes on the model.
"""
import json
import math
import sys
import xml.etree.ElementTree as ET

import networkx as nx

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def model(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data, nx.node_link_graph(data)


def nodes(svg_path):
    """The drawn model nodes: id -> {class, tooltip, texts, fill, size, href}, legend left out."""
    root = ET.parse(svg_path).getroot()
    out = {}
    for g in root.iter(SVG + "g"):
        cls = g.get("class", "")
        if not cls.startswith("node ") or "legend" in cls.split():
            continue
        name = g.find(SVG + "title").text
        a = g.find(".//" + SVG + "a")
        shape = next((e for e in g.iter() if e.tag in (SVG + "ellipse", SVG + "polygon", SVG + "path")), None)
        texts = [t for t in g.iter(SVG + "text")]
        out[name] = {
            "class": cls,
            "tooltip": a.get(XLINK + "title") if a is not None else None,
            "href": a.get(XLINK + "href") if a is not None else None,
            "texts": [t.text or "" for t in texts],
            "size": float(texts[0].get("font-size")) if texts else None,
            "fill": shape.get("fill").upper() if shape is not None and shape.get("fill") else None,
            "font": texts[0].get("font-family") if texts else None,
            "id": g.get("id"),
        }
    return out


def edges(svg_path):
    root = ET.parse(svg_path).getroot()
    return [g for g in root.iter(SVG + "g") if g.get("class", "").startswith("edge ") and "legend" not in g.get("class", "")]


def fail(msg):
    print(msg)
    sys.exit(1)


def ranks(scores):
    """innonet's ranking: score descending, ties (within 1e-9 relative) share a rank, then id."""
    order = sorted(scores, key=lambda n: (-scores[n], str(n).encode()))
    out, prev, rank = {}, None, 0
    for i, n in enumerate(order):
        s = scores[n]
        if prev is None or abs(s - prev) > 1e-9 * max(abs(s), abs(prev)) + 1e-12:
            rank = i + 1
            prev = s
        out[n] = rank
    return out


def check_svg(svg, model_path, drawn=None):
    """One node group per drawn node, titled by its id; tooltips with betweenness ranks; a legend."""
    data, G = model(model_path)
    got = nodes(svg)
    want = set(str(n["id"]) for n in data["nodes"]) if drawn is None else set(drawn)
    if set(got) != want:
        fail("drawn %s, expected %s" % (sorted(set(got) ^ want), "the model's nodes"))
    root = ET.parse(svg).getroot()
    if not any(g.get("id") == "legend" for g in root.iter(SVG + "g")):
        fail("no legend group")
    bc = ranks(nx.betweenness_centrality(G, normalized=False))
    for n, info in got.items():
        line = "rank by betweenness: %d of %d " % (bc[n], G.number_of_nodes())
        if not info["tooltip"] or line not in info["tooltip"]:
            fail("%s: tooltip %r lacks %r" % (n, info["tooltip"], line))


def check_ego(svg, model_path, ego, radius):
    _, G = model(model_path)
    want = set(nx.ego_graph(G.to_undirected(), ego, radius=int(radius)))
    got = set(nodes(svg))
    if got != want:
        fail("ego drawing differs from nx.ego_graph: %s" % sorted(got ^ want))


def highlighted(svg):
    got = nodes(svg)
    hn = {n for n, i in got.items() if "highlight" in i["class"].split()}
    he = []
    for g in edges(svg):
        if "highlight" in g.get("class").split():
            he.append(g.find(SVG + "title").text.replace("&#45;", "-"))
    return got, hn, he


def check_path(svg, model_path, a, b):
    _, G = model(model_path)
    paths = list(nx.all_shortest_paths(G, a, b))
    want_nodes = {n for p in paths for n in p}
    want_edges = {frozenset(e) for p in paths for e in zip(p, p[1:])}
    _, hn, he = highlighted(svg)
    got_edges = {frozenset(t.split("--")) for t in he}
    if hn != want_nodes or got_edges != want_edges:
        fail("highlighted %s / %s, NetworkX's shortest paths %s" % (sorted(hn), he, paths))


def check_cut(svg, model_path, a, b):
    _, G = model(model_path)
    _, hn, _ = highlighted(svg)
    size = nx.node_connectivity(G, a, b)
    H = G.copy()
    H.remove_nodes_from(hn)
    if len(hn) != size or nx.has_path(H, a, b):
        fail("highlighted %s is not a minimum node cut (NetworkX: %d nodes)" % (sorted(hn), size))


def check_edge_cut(svg, model_path, a, b):
    _, G = model(model_path)
    _, _, he = highlighted(svg)
    size = nx.edge_connectivity(G, a, b)
    H = G.copy()
    H.remove_edges_from(tuple(t.split("--")) for t in he)
    if len(he) != size or nx.has_path(H, a, b):
        fail("highlighted %s is not a minimum link cut (NetworkX: %d links)" % (he, size))


def check_size_color(svg, model_path):
    """--size-by betweenness --color-by degree, against the scales of docs/diagrams.md."""
    _, G = model(model_path)
    bc = nx.betweenness_centrality(G, normalized=False)
    deg = dict(G.degree())
    lo, hi = min(bc.values()), max(bc.values())
    dlo, dhi = min(deg.values()), max(deg.values())
    palette = ["#FDE725", "#90D743", "#35B779", "#21918C", "#31688E", "#443983", "#440154"]
    for n, info in nodes(svg).items():
        t = math.sqrt((bc[n] - lo) / (hi - lo))
        size = round((9 + 14 * t) * 2) / 2
        if abs(info["size"] - size) > 1e-9:
            fail("%s: font size %s, expected %s" % (n, info["size"], size))
        step = min(int(math.floor((deg[n] - dlo) / (dhi - dlo) * 7)), 6)
        if info["fill"] != palette[step]:
            fail("%s: fill %s, expected %s (degree %d)" % (n, info["fill"], palette[step], deg[n]))


def check_large(svg, model_path, top):
    _, G = model(model_path)
    order = ranks(dict(G.degree()))
    want = set(sorted(order, key=lambda n: (order[n], n.encode()))[: int(top)])
    got = {n for n, i in nodes(svg).items() if any(t.strip() for t in i["texts"])}
    if got != want:
        fail("labelled %d nodes, expected the %s top by degree: %s" % (len(got), top, sorted(got ^ want)[:10]))


def check_labels(svg, model_path, field):
    data, _ = model(model_path)
    got = nodes(svg)
    for n in data["nodes"]:
        want = n.get(field, n.get("label", str(n["id"])))
        text = "".join(got[str(n["id"])]["texts"]).replace(" ", "")
        if text != str(want).replace(" ", ""):
            fail("%s: label %r, expected %r" % (n["id"], text, want))


if __name__ == "__main__":
    globals()["check_" + sys.argv[1]](*sys.argv[2:])
