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
finish
