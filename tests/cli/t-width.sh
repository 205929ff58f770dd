# t-width.sh: export --width-by ATTR draws each link's pen width from a number it carries, on a
# linear, quantile or log scale from 1 to 6 points (0.5 for a link without one), with the scale
# in the legend. Expected widths are worked out in Python from the scale's definition.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

# a path a-b-c-d-e-f whose links carry w = 1, 2, 4, 10 and, on the last, nothing
cat >"$TMP/w.json" <<'JSON'
{"nodes":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"},{"id":"f"}],
 "links":[{"source":"a","target":"b","w":1},{"source":"b","target":"c","w":2},
          {"source":"c","target":"d","w":4},{"source":"d","target":"e","w":10},{"source":"e","target":"f"}]}
JSON

for scale in linear quantile log; do
	run export --format dot --width-by w --width-scale $scale "$TMP/w.json"
	check_status "--width-scale $scale" 0
	check "--width-scale $scale: each link's pen width" $PY - "$TMP/out" $scale <<'PYEOF'
import math, re, sys
from scipy.stats import rankdata
dot, scale = open(sys.argv[1]).read(), sys.argv[2]
w = [1, 2, 4, 10]
if scale == "linear":
    t = [(v - 1) / 9 for v in w]
elif scale == "log":
    t = [(math.log1p(v) - math.log1p(1)) / (math.log1p(10) - math.log1p(1)) for v in w]
else:  # the share of the other values below, ties counted half: (average rank - 1) / (n - 1)
    t = [(r - 1) / (len(w) - 1) for r in rankdata(w)]
want = [1 + 5 * x for x in t] + [0.5]
got = []
for k in range(5):
    block = re.search(r'id="link-%d",?(.*?)\]' % k, dot, re.S)
    m = re.search(r"penwidth=([0-9.]+)", block.group(0)) if block else None
    got.append(float(m.group(1)) if m else 1.0)  # 1 is the declared default
ok = all(abs(a - b) <= 0.005 for a, b in zip(got, want))
if not ok:
    print("got", got, "want", want)
sys.exit(0 if ok else 1)
PYEOF
done
run export --format dot --width-by w "$TMP/w.json"
check "a link without the number: one notice" \
	[ "$(cat "$TMP/err")" = "innonet: export: --width-by: 4 of the 5 links drawn have a number in 'w'; the others are drawn thinnest (0.5 points)" ]
run export --format svg --width-by w "$TMP/w.json"
check "legend: the scale, widest first, and the links without" sh -c \
	"grep -o '>Width: w<\|>10<\|>5.5<\|>1<\|>no w<' '$TMP/out' | tr '\n' ' ' | grep -qx '>Width: w< >10< >5.5< >1< >no w< '"
run export --format svg --width-by w --width-scale quantile "$TMP/w.json"
check "legend, quantile: the median (3) in the middle" sh -c \
	"grep -o '>Width: w (quantile)<\|>10<\|>3<\|>1<' '$TMP/out' | tr '\n' ' ' | grep -qx '>Width: w (quantile)< >10< >3< >1< '"

# refusals: exit 2, naming the option
run export --format dot --width-by nosuch "$TMP/w.json"
check_error "--width-by an attribute no link carries" 2 "innonet: export: --width-by: no link of $TMP/w.json has a number in 'nosuch'"
run export --format dot --width-scale log "$TMP/w.json"
check_error "--width-scale without --width-by" 2 "innonet: export: --width-scale needs --width-by ATTR"
run export --format dot --width-by w --width-scale sqrt "$TMP/w.json"
check_error "--width-scale sqrt" 2 "innonet: export: --width-scale needs linear, quantile or log, not 'sqrt'"
run export --format graphml --width-by w "$TMP/w.json"
check_error "--width-by with a data format" 2 "innonet: export: --width-by is for drawings (dot, svg, png, pdf); graphml holds the whole network"
sed 's/"w":1}/"w":-1}/' "$TMP/w.json" >"$TMP/neg.json"
run export --format dot --width-by w --width-scale log "$TMP/neg.json"
check_error "--width-scale log below 0" 2 "innonet: export: --width-scale log needs values of 0 or more, and 'w' goes down to -1"

# the 2025 model's award amounts: the widest link is the largest award the model records
run export --format dot --width-by amount_usd "$M2025"
check_status "2025 model by amount_usd" 0
check "2025: the largest amount_usd is drawn 6 points wide, the smallest 1" $PY - "$TMP/out" "$M2025" <<'PYEOF'
import json, re, sys
dot, model = open(sys.argv[1]).read(), json.load(open(sys.argv[2]))
amounts = {k: l["amount_usd"] for k, l in enumerate(model["links"]) if isinstance(l.get("amount_usd"), (int, float))}
def pen(k):
    block = re.search(r'id="link-%d",?(.*?)\]' % k, dot, re.S).group(0)
    m = re.search(r"penwidth=([0-9.]+)", block)
    return float(m.group(1)) if m else 1.0
hi = max(amounts, key=amounts.get)
lo = min(amounts, key=amounts.get)
sys.exit(0 if pen(hi) == 6 and pen(lo) == 1 else 1)
PYEOF
# the legend's amounts, largest, middle and smallest, with thousands separators as Python's
# format(x, ",.0f") writes them ("285,000,000", not "285000000")
run export --format svg --width-by amount_usd "$M2025"
check "2025: the legend's amounts with thousands separators" $PY - "$TMP/out" "$M2025" <<'PYEOF'
import json, re, sys
svg, model = open(sys.argv[1]).read(), json.load(open(sys.argv[2]))
amounts = [l["amount_usd"] for l in model["links"] if isinstance(l.get("amount_usd"), (int, float))]
hi, lo = max(amounts), min(amounts)
want = [format(x, ",.0f") for x in (hi, (hi + lo) / 2, lo)]
got = [t for t in re.findall(r">([0-9][0-9,]*)</text>", svg) if "," in t]
assert got == want, (got, want)
PYEOF
finish
