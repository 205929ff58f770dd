# t-dot-names.sh: DOT names and DOT text as innonet lexes them before cgraph parses them
# (src/io/dot_text.c, src/draw/dot_names.c): every id read and written as itself, strings joined
# by '+', and the per-token limit on long strings, comments and white space.
. "$(dirname "$0")/lib.sh" "$@"

# Ids cgraph alone reads or writes as other names. Each list below was worked by hand from
# cgraph 2.42's lexer rules (scan.l): a quoted "%x" is the name %x; \" is a quote; \\ stays two
# backslashes; HTML strings keep their text; '+' joins strings.
printf '%s\n' 'digraph { "%x" -> "%3"; "%%" -> "-."; "b\\\"c" -> <b\"c> + "\\" ; "日本" -> 美国; "_0" -> _1 }' >"$TMP/names.dot"
run export -q -f json -o "$TMP/names.json" "$TMP/names.dot"
check_status "DOT names read" 0
check "... each id as the file says" $PY -c '
import json, sys
first = lambda pairs: {k: v for k, v in reversed(pairs)}
got = [n["id"] for n in json.load(open(sys.argv[1]), object_pairs_hook=first)["nodes"]]
want = ["%x", "%3", "%%", "-.", "b\\\\\"c", "b\\\"c\\\\", "\u65e5\u672c", "\u7f8e\u56fd", "_0", "_1"]
assert got == want, got
' "$TMP/names.json"

# Written and read back: innonet's DOT holds every id, and Graphviz's own dot reads it back as the
# same names (an id beginning with '%' aside, which Graphviz renames: innonet reads it as itself)
$PY - "$TMP/ids.json" <<'PYEOF'
import json, sys
ids = ["%x", "%3", "-.", 'b\\"c', "%%", "日本", "a\\", "\\", "a\\\nb", "\n", '"\n"', "\\\n", "-", "1.5.",
       "innonet-stand-in-2d2e", "x" * 300 + '\\"%', '\\\\"', 'a"b', "\\n", "_1", "node", "key", "a:b", "<b>", "a + b"]
json.dump({"nodes": [{"id": i} for i in ids],
           "links": [{"source": ids[k], "target": ids[k + 1]} for k in range(len(ids) - 1)]}, open(sys.argv[1], "w"))
PYEOF
run export -q -f dot --no-legend -o "$TMP/ids.dot" "$TMP/ids.json"
check_status "hostile ids written as DOT" 0
run export -q -f json -o "$TMP/back.json" "$TMP/ids.dot"
check_status "... and read back" 0
check "... the same ids and links, in order" $PY -c '
import json, sys
first = lambda pairs: {k: v for k, v in reversed(pairs)}  # the drawing`s own "id" attribute comes later
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]), object_pairs_hook=first)
assert [n["id"] for n in a["nodes"]] == [n["id"] for n in b["nodes"]], [n["id"] for n in b["nodes"]]
assert [(l["source"], l["target"]) for l in a["links"]] == [(l["source"], l["target"]) for l in b["links"]]
' "$TMP/ids.json" "$TMP/back.json"
if need dot graphviz; then
	dot -Tjson0 "$TMP/ids.dot" >"$TMP/gv.json" 2>/dev/null
	check "... and Graphviz's dot reads the same names" $PY -c '
import json, sys
ids = {n["id"] for n in json.load(open(sys.argv[1]))["nodes"]}
gv = {o["name"] for o in json.load(open(sys.argv[2]))["objects"] if "nodes" not in o}
assert {i for i in ids if not i.startswith("%")} == {n for n in gv if not n.startswith("%")}, gv ^ ids
' "$TMP/ids.json" "$TMP/gv.json"
fi

# Limits: a string of 1 MiB + 1 bytes made of two joined pieces is refused where it starts; long
# comments and white space are no tokens and load (they never reach cgraph)
awk 'BEGIN { s = "x"; while (length(s) < 524289) s = s s; s = substr(s, 1, 524289); t = substr(s, 1, 524288);
	printf "graph {\n  a [label=\"%s\" +\n \"%s\"]\n}\n", s, t }' >"$TMP/joined.dot"
run validate "$TMP/joined.dot"
check_error "two joined strings over 1 MiB" 2 "innonet: $TMP/joined.dot:2:12: string longer than 1 MiB (the limit)"
awk 'BEGIN { s = "x"; while (length(s) < 2097152) s = s s; c = s; gsub(/x/, " ", s);
	printf "graph {\n  a -- b %s /* %s */ # %s\n // %s\n c -- \"%s\"\n}\n", s, c, c, c, substr(c, 1, 1048576) }' >"$TMP/long.dot"
run validate "$TMP/long.dot"
check_status "2 MiB of white space and comments, and a string of 1 MiB" 0
check "... four nodes, the string one of them" grep -q "4 nodes, 2 links" "$TMP/out"

finish
