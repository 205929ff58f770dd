#!/usr/bin/python3
"""gexf_large.py N OUT: a GEXF 1.2 of N nodes and 4N edges (each node i linked to i+1, i+7,
i+31 and i+127 modulo N), with a typed node column and an edge weight: the large file
t-xml-scale.sh loads. Nodes 4N links exactly, each node degree 8, so the counts are known
without another tool."""
import sys

n = int(sys.argv[1])
with open(sys.argv[2], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
            '<graph defaultedgetype="undirected">\n'
            '<attributes class="node"><attribute id="0" title="kind" type="string"/>'
            '<attribute id="1" title="members" type="integer"/></attributes>\n<nodes>\n')
    for i in range(n):
        f.write(f'<node id="n{i}" label="Node {i}"><attvalues><attvalue for="0" value="{"institute" if i % 3 else "agency"}"/>'
                f'<attvalue for="1" value="{i % 97}"/></attvalues></node>\n')
    f.write('</nodes>\n<edges>\n')
    e = 0
    for i in range(n):
        for step in (1, 7, 31, 127):
            f.write(f'<edge id="{e}" source="n{i}" target="n{(i + step) % n}" weight="{1 + (i + step) % 5}"/>\n')
            e += 1
    f.write('</edges>\n</graph>\n</gexf>\n')
