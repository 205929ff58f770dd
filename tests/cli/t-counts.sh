# t-counts.sh: -n (--top) means the same in every command that lists: the first N, with those
# tied at the N-th, and 0 for all, which is also what no -n gives. The counts are NetworkX's.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

# NetworkX on the shipped model: its node count, and how many shortest paths join DoD and companies
set -- $($PY - "$MODEL" <<'PYEOF'
import json, sys
import networkx as nx
d = json.load(open(sys.argv[1]))
G = nx.DiGraph() if d.get("directed") else nx.Graph()
G.add_nodes_from(n["id"] for n in d["nodes"])
G.add_edges_from((l["source"], l["target"]) for l in d["links"])
print(G.number_of_nodes(), len(list(nx.all_shortest_paths(G, "DoD", "companies"))))
PYEOF
)
nodes=$1 paths=$2

run rank --format csv "$MODEL"
cp "$TMP/out" "$TMP/all.csv"
run rank -n 0 --format csv "$MODEL"
check_status "rank -n 0" 0
check "rank -n 0: every node ($nodes, NetworkX), as without -n" \
	sh -c "[ \$(sed 1d '$TMP/out' | wc -l) -eq $nodes ] && cmp -s '$TMP/out' '$TMP/all.csv'"
run rank --by all --format csv "$MODEL"
cp "$TMP/out" "$TMP/byall.csv"
run rank --by all -n 0 --format csv "$MODEL"
check "rank --by all -n 0: all, as without -n" cmp -s "$TMP/out" "$TMP/byall.csv"
run rank --by all -n 3 "$MODEL"
check_error "rank --by all -n 3" 2 "innonet: rank: --top needs a single measure, not --by all"

run path --format csv DoD companies "$MODEL"
cp "$TMP/out" "$TMP/paths.csv"
run path -n 0 --format csv DoD companies "$MODEL"
check_status "path -n 0" 0
check "path -n 0: all $paths shortest paths (NetworkX), as without -n" \
	sh -c "[ \$(sed 1d '$TMP/out' | cut -d, -f1 | sort -u | wc -l) -eq $paths ] && cmp -s '$TMP/out' '$TMP/paths.csv'"
run path --max 0 --format csv DoD companies "$MODEL"
check "path --max 0: the same" cmp -s "$TMP/out" "$TMP/paths.csv"

run diff -n 1000000 --format csv "$MODEL" "$M2025"
cp "$TMP/out" "$TMP/diff.csv"
run diff -n 0 --format csv "$MODEL" "$M2025"
check_status "diff -n 0" 0
check "diff -n 0: every mover, as -n larger than the model" cmp -s "$TMP/out" "$TMP/diff.csv"
run diff -n 2 --format csv "$MODEL" "$M2025"
check "diff -n 2: fewer movers" [ "$(grep -c '^rank_change,' "$TMP/out")" -lt "$(grep -c '^rank_change,' "$TMP/diff.csv")" ]

run whatif --remove DoD -n 1000000 --format csv "$MODEL"
cp "$TMP/out" "$TMP/whatif.csv"
run whatif --remove DoD -n 0 --format csv "$MODEL"
check_status "whatif -n 0" 0
check "whatif -n 0: every mover, as -n larger than the model" cmp -s "$TMP/out" "$TMP/whatif.csv"

for c in rank path diff whatif; do
	run "$c" --help
	check "$c --help: -n 0 is all" grep -q -- '-n, --top N .*0: all' "$TMP/out"
done
finish
