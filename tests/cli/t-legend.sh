# t-legend.sh: the legend says what the drawing shows whatever the model's styles: a colour
# scale's bins with their colours, and kinds only where their samples tell them apart.
. "$(dirname "$0")/lib.sh" "$@"

# Zachary's karate club from NetworkX, each node's club as its kind: kinds without styles
$PY - "$TMP" <<'PYEOF'
import json, sys
import networkx as nx
G = nx.karate_club_graph()
d = {"directed": False, "graph": {"name": "karate"},
     "nodes": [{"id": str(v), "kind": G.nodes[v]["club"].replace(" ", "_").lower()} for v in G],
     "links": [{"source": str(a), "target": str(b)} for a, b in G.edges()]}
json.dump(d, open(sys.argv[1] + "/karate.json", "w"))
b = nx.betweenness_centrality(G, normalized=False)
lo, hi = min(b.values()), max(b.values())
def short(x):  # the legend's number format (docs/diagrams.md): 0 decimals from 100, 2 from 1, else 2 digits
    a = abs(x)
    s = "%.0f" % x if a >= 100 or a == 0 else "%.2f" % x if a >= 1 else "%.2g" % x
    if "." in s and "e" not in s:
        s = s.rstrip("0").rstrip(".")
    return s
edges = [lo + (hi - lo) * k / 7 for k in range(7)] + [hi]
with open(sys.argv[1] + "/bins.txt", "w") as f:
    for k in range(7):
        f.write(">%s – %s<\n" % (short(edges[k]), short(edges[k + 1])))
PYEOF

run export --format svg --color-by betweenness "$TMP/karate.json"
check_status "--color-by betweenness, kinds without styles" 0
check "no kind samples that all look alike" sh -c "! grep -q '>Kinds<' '$TMP/out'"
check "the colour scale: NetworkX's betweenness in 7 equal bins" sh -c \
	"[ \$(grep -c -F -f '$TMP/bins.txt' '$TMP/out') -eq 7 ] && grep -q '>Colour: betweenness<' '$TMP/out'"
check "7 swatches, the palette's colours darkest first" sh -c \
	"[ \"\$(grep -o '<polygon fill=\"#[0-9a-f]*\" stroke=\"#333333\"' '$TMP/out' | cut -d'\"' -f2 | tr '\n' ' ')\" = \
	'#440154 #443983 #31688e #21918c #35b779 #90d743 #fde725 ' ]"
run export --format svg --color-by community "$TMP/karate.json"
check "--color-by community: no kinds either" sh -c "! grep -q '>Kinds<' '$TMP/out' && grep -q '>community 1<' '$TMP/out'"
# kinds drawn by their own colour: the section stays, each kind its own fill
run export --format svg "$TMP/karate.json"
check "--color-by kind: the kinds stay" sh -c "grep -q '>Kinds<' '$TMP/out' && grep -q '>officer<' '$TMP/out'"
# the shipped model's kinds have shapes of their own: they stay under --color-by
run export --format svg --color-by betweenness "$MODEL"
check "shipped model under --color-by: kinds by shape" grep -q '>Kinds<' "$TMP/out"

finish
