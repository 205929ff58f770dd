# t-large-names.sh: from 500 nodes the drawing child lays out its own graph, not a copy through
# DOT text (render.c), and copies the legend object by object. Here a network of 600 nodes whose
# ids DOT cannot carry as they are ("%x", "-.", b\"c, a\) is drawn: every node once, under its own
# id as the SVG <title>, the legend with all its rows, the same bytes from a second process. And
# the same network cut to 400 nodes (the copy through text) draws the same ids and legend.
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$TMP/odd.json" 600 <<'EOF'
import json, random, sys
n = int(sys.argv[2]); r = random.Random(7)
odd = ["%x", "-.", 'b\\"c', "a\\"]
ids = odd + ["n%d" % i for i in range(len(odd), n)]
kinds = ["institute", "lead_organization", "agency", "national_lab"]
nodes = [{"id": x, "kind": kinds[i % 4], "label": "L%d" % i} for i, x in enumerate(ids)]
links = [{"source": ids[r.randrange(i)], "target": ids[i], "relation": ["funds", "member_of"][i % 2]}
         for i in range(1, n)]
json.dump({"directed": True, "graph": {"name": "odd ids"}, "nodes": nodes, "links": links},
          open(sys.argv[1], "w"))
EOF
$PY - "$TMP/odd.json" "$TMP/odd400.json" 400 <<'EOF'
import json, sys
d = json.load(open(sys.argv[1])); n = int(sys.argv[3])
keep = {x["id"] for x in d["nodes"][:n]}
d["nodes"] = d["nodes"][:n]
d["links"] = [l for l in d["links"] if l["source"] in keep and l["target"] in keep]
json.dump(d, open(sys.argv[2], "w"))
EOF

# every node's <title> is its id, once; the legend's kinds and relations are all there
cat >"$TMP/titles.py" <<'EOF'
import json, sys, xml.etree.ElementTree as ET
svg, model = sys.argv[1], json.load(open(sys.argv[2]))
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(svg).getroot()
titles = [g.find("s:title", ns).text for g in root.iter("{http://www.w3.org/2000/svg}g")
          if (g.get("class") or "").split()[:1] == ["node"]]
want = [x["id"] for x in model["nodes"]]
net = [t for t in titles if t in set(want)]
if sorted(net) != sorted(want) or len(net) != len(set(net)):
    sys.exit("nodes drawn: %d of %d, odd ids drawn: %s" % (len(set(net)), len(want),
             [t for t in titles if t in want[:4]]))
legend = [g for g in root.iter("{http://www.w3.org/2000/svg}g")
          if (g.get("class") or "").split() == ["cluster", "legend"]]
text = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
for w in ["Legend", "institute", "lead organization", "agency", "national laboratory", "funds",
          "member of"]:
    if w not in text:
        sys.exit("legend without %r" % w)
if len(legend) != 1:
    sys.exit("%d legend clusters" % len(legend))
EOF

for m in odd odd400; do
	run export -q --ranks none -o "$TMP/$m.svg" "$TMP/$m.json"
	check_status "$m: drawn" 0
	check "$m: every node under its own id once (%x, -., b\\\"c, a\\ included), the legend whole" \
		$PY "$TMP/titles.py" "$TMP/$m.svg" "$TMP/$m.json"
done
run export -q --ranks none -o "$TMP/odd2.svg" "$TMP/odd.json"
check "600 nodes: the same bytes from a second process" cmp -s "$TMP/odd.svg" "$TMP/odd2.svg"
# the checker itself: a drawing with one node's title changed must fail it
sed 's|<title>n17</title>|<title>n17x</title>|' "$TMP/odd.svg" >"$TMP/bad.svg"
check "the checker finds a node missing" sh -c "! $PY '$TMP/titles.py' '$TMP/bad.svg' '$TMP/odd.json' 2>/dev/null"
finish
