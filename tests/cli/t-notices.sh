# t-notices.sh: a notice is held until the run succeeds (rank, export, report, path, agreement,
# whatif). A run that fails prints exactly one "innonet:" line, its error, and none of the notices
# said about work it then threw away; a run that succeeds prints its notices.
. "$(dirname "$0")/lib.sh" "$@"

# 'w' on one link of three: a notice that the others weigh 1, and one that degree reads no weight
cat >"$TMP/w.json" <<'JSON'
{"nodes":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"}],
 "links":[{"source":"a","target":"b","w":2},{"source":"b","target":"c"},{"source":"c","target":"d"}]}
JSON
# and a model whose third 'w' is not a number: the measures' notices come before the reading fails
sed 's/"target":"d"}/"target":"d","w":"x"}/' "$TMP/w.json" >"$TMP/bad.json"

run rank --by betweenness,degree --weight w "$TMP/w.json"
check_status "rank, some links weighted" 0
check "rank, some links weighted: both notices" [ "$(grep -c '^innonet: rank: --weight' "$TMP/err")" -eq 2 ]

run rank --by betweenness,degree --weight w "$TMP/bad.json"
check_error "rank, a weight not a number" 2 "innonet: $TMP/bad.json: links[2] ('c' -- 'd'): weight 'w' is not a number"
run rank --by betweenness,degree --weight w -o "$TMP/no/such/dir" "$TMP/w.json"
check_error "rank, output that cannot be created" 1 "innonet: $TMP/no/such/dir: cannot create output: No such file or directory"
run export --weight w --color-by betweenness -o "$TMP/no/x.svg" "$TMP/w.json"
check_error "export, output that cannot be created" 1 "innonet: $TMP/no/x.svg: cannot create output: No such file or directory"
run export --format graphml --weight w -o "$TMP/no/x.graphml" "$TMP/w.json"
check_error "export graphml, output that cannot be created" 1 "innonet: $TMP/no/x.graphml: cannot create output: No such file or directory"
run report --weight w -o "$TMP/no/x.html" "$TMP/w.json"
check_error "report, output that cannot be created" 1 "innonet: $TMP/no/x.html: cannot create output: No such file or directory"
run report --weight w "$TMP/bad.json"
check_error "report, a weight not a number" 2 "innonet: $TMP/bad.json: links[2] ('c' -- 'd'): weight 'w' is not a number"

for c in "path -w w a d" "agreement --by betweenness,degree -w w" "whatif --remove b --by betweenness -w w"; do
	# shellcheck disable=SC2086 # $c is a command and its options
	run $c "$TMP/w.json"
	check "$c: succeeds with its notice" sh -c "[ $status -eq 0 ] && grep -q 'have a number in' '$TMP/err'"
done
run path -w w -o "$TMP/no/p.csv" a d "$TMP/w.json"
check_error "path, a weight some links lack, output that cannot be created" 1 "innonet: $TMP/no/p.csv: cannot create output: No such file or directory"
run agreement --by betweenness,degree -w w -o "$TMP/no/a.csv" "$TMP/w.json"
check_error "agreement, the same" 1 "innonet: $TMP/no/a.csv: cannot create output: No such file or directory"
run whatif --remove b --by betweenness -w w -o "$TMP/no/x.csv" "$TMP/w.json"
check_error "whatif, the same" 1 "innonet: $TMP/no/x.csv: cannot create output: No such file or directory"

# a drawing made in its own process: its notices reach the parent, which holds them too
run export --weight w -o "$TMP/w.svg" "$TMP/w.json"
check_status "export svg" 0
check "export svg: notices, then 'wrote'" [ "$(tail -n 1 "$TMP/err")" = "innonet: wrote $TMP/w.svg (svg, 4 nodes, 3 links)" ]

finish
