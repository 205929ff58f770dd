#!/usr/bin/python3
"""hostile_scaling.py: the inputs of issue 13 that were quadratic, each timed at 1, 2 and 4 times
its size; docs/errors.md records the growth. usage: bench/hostile_scaling.py BUILD/innonet [BASE [WORD]]

Each case is made here, written to a temporary directory and run three times; the best time is
kept (the machine is shared). A reader linear in its input takes about twice as long for twice
the input: the ratio t(4x)/t(2x) is printed beside the times, and a ratio above 3 is flagged.
BASE scales every case (1 by default: sizes as in the issue, halved); WORD, when given, runs only
the cases whose description holds it ("DOT").
"""
import json
import os
import subprocess
import sys
import tempfile
import time


def csv_header(n):  # a CSV header of n columns (the duplicate-column check)
    return "wide.csv", "source,target," + ",".join("c%d" % i for i in range(n)) + "\na,b" + ",1" * n + "\n"


def node_keys(n):  # one node with n keys, exported to GraphML, GEXF and CSV
    d = {"id": "a"}
    d.update({"k%d" % i: i for i in range(n)})
    return "keys.json", json.dumps({"nodes": [d, {"id": "b", "k1": "x"}], "links": [{"source": "a", "target": "b"}]})


def dot_attrs(n):  # a DOT node with n attributes
    return "attrs.dot", "graph { a [" + ",".join("k%d=1" % i for i in range(n)) + "] }\n"


def graphml_keys(n):  # GraphML with n <key> elements (over 10,000 is refused: timed up to it)
    keys = "".join('<key id="k%d" for="node" attr.name="k%d" attr.type="string"/>' % (i, i) for i in range(n))
    return "keys.graphml", ('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">' + keys +
                            '<graph edgedefault="undirected"><node id="a"/></graph></graphml>')


def dot_string(n):  # a DOT file holding one quoted string of n bytes (over 1 MiB is refused)
    return "string.dot", 'graph { a [label="' + "x" * n + '"]; }\n'


def dot_joined(n):  # one DOT string of n bytes made of pieces of 1,000 joined by '+'
    return "joined.dot", 'graph { a [label=' + " + ".join(['"' + "x" * 1000 + '"'] * (n // 1000)) + ']; }\n'


def dot_comment(n):  # n bytes of comment and n of white space (no token: never limited)
    return "comment.dot", "graph { a /* " + "x" * n + " */ -- " + " " * n + " b # " + "y" * n + "\n}\n"


def dot_names(n):  # n distinct quoted names in a chain, each also a label (a stand-in each)
    return "names.dot", "graph {\n" + "".join('"n %d" -- "n %d" [label="n %d"];\n' % (i, i + 1, i) for i in range(n)) + "}\n"


def many_nodes(n):  # n nodes and 2n links as JSON: the id index
    nodes = [{"id": "n%d" % i} for i in range(n)]
    links = [{"source": "n%d" % i, "target": "n%d" % ((i * 7 + 1) % n)} for i in range(n)]
    links += [{"source": "n%d" % i, "target": "n%d" % ((i * 13 + 5) % n)} for i in range(n)]
    seen, uniq = set(), []
    for l in links:
        k = tuple(sorted((l["source"], l["target"])))
        if k not in seen and l["source"] != l["target"]:
            seen.add(k)
            uniq.append(l)
    return "nodes.json", json.dumps({"nodes": nodes, "links": uniq})


CASES = [
    ("CSV header of N columns", csv_header, 50000, ["validate", "-q"]),
    ("one node of N keys to GraphML", node_keys, 75000, ["export", "-q", "-f", "graphml", "-o", "{tmp}/o.graphml"]),
    ("one node of N keys to GEXF", node_keys, 75000, ["export", "-q", "-f", "gexf", "-o", "{tmp}/o.gexf"]),
    ("one node of N keys to CSV", node_keys, 75000, ["export", "-q", "-f", "csv", "-o", "{tmp}/o.csv"]),
    ("DOT node of N attributes", dot_attrs, 12500, ["validate", "-q"]),
    ("GraphML of N keys", graphml_keys, 2500, ["validate", "-q"]),
    ("DOT string of N bytes", dot_string, 262144, ["validate", "-q"]),
    ("DOT string of N bytes in pieces joined by +", dot_joined, 262000, ["validate", "-q"]),
    ("DOT comment and white space of N bytes each", dot_comment, 4000000, ["validate", "-q"]),
    ("DOT of N quoted names", dot_names, 25000, ["validate", "-q"]),
    ("JSON of N nodes", many_nodes, 50000, ["validate", "-q"]),
]


def best_time(cmd):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        t = time.perf_counter() - t
        best = t if best is None or t < best else best
    return best


def main():
    binary = sys.argv[1]
    base = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    word = sys.argv[3] if len(sys.argv) > 3 else ""
    with tempfile.TemporaryDirectory() as tmp:
        print("| input | N | t(N) | t(2N) | t(4N) | t(4N)/t(2N) |")
        print("|---|---|---|---|---|---|")
        for what, make, n, args in CASES:
            if word not in what:
                continue
            n = int(n * base)
            times = []
            for k in (1, 2, 4):
                name, text = make(n * k)
                path = os.path.join(tmp, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                cmd = [binary] + [a.replace("{tmp}", tmp) for a in args] + [path]
                times.append(best_time(cmd))
            ratio = times[2] / times[1] if times[1] > 0 else 0
            # under a tenth of a second, a shared machine's noise outweighs the input's size
            flag = " (more than linear)" if ratio > 3 and times[2] > 0.1 else ""
            print("| %s | %d | %.3f s | %.3f s | %.3f s | %.2f%s |" % (what, n, times[0], times[1], times[2], ratio, flag))


if __name__ == "__main__":
    main()
