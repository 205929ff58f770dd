# t-layers-years.sh: relation layers and sector subgraphs (--relation, --exclude-relation, --within,
# --drop-isolates) against NetworkX's edge_subgraph and subgraph on the same file (layers_ref.py);
# series over years (rank --over, stats --over), each year's column equal to --as-of YEAR's
# values byte for byte and to NetworkX on the year's snapshot; export --over's panels; validate's
# kinds and relations; whatif --remove-link; the view stated in every table, CSV and JSON.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json
REF="$PY $SRC/tests/cli/layers_ref.py"

# same_scores WHAT: rank --format csv in $TMP/out holds exactly the nodes and scores of $TMP/ref
same_scores() {
	check "$1" $PY - "$TMP/out" "$TMP/ref" <<'PYEOF'
import csv, math, sys
got = {r["id"]: float(r["score"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
want = {l.split()[0]: float(l.split()[1]) for l in open(sys.argv[2], encoding="utf-8")}
assert got.keys() == want.keys(), (sorted(got.keys() ^ want.keys()))
bad = [(v, got[v], want[v]) for v in want if not math.isclose(got[v], want[v], rel_tol=1e-9, abs_tol=1e-12)]
assert not bad, bad[:5]
PYEOF
}

# --- relation layers and sector subgraphs ----------------------------------------------------
run rank --relation sponsors,funds --format csv "$M2025"
$REF "$M2025" relation sponsors,funds >"$TMP/ref"
same_scores "the money layer (sponsors, funds): NetworkX's edge_subgraph betweenness, every node kept"

run rank --relation sponsors,funds --drop-isolates --format csv "$M2025"
$REF "$M2025" relation sponsors,funds drop >"$TMP/ref"
same_scores "--drop-isolates: exactly G.edge_subgraph"

run rank --exclude-relation member_of,part_of --format csv "$M2025"
$REF "$M2025" exclude member_of,part_of >"$TMP/ref"
same_scores "--exclude-relation member_of,part_of: the other links, every node kept"

run rank --within agency,office --format csv "$M2025"
$REF "$M2025" within agency,office >"$TMP/ref"
same_scores "--within agency,office: NetworkX's G.subgraph of those kinds"

run rank --within agency,office --by closeness --format csv "$M2025"
$REF "$M2025" within agency,office closeness >"$TMP/ref"
same_scores "--within: closeness on the subgraph too"

run rank --as-of 2015 --relation sponsors --within agency,institute --format csv "$M2025"
$REF "$M2025" snapshot 2015 relation sponsors within agency,institute >"$TMP/ref"
same_scores "--as-of 2015 --relation sponsors --within agency,institute compose in that order"

run rank --relation coordinates --within agency,office --by degree --format csv "$MODEL"
check "2016's coordinating layer among agencies and offices: degree by hand from the file" $PY - "$TMP/out" "$MODEL" <<'PYEOF'
import csv, json, sys
d = json.load(open(sys.argv[2]))
kind = {n["id"]: n.get("kind") for n in d["nodes"]}
deg = {v: 0 for v, k in kind.items() if k in ("agency", "office")}
for l in d["links"]:
    if l.get("relation") == "coordinates" and l["source"] in deg and l["target"] in deg:
        deg[l["source"]] += 1
        deg[l["target"]] += 1
got = {r["id"]: float(r["score"]) for r in csv.DictReader(open(sys.argv[1]))}
assert got == deg, (got, deg)
PYEOF

run stats --relation sponsors --drop-isolates --format json "$M2025"
check "stats of a layer: its counts, and the view stated" $PY - "$TMP/out" "$M2025" <<'PYEOF'
import json, subprocess, sys
d = json.load(open(sys.argv[1]))
n, m = map(int, subprocess.run(["/usr/bin/python3", sys.argv[2].rsplit("/graphs/", 1)[0] + "/tests/cli/layers_ref.py",
                                sys.argv[2], "relation", "sponsors", "drop", "count"], capture_output=True, text=True).stdout.split())
assert (d["nodes"], d["links"]) == (n, m), (d["nodes"], d["links"], n, m)
assert d["view"] == "relations sponsors; isolates dropped", d["view"]
PYEOF
run rank --relation sponsors --within institute,agency --as-of 2020 --format json -n 1 "$M2025"
check "rank's JSON states the view" $PY -c "
import json
assert json.load(open('$TMP/out'))['view'] == 'as of 2020; relations sponsors; within institute, agency'
"

run rank --relation sponsers "$M2025"
check_error "a relation the model lacks" 2 "innonet: rank: no link of relation 'sponsers' in $M2025 (--relation; 'innonet validate' lists them)"
run stats --within agencies "$M2025"
check_error "a kind the model lacks" 2 "innonet: stats: no node of kind 'agencies' in $M2025 (--within; 'innonet validate' lists them)"
run rank --relation sponsors --exclude-relation funds "$M2025"
check_error "--relation with --exclude-relation" 2 "innonet: rank: give --relation or --exclude-relation, not both"
run path DoD NIST --within institute "$M2025"
check_error "a node --within leaves out" 2 "innonet: path: 'DoD' is left out by --within"
run rank --relation sponsors --as-of 2011 --format csv "$M2025"
check_status "a relation the year lacks is an empty layer, not an error" 0

run validate "$M2025"
check "validate names the kinds and relations, with counts NetworkX finds" $PY - "$TMP/out" "$M2025" <<'PYEOF'
import collections, json, sys
d = json.load(open(sys.argv[2]))
out = open(sys.argv[1]).read()
for what, items in (("kinds", [n.get("kind") for n in d["nodes"]]), ("relations", [l.get("relation") for l in d["links"]])):
    c = sorted(collections.Counter(items).items(), key=lambda kv: (-kv[1], kv[0]))
    want = f"note: {what} ({len(c)}): " + ", ".join(f"{k} {n}" for k, n in c)
    assert want in out, (want, out)
PYEOF

# --- the view stated in tables and CSV ---------------------------------------------------------
# --within every kind of the 2016 model leaves its network as it is: each output must then be the
# default one with the view added (a line of the table, a last column of the CSV) and nothing else
# changed; without a model option the outputs have no view at all (the gallery compares their bytes).
ALL_KINDS=agency,institute,lead_organization,member_type,office,partner_type,council,programme,document,funder_type,lab_system,law,legislature
ALL_VIEW="within agency, institute, lead_organization, member_type, office, partner_type, council, programme, document, funder_type, lab_system, law, legislature"
# same_but_view WHAT FORMAT ARGS...: ARGS in FORMAT, without and with --within ALL_KINDS
same_but_view() {
	what=$1 fmt=$2
	shift 2
	"$BIN" "$@" -f "$fmt" >"$TMP/plain" 2>/dev/null
	"$BIN" "$@" -f "$fmt" --within "$ALL_KINDS" >"$TMP/viewed" 2>/dev/null
	check "$what ($fmt): the view stated, the rest byte for byte the default output" $PY - "$TMP/plain" "$TMP/viewed" "$fmt" "$ALL_VIEW" <<'PYEOF'
import csv, io, re, sys
plain, viewed = (open(f, encoding="utf-8", newline="").read() for f in sys.argv[1:3])
fmt, view = sys.argv[3:5]
assert plain and "view" not in plain.split("\n")[0] and not re.search(r"^view\b", plain, re.M), plain[:200]
if fmt == "csv":
    a, b = list(csv.reader(io.StringIO(plain))), list(csv.reader(io.StringIO(viewed)))
    assert b[0] == a[0] + ["view"], b[0]
    assert b[1:] == [r + [view] for r in a[1:]], b[1:3]
    assert viewed.count("\n") == plain.count("\n")
else:
    lines, want = viewed.split("\n"), plain.split("\n")
    said = [k for k, l in enumerate(lines) if re.fullmatch(r"view(: | +)" + re.escape(view), l)]
    assert len(said) == 1 and said[0] <= 1, lines[:3]
    assert lines[:said[0]] + lines[said[0] + 1:] == want, viewed[:300]
PYEOF
}
for f in table csv; do
	same_but_view "rank" $f rank "$MODEL"
	same_but_view "rank --by all" $f rank --by all "$MODEL"
	same_but_view "path" $f path DoD NIST "$MODEL"
	same_but_view "cut" $f cut DoD NIST "$MODEL"
	same_but_view "agreement" $f agreement --by degree,betweenness "$MODEL"
	same_but_view "robustness" $f robustness --steps 3 "$MODEL"
	same_but_view "funding" $f funding "$MODEL"
	same_but_view "communities" $f communities "$MODEL"
	same_but_view "whatif" $f whatif --remove DoD "$MODEL"
	same_but_view "diff" $f diff "$MODEL" "$MODEL"
	same_but_view "rank --over" $f rank --over 2014:2016 "$MODEL"
	same_but_view "stats --over" $f stats --over 2014:2016 "$MODEL"
done
same_but_view "keyplayer" table keyplayer -k 1 "$MODEL"
"$BIN" export -q -o "$TMP/plain.csv" "$MODEL"
"$BIN" export -q --within "$ALL_KINDS" -o "$TMP/viewed.csv" "$MODEL"
check "export's CSV tables: a last view column, the rest the default export's" $PY - "$TMP" "$ALL_VIEW" <<'PYEOF'
import csv, sys
tmp, view = sys.argv[1:3]
for name in ("", "-links"):
    a = list(csv.reader(open(f"{tmp}/plain{name}.csv", newline="", encoding="utf-8")))
    b = list(csv.reader(open(f"{tmp}/viewed{name}.csv", newline="", encoding="utf-8")))
    assert "view" not in a[0] and b[0] == a[0] + ["view"] and b[1:] == [r + [view] for r in a[1:]], name
PYEOF
run export --relation funds --format json -q -o - "$MODEL"
check "export's JSON: the view as graph.view" $PY -c "import json; assert json.load(open('$TMP/out'))['graph']['view'] == 'relations funds'"
run rank --relation funds,sponsors --format csv "$MODEL"
check "rank --relation: the CSV's view column, the same on every row" $PY -c "
import csv
rows = list(csv.DictReader(open('$TMP/out', newline='')))
assert rows and {r['view'] for r in rows} == {'relations funds, sponsors'}, rows[:2]
"
run rank --relation funds,sponsors --top 1 "$MODEL"
check "rank --relation: the table's first line" test "$(head -n 1 "$TMP/out")" = "view: relations funds, sponsors"
run stats --as-of 2015 "$M2025"
check "stats states the view on its view row, not twice" test "$(grep -c '^view' "$TMP/out")" = 1
for c in "cut DoD NIST" "keyplayer -k 1" "diff $MODEL"; do
	run $c --as-of 2015 --format json "$MODEL"
	check "${c%% *}'s JSON states the view" $PY -c "import json; assert json.load(open('$TMP/out'))['view'] == 'as of 2015'"
done
run report --relation funds -q -o "$TMP/r.html" "$MODEL"
check "the report states the view under its title" grep -q '<p class="note">.*View: relations funds\. ' "$TMP/r.html"

# --- whatif --remove-link ---------------------------------------------------------------------
run whatif --remove-link AMNPO:NNMI --format csv "$M2025"
check "whatif --remove-link AMNPO:NNMI: one link fewer, the one named" sh -c "grep -q '^summary,links,,,,149,148' '$TMP/out' && grep -q '^removed_link,AMNPO -- NNMI,coordinates' '$TMP/out'"
run whatif --remove-link AMNPO:DoD:funds "$M2025"
check_error "whatif --remove-link of a link not there" 2 "innonet: whatif: link to remove: no link 'AMNPO' -- 'DoD' with relation funds"
run whatif --remove-link AMNPO "$M2025"
check_error "whatif --remove-link without B" 2 "innonet: whatif: --remove-link needs A:B or A:B:RELATION, not 'AMNPO'"

# --- series over years ------------------------------------------------------------------------
run rank --over 2012:2025 --ranks --format csv "$M2025"
cp "$TMP/out" "$TMP/wide.csv"
check_status "rank --over 2012:2025" 0
years=""
for y in 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025; do
	"$BIN" rank --as-of $y --format csv "$M2025" >"$TMP/asof-$y.csv"
	years="$years $y"
done
check "each year's column is rank --as-of YEAR's score and rank, byte for byte; empty before a node exists" $PY - "$TMP" $years <<'PYEOF'
import csv, sys
tmp, years = sys.argv[1], sys.argv[2:]
wide = list(csv.DictReader(open(f"{tmp}/wide.csv", newline="")))
assert wide and list(wide[0].keys())[:3] == ["id", "label", "kind"]
for y in years:
    asof = {r["id"]: r for r in csv.DictReader(open(f"{tmp}/asof-{y}.csv", newline=""))}
    for r in wide:
        if r["id"] in asof:
            assert r[y] == asof[r["id"]]["score"] and r["rank_" + y] == asof[r["id"]]["rank"], (y, r["id"])
        else:
            assert r[y] == "" and r["rank_" + y] == "", (y, r["id"])
    assert {r["id"] for r in wide if r[y] != ""} == set(asof), y
PYEOF
check "AMNPO's and REMADE's betweenness year by year: NetworkX on each year's snapshot" $PY - "$TMP/wide.csv" "$M2025" "$SRC/tests/cli/layers_ref.py" <<'PYEOF'
import csv, math, subprocess, sys
wide = {r["id"]: r for r in csv.DictReader(open(sys.argv[1], newline=""))}
for y in map(str, range(2012, 2026)):
    out = subprocess.run(["/usr/bin/python3", sys.argv[3], sys.argv[2], "snapshot", y], capture_output=True, text=True).stdout
    ref = {l.split()[0]: float(l.split()[1]) for l in out.splitlines()}
    for v in ("AMNPO", "REMADE"):
        if v in ref:
            assert math.isclose(float(wide[v][y]), ref[v], rel_tol=1e-9), (y, v, wide[v][y], ref[v])
        else:
            assert wide[v][y] == "", (y, v)
PYEOF
check "rank --over --shape long holds the same values as wide" sh -c "
	'$BIN' rank --over 2012:2025 --shape long --format csv '$M2025' > '$TMP/long.csv' && $PY - '$TMP/long.csv' '$TMP/wide.csv' <<'PYEOF'
import csv, sys
long = list(csv.DictReader(open(sys.argv[1], newline='')))
wide = list(csv.DictReader(open(sys.argv[2], newline='')))
assert list(long[0].keys()) == ['year', 'id', 'label', 'kind', 'score']
assert {(r['year'], r['id']): r['score'] for r in long} == {(y, r['id']): r[y] for r in wide for y in map(str, range(2012, 2026)) if r[y] != ''}
PYEOF"

run stats --over 2012:2025:3 --format csv "$M2025"
cp "$TMP/out" "$TMP/stats-wide.csv"
for y in 2012 2015 2018 2021 2024; do "$BIN" stats --as-of $y --format csv "$M2025" >"$TMP/stats-$y.csv"; done
check "stats --over: each year's column is stats --as-of YEAR's value column, byte for byte" $PY - "$TMP" <<'PYEOF'
import csv, sys
tmp = sys.argv[1]
wide = list(csv.DictReader(open(f"{tmp}/stats-wide.csv", newline="")))
assert list(wide[0].keys()) == ["statistic", "of", "2012", "2015", "2018", "2021", "2024"]
for y in ("2012", "2015", "2018", "2021", "2024"):
    asof = {(r["statistic"], r["of"]): r["value"] for r in csv.DictReader(open(f"{tmp}/stats-{y}.csv", newline=""))}
    assert asof.pop(("view", "")) == "as of " + y  # what --as-of says of its one year; --over's meta says the span
    got = {(r["statistic"], r["of"]): r[y] for r in wide if (r["statistic"], r["of"]) in asof}
    assert got == asof, y
    assert all(r[y] == "" for r in wide if (r["statistic"], r["of"]) not in asof), y
PYEOF
check "stats --over: the network's growth (nodes, links) by NetworkX on each snapshot" $PY - "$TMP/stats-wide.csv" "$M2025" "$SRC/tests/cli/layers_ref.py" <<'PYEOF'
import csv, subprocess, sys
rows = {(r["statistic"], r["of"]): r for r in csv.DictReader(open(sys.argv[1], newline=""))}
for y in ("2012", "2015", "2018", "2021", "2024"):
    n, m = subprocess.run(["/usr/bin/python3", sys.argv[3], sys.argv[2], "snapshot", y, "count"], capture_output=True,
                          text=True).stdout.split()
    assert (rows[("nodes", "")][y], rows[("links", "")][y]) == (n, m), y
PYEOF

run rank --over 2012:2025 --by all "$M2025"
check_error "rank --over takes one measure" 2 "innonet: rank: --over follows one measure (--by NAME), not --by all"
run rank --over 2025:2012 "$M2025"
check_error "rank --over backwards" 2 "innonet: rank: --over needs FROM:TO or FROM:TO:STEP, years with FROM <= TO, not '2025:2012'"
run rank --shape long "$M2025"
check_error "--shape without --over" 2 "innonet: rank: --shape needs --over"
run stats --over 2012:2025 --shape tall "$M2025"
check_error "an unknown --shape" 2 "innonet: stats: unknown --shape 'tall' (wide or long)"
run stats --over 2012:2025 --as-of 2015 "$M2025"
check_error "stats --over with --as-of" 2 "innonet: stats: --over gives every year of its span: leave out --as-of"

# --- export --over ------------------------------------------------------------------------------
run export --over 2012:2025:4 --format dot -q "$M2025"
check "export --over: a panel a year holding that year's network, every node at one place in every panel" $PY - "$TMP/out" "$M2025" "$SRC/tests/cli/layers_ref.py" <<'PYEOF'
import re, subprocess, sys
text = open(sys.argv[1], encoding="utf-8").read()
pos = {}
for m in re.finditer(r'^\t+"?([0-9]{4})/([^"\t]+)"?\t\[(.*?)\];', text, re.S | re.M):
    p = re.search(r'pos="([-0-9.]+),([-0-9.]+)!"', m.group(3))
    assert p, m.group(0)[:200]
    pos[(m.group(1), m.group(2))] = (float(p.group(1)), float(p.group(2)))
years = sorted({y for y, _ in pos})
assert years == ["2012", "2016", "2020", "2024"], years
for y in years:
    ids = {v for yy, v in pos if yy == y}
    n, m = subprocess.run(["/usr/bin/python3", sys.argv[3], sys.argv[2], "snapshot", y, "count"], capture_output=True,
                          text=True).stdout.split()
    assert len(ids) == int(n), (y, len(ids), n)
# the same node in two panels: the same offset for every node between those two panels
for y in years[1:]:
    shifts = {(round(pos[(y, v)][0] - pos[("2012", v)][0], 3), round(pos[(y, v)][1] - pos[("2012", v)][1], 3))
              for (yy, v) in pos if yy == y and ("2012", v) in pos}
    assert len(shifts) == 1, (y, shifts)
assert len(re.findall(r"subgraph cluster_by_", text)) == 4
PYEOF
run export --over 2012:2025:4 -q -o "$TMP/over.svg" "$M2025"
check "export --over: one legend for the whole figure, of every kind and relation drawn, beside the panels" $PY - "$TMP/over.svg" <<'PYEOF'
import html, re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
assert svg.count('class="cluster legend"') == 1, svg.count('class="cluster legend"')
unescape = lambda s: html.unescape(s).replace("_5F", "_")
kinds = {unescape(k) for k in re.findall(r'class="node kind&#45;([^"]+)"', svg)}
relations = {unescape(r) for r in re.findall(r'class="edge relation&#45;([^"]+)"', svg)}
rows = svg[svg.index('class="node legend'):]  # the legend's rows come after the panels' nodes
texts = [html.unescape(t) for t in re.findall(r"<text [^>]*>([^<]*)</text>", rows)]
k, r = texts.index("Kinds"), texts.index("Relations")
assert rows.count("legend&#45;kind") == len(kinds) == r - k - 1 == 11, (rows.count("legend&#45;kind"), kinds, texts)
assert sorted(texts[r + 1:]) == sorted(x.replace("_", " ") for x in relations), (texts[r + 1:], relations)
def box(block):  # the bounding box of a cluster's outline path
    nums = [float(v) for v in re.findall(r"-?[0-9.]+", re.search(r'<path [^>]*d="([^"]+)"', block).group(1))]
    return min(nums[0::2]), min(nums[1::2]), max(nums[0::2]), max(nums[1::2])
panels = [box(b) for b in re.findall(r'class="cluster">(.*?)</g>', svg, re.S)]
lx0, ly0, lx1, ly1 = box(svg[svg.index('class="cluster legend"'):])
assert len(panels) == 4
assert all(lx0 > x1 or lx1 < x0 or ly0 > y1 or ly1 < y0 for x0, y0, x1, y1 in panels), (lx0, ly0, lx1, ly1, panels)
PYEOF
run export --over 2012:2025:4 --no-legend -q -o "$TMP/over.svg" "$M2025"
check "export --over --no-legend: none" sh -c "! grep -q 'class=\"cluster legend\"' '$TMP/over.svg'"
run export --over 2012:2025 --as-of 2015 -o "$TMP/x.svg" "$M2025"
check_error "export --over with --as-of" 2 "innonet: export: --as-of draws one network: leave it out with --over"
run export --over 2012:2025 -o "$TMP/x.graphml" "$M2025"
check_error "export --over to a data format" 2 "innonet: export: --over draws small multiples: svg, png, pdf or dot, not $TMP/x.graphml"
check "no file after a refused export --over" test ! -e "$TMP/x.graphml"
# --- the claims of docs/findings.md's "One layer, one sector, year by year" --------------------------
rowof() { tail -n +2 "$TMP/out" | cut -d, -f2,5 | tr '\n' ' '; }
run rank --relation sponsors,funds --drop-isolates --top 2 --format csv "$MODEL"
check "findings: 2016's money brokers, state and local governments 23.5, Defense 5" test "$(rowof)" = "state-local-gov,23.5 DoD,5 "
run rank --relation sponsors,funds --drop-isolates --top 2 --format csv "$M2025"
check "findings: 2025's money brokers, Defense 51.5, Energy 35.5" test "$(rowof)" = "DoD,51.5 DOE,35.5 "
run rank --relation coordinates --within agency,office --by degree --format csv "$MODEL"
scores() { $PY -c "import csv,sys; print(' '.join(r['id'] + ',' + r['score'] for r in csv.DictReader(open(sys.argv[1])) if r['score'] != '0'))" "$TMP/out"; }
check "findings: 2016's coordinating layer, AMNPO 6, six agencies 1, the rest 0" test "$(scores)" = "AMNPO,6 DOE,1 DoD,1 ED,1 NASA,1 NSF,1 USDA,1"
run rank --relation coordinates --within agency,office,council --format csv "$M2025"
check "findings: 2025's coordinating layer, AMNPO 28, every other 0" test "$(scores)" = "AMNPO,28"
run stats --over 2012:2025:13 --format csv "$M2025"
check "findings: 35 nodes, 34 links, 8 pieces in 2012; 72, 142, 1 in 2025" test "$(grep -E '^(nodes|links|weak_components),' "$TMP/out" | tr '\n' ' ')" = "nodes,,35,72 links,,34,142 weak_components,,8,1 "
run rank --over 2012:2025 --top 2 "$M2025"
check "findings: AMNPO 256.6 to the programme's 44.8 in 2012, overtaken in 2015, 457.1 in 2024" sh -c "
	grep -q '^NNMI .* 44.809524 .* 388.849797 ' '$TMP/out' && grep -q '^AMNPO .* 256.630952 .* 349.216972 .* 457.107149 ' '$TMP/out'"
finish
