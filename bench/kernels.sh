#!/bin/sh
# kernels.sh: the search kernels of unweighted betweenness, closeness and harmonic centrality
# (issue 23), in one run: -j 1 with the kernel the dispatcher picks and with the portable one,
# each against the one-source kernel of before (INNONET_KERNEL=single); -j 2 against
# python-igraph and graph-tool; peak memory. Prints a Markdown table; docs/performance.md
# records one run. bench/run.sh runs it last; it also runs alone.
#
# usage: sh bench/kernels.sh [--quick]   (from the source tree, after building into build/)
#   --quick: a network ten times smaller and one repetition, for checking the script itself
# environment: INNONET (the binary, default build/innonet), BENCH_DIR (scratch, default
# /tmp/innonet-bench, networks shared with run.sh), REPS (alternated repetitions, default 3).
#
# The machine may be shared: each -j 1 comparison alternates the kernels REPS times and takes
# the median of each, wall time and user CPU time; the ratios are of the medians. User time is
# the one to read on a loaded machine (it leaves out the time spent waiting for a core).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh" # SRC BIN DIR PY; net, median, timed, wall, ratio, holds, row

if [ "${1:-}" = "--quick" ]; then N=2000 REPS=${REPS:-1}; else N=20000 REPS=${REPS:-3}; fi

net "$N"

# alternate NAME KERNEL... : REPS rounds of rank -j 1 with each kernel in turn; the medians of
# each kernel's wall and user times in $DIR/NAME.KERNEL.med ("wall user peak_kb")
alternate() {
	alt=$1
	shift
	for k in "$@"; do : >"$DIR/$alt.$k.all"; done
	i=0
	while [ $i -lt "$REPS" ]; do
		for k in "$@"; do
			timed "$alt.$k" env INNONET_KERNEL="$k" "$BIN" rank --by "$measure" -j 1 --quiet --format csv \
				-o "$DIR/$alt.$k.csv" --links "$DIR/ba$N.csv"
			cat "$DIR/$alt.$k.t" >>"$DIR/$alt.$k.all"
		done
		i=$((i + 1))
	done
	for k in "$@"; do
		w=$(cut -d' ' -f1 "$DIR/$alt.$k.all" | median)
		m=$(cut -d' ' -f2 "$DIR/$alt.$k.all" | median)
		u=$(cut -d' ' -f3 "$DIR/$alt.$k.all" | median)
		echo "$w $u $m" >"$DIR/$alt.$k.med"
	done
}
med() { cut -d' ' -f"$2" "$DIR/$1.med"; }

flags=$(grep -o -w 'avx512f\|avx512bw\|avx512vl\|avx2\|sse2' /proc/cpuinfo | sort -u | tr '\n' ' ' | sed 's/ $//')
auto=$("$BIN" --version | sed -n 's/^search kernel: \([a-z0-9]*\).*/\1/p')
# the multi-source kernels this CPU runs (a kernel it lacks is refused)
kernels=baseline
for k in avx2 avx512; do
	INNONET_KERNEL=$k "$BIN" rank --by harmonic --quiet --format csv "$SRC/tests/fixtures/karate.json" >/dev/null 2>&1 &&
		kernels="$kernels $k"
done
echo "## innonet search kernels, $(date -u +%Y-%m-%d)"
echo
echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), CPU features: ${flags}; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "$("$BIN" --version | tail -1); kernels measured: $kernels. Network: Barabasi-Albert, $N nodes, $(($(wc -l <"$DIR/ba$N.txt"))) links; -j 1 times are medians of $REPS alternated runs (wall / user CPU seconds)."
echo
row measurement "innonet" "ratio (user; wall)" target holds
row --- --- --- --- ---

for measure in betweenness closeness harmonic; do
	# shellcheck disable=SC2086 # a list of kernel names
	alternate "k_$measure" single $kernels
	s_w=$(med "k_$measure.single" 1) s_u=$(med "k_$measure.single" 2)
	for k in $kernels; do
		if [ "$measure" = betweenness ] && [ "$k" != baseline ]; then target=0.18; else target=0.3; fi
		r=$(ratio "$(med "k_$measure.$k" 2)" "$s_u")
		row "$measure -j 1, kernel $k vs one source at a time (single: $s_u s user, $s_w s wall)" \
			"$(med "k_$measure.$k" 2) s user, $(med "k_$measure.$k" 1) s wall" \
			"$r; $(ratio "$(med "k_$measure.$k" 1)" "$s_w")" "<= $target" "$(holds "$r" $target)"
		if ! cmp -s "$DIR/k_$measure.$k.csv" "$DIR/k_$measure.single.csv"; then
			same="values equal to 1e-9 (not the same bytes)"
			$PY - "$DIR/k_$measure.$k.csv" "$DIR/k_$measure.single.csv" <<'EOF' || same="VALUES DIFFER"
import csv, sys
a, b = ({r["id"]: float(r["score"]) for r in csv.DictReader(open(p))} for p in sys.argv[1:3])
sys.exit(0 if all(abs(a[k] - b[k]) <= 1e-9 * max(1.0, abs(b[k])) for k in b) else 1)
EOF
		else
			same="the same bytes"
		fi
		row "  output of $k against single" "$same" - - -
	done
	mem="$(med "k_$measure.single" 3)"
	for k in $kernels; do mem="$mem / $(med "k_$measure.$k" 3)"; done
	row "  peak memory, single / $(echo $kernels | sed 's| | / |g')" "$mem KB" - - -

	timed "k2_$measure" "$BIN" rank --by "$measure" -j 2 --quiet --format csv --links "$DIR/ba$N.csv"
	timed "k2_ig_$measure" $PY "$HERE/peers.py" igraph "$DIR/ba$N.txt" "$measure"
	target=-
	[ "$measure" = betweenness ] && target=0.1
	r=$(ratio "$(wall "k2_$measure")" "$(wall "k2_ig_$measure")")
	row "$measure -j 2 vs python-igraph ($(wall "k2_ig_$measure") s wall)" "$(wall "k2_$measure") s wall" "$r" \
		"$([ "$target" = - ] && echo "(no target)" || echo "<= $target")" \
		"$([ "$target" = - ] && echo - || holds "$r" "$target")"
	if $PY -c 'import graph_tool' 2>/dev/null; then
		timed "k2_gt_$measure" env OMP_NUM_THREADS=2 $PY "$HERE/peers.py" graph-tool "$DIR/ba$N.txt" "$measure"
		row "$measure -j 2 vs graph-tool, 2 threads ($(wall "k2_gt_$measure") s wall)" \
			"$(wall "k2_$measure") s wall" "$(ratio "$(wall "k2_$measure")" "$(wall "k2_gt_$measure")")" "(no target)" -
	else
		row "$measure -j 2 vs graph-tool" "graph-tool is not installed (python3-graph-tool is not in Debian 12)" - - -
	fi
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
