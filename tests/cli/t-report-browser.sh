# t-report-browser.sh: the HTML report in headless Chromium (one browser, driven over the DevTools
# protocol by browse.js): it loads with no console message, its tables hold the rows NetworkX
# expects, clicking a heading sorts, hostile labels inject nothing, and the screenshot is not
# blank. Needs Debian's chromium and node (scripts/setup-deps.sh --test installs them).
. "$(dirname "$0")/lib.sh" "$@"
HOSTILE=$FIXTURES/report-hostile.json

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if ! need chromium chromium || ! need node nodejs; then
	finish
fi

"$BIN" report -q -o "$TMP/r.html"
"$BIN" report -q -o "$TMP/h.html" "$HOSTILE"
# negative controls, so the checks below can fail: a script error, and a script slipped into
# the report, which its Content Security Policy must refuse (and Chromium say so)
printf '<!DOCTYPE html><title>x</title><script>nosuchfunction()</script>\n' >"$TMP/bad.html"
sed 's|</body>|<script>console.log("injected")</script></body>|' "$TMP/r.html" >"$TMP/injected.html"
mkdir "$TMP/profile"
node "$(dirname "$0")/browse.js" "$CHROMIUM" "$TMP/profile" "$TMP/shot" "file://$TMP/bad.html" \
	"file://$TMP/injected.html" "file://$TMP/r.html" "file://$TMP/h.html" >"$TMP/pages" 2>"$TMP/browse.err"
check "Chromium loaded the four pages" test "$(wc -l <"$TMP/pages")" -eq 4
sed 's/^/  /' "$TMP/browse.err"

# expected rows from NetworkX on the same models (both are undirected and simple); the option
# table lists the options of `report --help` but --output, --quiet and --help
noptions=$("$BIN" report --help | grep -Ec -- '^  (-., )?--|^      --')
check "the pages are as expected" $PY - "$TMP/pages" "$MODEL" "$HOSTILE" "$((noptions - 3))" <<'PYEOF'
import json, sys
import networkx as nx

bad, injected, report, hostile = [json.loads(line) for line in open(sys.argv[1])]
problems = []
def expect(what, ok):
    print(('ok - ' if ok else 'FAIL - ') + what)
    if not ok:
        problems.append(what)

expect('a script error shows on the console', any('nosuchfunction' in m for m in bad['messages']))
expect('the CSP refuses a script slipped into the report',
       not any('injected' == m.split(': ', 1)[-1] for m in injected['messages'])
       and any('Content Security Policy' in m for m in injected['messages']))

def rows(path):
    G = nx.node_link_graph(json.load(open(path)))
    want = {
        'summary-kinds': len({d.get('kind') for _, d in G.nodes(data=True)}),
        'summary-relations': len({d.get('relation') for _, _, d in G.edges(data=True)}),
        'components': nx.number_connected_components(G),
        'articulation-points': len(list(nx.articulation_points(G))),
        'bridges': len(list(nx.bridges(G))),
        'options': int(sys.argv[4]),
    }
    for m in ['degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank']:
        want['ranking-' + m] = G.number_of_nodes()
    return G, want

for page, path in [(report, sys.argv[2]), (hostile, sys.argv[3])]:
    G, want = rows(path)
    name = 'the built-in report' if page is report else 'the hostile report'
    expect(name + ' has no console message: %r' % page['messages'], page['messages'] == [])
    for table, n in want.items():
        got = page['tables'].get(table)
        expect('%s: table %s has %d rows (got %s)' % (name, table, n, got), got == n)
    # clicking the id heading sorts ascending: the smallest id (byte order) comes first
    first = sorted(str(n) for n in G.nodes)[0]
    expect('%s: sorting by id puts %r first (got %r)' % (name, first, page['sorted']), page['sorted'] == first)
    expect(name + ': one script, no injected element', page['scripts'] == 1 and page['injected'] == 0)
    expect(name + ': a click on the diagram zooms it and another fits it again', page['zooms'] is True)
sys.exit(1 if problems else 0)
PYEOF

# the screenshot is not blank: many colours, not one background (PNG decoded by hand in Python)
check "the screenshot is not blank" $PY "$(dirname "$0")/shot_ink.py" "$TMP/shot2.png" 8 0
finish
