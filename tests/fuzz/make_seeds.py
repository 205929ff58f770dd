#!/usr/bin/python3
"""make_seeds.py: writes the seed inputs of the writer fuzz targets (tests/fuzz/corpus/dot, svg).

The byte format is fuzz_model.h's: flags, node count, NUL-separated id/label/kind strings and a
graph name, then (source, target, relation) byte triples. The seeds hold the strings that have
broken DOT, SVG and Graphviz escapes elsewhere, so the fuzzer starts from them.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
hostile = ["a\"b", "x\"]; evil [label=\"pwned", "node", "graph", "edge", "\\N\\G\\E", "a\\", "\\\"",
           "<b>html</b>", "</text><script>alert(1)</script>", "-->", "&amp; &#45; &", "one\ntwo\rthree",
           "北京", "\u202eabc", "=1+1", "--", "->", "}", "/* c */", "# x", "0", "-1.5", "\t",
           # found by fuzz_dot: names Graphviz 2.42 cannot write back as themselves
           "-.", "%1", "\n", "a\\\nb"]


def seed(flags, nodes, links, name=None):
    out = bytes([flags, len(nodes) - 1])
    for node in nodes:
        out += b"".join(s.encode("utf-8") + b"\0" for s in node)
    if name is not None:
        out += name.encode("utf-8") + b"\0"
    for s, t, r in links:
        out += bytes([s, t, r])
    return out


seeds = {
    "plain": seed(2, [("DoD", "Department of Defense", "agency"), ("LIFT", "LIFT", "institute")], [(0, 1, 2)]),
    "directed-name": seed(1 | 8, [("a", "A", "office"), ("b", "B", "office"), ("c", "", "")],
                          [(0, 1, 0), (1, 2, 1), (2, 0, 2)], name="Name, as of 2016"),
    "multigraph-loops": seed(4 | 2, [("x", "x", "k"), ("y", "y", "k")], [(0, 0, 0), (0, 1, 1), (1, 0, 1), (0, 1, 3)]),
}
for i in range(0, len(hostile), 3):
    chunk = hostile[i:i + 3]
    nodes = [(s, hostile[(i + k + 5) % len(hostile)], hostile[(i + k + 9) % len(hostile)]) for k, s in enumerate(chunk)]
    seeds["hostile-%02d" % i] = seed(2 | (i & 1) | 8, nodes, [(0, 1, 1), (1, 2, 2), (2, 0, 0)],
                                     name=hostile[(i + 1) % len(hostile)])

for target in ("dot", "svg"):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
print("%d seeds" % len(seeds))
