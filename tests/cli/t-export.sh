# t-export.sh: `innonet export`: golden DOT, SVG checked against NetworkX, every option, byte-stable
# output in every format and layout, Chinese glyphs in PNG and PDF, large networks.
. "$(dirname "$0")/lib.sh" "$@"
D="$PY $SRC/tests/cli/diagram.py"

# --- DOT ------------------------------------------------------------------------------------
# the tooltips carry two measures' ranks only, so the golden file does not change whenever a
# measure is added to the table
run export --format dot --ranks betweenness,degree
check_status "export --format dot" 0
check_golden "DOT of the built-in model" nnmi-2016.dot

run export -o "$TMP/g.dot" "$FIXTURES/florentine.json"
check "the format follows the extension" test "$(head -c 5 "$TMP/g.dot")" = "graph"
run export -o "$TMP/g.gv" "$FIXTURES/florentine.json"
check ".gv is DOT too" test "$(head -c 5 "$TMP/g.gv")" = "graph"

# --- SVG ------------------------------------------------------------------------------------
run export -o "$TMP/nnmi.svg"
check_status "export -o nnmi.svg" 0
check_error "export says where it wrote" 0 "innonet: wrote $TMP/nnmi.svg (svg, 43 nodes, 124 links)"
check "SVG: one node per model node, a legend, tooltips with NetworkX's betweenness ranks" \
	$D svg "$TMP/nnmi.svg" "$MODEL"
check "SVG: the title names the model, its date and its sources" sh -c "
	grep -q '>National Network for Manufacturing Innovation (NNMI), 2016</text>' '$TMP/nnmi.svg' &&
	grep -q '>As of 2016&#45;02</text>' '$TMP/nnmi.svg' && grep -q '>Sources: DING Ming&#45;Lei' '$TMP/nnmi.svg'"
check "SVG: nodes and links carry id and class" sh -c "
	grep -q '<g id=\"node&#45;america&#45;makes\" class=\"node kind&#45;institute\">' '$TMP/nnmi.svg' &&
	grep -q '<g id=\"link&#45;0\" class=\"edge relation&#45;' '$TMP/nnmi.svg'"

# --- arrowheads: an undirected link has none unless its relation's style asks for one -----------
# Worked by hand: of the four links of this undirected model, the one of no relation and the one of
# a relation styled without an arrowhead have none; 'sponsors' (built in) and 'mentors' (whose
# style names one) have theirs. Directed, all four have one. The legend likewise: its four
# relation rows, 'sponsors' and 'mentors' with an arrowhead.
cat >"$TMP/undirected.json" <<'EOF'
{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
 "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c", "relation": "teaches"},
  {"source": "c", "target": "d", "relation": "sponsors"}, {"source": "d", "target": "a", "relation": "mentors"}]}
EOF
sed 's/"directed": false/"directed": true/' "$TMP/undirected.json" >"$TMP/directed.json"
printf '{"relations": {"mentors": {"arrowhead": "vee"}, "teaches": {"color": "#112233"}}}' >"$TMP/arrows.json"
# arrowheads FILE: each link's relation class with its number of arrowheads, then each legend
# row's ("class:count" a line); Graphviz draws an arrowhead as a polygon in the link's group
arrowheads() {
	$PY - "$1" <<'PYEOF'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r'<g id="[^"]*" class="(edge relation&#45;[^"]*|edge legend legend&#45;relation)">(.*?)</g>', svg, re.S):
    print("%s:%d" % (m.group(1).replace("&#45;", "-").replace("edge legend", "legend"), m.group(2).count("<polygon")))
PYEOF
}
run export -o "$TMP/undirected.svg" --style "$TMP/arrows.json" "$TMP/undirected.json"
check_status "export of an undirected model with relations" 0
arrowheads "$TMP/undirected.svg" >"$TMP/arrows.got"
printf '%s\n' "edge relation-none:0" "edge relation-teaches:0" "edge relation-sponsors:1" "edge relation-mentors:1" \
	"legend legend-relation:0" "legend legend-relation:0" "legend legend-relation:1" "legend legend-relation:1" \
	>"$TMP/arrows.want"
check "undirected: arrowheads only where the relation's style asks for one, in the legend too" \
	cmp -s "$TMP/arrows.got" "$TMP/arrows.want"
run export -o "$TMP/directed.svg" --style "$TMP/arrows.json" "$TMP/directed.json"
arrowheads "$TMP/directed.svg" >"$TMP/arrows.got"
printf '%s\n' "edge relation-none:1" "edge relation-teaches:1" "edge relation-sponsors:1" "edge relation-mentors:1" \
	"legend legend-relation:1" "legend legend-relation:1" "legend legend-relation:1" "legend legend-relation:1" \
	>"$TMP/arrows.want"
check "directed: every link and every relation in the legend has its arrowhead" cmp -s "$TMP/arrows.got" "$TMP/arrows.want"
run export -o "$TMP/karate.svg" "$FIXTURES/karate.json"
check "karate (undirected, no relations): not one of its 78 links has an arrowhead" \
	test "$(arrowheads "$TMP/karate.svg" | grep -c '^edge relation-none:0$')" -eq 78

# the highlight's legend row names its unit once: "(7 nodes)", not "(7 nodes) (nodes)" (DoD's 7
# neighbours other than the companies' own; the cut's size is NetworkX's, checked in t-cut.sh);
# a path has a node row and a link row, told apart after a colon
run export --format dot --highlight cut:DoD:companies
check "--highlight cut: the legend says its unit once" sh -c "
	grep -q 'label=\"minimum node cut between Department of Defense and Companies (7 nodes)\"' '$TMP/out' &&
	! grep -q '(nodes)' '$TMP/out'"
run export --format dot --highlight path:DoD:NIST
check "--highlight path: a row for its nodes and one for its links" sh -c "
	grep -q 'label=\"1 shortest path from Department of Defense to National Institute of Standards and Technology (2 links each): nodes\"' '$TMP/out' &&
	grep -q 'label=\"1 shortest path from Department of Defense to National Institute of Standards and Technology (2 links each): links\"' '$TMP/out'"

# --size-by scales a node, not stretches it: each node drawn sized by betweenness has, within 8%
# (text does not scale exactly with its font size), the width-to-height ratio Graphviz gives it
# unsized, while the sizes do change (by 0.77 to 2.07 times)
run export -q -o "$TMP/unsized.svg" --kind institute,lead_organization,agency,office
run export -q -o "$TMP/sized.svg" --kind institute,lead_organization,agency,office --size-by betweenness
check "--size-by keeps each node's aspect ratio" $PY - "$TMP/unsized.svg" "$TMP/sized.svg" <<'PYEOF'
import re, sys
def shapes(path):
    svg, out = open(path, encoding="utf-8").read(), {}
    for m in re.finditer(r'<g id="node&#45;([^"]*)" class="node[^"]*">(.*?)</g>', svg, re.S):
        e = re.search(r'<ellipse [^>]*rx="([0-9.]+)" ry="([0-9.]+)"', m.group(2))
        if e:
            out[m.group(1)] = (float(e.group(1)), float(e.group(2)))
            continue
        nums = [float(x) for x in re.findall(r"-?[0-9.]+", re.search(r'<(?:polygon|path) [^>]*(?:points|d)="([^"]+)"', m.group(2)).group(1))]
        out[m.group(1)] = (max(nums[0::2]) - min(nums[0::2]), max(nums[1::2]) - min(nums[1::2]))
    return out
a, b = shapes(sys.argv[1]), shapes(sys.argv[2])
assert len(a) == len(b) == 26, (len(a), len(b))
for k in a:
    ra, rb = a[k][0] / a[k][1], b[k][0] / b[k][1]
    assert abs(rb / ra - 1) <= 0.08, (k, ra, rb)
scales = sorted(b[k][1] / a[k][1] for k in a)
assert scales[0] < 0.85 and scales[-1] > 1.9, scales
PYEOF

# --color-scale: each node's colour bin against NetworkX's betweenness binned by NumPy: equal
# widths of the value (linear) or of log(1 + value) (log), or numpy.quantile's bounds at 1/7 ...
# 6/7 (quantile); a value on a bound takes the lower bin. Quantiles spread the nodes that a
# linear scale leaves in one colour.
for scale in linear quantile log; do
	run export --format dot --color-by betweenness --color-scale $scale
	check_status "--color-scale $scale" 0
	check "--color-scale $scale: every node in NumPy's bin of its NetworkX betweenness" $PY - "$TMP/out" "$MODEL" $scale <<'PYEOF'
import json, re, sys
import networkx as nx, numpy as np
dot, model, scale = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], sys.argv[3]
palette = ["#FDE725", "#90D743", "#35B779", "#21918C", "#31688E", "#443983", "#440154"]
G = nx.node_link_graph(json.load(open(model)))
b = nx.betweenness_centrality(G, normalized=False)
v = np.array([b[n] for n in G])
k = np.arange(1, 7) / 7
if scale == "linear":
    inner = v.min() + (v.max() - v.min()) * k
elif scale == "log":
    inner = np.expm1(np.log1p(v.min()) + (np.log1p(v.max()) - np.log1p(v.min())) * k)
else:
    inner = np.quantile(v, k)
got = {}
for m in re.finditer(r'\n\t"?([^"\t]+?)"?\t\[class="kind-[^\]]*?fillcolor="(#[0-9A-F]+)"', dot):
    got[m.group(1)] = palette.index(m.group(2))
assert len(got) == len(G), len(got)
for n in G:
    want = int(sum(1 for e in inner if e < b[n]))
    assert got[str(n)] == want, (n, b[n], got[str(n)], want, inner)
if scale == "quantile":
    counts = np.bincount(list(got.values()), minlength=7)
    assert max(counts) <= 16, counts
PYEOF
done
run export --format dot --color-scale log
check_error "--color-scale without --color-by MEASURE" 2 "innonet: export: --color-scale needs --color-by MEASURE"
run export --format dot --color-by betweenness --color-scale sqrt
check_error "--color-scale sqrt" 2 "innonet: export: --color-scale needs linear, quantile or log, not 'sqrt'"

# --- determinism: every format, every layout ---------------------------------------------------
# Each pair of runs is two processes, the second with glibc filling allocated and freed memory
# with a pattern (MALLOC_PERTURB_), so output that depends on what memory held fails here. The
# outputs are removed before each pair and both exit statuses checked: a layout that fails must
# not pass by comparing the files a previous layout left.
# twice WHAT FILE ARG...: run innonet export twice into $TMP/a.FILE and $TMP/b.FILE; 1 when the
# second run was left out, so that there is nothing to compare
twice() {
	what=$1 ext=$2
	shift 2
	rm -f "$TMP/a.$ext" "$TMP/b.$ext"
	$WRAP "$BIN" export -q "$@" -o "$TMP/a.$ext" 2>"$TMP/err"
	status=$?
	check_status "$what: first run" 0
	# under a checker (QUICK) the allocator is the checker's, which ignores MALLOC_PERTURB_ (valgrind
	# reports a read of what memory held by itself): a second run would repeat the first
	if [ -n "$QUICK" ]; then
		echo "# $what: the second, memory-perturbed run left out (QUICK)"
		return 1
	fi
	MALLOC_PERTURB_=165 $WRAP "$BIN" export -q "$@" -o "$TMP/b.$ext" 2>"$TMP/err"
	status=$?
	check_status "$what: second run, memory perturbed" 0
}
# (neato, fdp and twopi route curved links around nodes, which takes seconds on the whole
# model: a part of it keeps the suite fast)
# Under a sanitizer or valgrind (QUICK) two layouts stand for all: innonet's code around each is
# the same, and each drawing costs there many times what it costs here.
layouts="dot neato fdp sfdp circo twopi"
[ -z "$QUICK" ] || layouts="dot sfdp"
for layout in $layouts; do
	part=""
	case $layout in neato | fdp | twopi) part="--kind institute,agency,lead_organization,office" ;; esac
	# shellcheck disable=SC2086 # $part is meant to split
	twice "$layout" svg --layout $layout $part || continue
	check "$layout: two SVG runs are byte-identical" sh -c "
		test -s '$TMP/a.svg' && test -s '$TMP/b.svg' &&
		[ \"\$(grep -v '^<!-- Generated by graphviz version' '$TMP/a.svg')\" = \
		  \"\$(grep -v '^<!-- Generated by graphviz version' '$TMP/b.svg')\" ]"
done
for format in png pdf; do
	twice "$format" "$format" --lang zh || continue
	check "$format: two runs are byte-identical" sh -c "test -s '$TMP/a.$format' && cmp -s '$TMP/a.$format' '$TMP/b.$format'"
done
check "png and pdf are what they say" sh -c "
	[ \"\$(head -c 4 '$TMP/a.png' | tail -c 3)\" = PNG ] && [ \"\$(head -c 5 '$TMP/a.pdf')\" = '%PDF-' ]"

# --- Chinese glyphs ---------------------------------------------------------------------------
# A fontconfig setup that sees only DejaVu, which has no CJK glyphs: what a machine without
# fonts-noto-cjk would draw. With the CJK font, innonet must draw something else, say nothing,
# and embed the CJK font in the PDF.
mkdir -p "$TMP/fc"
cat >"$TMP/fc/fonts.conf" <<EOF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>$TMP/fc/cache</cachedir></fontconfig>
EOF
run export -o "$TMP/zh.png" --lang zh --kind institute --no-legend
check "zh: no notice with the CJK font installed" test "$(cat "$TMP/err")" = "innonet: wrote $TMP/zh.png (png, 7 nodes, 0 links)"
FONTCONFIG_FILE="$TMP/fc/fonts.conf" "$BIN" export -q -o "$TMP/boxes.png" --lang zh --kind institute --no-legend 2>"$TMP/err"
check "zh: without a CJK font innonet says the labels may show as boxes" grep -q "no installed font has glyphs" "$TMP/err"
check "zh: the PNG drawn with the CJK font differs from the one without" sh -c "! cmp -s '$TMP/zh.png' '$TMP/boxes.png'"
check "zh: the PNG's Chinese labels are drawn with the CJK font (glyphs, not boxes)" $PY -c "
import sys
sys.path.insert(0, '$SRC/tests/cli')
import subprocess
# the SVG of the same drawing names the font Graphviz measured and drew the labels with
out = subprocess.run(['$BIN', 'export', '-q', '--lang', 'zh', '--kind', 'institute', '--no-legend'],
                     capture_output=True, check=True).stdout.decode()
assert 'font-family=\"Noto Sans CJK SC\"' in out, out[:500]
"
"$BIN" export -q -o "$TMP/zh.pdf" --lang zh --kind institute --no-legend
FONTCONFIG_FILE="$TMP/fc/fonts.conf" "$BIN" export -q -o "$TMP/boxes.pdf" --lang zh --kind institute --no-legend 2>/dev/null
check "zh: the PDF embeds a Noto Sans CJK font" grep -q -a "NotoSansCJK" "$TMP/zh.pdf"
check "zh: ... which a PDF drawn without it lacks (the check can fail)" sh -c "! grep -q -a NotoSansCJK '$TMP/boxes.pdf'"

# --- what is drawn ----------------------------------------------------------------------------
run export -q -o "$TMP/k.svg" --kind institute,agency
check "--kind draws only those kinds" $PY -c "
import sys, json; sys.path.insert(0, '$SRC/tests/cli'); import diagram
want = {n['id'] for n in json.load(open('$MODEL'))['nodes'] if n['kind'] in ('institute', 'agency')}
assert set(diagram.nodes('$TMP/k.svg')) == want"
for r in 1 2; do
	run export -q -o "$TMP/ego.svg" --ego AMNPO --radius $r
	check "--ego AMNPO --radius $r draws nx.ego_graph" $D ego "$TMP/ego.svg" "$MODEL" AMNPO $r
done
run export -q -o "$TMP/path.svg" --highlight path:DoD:companies
check "--highlight path: the union of NetworkX's shortest paths" $D path "$TMP/path.svg" "$MODEL" DoD companies
check "the legend says what is highlighted" grep -q "shortest paths from Department of Defense to Companies" "$TMP/path.svg"
run export -q -o "$TMP/cut.svg" --highlight cut:DoD:companies
check "--highlight cut: a node cut of NetworkX's node connectivity" $D cut "$TMP/cut.svg" "$MODEL" DoD companies
run export -q -o "$TMP/ecut.svg" --highlight edge-cut:NIST:companies
check "--highlight edge-cut: a link cut of NetworkX's edge connectivity" $D edge_cut "$TMP/ecut.svg" "$MODEL" NIST companies

# --- how it is drawn --------------------------------------------------------------------------
run export -q -o "$TMP/sc.svg" --size-by betweenness --color-by degree
check "--size-by and --color-by follow NetworkX's betweenness and degree on the documented scales" \
	$D size_color "$TMP/sc.svg" "$MODEL"
check "the legend shows both scales" sh -c "grep -q '>Size: betweenness<' '$TMP/sc.svg' && grep -q '>Colour: degree<' '$TMP/sc.svg'"
run export -q -o "$TMP/lz.svg" --lang zh
check "--lang zh labels nodes with label_zh" $D labels "$TMP/lz.svg" "$MODEL" label_zh
check "--lang zh writes the legend in Chinese" grep -q '>图例<' "$TMP/lz.svg"
run export -q -o "$TMP/lb.svg" --label-by hq_state
check "--label-by hq_state (the others keep their label)" $D labels "$TMP/lb.svg" "$MODEL" hq_state
run export -q -o "$TMP/cl.svg" --cluster-by lead_agency
check "--cluster-by lead_agency draws one box per agency" sh -c "
	[ \$(grep -c 'class=\"cluster\"' '$TMP/cl.svg') -eq 2 ] && grep -q '>lead_agency: DoD<' '$TMP/cl.svg' &&
	grep -q '>lead_agency: DOE<' '$TMP/cl.svg'"
run export -q -o "$TMP/t.svg" --title 'Who brokers <NNMI> & why' --no-legend
check "--title replaces the title, escaped; --no-legend leaves the legend out" sh -c "
	grep -q '>Who brokers &lt;NNMI&gt; &amp; why</text>' '$TMP/t.svg' && ! grep -q 'id=\"legend\"' '$TMP/t.svg'"
run export -q -o "$TMP/r.svg" --ranks none
check "--ranks none leaves ranks out of the tooltips" sh -c "! grep -q 'rank by' '$TMP/r.svg'"
cat >"$TMP/style.json" <<'EOF'
{"kinds": {"institute": {"fillcolor": "#000000", "shape": "octagon"}}, "relations": {"sponsors": {"color": "#CC79A7"}}}
EOF
run export -q --format dot --style "$TMP/style.json"
sed -n '/^	"america-makes"	\[/,/\];/p' "$TMP/out" >"$TMP/am"
check "--style overrides the fill, shape and font colour of a kind" sh -c "
	grep -q 'fillcolor=\"#000000\"' '$TMP/am' && grep -q 'fontcolor=white' '$TMP/am' && grep -q 'shape=octagon' '$TMP/am'"
$PY -c "
import json; d = json.load(open('$MODEL'))
d['styles'] = {'kinds': {'agency': {'fillcolor': '#FFFFFF'}}}
json.dump(d, open('$TMP/styled.json', 'w'))"
run export -q --format dot "$TMP/styled.json"
sed -n '/^	DoD	\[/,/\];/p' "$TMP/out" >"$TMP/dod"
check "a model's styles section overrides the built-in style (black text on the new fill)" sh -c "
	grep -q 'fillcolor=\"#FFFFFF\"' '$TMP/dod' && ! grep -q 'fontcolor' '$TMP/dod'"

run export -q -o "$TMP/y.svg" --as-of 2013
check "--as-of 2013: no institute founded later is drawn, and the title says which year" $PY -c "
import sys, json; sys.path.insert(0, '$SRC/tests/cli'); import diagram
got = diagram.nodes('$TMP/y.svg')
late = [n['id'] for n in json.load(open('$MODEL'))['nodes'] if n.get('since', 0) > 2013]
assert late and not set(late) & set(got), late
assert 'the network in 2013' in open('$TMP/y.svg').read()"
run export -o "$TMP/p.svg" --project institute --quiet
check "--project institute draws the 7 institutes; --quiet says nothing" sh -c "
	[ \$($PY -c \"import sys; sys.path.insert(0, '$SRC/tests/cli'); import diagram; print(len(diagram.nodes('$TMP/p.svg')))\") -eq 7 ] &&
	test ! -s '$TMP/err'"

# --- large networks ---------------------------------------------------------------------------
$PY -c "
import json, networkx as nx
G = nx.relabel_nodes(nx.barabasi_albert_graph(600, 2, seed=1), lambda i: 'n%03d' % i)
json.dump(nx.node_link_data(G), open('$TMP/big.json', 'w'))"
run export -o "$TMP/big.svg" "$TMP/big.json"
check "a large network: one notice about the switch, then the file written" test "$(cat "$TMP/err")" = \
"innonet: 600 nodes: drawn with sfdp, labels on the 50 ranked highest by degree (the others in tooltips)
innonet: wrote $TMP/big.svg (svg, 600 nodes, 1196 links)"
check "a large network: labels on NetworkX's 50 nodes of highest degree" $D large "$TMP/big.svg" "$TMP/big.json" 50

# --- errors -----------------------------------------------------------------------------------
run export --layout spring
check_error "unknown layout" 2 "innonet: export: unknown layout 'spring' (dot, neato, fdp, sfdp, circo or twopi)"
run export --radius 2
check_error "--radius without --ego" 2 "innonet: export: --radius needs --ego NODE"
run export --cluster-by kind --layout neato
check_error "--cluster-by with a layout that draws no clusters" 2 \
	"innonet: export: --cluster-by needs the dot or fdp layout (neato draws no clusters)"
run export --highlight path:DoD
check_error "--highlight with one node" 2 \
	"innonet: export: --highlight path:A:B: no two nodes named by 'DoD' in nnmi-2016.json (built in)"
run export --highlight route:DoD:NIST
check_error "--highlight of an unknown kind" 2 \
	"innonet: export: --highlight needs path:A:B, cut:A:B or edge-cut:A:B, not 'route:DoD:NIST'"
run export --size-by fame
check_error "--size-by an unknown measure" 2 "innonet: export: --size-by: unknown measure 'fame' (see 'innonet rank --help')"
run export --lang fr
check_error "--lang fr" 2 "innonet: export: --lang needs en or zh, not 'fr'"
printf '{"kinds": {"institute": {"shape": "blob"}}}' >"$TMP/bad-style.json"
run export -o "$TMP/never.svg" --style "$TMP/bad-style.json"
check_error "a bad style names the file and the field" 2 \
	"innonet: $TMP/bad-style.json: kinds.institute.shape: unknown Graphviz shape 'blob'"
printf '{"kinds": {\n  "institute": ]}' >"$TMP/bad-style.json"
run export -o "$TMP/never.svg" --style "$TMP/bad-style.json"
check_error "a style file that is not JSON: line and column" 2 "innonet: $TMP/bad-style.json:2:16: invalid JSON: expected a value"
check "no output file after a failed export" test ! -e "$TMP/never.svg"
check "no temporary file is left" test "$(ls -A "$TMP" | grep -c '^\.')" -eq 0
# clusters are laid out in the order innonet makes them, not by the addresses of their names:
# another allocator's history (here every allocation mapped apart, which reverses the order of
# addresses) gives the same bytes
for format in dot svg; do
	"$BIN" export -q --format $format -o "$TMP/c1.$format" --kind institute,lead_organization,agency --cluster-by lead_agency
	GLIBC_TUNABLES=glibc.malloc.mmap_threshold=0 \
		"$BIN" export -q --format $format -o "$TMP/c2.$format" --kind institute,lead_organization,agency --cluster-by lead_agency
	check "--cluster-by $format: the same bytes whatever the memory allocator did" cmp -s "$TMP/c1.$format" "$TMP/c2.$format"
done
finish
