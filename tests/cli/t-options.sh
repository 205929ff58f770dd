# t-options.sh: no option passes in silence. An option that takes one value is refused when given
# twice; a list option (X[,X] in --help) gathers what it is given; validate reads CSV edge lists
# as every other command does; whatif --add-format reads --add FILE in a named format.
. "$(dirname "$0")/lib.sh" "$@"

run export --format dot --title A --title B
check_error "a single-valued option given twice" 2 "innonet: export: option '--title' given twice ('A', then 'B'): give it once"
run rank -f csv --format json
check_error "the short and long name of one option" 2 "innonet: rank: option '--format' given twice ('csv', then 'json'): give it once"
run rank --weight=w -w v
check_error "--name=VALUE then -n VALUE" 2 "innonet: rank: option '--weight' given twice ('w', then 'v'): give it once"
run rank --normalized --normalized --format csv
check_status "a flag given twice is the flag" 0

# a list option gathers its values: the same bytes as one comma-separated list
run rank -k institute,agency --format csv
cp "$TMP/out" "$TMP/list.csv"
run rank -k institute -k agency --format csv
check "rank -k a -k b is -k a,b" cmp -s "$TMP/out" "$TMP/list.csv"
check "rank -k a -k b: both kinds listed" sh -c "grep -q ',institute,' '$TMP/out' && grep -q ',agency,' '$TMP/out'"
run whatif --remove DoD,NSF --format csv
cp "$TMP/out" "$TMP/both.csv"
run whatif --remove DoD --remove NSF --format csv
check "whatif --remove A --remove B is --remove A,B" cmp -s "$TMP/out" "$TMP/both.csv"
check "whatif --remove A --remove B: 43 - 2 nodes" grep -q '^summary,nodes,,,,43,41,,$' "$TMP/out"
run whatif --remove NSF --format csv
check "... and not only the last" sh -c "! cmp -s '$TMP/out' '$TMP/both.csv'"
# each --remove is one argument: a label holding a comma still names its node
cat >"$TMP/comma.json" <<'JSON'
{"nodes": [{"id": "a", "label": "Smith, Jones"}, {"id": "b"}, {"id": "c"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}
JSON
run whatif --remove 'Smith, Jones' --remove c --format csv "$TMP/comma.json"
check "a label with a comma, then another node" grep -q '^summary,nodes,,,,3,1,,$' "$TMP/out"
run diff --ignore note --ignore provenance --format csv "$MODEL" "$SRC/graphs/manufacturing-usa-2025.json"
cp "$TMP/out" "$TMP/ign2.csv"
run diff --ignore note,provenance --format csv "$MODEL" "$SRC/graphs/manufacturing-usa-2025.json"
check "diff --ignore a --ignore b is --ignore a,b" cmp -s "$TMP/out" "$TMP/ign2.csv"

# validate: --links, --nodes and --directed as the other commands take them (counts by hand)
printf 'source,target,w\na,b,1\nb,c,2\nc,a,0\n' >"$TMP/e.csv"
printf 'id,kind\na,x\nb,y\nc,x\nd,y\n' >"$TMP/n.csv"
run validate --links "$TMP/e.csv" --nodes "$TMP/n.csv" -w w
check_status "validate --links --nodes" 0
check "validate --links --nodes: 4 nodes (d alone), 3 links, the zero weight" sh -c \
	"grep -q '4 nodes, 3 links, undirected, simple graph, 2 components' '$TMP/out' &&
	 grep -q \"links\\[2\\] ('c' -- 'a'): 'w' is 0\" '$TMP/out'"
run validate --links "$TMP/e.csv" --directed
check "validate --links --directed: a directed cycle of 3" grep -q '3 nodes, 3 links, directed, simple graph' "$TMP/out"
run validate --nodes "$TMP/n.csv"
check_error "validate --nodes alone" 2 "innonet: validate: --nodes needs --links (the CSV edge list)"

# whatif --add-format: an adjacency list cannot be told from an edge list by its content
printf 'DoD NewCo NSF\n' >"$TMP/adj"
run whatif --add "$TMP/adj" --add-format adjlist --format csv
check_status "whatif --add-format adjlist" 0
check "whatif --add-format adjlist: DoD linked to NewCo and NSF, as networkx.read_adjlist reads it" $PY - "$TMP/adj" "$TMP/out" <<'PYEOF'
import csv, sys
import networkx as nx
want = {" -- ".join(e) for e in nx.read_adjlist(sys.argv[1]).edges()}
got = {r["id"] for r in csv.DictReader(open(sys.argv[2])) if r["section"] == "added_link"}
sys.exit(0 if got == want == {"DoD -- NewCo", "DoD -- NSF"} else 1)
PYEOF
cp "$TMP/out" "$TMP/adj-named"
run whatif --add "$TMP/adj" --format csv
check "without --add-format the same file is told an adjacency list by its content (a third word that is no weight)" \
	cmp -s "$TMP/out" "$TMP/adj-named"
printf '1 2 3\n' >"$TMP/amb"
run whatif --add "$TMP/amb" --format csv
check_status "a file read as an edge list with weights or as an adjacency list: refused" 2
run whatif --add "$TMP/amb" --add-format edgelist --format csv
check "--add-format edgelist: 1 and 2 added, linked with weight 3" grep -q '^added_link,1 -- 2,' "$TMP/out"
run whatif --add-format adjlist --remove DoD
check_error "--add-format without --add" 2 "innonet: whatif: --add-format needs --add FILE"
finish
