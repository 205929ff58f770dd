# t-export.sh: `innonet export`: golden DOT, SVG drawn in-process, atomic and byte-stable output.
. "$(dirname "$0")/lib.sh" "$@"

run export --format dot
check_status "export --format dot" 0
check_golden "DOT of the built-in model" nnmi-2016.dot

run export -o "$TMP/nnmi.svg"
check_status "export -o nnmi.svg" 0
check_error "export says where it wrote" 0 "innonet: wrote $TMP/nnmi.svg (svg, 59 nodes, 138 links)"
check "the SVG parses as XML with one node group per model node and a legend" $PY -c "
import xml.etree.ElementTree as ET
ns = {'s': 'http://www.w3.org/2000/svg'}
root = ET.parse('$TMP/nnmi.svg').getroot()
groups = root.findall('.//s:g', ns)
nodes = [g for g in groups if g.get('class', '').startswith('node kind-')]
assert len(nodes) == 59, len(nodes)
titles = sorted(g.find('s:title', ns).text for g in nodes)
import json
ids = sorted(n['id'] for n in json.load(open('$MODEL'))['nodes'])
assert titles == ids
assert any('legend' in g.get('class', '') for g in groups)
"
cp "$TMP/nnmi.svg" "$TMP/first.svg"
run export -q -o "$TMP/nnmi.svg"
check "a second SVG is byte-identical" cmp -s "$TMP/nnmi.svg" "$TMP/first.svg"
check "--quiet says nothing" test ! -s "$TMP/err"

run export -o "$TMP/g.dot" "$FIXTURES/florentine.json"
check "the format follows the extension" test "$(head -c 5 "$TMP/g.dot")" = "graph"
check "no temporary file is left" test "$(ls -A "$TMP" | grep -c '^\.')" -eq 0
finish
