# t-keyplayer.sh: `innonet keyplayer`: exact answers equal a brute force over every set written in
# Python with NetworkX (keyplayer_ref.py), for K = 1 to 3; greedy answers score what they say.
. "$(dirname "$0")/lib.sh" "$@"

ref() { # WHAT MODEL GOAL K [D]
	what=$1
	shift
	check "$what: the brute force agrees" $PY "$SRC/tests/cli/keyplayer_ref.py" "$TMP/out" "$@"
}

for model in "$MODEL" "$FIXTURES/karate.json" "$FIXTURES/florentine.json" "$FIXTURES/disconnected.json" \
	"$FIXTURES/directed.json"; do
	name=$(basename "$model")
	for k in 1 2 3; do
		run keyplayer -k $k --format json "$model"
		check_status "fragment, k = $k, $name" 0
		check "fragment, k = $k, $name: exact" grep -q '"search": "exact"' "$TMP/out"
		ref "fragment, k = $k, $name" "$model" fragment $k
		run keyplayer -k $k --goal reach --distance 2 --format json "$model"
		ref "reach within 2, k = $k, $name" "$model" reach $k 2
		[ -n "$QUICK" ] && continue
		run keyplayer -k $k --goal reach --format json "$model"
		ref "reach within 1, k = $k, $name" "$model" reach $k 1
	done
	for k in 1 2; do
		run keyplayer -k $k --goal dfragment --format json "$model"
		ref "dfragment, k = $k, $name" "$model" dfragment $k
	done
done
run keyplayer -k 3 --goal dfragment --format json "$FIXTURES/florentine.json"
ref "dfragment, k = 3, florentine" "$FIXTURES/florentine.json" dfragment 3

for k in 1 2 3; do
	run keyplayer -k $k --among agency,office --format json
	ref "fragment, k = $k, among agencies and offices" "$MODEL" fragment $k 1 agency,office
	run keyplayer -k $k --among agency --goal reach --distance 2 --format json
	ref "reach within 2, k = $k, among agencies" "$MODEL" reach $k 2 agency
done
run keyplayer -k 2 --among institute --search greedy --format json
ref "greedy fragment among institutes" "$MODEL" fragment 2 1 institute
run keyplayer -k 2 --among law
check_error "more than the kind holds" 2 "innonet: keyplayer: -k 2 is more than the 1 nodes the set may hold"
run keyplayer -k 2 --among nosuch
check_error "a kind no node has" 2 "innonet: keyplayer: no node of kind 'nosuch' in nnmi-2016.json (built in)"

# greedy with swaps: a set that scores what is printed, and no better than the best
for goal in fragment dfragment reach; do
	run keyplayer -k 3 --goal $goal --search greedy --format json "$FIXTURES/karate.json"
	check "greedy $goal on karate: says so" grep -q '"search": "greedy"' "$TMP/out"
	ref "greedy $goal on karate" "$FIXTURES/karate.json" $goal 3
done
run keyplayer -k 3 --search greedy --format json
check "greedy fragment on the 2016 network reaches the exact best (0.567949...)" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert abs(d['score'] - 0.5679487179487179) < 1e-9, d
"

# what whatif --remove of the set shows: the components left give the same fragmentation
run keyplayer -k 2 --format json
set=$($PY -c "import json; print(','.join(json.load(open('$TMP/out'))['set']))")
score=$($PY -c "import json; print(json.load(open('$TMP/out'))['score'])")
run whatif --remove "$set" --format json
check "whatif --remove $set shows the keyplayer score as its fragmentation after, NetworkX's F too" $PY - "$TMP/out" "$MODEL" "$set" "$score" <<'PYEOF'
import json, sys
import networkx as nx
out, model, s, score = sys.argv[1:5]
rows = json.load(open(out))["rows"]
f_row = [r for r in rows if r["section"] == "summary" and r["id"] == "fragmentation"][0]
assert f_row["before"] == 0 and abs(f_row["after"] - float(score)) < 1e-12, (f_row, score)
assert {r["id"] for r in rows if r["section"] == "removed_node"} == set(s.split(","))
G = nx.node_link_graph(json.load(open(model)))
G.remove_nodes_from(s.split(","))
m = G.number_of_nodes()
f = 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(G)) / (m * (m - 1))
assert abs(f - float(score)) < 1e-9, (f, score)
PYEOF

run keyplayer -k 3
check_golden "the three key players of the 2016 network, as a table" keyplayer-2016-k3.txt
run keyplayer -k 2 --format json
cp "$TMP/out" "$TMP/a"
run keyplayer -k 2 --format json
check "same input, same bytes" cmp -s "$TMP/a" "$TMP/out"

run keyplayer
check_error "no -k" 2 "innonet: keyplayer: -k K is required (the size of the set)"
run keyplayer -k 0
check_error "-k 0" 2 "innonet: keyplayer: -k needs a positive whole number, not '0'"
run keyplayer -k 42
check_error "-k larger than n - 2" 2 "innonet: keyplayer: -k needs a number from 1 to 41 (n - 2, at most 64) on 43 nodes"
printf '{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "links": []}' >"$TMP/two.json"
run keyplayer -k 1 "$TMP/two.json"
check_error "two nodes" 2 "innonet: keyplayer: $TMP/two.json has 2 nodes: a key player set needs 3 or more"
run keyplayer -k 2 --goal spread
check_error "unknown goal" 2 "innonet: keyplayer: unknown goal 'spread' (fragment, dfragment or reach)"
run keyplayer -k 2 --distance 2
check_error "--distance without reach" 2 "innonet: keyplayer: --distance needs --goal reach"
run keyplayer -k 20 --search exact
check_error "an exact search too large" 2 \
	"innonet: keyplayer: an exhaustive search would score 9.61e+11 sets (at most 1e+07): use --search greedy"
run keyplayer -k 2 --format csv
check_error "no CSV" 2 "innonet: keyplayer: unknown format 'csv' (table or json)"
finish

# the exhaustive search's bound: it rules sets out (so it is in use), the sets scored and ruled out
# make up every set, and the answers above (scores, every tie) are still the brute force's
bound() { # WHAT MODEL ARGS...
	what=$1 model=$2
	shift 2
	run keyplayer "$@" --format json "$model"
	check "$what: sets scored and ruled out are all C(n, k) sets, some ruled out" $PY -c "
import json, math
d = json.load(open('$TMP/out'))
assert d['search'] == 'exact' and d['sets_ruled_out'] > 0, d
assert d['sets_scored'] + d['sets_ruled_out'] == math.comb(d['candidates'], d['k']), d
"
}
bound "fragment, k = 3, disconnected.json" "$FIXTURES/disconnected.json" -k 3
bound "reach within 2, k = 3, the 2016 network" "$MODEL" -k 3 --goal reach --distance 2
bound "reach within 1, k = 2, karate" "$FIXTURES/karate.json" -k 2 --goal reach
