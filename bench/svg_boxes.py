#!/usr/bin/python3
"""An SVG of innonet as json0-like objects and edges for drawing_quality.py: each node's box from its shapes.

usage: svg_boxes.py SVG > JSON"""
import sys, json, re
import xml.etree.ElementTree as ET
NS = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
objs, edges, gid = [], [], {}
for g in root.iter(NS + "g"):
    cls = g.get("class") or ""
    if "node" in cls.split() and "legend" not in cls:
        name = g.find(NS + "title").text
        xs, ys = [], []
        for e in g.iter():
            if e.tag == NS + "ellipse":
                cx, cy, rx, ry = (float(e.get(k)) for k in ("cx", "cy", "rx", "ry")); xs += [cx - rx, cx + rx]; ys += [cy - ry, cy + ry]
            elif e.tag in (NS + "polygon", NS + "polyline"):
                for p in e.get("points").split():
                    x, y = map(float, p.split(",")); xs.append(x); ys.append(y)
            elif e.tag == NS + "path" and "node" in cls:
                for x, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", e.get("d")):
                    xs.append(float(x)); ys.append(float(y))
        if not xs: continue
        gid[name] = len(objs)
        objs.append({"_gvid": len(objs), "name": name, "pos": "%f,%f" % ((min(xs) + max(xs)) / 2, -(min(ys) + max(ys)) / 2),
                     "width": str((max(xs) - min(xs)) / 72), "height": str((max(ys) - min(ys)) / 72)})
for g in root.iter(NS + "g"):
    if "edge" in (g.get("class") or "").split():
        t = g.find(NS + "title").text
        for sep in ("--", "->"):
            if sep in t:
                a, b = t.split(sep, 1)
                if a in gid and b in gid: edges.append({"tail": gid[a], "head": gid[b]})
json.dump({"objects": objs, "edges": edges}, sys.stdout)
