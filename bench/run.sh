#!/bin/sh
# run.sh: innonet against its peers (python-igraph, NetworkX, graph-tool) on the same inputs and
# the same measures, in one run, for every target of issue 6; prints wall time, peak memory and
# the ratios as a Markdown table (docs/performance.md records one run).
#
# usage: sh bench/run.sh [--quick]     (from the source tree, after building into build/)
#   --quick: networks ten times smaller, for checking the script itself (ratios not meaningful)
# environment: INNONET (the binary, default build/innonet), BENCH_DIR (scratch, default
# /tmp/innonet-bench; the generated networks are kept there and reused).
# needs: sh scripts/setup-deps.sh --bench (python3-igraph, -networkx, -graph-tool, time).
# Last, bench/kernels.sh compares the search kernels (its own table).
#
# gen_graph.py, peers.py and peer_json_igraph.py are copies of the project's peer baselines
# (they came from the shared bench directory the issue names); peer_rank_all_igraph.py and
# peer_communities.py are ours.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh" # SRC BIN DIR PY; net, median, timed, wall, peak, cpu, ratio, holds, row
QUICK=${1:-}

if [ "$QUICK" = "--quick" ]; then
	MID=2000 BIG=20000 REPS=5 PEER_REPS=2
else
	MID=20000 BIG=200000 REPS=50 PEER_REPS=10
fi

echo "## innonet benchmark, $(date -u +%Y-%m-%d)" 
echo
echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1);" \
	"igraph C $(pkg-config --modversion igraph), python-igraph $($PY -c 'import igraph; print(igraph.__version__)')," \
	"NetworkX $($PY -c 'import networkx; print(networkx.__version__)')," \
	"graph-tool $($PY -c 'import graph_tool; print(graph_tool.__version__.split()[0])' 2>/dev/null || echo absent)," \
	"$("$BIN" --version)"
echo
row target measured ratio "target ratio" holds
row --- --- --- --- ---

# 1. the embedded model (no MODEL argument: the one compiled in), rank --by all, REPS runs; the
# peer as a process, PEER_REPS runs (what a user waits for), and once timed inside the script
# (the work alone, interpreter start left out). Both are means over their runs.
mean_runs() { # mean_runs N CMD...: mean wall seconds of N runs of CMD (output discarded)
	n=$1
	shift
	s=$(date +%s.%N)
	i=0
	while [ $i -lt "$n" ]; do "$@" >/dev/null 2>&1; i=$((i + 1)); done
	e=$(date +%s.%N)
	awk -v s="$s" -v e="$e" -v n="$n" 'BEGIN { printf "%.6f", (e - s) / n }'
}
model=$SRC/graphs/nnmi-2016.json
inn=$(mean_runs "$REPS" "$BIN" rank --by all --format csv)
peer=$(mean_runs "$PEER_REPS" $PY "$HERE/peer_rank_all_igraph.py" "$model")
peer_in=$($PY "$HERE/peer_rank_all_igraph.py" "$model" "$REPS" 2>&1 | awk '{ print $2 }')
row "embedded model, rank --by all: a run" "${inn} s" - "< 0.010 s" "$(awk -v t="$inn" 'BEGIN { print (t < 0.010 ? "yes" : "no") }')"
r=$(ratio "$inn" "$peer")
row "  vs the python-igraph script as a process ($peer s)" "${inn} s" "$r" "<= 0.02" "$(holds "$r" 0.02)"
r=$(ratio "$inn" "$peer_in")
row "  vs python-igraph, the work alone ($peer_in s)" "${inn} s" "$r" "(not a target)" "-"

# 2. exact betweenness on MID nodes / 5*MID links, -j 2, against python-igraph and graph-tool (2 threads)
net "$MID"
timed between_inn "$BIN" rank --by betweenness -j 2 --quiet --format csv --links "$DIR/ba$MID.csv"
timed between_ig $PY "$HERE/peers.py" igraph "$DIR/ba$MID.txt" betweenness
r=$(ratio "$(wall between_inn)" "$(wall between_ig)")
row "$MID nodes, exact betweenness -j 2 vs python-igraph ($(wall between_ig) s)" "$(wall between_inn) s" "$r" "<= 0.55" \
	"$(holds "$r" 0.55)"
if $PY -c 'import graph_tool' 2>/dev/null; then
	timed between_gt env OMP_NUM_THREADS=2 $PY "$HERE/peers.py" graph-tool "$DIR/ba$MID.txt" betweenness
	r=$(ratio "$(wall between_inn)" "$(wall between_gt)")
	row "  vs graph-tool, 2 threads ($(wall between_gt) s)" "$(wall between_inn) s" "$r" "< 1" \
		"$(awk -v r="$r" 'BEGIN { print (r < 1 ? "yes" : "no") }')"
fi
timed between_inn1 "$BIN" rank --by betweenness -j 1 --quiet --format csv --links "$DIR/ba$MID.csv"
row "  (innonet -j 1: $(wall between_inn1) s; -j 2 speed-up)" "$(wall between_inn) s" \
	"$(ratio "$(wall between_inn1)" "$(wall between_inn)")" "-" "-"

# 3. BIG nodes / 5*BIG links: load plus degree, PageRank, components, articulation points and
# coreness, the work of peer_json_igraph.py: innonet's component (the size of each node's
# component) and cuts_off (positive exactly at the articulation points) are those two, per node.
# From node-link JSON and from CSV; the peer for CSV is python-igraph reading the edge list.
BIGWORK=degree,pagerank,component,cuts_off,coreness
# wall_and_peak WHAT INN PEER WALL_TARGET PEAK_TARGET: two rows, the wall time and then the peak
# memory of the timed run INN against those of PEER, each ratio held to its target
wall_and_peak() {
	r=$(ratio "$(wall "$2")" "$(wall "$3")")
	row "$1 ($(wall "$3") s)" "$(wall "$2") s" "$r" "<= $4" "$(holds "$r" "$4")"
	r=$(ratio "$(peak "$2")" "$(peak "$3")")
	row "  peak memory ($(peak "$3") KB)" "$(peak "$2") KB" "$r" "<= $5" "$(holds "$r" "$5")"
}
net "$BIG"
timed big_inn_json "$BIN" rank --by $BIGWORK --format csv -o /dev/null "$DIR/ba$BIG.json"
timed big_peer_json $PY "$HERE/peer_json_igraph.py" "$DIR/ba$BIG.json"
wall_and_peak "$BIG nodes JSON: wall vs peer_json_igraph.py" big_inn_json big_peer_json 0.5 0.9
timed big_inn_csv "$BIN" rank --by $BIGWORK --format csv -o /dev/null --links "$DIR/ba$BIG.csv"
timed big_peer_csv $PY "$HERE/peers.py" igraph "$DIR/ba$BIG.txt" degree,pagerank,components,articulation,coreness
wall_and_peak "$BIG nodes CSV: wall vs python-igraph edge list" big_inn_csv big_peer_csv 0.8 0.8

# 4. sampled betweenness, 2% of the sources, on BIG nodes, with linear scaling (the estimator
# that meets the overlap target below; standard scaling costs the same per source). Exact
# betweenness there takes hours, so its time is extrapolated: t(k) = a + b k from runs with k/2
# and k sources, exact = t(n).
k=$((BIG / 50))
timed samp1 "$BIN" rank --samples "$k" --scaling linear -j 2 --quiet --format csv -o /dev/null --links "$DIR/ba$BIG.csv"
timed samp2 "$BIN" rank --samples $((k / 2)) --scaling linear -j 2 --quiet --format csv -o /dev/null --links "$DIR/ba$BIG.csv"
exact=$(awk -v t1="$(wall samp1)" -v t2="$(wall samp2)" -v k="$k" -v n="$BIG" \
	'BEGIN { b = (t1 - t2) / (k / 2); if (b <= 0) b = t1 / k; a = t1 - b * k; if (a < 0) a = 0; printf "%.1f", a + b * n }')
r=$(ratio "$(wall samp1)" "$exact")
row "$BIG nodes, --samples $k (2%) vs exact (extrapolated $exact s)" "$(wall samp1) s" "$r" "<= 0.05" \
	"$(holds "$r" 0.05)"
# top-100 overlap on MID nodes: 2% sampled against the exact ranking of step 2, seed 1, with
# each scaling; the target is met by the linear one
for scaling in linear standard; do
	timed samp_mid "$BIN" rank --samples $((MID / 50)) --seed 1 --scaling $scaling -j 2 --quiet --format csv --links "$DIR/ba$MID.csv"
	overlap=$(for f in between_inn samp_mid; do sed -n '2,101p' "$DIR/$f.out" | cut -d, -f2 | sort; done | sort | uniq -d | wc -l)
	row "$MID nodes, top 100 of --samples $((MID / 50)) (2%) --scaling $scaling in the exact top 100" "$overlap" \
		"$(ratio "$overlap" 100)" "$([ $scaling = linear ] && echo ">= 0.90" || echo "(standard: not the target)")" \
		"$(awk -v r="$overlap" 'BEGIN { print (r >= 90 ? "yes" : "no") }')"
done

# NetworkX, where it finishes in reasonable time: betweenness on a network 10 times smaller
small=$((MID / 10))
net "$small"
timed nx_small $PY "$HERE/peers.py" networkx "$DIR/ba$small.txt" betweenness
timed inn_small "$BIN" rank --by betweenness -j 2 --quiet --format csv --links "$DIR/ba$small.csv"
row "$small nodes, exact betweenness -j 2 vs NetworkX ($(wall nx_small) s)" "$(wall inn_small) s" \
	"$(ratio "$(wall inn_small)" "$(wall nx_small)")" "(no target)" "-"

# 5. communities on MID nodes (issue 16): innonet's Leiden (its default: one run from 10,000
# nodes) against python-igraph's community_leiden and NetworkX's louvain_communities, each as a
# process reading the same edge list; the modularity each reaches beside the time
timed comm_inn "$BIN" communities --format json --links "$DIR/ba$MID.csv"
timed comm_ig $PY "$HERE/peer_communities.py" leiden "$DIR/ba$MID.txt"
timed comm_nx $PY "$HERE/peer_communities.py" louvain "$DIR/ba$MID.txt"
q_inn=$(sed -n 's/^  "modularity": \(.*\),$/\1/p' "$DIR/comm_inn.out")
r=$(ratio "$(wall comm_inn)" "$(wall comm_ig)")
row "$MID nodes, communities (Leiden, Q $(printf %.4f "$q_inn")) vs python-igraph Leiden (Q $(printf %.4f "$(cat "$DIR/comm_ig.out")"), $(wall comm_ig) s)" \
	"$(wall comm_inn) s" "$r" "<= 1" "$(holds "$r" 1)"
r=$(ratio "$(wall comm_inn)" "$(wall comm_nx)")
row "  vs NetworkX Louvain (Q $(printf %.4f "$(cat "$DIR/comm_nx.out")"), $(wall comm_nx) s)" "$(wall comm_inn) s" "$r" \
	"far below 1" "$(holds "$r" 0.1)"
# keyplayer -k 3 there: too many sets for the exhaustive search, so the greedy search with swaps
timed kp_inn "$BIN" keyplayer -k 3 --format json --links "$DIR/ba$MID.csv"
row "$MID nodes, keyplayer -k 3 ($(sed -n 's/^  "search": "\(.*\)",$/\1/p' "$DIR/kp_inn.out"), fragment)" \
	"$(wall kp_inn) s" - "(reported)" "-"
timed kp_reach "$BIN" keyplayer -k 3 --goal reach --format json --links "$DIR/ba$MID.csv"
row "$MID nodes, keyplayer -k 3 --goal reach ($(sed -n 's/^  "search": "\(.*\)",$/\1/p' "$DIR/kp_reach.out"))" \
	"$(wall kp_reach) s" - "(reported)" "-"
# the search kernels of betweenness, closeness and harmonic (issue 23): a table of their own
echo
INNONET=$BIN BENCH_DIR=$DIR sh "$HERE/kernels.sh" $QUICK

# 6. drawings (issue 19): innonet export against Graphviz's own sfdp -Tsvg on the DOT innonet
# writes for the same network (tooltips included), in one run. Packed drawings: 20,000 isolated
# nodes, and the 5,000-node network with 999 small components beside it (1,000 components),
# which should cost about what the 5,000-node network alone costs.
echo
echo "### Drawings (issue 19)"
echo
row target measured ratio "target ratio" holds
row --- --- --- --- ---
if [ "$QUICK" = "--quick" ]; then DN=500 NISO=2000; else DN=5000 NISO=20000; fi
[ -f "$DIR/draw$DN.json" ] || $PY "$HERE/gen_graph.py" "$DN" 2 "$DIR/draw$DN" >/dev/null
$PY -c "
import json
json.dump({'directed': False, 'graph': {'name': '$NISO isolated nodes'}, 'nodes': [{'id': 'n%d' % i, 'kind': 'institute'}
          for i in range($NISO)], 'links': []}, open('$DIR/iso$NISO.json', 'w'))"
$PY - "$DIR/draw$DN.json" "$DIR/comp$DN.json" <<'PYEOF'
import json, random, sys
d = json.load(open(sys.argv[1])); r = random.Random(1)
kinds = ["institute", "lead_organization", "agency", "national_lab", "member_type"]
for c in range(999):  # paths and trees of 2 to 5 nodes beside the large network
    ids = ["c%d_%d" % (c, i) for i in range(r.randint(2, 5))]
    d["nodes"] += [{"id": x, "kind": kinds[(c + i) % 5]} for i, x in enumerate(ids)]
    d["links"] += [{"source": ids[r.randrange(i)], "target": ids[i]} for i in range(1, len(ids))]
json.dump(d, open(sys.argv[2], "w"))
PYEOF
timed draw_iso "$BIN" export -q -o "$DIR/iso.svg" "$DIR/iso$NISO.json"
row "$NISO isolated nodes, export -o x.svg (processor: $(cpu draw_iso) s)" "$(wall draw_iso) s" - "< 5 s" \
	"$(awk -v t="$(wall draw_iso)" 'BEGIN { print (t < 5 ? "yes" : "no") }')"
# five runs of each, alternated, and the medians: one run of a second and a half moves by a tenth
"$BIN" export -q -f dot -o "$DIR/big.dot" "$DIR/draw$DN.json"
for i in 1 2 3 4 5; do
	timed "draw_big$i" "$BIN" export -q -o "$DIR/big.svg" "$DIR/draw$DN.json"
	timed "draw_sfdp$i" sfdp -Tsvg -o "$DIR/sfdp.svg" "$DIR/big.dot"
	timed "draw_comp$i" "$BIN" export -q -o "$DIR/comp.svg" "$DIR/comp$DN.json"
done
cp "$DIR/draw_big3.t" "$DIR/draw_big.t"
cp "$DIR/draw_sfdp3.t" "$DIR/draw_sfdp.t"
big_wall=$(for i in 1 2 3 4 5; do wall "draw_big$i"; done | median)
sfdp_wall=$(for i in 1 2 3 4 5; do wall "draw_sfdp$i"; done | median)
r=$(ratio "$big_wall" "$sfdp_wall")
row "$DN nodes / $(grep -c . "$DIR/draw$DN.txt") links, export -o x.svg vs sfdp -Tsvg on its DOT (median of 5 alternated runs: $sfdp_wall s)" \
	"$big_wall s" "$r" "<= 1.2" "$(holds "$r" 1.2)"
big_cpu=$(for i in 1 2 3 4 5; do cpu "draw_big$i"; echo; done | median)
sfdp_cpu=$(for i in 1 2 3 4 5; do cpu "draw_sfdp$i"; echo; done | median)
row "  processor time, export vs sfdp (medians; $sfdp_cpu s)" "$big_cpu s" \
	"$(ratio "$big_cpu" "$sfdp_cpu")" "(not a target: the measures run beside the layout)" "-"
timed draw_sfdp_prism sfdp -Goverlap=prism -Gsep=+8 -Gstart=20160201 -Gsplines=false -Tsvg -o "$DIR/sfdp-prism.svg" "$DIR/big.dot"
row "  sfdp -Tsvg with innonet's settings (overlap=prism sep=+8 start splines=false)" "$(wall draw_sfdp_prism) s" \
	"$(ratio "$(wall draw_big)" "$(wall draw_sfdp_prism)")" "(not a target)" "-"
timed draw_noranks "$BIN" export -q --ranks none -o "$DIR/big-noranks.svg" "$DIR/draw$DN.json"
row "  the same with --ranks none (no measures in the tooltips; processor $(cpu draw_noranks) s)" "$(wall draw_noranks) s" \
	"$(ratio "$(wall draw_noranks)" "$(wall draw_sfdp)")" "(not a target)" "-"
comp_wall=$(for i in 1 2 3 4 5; do wall "draw_comp$i"; done | median)
comp_cpu=$(for i in 1 2 3 4 5; do cpu "draw_comp$i"; echo; done | median)
r=$(ratio "$comp_wall" "$big_wall")
row "1,000 components (the $DN-node network and 999 small ones, $(grep -o '"id"' "$DIR/comp$DN.json" | wc -l) nodes in all) vs the $DN-node network alone (medians of the same 5 alternated runs)" \
	"$comp_wall s" "$r" "about 1" "$(holds "$r" 1.3)"
row "  processor time ($big_cpu s alone)" "$comp_cpu s" "$(ratio "$comp_cpu" "$big_cpu")" "about 1" "-"
# quality of the large drawing, innonet's (sfdp, prism overlap removal) and sfdp's own
for f in big sfdp sfdp-prism; do
	$PY "$HERE/svg_boxes.py" "$DIR/$f.svg" >"$DIR/$f.boxes.json"
	row "  quality of the $DN-node drawing, $f: $($PY "$HERE/drawing_quality.py" "$DIR/$f.boxes.json")" - - - -
done
# other layouts for large networks (issue 19): sfdp as innonet runs it against igraph's DrL and
# Fruchterman-Reingold (grid), processor time and quality, on networks of DN/5 and DN nodes
echo
echo "### Layouts of large networks: sfdp, DrL, Fruchterman-Reingold (issue 19)"
echo
$PY "$HERE/layout_compare.py" "$BIN" "$DIR" $((DN / 5)) "$DN"
