#!/usr/bin/python3
"""sfdp against igraph's DrL and Fruchterman-Reingold (grid) on the same networks: processor time of
each layout and its quality (link crossings and stress, bench/drawing_quality.py), as Markdown rows.

usage: layout_compare.py INNONET DIR N...
For each N, DIR/drawN.json and DIR/drawN.txt (gen_graph.py N 2, made here if missing) are laid
out by:
  - sfdp as innonet runs it: `sfdp -Tjson0` on the DOT `innonet export -f dot` writes, with
    innonet's settings for a large network (start=20160201 sep=+8 splines=false) and overlap=true,
    because innonet removes the overlaps itself afterwards (src/draw/render_spread.c);
  - igraph_layout_drl (python-igraph's layout_drl, the "default" schedule);
  - igraph_layout_fruchterman_reingold with its grid (500 iterations, the default).
python-igraph calls the same C library innonet links (igraph 0.10). Every layout is compared
before any overlap removal: crossings and stress do not depend on the drawing's scale
(drawing_quality.py scales it optimally), and the same removal would follow any of them.
Processor time (user + system) is what the machine's other load does not change: sfdp's is its
process's (reading the DOT and writing json0 included), igraph's is this process's around the
call alone (the graph already built). Every layout runs with SEEDS seeds (1, 2, 3); the table
gives the mean of each column, and the range.
"""
import json, os, random, resource, subprocess, sys, tempfile
import igraph as ig

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
SEEDS = (1, 2, 3)
BIN, DIR, sizes = sys.argv[1], sys.argv[2], [int(a) for a in sys.argv[3:]]


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def quality(path):
    """crossings_est and stress of the drawing in path (json0 objects and edges)."""
    out = subprocess.run([PY, os.path.join(HERE, "drawing_quality.py"), path], check=True,
                         capture_output=True, text=True).stdout.split()
    f = dict(zip(out[0::2], out[1::2]))
    return float(f["crossings_est"]), float(f["stress"])


def write_layout(path, coords, edges):
    """A layout as drawing_quality.py reads it (node size is irrelevant to crossings and stress)."""
    objs = [{"_gvid": i, "name": "n%d" % i, "pos": "%r,%r" % (x, y), "width": "0.75", "height": "0.5"}
            for i, (x, y) in enumerate(coords)]
    with open(path, "w") as f:
        json.dump({"objects": objs, "edges": [{"tail": u, "head": v} for u, v in edges]}, f)


def sfdp(n, seed, tmp):
    dot = os.path.join(DIR, "draw%d.dot" % n)
    if not os.path.exists(dot):
        # its notices (katz's alpha on these networks) are not the table's; a failure still stops
        r = subprocess.run([BIN, "export", "-q", "-f", "dot", "-o", dot, os.path.join(DIR, "draw%d.json" % n)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("layout_compare: innonet export failed: " + r.stderr)
    out = os.path.join(tmp, "sfdp.json")
    # start=20160201 is innonet's seed; the other seeds show how much the layout varies
    start = 20160201 + seed - 1
    before = cpu_children()
    subprocess.run(["sfdp", "-Goverlap=true", "-Gsep=+8", "-Gstart=%d" % start, "-Gsplines=false",
                    "-Tjson0", "-o", out, dot], check=True)
    return cpu_children() - before, out


def igraph_layout(g, edges, kind, seed, tmp):
    random.seed(seed)  # python-igraph's default RNG is Python's random module
    before = cpu_self()
    if kind == "drl":
        lay = g.layout_drl()
    else:
        lay = g.layout_fruchterman_reingold(grid=True)
    t = cpu_self() - before
    out = os.path.join(tmp, kind + ".json")
    write_layout(out, lay.coords, edges)
    return t, out


def main():
    print("| network | layout | processor (s) | crossings (estimated) | stress |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            base = os.path.join(DIR, "draw%d" % n)
            if not os.path.exists(base + ".json"):
                subprocess.run([PY, os.path.join(HERE, "gen_graph.py"), str(n), "2", base], check=True,
                               stdout=subprocess.DEVNULL)
            nodes = len(json.load(open(base + ".json"))["nodes"])
            edges = [tuple(map(int, line.split())) for line in open(base + ".txt") if line.strip()]
            g = ig.Graph(n=nodes, edges=edges)
            for kind, name in (("sfdp", "sfdp (innonet's settings)"), ("drl", "igraph DrL"),
                               ("fr", "igraph Fruchterman-Reingold, grid")):
                rows = []
                for seed in SEEDS:
                    t, path = sfdp(n, seed, tmp) if kind == "sfdp" else igraph_layout(g, edges, kind, seed, tmp)
                    rows.append((t,) + quality(path))
                cols = list(zip(*rows))
                mean = [sum(c) / len(c) for c in cols]
                print("| %d nodes / %d links | %s | %.2f (%.2f-%.2f) | %s (%s-%s) | %.4f (%.4f-%.4f) |" % (
                    nodes, len(edges), name, mean[0], min(cols[0]), max(cols[0]),
                    "{:,.0f}".format(mean[1]), "{:,.0f}".format(min(cols[1])), "{:,.0f}".format(max(cols[1])),
                    mean[2], min(cols[2]), max(cols[2])), flush=True)


main()
