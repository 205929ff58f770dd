# t-interop.sh: GraphML, GEXF, CSV and node-link JSON round trips through NetworkX (and python-
# igraph, and Graphviz's dot for DOT), by the checked-in tests/cli/roundtrip.py; then the CLI's
# manners around them: --links/--nodes, the two CSV files, formats by extension, refusals.
. "$(dirname "$0")/lib.sh" "$@"

$PY "$SRC/tests/cli/roundtrip.py" "$BIN" "$MODEL" "$TMP" 2>"$TMP/err"
status=$?
check_status "round trips through NetworkX, python-igraph and dot" 0

# -o FILE.csv writes FILE.csv and FILE-links.csv, and says so
run export -o "$TMP/net.csv"
check_error "export -o net.csv" 0 "innonet: wrote $TMP/net.csv and $TMP/net-links.csv (csv, 43 nodes, 124 links)"
check "net-links.csv has a header and 124 links" [ "$(wc -l <"$TMP/net-links.csv")" -eq 125 ]
# the same network from the two files: same betweenness ranking as from the JSON model
run rank --format csv --links "$TMP/net-links.csv" --nodes "$TMP/net.csv"
cp "$TMP/out" "$TMP/from-csv"
run rank --format csv
check "rank from --links/--nodes equals rank from the model" cmp -s "$TMP/out" "$TMP/from-csv"
run rank --by degree "$TMP/net-links.csv"
check_status "a .csv MODEL is an edge list" 0
# formats by extension, and by --format to standard output
for f in graphml gexf json; do
	run export -q -o "$TMP/x.$f"
	check "export -o x.$f writes $f" [ -s "$TMP/x.$f" ]
done
run export --format graphml
check "export --format graphml writes to standard output" grep -q '<graphml' "$TMP/out"
run rank --by degree "$TMP/x.graphml"
check_status "a .graphml MODEL loads" 0
# refusals: one line, status 2, no file left
run export --format csv
check_error "csv to standard output" 2 "innonet: csv output is two files (nodes and links): give -o NODES.csv"
# a data format writes the whole network: an option of drawings is refused, not ignored
rm -f "$TMP/part.json"
run export --format json --kind institute --ego AMNPO --style /nonexistent -o "$TMP/part.json"
check_error "export --format json with drawing options" 2 \
	"innonet: export: --style is for drawings (dot, svg, png, pdf); json holds the whole network"
check "... and writes no file" test ! -e "$TMP/part.json"
run export -o "$TMP/part.graphml" --kind institute
check_error "export -o x.graphml --kind" 2 \
	"innonet: export: --kind is for drawings (dot, svg, png, pdf); graphml holds the whole network"
run export -o "$TMP/part.gexf" --color-scale quantile
check_error "export -o x.gexf --color-scale" 2 \
	"innonet: export: --color-scale is for drawings (dot, svg, png, pdf); gexf holds the whole network"
run rank --links "$TMP/net-links.csv" "$MODEL"
check_error "a MODEL and --links" 2 "innonet: rank: give a MODEL or --links, not both"
run rank --nodes "$TMP/net.csv"
check_error "--nodes alone" 2 "innonet: rank: --nodes needs --links (the CSV edge list)"
run rank --links "$TMP/net-links.csv" -o "$TMP/net-links.csv"
check_error "writing over --links" 2 "innonet: $TMP/net-links.csv: refusing to write over the input model"
run export --links "$TMP/net-links.csv" --nodes "$TMP/net.csv" -o "$TMP/net.csv"
check_error "csv export over its own input" 2 "innonet: $TMP/net.csv: refusing to write over the input model"
printf 'source,target\na,"b\n' >"$TMP/bad.csv"
run export -o "$TMP/y.graphml" --links "$TMP/bad.csv"
check_error "bad CSV" 2 "innonet: $TMP/bad.csv:2:3: quoted field never closed"
check "no output after bad input" [ ! -e "$TMP/y.graphml" ]
printf 'graph {\n a -- \n}\n' >"$TMP/bad.dot"
run rank "$TMP/bad.dot"
check_error "bad DOT" 2 "innonet: $TMP/bad.dot:3: invalid DOT: syntax error near '}'"
# --help names the formats
run export --help
check "export --help names the data formats" grep -q "graphml, gexf, pajek, csv or json" "$TMP/out"
run rank --help
check "rank --help names --links and --nodes" grep -q -- "--links FILE.csv" "$TMP/out"
finish
