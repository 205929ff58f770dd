# t-agreement.sh: `innonet agreement`: Spearman's rho and Kendall's tau-b equal scipy.stats'
# of the scores rank prints; the top-N overlap equals the sets counted here, in Python.
. "$(dirname "$0")/lib.sh" "$@"

# compare MEASURES METHOD [MODEL and options...]: agreement --format json against scipy over the
# scores of rank --by MEASURES --format csv (same options), ties grouped as rank groups them
compare() {
	measures=$1 method=$2
	shift 2
	run rank --by "$measures" --format csv "$@"
	cp "$TMP/out" "$TMP/scores.csv"
	run agreement --by "$measures" --method "$method" --format json "$@"
	check_status "agreement --by $measures --method $method $*" 0
	check "$method of $measures $*: scipy.stats agrees to 1e-9" env PYTHONPATH="$(dirname "$0")" $PY - "$TMP/out" "$TMP/scores.csv" "$method" <<'PYEOF'
import csv, json, math, sys
from scipy import stats
out, scores, method = sys.argv[1:4]
d = json.load(open(out))
rows = list(csv.DictReader(open(scores)))
names = [r["measure"] for r in d["matrix"]]

from ties import grouped

def top_set(xs, n):
    srt = sorted(xs, reverse=True)
    g = grouped(xs)
    # the first score of the group holding place n: everyone at or above it is in
    cut = grouped(srt)[n - 1] if n <= len(srt) else min(g)
    return {i for i in range(len(xs)) if g[i] >= cut}

for r in d["matrix"]:
    for b in names:
        a = r["measure"]
        pairs = [(float(x[a]), float(x[b])) for x in rows if x[a] != "" and x[b] != ""]
        xa, xb = grouped([p[0] for p in pairs]), grouped([p[1] for p in pairs])
        if method == "spearman":
            want = stats.spearmanr(xa, xb).correlation
        elif method == "kendall":
            want = stats.kendalltau(xa, xb).correlation
        else:
            n = int(method[4:])
            ta, tb = top_set(xa, n), top_set(xb, n)
            want = len(ta & tb) / max(len(ta), len(tb))
        got = r[b]
        if want is None or (isinstance(want, float) and math.isnan(want)):
            assert got is None, (a, b, got, want)
        else:
            assert got is not None and abs(got - want) <= 1e-9, (a, b, got, want)
PYEOF
}

for method in spearman kendall top:5 top:1; do
	compare degree,betweenness,closeness,pagerank,eigenvector,constraint,harmonic "$method"
done
for method in spearman kendall top:3; do
	compare degree,betweenness,pagerank,eigenvector,effective_size "$method" "$FIXTURES/karate.json"
	compare degree,strength,betweenness,pagerank "$method" --weight weight "$FIXTURES/lesmis.json"
	compare indegree,outdegree,betweenness,hub,authority "$method" "$FIXTURES/directed.json"
	compare degree,constraint,betweenness "$method" "$FIXTURES/disconnected.json"
done
compare degree,betweenness,pagerank kendall --kind institute,agency

# diff: the agreement of A's and B's rankings over the nodes in both, against scipy
M2025=$SRC/graphs/manufacturing-usa-2025.json
for by in betweenness degree pagerank; do
	run rank --by $by --format csv "$MODEL"
	cp "$TMP/out" "$TMP/a.csv"
	run rank --by $by --format csv "$M2025"
	cp "$TMP/out" "$TMP/b.csv"
	run diff --by $by --format csv "$MODEL" "$M2025"
	check "diff --by $by: Spearman and Kendall of the two rankings over the nodes in both, as scipy" \
		env PYTHONPATH="$(dirname "$0")" $PY - "$TMP/out" "$TMP/a.csv" "$TMP/b.csv" <<'PYEOF'
import csv, sys
from scipy import stats
out, a, b = sys.argv[1:4]
rows = {r["id"]: float(r["after"]) for r in csv.DictReader(open(out)) if r["section"] == "agreement"}
used = {r["before"] for r in csv.DictReader(open(out)) if r["section"] == "agreement"}
sa = {r["id"]: float(r["score"]) for r in csv.DictReader(open(a))}
sb = {r["id"]: float(r["score"]) for r in csv.DictReader(open(b))}
both = sorted(set(sa) & set(sb))
assert used == {str(len(both))}, (used, len(both))
from ties import grouped
xa, xb = grouped([sa[v] for v in both]), grouped([sb[v] for v in both])
assert abs(rows["spearman"] - stats.spearmanr(xa, xb).correlation) <= 1e-9, rows
assert abs(rows["kendall"] - stats.kendalltau(xa, xb).correlation) <= 1e-9, rows
PYEOF
done

run agreement --by degree,betweenness
cp "$TMP/out" "$TMP/a"
run agreement --by degree,betweenness
check "same input, same bytes" cmp -s "$TMP/a" "$TMP/out"
check_golden "the table" agreement-2016.txt
run agreement --by all --format csv
check "--by all: a square matrix of every measure that applies" $PY -c "
import csv
rows = list(csv.reader(open('$TMP/out')))
assert rows[0][0] == 'measure' and len(rows) == len(rows[0]) and len(rows) > 10, rows[0]
assert all(float(r[i + 1]) == 1 for i, r in enumerate(rows[1:]) if r[i + 1] != ''), rows
"
run agreement --by degree
check_error "one measure" 2 "innonet: agreement: --by needs two or more measures, not 'degree'"
run agreement
check_error "no --by" 2 "innonet: agreement: --by needs two or more measures (A,B,... or all)"
run agreement --by degree,nosuch
check_error "unknown measure" 2 "innonet: agreement: unknown measure 'nosuch' (see 'innonet rank --help')"
run agreement --by degree,degree
check_error "a measure twice" 2 "innonet: agreement: measure 'degree' is listed twice"
run agreement --by degree,betweenness --method top:0
check_error "top:0" 2 "innonet: agreement: top:N needs a positive whole number, not '0'"
run agreement --by degree,betweenness --method pearson
check_error "unknown method" 2 "innonet: agreement: unknown method 'pearson' (spearman, kendall or top:N)"
run agreement --by degree,indegree
check_status "a directed-only measure on an undirected model" 2
finish
