# t-injection.sh: hostile labels through every writer: CSV, JSON, the terminal table, SVG, and
# messages. Each output is read back by an independent parser (Python's csv, json, xml.etree).
. "$(dirname "$0")/lib.sh" "$@"

HOSTILE=$SRC/tests/hostile/hostile-labels.json

run rank --by degree --format csv "$HOSTILE"
check_status "CSV of hostile labels" 0
check "CSV: every cell reads back as the label, formulas neutralised with a leading '" $PY -c "
import csv, json
model = {n['id']: n for n in json.load(open('$HOSTILE'))['nodes']}
rows = list(csv.reader(open('$TMP/out', newline='', encoding='utf-8')))
assert rows[0] == ['rank', 'id', 'label', 'kind', 'score'], rows[0]
assert len(rows) == 1 + len(model), len(rows)
def shown(text):
    # OWASP: a cell starting with = + - @ tab or CR is prefixed with ' so a spreadsheet shows it
    return \"'\" + text if text[:1] in ('=', '+', '-', '@', '\t', '\r') else text
seen = set()
for r in rows[1:]:
    node = model[r[1].lstrip(\"'\")]
    seen.add(node['id'])
    assert r[1] == shown(node['id']), r
    assert r[2] == shown(node['label']), (r[2], node['label'])
    assert r[3] == shown(node['kind']), (r[3], node['kind'])
    for cell in r[1:4]:
        assert cell[:1] not in ('=', '+', '-', '@', '\t', '\r'), cell
assert seen == set(model)
"

run rank --by degree --format json "$HOSTILE"
check_status "JSON of hostile labels" 0
check "JSON: the labels read back exactly, the model name too" $PY -c "
import json
doc = json.load(open('$HOSTILE'))
model = {n['id']: n for n in doc['nodes']}
out = json.load(open('$TMP/out', encoding='utf-8'))
assert out['model'] == doc['graph']['name'], out['model']
assert len(out['ranking']) == len(model)
for r in out['ranking']:
    assert r['label'] == model[r['id']]['label'], r
    assert r['kind'] == model[r['id']]['kind'], r
"
check "JSON: no raw control character" $PY -c "
data = open('$TMP/out', 'rb').read()
assert not any(b < 0x20 and b not in (0x0a,) for b in data), 'raw control byte'
"

run rank --by degree "$HOSTILE"
check_status "table of hostile labels" 0
check "table: one line per node, nothing a terminal would obey" $PY -c "
import json
nodes = len(json.load(open('$HOSTILE'))['nodes'])
text = open('$TMP/out', 'rb').read().decode('utf-8')
assert text.count('\n') == 1 + nodes, text.count('\n')
bad = [c for c in text if (ord(c) < 0x20 and c != '\n') or 0x7f <= ord(c) <= 0x9f or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
assert not bad, bad
"

run validate "$HOSTILE"
check_status "validate of hostile labels" 0
check "validate: nothing a terminal would obey" $PY -c "
text = open('$TMP/out', 'rb').read().decode('utf-8')
assert not [c for c in text if (ord(c) < 0x20 and c != '\n') or 0x7f <= ord(c) <= 0x9f]
"

run export -q -o "$TMP/h.svg" "$HOSTILE"
check_status "SVG of hostile labels" 0
check "SVG: well-formed XML, one node per model node, labels as text, no script or foreign content" $PY -c "
import json, xml.etree.ElementTree as ET
doc = json.load(open('$HOSTILE'))
model = {n['id']: n for n in doc['nodes']}
root = ET.parse('$TMP/h.svg').getroot()
S = '{http://www.w3.org/2000/svg}'
X = '{http://www.w3.org/1999/xlink}'
allowed = {'svg', 'g', 'title', 'text', 'polygon', 'ellipse', 'path', 'polyline', 'a'}
tags = {e.tag.replace(S, '') for e in root.iter()}
assert tags <= allowed, tags - allowed
nodes = [g for g in root.iter(S + 'g') if g.get('class', '').startswith('node kind-')]
assert sorted(g.find(S + 'title').text for g in nodes) == sorted(model), [g.find(S + 'title').text for g in nodes]
texts = [t.text or '' for t in root.iter(S + 'text')]
for n in model.values():
    # Graphviz draws each line of a label as its own text; a CR is dropped
    for line in n['label'].replace('\r', '').split('\n'):
        assert line.strip() == '' or line in texts, (line, n['id'])
for e in root.iter():
    for k, v in e.attrib.items():
        if k in ('href', X + 'href'):
            assert v.startswith(('http://', 'https://')), (k, v)
        assert not k.startswith('on'), k
"

# messages: a file name that would clear the screen and set the terminal's title is shown with '?'
name=$(printf 'x\033]0;owned\007\033[2J.json')
printf '[]' >"$TMP/$name"
run validate "$TMP/$name"
check_error "an error naming a hostile file" 2 "innonet: $TMP/x?]0;owned??[2J.json: a model must be a JSON object"
# and a model cannot hold such text at all (tests/hostile/control-*.json)

# the style map: every member checked against its grammar (docs/diagrams.md) when it is read, so
# nothing from a style reaches a Graphviz attribute unchecked; Graphviz 2.42 writes font names raw
# into font-family="...", and fontconfig would read ':' and '=' as a pattern
mkdir "$TMP/style.d"
style_refused() { # WHAT JSON MESSAGE-AFTER-THE-FILE
	printf '%s' "$2" >"$TMP/style.json"
	run export -o "$TMP/style.d/s.svg" --style "$TMP/style.json"
	check_error "--style: $1" 2 "innonet: $TMP/style.json$(case $3 in :*) ;; *) printf ': ' ;; esac)$3"
	check "--style: $1: no file" test -z "$(ls -A "$TMP/style.d")"
}
style_refused "a font that closes the attribute" '{"font": "x\"/><script>alert(1)</script><x a=\""}' \
	"font: needs a font name (letters, digits, spaces and - _ . , + only), not 'x\"/><script>alert(1)</script><x a=\"'"
style_refused "a font_zh that is a fontconfig pattern" '{"font_zh": ":file=/etc/passwd"}' \
	"font_zh: needs a font name (letters, digits, spaces and - _ . , + only), not ':file=/etc/passwd'"
style_refused "a font with an ampersand" '{"font": "A&B"}' \
	"font: needs a font name (letters, digits, spaces and - _ . , + only), not 'A&B'"
# control characters: refused by the strict JSON of a model (json_scan.c), with line and column
style_refused "a font with a C1 control" '{"font": "A\u009bB"}' \
	":1:12: control character U+009B in a string (only tab, newline and carriage return may appear)"
style_refused "a colour with an attribute after it" '{"kinds": {"agency": {"fillcolor": "#000000\" onload=\"x"}}}' \
	"kinds.agency.fillcolor: needs a colour written #RRGGBB or #RRGGBBAA, not '#000000\" onload=\"x'"
style_refused "a shape Graphviz would read as a file" '{"kinds": {"agency": {"shape": "epsf"}}}' \
	"kinds.agency.shape: unknown Graphviz shape 'epsf'"
style_refused "a style list with an attribute" '{"kinds": {"agency": {"style": "filled\",penwidth=\"9"}}}' \
	"kinds.agency.style: needs a comma list of filled, rounded, dashed, dotted, solid, bold, diagonals, not 'filled\",penwidth=\"9'"
style_refused "an arrowhead with markup" '{"relations": {"funds": {"arrowhead": "normal<b>"}}}' \
	"relations.funds.arrowhead: unknown Graphviz arrow shape 'normal<b>'"
style_refused "a palette colour with markup" '{"palette": ["#FFFFFF", "<svg>"]}' \
	"palette[1]: needs a colour written #RRGGBB"
style_refused "a legend label with ESC" '{"kinds": {"agency": {"label": "a\u001bb"}}}' \
	":1:34: control character U+001B in a string (only tab, newline and carriage return may appear)"
style_refused "a raw tab in a string, which cJSON alone accepts" "$(printf '{"font": "A\tB"}')" \
	":1:12: invalid JSON: control character in a string"
printf '{"graph": {"name": "m"}, "styles": {"font": "x\\" onload=\\"alert(1)"}, "nodes": [{"id": "a"}], "links": []}' \
	>"$TMP/styled.json"
run export -o "$TMP/style.d/s.svg" "$TMP/styled.json"
check_error "a model's own styles are checked the same way" 2 \
	"innonet: $TMP/styled.json: styles: font: needs a font name (letters, digits, spaces and - _ . , + only), not 'x\" onload=\"alert(1)'"
printf '{"font": "Noto Sans CJK SC, DejaVu Sans", "kinds": {"agency": {"label": "</text><script>alert(1)</script>"}}}' \
	>"$TMP/style.json"
run export -q -o "$TMP/style.d/s.svg" --style "$TMP/style.json" --title '"/><script>alert(1)</script>'
check_status "a font list, and markup in a legend label and the title" 0
check "they are text in the SVG: no script element, the title drawn as written" $PY -c "
import xml.etree.ElementTree as ET
S = '{http://www.w3.org/2000/svg}'
root = ET.parse('$TMP/style.d/s.svg').getroot()
assert not [e for e in root.iter() if e.tag.replace(S, '') not in ('svg', 'g', 'title', 'text', 'polygon', 'ellipse', 'path', 'polyline', 'a')]
texts = [t.text or '' for t in root.iter(S + 'text')]
assert any('<script>' in t for t in texts), texts[:5]
for e in root.iter():
    assert all(not k.startswith('on') for k in e.attrib), e.attrib
"

# no shell-outs: neither the binary nor its modules import a function that runs another program
# (Graphviz and igraph are libraries, in-process; fork alone starts rank's workers, which run
# innonet's own code). nm prints imports as name@VERSION: the version is cut before comparing.
if need nm binutils; then
	for f in "$BIN" "$(dirname "$BIN")/innonet-graphviz.so" "$(dirname "$BIN")/innonet-graphml.so"; do
		nm -D --undefined-only "$f" | awk '{ sub(/@.*/, "", $NF); print $NF }' >"$TMP/imports"
		check "$(basename "$f") imports functions (nm reads it)" test -s "$TMP/imports"
		check "$(basename "$f") runs no other program" sh -c \
			"! grep -Ex 'system|popen|execv|execve|execvp|execvpe|execl|execle|execlp|posix_spawn|posix_spawnp' '$TMP/imports'"
	done
	# the names are compared without their versions: the binary's fork (for -j) is seen as fork
	nm -D --undefined-only "$BIN" | awk '{ sub(/@.*/, "", $NF); print $NF }' >"$TMP/imports"
	check "the import check sees versioned names (innonet's fork)" grep -qx fork "$TMP/imports"
fi
finish
