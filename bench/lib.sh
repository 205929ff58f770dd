# lib.sh: what the benchmark scripts share (run.sh, kernels.sh, ab.sh, before-after.sh), sourced
# after they set HERE (bench/). It sets SRC (the source tree), BIN (the binary: INNONET, default
# build/innonet), DIR (scratch: BENCH_DIR, default /tmp/innonet-bench, made here) and PY (the
# Python with Debian's networkx and igraph), and runs everything in the C locale.
SRC=$(dirname "$HERE")
BIN=${INNONET:-$SRC/build/innonet}
DIR=${BENCH_DIR:-/tmp/innonet-bench}
PY=/usr/bin/python3
mkdir -p "$DIR"
export LC_ALL=C

# net N: the Barabasi-Albert network of N nodes, 5 links each (gen_graph.py), as edge list,
# node-link JSON and CSV with a header, made once and kept in DIR
net() {
	if [ ! -f "$DIR/ba$1.csv" ]; then
		$PY "$HERE/gen_graph.py" "$1" 5 "$DIR/ba$1" >/dev/null
		{ echo "source,target"; sed 's/ /,/' "$DIR/ba$1.txt"; } >"$DIR/ba$1.csv"
	fi
}

# median: the median of the numbers on standard input, one a line
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed NAME CMD...: run CMD, record "wall_seconds peak_kb user_seconds system_seconds" in $DIR/NAME.t
timed() {
	name=$1
	shift
	/usr/bin/time -f "%e %M %U %S" -o "$DIR/$name.t" "$@" >"$DIR/$name.out" 2>"$DIR/$name.err" ||
		{ echo "bench: $name failed:" >&2; cat "$DIR/$name.err" >&2; exit 1; }
}
wall() { cut -d' ' -f1 "$DIR/$1.t"; }
peak() { cut -d' ' -f2 "$DIR/$1.t"; }
user() { cut -d' ' -f3 "$DIR/$1.t"; }
# processor seconds (user and system, its worker processes included): on a loaded machine the
# wall time follows the other load, this does not
cpu() { awk '{ printf "%.2f", $3 + $4 }' "$DIR/$1.t"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4g", a / b }'; }
holds() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "yes" : "no") }'; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
