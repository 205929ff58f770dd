# t-networkx.sh: live cross-check with Debian's NetworkX: the shipped model loads in NetworkX
# unchanged, and on it and on NetworkX's own example graphs innonet gives NetworkX's values and
# ranks for every measure of `rank`. (The unit tests compare with checked-in values; this compares
# with NetworkX as installed.)
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$BIN" "$MODEL" "$TMP" <<'PYEOF'
import csv, json, subprocess, sys
import networkx as nx

binary, model, tmp = sys.argv[1:4]
failures = 0

def innonet(path, by, *extra):
    out = subprocess.run([binary, "rank", "--by", by, "--format", "csv", *extra, path],
                         check=True, capture_output=True, text=True).stdout
    return {r["id"]: (int(r["rank"]), float(r["score"])) for r in csv.DictReader(out.splitlines())}

def ranks(scores):
    """innonet's rule: high to low, equal to 1e-9 relative is a tie sharing the first rank."""
    order = sorted(scores, key=lambda v: (-scores[v], str(v)))
    out, start = {}, 0
    for k, v in enumerate(order):
        top = scores[order[start]]
        if abs(top - scores[v]) > 1e-9 * max(abs(top), abs(scores[v])) + 1e-12:
            start = k
        out[str(v)] = start + 1
    return out

def check(name, G, path, by, ref, tol):
    global failures
    got = innonet(path, by)
    want = ranks(ref)
    bad = [v for v in ref if abs(got[str(v)][1] - ref[v]) > tol * max(1, abs(ref[v]))]
    badrank = [v for v in want if got[v][0] != want[v]]
    if bad or badrank:
        failures += 1
        print(f"FAIL - {name} {by}: values differ at {bad[:3]}, ranks at {badrank[:3]}")
    else:
        print(f"ok - {name} {by}: {len(ref)} values and ranks as NetworkX")

def measures(G):
    tight = dict(tol=1e-12, max_iter=100000)
    yield "degree", dict(G.degree()), 1e-9
    yield "betweenness", nx.betweenness_centrality(G, normalized=False), 1e-9
    yield "closeness", nx.closeness_centrality(G), 1e-9
    yield "harmonic", nx.harmonic_centrality(G), 1e-9
    yield "eigenvector", nx.eigenvector_centrality(G, weight=None, **tight), 1e-6
    yield "pagerank", nx.pagerank(G, weight=None, **tight), 1e-6

with open(model) as f:
    G = nx.node_link_graph(json.load(f))  # loads unchanged
print(f"ok - {model} loads in NetworkX: {G.number_of_nodes()} nodes, {G.number_of_edges()} links")
for by, ref, tol in measures(G):
    check("nnmi-2016", G, model, by, ref, tol)

examples = {"karate": nx.karate_club_graph(), "florentine": nx.florentine_families_graph(),
            "les-miserables": nx.les_miserables_graph(), "davis": nx.davis_southern_women_graph(),
            "krackhardt-kite": nx.krackhardt_kite_graph(), "petersen": nx.petersen_graph()}
for name, G in examples.items():
    path = f"{tmp}/{name}.json"
    with open(path, "w") as f:
        json.dump(nx.node_link_data(G), f)
    for by, ref, tol in measures(G):
        check(name, G, path, by, ref, tol)
# nx.pagerank's own default reads 'weight': innonet does so when told to
G = examples["les-miserables"]
got = innonet(f"{tmp}/les-miserables.json", "pagerank", "--weight", "weight")
ref = nx.pagerank(G, tol=1e-12, max_iter=100000)
if any(abs(got[v][1] - ref[v]) > 1e-6 for v in ref):
    failures += 1
    print("FAIL - les-miserables pagerank --weight weight differs from nx.pagerank(G)")
else:
    print("ok - les-miserables: pagerank --weight weight equals nx.pagerank(G)")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "innonet agrees with NetworkX" 0
finish
