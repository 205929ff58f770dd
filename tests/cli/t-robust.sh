# t-robust.sh: inputs that used to crash innonet or run away with it (docs/errors.md): a highlight
# with no path, unbounded and hopeless input, readers in time linear in their input.
. "$(dirname "$0")/lib.sh" "$@"

D=$FIXTURES/disconnected.json
# --highlight path:A:B when B cannot be reached from A: drawn, the legend saying so (it crashed)
for f in dot svg; do
	run export -q --highlight path:a:hub -f $f -o "$TMP/hp.$f" "$D"
	check_status "--highlight path to an unreachable node, $f" 0
done
check "the legend says there is no path" grep -q "no path from a to hub" "$TMP/hp.dot"
run export -q --highlight path:a:alone -f dot -o - "$D"
check_status "--highlight path to an isolated node, on standard output" 0
check "standard output holds the drawing" grep -q "no path from a to alone" "$TMP/out"
run export -q --lang zh --highlight path:a:hub -f dot -o - "$D"
check "the Chinese legend says so too" grep -q "a 到 hub 没有路径" "$TMP/out"

# any id a model may hold is drawn as itself: those DOT text cannot carry (the drawing is copied
# through DOT text under stand-in names) and one that looks like a stand-in
cat >"$TMP/ids.json" <<'JSON'
{"nodes": [{"id": "-."}, {"id": "b\\\"c"}, {"id": "%x"}, {"id": "end\\"}, {"id": "two\nlines"},
 {"id": "innonet-stand-in-2d2e"}, {"id": "ok"}],
 "links": [{"source": "-.", "target": "ok"}, {"source": "%x", "target": "ok"}, {"source": "b\\\"c", "target": "innonet-stand-in-2d2e"}]}
JSON
for f in svg png pdf; do
	run export -q -f $f -o "$TMP/ids.$f" "$TMP/ids.json"
	check_status "ids DOT cannot carry, drawn as $f" 0
done
run report -q -o "$TMP/ids.html" "$TMP/ids.json"
check_status "ids DOT cannot carry, in a report" 0
check "the SVG names every node by its id, and each link by its ends" $PY -c "
import json, xml.etree.ElementTree as ET
S = '{http://www.w3.org/2000/svg}'
doc = json.load(open('$TMP/ids.json'))
root = ET.parse('$TMP/ids.svg').getroot()
groups = [g for g in root.iter(S + 'g') if g.get('class', '').startswith(('node', 'edge'))]
titles = {g.find(S + 'title').text for g in groups}
for n in doc['nodes']:
    assert n['id'] in titles, (n['id'], titles)
for l in doc['links']:
    assert l['source'] + '--' + l['target'] in titles, (l, titles)
nodes = {g.find(S + 'title').text for g in groups if g.get('class').startswith('node')}
assert {t for t in nodes if not t.startswith('legend:')} == {n['id'] for n in doc['nodes']}, nodes
"
printf '{"nodes": [{"id": "innonet-stand-in-2d2e"}, {"id": "a"}], "links": [{"source": "a", "target": "innonet-stand-in-2d2e"}]}' >"$TMP/st.json"
run export -q -f dot -o "$TMP/st.dot" "$TMP/st.json"
check_status "an id that looks like a stand-in, as DOT" 0
run rank -f csv "$TMP/st.dot"
check "... reads back as itself" grep -q "innonet-stand-in-2d2e" "$TMP/out"

# unbounded input: a stream whose first byte cannot begin a model is refused at once, not after
# a GiB; a CSV stream stops at the 1 GiB limit of the other readers
run validate /dev/zero
check_error "/dev/zero as a model" 2 "innonet: /dev/zero:1:1: NUL byte in the model"
ln -s /dev/zero "$TMP/zero.dot"
run validate "$TMP/zero.dot"
check_error "/dev/zero as a DOT model" 2 "innonet: $TMP/zero.dot:1:1: NUL byte in the file"
check "an endless stream of 'x' is refused at once" sh -c "yes x | timeout 10 '$BIN' validate - 2>'$TMP/err'; test \$? = 2"
check "with the reason" grep -qx "innonet: <stdin>: cannot tell the model's format from its content (innonet reads json, graphml, gexf, gml, dot, csv, pajek, dl, edgelist, lgl, adjlist, multiline-adjlist, graph6, sparse6, leda, dimacs, adjacency-json, cytoscape-json, tree-json or adjacency-matrix): name it with --input-format" "$TMP/err"
run rank --links /dev/zero
check_error "/dev/zero as a CSV edge list" 2 "innonet: /dev/zero:1: record longer than 67108864 bytes (a quote never closed?)"
if [ -z "$QUICK" ]; then
	# about 20 s: a GiB of blank lines, which the reader skips without keeping anything
	check "an endless CSV stream stops at 1 GiB" sh -c "(echo source,target; yes '') | '$BIN' rank --links - 2>'$TMP/err'; test \$? = 2"
	check "saying so" grep -qx "innonet: <stdin>: model larger than 1024 MiB (the limit)" "$TMP/err"
fi
truncate -s 1025M "$TMP/sparse.csv"
run rank "$TMP/sparse.csv"
check_error "a CSV file larger than 1 GiB, refused by its size" 2 "innonet: $TMP/sparse.csv: model larger than 1024 MiB (the limit)"
rm -f "$TMP/sparse.csv"

# short of memory: a library that dies inside the drawing is one line and status 1, no crash and
# no file left (not under the checked builds: the sanitizers and valgrind need more address space).
# Under 50,000 KB `report`'s drawing child waits for ever on a lock fontconfig left taken
# (render_guard.c): innonet kills it after 10 s without work, with no timeout of the test's own.
if [ -z "$QUICK" ]; then
	mkdir "$TMP/oom"
	for kb in 50000 80000 120000 160000; do
		for f in svg png pdf html; do
			if [ $f = html ]; then set -- report; else set -- export -f $f; fi
			[ $kb = 50000 ] && [ $f != html ] && continue
			(ulimit -v $kb; "$BIN" "$@" -q -o "$TMP/oom/x.$f" >"$TMP/out" 2>"$TMP/err"); status=$?
			check "$f under ulimit -v $kb: status 0 or 1, not a signal ($status)" test "$status" -le 1
			check "$f under ulimit -v $kb: at most one line on stderr, innonet's" sh -c \
				"test \$(wc -l <'$TMP/err') -le 1 && ! grep -qv '^innonet: ' '$TMP/err'"
			[ "$status" = 0 ] || check "$f under ulimit -v $kb: no file left" test -z "$(ls -A "$TMP/oom")"
			rm -f "$TMP/oom/x.$f"
		done
	done
fi
finish
