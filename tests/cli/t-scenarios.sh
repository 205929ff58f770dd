# t-scenarios.sh: whatif, diff, funding and robustness from the command line, checked against NetworkX
# (Debian's, at /usr/bin/python3) and against counts worked by hand.
. "$(dirname "$0")/lib.sh" "$@"

M2025=$SRC/graphs/manufacturing-usa-2025.json
CHINA=$SRC/examples/china-ntic-proposal.json
SMALL=$FIXTURES/scenario-small.json

for c in whatif diff funding robustness; do
	run "$c" --help
	check_status "$c --help" 0
	check "$c --help has examples" grep -q '^examples:' "$TMP/out"
done
run --help
check "the main help lists the four commands" sh -c "grep -q '^  whatif ' '$TMP/out' && grep -q '^  diff ' '$TMP/out' && grep -q '^  funding ' '$TMP/out' && grep -q '^  robustness ' '$TMP/out'"

# ---- the shipped models load in NetworkX unchanged
check "the 2025 model and the China proposal load in NetworkX" $PY -c "
import json, networkx as nx
G = nx.node_link_graph(json.load(open('$M2025')))
inst = sorted(n for n, d in G.nodes(data=True) if d['kind'] == 'institute')
assert len(inst) == 18, inst
assert G.nodes['DMDII']['label'] == 'MxD' and G.nodes['DMDII']['former_label'] == 'DMDII'
assert G.nodes['nextflex']['non_federal_funding_usd'] == {'more_than': 96000000}
assert nx.is_connected(G)
C = nx.node_link_graph(json.load(open('$CHINA')))
assert C.graph['proposal'] is True and C.graph['status'] == 'proposal'
assert all(d.get('label_zh') and d.get('label') for n, d in C.nodes(data=True))
assert sum(d['kind'] == 'innovation_centre' for n, d in C.nodes(data=True)) == 7
"

# ---- whatif
run whatif --remove DoD
check_status "whatif --remove DoD" 0
check "DoD cuts off nothing in the 2016 model" grep -q '^nodes cut off from the rest of their component .*: none$' "$TMP/out"
run whatif --remove "Department of Defense" --format csv
check "a label names the node too; the five DoD institutes lose their only agency" test \
	"$(grep '^lost_kind_links,' "$TMP/out" | cut -d, -f2,5 | tr '\n' ' ')" = \
	"america-makes,agency DMDII,agency LIFT,agency aim-photonics,agency nextflex,agency "
check "no lost paths and no new cut points without DoD" sh -c "! grep -q '^lost_reach,\|^new_cut_point,' '$TMP/out'"

run whatif --remove DOE-labs --format csv -o "$TMP/w.csv"
check_status "whatif -o" 0
check "the CSV agrees with NetworkX on components and cut-off nodes" $PY -c "
import csv, json, networkx as nx
G = nx.node_link_graph(json.load(open('$MODEL')))
big = set(max(nx.connected_components(G), key=len))
H = G.copy(); H.remove_node('DOE-labs')
comps = list(nx.connected_components(H))
largest = max(len(c) for c in comps)
first = [c for c in comps if len(c) == largest][0]
rows = list(csv.DictReader(open('$TMP/w.csv')))
summary = {r['id']: (int(r['before']), int(r['after'])) for r in rows if r['section'] == 'summary'}
assert summary['components'] == (1, len(comps)), summary
assert summary['largest_component'] == (len(G), largest)
cut = {r['id'] for r in rows if r['section'] == 'cut_off'}
assert cut == {v for v in big if v in H and v not in first}, cut
ap = {r['id'] for r in rows if r['section'] == 'new_cut_point'}
assert ap == set(nx.articulation_points(H)) - set(nx.articulation_points(G)), ap
# the laboratories are one node (the seed gives only their number): nothing hangs off it alone
assert summary['components'] == (1, 1) and not cut, (summary, cut)
"
run whatif --remove-kind partner_type --by closeness --top 3 --format json
check "whatif JSON: a removed kind, closeness movers, 3 and those tied with the third" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['measure'] == 'closeness' and d['scenario'] == 'command line'
rows = d['rows']
assert sum(r['section'] == 'removed_node' for r in rows) == 3  # industry associations, regional clusters, research centres
movers = [r for r in rows if r['section'] == 'rank_move']
assert len(movers) >= 3 and all(r['detail'] == 'closeness' for r in movers)
size = [abs(int(r['before']) - int(r['after'])) for r in movers]
assert size == sorted(size, reverse=True) and all(x == size[2] for x in size[3:]), size
"
cat >"$TMP/add.json" <<'JSON'
{"nodes": [{"id": "A3", "kind": "agency"}, {"id": "I1"}, {"id": "A2"}],
 "links": [{"source": "A3", "target": "I1"}, {"source": "A3", "target": "A2"}]}
JSON
run whatif --remove A1 --add "$TMP/add.json" --format csv "$SMALL"
check "--add reconnects what --remove splits (hand-worked: one tree of 8)" test \
	"$(grep '^summary,components\|^summary,cut_off' "$TMP/out" | tr '\n' ' ')" = "summary,components,,,,1,1,, summary,cut_off,,,,0,0,, "
run whatif --scenario "$FIXTURES/scenario-small-scenario.json" "$SMALL"
check_status "whatif --scenario" 0
check "the table names the scenario and its weight change" sh -c "head -1 '$TMP/out' | grep -q '^scenario: A1 withdraws, A3 steps in$' && grep -q '^A2 -- I3  sponsors' '$TMP/out'"
run whatif --as-of 2015 --remove IACMI --format csv "$M2025"
check "--as-of applies before the scenario (7 institutes in 2015, 6 after)" $PY -c "
import csv
rows = list(csv.DictReader(open('$TMP/out')))
assert [r['id'] for r in rows if r['section'] == 'removed_node'] == ['IACMI']
"
run whatif --project institute --remove DMDII --by degree --format csv
check "--project: institutes linked by shared neighbours, one removed" test \
	"$(grep '^summary,nodes,' "$TMP/out")" = "summary,nodes,,,,7,6,,,projected onto institute"
run whatif
check_error "whatif with nothing to change" 2 "innonet: whatif: nothing to change: give --remove, --remove-kind, --remove-link, --add or --scenario"
run whatif --remove NoSuchNode
check_error "whatif of an unknown node" 2 "innonet: whatif: no node 'NoSuchNode' in nnmi-2016.json (built in) (give an id or a label)"
run whatif --remove-kind council,guild
check_error "whatif of an unknown kind" 2 "innonet: whatif: no node of kind 'guild' to remove in nnmi-2016.json (built in)"
run whatif --remove DoD --by fame
check_error "whatif --by checks the measure" 2 "innonet: whatif: unknown measure 'fame' (see 'innonet rank --help')"

# ---- export --scenario
printf '{"name": "no AMNPO", "remove": ["AMNPO"]}' >"$TMP/s.json"
run export --scenario "$TMP/s.json" --format dot
check_status "export --scenario" 0
check "the drawing keeps the removed node greyed and marks the nodes NetworkX finds cut off without it" $PY -c "
import re, json, networkx as nx
G = nx.node_link_graph(json.load(open('$MODEL'))); G.remove_node('AMNPO')
big = max(nx.connected_components(G), key=len)
dot = open('$TMP/out').read()
node = re.search(r'\n\t\"?AMNPO\"?\s*\[([^]]*)\]', dot).group(1)
assert 'dashed' in node and '#BBBBBB' in node, node
# model nodes only (id=node-...): the legend shows one cut-off sample of its own
marked = [b for b in re.findall(r'\[([^]]*)\]', dot) if 'id=\"node-' in b and 'peripheries=2' in b]
assert len(marked) == len(G) - len(big) > 0, (len(marked), len(G) - len(big))
"

# ---- diff
run diff --ignore provenance,note --format csv "$MODEL" "$M2025"
check_status "diff 2016 2025" 0
check "diff lists the 11 institutes added after the seed's seven, as NetworkX sees them" $PY -c "
import csv, json, networkx as nx
A = nx.node_link_graph(json.load(open('$MODEL'))); B = nx.node_link_graph(json.load(open('$M2025')))
rows = list(csv.DictReader(open('$TMP/out')))
added = [r['id'] for r in rows if r['section'] == 'added_node' and r['kind'] == 'institute']
assert added == ['AFFOA', 'CESMII', 'RAPID', 'NIIMBL', 'biofabusa', 'REMADE', 'ARM', 'CyManII', 'BioMADE', 'EPIXC', 'smart-usa'], added
assert {r['id'] for r in rows if r['section'] == 'added_node'} == set(B) - set(A)
assert {r['id'] for r in rows if r['section'] == 'removed_node'} == set(A) - set(B)
assert not any(r['field'] in ('provenance', 'note') for r in rows)
assert ('DMDII', 'label', 'DMDII', 'MxD') in {(r['id'], r['field'], r['before'], r['after']) for r in rows}
key = lambda G, u, v: (min(u, v), max(u, v), G.edges[u, v].get('relation'))
ea = {key(A, u, v) for u, v in A.edges}; eb = {key(B, u, v) for u, v in B.edges}
assert sum(r['section'] == 'added_link' for r in rows) == len(eb - ea)
assert sum(r['section'] == 'removed_link' for r in rows) == len(ea - eb)
"
run diff --as-of 2015 --by degree --top 2 --format json "$MODEL" "$M2025"
check "diff --as-of 2015: no institute added; --top 2 rank changes" $PY -c "
import json
d = json.load(open('$TMP/out'))
rows = d['rows']
assert d['measure'] == 'degree'
assert not [r for r in rows if r['section'] == 'added_node' and r['kind'] == 'institute']
assert len([r for r in rows if r['section'] == 'rank_change']) == 2
"
run diff --project institute "$MODEL" "$M2025" -o "$TMP/d.txt"
check "diff --project institute -o" sh -c "grep -q '^nodes added:' '$TMP/d.txt' && grep -q '^AFFOA' '$TMP/d.txt'"
run diff "$MODEL"
check_error "diff needs two models" 2 "innonet: diff: give two models, A and B (see 'innonet diff --help')"

# ---- funding
run funding --year 2016 --format csv
check_status "funding --year 2016" 0
check "2016 funding matches an independent computation of the schedule (weights 4 4 3 2 1 / 14 for both sides)" $PY -c "
import csv, json
m = json.load(open('$MODEL'))
rows = {r['id']: r for r in csv.DictReader(open('$TMP/out'))}
w = [4, 4, 3, 2, 1]
tot = 0
for n in m['nodes']:
    if n.get('kind') != 'institute': continue
    k = 2016 - n['since']
    fed = n['federal_funding_5yr_usd'] * w[k] / 14
    other = n['other_funding_5yr_usd']
    nf = (other['more_than'] if isinstance(other, dict) else other) * w[k] / 14
    r = rows[n['id']]
    assert abs(float(r['federal_usd']) - fed) < 1e-3, (n['id'], r['federal_usd'], fed)
    assert abs(float(r['non_federal_usd']) - nf) < 1e-3
    assert r['non_federal_bound'] == ('more_than' if isinstance(other, dict) else '')
    assert r['share_bound'] == ('at_most' if isinstance(other, dict) else '')
    assert r['past_exit'] == 'false' and r['phase'] == 'award' and r['award'] == 'launch'
    tot += fed
assert abs(float(rows['total']['federal_usd']) - tot) < 1e-3
"
run funding --chart "$TMP/f.svg" --format json "$M2025"
check_status "funding --chart" 0
check_error "funding says where the chart went" 0 "innonet: wrote $TMP/f.svg (svg, 19 years)"
check "the chart is SVG with two lines, and JSON flags institutes past exit" $PY -c "
import json, xml.etree.ElementTree as ET
root = ET.parse('$TMP/f.svg').getroot()
assert len(root.findall('.//{http://www.w3.org/2000/svg}polyline')) == 2
d = json.load(open('$TMP/out'))
r = [x for x in d['funding'] if x['id'] == 'LIFT' and x['year'] == 2019][0]
assert r['past_exit'] is True and r['federal_usd'] == 0 and r['phase'] == 'self_sustaining'
assert [x for x in d['funding'] if x['id'] == 'CyManII'][0]['federal_usd'] is None
"
cp "$TMP/f.svg" "$TMP/f1.svg"
run funding -q --chart "$TMP/f.svg" -o "$TMP/f.txt" --as-of 2030 "$M2025"
check "the chart is the same bytes again; -q says nothing" sh -c "cmp -s '$TMP/f.svg' '$TMP/f1.svg' && test ! -s '$TMP/err' && test -s '$TMP/f.txt'"
run funding --project institute --year 2030 --format csv "$M2025"
check "in 2030 every institute with an award is past exit" sh -c "! grep -q ',false,' '$TMP/out' && grep -q ',true,self_sustaining,projected onto institute\$' '$TMP/out'"
run funding --year 20x6
check_error "funding --year needs a year" 2 "innonet: funding: --year needs a year, not '20x6'"

# ---- robustness
run robustness --attack degree --format csv
check_status "robustness --attack degree" 0
check "each step agrees with NetworkX (largest component share, global efficiency, degree order)" $PY - "$MODEL" "$TMP/out" <<'PY'
import csv, json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
rows = list(csv.DictReader(open(sys.argv[2])))
n0 = len(G)
deg = dict(G.degree())
order = sorted(G, key=lambda v: (-deg[v], v))
assert [r['removed'] for r in rows[1:]] == order, 'degree order'
H = G.copy()
for r in rows:
    if r['removed']:
        H.remove_node(r['removed'])
    share = max((len(c) for c in nx.connected_components(H)), default=0) / n0
    assert abs(float(r['largest_component_share']) - share) < 1e-12, r
    assert abs(float(r['global_efficiency']) - nx.global_efficiency(H)) < 1e-9, r
PY
run robustness --attack betweenness --recompute --steps 4 --format json
check "recomputed betweenness takes NetworkX's most central node each time" $PY - "$MODEL" "$TMP/out" <<'PY'
import json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
d = json.load(open(sys.argv[2]))
assert d['recomputed'] is True and d['attack'] == 'betweenness' and len(d['steps']) == 5
for s in d['steps'][1:]:
    b = nx.betweenness_centrality(G, normalized=False)
    top = max(b.values())
    best = sorted(v for v in G if abs(b[v] - top) <= 1e-9 * top)[0]
    assert s['removed'] == best and abs(s['attack_score'] - top) < 1e-6, (s, best)
    G.remove_node(best)
PY
run robustness --attack random --seed 7 --chart "$TMP/r.svg" -o "$TMP/r1.csv" --format csv
check_error "robustness says where the chart went" 0 "innonet: wrote $TMP/r.svg (svg, 43 steps)"
# the chart's legend stays inside the SVG: DejaVu Sans at 12 px has no ASCII glyph wider than
# 12 px ('@', 2048 of 2048 units, read from the font's hmtx table by hand), so a name of n
# characters at x ends before x + 12n; the legend rows lie below the x axis's label
check "robustness --chart: the legend's text ends inside the SVG's width, below the axes" $PY - "$TMP/r.svg" <<'PYEOF'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
width = float(re.search(r'<svg [^>]*width="([0-9.]+)"', svg).group(1))
height = float(re.search(r'<svg [^>]*height="([0-9.]+)"', svg).group(1))
label_y = float(re.search(r'class="x-label" x="[0-9.]+" y="([0-9.]+)"', svg).group(1))
legend = re.findall(r'<g class="legend">.*?<text x="([0-9.]+)" y="([0-9.]+)"[^>]*>([^<]*)</text>', svg)
assert [t for _, _, t in legend] == ["share of nodes in the largest component", "global efficiency"], legend
for x, y, text in legend:
    assert float(x) + 12 * len(text) <= width and label_y < float(y) <= height, (x, y, text, width)
PYEOF
run robustness --attack random --seed 7 -q --format csv --as-of 2030 --chart "$TMP/r.svg"
check "the same seed gives the same order (--as-of 2030 adds its view column)" $PY -c "
import csv
a, b = list(csv.reader(open('$TMP/out', newline=''))), list(csv.reader(open('$TMP/r1.csv', newline='')))
assert {r[-1] for r in a[1:]} == {'as of 2030'} and [r[:-1] for r in a] == b
"
run robustness --attack random --seed 8 --format csv
check "another seed another order" sh -c "! cmp -s '$TMP/out' '$TMP/r1.csv'"
run robustness --project institute --steps 1 --format csv
check "--project: 7 institutes, the first removal leaves 6 of 7" test "$(sed -n 3p "$TMP/out" | cut -d, -f7)" = "0.8571428571428571"
run robustness --attack random --recompute
check_error "--recompute is refused for random" 2 "innonet: robustness: --recompute has no meaning for --attack random"
run robustness --attack fame
check_error "unknown attack" 2 "innonet: robustness: unknown attack 'fame' (degree, betweenness or random)"

# ---- the China proposal analyses like any model
run whatif --remove skl --format csv "$CHINA"
check "without the state key laboratories, the seven field networks lose their only laboratory link" test \
	"$(grep -c '^lost_kind_links,network-.*,lab_system,' "$TMP/out")" = 7
run rank --by degree --kind innovation_centre --format csv "$CHINA"
check "the 7 centres each have degree 2 (their programme and their field's network)" test \
	"$(tail -n +2 "$TMP/out" | cut -d, -f5 | sort -u)" = 2
# ---- issue 22: undefined scores, movers, the order of a scenario's parts, cut off and split
cat >"$TMP/iso.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "a"}, {"id": "x"}, {"id": "b"}, {"id": "c"}, {"id": "y"}, {"id": "d"}, {"id": "e"}, {"id": "z"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "c", "target": "d"},
           {"source": "d", "target": "a"}, {"source": "a", "target": "e"}]}
JSON
run rank --by constraint --format csv "$TMP/iso.json"
check "rank --by constraint: NetworkX's values, the three isolated nodes (undefined) last and tied" $PY - "$TMP/iso.json" "$TMP/out" <<'PY'
import csv, json, math, sys
import networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
c = nx.constraint(G)
rows = list(csv.DictReader(open(sys.argv[2])))
defined = sorted((v for v in G if not math.isnan(c[v])), key=lambda v: (-round(c[v], 9), v))
assert [r['id'] for r in rows] == defined + ['x', 'y', 'z'], rows
for r in rows[:len(defined)]:
    assert abs(float(r['score']) - c[r['id']]) < 1e-9, r
assert [r['rank'] for r in rows[-3:]] == [str(len(defined) + 1)] * 3 and all(r['score'] == '' for r in rows[-3:]), rows
PY
for by in betweenness effective_size constraint degree; do
	run whatif --remove DOE-labs --by $by --top 0 --format csv -o "$TMP/m.csv"
	check "whatif --remove DOE-labs --by $by: the movers the definition gives on NetworkX's scores" \
		$PY "$SRC/tests/cli/movers_ref.py" $by "$TMP/m.csv" rank_move "$MODEL" --remove DOE-labs
done
# The movers' rules on networks small enough to work by hand. Removing H leaves L1 and L2
# isolated (effective size undefined): they are not movers.
cat >"$TMP/iso.json" <<'JSON'
{"directed": false, "nodes": [{"id": "H"}, {"id": "L1"}, {"id": "L2"}, {"id": "A"}, {"id": "B"}, {"id": "C"}],
 "links": [{"source": "H", "target": "L1"}, {"source": "H", "target": "L2"}, {"source": "H", "target": "A"},
           {"source": "A", "target": "B"}, {"source": "B", "target": "C"}, {"source": "C", "target": "A"}]}
JSON
run whatif --remove H --by effective_size --format csv "$TMP/iso.json"
check "nodes left isolated (effective size undefined) are not movers" sh -c \
	"grep -q '^summary,components,,,,1,3,' '$TMP/out' && ! grep -q '^rank_move,L[12],' '$TMP/out'"
# Betweenness before (path x-y-z, p and q apart): y 1, the rest 0. After (path x-y-z-p-q): z 4,
# y 3, p 3, x 0, q 0. Shared ranks among the five: before y 1, x z p q 2; after z 1, y p 2, x q 4.
# x and q fall from 2 to 4 with their score unchanged (0 -> 0): not movers. p keeps rank 2: not a
# mover. z (2 -> 1) and y (1 -> 2) moved one place each, and their scores changed: the movers.
cat >"$TMP/mv-a.json" <<'JSON'
{"directed": false, "nodes": [{"id": "x"}, {"id": "y"}, {"id": "z"}, {"id": "p"}, {"id": "q"}],
 "links": [{"source": "x", "target": "y"}, {"source": "y", "target": "z"}]}
JSON
cat >"$TMP/mv-b.json" <<'JSON'
{"directed": false, "nodes": [{"id": "x"}, {"id": "y"}, {"id": "z"}, {"id": "p"}, {"id": "q"}],
 "links": [{"source": "x", "target": "y"}, {"source": "y", "target": "z"}, {"source": "z", "target": "p"},
           {"source": "p", "target": "q"}]}
JSON
run diff --format csv "$TMP/mv-a.json" "$TMP/mv-b.json"
check "diff: the movers worked by hand are y and z (not x, q: same score; not p: same rank)" test \
	"$(grep '^rank_change,' "$TMP/out" | cut -d, -f2 | sort | tr '\n' ' ')" = "y z "
run diff --top 1 --format csv "$TMP/mv-a.json" "$TMP/mv-b.json"
check "diff --top 1: y and z both move one place, so the tie at the cut keeps both" test \
	"$(grep -c '^rank_change,' "$TMP/out")" = 2
run diff --top 0 --format csv -o "$TMP/m.csv" "$MODEL" "$M2025"
check "diff 2016 2025: the movers the definition gives on NetworkX's betweenness" \
	$PY "$SRC/tests/cli/movers_ref.py" betweenness "$TMP/m.csv" rank_change "$MODEL" "$M2025"
run diff --format csv "$MODEL" "$M2025"
check "diff lists exactly the members of graph whose values differ, as NetworkX reads them" $PY - "$MODEL" "$M2025" "$TMP/out" <<'PY'
import csv, json, sys
a, b = (json.load(open(p))["graph"] for p in sys.argv[1:3])
want = {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
got = {r["field"] for r in csv.DictReader(open(sys.argv[3])) if r["section"] == "changed_graph"}
assert got == want, (got, want)
PY
run diff --format csv "$MODEL" "$FIXTURES/nnmi-2016-directed.json"
check "diff reports a change of direction" grep -q '^changed_graph,,,,directed,false,true,,$' "$TMP/out"

run whatif --remove DOE-labs --format csv
check "a kind with no node left is kind_gone, with no lost_reach rows" sh -c \
	"grep -q '^kind_gone,,,lab_system,' '$TMP/out' && ! grep -q '^lost_reach,.*,lab_system,,,,\$' '$TMP/out'"

cat >"$TMP/s1.json" <<'JSON'
{"remove": ["A1"], "add": {"nodes": [{"id": "A1"}, {"id": "I3"}], "links": [{"source": "A1", "target": "I3"}]}}
JSON
run whatif --scenario "$TMP/s1.json" "$SMALL"
check_error "a link added to a removed node is refused" 2 \
	"innonet: $TMP/s1.json: added link 'A1' -- 'I3' reaches node 'A1', which the scenario removes (removals come first)"
cat >"$TMP/s2.json" <<'JSON'
{"remove_links": [{"source": "A1", "target": "I1"}],
 "add": {"nodes": [{"id": "A1"}, {"id": "I1"}], "links": [{"source": "A1", "target": "I1", "relation": "funds"}]},
 "weights": [{"source": "A2", "target": "I3", "weight": 1}]}
JSON
run whatif --scenario "$TMP/s2.json" --format csv "$SMALL"
check "remove a link, add it again: both listed, 8 links before and after, a same weight is no change" sh -c \
	"grep -q '^summary,links,,,,8,8,,\$' '$TMP/out' && grep -q '^removed_link,A1 -- I1,sponsors,' '$TMP/out' &&
	 grep -q '^added_link,A1 -- I1,funds,' '$TMP/out' && ! grep -q '^reweighted_link,' '$TMP/out'"

cat >"$TMP/path.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "p1", "kind": "k"}, {"id": "p2", "kind": "k"}, {"id": "p3", "kind": "k"}, {"id": "p4", "kind": "k"},
           {"id": "p5"}, {"id": "p6", "kind": "k"}, {"id": "p7", "kind": "k"}],
 "links": [{"source": "p1", "target": "p2"}, {"source": "p2", "target": "p3"}, {"source": "p3", "target": "p4"},
           {"source": "p4", "target": "p5"}, {"source": "p5", "target": "p6"}, {"source": "p6", "target": "p7"}]}
JSON
for victim in p4 p3 p6; do
	run whatif --remove $victim --format csv -o "$TMP/c-$victim.csv" "$TMP/path.json"
	check "whatif --remove $victim on a path of 7: cut off and split as NetworkX's components give them" \
		$PY - "$TMP/path.json" "$TMP/c-$victim.csv" $victim <<'PY'
import csv, json, sys
import networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
H = G.copy(); H.remove_node(sys.argv[3])
parts = sorted((sorted(c) for c in nx.connected_components(H)), key=len, reverse=True)
rows = list(csv.DictReader(open(sys.argv[2])))
cut = {r['id'] for r in rows if r['section'] == 'cut_off'}
split = {r['id'] for r in rows if r['section'] == 'split'}
if len(parts) > 1 and len(parts[0]) == len(parts[1]):
    assert cut == set() and split == set(H), (cut, split)
else:
    assert split == set() and cut == set(H) - set(parts[0]), (cut, split)
summary = {r['id']: r['after'] for r in rows if r['section'] == 'summary'}
assert summary['nodes_without_kind'] == '1' and int(summary['cut_off']) == len(cut) and int(summary['split']) == len(split)
PY
done
run whatif --remove p4 "$TMP/path.json"
check "the table says reach between kinds leaves out the nodes without a kind" \
	grep -q '^reach between kinds leaves out the nodes without a kind: 1 before, 1 after$' "$TMP/out"

cat >"$TMP/comma.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "a", "label": "Smith, Inc."}, {"id": "b"}, {"id": "c"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}
JSON
run whatif --remove "Smith, Inc." --format csv "$TMP/comma.json"
check "--remove takes a label with a comma whole" test "$(grep '^removed_node,' "$TMP/out" | cut -d, -f2)" = a
run whatif --remove a,c --format csv "$TMP/comma.json"
check "--remove still splits a list of ids" test "$(grep -c '^removed_node,' "$TMP/out")" = 2

run robustness --attack betweenness --steps 1 --format csv "$FIXTURES/directed.json"
check "on a directed model the betweenness attack follows direction (NetworkX on the DiGraph, not the undirected graph)" \
	$PY - "$FIXTURES/directed.json" "$TMP/out" <<'PY'
import csv, json, sys
import networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
b = nx.betweenness_centrality(G, normalized=False)
u = nx.betweenness_centrality(G.to_undirected(), normalized=False)
first = min(G, key=lambda v: (-b[v], str(v)))
assert first != min(G, key=lambda v: (-u[v], str(v)))  # the fixture tells the two readings apart
row = list(csv.DictReader(open(sys.argv[2])))[1]
assert row['removed'] == first and abs(float(row['attack_score']) - b[first]) < 1e-9, row
PY
printf '{"directed": false, "multigraph": false, "graph": {}, "nodes": [], "links": []}\n' >"$TMP/empty.json"
run robustness --format csv "$TMP/empty.json"
check "an empty network's largest-component share is undefined (empty), not 0" test "$(sed -n 2p "$TMP/out")" = "0,,,,,0,,0"

finish
