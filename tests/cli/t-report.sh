# t-report.sh: `innonet report` writes one deterministic, self-contained, escaped HTML file.
. "$(dirname "$0")/lib.sh" "$@"
HOSTILE=$FIXTURES/report-hostile.json

run report -o "$TMP/a.html"
check_status "report of the built-in model" 0
check "it says what it wrote" grep -q "^innonet: wrote $TMP/a.html (43 nodes, 124 links, [0-9]* measures)$" "$TMP/err"
run report -q -o "$TMP/b.html"
check "--quiet says nothing" test ! -s "$TMP/err"
check "the same input gives the same bytes" cmp -s "$TMP/a.html" "$TMP/b.html"
run report -o - "$MODEL"
check_status "-o - writes to stdout" 0
check "stdout holds the report" grep -q '^<!DOCTYPE html>$' "$TMP/out"

# provenance: the digest is the file's SHA-256 as sha256sum computes it; built in = the shipped file
sum=$(sha256sum "$MODEL" | cut -d' ' -f1)
check "the built-in model's digest is graphs/nnmi-2016.json's" grep -q "<code>$sum</code>" "$TMP/a.html"
check "a file's digest is its sha256sum" grep -q "<code>$sum</code>" "$TMP/out"
run report - <"$MODEL"
check "standard input is said not to be hashed" grep -q 'not hashed: the model was read from standard input' "$TMP/out"
mkfifo "$TMP/fifo" && { cat "$MODEL" >"$TMP/fifo" & }
run report -o - "$TMP/fifo"
check "a pipe is said not to be hashed (it cannot be read twice)" grep -q 'not hashed: the model was read from a pipe' "$TMP/out"
run report --as-of 2015 --project institute -o - "$MODEL"
check "the options table shows --as-of" grep -q '<tr><td><code>--as-of</code></td><td>2015</td></tr>' "$TMP/out"
check "the options table shows --project" grep -q '<tr><td><code>--project</code></td><td>institute</td></tr>' "$TMP/out"
check "the seed is recorded" grep -q '<tr><th>random seed (igraph)</th><td>20160201</td></tr>' "$TMP/out"
check "the versions are recorded" sh -c "grep -q '<tr><th>igraph</th><td>0\.10\.' '$TMP/a.html' &&
	grep -q '<tr><th>Graphviz</th><td>2\.' '$TMP/a.html'"

# self-contained: nothing is fetched (no src= or href= leaving the page, no @import or url())
check "no external resources" sh -c "! grep -Eiq '(src|href)=\"(https?:|//)|@import|url\\(' '$TMP/a.html'"

# the Content Security Policy allows the page's one script and style by their SHA-256 (Python's hashlib)
check "the CSP hashes are the inline script's and style's" $PY -c "
import base64, hashlib, re, sys
html = open('$TMP/a.html', encoding='utf-8').read()
for kind in ('script', 'style'):
    found = re.findall(r'<%s>(.*?)</%s>' % (kind, kind), html, re.S)
    assert len(found) == 1, (kind, len(found))
    h = base64.b64encode(hashlib.sha256(found[0].encode()).digest()).decode()
    assert \"%s-src 'sha256-%s'\" % (kind, h) in html, (kind, h)
"

# connectivity findings name the nodes and links NetworkX finds (not only as many)
check "articulation points, bridges and component sizes are NetworkX's" $PY - "$TMP/a.html" "$MODEL" <<'PYEOF'
import collections, html, json, re, sys
import networkx as nx
page = open(sys.argv[1], encoding='utf-8').read()
G = nx.node_link_graph(json.load(open(sys.argv[2])))
label = lambda n: G.nodes[n].get('label', str(n))
def cells(table):
    body = re.search(r'<table id="%s".*?<tbody>(.*?)</tbody>' % table, page, re.S).group(1)
    return [[html.unescape(c) for c in re.findall(r'<td[^>]*>(.*?)</td>', row)] for row in re.findall(r'<tr.*?</tr>', body)]
cuts = {row[0] for row in cells('articulation-points')}
assert cuts == {str(n) for n in nx.articulation_points(G)}, cuts
bridges = collections.Counter(frozenset((r[0], r[2])) for r in cells('bridges'))
assert bridges == collections.Counter(frozenset((label(u), label(v))) for u, v in nx.bridges(G)), bridges
sizes = [int(r[1]) for r in cells('components')]
assert sizes == sorted((len(c) for c in nx.connected_components(G)), reverse=True), sizes
PYEOF

# every ranking table's scores are NetworkX's (tests/fixtures/ref, made by make_refs.py), to 1e-9
check "the ranking scores are NetworkX's" $PY - "$TMP/a.html" "$FIXTURES/ref/nnmi-2016.csv" <<'PYEOF'
import csv, html, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
ref = list(csv.DictReader(line for line in open(sys.argv[2]) if not line.startswith('#')))
tables = re.findall(r'<table class="sortable ranking" id="ranking-([a-z_-]+)">.*?<tbody>(.*?)</tbody>', page, re.S)
assert tables, 'no ranking table'
checked = 0
for measure, body in tables:
    if measure not in ref[0]:
        continue  # a measure make_refs.py does not cover yet
    got = {html.unescape(i): float(v) for i, v in
           re.findall(r'<td class="num">[0-9]+</td><td>(.*?)</td>.*?data-value="([^"]*)"', body)}
    want = {row['id']: float(row[measure]) for row in ref}
    assert got.keys() == want.keys(), measure
    bad = [n for n in want if abs(got[n] - want[n]) > 1e-9 * max(1, abs(want[n]))]
    assert not bad, (measure, bad[:3])
    checked += 1
assert checked >= 6, checked
PYEOF

# the rankings carry rank --sensitivity's best and worst rank when the model has inferred links
"$BIN" rank --sensitivity --format csv >"$TMP/sens.csv"
check "the betweenness table's best and worst ranks are rank --sensitivity's" $PY - "$TMP/a.html" "$TMP/sens.csv" <<'PYEOF'
import csv, html, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
body = re.search(r'<table class="sortable ranking" id="ranking-betweenness">.*?<tbody>(.*?)</tbody>', page, re.S).group(1)
got = {html.unescape(i): (int(b), int(w)) for i, b, w in
       re.findall(r'<td class="num">[0-9]+</td><td>(.*?)</td>.*?data-value="[^"]*"[^<]*</td><td class="num">([0-9]+)</td><td class="num">([0-9]+)</td>', body)}
want = {r['id']: (int(r['best_rank']), int(r['worst_rank'])) for r in csv.DictReader(open(sys.argv[2]))}
assert got == want and len(got) == 43, (len(got), [k for k in want if got.get(k) != want[k]][:3])
assert '6 links of the model are inferred' in page
PYEOF

# hostile labels: every model text is escaped; the page still has exactly one script element
run report -o "$TMP/h.html" "$HOSTILE"
check_status "report of hostile labels" 0
check "no model text opens an element" sh -c "! grep -Eq '<(script>alert|img|iframe|svg onload|b>org)' '$TMP/h.html'"
check "one <script> element" test "$(grep -o '<script' "$TMP/h.html" | wc -l)" -eq 1
check "labels are shown escaped" grep -q '<td>AT&amp;T &amp; Sons &#39;quoted&#39; &quot;double&quot;</td>' "$TMP/h.html"
check "the title is escaped" grep -q '^<title>Network report: &lt;/title&gt;&lt;script&gt;' "$TMP/h.html"

# failures: no partial file, one message, status 2 for bad input
run report -o "$TMP/c.html" "$TMP/missing.json"
check_status "a missing model" 2
check "no report is left behind" test ! -e "$TMP/c.html"
run report -o "$TMP/no/such/dir/r.html"
check_status "an unwritable output" 1
run report --help
check "report --help has examples" grep -q '^examples:' "$TMP/out"
# funding over time: the seed's seven awards spread by the exit mechanism add up to the awards
# (federal 55+70+70+110+75+70+70 = 520 M USD; other 55+106+78+502+96+70+180 = 1087 M USD, Table 1)
run report -q -o "$TMP/funding.html"
check "the report's funding table adds up to Table 1's five-year money" $PY -c "
import re
html = open('$TMP/funding.html').read()
sec = html[html.index('<section id=\"funding\">'):]
sec = sec[:sec.index('</section>')]
rows = re.findall(r'<tr><td>(\d+)</td><td class=\"num\">(?:at least )?(\d+)</td><td class=\"num\">(\d+)</td></tr>', sec)
assert rows and rows[0][0] == '2012', rows[:2]
fed = sum(int(r[1]) for r in rows); other = sum(int(r[2]) for r in rows)
assert abs(fed - 520e6) < 20 and abs(other - 1087e6) < 20, (fed, other)
assert '<svg' in sec
"
# --lang zh: the report's own words in Chinese, every node named by its label_zh where the model
# gives one (read from the model file here), the diagram drawn as export --lang zh draws it; the
# numbers are those of the English report, cell for cell
run report --lang zh -q -o "$TMP/zh.html"
check_status "report --lang zh" 0
run report -q -o "$TMP/en.html"
check "report --lang zh: Chinese headings, label_zh names, a Chinese legend, the same numbers" $PY - "$TMP/zh.html" "$TMP/en.html" "$MODEL" <<'PYEOF'
import json, re, sys
zh, en = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
model = json.load(open(sys.argv[3]))
assert '<html lang="zh">' in zh and '<html lang="en">' in en
heads = re.findall(r"<h2>([^<]*)</h2>", zh)
assert heads == ["主要发现", "概要", "网络图", "排名", "连通性", "资助随时间的变化", "来源信息"], heads
assert "<B>图例</B>" not in zh and ">图例<" in zh  # the diagram's legend title, as Graphviz writes it
names = {n["id"]: n.get("label_zh") or n.get("label") or n["id"] for n in model["nodes"]}
rows = re.findall(r'<table class="sortable ranking" id="ranking-degree">.*?</table>', zh, re.S)[0]
cells = re.findall(r"<tr data-order=\"\d+\"><td class=\"num\">\d+</td><td>([^<]*)</td><td>([^<]*)</td>", rows)
assert len(cells) == len(model["nodes"]) and all(names[i] == label for i, label in cells), cells[:3]
assert any(n.get("label_zh") for n in model["nodes"])
nums = lambda s: re.findall(r'data-value="([^"]*)"', s)
assert nums(zh) == nums(en) and len(nums(en)) > 0
PYEOF
run report --lang fr
check_error "report --lang fr" 2 "innonet: report: --lang needs en or zh, not 'fr'"
finish
