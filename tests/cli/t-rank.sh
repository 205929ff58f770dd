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
assert len(d['ranking']) == 59, len(d['ranking'])
r = d['ranking'][0]
assert set(r) == {'rank', 'id', 'label', 'kind', 'score'}
# DOE-labs: its 17 laboratories, DOE, AMO, DoD and the 7 institutes
assert (r['rank'], r['id'], r['score']) == (1, 'DOE-labs', 27), r
"
run rank --format csv --by closeness
check "CSV parses with the csv module" $PY -c "
import csv
rows = list(csv.DictReader(open('$TMP/out')))
assert len(rows) == 59 and all(float(r['score']) >= 0 for r in rows)
"

run rank --top 3 --by degree
check "--top 3 keeps ranks 1 to 3, all 7 institutes tied at 3" test "$(tail -n +2 "$TMP/out" | awk '{print $1}' | tr '\n' ' ')" = "1 2 3 3 3 3 3 3 3 "

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
finish
