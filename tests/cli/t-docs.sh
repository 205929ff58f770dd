# t-docs.sh: the documented examples work as documented.
. "$(dirname "$0")/lib.sh" "$@"

# the complete example of docs/model-format.md loads in innonet and in NetworkX
awk '/^```json$/ {on = 1; next} /^```$/ {if (on) exit} on' "$SRC/docs/model-format.md" >"$TMP/example.json"
run rank --by degree --format csv "$TMP/example.json"
check_status "the model-format example ranks" 0
check "its degrees: DoD and DMDII 2, the others 1" test "$(cut -d, -f1,2,5 "$TMP/out" | tr '\n' ' ')" = \
	"rank,id,score 1,DMDII,2 1,DoD,2 3,7,1 3,america-makes,1 "
check "NetworkX loads it unchanged" $PY -c "
import json, networkx as nx
G = nx.node_link_graph(json.load(open('$TMP/example.json')))
assert (G.number_of_nodes(), G.number_of_edges()) == (4, 3)
assert G.nodes['DMDII']['members'] == {'more_than': 140}
"

# the README's ranking excerpt is what `innonet rank` prints
sed -n '/^## What the first command prints/,/^## Using it/p' "$SRC/README.md" | grep '^ *[0-9]' >"$TMP/readme"
run rank
check "README's ranking excerpt matches the output" sh -c "head -n $(($(wc -l <"$TMP/readme") + 1)) '$TMP/out' | tail -n +2 | diff - '$TMP/readme'"
finish
