# t-help.sh: --help and --version answer on stdout with status 0; misuse goes to stderr.
. "$(dirname "$0")/lib.sh" "$@"

run --help
check_status "innonet --help" 0
check "the help lists rank and export" sh -c "grep -q '^  rank ' '$TMP/out' && grep -q '^  export ' '$TMP/out'"
run rank --help
check_status "innonet rank --help" 0
for m in degree betweenness closeness harmonic eigenvector pagerank; do
	check "rank --help defines $m" grep -q "^  $m  *[A-Za-z]" "$TMP/out"
done
check "rank --help has examples" grep -q '^examples:' "$TMP/out"
run export --help
check_status "innonet export --help" 0
run --version
check "--version names igraph and Graphviz" grep -q '^innonet [0-9.]* (igraph 0.10.*, Graphviz 2.*, cJSON 1.7.*)$' "$TMP/out"
run
check_status "no command is misuse" 2
check "usage goes to stderr" test -s "$TMP/err" -a ! -s "$TMP/out"
finish
