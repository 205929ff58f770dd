# t-errors.sh: bad input and misuse: one "innonet:" line on stderr, status 2, no file left behind.
. "$(dirname "$0")/lib.sh" "$@"

run rank /nonexistent/model.json
check_error "missing file" 2 "innonet: /nonexistent/model.json: cannot open model: No such file or directory"

printf '{"nodes": [\n  {"id": "a"\n  {"id": "b"}\n]}\n' >"$TMP/bad.json"
run rank "$TMP/bad.json"
check_error "invalid JSON, with line and column" 2 "innonet: $TMP/bad.json:3:3: invalid JSON: expected ',' or '}'"

printf '{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "ghost"}]}' >"$TMP/ghost.json"
run export -o "$TMP/ghost.svg" "$TMP/ghost.json"
check_error "link to an unknown node" 2 "innonet: $TMP/ghost.json: links[0]: link target 'ghost' is not a node"
check "no output file after a failed export" test -z "$(ls -A "$TMP" | grep -v -e '^bad.json$' -e '^ghost.json$' -e '^out$' -e '^err$')"

printf '{"nodes": [{"id": "DoD"}, {"id": "DOE"}, {"id": "DoD"}]}' >"$TMP/dup.json"
run rank "$TMP/dup.json"
check_error "duplicate node id" 2 "innonet: $TMP/dup.json: nodes[2]: duplicate node id 'DoD' (first at nodes[0])"

run rank --by influence
check_error "unknown measure" 2 "innonet: rank: unknown measure 'influence' (see 'innonet rank --help')"
run rank --format xml
check_error "unknown format" 2 "innonet: rank: unknown format 'xml' (table, csv or json)"
run rank --top zero
check_error "bad --top" 2 "innonet: rank: --top needs a whole number (0: all), not 'zero'"
run rank --damping 2
check_error "bad --damping" 2 "innonet: rank: --damping needs a number from 0 to 1, not '2'"
run rank --kind institue
check_error "a kind no node has" 2 "innonet: rank: no node of kind 'institue' in nnmi-2016.json (built in)"
run rank --colour
check_error "unknown option" 2 "innonet: rank: unknown option '--colour' (see 'innonet rank --help')"
run rank --top
check_error "option without its value" 2 "innonet: rank: option '--top' needs a value (N)"
run rank a.json b.json
check_error "two models" 2 "innonet: rank: unexpected argument 'b.json' (see 'innonet rank --help')"
run export --format gif
check_error "unknown export format" 2 "innonet: export: unknown format 'gif' (dot, svg, png, pdf, html, graphml, gexf, pajek, csv or json)"
run export -o "$TMP/x.gif"
check_error "unknown extension" 2 "innonet: export: cannot tell the format of '$TMP/x.gif': use --format dot|svg|png|pdf|html|graphml|gexf|pajek|csv|json"
run frobnicate
check_error "unknown command" 2 "innonet: 'frobnicate' is not a command (see 'innonet --help')"

cp "$MODEL" "$TMP/model.json"
run rank --format csv -o "$TMP/model.json" "$TMP/model.json"
check_error "output over the input" 2 "innonet: $TMP/model.json: refusing to write over the input model"
check "the input is intact" cmp -s "$MODEL" "$TMP/model.json"

run rank -w weight --by betweenness "$FIXTURES/../fixtures/disconnected.json"
check_error "--weight naming an attribute no link has is refused" 2 "innonet: rank: --weight: no link of $FIXTURES/../fixtures/disconnected.json has a number in 'weight'"

if [ -w /dev/full ]; then
	"$BIN" rank >/dev/full 2>"$TMP/err"
	status=$?
	check_error "write error on stdout" 1 "innonet: write error on standard output: No space left on device"
	# -o /dev/full: written in place (a rename would replace the device, as root), and the error is 1
	run rank -o /dev/full
	check_error "-o /dev/full" 1 "innonet: /dev/full: write error: No space left on device"
	check "/dev/full is still a device" test -c /dev/full
	run export -o /dev/full --format svg
	check_error "export -o /dev/full" 1 "innonet: /dev/full: write error: No space left on device"
	check "/dev/full is still a device after export" test -c /dev/full
fi

# a closed standard output: the output is lost, so the run fails (status 1), for every command
for cmd in rank validate "export --format dot"; do
	# shellcheck disable=SC2086 # the command and its options are meant to split
	$WRAP "$BIN" $cmd >&- 2>"$TMP/err"
	status=$?
	check_error "$cmd with standard output closed" 1 "innonet: write error on standard output: Bad file descriptor"
done
# ... but a run that writes to a file does not need it
mkdir "$TMP/closed"
$WRAP "$BIN" rank -o "$TMP/closed/r.csv" >&- 2>"$TMP/err"
status=$?
check_status "rank -o FILE with standard output closed" 0
check "the file is written" test -s "$TMP/closed/r.csv"

# a disk that fills up half-way through an SVG: status 1 and no file, not half a diagram
mkdir "$TMP/full"
(
	trap '' XFSZ
	ulimit -f 8
	$WRAP "$BIN" export -o "$TMP/full/nnmi.svg" >"$TMP/out" 2>"$TMP/err"
	echo $? >"$TMP/status"
)
status=$(cat "$TMP/status")
check_error "a write error on -o FILE" 1 "innonet: $TMP/full/nnmi.svg: write error: File too large"
check "no file is left, not even a temporary one" test -z "$(ls -A "$TMP/full")"

# an output path that is a directory
run rank -o "$TMP"
check_error "-o DIRECTORY" 1 "innonet: $TMP: cannot write output: Is a directory"
finish
