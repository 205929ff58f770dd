# t-outputs.sh: no output over an input (one guard, every command, every file read or written),
# all outputs or none, modes kept, and the same status for every -j (docs/errors.md).
. "$(dirname "$0")/lib.sh" "$@"

cp "$MODEL" "$TMP/a.json"
cp "$MODEL" "$TMP/b.json"
cp "$SRC/examples/scenario-defund-lift.json" "$TMP/sc.json"
printf '{"font": "DejaVu Sans"}\n' >"$TMP/s.json"
printf '{"nodes": [{"id": "new-office", "kind": "office"}], "links": []}\n' >"$TMP/add.json"
for f in a b sc s add; do cp "$TMP/$f.json" "$TMP/$f.orig"; done

# refused: status 2, one line naming the file, and the file as it was
refused() { # WHAT FILE WHICH ARGS...
	what=$1 file=$2 which=$3
	shift 3
	run "$@"
	check_error "$what" 2 "innonet: $TMP/$file: refusing to write over the input $which"
	check "$what: $file intact" cmp -s "$TMP/$file" "$TMP/${file%.*}.orig"
}
refused "diff over its second model" b.json model diff "$TMP/a.json" "$TMP/b.json" -o "$TMP/b.json"
refused "diff over its first model" a.json model diff "$TMP/a.json" "$TMP/b.json" -o "$TMP/a.json"
refused "export -f dot over its --style" s.json style export -f dot --style "$TMP/s.json" -o "$TMP/s.json"
refused "export -f svg over its --style" s.json style export -f svg --style "$TMP/s.json" -o "$TMP/s.json"
refused "export -f svg over its --scenario" sc.json scenario export -f svg --scenario "$TMP/sc.json" -o "$TMP/sc.json"
refused "whatif over its --scenario" sc.json scenario whatif --scenario "$TMP/sc.json" -o "$TMP/sc.json"
refused "whatif over its --add" add.json model whatif --add "$TMP/add.json" -o "$TMP/add.json"
refused "report over its model" a.json model report -o "$TMP/a.json" "$TMP/a.json"
refused "robustness --chart over the model" a.json model robustness --chart "$TMP/a.json" "$TMP/a.json"
refused "funding --chart over the model" a.json model funding --chart "$TMP/a.json" "$TMP/a.json"
ln -s "$TMP/s.json" "$TMP/link.json"
ln "$TMP/sc.json" "$TMP/hard.json"
run export -f svg --style "$TMP/s.json" -o "$TMP/link.json"
check_error "a symbolic link to the style" 2 "innonet: $TMP/link.json: refusing to write over the input style"
run whatif --scenario "$TMP/hard.json" -o "$TMP/sc.json"
check_error "a hard link to the scenario" 2 "innonet: $TMP/sc.json: refusing to write over the input scenario"
run export -q -f csv -o "$TMP/net.csv" "$TMP/a.json"
cp "$TMP/net-links.csv" "$TMP/links.csv"
cp "$TMP/links.csv" "$TMP/links.orig"
run export -f csv --links "$TMP/links.csv" -o "$TMP/links.csv"
check_error "csv export over --links" 2 "innonet: $TMP/links.csv: refusing to write over the input model"
cp "$TMP/links.csv" "$TMP/l-links.csv"
run export -f csv -o "$TMP/l.csv" "$TMP/l-links.csv"
check_error "the derived -links.csv name over an input" 2 "innonet: $TMP/l-links.csv: refusing to write over the input model"
check "nothing written beside it" test ! -e "$TMP/l.csv"
run rank --links "$TMP/links.csv" -o "$TMP/links.csv"
check_error "rank over --links" 2 "innonet: $TMP/links.csv: refusing to write over the input model"
check "--links intact" cmp -s "$TMP/links.csv" "$TMP/links.orig"

# all outputs or none
echo old >"$TMP/rob.csv"
run robustness -o "$TMP/rob.csv" -f csv --chart /dev/full
check_error "robustness with the chart on a full disk" 1 "innonet: /dev/full: write error: No space left on device"
check "robustness left its table as it was" test "$(cat "$TMP/rob.csv")" = old
for c in robustness funding; do
	run $c -o "$TMP/$c-new.csv" -f csv --chart "$TMP/no/such/dir/c.svg"
	check_error "$c --chart in a missing directory" 1 "innonet: $TMP/no/such/dir/c.svg: cannot create output: No such file or directory"
	check "$c wrote no table either" test ! -e "$TMP/$c-new.csv"
done
run funding -q -o "$TMP/f.csv" -f csv --chart "$TMP/f.svg"
check_status "funding with both outputs" 0
check "funding wrote both" test -s "$TMP/f.csv" -a -s "$TMP/f.svg"
check "no temporary file left" test -z "$(ls -A "$TMP" | grep '^\.')"

# a file written over keeps its mode
for mode in 600 640; do
	: >"$TMP/m.csv"
	chmod $mode "$TMP/m.csv"
	run rank -f csv -o "$TMP/m.csv"
	check "rank -o over a $mode file keeps $mode" test "$(stat -c %a "$TMP/m.csv")" = $mode
done

# the same status and message for every -j
printf '{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
 "links": [{"source": "a", "target": "b", "weight": -1}, {"source": "b", "target": "c", "weight": 1},
 {"source": "c", "target": "d", "weight": 2}]}\n' >"$TMP/neg.json"
for j in 1 2 3; do
	run rank --by strength,pagerank --weight weight -j $j "$TMP/neg.json"
	check_error "a negative weight found with -j $j" 2 "innonet: $TMP/neg.json: links[0] ('a' -- 'b'): weight 'weight' must not be negative"
	run rank --by betweenness,closeness --weight weight -j $j "$TMP/neg.json"
	check_error "a negative distance found with -j $j" 2 "innonet: $TMP/neg.json: links[0] ('a' -- 'b'): weight 'weight' must be positive to act as a distance"
done
finish
