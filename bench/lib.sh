# lib.sh: what the benchmark scripts share (run.sh, kernels.sh, ab.sh, before-after.sh), sourced
# after they set HERE (bench/), DIR (scratch) and PY (/usr/bin/python3).

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
