# t-lang.sh: --lang zh takes the title and the sources from the model's Chinese fields
# (graph.name_zh, sources[].citation_zh) where it gives them, in export and report alike.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

# what the shipped models say in Chinese, read from the files themselves
name16=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["graph"]["name_zh"])' "$MODEL")
name25=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["graph"]["name_zh"])' "$M2025")
check "the 2016 model's Chinese name is the seed's name of the network" \
	[ "$name16" = "美国国家制造业创新网络（NNMI），2016 年" ]
check "the 2025 model's Chinese name is its NNMI node's label_zh" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if d["graph"]["name_zh"] == [n for n in d["nodes"] if n["id"] == "NNMI"][0]["label_zh"] else 1)' "$M2025"

run export --format dot --lang zh
check_status "export --lang zh" 0
check "export --lang zh: the title is graph.name_zh" grep -q "<B>$name16</B>" "$TMP/out"
check "export --lang zh: a source with citation_zh is cited by it" grep -q '美国能源部国家实验室名称' "$TMP/out"
check "export --lang zh: a source without one as written" grep -q '资料来源：DING Ming-Lei' "$TMP/out"
check "export --lang zh: no English title" sh -c "! grep -q '<B>National Network for Manufacturing Innovation (NNMI), 2016</B>' '$TMP/out'"
run export --format dot
check "export in English: graph.name and the English citation" sh -c \
	"grep -q '<B>National Network for Manufacturing Innovation (NNMI), 2016</B>' '$TMP/out' && grep -q 'DOE national laboratory names' '$TMP/out' && ! grep -q '美国能源部' '$TMP/out'"
run export --format dot --lang zh --title 'My title'
check "--title wins over name_zh" grep -q '<B>My title</B>' "$TMP/out"
run export --format dot --lang zh "$M2025"
check "export --lang zh, 2025 model: its Chinese title and facts citation" sh -c \
	"grep -q '<B>$name25</B>' '$TMP/out' && grep -q 'manufacturing-usa-facts：为本数据集收集的公开资料' '$TMP/out'"

run report --lang zh "$M2025"
check_status "report --lang zh" 0
check "report --lang zh: the heading and the page title are graph.name_zh" sh -c \
	"grep -q '<h1>网络报告：$name25</h1>' '$TMP/out' && grep -q '<title>网络报告：$name25</title>' '$TMP/out'"
check "report --lang zh: provenance gives both names" sh -c \
	"grep -q '<th>模型名称</th><td>Manufacturing USA</td>' '$TMP/out' && grep -q '<th>模型中文名称</th><td>$name25</td>' '$TMP/out'"
run report "$M2025"
check "report in English: graph.name" grep -q '<h1>Network report: Manufacturing USA</h1>' "$TMP/out"

# a model without Chinese fields keeps its English ones in a Chinese drawing
cat >"$TMP/plain.json" <<'JSON'
{"graph": {"name": "Plain", "sources": [{"citation": "Only English"}]},
 "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}
JSON
run export --format dot --lang zh "$TMP/plain.json"
check "no name_zh: the name as written, the source as written" sh -c \
	"grep -q '<B>Plain</B>' '$TMP/out' && grep -q '资料来源：Only English' '$TMP/out'"
finish
