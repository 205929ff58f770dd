# t-formats.sh: Pajek, UCINET DL, edge lists, LGL, adjacency lists, GEXF, Gephi's CSV and python-igraph's GraphML: what
# NetworkX and python-igraph write, innonet reads; what innonet writes, they read back (the
# checked-in tests/cli/formats.py); then the CLI's side: --input-format, content detection.
. "$(dirname "$0")/lib.sh" "$@"

$PY "$SRC/tests/cli/formats.py" "$BIN" "$SRC" "$TMP" 2>"$TMP/pyerr"
py_status=$?
check "formats.py ran to the end" test "$py_status" -eq 0 -o "$py_status" -eq 1
[ "$py_status" -eq 1 ] && failures=$((failures + 1))
[ -s "$TMP/pyerr" ] && sed 's/^/  /' "$TMP/pyerr"

# GraphML piped in: told from its content, not read as JSON
run export --format json -o "$TMP/g.json" - <"$FIXTURES/interop/networkx.graphml"
check_status "GraphML on standard input is told by its content" 0
# GML piped in, NetworkX's and igraph's: told from its content ("graph [", "Creator"), not read as DOT
run export --format json -o "$TMP/g1.json" - <"$SRC/tests/fuzz/corpus/load_gml/networkx-directed.gml"
check_status "NetworkX's GML on standard input is told by its content" 0
run export --format json -o "$TMP/g2.json" - <"$SRC/tests/fuzz/corpus/load_gml/igraph-karate-weighted.gml"
check_status "igraph's GML on standard input is told by its content" 0
check "78 of them" test "$(grep -o '"source"' "$TMP/g2.json" | wc -l)" -eq 78
# a file whose extension says nothing is told by its content; an unknown content names the option
cp "$SRC/tests/fixtures/formats/pajek-lists.net" "$TMP/network.data"
run stats "$TMP/network.data"
check_status "a .data file holding Pajek" 0
check "its name is read from *Network" grep -q "^network  *two lists (directed)" "$TMP/out"
run stats --input-format dl "$TMP/network.data"
check_error "--input-format overrides the content" 2 "innonet: $TMP/network.data:1:1: expected 'DL' (not a UCINET DL file?)"
run rank --input-format xlsx "$TMP/network.data"
check_error "an unknown --input-format" 2 "innonet: unknown input format 'xlsx' (expected json, graphml, gexf, gml, dot, csv, pajek, dl, edgelist, lgl, adjlist, multiline-adjlist, graph6, sparse6, leda, dimacs, adjacency-json, cytoscape-json, tree-json or adjacency-matrix)"
run rank --input-format pajek --links "$TMP/x.csv"
check_error "--input-format with --links" 2 "innonet: rank: --links reads CSV, not 'pajek' (--input-format)"
# export writes Pajek by extension and by --format, the same bytes twice
run export -o "$TMP/a.net"
check_status "export -o a.net" 0
run export --format pajek -o "$TMP/b.txt"
check "export --format pajek writes the same bytes" cmp -s "$TMP/a.net" "$TMP/b.txt"
check "the Pajek file starts with the network's name" sh -c "head -1 '$TMP/a.net' | grep -qx '\*Network National Network for Manufacturing Innovation (NNMI), 2016'"
# the issue's own case: python-igraph's karate club, ids in 'name'; NetworkX counts 4 shortest
# paths of 2 links from node 0 to node 33 (nx.all_shortest_paths on nx.karate_club_graph())
$PY -c "import igraph as ig; g = ig.Graph.Famous('Zachary'); g.vs['name'] = ['v%d' % i for i in range(34)]; \
g.write_graphml('$TMP/karate.graphml')"
run path v0 v33 "$TMP/karate.graphml"
check_status "path v0 v33 on python-igraph's GraphML" 0
check "it finds NetworkX's 4 shortest paths of 2 links" grep -q "^4 shortest paths from v0 to v33, 2 links each" "$TMP/out"
# the drawing makes the same bytes every time, with dot and (past 500 nodes) sfdp
$PY -c "import random; random.seed(3); print('\n'.join('n%d n%d' % (random.randrange(600), random.randrange(600)) for _ in range(900)))" \
	>"$TMP/big.edgelist"
for src in "" "$TMP/big.edgelist"; do
	# shellcheck disable=SC2086 # an empty $src is no operand: the built-in model
	run export -q -o "$TMP/d1.gexf" $src
	# shellcheck disable=SC2086
	run export -q -o "$TMP/d2.gexf" $src
	check "GEXF with the drawing: the same bytes twice (${src:-built-in model})" cmp -s "$TMP/d1.gexf" "$TMP/d2.gexf"
done
finish
