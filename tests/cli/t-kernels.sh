# t-kernels.sh: every search kernel the CPU has (INNONET_KERNEL=single, baseline, avx2, avx512),
# forced on directed, disconnected and long-diameter networks, gives NetworkX's betweenness,
# closeness and harmonic centrality (python-igraph's with --cutoff) to 1e-9, and the multi-source
# kernels give the same bytes as each other; the automatic choice does too, above and below
# the size where it starts searching in passes, on a short and a long diameter; and above
# 65,535 nodes, where the passes read 32-bit neighbour lists instead of 16-bit ones.
. "$(dirname "$0")/lib.sh" "$@"

run --version
check "--version names the search kernel" grep -q '^search kernel: \(baseline\|avx2\|avx512\) (8 sources per pass' "$TMP/out"
INNONET_KERNEL=bogus run rank --by betweenness
check_error "an unknown INNONET_KERNEL is refused" 2 \
	"innonet: INNONET_KERNEL is auto, single, baseline, avx2 or avx512, not 'bogus'"

# under a checker (INNONET_WRAPPER) each run goes through it; INNONET_QUICK leaves out the
# 1200-node networks, the cutoffs and the repeated -j 2 runs
$PY - "$BIN" "$FIXTURES" "$TMP" "$WRAP" "$QUICK" <<'PYEOF'
import csv, json, os, shlex, subprocess, sys
import networkx as nx
import igraph as ig

binary, fixtures, tmp, wrap, quick = sys.argv[1:6]
failures = 0
if quick:
    print("# QUICK: no --cutoff cases, no automatic choice (it runs one of the kernels checked), "
          "no -j 2 repeats, no networks of 1,200 and 70,000 nodes")

def say(ok, what):
    global failures
    if not ok:
        failures += 1
    print(("ok - " if ok else "FAIL - ") + what)

def innonet(kernel, path, by, *extra):
    env = dict(os.environ, INNONET_KERNEL=kernel)
    p = subprocess.run([*shlex.split(wrap), binary, "rank", "--by", by, "--format", "csv", "--quiet", *extra, path],
                       capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr

def scores(text):
    return {r["id"]: float(r["score"]) for r in csv.DictReader(text.splitlines())}

kernels = []
for k in ["single", "baseline", "avx2", "avx512"]:
    rc, _, err = innonet(k, f"{fixtures}/karate.json", "harmonic")
    if rc == 0:
        kernels.append(k)
    else:
        # visible in the test log: the CPU lacks the instructions
        print(f"skip - INNONET_KERNEL={k}: {err.strip()}")
say("baseline" in kernels and "single" in kernels, f"kernels run here: {', '.join(kernels)}")

def write(name, G):
    path = f"{tmp}/{name}.json"
    G = nx.convert_node_labels_to_integers(G)
    with open(path, "w") as f:
        json.dump(nx.node_link_data(G), f)
    return path, G

def load(name):
    path = f"{fixtures}/{name}.json"
    with open(path) as f:
        return path, nx.node_link_graph(json.load(f))

def by_hand_reach(G, cutoff):
    """closeness (Wasserman-Faust) and harmonic over the nodes within cutoff, distances into u"""
    R = G.reverse() if G.is_directed() else G
    n = G.number_of_nodes()
    clo, har = {}, {}
    for u in G:
        d = nx.single_source_shortest_path_length(R, u, cutoff=cutoff)
        r = len(d) - 1
        s = sum(d.values())
        clo[u] = (r / s) * (r / (n - 1)) if r > 0 and n > 1 else 0.0
        har[u] = sum(1.0 / x for x in d.values() if x > 0)
    return clo, har

def igraph_betweenness(G, cutoff):
    nodes = list(G)
    idx = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(idx[a], idx[b]) for a, b in G.edges()], directed=G.is_directed())
    return dict(zip(nodes, g.betweenness(directed=G.is_directed(), cutoff=cutoff)))

nets = [load("directed"), load("disconnected"), load("nnmi-2016-directed"), load("karate")]
nets.append(write("gnp-directed", nx.gnp_random_graph(300, 0.012, seed=3, directed=True)))
nets.append(write("path", nx.path_graph(150)))
nets.append(write("grid", nx.grid_2d_graph(20, 15)))
nets.append(write("cycle-directed", nx.cycle_graph(120, create_using=nx.DiGraph)))
# above the size where the automatic choice searches in passes: one short, one long diameter
if not quick:
    nets.append(write("ba-1200", nx.barabasi_albert_graph(1200, 3, seed=5)))
    nets.append(write("grid-1200", nx.grid_2d_graph(40, 30)))

for path, G in nets:
    name = os.path.basename(path)
    n = G.number_of_nodes()
    cut = 3
    clo3, har3 = by_hand_reach(G, cut)
    cases = [("betweenness", (), nx.betweenness_centrality(G, normalized=False)),
             ("betweenness", ("--samples", str(n), "--scaling", "linear"), nx.betweenness_centrality(G, normalized=False)),
             ("betweenness", ("--cutoff", str(cut)), igraph_betweenness(G, cut)),
             ("closeness", (), nx.closeness_centrality(G)),
             ("closeness", ("--cutoff", str(cut)), clo3),
             ("harmonic", (), nx.harmonic_centrality(G)),
             ("harmonic", ("--cutoff", str(cut)), har3)]
    if quick:
        cases = [c for c in cases if "--cutoff" not in c[1]]
    big = n >= 1000
    for by, extra, ref in cases:
        what = f"{name} {by} {' '.join(extra)}".rstrip()
        outs, wrong = {}, False
        # under a checker (QUICK) no "auto": it runs one of the kernels listed, the same code
        for k in (([] if quick else ["auto"]) + ["single"] + [k for k in kernels if k != "single"]) if not big else \
                (["auto"] + [k for k in kernels if k in ("single", "baseline")]):
            rc, out, err = innonet(k, path, by, *extra)
            if rc != 0:
                say(False, f"{what}, INNONET_KERNEL={k}: status {rc}: {err.strip()}")
                continue
            got = scores(out)
            bad = [v for v in ref if abs(got[str(v)] - ref[v]) > 1e-9 * max(1, abs(ref[v]))]
            if bad:
                wrong = True
                say(False, f"{what}, INNONET_KERNEL={k}: differs from the reference at {bad[:3]}")
            outs[k] = out
        multi = [k for k in outs if k not in ("single", "auto")]
        same = len({outs[k] for k in multi}) <= 1
        say(not wrong and same and len(outs) >= 2,
            f"{what}: {', '.join(outs)} equal the reference to 1e-9; {', '.join(multi)} the same bytes")
    # the same bytes every run with workers, whichever finishes first
    if quick:
        continue
    a = innonet("auto", path, "betweenness", "-j", "2")[1]
    b = innonet("auto", path, "betweenness", "-j", "2")[1]
    say(a == b and a != "", f"{name} betweenness -j 2: the same bytes on two runs")

# above 65,535 nodes the passes read the 32-bit neighbour lists (below, 16-bit copies): a sparse
# random network of 70,000 nodes, betweenness within 2 hops against python-igraph
if not quick:
    path, G = write("gnm-70000", nx.gnm_random_graph(70000, 140000, seed=7))
    ref = igraph_betweenness(G, 2)
    outs = {}
    for k in [k for k in kernels if k != "single"]:
        rc, out, err = innonet(k, path, "betweenness", "--cutoff", "2")
        got = scores(out) if rc == 0 else {}
        ok = rc == 0 and all(abs(got[str(v)] - ref[v]) <= 1e-9 * max(1, abs(ref[v])) for v in ref)
        say(ok, f"gnm-70000 betweenness --cutoff 2, INNONET_KERNEL={k} (32-bit lists): python-igraph's to 1e-9")
        outs[k] = out
    say(len(set(outs.values())) == 1, f"gnm-70000 betweenness --cutoff 2: {', '.join(outs)} the same bytes")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "every kernel agrees with NetworkX and python-igraph" 0
finish
