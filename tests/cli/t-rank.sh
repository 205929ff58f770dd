# t-rank.sh: `innonet rank` on the built-in model: formats, filters, ties and determinism.
. "$(dirname "$0")/lib.sh" "$@"

run rank
check_status "rank with no model uses the built-in one" 0
check_golden "default ranking (betweenness, table)" rank-betweenness.txt
cp "$TMP/out" "$TMP/first"
# another process, with glibc filling allocated and freed memory with a pattern: output that
# depends on what memory held differs here
export MALLOC_PERTURB_=165
run rank
unset MALLOC_PERTURB_
check_status "a second run, memory perturbed" 0
check "a second run, memory perturbed, gives the same bytes" cmp -s "$TMP/out" "$TMP/first"

run rank --kind institute --format csv
check_status "rank --kind institute" 0
check "the 7 institutes exactly, after the header" test "$(tail -n +2 "$TMP/out" | cut -d, -f4 | sort | uniq -c | tr -s ' ')" = " 7 institute"
check "CSV header" test "$(head -1 "$TMP/out")" = "rank,id,label,kind,score"
check_golden "institutes by betweenness, CSV" rank-institutes.csv

# ties share a rank (1, 2, 2, 4): IACMI and PowerAmerica tie for the institutes' first place
run rank --kind institute --by pagerank --format csv
check "tied institutes share rank 1" test "$(cut -d, -f1,2 "$TMP/out" | head -3 | tr '\n' ' ')" = "rank,id 1,IACMI 1,poweramerica "
check "the next rank skips the tie" test "$(sed -n 4p "$TMP/out" | cut -d, -f1)" = "3"

run rank --by degree --format json
check_status "rank --format json" 0
check "JSON parses and lists every node" $PY -c "
import json, sys
d = json.load(open('$TMP/out'))
assert d['measure'] == 'degree' and d['normalized'] is False and d['weight'] is None
assert len(d['ranking']) == 43, len(d['ranking'])
r = d['ranking'][0]
assert set(r) == {'rank', 'id', 'label', 'kind', 'score'}
# AMNPO (seed 2.3): NNMI, the six agencies it coordinates, EOP and Commerce it reports to, NSTC
# that guides it, NIST that hosts it, the five kinds it liaises with, and the strategic plan (seed 1)
assert (r['rank'], r['id'], r['score']) == (1, 'AMNPO', 17), r
"
run rank --format csv --by closeness
check "CSV parses with the csv module" $PY -c "
import csv
rows = list(csv.DictReader(open('$TMP/out')))
assert len(rows) == 43 and all(float(r['score']) >= 0 for r in rows)
"

run rank --top 3 --by degree
check "--top 3 keeps ranks 1 to 3: AMNPO, then all 7 institutes tied at 2" test "$(tail -n +2 "$TMP/out" | awk '{print $1}' | tr '\n' ' ')" = "1 2 2 2 2 2 2 2 "

# the model from a file and from standard input rank the same
run rank --by harmonic "$MODEL"
cp "$TMP/out" "$TMP/file"
"$BIN" rank --by harmonic - <"$MODEL" >"$TMP/out" 2>"$TMP/err"
check "stdin ranks as the file does" cmp -s "$TMP/out" "$TMP/file"

run rank --by pagerank --damping 0.5 --format csv
check "--damping changes PageRank" test "$(sed -n 2p "$TMP/out" | cut -d, -f5)" != "$("$BIN" rank --by pagerank --format csv | sed -n 2p | cut -d, -f5)"

# the model as it stood in 2013: America Makes was the only institute (founded 2012)
run rank --as-of 2013 --kind institute --format csv
check "--as-of 2013 keeps only America Makes" test "$(tail -n +2 "$TMP/out" | cut -d, -f2)" = "america-makes"
run rank --as-of 20x3
check_error "--as-of needs a year" 2 "innonet: rank: --as-of needs a year, not '20x3'"
# projected onto institutes, each shares its member types and the DOE labs with the other 6
run rank --project institute --by degree --format csv
check "--project institute: 7 institutes, each linked to the 6 others" test "$(tail -n +2 "$TMP/out" | cut -d, -f1,4,5 | sort -u)" = "1,institute,6"

run rank -o "$TMP/r.csv" --format csv
check "-o writes the file and nothing on stdout" test -s "$TMP/r.csv" -a ! -s "$TMP/out"
# --project-reading: which common neighbours count, against NetworkX's weighted_projected_graph
cat >"$TMP/proj.json" <<'JSON'
{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"id": "i1", "kind": "institute"}, {"id": "i2", "kind": "institute"}, {"id": "i3", "kind": "institute"},
           {"id": "i4", "kind": "institute"}, {"id": "m1", "kind": "member"}, {"id": "m2", "kind": "member"}],
 "links": [{"source": "i1", "target": "i3"}, {"source": "i2", "target": "i3"}, {"source": "i1", "target": "m1"},
           {"source": "i2", "target": "m1"}, {"source": "i3", "target": "m2"}, {"source": "i4", "target": "i1"}]}
JSON
for case in "$TMP/proj.json institute" "$MODEL institute" "$MODEL agency" "$MODEL office"; do
	model=${case% *} kind=${case#* }
	for reading in networkx two-mode; do
		run export --project "$kind" --project-reading $reading --format json -o "$TMP/p.json" "$model"
		check "--project $kind --project-reading $reading on $(basename "$model"): NetworkX's links and shared counts" \
			$PY - "$model" "$TMP/p.json" "$kind" $reading <<'PY'
import json, sys
import networkx as nx
from networkx.algorithms import bipartite
G = nx.Graph(nx.node_link_graph(json.load(open(sys.argv[1]))))
keep = [v for v, d in G.nodes(data=True) if d.get("kind") == sys.argv[3]]
if sys.argv[4] == "two-mode":
    G.remove_edges_from([(u, v) for u, v in G.edges() if u in keep and v in keep])
P = bipartite.weighted_projected_graph(G, keep).subgraph(keep)
want = sorted((min(u, v), max(u, v), d["weight"]) for u, v, d in P.edges(data=True))
got = json.load(open(sys.argv[2]))
have = sorted((min(l["source"], l["target"]), max(l["source"], l["target"]), l["shared"]) for l in got["links"])
assert have == want, (have, want)
assert [n["id"] for n in got["nodes"]] == [v for v in nx.node_link_graph(json.load(open(sys.argv[1]))) if v in keep]
PY
	done
done
run export --project institute --project-reading two-mode --format json -o "$TMP/p.json" "$TMP/proj.json"
check "two-mode by hand: i1 and i2 share m1 only (1); i3 and i4 share only institute i1, so are not linked" \
	$PY -c "
import json
links = json.load(open('$TMP/p.json'))['links']
assert [(l['source'], l['target'], l['shared']) for l in links] == [('i1', 'i2', 1)], links
"
run rank --project-reading two-mode
check_error "--project-reading needs --project" 2 "innonet: rank: --project-reading needs --project KIND"
run rank --project institute --project-reading bipartite
check_error "an unknown --project-reading" 2 "innonet: rank: unknown --project-reading 'bipartite' (networkx or two-mode)"

finish
