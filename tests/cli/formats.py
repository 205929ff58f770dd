#!/usr/bin/python3
"""Round trips of the formats of issue 17: what NetworkX 2.8 and python-igraph 0.10 write, innonet
reads; what innonet writes, NetworkX, python-igraph and innonet read back.

usage: /usr/bin/python3 tests/cli/formats.py INNONET SOURCE_TREE TMPDIR   (run by t-formats.sh)

The expected facts come from the reference graph built here (read by NetworkX or python-igraph,
never by innonet) or, for the hand-made files of tests/fixtures/formats, were worked out by hand
from the file and written below. Prints "ok - ..." or "FAIL - ..." a line; exits 1 on any failure."""
import html
import json
import os
import re
import xml.etree.ElementTree as ET
import subprocess
import sys
import warnings

import igraph as ig
import networkx as nx

from tap import fail, finish, ok

binary, source, tmp = sys.argv[1:4]
warnings.simplefilter("ignore")
MEASURES = {"degree", "indegree", "outdegree", "strength", "betweenness", "closeness", "harmonic",
            "eigenvector", "pagerank", "hub", "authority", "katz", "constraint", "effective_size", "coreness",
            "component", "cuts_off", "coordinator", "itinerant", "gatekeeper", "representative", "liaison"}


def check(what, got, want):
    if got == want:
        ok(what)
    else:
        fail(f"{what}:\n    got      {got}\n    expected {want}")


def innonet_json(*args):
    """innonet reads args and writes node-link JSON: the model as a dict, measures left out."""
    out = os.path.join(tmp, "back.json")
    r = subprocess.run([binary, "export", "--format", "json", "-q", "-o", out, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"innonet {' '.join(args)}: {r.stderr.strip()}")
    with open(out, encoding="utf-8") as f:
        d = json.load(f)
    for n in d["nodes"]:
        for k in MEASURES:
            n.pop(k, None)
    return d


def innonet_write(src, path, *args):
    r = subprocess.run([binary, "export", "-q", "-o", path, *args, src], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"innonet export -o {path}: {r.stderr.strip()}")


# The reference network: ids, kinds, labels, relations and weights a policy analyst would have.
NODES = [("DoD", "agency", "Department of Defense"), ("LIFT", "institute", "Lightweight Innovations for Tomorrow"),
         ("NIST", "agency", "National Institute of Standards and Technology"), ("PowerAmerica", "institute", "Power America")]
LINKS = [("DoD", "LIFT", "sponsors", 2.5), ("NIST", "PowerAmerica", "coordinates", 1.0), ("DoD", "PowerAmerica", "sponsors", 3.0),
         ("LIFT", "NIST", "reports to", 0.5)]


def reference_igraph(directed):
    """The reference network in python-igraph: its names the ids."""
    g = ig.Graph(directed=directed)
    g.add_vertices([v for v, _, _ in NODES])
    g.vs["kind"] = [k for _, k, _ in NODES]
    g.vs["label"] = [label for _, _, label in NODES]
    g.add_edges([(u, v) for u, v, _, _ in LINKS])
    g.es["relation"] = [r for _, _, r, _ in LINKS]
    g.es["weight"] = [w for _, _, _, w in LINKS]
    return g


def reference(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    for v, kind, label in NODES:
        G.add_node(v, kind=kind, label=label)
    for u, v, rel, w in LINKS:
        G.add_edge(u, v, relation=rel, weight=w)
    return G


def facts(d, attrs=True, relations=True, weights=True, directed=None):
    """What a node-link dict says: ids (text), kinds and labels; links (ends in order when directed,
    as a set otherwise), relations and weights; sorted so that order does not matter."""
    is_directed = d["directed"] if directed is None else directed
    nodes = sorted((str(n["id"]), n.get("kind") if attrs else None, n.get("label") if attrs else None) for n in d["nodes"])
    links = []
    for l in d["links"]:
        ends = (str(l["source"]), str(l["target"]))
        links.append((ends if is_directed else tuple(sorted(ends)), l.get("relation") if relations else None,
                      float(l.get("weight", 1)) if weights else None))
    return nodes, sorted(links)


def same(what, got, want):
    """got and want: lists of dicts (nodes or links); on a difference, show the first one."""
    if got == want:
        ok(what)
        return
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            diff = {k: (g.get(k), w.get(k)) for k in set(g) | set(w) if g.get(k) != w.get(k)}
            fail(f"{what}: item {i} differs (got, expected): {diff}")
            return
    fail(f"{what}: {len(got)} items, expected {len(want)}")


def normal(items):
    """Ids as text (GEXF's ids are text: 7 comes back as "7") and a label equal to the id as none
    (GEXF gives every node a label, its id when it has none: the two cannot be told apart)."""
    out = []
    for x in items:
        x = dict(x)
        for k in ("id", "source", "target"):
            if k in x:
                x[k] = str(x[k])
        if "id" in x and x.get("label") == x["id"]:
            del x["label"]
        out.append(x)
    return out


def typed_as_gexf(nodes):
    """A GEXF column has one type: an attribute with numbers and bounds ({"more_than": 140}) is a
    string column, its numbers written as text and read back as text (docs/formats.md)."""
    kinds = {}
    for n in nodes:
        for k, v in n.items():
            kinds.setdefault(k, set()).add("number" if isinstance(v, (int, float)) and not isinstance(v, bool)
                                           else type(v).__name__)
    mixed = {k for k, t in kinds.items() if len(t) > 1}
    return [{k: (str(v) if k in mixed and isinstance(v, (int, float)) else v) for k, v in n.items()} for n in nodes]


def want(graph_directed, **kw):
    return facts(nx.node_link_data(reference(graph_directed)), **kw)


def into_innonet():
    """Every format NetworkX and python-igraph write, read by innonet."""
    for directed in (False, True):
        kind = "directed" if directed else "undirected"
        G = reference(directed)
        base = os.path.join(tmp, f"nx-{kind}")
        nx.write_gexf(G, base + ".gexf")
        nx.write_gexf(G, base + "-1.1.gexf", version="1.1draft")
        nx.write_graphml(G, base + ".graphml")
        nx.write_pajek(G, base + ".net")
        nx.write_edgelist(G, base + ".edgelist")
        nx.write_weighted_edgelist(G, base + "-weighted.txt")
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(G), f)
        for ext in (".gexf", "-1.1.gexf", ".graphml", ".net", ".json"):
            d = innonet_json(base + ext)
            check(f"NetworkX {kind} {ext.lstrip('-.')} -> innonet: direction", d["directed"], directed)
            check(f"NetworkX {kind} {ext.lstrip('-.')} -> innonet: ids, kinds, labels, relations, weights",
                  facts(d), want(directed))
        # edge lists carry no direction and no node data: innonet reads them undirected
        d = innonet_json(base + ".edgelist")
        check(f"NetworkX {kind} write_edgelist -> innonet: ids, relations, weights (undirected)",
              facts(d, attrs=False), want(directed, attrs=False, directed=False))
        d = innonet_json(base + "-weighted.txt")
        check(f"NetworkX {kind} write_weighted_edgelist (.txt, told by content) -> innonet: ids, weights",
              facts(d, attrs=False, relations=False), want(directed, attrs=False, relations=False, directed=False))
        # the same files on standard input, their format named
        with open(base + ".net", "rb") as f:
            r = subprocess.run([binary, "export", "--format", "json", "--input-format", "pajek", "-"], stdin=f,
                               capture_output=True)
        check(f"NetworkX {kind} pajek on standard input with --input-format pajek -> innonet",
              facts(json.loads(r.stdout)) if r.returncode == 0 else r.stderr, want(directed))

        g = reference_igraph(directed)
        base = os.path.join(tmp, f"ig-{kind}")
        g.write_graphml(base + ".graphml")
        d = innonet_json(base + ".graphml")
        check(f"python-igraph {kind} graphml ('name' as the id) -> innonet: everything", (d["directed"], facts(d)),
              (directed, want(directed)))
        g.write_ncol(base + ".ncol")
        d = innonet_json(base + ".ncol")
        check(f"python-igraph {kind} ncol -> innonet: ids, weights", facts(d, attrs=False, relations=False),
              want(directed, attrs=False, relations=False, directed=False))
        g.vs["id"] = g.vs["name"]  # python-igraph writes Pajek labels from "id"
        g.write_pajek(base + ".net")
        d = innonet_json(base + ".net")
        check(f"python-igraph {kind} pajek -> innonet: ids, direction, weights", (d["directed"], facts(d, attrs=False, relations=False)),
              (directed, want(directed, attrs=False, relations=False)))
        g.write_edgelist(base + ".edgelist")
        d = innonet_json(base + ".edgelist")
        numbered = {v: str(i) for i, (v, _, _) in enumerate(NODES)}
        links = sorted((tuple(sorted((numbered[u], numbered[v]))), None, None) for u, v, _, _ in LINKS)
        check(f"python-igraph {kind} edgelist (vertex numbers) -> innonet", facts(d, attrs=False, relations=False, weights=False),
              (sorted((str(i), None, None) for i in range(len(NODES))), links))


def out_of_innonet():
    """What innonet writes, read by NetworkX, python-igraph and innonet."""
    for name in ("graphs/nnmi-2016.json", "tests/fixtures/nnmi-2016-directed.json", "tests/fixtures/karate.json"):
        src = os.path.join(source, name)
        stem = os.path.join(tmp, os.path.basename(name)[:-5])
        orig = innonet_json(src)
        directed = orig["directed"]
        ids = sorted(str(n["id"]) for n in orig["nodes"])
        links = facts(orig, attrs=False)[1]

        innonet_write(src, stem + ".net")
        G = nx.read_pajek(stem + ".net")
        got = sorted(((str(u), str(v)) if directed else tuple(sorted((str(u), str(v)))), d.get("l"), float(d["weight"]))
                     for u, v, d in G.edges(data=True))
        check(f"{name} pajek -> NetworkX: ids, direction, relations (Pajek's l), weights",
              (sorted(map(str, G.nodes)), G.is_directed(), got), (ids, directed, links))
        g = ig.Graph.Read_Pajek(stem + ".net")
        vid = g.vs["id"]
        got = sorted(((vid[e.source], vid[e.target]) if directed else tuple(sorted((vid[e.source], vid[e.target]))),
                      e["label"] if "label" in g.es.attributes() and e["label"] else None, float(e["weight"]))
                     for e in g.es)
        check(f"{name} pajek -> python-igraph: ids, direction, relations (label), weights",
              (sorted(vid), g.is_directed(), got), (ids, directed, links))
        back = innonet_json(stem + ".net")
        check(f"{name} pajek -> innonet: ids, direction, relations, weights, graph name",
              (sorted(str(n["id"]) for n in back["nodes"]), back["directed"], facts(back, attrs=False)[1],
               back["graph"].get("name")), (ids, directed, links, orig["graph"].get("name")))

        # GEXF and back into innonet: every field and free attribute, whole (docs/formats.md)
        innonet_write(src, stem + ".gexf")
        back = innonet_json(stem + ".gexf")
        same(f"{name} gexf -> innonet: every node field and attribute", normal(back["nodes"]),
             normal(typed_as_gexf(orig["nodes"])))
        same(f"{name} gexf -> innonet: every link field and attribute", normal(back["links"]), normal(orig["links"]))
        check(f"{name} gexf -> innonet: direction, multigraph", (back["directed"], back["multigraph"]),
              (directed, orig["multigraph"]))
        check(f"{name} gexf -> innonet: the graph's name", back["graph"].get("name"), orig["graph"].get("name"))

        # GraphML (with yEd's graphics now) and back into innonet: the same, graph attributes too
        innonet_write(src, stem + ".graphml")
        back = innonet_json(stem + ".graphml")
        same(f"{name} graphml (with yEd graphics) -> innonet: every node field and attribute", normal(back["nodes"]),
             normal(typed_as_gexf(orig["nodes"])))
        same(f"{name} graphml -> innonet: every link field and attribute", normal(back["links"]), normal(orig["links"]))
        check(f"{name} graphml -> innonet: direction, multigraph, graph attributes",
              (back["directed"], back["multigraph"], sorted(back["graph"])), (directed, orig["multigraph"], sorted(orig["graph"])))
        G = nx.read_gexf(stem + ".gexf")
        nx.write_gexf(G, stem + "-nx.gexf")
        back = innonet_json(stem + "-nx.gexf")
        check(f"{name} gexf -> NetworkX -> gexf -> innonet: ids, kinds, labels, relations, weights",
              facts(dict(back, nodes=normal(back["nodes"]))), facts(dict(orig, nodes=normal(orig["nodes"]))))


def hand_worked():
    """tests/fixtures/formats: files written by hand, their models worked out by hand."""
    d = os.path.join(source, "tests/fixtures/formats")

    def model(*args):
        m = innonet_json(*args)
        nodes = [{k: v for k, v in n.items()} for n in m["nodes"]]
        links = [(l["source"], l["target"], {k: v for k, v in l.items() if k not in ("source", "target")}) for l in m["links"]]
        return m["directed"], m["graph"], nodes, links

    check("GEXF 1.3: spells as since/until, a <default>, typed values, mutual and undirected edges as two arcs",
          model(os.path.join(d, "spells-1.3.gexf")),
          (True, {"name": "Spells and mutual edges"},
           [{"id": "DoD", "kind": "agency", "label": "Department of Defense"},
            {"id": "LIFT", "kind": "institute", "since": 2014, "members": 60, "public": False},
            {"id": "DMDII", "kind": "institute", "since": 2014, "until": 2019}],
           [("DoD", "LIFT", {"relation": "sponsors", "weight": 2.5}), ("LIFT", "DMDII", {}), ("DMDII", "LIFT", {}),
            ("DoD", "DMDII", {"since": 2014, "until": 2016}), ("DMDII", "DoD", {"since": 2014, "until": 2016})]))
    check("Pajek: *Arcslist, *Edgeslist (two arcs in a directed network), a relation's *Arcs, coordinates, unlisted vertices",
          model(os.path.join(d, "pajek-lists.net")),
          (True, {"name": "two lists"},
           [{"id": "a", "x": 0.1, "y": 0.2, "z": 0.5, "shape": "box"}, {"id": "c"}, {"id": 2}, {"id": 4}],
           [("a", 2, {}), ("a", "c", {}), (4, "a", {}), ("a", 4, {}), (4, 2, {}), (2, 4, {}),
            (2, "c", {"relation": "funds", "weight": 2.5})]))
    check("DL fullmatrix with embedded labels: a link per non-zero cell, values other than 1 as weights",
          model(os.path.join(d, "fullmatrix-embedded.dl")),
          (True, {}, [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
           [("a", "b", {}), ("a", "d", {"weight": 2}), ("b", "a", {}), ("c", "d", {}), ("d", "a", {"weight": 2}),
            ("d", "c", {})]))
    check("DL edgelist1 with a LABELS: list (a quoted label with a blank) and an optional weight",
          model(os.path.join(d, "edgelist1-labels.dl")),
          (True, {}, [{"id": "x"}, {"id": "y"}, {"id": "z z"}], [("x", "y", {"weight": 0.5}), ("y", "z z", {})]))
    check("DL nodelist1 with embedded labels: a line a vertex and what it links to",
          model(os.path.join(d, "nodelist1-embedded.dl")),
          (True, {}, [{"id": "ann"}, {"id": "bob"}, {"id": "cy"}],
           [("ann", "bob", {}), ("ann", "cy", {}), ("bob", "ann", {})]))
    check("edge list: comments, NetworkX's data dictionary (escaped quote, True, None), a weight column",
          model(os.path.join(d, "comments.edgelist")),
          (False, {}, [{"id": "a"}, {"id": "b"}, {"id": 7}, {"id": 8}],
           [("a", "b", {"relation": "it's", "weight": 2.5, "ok": True}), (7, 8, {"weight": 0.001})]))
    check("Gephi CSV: Id/Label/Source/Target/Type/Weight in Gephi's case, an Undirected row as two arcs",
          model("--links", os.path.join(d, "gephi-edges.csv"), "--nodes", os.path.join(d, "gephi-nodes.csv")),
          (True, {}, [{"id": "DoD", "kind": "agency", "label": "Department of Defense"},
                      {"id": "LIFT", "kind": "institute", "label": "LIFT"}, {"id": "NIST", "kind": "agency"}],
           [("DoD", "LIFT", {"weight": 2.5, "Id": 0}), ("LIFT", "NIST", {"weight": 1, "Id": 1}),
            ("NIST", "LIFT", {"weight": 1, "Id": 1})]))


def drawing():
    """The diagram in GEXF (viz:) and GraphML (yEd): the SVG innonet draws is the reference. Its
    nodes' centres must be the GEXF positions up to one translation (the SVG's title and legend move
    the picture, not the nodes), its fills the GEXF colours; yEd's geometry the same centres."""
    src = os.path.join(source, "graphs/nnmi-2016.json")
    stem = os.path.join(tmp, "drawn")
    for ext in (".svg", ".gexf", ".graphml"):
        innonet_write(src, stem + ext)
    with open(stem + ".svg", encoding="utf-8") as f:
        svg = f.read()
    drawn = {}
    for m in re.finditer(r'<title>([^<]*)</title>\n<g id="a_node[^>]*><a [^>]*>\n<(polygon|ellipse) fill="([^"]*)"([^>]*)/>', svg):
        node, shape, fill, rest = html.unescape(m.group(1)), m.group(2), m.group(3), m.group(4)
        if shape == "ellipse":
            cx, cy = (float(re.search(r'%s="([-0-9.]+)"' % k, rest).group(1)) for k in ("cx", "cy"))
        else:
            pts = [tuple(map(float, p.split(","))) for p in re.search(r'points="([^"]*)"', rest).group(1).split()]
            if len(pts) != 5:
                continue  # a house's or octagon's box is not centred on the node: rectangles only
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        drawn[node] = (cx, cy, fill.lower())
    G = nx.read_gexf(stem + ".gexf")
    check("the SVG has rectangles and ellipses for 20 nodes or more (the comparison is not empty)", len(drawn) >= 20, True)
    offsets, colours = [], []
    for v, (cx, cy, fill) in drawn.items():
        viz = G.nodes[v].get("viz", {})
        pos, col = viz.get("position", {}), viz.get("color", {})
        offsets.append((round(cx - pos.get("x", float("nan")), 1), round(cy + pos.get("y", float("nan")), 1)))
        if fill != "none":
            colours.append((v, fill, "#%02x%02x%02x" % (col.get("r", -1), col.get("g", -1), col.get("b", -1))))
    spread = max(abs(a[0] - offsets[0][0]) + abs(a[1] - offsets[0][1]) for a in offsets)
    check(f"GEXF viz:position: the SVG's node centres, one translation for all {len(offsets)} nodes",
          (spread <= 0.5, sorted(set(offsets))[:4]), (True, sorted(set(offsets))[:4]))
    check("GEXF viz:color: the SVG's fill of every node", [c for c in colours if c[1] != c[2]], [])
    check("GEXF viz:size and viz:shape on every node", all("size" in G.nodes[v].get("viz", {}) and "shape" in G.nodes[v]["viz"]
                                                           for v in G), True)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    bad = []
    for node in ET.parse(stem + ".graphml").getroot().iter("{%s}node" % ns["g"]):
        v = node.get("id")
        geo, fill = node.find(".//y:Geometry", ns), node.find(".//y:Fill", ns)
        viz = G.nodes[v]["viz"]
        x = float(geo.get("x")) + float(geo.get("width")) / 2
        y = -(float(geo.get("y")) + float(geo.get("height")) / 2)
        want_fill = "#%02X%02X%02X" % (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"])
        if abs(x - viz["position"]["x"]) > 0.01 or abs(y - viz["position"]["y"]) > 0.01 or fill.get("color", want_fill) != want_fill:
            bad.append(v)
    check("GraphML yEd ShapeNode: the same centres and fills as GEXF's viz", bad, [])

    # links: the SVG's stroke colour and dashes (stroke-dasharray 5,2 dashed, 1,5 dotted) per link-J
    lines = {}
    for m in re.finditer(r'<g id="link&#45;(\d+)" class="edge[^"]*">\n<title>[^<]*</title>\n<g[^>]*><a [^>]*>\n<path fill="none" stroke="([^"]*)"( stroke-dasharray="([^"]*)")?', svg):
        lines[int(m.group(1))] = (m.group(2).lower(), {"5,2": "dashed", "1,5": "dotted"}.get(m.group(4), "solid"))
    gexf_links = {}
    for e in ET.parse(stem + ".gexf").getroot().iter("{http://www.gexf.net/1.2draft}edge"):
        col = e.find("{http://www.gexf.net/1.2draft/viz}color")
        shape = e.find("{http://www.gexf.net/1.2draft/viz}shape")
        gexf_links[int(e.get("id"))] = ("#%02x%02x%02x" % tuple(int(col.get(k)) for k in "rgb"), shape.get("value"))
    check("the SVG has a line for every link (the comparison is not empty)", len(lines),
          len(json.load(open(os.path.join(source, "graphs/nnmi-2016.json")))["links"]))
    check("GEXF edge viz:color and viz:shape: the SVG's stroke and dashes of every link",
          {j: gexf_links.get(j) for j in lines if gexf_links.get(j) != lines[j]}, {})
    yed = {}
    for i, e in enumerate(ET.parse(stem + ".graphml").getroot().iter("{%s}edge" % ns["g"])):
        style = e.find(".//y:LineStyle", ns)
        yed[i] = (style.get("color").lower(), {"line": "solid"}.get(style.get("type"), style.get("type")))
    check("GraphML yEd PolyLineEdge: the same colours and dashes", {j: yed.get(j) for j in lines if yed.get(j) != lines[j]}, {})


def pairs(edges, weights):
    """Links as sorted (ends sorted, weight) tuples: an undirected multigraph, compared whole."""
    return sorted((tuple(sorted((str(u), str(v)))), float(w) if weights else None) for u, v, w in edges)


def lgl_and_adjlist():
    """NetworkX's write_adjlist and python-igraph's write_lgl on the fixtures, read by innonet; the
    expected graph is the one NetworkX reads back (read_adjlist into a multigraph, so that a
    directed fixture's two arcs between a pair stay two links) or, for LGL, which NetworkX cannot
    read, the fixture itself as NetworkX reads it, each link once undirected, as igraph writes it."""
    for name in ("karate", "lesmis", "directed", "nnmi-2016-directed"):
        with open(os.path.join(source, "tests", "fixtures", name + ".json"), encoding="utf-8") as f:
            G = nx.node_link_graph(json.load(f))
        path = os.path.join(tmp, name + ".adjlist")
        nx.write_adjlist(G, path)
        R = nx.read_adjlist(path, create_using=nx.MultiGraph)
        d = innonet_json(path)
        check(f"NetworkX write_adjlist {name} -> innonet: undirected", d["directed"], False)
        check(f"NetworkX write_adjlist {name} -> innonet: the nodes read_adjlist reads, in its order",
              [str(n["id"]) for n in d["nodes"]], [str(n) for n in R.nodes])
        check(f"NetworkX write_adjlist {name} -> innonet: the links read_adjlist reads",
              pairs(((l["source"], l["target"], 1) for l in d["links"]), False),
              pairs(((u, v, 1) for u, v in R.edges()), False))
        weighted = all("weight" in x for _, _, x in G.edges(data=True))
        g = ig.Graph(directed=False)
        g.add_vertices([str(v) for v in G.nodes])
        g.add_edges([(str(u), str(v)) for u, v in G.edges()])
        if weighted:
            g.es["weight"] = [float(x["weight"]) for _, _, x in G.edges(data=True)]
        path = os.path.join(tmp, name + ".lgl")
        g.write_lgl(path, weights="weight" if weighted else None)
        d = innonet_json(path)
        check(f"python-igraph write_lgl {name} -> innonet: the nodes", sorted(str(n["id"]) for n in d["nodes"]),
              sorted(str(v) for v in G.nodes))
        check(f"python-igraph write_lgl {name} -> innonet: the links{' and weights' if weighted else ''}",
              pairs(((l["source"], l["target"], l.get("weight", 1)) for l in d["links"]), weighted),
              pairs(((u, v, x.get("weight", 1)) for u, v, x in G.edges(data=True)), weighted))
        # --input-format on standard input reads the same
        with open(path, "rb") as f:
            r = subprocess.run([binary, "export", "--format", "json", "--input-format", "lgl", "-"], stdin=f,
                               capture_output=True)
        check(f"python-igraph write_lgl {name} on standard input with --input-format lgl -> innonet: as many links",
              len(json.loads(r.stdout)["links"]) if r.returncode == 0 else r.stderr, G.number_of_edges())


def gml_flat(attrs, prefix=""):
    """NetworkX's view of GML attributes as innonet keeps them: a nested dict flattened with '.',
    except {"more_than": N} and {"at_least": N}, innonet's bounds; a list (a key written twice)
    keeps its last value (docs/formats.md)."""
    out = {}
    for k, v in attrs.items():
        if isinstance(v, dict) and not (len(v) == 1 and set(v) <= {"more_than", "at_least"}):
            out.update(gml_flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v[-1] if isinstance(v, list) else v
    return out


def gml():
    """NetworkX's and python-igraph's write_gml on the fixtures, read by innonet, against the graph
    nx.read_gml reads from the same file (for igraph's files: the fixture as NetworkX reads it)."""
    for name in ("karate", "lesmis", "directed", "nnmi-2016-directed"):
        with open(os.path.join(source, "tests", "fixtures", name + ".json"), encoding="utf-8") as f:
            G = nx.node_link_graph(json.load(f))
        path = os.path.join(tmp, name + ".gml")
        nx.write_gml(G, path)
        R = nx.read_gml(path)
        d = innonet_json(path)
        check(f"NetworkX write_gml {name} -> innonet: direction", d["directed"], R.is_directed())
        check(f"NetworkX write_gml {name} -> innonet: the nodes read_gml reads, in its order",
              [str(n["id"]) for n in d["nodes"]], [str(n) for n in R.nodes])
        same(f"NetworkX write_gml {name} -> innonet: every node attribute read_gml reads",
             [{k: v for k, v in n.items() if k != "id"} for n in d["nodes"]],
             [gml_flat(x) for _, x in R.nodes(data=True)])

        def link(s, t, x):
            ends = (str(s), str(t)) if R.is_directed() else tuple(sorted((str(s), str(t))))
            return json.dumps([ends, x], sort_keys=True, ensure_ascii=False)
        check(f"NetworkX write_gml {name} -> innonet: the links and their attributes read_gml reads",
              sorted(link(l.pop("source"), l.pop("target"), l) for l in d["links"]),
              sorted(link(s, t, gml_flat(x)) for s, t, x in R.edges(data=True)))
        weighted = all("weight" in x for _, _, x in G.edges(data=True))
        g = ig.Graph(directed=G.is_directed())
        g.add_vertices([str(v) for v in G.nodes])
        g.vs["kind"] = [str(G.nodes[v].get("kind", "")) for v in G.nodes]
        g.add_edges([(str(u), str(v)) for u, v in G.edges()])
        if weighted:
            g.es["weight"] = [float(x["weight"]) for _, _, x in G.edges(data=True)]
        path = os.path.join(tmp, name + "-igraph.gml")
        g.write_gml(path)
        d = innonet_json(path)
        check(f"python-igraph write_gml {name} -> innonet: direction, ids ('name'), kinds",
              (d["directed"], [(str(n["id"]), n.get("kind", "")) for n in d["nodes"]]),
              (G.is_directed(), [(str(v), str(G.nodes[v].get("kind", ""))) for v in G.nodes]))
        if G.is_directed():
            check(f"python-igraph write_gml {name} -> innonet: the arcs{' and weights' if weighted else ''}",
                  sorted((str(l["source"]), str(l["target"]), float(l.get("weight", 1))) for l in d["links"]),
                  sorted((str(u), str(v), float(x.get("weight", 1))) for u, v, x in G.edges(data=True)))
        else:
            check(f"python-igraph write_gml {name} -> innonet: the links{' and weights' if weighted else ''}",
                  pairs(((l["source"], l["target"], l.get("weight", 1)) for l in d["links"]), weighted),
                  pairs(((u, v, x.get("weight", 1)) for u, v, x in G.edges(data=True)), weighted))


def more_formats():
    """The rest of what NetworkX 2.8 and python-igraph 0.10 write: multiline adjacency lists,
    graph6 and sparse6, LEDA, DIMACS, and NetworkX's adjacency, Cytoscape and tree JSON. The
    expected graph is the one NetworkX (or python-igraph) reads back from the same file, or the
    graph it wrote, never innonet's reading."""
    def ends(G, u, v):
        return (str(u), str(v)) if G.is_directed() else tuple(sorted((str(u), str(v))))

    for directed in (False, True):
        kind = "directed" if directed else "undirected"
        G = reference(directed)
        # multiline adjacency lists: told from one-line ones by content, under .adjlist and .txt
        for ext in (".adjlist", ".txt"):
            path = os.path.join(tmp, f"nx-ml-{kind}{ext}")
            nx.write_multiline_adjlist(G, path)
            R = nx.read_multiline_adjlist(path, create_using=nx.MultiGraph)
            d = innonet_json(path)
            check(f"NetworkX {kind} write_multiline_adjlist ({ext}) -> innonet: ids in read_multiline_adjlist's order",
                  (d["directed"], [str(n["id"]) for n in d["nodes"]]), (False, [str(v) for v in R.nodes]))
            # against the graph written: read_multiline_adjlist joins a string's words without
            # their blanks ('reports to' comes back 'reportsto'), which innonet does not copy
            check(f"NetworkX {kind} write_multiline_adjlist ({ext}) -> innonet: links, relations, weights",
                  sorted((ends(R, l["source"], l["target"]), l.get("relation"), float(l.get("weight"))) for l in d["links"]),
                  sorted((ends(R, u, v), x.get("relation"), float(x.get("weight"))) for u, v, x in G.edges(data=True)))
        # adjacency and Cytoscape JSON: everything node-link JSON carries
        for name, data in (("adjacency_data", nx.adjacency_data(G)), ("cytoscape_data", nx.cytoscape_data(G))):
            path = os.path.join(tmp, f"nx-{name}-{kind}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(data, f)
            d = innonet_json(path)
            check(f"NetworkX {kind} {name} -> innonet: direction, ids, kinds, labels, relations, weights",
                  (d["directed"], facts(d)), (directed, want(directed)))
    # a multigraph with keys, self-loop and integer ids through adjacency and Cytoscape JSON
    M = nx.MultiGraph(name="keys")
    M.add_edge(1, 2, key="a", weight=2.0)
    M.add_edge(1, 2, key="b", relation="funds")
    M.add_edge(3, 3, key=0)
    M.add_node(4, kind="agency")
    for name, data in (("adjacency_data", nx.adjacency_data(M)), ("cytoscape_data", nx.cytoscape_data(M))):
        path = os.path.join(tmp, f"nx-{name}-multi.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
        R = nx.adjacency_graph(data) if name == "adjacency_data" else M
        d = innonet_json(path)
        check(f"NetworkX multigraph {name} -> innonet: ids, kinds, the graph's name",
              (d["multigraph"], [(n["id"], n.get("kind")) for n in d["nodes"]], d["graph"].get("name")),
              (True, [(v, x.get("kind")) for v, x in R.nodes(data=True)], "keys"))
        check(f"NetworkX multigraph {name} -> innonet: each link once, keys, relations, weights",
              sorted((ends(R, l["source"], l["target"]), str(l.get("key")), l.get("relation"), l.get("weight"))
                     for l in d["links"]),
              sorted((ends(R, u, v), str(k), x.get("relation"), x.get("weight")) for u, v, k, x in R.edges(keys=True, data=True)))
    T = nx.balanced_tree(2, 3, create_using=nx.DiGraph)
    nx.set_node_attributes(T, {v: f"n{v}" for v in T}, "label")
    path = os.path.join(tmp, "nx-tree.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nx.tree_data(T, 0), f)
    R = nx.tree_graph(nx.tree_data(T, 0))
    d = innonet_json(path)
    check("NetworkX tree_data -> innonet: a directed tree, ids, labels, parent-to-child links",
          (d["directed"], sorted((n["id"], n.get("label")) for n in d["nodes"]), sorted((l["source"], l["target"]) for l in d["links"])),
          (True, sorted((v, x.get("label")) for v, x in R.nodes(data=True)), sorted(R.edges())))

    # graph6 and sparse6, with and without the header, by extension and by content
    karate = nx.karate_club_graph()
    sparse = nx.gnp_random_graph(300, 0.004, seed=7)  # isolated vertices, and N past 62 (four bytes)
    for gname, G in (("karate", karate), ("gnp300", sparse)):
        for writer, ext in ((nx.write_graph6, ".g6"), (nx.write_sparse6, ".s6")):
            for header in (True, False):
                path = os.path.join(tmp, f"{gname}{'' if header else '-bare'}{ext}")
                writer(G, path, header=header)
                R = (nx.read_graph6 if ext == ".g6" else nx.read_sparse6)(path)
                for p in (path, path + ".txt"):
                    if p != path:
                        os.link(path, p)
                    d = innonet_json(p)
                    check(f"NetworkX {writer.__name__} {gname} ({'header' if header else 'no header'}, "
                          f"{'by content' if p != path else ext}) -> innonet: vertices and edges read_{ext[1:]} reads",
                          (d["directed"], [n["id"] for n in d["nodes"]], sorted(ends(R, l["source"], l["target"]) for l in d["links"])),
                          (False, list(R.nodes), sorted(ends(R, u, v) for u, v in R.edges())))

    # python-igraph's DOT: nodes numbered by position, its names as the ids (as in its GraphML)
    for directed in (False, True):
        kind = "directed" if directed else "undirected"
        g = reference_igraph(directed)
        path = os.path.join(tmp, f"ig-{kind}.dot")
        g.write_dot(path)
        d = innonet_json(path)
        check(f"python-igraph {kind} write_dot ('name' as the id) -> innonet: everything", (d["directed"], facts(d)),
              (directed, want(directed)))

    # python-igraph's LEDA and DIMACS
    for directed in (False, True):
        kind = "directed" if directed else "undirected"
        g = ig.Graph.Famous("Zachary")
        g.to_directed(mode="acyclic") if directed else None
        g.vs["name"] = [f"v{i}" for i in range(g.vcount())]
        g.es["weight"] = [0.5 + i for i in range(g.ecount())]
        path = os.path.join(tmp, f"ig-{kind}.gw")
        g.write_leda(path, names="name", weights="weight")
        d = innonet_json(path)
        check(f"python-igraph {kind} write_leda -> innonet: direction, names as ids, links, weights",
              (d["directed"], [n["id"] for n in d["nodes"]],
               sorted(((l["source"], l["target"]) if directed else tuple(sorted((l["source"], l["target"]))), l["weight"]) for l in d["links"])),
              (directed, g.vs["name"],
               sorted(((g.vs[e.source]["name"], g.vs[e.target]["name"]) if directed
                       else tuple(sorted((g.vs[e.source]["name"], g.vs[e.target]["name"]))), e["weight"]) for e in g.es)))
        R = nx.read_leda(path)
        check(f"python-igraph {kind} write_leda -> innonet: NetworkX's read_leda reads the same ids",
              sorted(str(n["id"]) for n in d["nodes"]), sorted(R.nodes))
        g = ig.Graph.Erdos_Renyi(n=40, m=90, directed=True) if directed else None
        if g is None:
            continue
        random_caps = [(7 * i) % 11 + 1 for i in range(g.ecount())]
        g.es["capacity"] = random_caps
        path = os.path.join(tmp, "ig-flow.dimacs")
        g.write_dimacs(path, 0, 39, capacity="capacity")
        R = ig.Graph.Read_DIMACS(path, directed=True)
        d = innonet_json(path)
        check("python-igraph write_dimacs -> innonet: vertices 1..N, arcs and capacities Read_DIMACS reads, source, target",
              (d["directed"], [n["id"] for n in d["nodes"]],
               sorted((l["source"], l["target"], l["capacity"]) for l in d["links"]), d["graph"]),
              (True, list(range(1, R.vcount() + 1)), sorted((e.source + 1, e.target + 1, e["capacity"]) for e in R.es),
               {"source": R["source"] + 1, "target": R["target"] + 1}))


def matrices_and_gzip():
    """python-igraph's write_adjacency and write_graphmlz, NetworkX's GEXF with viz and dynamic
    attributes and its GML with lists. The expected graph is the one python-igraph or NetworkX
    wrote (or reads back), never innonet's reading."""
    def run_stdin(path, *args):
        with open(path, "rb") as f:
            r = subprocess.run([binary, "export", "--format", "json", "-q", "-o", "-", *args, "-"], stdin=f,
                               capture_output=True)
        return json.loads(r.stdout) if r.returncode == 0 else r.stderr.decode()

    def matrix_links(d):
        return sorted(((l["source"], l["target"]) if d["directed"] else tuple(sorted((l["source"], l["target"]))),
                       float(l.get("weight", 1))) for l in d["links"])

    # write_adjacency: unweighted counts and a weight attribute's values, undirected and directed
    karate = ig.Graph.Famous("Zachary")
    karate.es["weight"] = [0.5 + (i % 4) for i in range(karate.ecount())]
    tree = ig.Graph.Tree(40, 3, mode="out")  # directed: the matrix is not symmetric
    tree.es["weight"] = [1 + (i % 3) for i in range(tree.ecount())]
    for gname, g in (("karate", karate), ("tree", tree)):
        for attribute in (None, "weight"):
            path = os.path.join(tmp, f"ig-adjacency-{gname}{'-weighted' if attribute else ''}.txt")
            if attribute:
                g.write_adjacency(path, attribute=attribute)
            else:
                g.write_adjacency(path)
            want_links = sorted(((e.source, e.target) if g.is_directed() else tuple(sorted((e.source, e.target))),
                                 float(e["weight"]) if attribute else 1.0) for e in g.es)
            want_graph = (g.is_directed(), list(range(g.vcount())), want_links)
            d = innonet_json(path)
            check(f"python-igraph write_adjacency {gname}{' weights' if attribute else ''} (.txt, told by content) -> "
                  f"innonet: direction, vertices 0..n-1, links, weights",
                  (d["directed"], [n["id"] for n in d["nodes"]], matrix_links(d)), want_graph)
            d = run_stdin(path, "--input-format", "adjacency-matrix")
            check(f"python-igraph write_adjacency {gname}{' weights' if attribute else ''} on standard input "
                  "(--input-format adjacency-matrix) -> innonet",
                  (d["directed"], [n["id"] for n in d["nodes"]], matrix_links(d)) if isinstance(d, dict) else d,
                  want_graph)
    # a self-loop: python-igraph writes an undirected loop as 2 (unweighted), its weight otherwise
    loop = ig.Graph([(0, 1), (1, 2), (2, 2), (3, 0)])
    path = os.path.join(tmp, "ig-adjacency-loop.txt")
    loop.write_adjacency(path)
    d = innonet_json("--input-format", "adjacency-matrix", path)
    check("python-igraph write_adjacency with a self-loop -> innonet: the loop weighs 2 (docs/formats.md)",
          matrix_links(d), [((0, 1), 1.0), ((0, 3), 1.0), ((1, 2), 1.0), ((2, 2), 2.0)])

    # write_graphmlz: gzipped GraphML, by its extension, as .graphml.gz, on standard input
    for directed in (False, True):
        kind = "directed" if directed else "undirected"
        g = reference_igraph(directed)
        path = os.path.join(tmp, f"ig-{kind}.graphmlz")
        g.write_graphmlz(path)
        os.link(path, path[:-1] + ".gz")  # x.graphml.gz
        for p in (path, path[:-1] + ".gz"):
            d = innonet_json(p)
            check(f"python-igraph {kind} write_graphmlz ({p[len(tmp) + 1:]}) -> innonet: everything",
                  (d["directed"], facts(d)), (directed, want(directed)))
        for args in ((), ("--input-format", "graphml")):
            d = run_stdin(path, *args)
            check(f"python-igraph {kind} write_graphmlz on standard input {' '.join(args) or '(told by content)'} -> innonet",
                  (d["directed"], facts(d)) if isinstance(d, dict) else d, (directed, want(directed)))
    # python-igraph's karate club through write_graphmlz: its 78 edges, names as ids
    karate.vs["name"] = [f"v{i}" for i in range(karate.vcount())]
    path = os.path.join(tmp, "karate.graphmlz")
    karate.write_graphmlz(path)
    R = ig.Graph.Read_GraphMLz(path)
    d = innonet_json(path)
    check("python-igraph write_graphmlz karate -> innonet: the names, links and weights Read_GraphMLz reads",
          ([n["id"] for n in d["nodes"]], sorted((tuple(sorted((l["source"], l["target"]))), l["weight"]) for l in d["links"])),
          (R.vs["name"], sorted((tuple(sorted((R.vs[e.source]["name"], R.vs[e.target]["name"]))), e["weight"]) for e in R.es)))

    # NetworkX's GEXF 1.2draft with viz and dynamic attributes: the values read_gexf reads first
    G = nx.DiGraph()  # the writer makes the graph dynamic (timeformat "long") at the first start
    G.add_node("DoD", label="Department of Defense", kind="agency", start=2012, end=2020,
               viz={"position": {"x": 1.5, "y": -2.0, "z": 0.0}, "color": {"r": 255, "g": 0, "b": 10, "a": 0.5},
                    "size": 12.0, "shape": "disc"})
    G.add_node("LIFT", label="LIFT", kind="institute", start=2014, viz={"position": {"x": 0.0, "y": 3.0, "z": 0.0}})
    G.add_node("NIST", kind="agency", funding=[(10.0, 2012, 2015), (20.0, 2015, 2020)], start=2012)
    G.add_edge("DoD", "LIFT", weight=2.0, start=2014, end=2019, viz={"thickness": 2.0, "color": {"r": 1, "g": 2, "b": 3}})
    G.add_edge("NIST", "LIFT", weight=1.5, relation=[("funds", 2014, 2016), ("leads", 2016, 2020)], start=2014)
    path = os.path.join(tmp, "nx-dynamic.gexf")
    nx.write_gexf(G, path)
    R = nx.read_gexf(path)
    d = innonet_json(path)
    check("NetworkX write_gexf (viz, dynamic) -> innonet: direction, ids, labels, kinds, start/end as since/until",
          (d["directed"], sorted((n["id"], n.get("label"), n.get("kind"), n.get("since"), n.get("until")) for n in d["nodes"])),
          (R.is_directed(), sorted((v, x.get("label") if x.get("label") != v else None, x.get("kind"), x.get("start"), x.get("end"))
                                   for v, x in R.nodes(data=True))))
    check("NetworkX write_gexf (dynamic) -> innonet: a dynamic attribute's first value (docs/formats.md)",
          ([n.get("funding") for n in d["nodes"] if n["id"] == "NIST"],
           sorted((l["source"], l["target"], l.get("relation"), l["weight"], l.get("since"), l.get("until")) for l in d["links"])),
          ([R.nodes["NIST"]["funding"][0][0]],
           sorted((u, v, x["relation"][0][0] if "relation" in x else None, x["weight"], x.get("start"), x.get("end"))
                  for u, v, x in R.edges(data=True))))

    # NetworkX's GML with lists (a key written once per element) and nested lists
    H = nx.Graph()
    H.add_node(1, kind="agency", tags=["x", "y"], pos={"x": 1, "y": [2, 3]})
    H.add_node(2, tags=["z"])
    H.add_edge(1, 2, w=[1, 2, 3], relation="funds")
    path = os.path.join(tmp, "nx-lists.gml")
    nx.write_gml(H, path)
    R = nx.read_gml(path)
    d = innonet_json(path)
    check("NetworkX write_gml with lists -> innonet: each list's last element, nested keys joined with '.'",
          ([{k: v for k, v in n.items() if k != "id"} for n in d["nodes"]],
           [{k: v for k, v in l.items() if k not in ("source", "target")} for l in d["links"]]),
          ([gml_flat(x) for _, x in R.nodes(data=True)], [gml_flat(x) for _, _, x in R.edges(data=True)]))


into_innonet()
out_of_innonet()
hand_worked()
drawing()
lgl_and_adjlist()
gml()
more_formats()
matrices_and_gzip()
finish()
