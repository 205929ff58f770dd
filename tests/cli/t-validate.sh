# t-validate.sh: `innonet validate` and its options, checked against NetworkX where it counts;
# empty and one-node networks through every command.
. "$(dirname "$0")/lib.sh" "$@"

# summary lines: nodes, links and components as NetworkX counts them
for f in "$MODEL" "$FIXTURES/karate.json" "$FIXTURES/disconnected.json" "$FIXTURES/directed.json"; do
	run validate "$f"
	check_status "validate $(basename "$f")" 0
	want=$($PY -c "
import json, networkx as nx
d = json.load(open('$f'))
d.setdefault('multigraph', False)  # innonet reads a file without the member as a simple graph
if 'edges' in d:
    d['links'] = d.pop('edges')
G = nx.node_link_graph(d)
comps = nx.number_weakly_connected_components(G) if G.is_directed() else nx.number_connected_components(G)
print('%d node%s, %d link%s, %s, %s, %d component%s%s' % (G.number_of_nodes(), '' if G.number_of_nodes() == 1 else 's',
      G.number_of_edges(), '' if G.number_of_edges() == 1 else 's', 'directed' if G.is_directed() else 'undirected',
      'multigraph' if G.is_multigraph() else 'simple graph', comps, '' if comps == 1 else 's',
      ' (direction ignored)' if G.is_directed() else ''))
")
	check "validate $(basename "$f"): '$want'" test "$(head -n 1 "$TMP/out")" = "$f: $want"
	check "validate $(basename "$f") ends with 'valid'" test "$(tail -n 1 "$TMP/out")" = "$f: valid"
done
run validate
check "the built-in model is valid" test "$(tail -n 1 "$TMP/out")" = "nnmi-2016.json (built in): valid"

# isolated nodes, as nx.isolates finds them
printf '{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}], "links": [{"source": "b", "target": "c"}]}' >"$TMP/iso.json"
run validate "$TMP/iso.json"
check "isolated nodes counted as NetworkX does (a and d)" grep -qFx "$TMP/iso.json: note: 2 isolated nodes (first 'a'): betweenness, closeness and harmonic give them 0" "$TMP/out"

# a weight of 0: a warning, the status 0; --strict makes it an error; and rank does what it warns of
printf '{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [{"source": "a", "target": "b", "weight": 0, "cost": "high"}, {"source": "b", "target": "c", "weight": 2}]}' >"$TMP/w.json"
warning="links[0] ('a' -- 'b'): 'weight' is 0: betweenness, closeness and harmonic refuse --weight weight (a distance must be positive)"
run validate "$TMP/w.json"
check_status "a zero weight is a warning" 0
check "the warning names the link" grep -qFx "$TMP/w.json: warning: $warning" "$TMP/out"
check "valid, with the count" test "$(tail -n 1 "$TMP/out")" = "$TMP/w.json: valid, with 1 warning"
run validate --strict "$TMP/w.json"
check_error "--strict" 2 "innonet: $TMP/w.json: $warning (--strict: 1 warning)"
run validate -q --strict "$TMP/w.json"
check_error "-q --strict" 2 "innonet: $TMP/w.json: $warning (--strict: 1 warning)"
check "-q prints nothing on stdout" test ! -s "$TMP/out"
run validate -q "$TMP/w.json"
check_status "-q on a valid model" 0
check "-q prints nothing" test ! -s "$TMP/out" -a ! -s "$TMP/err"
run rank --by betweenness --weight weight "$TMP/w.json"
check_status "rank refuses the zero weight for betweenness, as validate warned" 2
run rank --by pagerank --weight weight "$TMP/w.json"
check_status "and accepts it for pagerank (a strength may be 0), as validate implied" 0

# --weight ATTR: the attribute rank --weight ATTR would read
run validate -w cost "$TMP/w.json"
check "-w cost: a string is no weight" grep -qFx "$TMP/w.json: warning: links[0] ('a' -- 'b'): 'cost' is a string: not a number, so every weighted measure refuses --weight cost" "$TMP/out"
run rank --by degree --weight cost "$TMP/w.json"
check_error "rank --weight cost: degree does not read weights, so it is refused" 2 "innonet: rank: --weight does not apply to degree (weights not read): leave it out (see 'innonet rank --help')"
run rank --by pagerank --weight cost "$TMP/w.json"
check_status "rank --by pagerank --weight cost refuses it, as validate warned" 2
run validate --weight nope "$TMP/w.json"
check "--weight of an attribute no link has" grep -qFx "$TMP/w.json: warning: no link has 'nope': every command refuses --weight nope" "$TMP/out"
run validate --weight= "$TMP/w.json"
check_error "--weight without a name" 2 "innonet: validate: --weight needs an attribute name"

# twelve negative weights: ten lines, then a count of the rest
$PY -c "
import json
nodes = [{'id': i} for i in range(13)]
links = [{'source': i, 'target': i + 1, 'weight': -1} for i in range(12)]
json.dump({'nodes': nodes, 'links': links}, open('$TMP/neg.json', 'w'))
"
run validate "$TMP/neg.json"
check "ten warnings are shown" test "$(grep -c ": warning: links\[" "$TMP/out")" -eq 10
check "and the other two counted" grep -qFx "$TMP/neg.json: warning: ... and 2 more links with such weights" "$TMP/out"
check "twelve in all" test "$(tail -n 1 "$TMP/out")" = "$TMP/neg.json: valid, with 12 warnings"

run validate --help
check_status "validate --help" 0
for opt in --weight --strict --quiet; do
	check "validate --help documents $opt" grep -q -- "$opt" "$TMP/out"
done
check "validate --help has examples" grep -q '^examples:' "$TMP/out"

# --- empty and one-node networks: every command answers, and as NetworkX does ---------------------
printf '{"nodes": []}' >"$TMP/empty.json"
printf '{"nodes": [{"id": "alone", "kind": "institute"}]}' >"$TMP/one.json"
for f in empty one; do
	for fmt in table csv json; do
		[ -n "$QUICK" ] && [ $fmt != json ] && continue
		run rank --format $fmt "$TMP/$f.json"
		check_status "rank --format $fmt of the $f network" 0
	done
	run export --format dot "$TMP/$f.json"
	check_status "export --format dot of the $f network" 0
	run export -q -o "$TMP/$f.svg" "$TMP/$f.json"
	check_status "export svg of the $f network" 0
	check "its SVG parses, with one node group per node" $PY -c "
import json, xml.etree.ElementTree as ET
n = len(json.load(open('$TMP/$f.json'))['nodes'])
root = ET.parse('$TMP/$f.svg').getroot()
S = '{http://www.w3.org/2000/svg}'
assert len([g for g in root.iter(S + 'g') if g.get('class', '').startswith('node kind-')]) == n
"
	run validate "$TMP/$f.json"
	check_status "validate of the $f network" 0
done
# --format json and csv: the same findings as the lines, the summary as members. By hand: this
# network has 4 nodes, 3 links, 2 components ({a, b, c} and {d}), one isolated node, one self-loop
# and one negative weight (the only warning).
cat >"$TMP/findings.json" <<'EOF'
{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
 "links": [{"source": "a", "target": "b", "weight": -1}, {"source": "b", "target": "c", "weight": 2},
  {"source": "c", "target": "c", "weight": 1}]}
EOF
run validate "$TMP/findings.json"
cp "$TMP/out" "$TMP/findings.txt"
run validate --format json "$TMP/findings.json"
check_status "validate --format json" 0
check "validate --format json: the summary worked by hand, the findings those of the lines" $PY - "$TMP/out" "$TMP/findings.txt" "$TMP/findings.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
prefix = sys.argv[3] + ": "
assert {k: d[k] for k in ("model", "nodes", "links", "directed", "multigraph", "components", "valid", "warnings")} == \
    {"model": sys.argv[3], "nodes": 4, "links": 3, "directed": False, "multigraph": False, "components": 2,
     "valid": True, "warnings": 1}, d
want = [l[len(prefix):].split(": ", 1) for l in lines[1:-1]]
assert [[f["severity"], f["message"]] for f in d["findings"]] == want, (d["findings"], want)
assert [f["severity"] for f in d["findings"]] == ["note", "note", "warning", "note", "note"]
# the kinds and relations the model has, with their counts (by hand: four nodes, three links, none named)
assert [f["message"] for f in d["findings"][3:]] == ["kinds (1): (no kind) 4", "relations (1): (no relation) 3"]
PYEOF
run validate --format csv "$TMP/findings.json"
check "validate --format csv: severity,message, a finding a row" $PY - "$TMP/out" <<'PYEOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == ["severity", "message"] and [r[0] for r in rows[1:]] == ["note", "note", "warning", "note", "note"], rows
assert rows[3][1].startswith("links[0] ('a' -- 'b'): 'weight' is -1")
PYEOF
run validate --format json --strict "$TMP/findings.json"
check "validate --format json --strict with a warning: status 2, nothing on stdout" sh -c "test $status = 2 && test ! -s '$TMP/out'"
run validate --format xml "$TMP/findings.json"
check_error "validate: an unknown format" 2 "innonet: validate: unknown format 'xml' (table, csv or json)"
run rank --format json "$TMP/empty.json"
check "the empty network ranks no one" $PY -c "
import json
assert json.load(open('$TMP/out'))['ranking'] == []
"
run rank --format csv "$TMP/empty.json"
check "the empty network's CSV is its header" test "$(cat "$TMP/out")" = "rank,id,label,kind,score"
# (the measures are the same code as on any network: left out of the checked builds)
[ -n "$QUICK" ] && finish
for by in degree betweenness closeness harmonic eigenvector pagerank; do
	run rank --by $by --format csv "$TMP/one.json"
	check "a lone node's $by is NetworkX's" $PY -c "
import csv, networkx as nx
G = nx.Graph()
G.add_node('alone')
want = {'degree': lambda g: dict(g.degree()), 'betweenness': lambda g: nx.betweenness_centrality(g, normalized=False),
        'closeness': nx.closeness_centrality, 'harmonic': nx.harmonic_centrality,
        'eigenvector': nx.eigenvector_centrality, 'pagerank': nx.pagerank}['$by'](G)['alone']
rows = list(csv.reader(open('$TMP/out')))
assert rows[1][:2] == ['1', 'alone'] and abs(float(rows[1][4]) - want) < 1e-9, (rows, want)
"
done
finish
