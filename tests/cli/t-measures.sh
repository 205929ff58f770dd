# t-measures.sh: `innonet rank` for every measure and option, through the command line, against the
# checked-in NetworkX and R references (tests/fixtures/ref): `--by all` for the plain columns, and
# `--by M` with the options a column names (':normalized', ':weight', ':alpha=A', ...) for the rest.
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$BIN" "$FIXTURES" "$MODEL" <<'PYEOF'
import csv, io, math, os, subprocess, sys

binary, fixtures, model = sys.argv[1:4]
failures = 0
ITERATIVE = {"eigenvector", "pagerank", "hub", "authority"}
DIRECTED_ONLY = {"indegree", "outdegree", "hub", "authority", "coordinator", "itinerant", "gatekeeper",
                 "representative", "liaison"}
ORDER = ["degree", "indegree", "outdegree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
         "pagerank", "hub", "authority", "katz", "constraint", "effective_size", "coreness", "component", "cuts_off",
         "coordinator", "itinerant", "gatekeeper", "representative", "liaison"]

def innonet(*args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr

def read_ref(path):
    with open(path) as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return rows

def close(got, want, tol):
    if want == "nan" or math.isnan(float(want)):
        return got == ""
    return got != "" and abs(float(got) - float(want)) <= tol * max(1.0, abs(float(want)))

def compare(label, out_rows, ref_rows, column, out_column, slack=1.0):
    global failures
    tol = (1e-6 if column.split(":")[0] in ITERATIVE else 1e-9) * slack
    got = {r["id"]: r[out_column] for r in out_rows}
    bad = [r["id"] for r in ref_rows if not close(got.get(r["id"], ""), r[column], tol)]
    if bad:
        failures += 1
        print(f"FAIL - {label} {column}: differs at {bad[:3]}")
    return not bad

def options_of(column):
    measure, *variants = column.split(":")
    args = ["--by", measure]
    for v in variants:
        if v == "normalized":
            args.append("--normalized")
        elif v == "weight":
            args += ["--weight", "weight"]
        else:
            key, value = v.split("=")
            args += [f"--{key}", value]
    return args

networks = {name: (os.path.join(fixtures, name + ".json"), [name]) for name in
            ["karate", "florentine", "lesmis", "davis", "disconnected", "directed", "directed-kinds",
             "nnmi-2016-directed"]}
networks["nnmi-2016"] = (model, ["nnmi-2016"])
for name in ["directed", "directed-kinds", "nnmi-2016-directed"]:
    networks[name][1].append(name + "-brokerage")
for kind in ["institute", "agency", "lead_organization"]:
    networks[f"nnmi-2016-{kind}"] = (model, [f"nnmi-2016-{kind}"])

for name, (path, refs) in networks.items():
    project = ["--project", name[len("nnmi-2016-"):]] if name.startswith("nnmi-2016-") and "directed" not in name else []
    status, out, err = innonet("rank", "--by", "all", "--format", "csv", *project, path)
    if status != 0:
        failures += 1
        print(f"FAIL - {name}: rank --by all exited {status}: {err.strip()}")
        continue
    all_rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    directed = "directed" in name
    compared = 0
    for ref in refs:
        ref_rows = read_ref(os.path.join(fixtures, "ref", ref + ".csv"))
        if [r["id"] for r in ref_rows] != [r["id"] for r in all_rows]:
            failures += 1
            print(f"FAIL - {name}: --by all rows are not the nodes in model order")
        for column in list(ref_rows[0])[1:]:
            if ":" not in column:
                if column not in header:
                    failures += 1
                    print(f"FAIL - {name}: --by all has no column {column}")
                    continue
                compared += compare(f"{name} (--by all)", all_rows, ref_rows, column, column)
                continue
            status, out, err = innonet("rank", *options_of(column), "--format", "csv", *project, path)
            if status != 0:
                failures += 1
                print(f"FAIL - {name} {column}: exited {status}: {err.strip()}")
                continue
            # a ranking prints the highest score of a tie (scores within 1e-9) for every node in
            # it, so a tied score may move by 1e-9 more than the value: allow twice the tolerance
            compared += compare(name, list(csv.DictReader(io.StringIO(out))), ref_rows, column, "score", 2.0)
    # the columns are id, label, kind, then the measures that apply, in --help order, then the
    # community (checked in t-communities.sh), then under --project the view
    want = [m for m in ORDER if (directed or m not in DIRECTED_ONLY) and m in header] + ["community"] + \
        (["view"] if project else [])
    if header[:3] != ["id", "label", "kind"] or header[3:] != want or \
            (not directed and any(m in header for m in DIRECTED_ONLY)):
        failures += 1
        print(f"FAIL - {name}: --by all columns {header}")
    print(f"ok - {name}: {compared} columns as NetworkX / R give them")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "every measure and option agrees with the references" 0

# Les Miserables: 1/lambda = 0.0833, so Katz's alpha 0.1 diverges: --by katz --alpha 0.1 refuses,
# --by all --alpha 0.1 leaves the column out and says so; without --alpha the default is
# 0.9/lambda, said on stderr (its values against NetworkX: t-semantics.sh)
run rank --by katz --alpha 0.1 "$FIXTURES/lesmis.json"
check_error "katz refuses a diverging alpha" 2 "innonet: katz: --alpha 0.1 is too large for $FIXTURES/lesmis.json: the Katz series diverges unless alpha is below 1/12.0058 = 0.0832934 (1 over the largest eigenvalue of its adjacency matrix)"
run rank --by all --alpha 0.1 --format csv "$FIXTURES/lesmis.json"
check_status "--by all with a diverging katz" 0
check "--by all leaves katz out" sh -c "! head -1 '$TMP/out' | grep -q katz"
check "--by all says why on stderr" grep -q "^innonet: rank: katz left out: katz: --alpha 0.1 is too large" "$TMP/err"
run rank --by katz "$FIXTURES/lesmis.json"
check_error "katz's default where 0.1 diverges: 0.9/lambda, said" 0 "innonet: rank: katz: NetworkX's default alpha 0.1 diverges on $FIXTURES/lesmis.json; alpha 0.074964 used, 0.9 over the largest eigenvalue of its adjacency matrix (--alpha sets another)"

run rank --by hub
check_error "hub is refused on the undirected NNMI model" 2 "innonet: hub: defined on directed models only, and nnmi-2016.json (built in) is undirected (set \"directed\": true in the model to read each link from source to target)"
run rank --by all --top 3
check_error "--top needs a single measure" 2 "innonet: rank: --top needs a single measure, not --by all"
run rank --by betweenness --cutoff -1
check_error "--cutoff must not be negative" 2 "innonet: rank: --cutoff needs a number >= 0, not '-1'"
run rank --by katz --alpha 0
check_error "--alpha must be positive" 2 "innonet: rank: --alpha needs a positive number, not '0'"
run rank --by katz --beta x
check_error "--beta must be a number" 2 "innonet: rank: --beta needs a positive number, not 'x'"

# --cutoff 1 leaves no path with a middle node: every betweenness is 0 (worked out by hand)
run rank --by betweenness --cutoff 1 --format csv
check "--cutoff 1: no node lies inside a path of one link" test "$(tail -n +2 "$TMP/out" | cut -d, -f5 | sort -u)" = "0"

# the directed NNMI model: brokerage by kind (ref/nnmi-2016-directed-brokerage.csv, from R's sna):
# each of the seven institutes is the top liaison, 36 two-paths between kinds other than its own
run rank --by liaison --top 1 --format csv "$FIXTURES/nnmi-2016-directed.json"
check "the seven institutes are the top liaisons of the directed NNMI model, 36 each as sna counts" \
	test "$(tail -n +2 "$TMP/out" | cut -d, -f1,2,5 | tr '\n' ' ')" = "1,DMDII,36 1,IACMI,36 1,LIFT,36 1,aim-photonics,36 1,america-makes,36 1,nextflex,36 1,poweramerica,36 "

run rank --by all --format json "$FIXTURES/directed.json"
check "--by all as JSON: one object per node with every measure" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['measure'] == 'all' and len(d['nodes']) == 8, d
assert list(d['nodes'][0])[:4] == ['id', 'label', 'kind', 'degree'] and 'liaison' in d['nodes'][0]
"
run rank --by all --format csv "$FIXTURES/disconnected.json"
check "an isolated node's constraint is an empty cell" test "$(grep '^alone,' "$TMP/out" | cut -d, -f13)" = ""
cp "$TMP/out" "$TMP/first"
run rank --by all --format csv "$FIXTURES/disconnected.json"
check "--by all gives the same bytes twice" cmp -s "$TMP/out" "$TMP/first"

# rank --help: every measure on one line of at most 79 columns, defined, and every option shown
run rank --help
for m in degree indegree outdegree strength betweenness closeness harmonic eigenvector pagerank hub \
	authority katz constraint effective_size coreness coordinator itinerant gatekeeper representative liaison; do
	check "rank --help defines $m on one line" sh -c "grep -q '^  $m  *[a-zA-Z].*(.*)' '$TMP/out' && test \$(grep '^  $m ' '$TMP/out' | awk '{ print length }') -le 79"
done
for o in cutoff alpha beta normalized weight damping; do
	check "rank --help shows --$o" grep -q -- "--$o" "$TMP/out"
done
for c in stats path cut; do
	run "$c" --help
	check "$c --help has examples and the model options" sh -c "grep -q '^examples:' '$TMP/out' && grep -q -- '--project KIND' '$TMP/out' && grep -q -- '--as-of YEAR' '$TMP/out'"
done
finish
