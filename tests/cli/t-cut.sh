# t-cut.sh: `innonet cut A B`: minimum cuts as small as NetworkX's, that do separate the two.
. "$(dirname "$0")/lib.sh" "$@"

run cut DoD NIST
check_status "cut DoD NIST" 0
check_golden "the cuts between DoD and NIST, as a table" cut-dod-nist.txt

for pair in "DoD NIST" "EOP DOE-labs" "Congress companies" "america-makes poweramerica" "NCDMM UT"; do
	run cut --format json $pair
	check "cut $pair: NetworkX's sizes, and removing the cut separates them" $PY - "$TMP/out" "$MODEL" $pair <<'PYEOF'
import json, sys
import networkx as nx
out, model, a, b = sys.argv[1:5]
d = json.load(open(out))
G = nx.node_link_graph(json.load(open(model)))
nodes = [n["id"] for n in d["vertex_cut"]["nodes"]]
assert len(nodes) == d["vertex_cut"]["size"] == len(nx.minimum_node_cut(G, a, b))
H = G.copy()
H.remove_nodes_from(nodes)
assert not nx.has_path(H, a, b)
links = [(l["source"], l["target"]) for l in d["edge_cut"]["links"]]
assert len(links) == d["edge_cut"]["size"] == len(nx.minimum_edge_cut(G, a, b))
H = G.copy()
H.remove_edges_from(links)
assert not nx.has_path(H, a, b)
assert all(l["source_label"] == G.nodes[l["source"]]["label"] for l in d["edge_cut"]["links"])
PYEOF
done

run cut --format json DoD america-makes
check "linked nodes have no vertex cut" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['vertex_cut'] is None and d['edge_cut']['size'] >= 1, d
"
run cut DoD america-makes
check "the table says they are linked" grep -q '^minimum vertex cut between DoD and america-makes: none (they are linked directly)$' "$TMP/out"
run cut a alone "$FIXTURES/disconnected.json"
check "unconnected nodes need no cut" sh -c "grep -q ': none needed (no path joins them)$' '$TMP/out'"
run cut --project institute --format json IACMI LIFT
check "--project institute: linked institutes; 6 links to cut (the direct one, 5 via the others)" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['vertex_cut'] is None and d['edge_cut']['size'] == 6, d
"
run cut -o "$TMP/c.json" --format json DoD NIST
check "-o writes the file and nothing on stdout" sh -c "test -s '$TMP/c.json' && test ! -s '$TMP/out'"
run cut --as-of 2014 --format json DoD NIST
check "--as-of 2014: the cut of the network as it stood" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['edge_cut']['size'] >= 1 and d['from'] == 'DoD'
"
run cut DoD DoD
check_error "the same node twice" 2 "innonet: cut: 'DoD' and 'DoD' are the same node"
for pair in "DoD NIST" "Congress companies"; do
	run cut --format csv $pair
	check_status "cut --format csv $pair" 0
	check "cut --format csv $pair: NetworkX's sizes, removing either cut separates them, labels as in the model" \
		$PY - "$TMP/out" "$MODEL" $pair <<'PYEOF'
import csv, json, sys
import networkx as nx
out, model, a, b = sys.argv[1:5]
rows = list(csv.DictReader(open(out, newline="", encoding="utf-8")))
G = nx.node_link_graph(json.load(open(model)))
assert list(rows[0].keys()) == ["cut", "id", "label", "kind", "source", "relation", "target", "source_label", "target_label"]
nodes = [r["id"] for r in rows if r["cut"] == "vertex"]
links = [(r["source"], r["target"]) for r in rows if r["cut"] == "edge"]
assert len(nodes) + len(links) == len(rows)
assert len(nodes) == len(nx.minimum_node_cut(G, a, b)) and len(links) == len(nx.minimum_edge_cut(G, a, b))
H = G.copy(); H.remove_nodes_from(nodes); assert not nx.has_path(H, a, b)
H = G.copy(); H.remove_edges_from(links); assert not nx.has_path(H, a, b)
assert all(r["label"] == G.nodes[r["id"]]["label"] and r["kind"] == G.nodes[r["id"]]["kind"] and not r["source"]
           for r in rows if r["cut"] == "vertex")
assert all(r["source_label"] == G.nodes[r["source"]]["label"] and not r["id"] for r in rows if r["cut"] == "edge")
PYEOF
done
run cut --format csv DoD america-makes
check "cut --format csv of linked nodes: edge rows only" sh -c "test \"\$(cut -d, -f1 '$TMP/out' | sort -u | tr '\n' ' ')\" = 'cut edge '"
run cut --format xml DoD NIST
check_error "an unknown format" 2 "innonet: cut: unknown format 'xml' (table, csv or json)"
finish
