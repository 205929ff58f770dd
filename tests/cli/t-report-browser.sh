# t-report-browser.sh: the HTML report in headless Chromium: it loads with no console message,
# its tables hold the rows NetworkX expects, sorting works, and its screenshot is not blank.
# Needs Debian's chromium (scripts/setup-deps.sh --test installs it).
. "$(dirname "$0")/lib.sh" "$@"
HOSTILE=$FIXTURES/report-hostile.json

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
	fail "chromium is not installed (run: sh scripts/setup-deps.sh --test)"
	finish
fi

# browse MODE PAGE OUT: run Chromium once on a fresh profile with the network kept closed;
# MODE is --dump-dom (the DOM after the scripts ran, in OUT) or --screenshot (a PNG in OUT).
# Console messages land in OUT.log as "CONSOLE" lines.
browse() {
	profile=$(mktemp -d "$TMP/profile.XXXXXX")
	if [ "$1" = --dump-dom ]; then shot=""; else shot="--screenshot=$3"; fi
	# shellcheck disable=SC2086 # $shot is one option or none
	timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --enable-logging=stderr --v=0 --window-size=1280,1600 \
		${shot:---dump-dom} "$2" >"$3.dom" 2>"$3.log"
	[ "$1" = --dump-dom ] && mv "$3.dom" "$3"
	rm -rf "$profile"
}
no_console() { ! grep -q 'CONSOLE' "$1.log"; }

# the console check can fail: a page with an error is caught
printf '<!DOCTYPE html><title>x</title><script>nosuchfunction()</script>\n' >"$TMP/bad.html"
browse --dump-dom "file://$TMP/bad.html" "$TMP/bad.dom"
check "a script error shows as a console message" grep -q 'CONSOLE.*nosuchfunction' "$TMP/bad.dom.log"

"$BIN" report -q -o "$TMP/r.html"
browse --dump-dom "file://$TMP/r.html" "$TMP/r.dom"
check "the report loads with no console message" no_console "$TMP/r.dom"
if ! no_console "$TMP/r.dom"; then grep CONSOLE "$TMP/r.dom.log" | sed 's/^/  /'; fi

# rows of every table, against NetworkX on the same model (the graph is undirected and simple)
check "the tables have the rows NetworkX expects" $PY - "$TMP/r.dom" "$MODEL" <<'PYEOF'
import collections, json, sys
from html.parser import HTMLParser
import networkx as nx

class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.table, self.in_body, self.rows, self.sortable = None, False, collections.Counter(), set()
        self.tabindex = collections.Counter()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.table = a.get('id')
            if 'sortable' in (a.get('class') or '').split():
                self.sortable.add(self.table)
        elif tag == 'tbody':
            self.in_body = True
        elif tag == 'tr' and self.in_body:
            self.rows[self.table] += 1
        elif tag == 'th' and a.get('tabindex') == '0':
            self.tabindex[self.table] += 1
    def handle_endtag(self, tag):
        if tag == 'tbody':
            self.in_body = False

p = Rows()
p.feed(open(sys.argv[1], encoding='utf-8').read())
G = nx.node_link_graph(json.load(open(sys.argv[2])))
n = G.number_of_nodes()
want = {
    'summary-kinds': len({d.get('kind') for _, d in G.nodes(data=True)}),
    'summary-relations': len({d.get('relation') for _, _, d in G.edges(data=True)}),
    'components': nx.number_connected_components(G),
    'articulation-points': len(list(nx.articulation_points(G))),
    'bridges': len(list(nx.bridges(G))),
}
for m in ['degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank']:
    want['ranking-' + m] = n
bad = [(t, p.rows[t], w) for t, w in want.items() if p.rows[t] != w]
# the sort script ran: every heading of every sortable table became focusable
bad += [(t, 'unsorted') for t in p.sortable if p.tabindex[t] == 0]
if bad:
    sys.exit('tables differ (table, rows, expected): %r' % bad)
PYEOF

# sorting: #sort=ranking-degree:1:asc puts the smallest id first (ids sorted by Python)
browse --dump-dom "file://$TMP/r.html#sort=ranking-degree:1:asc" "$TMP/s.dom"
first=$($PY -c "
import json; print(sorted(n['id'] for n in json.load(open('$MODEL'))['nodes'])[0])")
check "sorting by id puts '$first' first" $PY -c "
import re, sys
dom = open('$TMP/s.dom', encoding='utf-8').read()
table = dom[dom.index('id=\"ranking-degree\"'):]
row = re.search(r'<tbody>\s*<tr[^>]*><td[^>]*>[0-9]+</td><td>([^<]*)</td>', table)
sys.exit(0 if row and row.group(1) == '$first' else 'first row: %r' % (row and row.group(1)))
"

# hostile labels: nothing runs (an injected script or a CSP refusal would show on the console)
"$BIN" report -q -o "$TMP/h.html" "$HOSTILE"
browse --dump-dom "file://$TMP/h.html" "$TMP/h.dom"
check "hostile labels cause no console message" no_console "$TMP/h.dom"
check "hostile labels add no element" sh -c "test \$(grep -c '<script' '$TMP/h.dom') -eq 1 &&
	! grep -Eq '<(img|iframe)' '$TMP/h.dom'"

# the screenshot is not blank: many colours, not one background (PNG decoded by hand in Python)
browse --screenshot "file://$TMP/r.html" "$TMP/r.png"
check "the screenshot is not blank" $PY - "$TMP/r.png" <<'PYEOF'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, ihdr = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        ihdr = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
w, h, depth, ctype = ihdr[:4]
assert depth == 8 and ctype in (2, 6), ihdr
bpp = 3 if ctype == 2 else 4
raw, stride, prev, colours = zlib.decompress(idat), w * bpp, bytearray(w * bpp), set()
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 8 == 0:
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 4))
    prev = line
sys.exit(0 if len(colours) >= 16 else 'only %d colours: blank' % len(colours))
PYEOF
finish
