# t-compare.sh: `compare` and the profile `stats` adds: every network-level measure against R's sna
# (tests/fixtures/ref/profile-sna.csv, written by tests/fixtures/profile.R) or NetworkX, on the
# three shipped networks and directed, disconnected fixtures; --kinds; the refusals.
. "$(dirname "$0")/lib.sh" "$@"

US16=$SRC/graphs/nnmi-2016.json
US25=$SRC/graphs/manufacturing-usa-2025.json
CN=$SRC/examples/china-ntic-proposal.json
SNA=$FIXTURES/ref/profile-sna.csv

# check_profile NAME FILE...: compare's JSON for the files holds, column by column, sna's values
# (1e-9; the eigenvector, from ARPACK here and LAPACK in R, 1e-7) and NetworkX's for the rest
check_profile() {
	what=$1
	shift
	run compare --format json "$@"
	check_status "compare $what" 0
	check "compare $what: every value as sna or NetworkX gives it" $PY - "$TMP/out" "$SNA" "$@" <<'PYEOF'
import csv, json, math, os, sys
import networkx as nx
got = json.load(open(sys.argv[1]))["measures"]
sna = {}
for row in csv.DictReader(l for l in open(sys.argv[2]) if not l.startswith("#")):
    sna[(row["network"], row["measure"])] = None if row["value"] == "NA" else float(row["value"])
files = sys.argv[3:]

def same(a, b, tol=1e-9):
    if b is None or (isinstance(b, float) and math.isnan(b)):
        return a is None
    return a is not None and abs(a - b) <= tol * max(1, abs(b))

directed_any = False
for path in files:
    col = os.path.splitext(os.path.basename(path))[0]
    D = nx.node_link_graph(json.load(open(path)))
    G = nx.DiGraph(D) if D.is_directed() else nx.Graph(D)
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    directed_any |= G.is_directed()
    val = {(r["measure"], r["of"]): r[col] for r in got}
    n = G.number_of_nodes()
    U = G.to_undirected()
    comps = sorted(nx.connected_components(U), key=len, reverse=True)
    big = G.subgraph(max(nx.strongly_connected_components(G), key=len)) if G.is_directed() else G.subgraph(comps[0])
    expect = {
        "nodes": n, "links": D.number_of_edges(), "density": nx.density(D),
        "components": len(comps), "largest_component_share": len(comps[0]) / n,
        "diameter": nx.diameter(big), "average_distance": nx.average_shortest_path_length(big),
        "transitivity": nx.transitivity(U), "average_clustering": nx.average_clustering(U),
        "degree_assortativity": nx.degree_assortativity_coefficient(D),
    }
    for k, v in expect.items():
        assert same(val[(k, None)], v), (col, k, val[(k, None)], v)
    net = os.path.basename(path)
    for k in ["degree_centralization", "betweenness_centralization", "closeness_centralization",
              "eigenvector_centralization", "connectedness", "hierarchy", "efficiency", "lubness", "reciprocity"]:
        if (net, k) not in sna:
            assert val.get((k, None)) is None, (col, k, "defined on an undirected model")
            continue
        tol = 1e-7 if k.startswith("eigenvector") else 1e-9
        assert same(val[(k, None)], sna[(net, k)], tol), (col, k, val[(k, None)], sna[(net, k)])
    # each kind's share of nodes, links (an end of the kind) and betweenness, by NetworkX
    b = nx.betweenness_centrality(G, normalized=False)
    total = sum(b.values())
    kinds = {G.nodes[v].get("kind") for v in G}
    for k in kinds:
        name = k if k is not None else "(no kind)"
        mine = {v for v in G if G.nodes[v].get("kind") == k}
        touch = sum(1 for u, v in G.edges if u in mine or v in mine)
        assert same(val[("node_share", name)], len(mine) / n), (col, name)
        assert same(val[("link_share", name)], touch / G.number_of_edges()), (col, name)
        assert same(val[("brokerage_share", name)], sum(b[v] for v in mine) / total if total else None), (col, name)
    # a kind this model lacks has a share of 0 here
    for (m, of), x in val.items():
        if of is not None and of not in {k if k is not None else "(no kind)" for k in kinds}:
            assert x == 0, (col, m, of, x)
assert directed_any or not any(r["measure"] in ("hierarchy", "lubness") for r in got), "directed rows on undirected models"
PYEOF
}

check_profile "the 2016, 2025 and China networks" "$US16" "$US25" "$CN"
check_profile "directed and disconnected fixtures" "$FIXTURES/nnmi-2016-directed.json" "$FIXTURES/directed.json" \
	"$FIXTURES/directed-kinds.json" "$FIXTURES/directed-forest.json" "$FIXTURES/disconnected.json" "$FIXTURES/karate.json"

# the table: the models named, then one row a measure; directed-only rows say so on undirected models
run compare "$US16" "$FIXTURES/directed-forest.json"
check_status "compare table" 0
check "the table names each column's model" grep -q '^nnmi-2016  *National Network for Manufacturing Innovation' "$TMP/out"
check "the table shows hierarchy as not applying to an undirected model" \
	grep -Eq '^hierarchy \(Krackhardt\) +\(undirected\) +0\.826087$' "$TMP/out"
check "the table shows closeness centralization undefined on a disconnected network" \
	grep -Eq '^closeness centralization +0\.317067 +undefined$' "$TMP/out"
run compare --format csv "$US16" "$US25"
check "CSV: measure,of and one column a model" [ "$(head -1 "$TMP/out")" = "measure,of,nnmi-2016,manufacturing-usa-2025" ]
check "CSV: no directed-only row between undirected models" sh -c "! grep -q '^hierarchy' '$TMP/out'"
run compare "$US16" "$US16"
check "the same file twice: columns made unique" grep -q '^measure  *of  *nnmi-2016  *nnmi-2016-2$' "$TMP/out"

# stats gives the same profile for one model (one code path)
run stats --format json "$FIXTURES/directed-forest.json"
cp "$TMP/out" "$TMP/stats.json"
run compare --format json "$FIXTURES/directed-forest.json" "$US16"
check "stats' profile holds compare's values" $PY - "$TMP/stats.json" "$TMP/out" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))["profile"]
c = {(r["measure"], r["of"]): r["directed-forest"] for r in json.load(open(sys.argv[2]))["measures"]}
assert len(s) >= 20, len(s)
for r in s:
    assert c[(r["measure"], r["of"])] == r["value"], r
assert {"hierarchy", "lubness", "degree_centralization", "brokerage_share"} <= {r["measure"] for r in s}
PYEOF
run stats "$US16"
check "stats' table lists the centralizations and the kinds' shares of brokerage" \
	sh -c "grep -Eq '^betweenness centralization +0\.314127$' '$TMP/out' && grep -q '^share of brokerage$' '$TMP/out'"

# --kinds: vocabularies read alike
cat >"$TMP/kinds.json" <<'JSON'
{"innovation_centre": "institute", "field_network": "institute"}
JSON
run compare --kinds "$TMP/kinds.json" --format json "$US16" "$CN"
check_status "compare --kinds" 0
check "--kinds: the China centres and field networks count as institutes" $PY - "$TMP/out" "$CN" <<'PYEOF'
import json, sys
rows = {(r["measure"], r["of"]): r for r in json.load(open(sys.argv[1]))["measures"]}
d = json.load(open(sys.argv[2]))
n = len(d["nodes"])
inst = sum(1 for v in d["nodes"] if v.get("kind") in ("innovation_centre", "field_network"))
assert abs(rows[("node_share", "institute")]["china-ntic-proposal"] - inst / n) < 1e-12
assert ("node_share", "innovation_centre") not in rows and ("node_share", "field_network") not in rows
PYEOF

# an empty network beside a small directed one: nothing to share out, so no share is 0 there
echo '{"directed": false, "nodes": [], "links": []}' >"$TMP/empty.json"
echo '{"directed": true, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}' >"$TMP/two.json"
run compare --format json "$TMP/empty.json" "$TMP/two.json"
check_status "compare an empty network" 0
check "an empty network: its shares and centralizations undefined; a -> b: hierarchy 1, as sna" $PY - "$TMP/out" <<'PYEOF'
import json, sys
rows = {(r["measure"], r["of"]): r for r in json.load(open(sys.argv[1]))["measures"]}
for key in ("node_share", "link_share", "brokerage_share"):
    assert rows[(key, "(no kind)")]["empty"] is None, key
assert rows[("degree_centralization", None)]["empty"] is None and rows[("degree_centralization", None)]["two"] is None
assert rows[("hierarchy", None)]["two"] == 1 and rows[("connectedness", None)]["two"] == 1
assert rows[("lubness", None)]["two"] is None  # sna: 0/0, no component of three nodes
PYEOF

# refusals: one line, status 2, nothing written
run compare "$US16"
check_status "compare with one model" 2
check "one model: said" grep -q '^innonet: compare: give two models or more' "$TMP/err"
echo '{"agnecy": "ministry"}' >"$TMP/typo.json"
run compare --kinds "$TMP/typo.json" "$US16" "$CN"
check_status "a kind in no model" 2
check "a kind in no model: named" grep -q "^innonet: $TMP/typo.json: kind 'agnecy' is in none of the models$" "$TMP/err"
echo '{"agency": 3}' >"$TMP/bad.json"
run compare --kinds "$TMP/bad.json" "$US16" "$CN"
check_status "a kind mapped to a number" 2
echo '["agency"]' >"$TMP/array.json"
run compare --kinds "$TMP/array.json" "$US16" "$CN"
check_status "a kind map that is not an object" 2
echo '{"agency": "a", "agency": "b"}' >"$TMP/dup.json"
run compare --kinds "$TMP/dup.json" "$US16" "$CN"
check_status "a kind mapped twice" 2
check "each refusal one line" [ "$(wc -l <"$TMP/err")" = 1 ]
cp "$SRC/examples/kinds-china-us.json" "$TMP/map.json"
run compare --kinds "$TMP/map.json" -o "$TMP/map.json" "$US16" "$CN"
check_status "compare -o over its kind map" 2
check "the kind map is kept and the refusal names it" sh -c "cmp -s '$SRC/examples/kinds-china-us.json' '$TMP/map.json' && grep -q 'refusing to write over the input kind map' '$TMP/err'"
run compare --links "$TMP/x.csv" "$US16" "$CN"
check_status "--links does not apply to compare" 2
finish
