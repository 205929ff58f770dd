#!/usr/bin/python3
"""igraph's Fruchterman-Reingold (grid) with more iterations: does it reach sfdp's quality at sfdp's
processor time? One seed (1), the layout's processor time, and drawing_quality.py's line (its
overlap count means nothing here: the layout is not at the drawing's scale).

usage: fr_iterations.py DIR N ITERATIONS...   (DIR/drawN.txt from gen_graph.py N 2, as layout_compare.py)
docs/performance.md quotes: fr_iterations.py DIR 1000 3000 and fr_iterations.py DIR 5000 2000."""
import json, os, random, resource, subprocess, sys, tempfile
import igraph as ig

HERE = os.path.dirname(os.path.abspath(__file__))
n = int(sys.argv[2])
edges = [tuple(map(int, line.split())) for line in open(os.path.join(sys.argv[1], "draw%d.txt" % n)) if line.strip()]
g = ig.Graph(n=n, edges=edges)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "fr.json")
    for it in (int(a) for a in sys.argv[3:]):
        random.seed(1)
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        lay = g.layout_fruchterman_reingold(grid=True, niter=it)
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        objs = [{"_gvid": i, "name": "n%d" % i, "pos": "%r,%r" % tuple(c), "width": "0.75", "height": "0.5"}
                for i, c in enumerate(lay.coords)]
        json.dump({"objects": objs, "edges": [{"tail": u, "head": v} for u, v in edges]}, open(path, "w"))
        q = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "drawing_quality.py"), path],
                           check=True, capture_output=True, text=True).stdout.strip()
        print("iterations %d processor %.2f %s" % (it, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime, q))
