# t-findings.sh: every command docs/findings.md quotes runs, and prints the numbers the page quotes;
# the README's first ranking owes nothing to leaves (checked against NetworkX).
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

# rows "rank id score best worst" of a --sensitivity CSV, one line
ranks() { tail -n +2 "$TMP/out" | awk -F, '{printf "%s,%s,%s,%s ", $1, $4, $2, $3}'; }

run validate "$MODEL"
check "2016: 6 of 124 links inferred" grep -q "note: evidence: 118 links stated, 6 inferred, 0 without evidence" "$TMP/out"
run validate "$M2025"
check "2025: 4 of 149 links inferred" grep -q "note: evidence: 145 links stated, 4 inferred, 0 without evidence" "$TMP/out"

run rank --by degree --sensitivity --top 1 --format csv
check "who coordinates: AMNPO, 17 relations, first whatever the inferred links" test "$(tail -n +2 "$TMP/out" | cut -d, -f1-4,7)" = "1,1,1,AMNPO,17"

run rank --sensitivity --top 3 --format csv
check "who brokers in 2016: AMNPO, NNMI, Commerce with their ranges" test "$(ranks)" = "1,AMNPO,1,1 2,NNMI,2,2 3,Commerce,3,5 "
check "the README's first command prints those three first" sh -c "'$BIN' rank | sed -n 2,4p | awk '{print \$2}' | tr '\n' ' ' | grep -qx 'AMNPO NNMI Commerce '"
check "the top three are the top three by NetworkX's betweenness with every one-link node removed" $PY - "$MODEL" <<'PY'
import json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1])))
G.remove_nodes_from([v for v in list(G) if G.degree(v) == 1])
b = nx.betweenness_centrality(G, normalized=False)
assert sorted(b, key=lambda v: (-b[v], v))[:3] == ['AMNPO', 'NNMI', 'Commerce'], sorted(b, key=lambda v: -b[v])[:5]
PY
run rank --sensitivity --format csv
check "the DOE laboratories: sixth, 6 to 12" sh -c "grep -q '^6,6,12,DOE-labs,' '$TMP/out'"

run rank --sensitivity --top 6 --format csv "$M2025"
check "who brokers in 2025, with the ranges quoted" test "$(ranks)" = "1,NNMI,1,1 2,AMNPO,2,2 3,DOE,3,5 4,BioMADE,3,5 5,REMADE,3,5 6,DoD,6,9 "

run rank --by cuts_off --sensitivity --top 2 --format csv
check "single points of failure in 2016: AMNPO 4, Commerce 2, neither moving" test "$(tail -n +2 "$TMP/out" | cut -d, -f2-4,7 | tr '\n' ' ')" = "1,1,AMNPO,4 2,2,Commerce,2 "
run whatif --remove AMNPO --format csv
check "without AMNPO in 2016: NASA, ED, USDA, NSF cut off" test "$(grep '^cut_off,' "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" = "NASA ED USDA NSF "
run whatif --remove AMNPO --format csv "$M2025"
check "without AMNPO in 2025: and Labor" test "$(grep '^cut_off,' "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" = "NASA ED USDA NSF DOL "
run whatif --remove Commerce --format csv
check "without Commerce: Congress and the RAMI Act" test "$(grep '^cut_off,' "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" = "Congress RAMI "
run rank --by cuts_off --sensitivity --top 2 --format csv "$M2025"
check "2025: BioMADE second, 3 nodes, 2 to 2" sh -c "grep -q '^2,2,2,BioMADE,BioMADE,institute,3\$' '$TMP/out'"

run diff --top 8 --format csv "$MODEL" "$M2025"
check "2016 to 2025: DoD 18th to 4th, DOE 12th to 3rd, Laboratories 13th to 25th, the first institutes 7th to 13th" $PY - "$TMP/out" <<'PY'
import csv, sys
rows = {r['id']: r for r in csv.DictReader(open(sys.argv[1])) if r['section'] == 'rank_change'}
want = {'DoD': ('18', '4'), 'DOE': ('12', '3'), 'laboratories': ('13', '25'), 'LIFT': ('7', '13')}
for k, (b, a) in want.items():
    assert (rows[k]['before'], rows[k]['after']) == (b, a), (k, rows[k])
PY

run funding --format csv "$M2025"
check "money: the federal totals quoted (2016, 2017, 2020, 2021, 2025) and 2021's non-federal" $PY - "$TMP/out" <<'PY'
import csv, sys
t = {int(r['year']): r for r in csv.DictReader(open(sys.argv[1])) if r['id'] == 'total'}
floor = lambda y, k: int(float(t[y][k]) // 1e6)
assert [floor(y, 'federal_usd') for y in (2016, 2017, 2020, 2021, 2025)] == [224, 231, 77, 124, 124], t
assert all(t[y]['federal_bound'] == 'at_least' for y in (2016, 2017, 2020, 2021, 2025))
assert floor(2021, 'non_federal_usd') == 113 and t[2021]['non_federal_bound'] == 'at_least'
PY
run funding --year 2025 --format csv "$M2025"
check "2025: nine institutes past exit with no later award" test "$(grep ',self_sustaining$' "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" = "DMDII LIFT poweramerica AFFOA CESMII RAPID biofabusa REMADE CyManII "
run communities --format json
check "2016: 3 communities, modularity 0.264178" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['communities'] == 3 and round(d['modularity'], 6) == 0.264178, d['modularity']
"
run communities --format json "$M2025"
check "2025: 5 communities, modularity 0.428044" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['communities'] == 5 and round(d['modularity'], 6) == 0.428044, d['modularity']
"
run keyplayer -k 2 --format json
check "key players 2016: AMNPO and NNMI, F 0.524390, AMNPO alone 0.183508" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['set'] == ['AMNPO', 'NNMI'] and round(d['score'], 6) == 0.52439 and round(d['best_single']['score'], 6) == 0.183508, d
"
run keyplayer -k 2 --among agency --format json
check "key agencies 2016: Commerce and one of 7 tied, F 0.095122; Commerce alone 0.092915" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['set'][0] == 'Commerce' and d['tied_sets'] == 7 and all(t[0] == 'Commerce' for t in d['ties']), d
assert round(d['score'], 6) == 0.095122 and round(d['best_single']['score'], 6) == 0.092915, d
"
run keyplayer -k 2 --format json "$M2025"
check "key players 2025: AMNPO and BioMADE, F 0.214085" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['set'] == ['AMNPO', 'BioMADE'] and round(d['score'], 6) == 0.214085, d
"
run keyplayer -k 1 --among agency --format json "$M2025"
check "key agency 2025: Commerce, F 0.054773" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['set'] == ['Commerce'] and round(d['score'], 6) == 0.054773, d
"
# the programme hub: the report says so, and ranks the brokers again without it (docs/findings.md)
run report -q -o "$TMP/2025.html" "$M2025"
check "2025 report: Manufacturing USA a hub of the model's own making; DoD 713.2, AMNPO 700.4, DOE 555.9 without it" $PY - "$TMP/2025.html" <<'PY'
import html, re, sys
t = html.unescape(re.sub(r"<[^>]+>", "", open(sys.argv[1], encoding="utf-8").read()))
assert "Manufacturing USA has 18 nodes linked to it as part_of it" in t
assert "the brokers are 1. Department of Defense (713.2), 2. Advanced Manufacturing National Program Office (700.4), 3. Department of Energy (555.9)" in t
PY
run report -q -o "$TMP/2016.html"
check "2016 report: NNMI a hub with 8 part_of links; AMNPO 397.3, Commerce 76, DOE laboratories 66.3 without it" $PY - "$TMP/2016.html" <<'PY'
import html, re, sys
t = html.unescape(re.sub(r"<[^>]+>", "", open(sys.argv[1], encoding="utf-8").read()))
assert "National Network for Manufacturing Innovation has 8 nodes linked to it as part_of it" in t
assert "the brokers are 1. Advanced Manufacturing National Program Office (397.3), 2. Department of Commerce (76), 3. DOE national laboratories (66.3)" in t
PY

# the three networks side by side: every number of the table in docs/findings.md
run compare --kinds "$SRC/examples/kinds-china-us.json" --format csv "$MODEL" "$M2025" "$SRC/examples/china-ntic-proposal.json"
check_status "compare the 2016, 2025 and China networks" 0
check "the comparison table's numbers" $PY - "$TMP/out" <<'PY'
import csv, sys
rows = {(r["measure"], r["of"]): [float(x) for x in (r["nnmi-2016"], r["manufacturing-usa-2025"], r["china-ntic-proposal"])]
        for r in csv.DictReader(open(sys.argv[1]))}
def near(key, want, digits, scale=1):
    got = [round(x * scale, digits) for x in rows[key]]
    assert got == want, (key, got, want)
near(("nodes", ""), [43, 73, 28], 0); near(("links", ""), [124, 149, 58], 0)
near(("density", ""), [0.137, 0.057, 0.153], 3)
near(("diameter", ""), [5, 5, 4], 0); near(("average_distance", ""), [2.50, 2.96, 2.31], 2)
near(("degree_centralization", ""), [0.280, 0.270, 0.313], 3)
near(("betweenness_centralization", ""), [0.314, 0.426, 0.341], 3)
near(("closeness_centralization", ""), [0.317, 0.496, 0.285], 3)
near(("transitivity", ""), [0.036, 0.051, 0], 3)
near(("degree_assortativity", ""), [-0.40, -0.17, -0.74], 2)
near(("ei_index", ""), [0.92, 0.91, 1.00], 2)
gov = [a + b for a, b in zip(rows[("brokerage_share", "agency")], rows[("brokerage_share", "office")])]
assert [round(x * 100, 1) for x in gov] == [34.6, 24.3, 4.0], gov
near(("brokerage_share", "office"), [22.8, 10.7, 0], 1, 100)
near(("brokerage_share", "programme"), [13.9, 22.4, 46.6], 1, 100)
near(("brokerage_share", "institute"), [33.6, 43.1, 12.6], 1, 100)
near(("brokerage_share", "field_network"), [0, 0, 27.7], 1, 100)
assert all(x < 0 for x in rows[("kind_modularity", "")]), rows[("kind_modularity", "")]
assert ("hierarchy", "") not in rows
PY
check "README links docs/findings.md" grep -q '](docs/findings.md)' "$SRC/README.md"

# the programme hubs: rank names them on stderr, and ranks without their membership links
run rank --top 3 "$M2025"
check "rank 2025: the programme node first, named a hub of the model's own making (18 part_of links), one line" \
	sh -c "test \$(wc -l <'$TMP/err') = 1 && grep -q \"^innonet: rank: NNMI (rank 1) is a hub of the model's own making: 18 of its links join it as part_of\" '$TMP/err'"
run rank --top 3
check "rank 2016: NNMI second, the same notice (8 part_of links)" grep -q "^innonet: rank: NNMI (rank 2) is a hub of the model's own making: 8 of its links" "$TMP/err"
run rank --by degree --top 3 "$FIXTURES/karate.json"
check "no notice on a model without part_of links" test ! -s "$TMP/err"
run rank --exclude-relation part_of --top 3 --format csv "$M2025"
check "without part_of links: AMNPO 715.6, DoD 704.4, DOE 508.9, as NetworkX gives" $PY - "$TMP/out" "$M2025" <<'PY'
import csv, json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[2])))
keep = [(u, v) for u, v, d in G.edges(data=True) if d.get("relation") != "part_of"]
E = nx.Graph()
E.add_nodes_from(G)
E.add_edges_from(keep)
b = nx.betweenness_centrality(E, normalized=False)
top = sorted(b, key=lambda v: (-b[v], v))[:3]
got = [(r["id"], float(r["score"])) for r in csv.DictReader(open(sys.argv[1]))]
assert [g[0] for g in got] == top == ["AMNPO", "DoD", "DOE"], (got, top)
assert all(abs(s - b[v]) < 1e-9 for v, s in got), (got, [b[v] for v in top])
assert [round(s, 1) for _, s in got] == [715.6, 704.4, 508.9], got
PY

finish
