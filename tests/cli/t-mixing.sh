# t-mixing.sh: stats' modularity and E-I index by kind, and on directed models the triad census and
# reciprocity, against NetworkX (modularity, triadic_census, reciprocity) and the E-I index counted here.
. "$(dirname "$0")/lib.sh" "$@"

cat >"$TMP/mutual.json" <<'JSON'
{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a", "kind": "x"}, {"id": "b", "kind": "x"},
 {"id": "c", "kind": "y"}, {"id": "d"}, {"id": "e", "kind": "y"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}, {"source": "b", "target": "c"},
 {"source": "c", "target": "d"}, {"source": "d", "target": "c"}, {"source": "c", "target": "a"}, {"source": "e", "target": "e"}]}
JSON
for model in "$MODEL" "$FIXTURES/nnmi-2016-directed.json" "$FIXTURES/directed-kinds.json" "$FIXTURES/directed.json" \
	"$FIXTURES/davis.json" "$FIXTURES/disconnected.json" "$TMP/mutual.json"; do
	run stats --format json "$model"
	check_status "stats $(basename "$model")" 0
	check "$(basename "$model"): modularity and E-I by kind, triads and reciprocity as NetworkX" $PY - "$TMP/out" "$model" <<'PYEOF'
import json, math, sys
import networkx as nx
got = json.load(open(sys.argv[1]))
G = nx.node_link_graph(json.load(open(sys.argv[2])))
G = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)  # parallel links merged, as stats counts them
kinds = {}
for v, k in G.nodes(data="kind"):
    kinds.setdefault(k, set()).add(v)

def same(a, b):
    if b is None or (isinstance(b, float) and math.isnan(b)):
        return a is None
    return a is not None and abs(a - b) <= 1e-9

q = nx.community.modularity(G, list(kinds.values()), weight=None) if G.number_of_edges() else None
assert same(got["kind_modularity"], q), (got["kind_modularity"], q)
ext = sum(1 for u, v in G.edges if G.nodes[u].get("kind") != G.nodes[v].get("kind"))
inn = G.number_of_edges() - ext
assert same(got["ei_index"], (ext - inn) / (ext + inn) if ext + inn else None)
for row in got["ei_by_kind"]:
    k = row["kind"]
    i = sum(1 for u, v in G.edges if G.nodes[u].get("kind") == k and G.nodes[v].get("kind") == k)
    e = sum(1 for u, v in G.edges if (G.nodes[u].get("kind") == k) != (G.nodes[v].get("kind") == k))
    assert (row["internal"], row["external"]) == (i, e), (row, i, e)
    assert same(row["ei"], (e - i) / (e + i) if e + i else None), row
assert sorted(r["kind"] or "" for r in got["ei_by_kind"]) == sorted(k or "" for k in kinds)
if G.is_directed():
    assert got["triad_census"] == nx.triadic_census(G), (got["triad_census"], nx.triadic_census(G))
    assert same(got["reciprocity"], nx.reciprocity(G)), (got["reciprocity"], nx.reciprocity(G))
else:
    assert got["triad_census"] is None and got["reciprocity"] is None
PYEOF
done
run stats "$FIXTURES/nnmi-2016-directed.json"
check "the table lists the triad census on a directed model" grep -q '^triad census  *003: ' "$TMP/out"
finish
