#!/bin/sh
# ab.sh: two builds of innonet against each other on one measure, kernel by kernel, -j 1: the
# runs alternate (before, after, before, ...) REPS times and the medians of user CPU seconds are
# compared, so that a change to the search kernels is judged on processor time while the
# machine is shared (the wall time follows the other load; the user time far less).
#
# usage: sh bench/ab.sh BEFORE AFTER [MEASURE [KERNEL...]]
#   BEFORE, AFTER: two innonet binaries; MEASURE: betweenness (default), closeness or harmonic;
#   KERNELs: INNONET_KERNEL values (default: baseline avx2 avx512, those this CPU runs).
# environment: BENCH_DIR (scratch, default /tmp/innonet-bench, networks shared with run.sh),
# REPS (alternations, default 5), N (nodes of the Barabasi-Albert network, default 20000).
# Prints one Markdown row per kernel, and whether the two builds wrote the same bytes.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh" # DIR PY; net, median
REPS=${REPS:-5}
N=${N:-20000}
[ $# -ge 2 ] || { echo "usage: sh bench/ab.sh BEFORE AFTER [MEASURE [KERNEL...]]" >&2; exit 2; }
before=$1 after=$2
measure=${3:-betweenness}
shift 2
[ $# -gt 0 ] && shift
kernels=${*:-baseline avx2 avx512}
net "$N"

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $measure -j 1 on $N nodes, medians of $REPS alternated runs"
echo
echo "| kernel | before (user s) | after (user s) | after / before | output |"
echo "| --- | --- | --- | --- | --- |"
for k in $kernels; do
	INNONET_KERNEL=$k "$after" --version >/dev/null 2>&1 || continue
	: >"$DIR/ab.before.t"
	: >"$DIR/ab.after.t"
	i=0
	while [ $i -lt "$REPS" ]; do
		for side in before after; do
			eval bin=\$$side
			/usr/bin/time -a -o "$DIR/ab.$side.t" -f "%U" env INNONET_KERNEL="$k" "$bin" rank --by "$measure" \
				-j 1 --quiet --format csv -o "$DIR/ab.$side.csv" --links "$DIR/ba$N.csv"
		done
		i=$((i + 1))
	done
	b=$(median <"$DIR/ab.before.t") a=$(median <"$DIR/ab.after.t")
	same=$(cmp -s "$DIR/ab.before.csv" "$DIR/ab.after.csv" && echo "the same bytes" || echo "different bytes")
	printf '| %s | %s | %s | %s | %s |\n' "$k" "$b" "$a" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')" "$same"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
