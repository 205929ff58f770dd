#!/bin/sh
# before-after.sh: the same commands by two builds of innonet, alternated in one run, so that a
# change that should not change speed (a restructuring) is shown not to. Prints, per command, the
# median processor time (user + system, worker processes included: on a loaded machine wall time
# follows the other load) of each build over REPS runs, their ratio, and whether both builds
# wrote the same bytes.
#
# usage: sh bench/before-after.sh REV_BEFORE REV_AFTER [REPS]     (from the source tree)
#   each REV is built from its files (git archive) under $BENCH_DIR (default /tmp/innonet-bench)
# needs: git, cmake, the build dependencies, /usr/bin/time, python3-networkx (gen_graph.py)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh" # SRC DIR PY; net, median
[ $# -ge 2 ] || { echo "usage: sh bench/before-after.sh REV_BEFORE REV_AFTER [REPS]" >&2; exit 2; }
REPS=${3:-5}

build() { # REV -> prints the binary's path
	rev=$(git -C "$SRC" rev-parse --short "$1")
	wt="$DIR/build-$rev"
	if [ ! -x "$wt/build/innonet" ]; then
		rm -rf "$wt"
		# the files of REV, not a worktree: nothing is left registered in the repository
		mkdir -p "$wt" && git -C "$SRC" archive "$rev" | tar -x -C "$wt"
		cmake -S "$wt" -B "$wt/build" >/dev/null && cmake --build "$wt/build" -j2 --target innonet >/dev/null
	fi
	echo "$wt/build/innonet"
}
A=$(build "$1")
B=$(build "$2")
# the inputs: a Barabasi-Albert network (gen_graph.py) of 2,000 nodes and one of 20,000, as CSV
net 2000
net 20000

# cpu_run BIN OUT CMD...: processor seconds of one run, its output into OUT (lib.sh's cpu reads a timed file)
cpu_run() {
	bin=$1 out=$2
	shift 2
	/usr/bin/time -f "%U %S" -o "$DIR/ba.t" "$bin" "$@" >"$out" 2>/dev/null || { echo "bench: $bin $* failed" >&2; exit 1; }
	awk '{ printf "%.3f\n", $1 + $2 }' "$DIR/ba.t"
}

echo "## before and after, $(date -u +%Y-%m-%d): $(git -C "$SRC" rev-parse --short "$1") against $(git -C "$SRC" rev-parse --short "$2")"
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $REPS runs each, alternated"
echo
echo "| command | before (s) | after (s) | after / before | same bytes |"
echo "|---|---|---|---|---|"
while IFS='|' read -r what args; do
	: >"$DIR/ba.a"
	: >"$DIR/ba.b"
	i=0
	while [ $i -lt "$REPS" ]; do
		# shellcheck disable=SC2086
		cpu_run "$A" "$DIR/ba.out-a" $args >>"$DIR/ba.a"
		# shellcheck disable=SC2086
		cpu_run "$B" "$DIR/ba.out-b" $args >>"$DIR/ba.b"
		i=$((i + 1))
	done
	ta=$(median <"$DIR/ba.a")
	tb=$(median <"$DIR/ba.b")
	same=no
	cmp -s "$DIR/ba.out-a" "$DIR/ba.out-b" && same=yes
	printf '| %s | %s | %s | %s | %s |\n' "$what" "$ta" "$tb" "$(awk -v a="$ta" -v b="$tb" 'BEGIN { if (a > 0) printf "%.3g", b / a; else print "-" }')" "$same"
done <<EOF
load and rank by degree, 20,000 nodes|rank --by degree --format csv --links $DIR/ba20000.csv
rank by betweenness, 20,000 nodes, -j 1|rank --by betweenness -j 1 --format csv --links $DIR/ba20000.csv
rank by pagerank, 20,000 nodes|rank --by pagerank --format csv --links $DIR/ba20000.csv
rank by every measure, 2,000 nodes, -j 1|rank --by all -j 1 --format csv --links $DIR/ba2000.csv
every shortest path between two nodes, 2,000 nodes|path 0 1999 --links $DIR/ba2000.csv
export to DOT, 2,000 nodes|export --format dot --links $DIR/ba2000.csv
export to GraphML, 2,000 nodes|export --format graphml --links $DIR/ba2000.csv
EOF
