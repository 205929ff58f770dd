# t-weights.sh: what a weight means, said and honoured outside the measures too. path reads
# --weight as a distance, or with --weight-is strength its inverse 1/w, as NetworkX does with
# G[u][v]["d"] = 1 / G[u][v]["w"]; a weight no link carries is refused, one some links lack is said.
. "$(dirname "$0")/lib.sh" "$@"

# a square a-b-c-d-a: the a-b-c side strong (10), the a-d-c side weak (1), and one link without w
cat >"$TMP/sq.json" <<'JSON'
{"nodes":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"}],
 "links":[{"source":"a","target":"b","w":10},{"source":"b","target":"c","w":10},
          {"source":"a","target":"d","w":1},{"source":"d","target":"c","w":1},{"source":"c","target":"e"}]}
JSON
for is in distance strength; do
	run path -w w --weight-is $is --format csv a c "$TMP/sq.json"
	check_status "path --weight-is $is" 0
	check "path --weight-is $is: NetworkX's shortest paths and distances" $PY - "$TMP/sq.json" "$TMP/out" $is <<'PYEOF'
import csv, json, sys
import networkx as nx
d, rows, how = json.load(open(sys.argv[1])), list(csv.DictReader(open(sys.argv[2]))), sys.argv[3]
G = nx.Graph()
for l in d["links"]:
    w = l.get("w", 1)
    G.add_edge(l["source"], l["target"], d=w if how == "distance" else 1 / w)
want = sorted(nx.all_shortest_paths(G, "a", "c", weight="d"))
got = {}
for r in rows:
    got.setdefault(r["path"], []).append(r["id"])
dist = nx.shortest_path_length(G, "a", "c", weight="d")
last = float(rows[-1]["distance"])
ok = sorted(got.values()) == want and abs(last - dist) < 1e-12
if not ok:
    print("got", got, last, "want", want, dist)
sys.exit(0 if ok else 1)
PYEOF
done
run path -w w a e "$TMP/sq.json"
check "path -w: a link without the number weighs 1, said once" \
	[ "$(cat "$TMP/err")" = "innonet: path: --weight: 4 of the 5 links of $TMP/sq.json have a number in 'w'; the others weigh 1" ]
run path -w nosuch a c "$TMP/sq.json"
check_error "path -w naming what no link has" 2 "innonet: path: --weight: no link of $TMP/sq.json has a number in 'nosuch'"
run path --weight-is strength a c "$TMP/sq.json"
check_error "path --weight-is without --weight" 2 "innonet: path: --weight-is needs --weight ATTR"
run path -w w --weight-is speed a c "$TMP/sq.json"
check_error "path --weight-is speed" 2 "innonet: path: --weight-is is distance or strength, not 'speed'"

# every command that takes --weight says in its help what the weight is
for c in rank export report whatif diff agreement; do
	run "$c" --help
	check "$c --help: --weight a distance in path measures, a strength in the others" \
		grep -q 'weight: a distance in betweenness, closeness and harmonic, a strength in the others' "$TMP/out"
done
run path --help
check "path --help: --weight a distance, --weight-is strength its inverse" sh -c \
	"grep -q 'ATTR as a distance' '$TMP/out' && grep -q 'strength, whose inverse 1/w is then the distance' '$TMP/out'"

# agreement takes the measure options as rank does: checked, and honoured (scipy on NetworkX's Katz)
run agreement --by betweenness,degree -w nosuch
check_error "agreement -w naming what no link has" 2 "innonet: agreement: --weight: no link of nnmi-2016.json (built in) has a number in 'nosuch'"
run agreement --by betweenness,degree --alpha 0.05
check_error "agreement --alpha without katz" 2 "innonet: agreement: --alpha does not apply to betweenness, degree (only katz has an alpha): leave it out (see 'innonet rank --help')"
$PY -c '
import json, sys
import networkx as nx
G = nx.karate_club_graph()
json.dump({"nodes": [{"id": str(v)} for v in G], "links": [{"source": str(a), "target": str(b)} for a, b in G.edges()]},
          open(sys.argv[1], "w"))' "$TMP/karate.json"
run agreement --by katz,degree --alpha 0.05 --format csv "$TMP/karate.json"
check_status "agreement --alpha 0.05" 0
check "agreement --alpha 0.05: Spearman of Katz (alpha 0.05) and degree, as scipy gives it" $PY -W ignore - "$TMP/out" <<'PYEOF'
import csv, sys
import networkx as nx
from scipy.stats import spearmanr
G = nx.karate_club_graph()
k = nx.katz_centrality_numpy(G, alpha=0.05, weight=None)
d = dict(G.degree())
# scores equal in exact arithmetic tie, as innonet ties them (within 1e-9): round off the noise
want = spearmanr([round(k[v], 12) for v in G], [d[v] for v in G]).correlation
got = float([r for r in csv.DictReader(open(sys.argv[1])) if r["measure"] == "katz"][0]["degree"])
sys.exit(0 if abs(got - want) < 1e-12 else 1)
PYEOF
finish
