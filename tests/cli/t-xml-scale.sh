# t-xml-scale.sh: GEXF and GraphML at scale. GEXF read as a stream (src/io/load_gexf.c on
# load_xml.c): a large file loads whole, in memory about twice its size (the tree libxml2 used to
# build took some 22 times), and the order of the parts of a file does not matter. The drawing
# written into GEXF and GraphML at every size.
. "$(dirname "$0")/lib.sh" "$@"

# 50,000 nodes and 200,000 links (19 MB); 5,000 and 20,000 under valgrind, where only the
# counts are checked
n=50000
[ -n "$QUICK" ] && n=5000
$PY "$SRC/tests/cli/gexf_large.py" $n "$TMP/big.gexf"
run validate "$TMP/big.gexf"
check_status "a large GEXF" 0
check "... every node and link (gexf_large.py: N nodes, 4N links)" \
	grep -qx "$TMP/big.gexf: $n nodes, $((4 * n)) links, undirected, simple graph, 1 component" "$TMP/out"

# peak memory: under 4 times the file's size (docs/formats.md records 1x/2x/4x); not under
# valgrind or a sanitizer (the checked builds: QUICK), whose own memory would be counted
if [ -z "$WRAP" ] && [ -z "$QUICK" ] && need /usr/bin/time time; then
	size=$(wc -c <"$TMP/big.gexf")
	/usr/bin/time -f %M -o "$TMP/rss" "$BIN" validate "$TMP/big.gexf" >/dev/null 2>&1
	status=$?
	kb=$(cat "$TMP/rss")
	check_status "a large GEXF, measured" 0
	check "... peak memory ${kb} kB is under 4 times the file's $((size / 1024)) kB" test "$kb" -lt $((4 * size / 1024))
fi

# edges before nodes (a third pass reads them once every node is known), no nodes at all, and
# the second <nodes> ignored as the first <graph> alone is read: as the whole tree was read
cat >"$TMP/order.gexf" <<'GEXF'
<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.2" version="1.2">
<graph defaultedgetype="undirected">
<edges><edge source="a" target="b" type="directed"/><edge source="b" target="c"/></edges>
<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
<nodes><node id="d"/></nodes>
</graph>
<graph><nodes><node id="e"/></nodes></graph>
</gexf>
GEXF
run validate "$TMP/order.gexf"
check_status "edges before nodes" 0
# by hand: one directed edge makes the model directed, the undirected one two arcs
check "... 3 nodes, 3 links, directed" grep -q "order.gexf: 3 nodes, 3 links, directed" "$TMP/out"
printf '<gexf><graph><edges><edge source="a" target="b"/></edges></graph></gexf>' >"$TMP/nonodes.gexf"
run validate "$TMP/nonodes.gexf"
check_error "edges and no nodes" 2 "innonet: $TMP/nonodes.gexf:1: edge source 'a' is not a node"
# a wrong root is said only once the file is known to be well-formed, as before
printf '<?xml version="1.0"?>\n<gefx><graph>\n</gefx>\n' >"$TMP/badroot.gexf"
run validate --input-format gexf "$TMP/badroot.gexf"
check_error "a wrong root that is not well-formed" 2 \
	"innonet: $TMP/badroot.gexf:4: invalid GEXF: premature end of data in tag gefx line 2"

# the drawing in GEXF and GraphML at every size (docs/formats.md): 2,001 nodes, past the 2,000
# at which it used to be left out, each with its position (GEXF) or yEd shape (GraphML), no notice.
# Under a checker (QUICK) 600 nodes, past the 500 from which a drawing takes the large-network
# path: the same code, at a tenth of the layout's cost there.
nd=2001
[ -n "$QUICK" ] && nd=600
$PY "$SRC/tests/cli/gexf_large.py" $nd "$TMP/nd.gexf"
for f in gexf graphml; do
	rm -f "$TMP/nd-out.$f"
	run export -q -o "$TMP/nd-out.$f" "$TMP/nd.gexf"
	check_status "export of $nd nodes to $f" 0
	check "... nothing on stderr" test ! -s "$TMP/err"
	check "... every node written" test "$(grep -c '<node ' "$TMP/nd-out.$f")" = $nd
done
check "... a position for every node in GEXF" test "$(grep -c '<viz:position ' "$TMP/nd-out.gexf")" = $nd
check "... a yEd shape for every node in GraphML" test "$(grep -c '<y:ShapeNode>' "$TMP/nd-out.graphml")" = $nd

finish
