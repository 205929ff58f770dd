# t-semantics.sh: issue 15's analysis semantics, against Debian's NetworkX run live on the same
# graphs: self-loops counted once in undirected adjacency (PageRank, eigenvector, assortativity),
# parallel links adding up, eigenvector centrality where the power iteration does not settle, and
# how a measure that cannot be computed is left out or refused.
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$BIN" "$TMP" "$SRC" <<'PYEOF'
import csv, json, math, os, subprocess, sys, warnings
import networkx as nx
import numpy as np

warnings.simplefilter("ignore")

binary, tmp, src = sys.argv[1:4]
failures = 0
TIGHT = dict(tol=1e-13, max_iter=100000)

def say(good, what):
    global failures
    if not good:
        failures += 1
    print(("ok - " if good else "FAIL - ") + what)

def write(name, G):
    path = f"{tmp}/{name}.json"
    with open(path, "w") as f:
        json.dump(nx.node_link_data(G), f)
    return path

def innonet(*args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr

def scores(path, by, *extra):
    status, out, err = innonet("rank", "--by", by, "--format", "csv", *extra, path)
    if status != 0:
        return None, err
    return {r["id"]: float(r["score"]) for r in csv.DictReader(out.splitlines())}, err

def same(got, ref, tol):
    return got is not None and all(abs(got[str(v)] - ref[v]) <= tol * max(1, abs(ref[v])) for v in ref)

loop = nx.Graph([(1, 2), (2, 3), (3, 1), (3, 4), (4, 4), (4, 5)])
multi = nx.MultiGraph([(1, 2), (1, 2), (2, 3), (3, 1), (3, 4), (4, 4), (4, 5)])
dmulti = nx.MultiDiGraph([(1, 2), (1, 2), (2, 3), (3, 1), (3, 3), (3, 4), (4, 1)])
graphs = {"loop": loop, "multi": multi, "dmulti": dmulti}
for name, G in graphs.items():
    path = write(name, G)
    got, err = scores(path, "pagerank")
    say(same(got, nx.pagerank(G, weight=None, **TIGHT), 1e-9), f"{name}: pagerank as nx.pagerank (a loop once, parallel links add up)")
    # nx.eigenvector_centrality refuses multigraphs; the _numpy variant sums parallel links in A
    ref = nx.eigenvector_centrality_numpy(G, weight=None) if G.is_multigraph() else nx.eigenvector_centrality(G, weight=None, **TIGHT)
    got, err = scores(path, "eigenvector")
    say(same(got, ref, 1e-9), f"{name}: eigenvector as NetworkX's (a loop once, parallel links add up)")
    got, err = scores(path, "katz")
    # (I - alpha A') x = 1 with NetworkX's adjacency matrix, which katz_centrality_numpy solves
    A = nx.to_numpy_array(G, nodelist=list(G), weight=None)
    x = np.linalg.solve(np.eye(len(G)) - 0.1 * A.T, np.ones(len(G)))
    say(same(got, dict(zip(G, x)), 1e-9), f"{name}: katz solves (I - 0.1 A')x = 1 on NetworkX's adjacency matrix")
    status, out, err = innonet("stats", "--format", "json", path)
    r = json.loads(out)["degree_assortativity"] if status == 0 else None
    want = nx.degree_assortativity_coefficient(G)
    say(r is not None and abs(r - want) < 1e-9, f"{name}: degree assortativity {r} as NetworkX's {want:.12g}")
# the issue's figures for node 4 of the loop graph
got, _ = scores(f"{tmp}/loop.json", "pagerank")
say(got and round(got["4"], 4) == 0.2717, "loop: node 4's pagerank is 0.2717")
got, _ = scores(f"{tmp}/loop.json", "eigenvector")
say(got and round(got["4"], 4) == 0.5615, "loop: node 4's eigenvector centrality is 0.5615")

# a repeated leading eigenvalue: NetworkX's value where its power iteration settles
two = write("two", nx.Graph([(1, 2), (3, 4)]))
got, _ = scores(two, "eigenvector")
say(same(got, {1: 0.5, 2: 0.5, 3: 0.5, 4: 0.5}, 1e-12), "two disjoint edges: eigenvector 0.5 each, as NetworkX")
tree = nx.DiGraph([(1, 2), (2, 1), (1, 3), (3, 1)])
got, _ = scores(write("tree", tree), "eigenvector")
say(same(got, nx.eigenvector_centrality(tree, **TIGHT), 1e-9), "symmetric directed tree: eigenvector as NetworkX")

# where it does not settle NetworkX raises; innonet refuses a named measure and leaves out the rest
undefined = {"dag": nx.DiGraph([(1, 2), (2, 3), (1, 3)]),
             "cycles": nx.DiGraph([(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4), (3, 4)])}
for name, G in undefined.items():
    try:
        nx.eigenvector_centrality(G)
        raised = False
    except nx.PowerIterationFailedConvergence:
        raised = True
    say(raised, f"{name}: NetworkX's eigenvector centrality does not converge")
    path = write(name, G)
    status, out, err = innonet("rank", "--by", "eigenvector", path)
    say(status == 2 and err.count("\n") == 1 and err.startswith("innonet: eigenvector: not defined on ")
        and "pagerank or katz" in err and out == "", f"{name}: rank --by eigenvector refused, what to do said: {err.strip()[:60]}")
    status, out, err = innonet("rank", "--by", "all", "--format", "csv", path)
    header = out.splitlines()[0].split(",") if out else []
    say(status == 0 and "eigenvector" not in header and "pagerank" in header and err.count("\n") == 1
        and "eigenvector left out" in err, f"{name}: rank --by all leaves eigenvector out with one notice")

# one rule for a measure that cannot be computed: left out with one notice where it was not named,
# in every format and command; refused, saying what to use, where it was
cycles = f"{tmp}/cycles.json"
status, out, err = innonet("rank", "--by", "all", "--format", "json", cycles)
say(status == 0 and json.loads(out)["left_out"] == "eigenvector", "cycles: rank --by all's JSON names eigenvector as left out")
status, out, err = innonet("rank", "--by", "all", "--format", "json", f"{tmp}/loop.json")
say(status == 0 and json.loads(out)["left_out"] == "", "loop: rank --by all's JSON leaves nothing out")
for fmt in ["dot", "svg", "png", "graphml", "gexf", "csv", "json"]:
    target = f"{tmp}/drawn.{fmt}"
    status, out, err = innonet("export", "--format", fmt, "-o", target, cycles)
    notices = [line for line in err.splitlines() if "left out" in line]
    if fmt == "png":  # no tooltips, so no measure computed and none left out
        say(status == 0 and notices == [] and "  " not in err, "cycles: export --format png computes no measure, says nothing")
        continue
    say(status == 0 and len(notices) == 1 and notices[0].startswith("innonet: export: eigenvector left out: ")
        and "  " not in err, f"cycles: export --format {fmt} leaves eigenvector out with one notice")
status, out, err = innonet("report", "-o", f"{tmp}/report.html", cycles)
notices = [line for line in err.splitlines() if "left out" in line]
say(status == 0 and len(notices) == 1 and "eigenvector left out" in notices[0], "cycles: report leaves eigenvector out with one notice")
with open(f"{tmp}/report.html") as f:
    say("Not computed: eigenvector: not defined" in f.read(), "cycles: the report says eigenvector was not computed, and why")
for args in (["--size-by", "eigenvector"], ["--ranks", "eigenvector"]):
    status, out, err = innonet("export", "--format", "svg", "-o", f"{tmp}/named.svg", *args, cycles)
    say(status == 2 and err.count("\n") == 1 and "use pagerank or katz instead" in err,
        f"cycles: export {' '.join(args)} refused, saying what to use")
status, out, err = innonet("rank", "--by", "eigenvector,pagerank", cycles)
say(status == 2 and err.count("\n") == 1 and "not defined on" in err, "cycles: rank --by eigenvector,pagerank refused")

# Katz's default works on every model: NetworkX's 0.1 where the series converges, else 0.9/lambda,
# lambda the largest eigenvalue numpy finds; the alpha used is said and stated in the JSON
def katz_ref(G, alpha):
    return nx.katz_centrality_numpy(G, alpha=alpha, normalized=False, weight=None)

lesmis = nx.les_miserables_graph()
path = write("lesmis", lesmis)
lam = max(abs(np.linalg.eigvals(nx.to_numpy_array(lesmis, weight=None))))
status, out, err = innonet("rank", "--by", "katz", "--format", "json", path)
doc = json.loads(out) if status == 0 else {}
say(status == 0 and abs(doc.get("alpha", 0) - 0.9 / lam) < 1e-9 and err.count("\n") == 1
    and f"alpha {0.9 / lam:.6g} used" in err, f"lesmis: katz's default is 0.9/lambda = {0.9 / lam:.6g}, said and stated")
ref = katz_ref(lesmis, 0.9 / lam)
say(status == 0 and all(abs(r["score"] - ref[r["id"]]) <= 1e-9 * ref[r["id"]] for r in doc["ranking"]),
    "lesmis: katz at the default equals nx.katz_centrality_numpy at alpha 0.9/lambda")
karate = write("karate", nx.karate_club_graph())
status, out, err = innonet("rank", "--by", "katz", "--format", "json", karate)
say(status == 0 and json.loads(out)["alpha"] == 0.1 and err == "", "karate: katz's default is NetworkX's 0.1, silently")
for model in ["graphs/manufacturing-usa-2025.json", "graphs/nnmi-2016.json"]:
    status, out, err = innonet("rank", "--by", "katz", "--format", "csv", f"{src}/{model}")
    say(status == 0, f"{model}: rank --by katz works with the default")
status, out, err = innonet("export", "--format", "csv", "--alpha", "0.05", "-o", f"{tmp}/k.csv", path)
with open(f"{tmp}/k.csv") as f:
    got = {r["id"]: float(r["katz"]) for r in csv.DictReader(f)}
say(status == 0 and same(got, katz_ref(lesmis, 0.05), 1e-9), "export --alpha 0.05: the katz column is NetworkX's at 0.05")
status, out, err = innonet("report", "--alpha", "0.05", "-o", f"{tmp}/k.html", path)
with open(f"{tmp}/k.html") as f:
    say(status == 0 and "here alpha = 0.05, beta = 1" in f.read(), "report --alpha 0.05: the report states the alpha used")
status, out, err = innonet("report", "-o", f"{tmp}/k.html", path)
with open(f"{tmp}/k.html") as f:
    say(status == 0 and f"here alpha = {0.9 / lam:.6g}" in f.read(), "report: states the default alpha it used")

# an option that names nothing, or applies to nothing asked for, is refused, naming it
refused = [(["rank", "--by", "betweenness", "--weight", "nosuch"], "--weight: no link of"),
           (["rank", "--by", "constraint", "--normalized"], "--normalized does not apply to constraint"),
           (["rank", "--by", "coreness", "--normalized"], "--normalized does not apply to coreness"),
           (["rank", "--by", "degree", "--alpha", "0.05"], "--alpha does not apply to degree"),
           (["rank", "--by", "pagerank", "--beta", "2"], "--beta does not apply to pagerank"),
           (["rank", "--by", "katz", "--damping", "0.5"], "--damping does not apply to katz"),
           (["rank", "--by", "coreness", "--weight", "weight"], "--weight does not apply to coreness"),
           (["export", "--format", "svg", "--ranks", "katz", "--damping", "0.5"], "--damping does not apply to katz"),
           (["export", "--format", "json", "--weight", "nosuch"], "--weight: no link of"),
           (["report", "--weight", "nosuch"], "--weight: no link of")]
for args, want in refused:
    status, out, err = innonet(*args[:1], "-o", f"{tmp}/refused.out", *args[1:], path)
    say(status == 2 and err.count("\n") == 1 and want in err and not os.path.exists(f"{tmp}/refused.out"),
        f"{' '.join(args)}: refused, naming it")
for args, want in [(["whatif", "--remove", "1", "--by", "degree", "--alpha", "0.05"], "--alpha does not apply to degree"),
                   (["whatif", "--remove", "1", "--by", "katz", "--weight", "nosuch"], "--weight: no link of")]:
    status, out, err = innonet(*args, karate)
    say(status == 2 and err.count("\n") == 1 and want in err, f"{' '.join(args)}: refused, naming it")
status, out, err = innonet("diff", "--by", "katz", "--alpha", "0.05", "--top", "0", "--format", "csv", karate, karate)
say(status == 0 and err == "", "diff --by katz --alpha 0.05: taken")
status, out, err = innonet("diff", "--by", "coreness", "--normalized", karate, karate)
say(status == 2 and "--normalized does not apply to coreness" in err, "diff --by coreness --normalized: refused")
# with --by all, said once for the measures it does not reach; the JSON states what was computed
status, out, err = innonet("rank", "--by", "all", "--normalized", "--format", "json", path)
lines = [l for l in err.splitlines() if "--normalized" in l]
say(status == 0 and len(lines) == 1 and "constraint" in lines[0] and "coreness" in lines[0] and "degree," not in lines[0],
    "rank --by all --normalized: one notice naming the measures without a normalized variant")
partial = nx.Graph([(1, 2, {"w": 2}), (2, 3), (3, 1)])
status, out, err = innonet("rank", "--by", "betweenness", "--weight", "w", write("partial", partial))
say(status == 0 and "1 of the 3 links" in err and "the others weigh 1" in err, "--weight carried by some links only: said")

# direction: --undirected gives NetworkX's values on G.to_undirected(); --directed reads a CSV
# edge list from source to target
D = nx.DiGraph()
D.add_edges_from([(1, 2, {"weight": 1}), (2, 1, {"weight": 4}), (2, 3, {"weight": 2}), (3, 4, {"weight": 1}),
                  (4, 2, {"weight": 3}), (4, 5, {"weight": 2}), (5, 5, {"weight": 1}), (1, 3, {"weight": 5})])
dpath = write("directed", D)
U = D.to_undirected()
refs = {"degree": dict(U.degree()), "betweenness": nx.betweenness_centrality(U, normalized=False),
        "closeness": nx.closeness_centrality(U), "pagerank": nx.pagerank(U, weight=None, **TIGHT),
        "eigenvector": nx.eigenvector_centrality(U, weight=None, **TIGHT)}
for by, ref in refs.items():
    got, err = scores(dpath, by, "--undirected")
    say(same(got, ref, 1e-9), f"--undirected: {by} as NetworkX on G.to_undirected()")
# the weights of a reciprocal pair: NetworkX keeps the data of the link it visits last (2 -> 1: 4)
got, err = scores(dpath, "pagerank", "--undirected", "--weight", "weight")
say(same(got, nx.pagerank(U, weight="weight", **TIGHT), 1e-9), "--undirected --weight weight: pagerank as NetworkX's, 2 -> 1's weight kept")
got, err = scores(dpath, "betweenness", "--undirected", "--weight", "weight")
say(same(got, nx.betweenness_centrality(U, normalized=False, weight="weight"), 1e-9), "--undirected --weight weight: betweenness as NetworkX's")
status, out, err = innonet("stats", "--format", "json", "--undirected", dpath)
say(status == 0 and json.loads(out)["directed"] is False and json.loads(out)["links"] == U.number_of_edges(),
    f"stats --undirected: an undirected network of {U.number_of_edges()} links")
with open(f"{tmp}/d.csv", "w") as f:
    f.write("source,target,weight\n" + "".join(f"{u},{v},{d['weight']}\n" for u, v, d in D.edges(data=True)))
status, out, err = innonet("rank", "--by", "pagerank", "--format", "csv", "--links", f"{tmp}/d.csv", "--directed")
got = {r["id"]: float(r["score"]) for r in csv.DictReader(out.splitlines())} if status == 0 else None
say(same(got, nx.pagerank(D, weight=None, **TIGHT), 1e-9), "--links --directed: pagerank as NetworkX's on the DiGraph")
status, out, err = innonet("rank", "--by", "hub", "--format", "csv", "--links", f"{tmp}/d.csv", "--directed")
say(status == 0, "--links --directed: a directed-only measure is taken")
status, out, err = innonet("rank", "--by", "pagerank", "--format", "csv", "--links", f"{tmp}/d.csv")
got = {r["id"]: float(r["score"]) for r in csv.DictReader(out.splitlines())} if status == 0 else None
say(same(got, nx.pagerank(nx.MultiGraph(list(D.edges())), weight=None, **TIGHT), 1e-9), "--links without --directed: undirected (1,2 and 2,1 two parallel links), as before")
status, out, err = innonet("rank", "--directed", dpath)
say(status == 2 and "--directed is for a CSV edge list" in err, "--directed with a model file: refused")

# what a weight means: --weight-is strength makes the path measures read 1/w as a distance, and
# --weight-is distance the strength measures read 1/w as a strength, as an analyst would write
# G[u][v]["d"] = 1 / G[u][v]["weight"] in NetworkX
L = nx.les_miserables_graph()
for u, v, d in L.edges(data=True):
    d["inverse"] = 1 / d["weight"]
lpath = write("lesmis-weighted", L)
for by, ref in [("betweenness", nx.betweenness_centrality(L, normalized=False, weight="inverse")),
                ("closeness", nx.closeness_centrality(L, distance="inverse")),
                ("harmonic", nx.harmonic_centrality(L, distance="inverse"))]:
    got, err = scores(lpath, by, "--weight", "weight", "--weight-is", "strength")
    say(same(got, ref, 1e-9), f"--weight-is strength: {by} reads 1/weight as the distance, as NetworkX")
for by, ref in [("pagerank", nx.pagerank(L, weight="inverse", **TIGHT)),
                ("strength", dict(L.degree(weight="inverse")))]:
    got, err = scores(lpath, by, "--weight", "weight", "--weight-is", "distance")
    say(same(got, ref, 1e-9), f"--weight-is distance: {by} reads 1/weight as the strength, as NetworkX")
got, err = scores(lpath, "betweenness", "--weight", "weight", "--weight-is", "distance")
say(same(got, nx.betweenness_centrality(L, normalized=False, weight="weight"), 1e-9), "--weight-is distance: betweenness as without it")
status, out, err = innonet("rank", "--weight-is", "strength", lpath)
say(status == 2 and "--weight-is needs --weight" in err, "--weight-is without --weight: refused")

# messages and numbers: counts agree with their nouns; the report counts the measures it holds;
# the subtitle lists kinds as a reader writes them
one = write("one-link", nx.Graph([(1, 2)]))
status, out, err = innonet("export", "--format", "graphml", "-o", f"{tmp}/one.graphml", one)
say(status == 0 and err.strip().endswith("(graphml, 2 nodes, 1 link)"), f"export: '1 link', not '1 links': {err.strip()[-28:]}")
status, out, err = innonet("report", "-o", f"{tmp}/one.html", one)
# degree .. cuts_off less indegree, outdegree, hub, authority and the five brokerage roles: 13 on an undirected model
say(status == 0 and err.strip().endswith("(2 nodes, 1 link, 13 measures)"), f"report: counts the 13 measures an undirected model has: {err.strip()[-32:]}")
with open(f"{tmp}/one.html") as f:
    sections = f.read().count('<h3 id="measure-')
say(sections == 13, f"report: an undirected model's report has a section for each of its 13 measures, not 22: {sections}")
status, out, err = innonet("export", "--format", "dot", "--kind", "institute,agency")
say(status == 0 and "kinds: institute, agency" in out, "export --kind institute,agency: the subtitle reads 'kinds: institute, agency'")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "issue 15 semantics against NetworkX" 0
# Harmonic centrality sums a level at a time (the level's count over its distance), so a sum that
# is a simple number comes out as that number. On Zachary's karate club (levels counted with
# nx.single_source_shortest_path_length) node 33 has 17 nodes at distance 1, 6 at 2, 9 at 3 and 1
# at 4: 17 + 3 + 3 + 0.25 = 23.25; node 2 has 10, 20 and 3: 10 + 10 + 1 = 21. One 1/d per node gave
# 23.24999999999999 and 20.999999999999996. The one-source and the multi-source kernel alike.
for kernel in single baseline; do
	INNONET_KERNEL=$kernel run rank --by harmonic --format csv "$FIXTURES/karate.json"
	check "harmonic on karate ($kernel kernel): node 33 is 23.25 and node 2 is 21, exactly" sh -c \
		"grep -q '^1,33,33,,23.25\$' '$TMP/out' && grep -q '^3,2,2,,21\$' '$TMP/out'"
done
finish
