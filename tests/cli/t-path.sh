# t-path.sh: `innonet path A B`: every shortest path, as NetworkX's all_shortest_paths lists them.
. "$(dirname "$0")/lib.sh" "$@"

run path DoD NIST
check_status "path DoD NIST" 0
check_golden "the path from DoD to NIST, as a table" path-dod-nist.txt

# by label, and the paths as CSV rows: the same paths as nx.all_shortest_paths, in id order
for pair in "DoD DOE-labs" "DoD companies" "NSF IACMI" "America Makes|PowerAmerica" "NCDMM|UT"; do
	a=${pair%%|*}
	b=${pair#*|}
	[ "$a" = "$pair" ] && a=${pair%% *} && b=${pair#* }
	run path --format csv "$a" "$b"
	check_status "path $a $b" 0
	check "path '$a' '$b' lists NetworkX's paths" $PY - "$TMP/out" "$MODEL" "$a" "$b" <<'PYEOF'
import csv, json, sys
import networkx as nx
out, model, a, b = sys.argv[1:5]
G = nx.node_link_graph(json.load(open(model)))
label = {d.get("label", v): v for v, d in G.nodes(data=True)}
a, b = label.get(a, a), label.get(b, b)
rows = list(csv.DictReader(open(out)))
paths = {}
for r in rows:
    paths.setdefault(int(r["path"]), []).append(r)
got = [[r["id"] for r in paths[k]] for k in sorted(paths)]
assert got == sorted(nx.all_shortest_paths(G, a, b)), (got, sorted(nx.all_shortest_paths(G, a, b)))
for k, p in paths.items():
    for prev, r in zip(p, p[1:]):
        # each step names the link between the two nodes, as it reads in the model
        rel = G[prev["id"]][r["id"]]["relation"]
        assert r["link"] in (f"{prev['id']} {rel} {r['id']}", f"{r['id']} {rel} {prev['id']}"), r
        assert int(r["distance"]) == int(prev["distance"]) + 1
PYEOF
done

# weights as distances: Les Miserables, where paths of equal weight differ in links
run path --weight weight --format json Thenardier MlleGillenormand "$FIXTURES/lesmis.json"
check "--weight: NetworkX's weighted shortest paths" $PY -c "
import json, networkx as nx
d = json.load(open('$TMP/out'))
G = nx.les_miserables_graph()
want = sorted(nx.all_shortest_paths(G, 'Thenardier', 'MlleGillenormand', weight='weight'))
paths = {}
for s in d['steps']:
    paths.setdefault(s['path'], []).append(s)
assert [[s['id'] for s in paths[k]] for k in sorted(paths)] == want, paths
assert d['distance'] == 3 and d['found'] == 2 and d['links'] is None
assert [s['distance'] for s in paths[2]] == [0, 1, 2, 3]
"
run path --max 2 DoD companies
check "--max 2 lists the first 2 of the 6 paths and says so" sh -c \
	"head -1 '$TMP/out' | grep -q '^6 shortest paths from DoD to companies, 2 links each; the first 2 listed$' && test \$(tail -n +4 '$TMP/out' | wc -l) -eq 6"
run path --project institute --format csv IACMI LIFT
check "--project institute: two institutes are one link apart" test "$(tail -n +2 "$TMP/out" | cut -d, -f3,6 | tr '\n' ' ')" = "IACMI, LIFT,LIFT shares_neighbours IACMI "
run path -o "$TMP/p.json" --format json DoD NIST
check "-o writes the file and nothing on stdout" sh -c "test -s '$TMP/p.json' && test ! -s '$TMP/out' && grep -q '\"found\": 1' '$TMP/p.json'"
run path --as-of 2013 DoD DMDII
check_error "--as-of 2013: DMDII (2014) was not there yet, and the message says when it is" 2 "innonet: path: 'DMDII' is not in the network as of 2013 (it is there from 2014)"
run path --as-of 2014 --format csv DoD DMDII
check "--as-of 2014: DoD sponsors DMDII directly" test "$(tail -n +2 "$TMP/out" | cut -d, -f3 | tr '\n' ' ')" = "DoD DMDII "
run path a alone "$FIXTURES/disconnected.json"
check_status "no path is an answer, not an error" 0
check "no path: said so" test "$(cat "$TMP/out")" = "0 shortest paths from a to alone (they are not connected)"
run path M3 A1 "$FIXTURES/directed.json"
check "no path along the links' direction" grep -q "(none follows the links' direction)" "$TMP/out"
run path DoD
check_error "path needs two nodes" 2 "innonet: path: needs two nodes (innonet path A B [MODEL])"
run path DoD Nowhere
check_error "an unknown node" 2 "innonet: path: no node 'Nowhere' in nnmi-2016.json (built in) (give an id or a label)"
run path DoD 'Department of Defense'
check_error "the same node twice" 2 "innonet: path: 'DoD' and 'Department of Defense' are the same node"
run path --max -1 DoD NIST
check_error "--max needs a whole number" 2 "innonet: path: --max needs a whole number (0: all), not '-1'"
# -n is --top, as in rank, diff and whatif; --max (its earlier name) is the same option
run path --max 2 DoD companies
cp "$TMP/out" "$TMP/max2.out"
run path -n 2 DoD companies
check "-n 2 lists the first 2 of the 6 paths, as --max 2 does" sh -c \
	"head -1 '$TMP/out' | grep -q '^6 shortest paths from DoD to companies, 2 links each; the first 2 listed$' && cmp -s '$TMP/out' '$TMP/max2.out'"
run path --top 2 DoD companies
check "--top 2 is -n 2" cmp -s "$TMP/out" "$TMP/max2.out"
run path --top 2 --max 2 DoD companies
check_error "--top and --max together" 2 "innonet: path: --top and --max are one option: give one of them"
run path -n x DoD NIST
check_error "--top needs a whole number" 2 "innonet: path: --top needs a whole number (0: all), not 'x'"
finish
