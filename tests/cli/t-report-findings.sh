# t-report-findings.sh: the report opens with its findings, each checked against NetworkX or the
# command that gives it: the top brokers and coordinators, the programme hub of the model's own
# making and the brokers without it, what each cut point cuts off, the key players of one and two
# (Borgatti's fragmentation by brute force), the profile as `compare` gives it, the funding peak;
# report --compare: two columns and diff's rank movers; every finding's link lands in the page.
. "$(dirname "$0")/lib.sh" "$@"
US16=$SRC/graphs/nnmi-2016.json
US25=$SRC/graphs/manufacturing-usa-2025.json

for model in "$US16" "$US25"; do
	name=$(basename "$model" .json)
	run report -q -o "$TMP/$name.html" "$model"
	check_status "report $name" 0
	run compare --format json "$model" "$model"
	cp "$TMP/out" "$TMP/$name-profile.json"
	check "$name: the findings open the report and hold what NetworkX and compare give" $PY - "$TMP/$name.html" "$model" "$TMP/$name-profile.json" <<'PYEOF'
import html, itertools, json, re, sys
import networkx as nx
page = open(sys.argv[1], encoding="utf-8").read()
d = json.load(open(sys.argv[2]))
G = nx.Graph(nx.node_link_graph(d))
label = {n["id"]: n.get("label") or n["id"] for n in d["nodes"]}
sections = re.findall(r'<section id="([^"]+)"', page)
assert sections[0] == "findings", sections
sec = re.search(r'<section id="findings">(.*?)</section>', page, re.S).group(1)
text = html.unescape(re.sub(r"<[^>]+>", "", sec))
# every link of the findings lands on an element of the page
for target in re.findall(r'href="#([^"]+)"', sec):
    assert f'id="{target}"' in page, target
# who brokers: the top three by betweenness, in order
b = nx.betweenness_centrality(G, normalized=False)
top = sorted(b, key=lambda v: (-b[v], v))[:3]
line = re.search(r"Who brokers[^\n]*", text).group(0)
assert [line.index(label[v]) for v in top] == sorted(line.index(label[v]) for v in top), (top, line)
# the programme every institute is part of: said, and the brokers without it as NetworkX ranks them
part = {v: sum(1 for l in d["links"] if l.get("relation") == "part_of" and l["target"] == v and l["source"] != v)
        for v in G}
hubs = [v for v in G if part[v] >= 5 and 2 * part[v] > G.degree(v)]
assert hubs, "no programme hub found"
for v in hubs:
    assert f"{label[v]} has {part[v]} nodes linked to it as part_of it" in text, (v, part[v])
assert "artefacts of modelling" in text
H = G.copy()
H.remove_nodes_from(hubs)
bh = nx.betweenness_centrality(H, normalized=False)
without = sorted(bh, key=lambda v: (-bh[v], v))[:3]
tail = text[text.index("left out, the brokers are"):]
assert all(f"{k + 1}. {label[v]} (" in tail for k, v in enumerate(without)), (without, tail[:300])
# single points of failure: how many, and what the worst cuts off (NetworkX: its component without it)
cuts = list(nx.articulation_points(G))
assert f"{len(cuts)} single points of failure" in text, len(cuts)
def lost(v):
    H = G.copy(); H.remove_node(v)
    parts = sorted(nx.connected_components(H), key=len, reverse=True)
    return set().union(*parts[1:])
worst = max(cuts, key=lambda v: len(lost(v)))
assert f"{label[worst]} cuts off {len(lost(worst))} (" in text, worst
assert all(label[u] in text for u in lost(worst))
assert f"{len(list(nx.bridges(G)))} links are bridges" in text
# key players: Borgatti's fragmentation, every set of one and two tried
def frag(removed):
    H = G.copy(); H.remove_nodes_from(removed)
    m = H.number_of_nodes()
    return 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(H)) / (m * (m - 1))
for k in (1, 2):
    best = max(frag(s) for s in itertools.combinations(sorted(G), k))
    sets = [s for s in itertools.combinations(sorted(G), k) if abs(frag(s) - best) < 1e-12]
    got = re.search(r"of %s, (.*?) \(F = ([0-9.]+)" % ("one node" if k == 1 else "two"), text)
    assert abs(float(got.group(2)) - best) < 5e-4, (k, got.group(2), best)
    assert any(all(label[v] in got.group(1) for v in s) for s in sets), (k, got.group(1), sets)
# the profile table holds compare's values, to the report's three decimals
rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td class=\"num\">([^<]*)</td></tr>",
                  re.search(r'<table id="profile".*?</table>', sec, re.S).group(0))
want = {(r["measure"], r["of"]): r for r in json.load(open(sys.argv[3]))["measures"]}
col = [k for k in next(iter(want.values())) if k not in ("measure", "of")][0]
labels = {}
assert len(rows) == len(want), (len(rows), len(want))
for (lab, of, val), ((key, wof), r) in zip(rows, want.items()):
    assert html.unescape(of) == (wof or ""), (of, wof)
    x = r[col]
    assert (val == "undefined") if x is None else abs(float(val) - x) <= 0.0005 + 1e-12, (key, of, val, x)
PYEOF
done
check "2016: the funding finding names the peak year of the funding table" $PY - "$TMP/nnmi-2016.html" <<'PYEOF'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
fund = re.search(r'<section id="funding">.*?</section>', page, re.S).group(0)
years = [(int(y), float(v)) for y, v in re.findall(r"<tr><td>(\d{4})</td><td class=\"num\">(?:at least )?(\d+)</td>", fund)]
peak = max(years, key=lambda t: t[1])
sec = re.search(r'<section id="findings">.*?</section>', page, re.S).group(0)
m = re.search(r"peaks in (\d{4}) \((?:at least )?([0-9.]+) million USD\)", sec)
assert m and int(m.group(1)) == peak[0] and abs(float(m.group(2)) - peak[1] / 1e6) < 0.05, (m and m.groups(), peak)
PYEOF

# report --compare: the two columns and the rank movers diff lists
run report -q --compare "$US25" -o "$TMP/both.html" "$US16"
check_status "report --compare" 0
run diff --format csv "$US16" "$US25"
check "report --compare: the movers are diff's, in its order; the profile has a column a model" $PY - "$TMP/both.html" "$TMP/out" <<'PYEOF'
import csv, html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
want = [(r["id"], r["before"], r["after"]) for r in csv.DictReader(open(sys.argv[2])) if r["section"] == "rank_change"]
table = re.search(r'<table id="movers-table".*?</table>', page, re.S).group(0)
got = [(html.unescape(i), b, a) for i, b, a in
       re.findall(r"<tr><td>([^<]*)</td><td>[^<]*</td><td class=\"num\">(\d+)</td><td class=\"num\">(\d+)</td></tr>", table)]
assert got == want and want, (got, want)
heads = re.findall(r"<th>([^<]*)</th>", re.search(r'<table id="profile".*?</thead>', page, re.S).group(0))
assert heads[2:] == ["nnmi-2016.json", "manufacturing-usa-2025.json"], heads
PYEOF
run report --compare "$TMP/missing.json" -o "$TMP/x.html" "$US16"
check_status "report --compare a missing file" 2
check "report --compare a missing file: nothing written" test ! -e "$TMP/x.html"
run report -q --lang zh -o "$TMP/zh.html" "$US25"
check "report --lang zh: the findings in Chinese" grep -q '<h2>主要发现</h2>' "$TMP/zh.html"
finish
