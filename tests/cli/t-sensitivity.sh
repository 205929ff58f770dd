# t-sensitivity.sh: rank --sensitivity gives the rank ranges worked out by hand on a five-node model
# with two inferred links, draws its singles by --seed when there are many, and says when there are none.
. "$(dirname "$0")/lib.sh" "$@"
F=$FIXTURES/sensitivity.json

# The model: the path a-b-c-d-e (stated) with a-e and b-d inferred. The networks compared are the
# full one, each inferred link left out alone, and both left out. By hand:
#   degree       full: b d 3, a c e 2          ranks b d 1, a c e 3
#                no a-e: b d 3, c 2, a e 1     b d 1, c 3, a e 4
#                no b-d: all 2                 all 1
#                neither (the path): b c d 2   b c d 1, a e 4
#   betweenness  full: b d 1.5, a e 0.5, c 0   b d 1, a e 3, c 5
#                no a-e: b d 3, a c e 0        b d 1, a c e 3
#                no b-d (a 5-cycle): all 1     all 1
#                the path: c 4, b d 3, a e 0   c 1, b d 2, a e 4
run rank --by degree --sensitivity --format csv "$F"
check_status "rank --sensitivity by degree" 0
check "degree ranges are the hand-worked ones" test "$(cat "$TMP/out")" = "rank,best_rank,worst_rank,id,label,kind,score
1,1,1,b,b,,3
1,1,1,d,d,,3
3,1,4,a,a,,2
3,1,3,c,c,,2
3,1,4,e,e,,2"
run rank --by betweenness --sensitivity --format csv "$F"
check "betweenness ranges are the hand-worked ones" test "$(cat "$TMP/out")" = "rank,best_rank,worst_rank,id,label,kind,score
1,1,2,b,b,,1.5
1,1,2,d,d,,1.5
3,1,4,a,a,,0.5
3,1,4,e,e,,0.5
5,1,5,c,c,,0"
run rank --by betweenness --sensitivity --format json "$F"
check "JSON says how many links are inferred and how many networks were compared" $PY -c "
import json
d = json.load(open('$TMP/out'))
assert d['inferred_links'] == 2 and d['networks_compared'] == 4 and d['sampled'] is False, d
assert [(r['id'], r['best_rank'], r['worst_rank']) for r in d['ranking']][-1] == ('c', 1, 5)
"
run rank --by degree --sensitivity "$F"
check "the table has the two columns beside the rank" sh -c "head -1 '$TMP/out' | grep -q '^rank  best_rank  worst_rank  id'"
run rank --by degree --sensitivity --top 2 --format csv "$F"
check "--top keeps the ranges of the ranks it lists" test "$(cat "$TMP/out")" = "rank,best_rank,worst_rank,id,label,kind,score
1,1,1,b,b,,3
1,1,1,d,d,,3"

# ---- many inferred links: 64 drawn by the seed, and the draw is said
$PY - "$TMP/many.json" <<'PY'
import json, sys
n = 80
links = [{"source": str(i), "target": str(i + 1), "evidence": "stated"} for i in range(n - 1)]
links += [{"source": str(i), "target": str((i * 7 + 3) % n), "evidence": "inferred"} for i in range(n) if (i * 7 + 3) % n not in (i, i - 1, i + 1)]
json.dump({"nodes": [{"id": str(i)} for i in range(n)], "links": links}, open(sys.argv[1], "w"))
PY
run rank --by degree --sensitivity --seed 3 --format json "$TMP/many.json"
check_status "rank --sensitivity with many inferred links" 0
cp "$TMP/out" "$TMP/many1"
check "with more than 64 inferred links, 64 singles are drawn, plus all together, and the seed is kept" $PY -c "
import json
d = json.load(open('$TMP/many1'))
assert d['sampled'] is True and d['networks_compared'] == 66 and d['sensitivity_seed'] == 3, d
assert all(r['best_rank'] <= r['rank'] <= r['worst_rank'] for r in d['ranking'])
"
run rank --by degree --sensitivity --seed 3 --format json "$TMP/many.json"
check "the same seed gives the same bytes" cmp -s "$TMP/out" "$TMP/many1"

# ---- no inferred links: the ranges are the ranks, and a notice says why
printf '{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}' >"$TMP/none.json"
run rank --by degree --sensitivity --format csv "$TMP/none.json"
check_error "no inferred links: a notice" 0 "innonet: rank: $TMP/none.json has no inferred links: every rank stands on stated links alone"
check "no inferred links: best and worst are the rank" test "$(cat "$TMP/out")" = "rank,best_rank,worst_rank,id,label,kind,score
1,1,1,a,a,,1
1,1,1,b,b,,1"

# ---- validate counts the evidence of each link
run validate "$F"
check "validate counts stated and inferred links" grep -qx "$F: note: evidence: 4 links stated, 2 inferred, 0 without evidence" "$TMP/out"
printf '{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [{"source": "a", "target": "b", "evidence": "guessed"}, {"source": "b", "target": "c", "evidence": "inferred"}]}' >"$TMP/ev.json"
run validate "$TMP/ev.json"
check_status "validate: odd evidence is a warning, not an error" 0
check "validate names the link with another evidence and the inferred link without a note" sh -c "grep -qx \"$TMP/ev.json: warning: links\[0\] ('a' -- 'b'): evidence is \\\"stated\\\" or \\\"inferred\\\"\" '$TMP/out' && grep -qx \"$TMP/ev.json: warning: links\[1\] ('b' -- 'c') is inferred but has no note saying from what\" '$TMP/out'"

# ---- refusals
run rank --by all --sensitivity "$F"
check_error "--sensitivity needs one measure" 2 "innonet: rank: --sensitivity needs a single measure, not --by all"
run rank --samples 3 --sensitivity "$F"
check_error "--sensitivity refuses sampled scores" 2 "innonet: rank: --sensitivity needs exact scores: leave out --samples"
run rank --seed 3 "$F"
check_error "--seed alone" 2 "innonet: rank: --seed needs --samples or --sensitivity"
finish
