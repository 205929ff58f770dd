"""packed.py: checks of the drawings of large fragmented networks (tests/cli/t-large-drawings.sh).

  packed.py make OUT C S I          a model of C random trees (NetworkX, 2..S nodes each, seeded)
                                    and I isolated nodes, as node-link JSON
  packed.py check SVG MODEL         every node and link of MODEL drawn once; the boxes of its
                                    components (each node's shapes, NetworkX's components) overlap
                                    neither each other nor the legend
  packed.py moved SVG MODEL         the same, with node i0 moved onto node t0-0: must fail
  packed.py shapes OUT C [directed] a model of C small components of varied shapes (2-node
                                    pairs, paths, stars, triangles, cycles, trees, complete and
                                    random graphs of up to 8 nodes, some with long names) beside
                                    a tree of 520 nodes (past the 500 from which a component is laid
                                    out in place, render_pack.c), as node-link JSON
  packed.py apart SVG               no two node boxes overlap (shapes, 0.5 point allowed)
  packed.py apart-moved SVG         the same, with one node's box moved onto another's: must fail
  packed.py rule SVG MODEL DOT      the small components were placed by innonet's rule: each
                                    2-node pair side by side, as far apart as the DOT's nodesep
                                    or half its ranksep, whichever is larger; each
                                    triangle two nodes level, the first above them; each star's
                                    hub amid its leaves
  packed.py tooltips SVG CSV        the tooltips' "rank by M: R of N (S)" equal the ranks and
                                    scores of `innonet rank --by all -j 1 --format csv` (CSV)
"""
import csv
import json
import random
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def fail(msg):
    print(msg)
    sys.exit(1)


def make(out, c, s, i):
    r = random.Random(1)
    kinds = ["institute", "lead_organization", "agency", "national_lab", "member_type"]
    G = nx.Graph()
    for k in range(c):
        t = nx.random_tree(r.randint(2, s), seed=k) if hasattr(nx, "random_tree") else nx.path_graph(2)
        G.update(nx.relabel_nodes(t, lambda v, k=k: "t%d-%d" % (k, v)))
    G.add_nodes_from("i%d" % k for k in range(i))
    for n, v in enumerate(G.nodes):
        G.nodes[v]["kind"] = kinds[n % 5]
    json.dump(nx.node_link_data(G), open(out, "w"))


def shapes(out, c, directed):
    r = random.Random(7)
    kinds = ["institute", "lead_organization", "agency", "national_lab", "member_type"]
    G = nx.DiGraph() if directed else nx.Graph()
    makers = [lambda: nx.path_graph(2), lambda: nx.path_graph(r.randint(3, 8)), lambda: nx.star_graph(r.randint(3, 7)),
              lambda: nx.cycle_graph(3), lambda: nx.cycle_graph(r.randint(4, 8)),
              lambda: nx.random_labeled_tree(r.randint(4, 8), seed=r.randint(0, 999))
              if hasattr(nx, "random_labeled_tree") else nx.random_tree(r.randint(4, 8), seed=r.randint(0, 999)),
              lambda: nx.complete_graph(r.randint(4, 6)), lambda: nx.gnm_random_graph(8, 11, seed=r.randint(0, 999))]
    k = 0
    while k < c:
        h = makers[k % len(makers)]()
        if nx.is_connected(h):
            G.update(nx.relabel_nodes(h, lambda v, k=k: "s%d-%d" % (k, v)))
            k += 1
    G.update(nx.relabel_nodes(nx.random_tree(520, seed=1) if hasattr(nx, "random_tree") else nx.path_graph(520),
                              lambda v: "big-%d" % v))
    for n, v in enumerate(G.nodes):
        G.nodes[v]["kind"] = kinds[n % 5]
        if n % 7 == 0:
            G.nodes[v]["label"] = "A longer name %d" % n
    json.dump(nx.node_link_data(G), open(out, "w"))


def boxes(svg):
    """Each drawn model node's box (x0, y0, x1, y1) from its shapes; the legend's box."""
    root = ET.parse(svg).getroot()
    out, legend, names = {}, None, []
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        if g.get("id") == "legend":
            pts = [tuple(map(float, p.split(","))) for e in g.findall(SVG + "path") + g.findall(SVG + "polygon")
                   for p in re.findall(r"-?[\d.]+,-?[\d.]+", e.get("d") or e.get("points"))]
            legend = (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
        if "node" not in cls or "legend" in cls:
            continue
        name = g.find(SVG + "title").text
        names.append(name)
        xs, ys = [], []
        for e in g.iter():
            if e.tag == SVG + "ellipse":
                cx, cy, rx, ry = (float(e.get(k)) for k in ("cx", "cy", "rx", "ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif e.tag in (SVG + "polygon", SVG + "path"):
                for x, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", e.get("points") or e.get("d")):
                    xs.append(float(x))
                    ys.append(float(y))
        out[name] = (min(xs), min(ys), max(xs), max(ys))
    return out, legend, names


def meet(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check(svg, model, moved=False):
    G = nx.node_link_graph(json.load(open(model)))
    box, legend, names = boxes(svg)
    if moved:
        # the checker's own test: isolated node i0 put where tree 0's first node is drawn
        box["i0"] = box["t0-0"]
    if len(names) != len(set(names)) or set(names) != set(map(str, G.nodes)):
        fail("nodes drawn: %d (%d distinct), model: %d" % (len(names), len(set(names)), G.number_of_nodes()))
    root = ET.parse(svg).getroot()
    drawn = sum(1 for g in root.iter(SVG + "g") if (g.get("class") or "").startswith("edge ")
                and "legend" not in g.get("class"))
    if drawn != G.number_of_edges():
        fail("links drawn: %d, model: %d" % (drawn, G.number_of_edges()))
    comps = []
    for c in nx.connected_components(G.to_undirected()):
        bs = [box[str(v)] for v in c]
        comps.append((min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)))
    # a sweep along x: the components whose boxes could meet are those open at once
    comps.sort()
    open_ = []
    for b in comps:
        open_ = [o for o in open_ if o[2] > b[0]]
        for o in open_:
            if meet(o, b):
                fail("two components overlap: %s and %s" % (o, b))
        open_.append(b)
        if legend and meet(b, legend):
            fail("a component %s overlaps the legend %s" % (b, legend))
    print("%d nodes, %d links, %d components, none overlapping" % (len(names), drawn, len(comps)))


def apart(svg, moved=False):
    box, _, names = boxes(svg)
    if moved:
        # the checker's own test: the second node drawn put where the first one is
        box[names[1]] = box[names[0]]
    # boxes by cells of the largest box: only the same and neighbouring cells can overlap
    size = max(max(b[2] - b[0], b[3] - b[1]) for b in box.values())
    grid = {}
    for v, b in box.items():
        grid.setdefault((int(b[0] // size), int(b[1] // size)), []).append(v)
    shrink = lambda b: (b[0] + 0.25, b[1] + 0.25, b[2] - 0.25, b[3] - 0.25)
    for (gx, gy), vs in grid.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for w in grid.get((gx + dx, gy + dy), []):
                    for v in vs:
                        if v < w and meet(shrink(box[v]), shrink(box[w])):
                            fail("nodes %s and %s overlap: %s %s" % (v, w, box[v], box[w]))
    print("%d nodes, no two overlapping" % len(box))


def rule(svg, model, dot):
    G = nx.node_link_graph(json.load(open(model))).to_undirected()
    # the least gap between linked nodes: the graph's nodesep or half its ranksep (inches), in points
    text = open(dot).read()
    sep = {k: float(re.search(r"\b%s=([\d.]+)" % k, text).group(1)) * 72 for k in ("nodesep", "ranksep")}
    link = max(sep["nodesep"], sep["ranksep"] / 2)
    box, _, _ = boxes(svg)
    centre = {v: ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for v, b in box.items()}
    pairs = stars = triangles = 0
    for c in nx.connected_components(G):
        H = G.subgraph(c)
        if len(c) == 2:
            # side by side, a link's least length between the boxes
            a, b = sorted(c, key=lambda v: centre[v][0])
            gap = box[b][0] - box[a][2]
            if abs(centre[a][1] - centre[b][1]) > 0.5 or abs(gap - link) > 0.5:
                fail("pair %s %s not side by side %.2f points apart: %s %s" % (a, b, link, box[a], box[b]))
            pairs += 1
        elif len(c) == 3 and H.number_of_edges() == 3:
            # a triangle: two nodes level, the first in model order above the middle of them
            top = min(c, key=lambda v: int(v.split("-")[1]))
            a, b = (v for v in c if v != top)
            level = abs(centre[a][1] - centre[b][1]) <= 0.5
            above = centre[top][1] < centre[a][1] and abs(centre[top][0] - (centre[a][0] + centre[b][0]) / 2) <= 0.5
            if not (level and above):
                fail("triangle %s: not two level and one above: %s" % (sorted(c), [centre[v] for v in sorted(c)]))
            triangles += 1
        elif len(c) >= 4 and nx.is_tree(H) and max(d for _, d in H.degree) == len(c) - 1:
            hub = max(H.degree, key=lambda x: x[1])[0]
            leaves = [centre[v] for v in c if v != hub]
            x0, x1 = min(p[0] for p in leaves), max(p[0] for p in leaves)
            y0, y1 = min(p[1] for p in leaves), max(p[1] for p in leaves)
            if not (x0 < centre[hub][0] < x1 and y0 < centre[hub][1] < y1):
                fail("star %s: its hub %s is not amid its leaves" % (hub, centre[hub]))
            stars += 1
    if not (pairs and triangles and stars):
        fail("nothing to check: %d pairs, %d triangles, %d stars" % (pairs, triangles, stars))
    print("%d pairs side by side, %d triangles level, %d stars around their hubs" % (pairs, triangles, stars))


def tooltips(svg, table):
    rows = list(csv.DictReader(open(table)))
    ranked = {}
    for col in rows[0]:
        if col in ("id", "label", "kind"):
            continue
        vals = {r["id"]: float(r[col]) for r in rows}
        ranked[col] = vals
    root = ET.parse(svg).getroot()
    seen = 0
    for a in root.iter(SVG + "a"):
        t = a.get(XLINK + "title") or ""
        for m, score in re.findall(r"rank by ([a-z_]+): \d+ of \d+ \(([-\d.e+]+)\)", t):
            node = t.split(" (")[0]
            want = ranked[m][node]
            if abs(float(score) - want) > 1e-6 * max(1, abs(want)):
                fail("%s of %s: tooltip %s, rank %r" % (m, node, score, want))
            seen += 1
    if seen < len(rows) * 10:
        fail("only %d tooltip scores read" % seen)
    print("%d tooltip scores equal rank's" % seen)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] in ("check", "moved"):
        check(sys.argv[2], sys.argv[3], sys.argv[1] == "moved")
    elif sys.argv[1] == "shapes":
        shapes(sys.argv[2], int(sys.argv[3]), len(sys.argv) > 4 and sys.argv[4] == "directed")
    elif sys.argv[1] in ("apart", "apart-moved"):
        apart(sys.argv[2], sys.argv[1] == "apart-moved")
    elif sys.argv[1] == "rule":
        rule(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        tooltips(sys.argv[2], sys.argv[3])
