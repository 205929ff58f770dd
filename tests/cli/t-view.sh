# t-view.sh: `export --format html`, the interactive view, read back without a browser: its data
# against NetworkX (view_check.py), the same bytes from the same input, hostile labels kept as
# data, the options of static drawings refused, large networks laid out by igraph's
# Fruchterman-Reingold, and `report` embedding the view past 500 nodes. t-view-browser.sh runs it.
. "$(dirname "$0")/lib.sh" "$@"
HERE=$(dirname "$0")
HOSTILE=$SRC/tests/hostile/hostile-labels.json
M25=$SRC/graphs/manufacturing-usa-2025.json

run export -q -o "$TMP/nnmi.html"
check_status "export -o nnmi.html" 0
check "the 2016 view reads back as the model, NetworkX's measures, hashed policy" $PY "$HERE/view_check.py" "$TMP/nnmi.html" "$MODEL"
run export --format html "$MODEL"
check_status "export --format html to standard output" 0
check "the same input gives the same bytes (file and standard output)" cmp -s "$TMP/out" "$TMP/nnmi.html"
check "small networks keep the static drawing's shapes and sizes" grep -q '"shapes":true' "$TMP/nnmi.html"
run export -q -o "$TMP/m25.html" "$M25"
check_status "the 2025 view" 0
check "the 2025 view reads back as the model" $PY "$HERE/view_check.py" "$TMP/m25.html" "$M25"
check "a model with since and until gets the year filter" grep -q '"years":true' "$TMP/m25.html"
check "the whole model states no view" grep -q '"view":null' "$TMP/m25.html"
# a relation layer, or a year, is stated under the title as every output states it (the page
# shows 'View: ' and this text); the layer's nodes all stay, its links are the funds links
run export -q --relation funds -o "$TMP/funds.html" "$M25"
check_status "the view of the funds layer" 0
check "the funds layer: the view stated as rank states it" grep -q '"view":"relations funds"' "$TMP/funds.html"
run export -q --as-of 2014 --within institute,agency -o "$TMP/within.html" "$M25"
check "--as-of and --within: both stated" grep -q '"view":"as of 2014; within institute, agency"' "$TMP/within.html"
check "the page says the view under its title" grep -q "'View: ', '视图：') + D.view" "$TMP/funds.html"
# --lang zh: the page's own words in Chinese too (the model's names already are)
check "an English page says so to its script" grep -q '"zh":false' "$TMP/funds.html"
run export -q --lang zh -o "$TMP/zh.html" "$M25"
check_status "the Chinese view" 0
check "a Chinese page says so to its script, which has its words in Chinese" sh -c "
	grep -q '\"zh\":true' '$TMP/zh.html' && grep -q \"T('Kinds', '类型')\" '$TMP/zh.html'"
check "a Chinese page says in Chinese what placed the nodes (an English one in English)" sh -c "
	grep -q '\"layout\":\"Graphviz dot，与静态图相同\"' '$TMP/zh.html' &&
	grep -q '\"layout\":\"Graphviz dot, as the static drawing\"' '$TMP/funds.html'"

run export -q -o "$TMP/h.html" "$HOSTILE"
check_status "the view of hostile labels" 0
check "hostile labels: read back exactly, the data block unbroken" $PY "$HERE/view_check.py" "$TMP/h.html" "$HOSTILE"
check "hostile labels: no script or markup of theirs in the page" $PY -c "
import re
html = open('$TMP/h.html', encoding='utf-8').read()
assert len(re.findall(r'<script', html, re.I)) == 2, 'a script element from a label'
assert not re.search(r'<img|<text>|<!--', html, re.I), 'a label\'s markup in the page'
"

# the options that shape a static drawing do not apply: refused, named
run export --format html --ego AMNPO
check_error "--ego with html" 2 "innonet: export: --ego is for static drawings (dot, svg, png, pdf); the html view places, filters and styles the whole network itself"
run export -o "$TMP/x.html" --layout neato
check_error "--layout with a .html file" 2 "innonet: export: --layout is for static drawings (dot, svg, png, pdf); the html view places, filters and styles the whole network itself"
run export --format html --ranks nosuch
check_error "--ranks with an unknown measure" 2 "innonet: export: --ranks: unknown measure 'nosuch' (see 'innonet rank --help')"
check "no file is left behind by a refused run" test ! -e "$TMP/x.html"
run export --format html --ranks degree,pagerank
check_status "--ranks degree,pagerank" 0
check "--ranks: the measures named, no others" $PY -c "
import json, sys
html = open('$TMP/out', encoding='utf-8').read()
s = html.index('id=\"inn-view-data\">') + len('id=\"inn-view-data\">')
assert json.loads(html[s:html.index('</script>', s)])['measures'] == ['degree', 'pagerank']
"

# a large network: igraph's layout, seeded; the layout places linked nodes closer than others
$PY "$SRC/bench/gen_graph.py" 600 2 "$TMP/ba" >/dev/null
run export -q -o "$TMP/ba.html" "$TMP/ba.json"
check_status "the view of a 600-node network" 0
run export -q -o "$TMP/ba2.html" "$TMP/ba.json"
check "a large network's layout is the same every run" cmp -s "$TMP/ba.html" "$TMP/ba2.html"
check "a large network's view reads back as the model" $PY "$HERE/view_check.py" "$TMP/ba.html" "$TMP/ba.json"
check "Fruchterman-Reingold: linked nodes lie closer than the average pair (by half)" $PY -c "
import json, math
html = open('$TMP/ba.html', encoding='utf-8').read()
s = html.index('id=\"inn-view-data\">') + len('id=\"inn-view-data\">')
d = json.loads(html[s:html.index('</script>', s)])
x, y = d['nodes']['x'], d['nodes']['y']
dist = lambda a, b: math.hypot(x[a] - x[b], y[a] - y[b])
linked = sum(dist(a, b) for a, b in zip(d['links']['s'], d['links']['t'])) / d['links']['n']
n = d['nodes']['n']
pairs = sum(dist(a, (a * 7919 + 13) % n) for a in range(n)) / n
assert d['shapes'] is False and 'Fruchterman' in d['layout'], d['layout']
assert linked < pairs / 2, (linked, pairs)
"

# report: the static SVG up to 500 nodes, the view beyond
run report -q -o "$TMP/r.html"
check "the report of 43 nodes draws the static SVG, no view" sh -c "grep -q '<svg' '$TMP/r.html' && ! grep -q 'inn-view' '$TMP/r.html'"
run report -q -o "$TMP/rba.html" "$TMP/ba.json"
check_status "the report of a 600-node network" 0
check "the report of 600 nodes embeds the view, its policy naming the view's script and style" \
	$PY "$HERE/view_check.py" "$TMP/rba.html" "$TMP/ba.json" --report
check "... and no static SVG in its diagram section" sh -c "! sed -n '/<section id=\"diagram\"/,/<\/section>/p' '$TMP/rba.html' | grep -q '<svg'"
check "(the check above can fail: the 43-node report's diagram section holds an SVG)" sh -c "sed -n '/<section id=\"diagram\"/,/<\/section>/p' '$TMP/r.html' | grep -q '<svg'"
finish
