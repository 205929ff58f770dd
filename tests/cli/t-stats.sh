# t-stats.sh: `innonet stats` against NetworkX as installed, its table format, options and errors.
. "$(dirname "$0")/lib.sh" "$@"

run stats
check_status "stats on the built-in model" 0
check_golden "stats table of the NNMI model" stats-nnmi.txt
cp "$TMP/out" "$TMP/first"
run stats
check "a second run gives the same bytes" cmp -s "$TMP/out" "$TMP/first"

# every number of --format json, on the shipped model and three fixtures, against NetworkX
cat >"$TMP/reciprocal.json" <<'JSON'
{"directed": true, "multigraph": false, "graph": {},
 "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}, {"source": "b", "target": "c"},
           {"source": "c", "target": "d"}, {"source": "d", "target": "b"}]}
JSON
for model in "$MODEL" "$FIXTURES/disconnected.json" "$FIXTURES/directed.json" "$FIXTURES/karate.json" "$TMP/reciprocal.json"; do
	run stats --format json --verbose "$model"
	check_status "stats --format json $(basename "$model")" 0
	check "stats of $(basename "$model") are NetworkX's" $PY - "$TMP/out" "$model" <<'PYEOF'
import json, math, sys
import networkx as nx

got = json.load(open(sys.argv[1]))
G = nx.node_link_graph(json.load(open(sys.argv[2])))
U = G.to_undirected() if G.is_directed() else G
def near(a, b):
    return (a is None and (b is None or math.isnan(b))) or (a is not None and abs(a - b) <= 1e-9 * max(1, abs(b)))
order = {v: i for i, v in enumerate(G)}
weak = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
comps = sorted(weak, key=lambda c: (-len(c), min(order[v] for v in c)))
assert [c["size"] for c in got["weak_components"]] == [len(c) for c in comps]
assert [set(map(str, c["members"])) for c in got["weak_components"]] == [set(map(str, c)) for c in comps]
assert (got["nodes"], got["links"]) == (len(G), G.number_of_edges())
assert near(got["density"], nx.density(G))
assert sorted(map(str, got["articulation_points"])) == sorted(map(str, nx.articulation_points(U)))
# bridges: a -> b and b -> a are two links, as parallel links are (docs/measures.md), not one
M = nx.MultiGraph()
M.add_nodes_from(G)
M.add_edges_from(G.edges())
assert sorted(tuple(sorted((str(b["source"]), str(b["target"])))) for b in got["bridges"]) == \
    sorted(tuple(sorted((str(u), str(v)))) for u, v in nx.bridges(M))
assert got["vertex_connectivity"] == nx.node_connectivity(G)
assert got["edge_connectivity"] == nx.edge_connectivity(G)
big = comps[0] if not G.is_directed() else \
    min(nx.strongly_connected_components(G), key=lambda c: (-len(c), min(order[v] for v in c)))
H = G.subgraph(big)
d = got["distances"]
assert d["nodes"] == len(H) and d["diameter"] == nx.diameter(H) and d["radius"] == nx.radius(H)
assert near(d["average_shortest_path_length"], nx.average_shortest_path_length(H))
assert near(got["transitivity"], nx.transitivity(U))
assert near(got["average_clustering"], nx.average_clustering(U))
assert near(got["degree_assortativity"], nx.degree_assortativity_coefficient(G))
if any("kind" in a for _, a in G.nodes(data=True)):
    assert near(got["kind_assortativity"], nx.attribute_assortativity_coefficient(G, "kind"))
core = nx.core_number(G)
assert [k["nodes"] for k in got["k_cores"]] == [len(nx.k_core(G, k)) for k in range(1, max(core.values()) + 1)]
kinds = {}
for _, a in G.nodes(data=True):
    kinds[a.get("kind")] = kinds.get(a.get("kind"), 0) + 1
assert {k["kind"]: k["count"] for k in got["nodes_by_kind"]} == kinds
PYEOF
done

run stats "$FIXTURES/disconnected.json"
check "a disconnected network: distances of its largest component, said so" \
	grep -q '^distances in  *the largest component (5 of 11 nodes)$' "$TMP/out"
check "component sizes with a run count" grep -q '^components  *3: sizes 5 x2, 1$' "$TMP/out"
run stats --verbose "$FIXTURES/disconnected.json"
check "--verbose lists the members of each component" sh -c "grep -q '^  1 (5)  *a, b, c, d, e$' '$TMP/out' && grep -q '^  3 (1)  *alone$' '$TMP/out'"
run stats "$FIXTURES/directed.json"
check "a directed network: strong components and the largest one's distances" sh -c \
	"grep -q '^strong components  *3: sizes 6, 1 x2$' '$TMP/out' && grep -q '^distances in  *the largest strongly connected component (6 of 8 nodes)$' '$TMP/out'"

# projected onto the institutes: each shares its member types and the DOE labs with the 6 others
run stats --project institute --format json
check "--project institute: 7 institutes, all 21 pairs linked" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert (d['nodes'], d['links'], d['density']) == (7, 21, 1), d
assert d['links_by_relation'] == [{'relation': 'shares_neighbours', 'count': 21}]
"
run stats --as-of 2013 --format json
check "--as-of 2013: America Makes is the only institute" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert {'kind': 'institute', 'count': 1} in d['nodes_by_kind'], d['nodes_by_kind']
"
run stats -o "$TMP/s.json" --format json
check "-o writes the file and nothing on stdout" test -s "$TMP/s.json" -a ! -s "$TMP/out"
# --format csv: one statistic a row (statistic,of,value), each against NetworkX as installed
for model in "$MODEL" "$FIXTURES/directed.json" "$FIXTURES/disconnected.json"; do
	run stats --format csv --verbose "$model"
	check_status "stats --format csv $(basename "$model")" 0
	check "stats --format csv of $(basename "$model"): NetworkX's numbers, one a row" $PY - "$TMP/out" "$model" <<'PYEOF'
import csv, json, math, sys
import networkx as nx

rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == ["statistic", "of", "value"] and all(len(r) == 3 for r in rows)
G = nx.node_link_graph(json.load(open(sys.argv[2])))
U = G.to_undirected() if G.is_directed() else G
one = {}
for s, of, v in rows[1:]:
    if not of:
        assert s not in one, s
        one[s] = v
def near(s, b):
    a = one[s]
    return (a == "" and math.isnan(b)) or abs(float(a) - b) <= 1e-9 * max(1, abs(b))
assert one["directed"] == ("true" if G.is_directed() else "false")
assert int(one["nodes"]) == len(G) and int(one["links"]) == G.number_of_edges()
assert near("density", nx.density(G))
assert near("transitivity", nx.transitivity(U)) and near("average_clustering", nx.average_clustering(U))
assert near("degree_assortativity", nx.degree_assortativity_coefficient(G))
assert int(one["vertex_connectivity"]) == nx.node_connectivity(G)
assert int(one["edge_connectivity"]) == nx.edge_connectivity(G)
assert int(one["articulation_points"]) == len(list(nx.articulation_points(U)))
assert sorted(of for s, of, v in rows if s == "articulation_point") == sorted(map(str, nx.articulation_points(U)))
weak = list(nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G))
assert int(one["weak_components"]) == len(weak)
assert sorted((int(v) for s, of, v in rows if s == "weak_component_size"), reverse=True) == sorted(map(len, weak), reverse=True)
assert sum(1 for s, of, v in rows if s == "weak_component_member") == len(G)
core = nx.core_number(G)
assert [int(v) for s, of, v in rows if s == "k_core"] == [len(nx.k_core(G, k)) for k in range(1, max(core.values()) + 1)]
kinds = {}
for _, a in G.nodes(data=True):
    kinds[a.get("kind", "")] = kinds.get(a.get("kind", ""), 0) + 1
assert {of: int(v) for s, of, v in rows if s == "nodes_by_kind"} == kinds
if G.is_directed():
    assert near("reciprocity", nx.reciprocity(G))
    assert {of: int(float(v)) for s, of, v in rows if s == "triad_census"} == nx.triadic_census(G)
    assert int(one["strong_components"]) == nx.number_strongly_connected_components(G)
else:
    assert "reciprocity" not in one and "strong_components" not in one
PYEOF
done
run stats --format xml
check_error "an unknown format" 2 "innonet: stats: unknown format 'xml' (table, csv or json)"
echo '{"nodes": []}' >"$TMP/empty.json"
run stats "$TMP/empty.json"
check_status "an empty network is answered for" 0
check "an empty network: no nodes, density 0, the diameter undefined" sh -c "grep -q '^nodes  *0\$' '$TMP/out' && grep -q '^density  *0.000000\$' '$TMP/out' && grep -q 'diameter  *undefined (no nodes)' '$TMP/out'"
run stats --format json "$TMP/empty.json"
check "an empty network in JSON: the undefined are null" $PY -c "
import json, sys
d = json.load(open('$TMP/out'))
assert d['nodes'] == 0 and d['density'] == 0 and d['distances']['diameter'] is None and d['average_clustering'] is None, d
"

# vertex connectivity of undirected networks by Esfahanian and Hakimi's few flows (igraph runs one
# for every pair): against NetworkX's node_connectivity on networks that take each path of it:
# fallen apart, cut by one node, 2-, 3- and 4-connected, complete, and ones whose least-degree
# node's non-adjacent neighbours decide; and a 600-node network, which the pairwise flows took minutes on
$PY - "$TMP" >"$TMP/kappa.list" <<'PYEOF'
import json, sys, networkx as nx
tmp = sys.argv[1]
graphs = {
    "apart": nx.disjoint_union(nx.cycle_graph(5), nx.path_graph(3)),
    "cut": nx.barbell_graph(5, 0),
    "cycle": nx.cycle_graph(9),
    "petersen": nx.petersen_graph(),
    "cube": nx.hypercube_graph(4),
    "complete": nx.complete_graph(6),
    "k2": nx.complete_graph(2),
    "wheel": nx.wheel_graph(8),
    "grid": nx.grid_2d_graph(5, 6),
    "bipartite": nx.complete_bipartite_graph(3, 5),
    "ba600": nx.barabasi_albert_graph(600, 3, seed=11),
}
for k in range(6):
    graphs["gnp%d" % k] = nx.gnp_random_graph(40, 0.15 + 0.05 * k, seed=k)
    graphs["regular%d" % k] = nx.random_regular_graph(3 + k % 3, 30, seed=k)
for name, G in graphs.items():
    G = nx.convert_node_labels_to_integers(G)
    d = nx.node_link_data(G)
    d["nodes"] = [{"id": "n%d" % n["id"]} for n in d["nodes"]]
    d["links"] = [{"source": "n%d" % l["source"], "target": "n%d" % l["target"]} for l in d["links"]]
    json.dump(d, open("%s/kappa-%s.json" % (tmp, name), "w"))
    print(name, nx.node_connectivity(G))
PYEOF
while read -r name kappa; do
	run stats --format json "$TMP/kappa-$name.json"
	got=$($PY -c "import json; print(json.load(open('$TMP/out'))['vertex_connectivity'])" 2>/dev/null)
	check "vertex connectivity of $name: NetworkX's $kappa (got $got)" [ "$status.$got" = "0.$kappa" ]
done <"$TMP/kappa.list"
# vertex connectivity of directed networks by Even's algorithm (igraph runs one flow for every
# ordered pair): against the least number of node-independent paths over every ordered pair
# without an arc (NetworkX's local node_connectivity, pair by pair) and python-igraph's
# vertex_connectivity. NetworkX's global node_connectivity is not the reference on digraphs: it
# tests weak connectivity and one direction, and differs on some of these (printed, not checked).
$PY - "$TMP" >"$TMP/dkappa.list" <<'PYEOF'
import itertools, json, sys, networkx as nx, igraph as ig
tmp = sys.argv[1]
graphs = {
    "dcycle": nx.cycle_graph(7, create_using=nx.DiGraph),
    "dpath": nx.path_graph(5, create_using=nx.DiGraph),
    "dcomplete": nx.complete_graph(5, create_using=nx.DiGraph),
    "dk2": nx.complete_graph(2, create_using=nx.DiGraph),
    "dpetersen": nx.petersen_graph().to_directed(),
    "dwheel": nx.wheel_graph(7).to_directed(),
    "dgnp300": nx.gnp_random_graph(300, 0.03, seed=4, directed=True),
}
for k in range(16):
    graphs["dgnp%d" % k] = nx.gnp_random_graph(6 + k % 5, (0.3, 0.5, 0.7, 0.85)[k % 4], seed=k, directed=True)
# digraphs whose least cut is found only from a node's far side (an arc into it missing): a
# search in one direction alone gives 2, 4 and 3
for n, p, seed in ((5, 0.7, 633), (8, 0.8, 1622), (9, 0.6, 2530)):
    graphs["dback%d" % seed] = nx.gnp_random_graph(n, p, seed=seed, directed=True)
for k in range(4):
    graphs["dtour%d" % k] = nx.DiGraph(nx.algorithms.tournament.random_tournament(8 + k, seed=k))
for name, G in graphs.items():
    G = nx.convert_node_labels_to_integers(G)
    n = len(G)
    if n <= 12:
        least = n - 1
        for s, t in itertools.permutations(G, 2):
            if not G.has_edge(s, t):
                least = min(least, nx.node_connectivity(G, s, t))
    else:
        least = None
    kappa = ig.Graph(n=n, edges=list(G.edges()), directed=True).vertex_connectivity()
    assert least is None or least == kappa, (name, least, kappa)
    d = {"directed": True, "nodes": [{"id": "n%d" % v} for v in G], "links": [{"source": "n%d" % u, "target": "n%d" % v} for u, v in G.edges()]}
    json.dump(d, open("%s/dkappa-%s.json" % (tmp, name), "w"))
    print(name, kappa, nx.node_connectivity(G))
PYEOF
check "the directed references were made (pairwise least equals python-igraph's)" test -s "$TMP/dkappa.list"
while read -r name kappa nxkappa; do
	run stats --format json "$TMP/dkappa-$name.json"
	got=$($PY -c "import json; print(json.load(open('$TMP/out'))['vertex_connectivity'])" 2>/dev/null)
	check "vertex connectivity of $name: the least over ordered pairs, $kappa (got $got; NetworkX's global: $nxkappa)" [ "$status.$got" = "0.$kappa" ]
done <"$TMP/dkappa.list"
finish
