#!/usr/bin/python3
"""make_corpus.py: writes the hostile model files of tests/hostile/ and their MANIFEST.tsv.

Run from anywhere: /usr/bin/python3 tests/hostile/make_corpus.py. Each case is a file, the exit
status innonet must give, and the one line it must print on stderr ('@' stands for the file's
path), worked out by hand from the rules in docs/model-format.md and docs/errors.md: the line and
column count characters from 1, as an editor does. A case innonet accepts (status 0) names instead
a line that `innonet validate` must print on stdout. tests/cli/t-hostile.sh runs them all.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NL = '{"nodes": [{"id": "a"}, {"id": "b"}], "links": [%s]}'  # two nodes and some links

cases = []


def case(name, content, status, message="", stdout=""):
    if isinstance(content, str):
        content = content.encode("utf-8")
    cases.append((name, content, status, message, stdout))


def invalid(name, content, message):
    case(name, content, 2, "innonet: @" + message)


# --- the text itself -----------------------------------------------------------------------------
invalid("empty.json", "", ": empty model (expected a JSON object)")
invalid("whitespace.json", " \n\t\r\n", ": empty model (expected a JSON object)")
invalid("bom-only.json", b"\xef\xbb\xbf", ": empty model (expected a JSON object)")
invalid("array.json", "[1, 2]", ": a model must be a JSON object")
invalid("string.json", '"nodes"', ": a model must be a JSON object")
invalid("null.json", "null", ": a model must be a JSON object")
invalid("truncated.json", '{"nodes": [{"id": "a"}', ":1:23: invalid JSON: unexpected end of input")
invalid("truncated-in-string.json", '{"nodes": [{"id": "a', ":1:19: invalid JSON: unterminated string")
invalid("trailing-comma-object.json", '{"nodes": [{"id": "a",}]}', ":1:23: invalid JSON: expected a string key")
invalid("trailing-comma-array.json", '{"nodes": [{"id": "a"},]}', ":1:24: invalid JSON: expected a value")
invalid("trailing-text.json", '{"nodes": []} x', ":1:15: invalid JSON: unexpected text after the model")
invalid("two-documents.json", '{"nodes": []}\n{"nodes": []}', ":2:1: invalid JSON: unexpected text after the model")
invalid("single-quotes.json", "{'nodes': []}", ":1:2: invalid JSON: expected a string key")
invalid("comment.json", '// a model\n{"nodes": []}', ":1:1: invalid JSON: expected a value")
invalid("nan.json", '{"nodes": [{"id": "a", "x": NaN}]}', ":1:29: invalid JSON: expected a value")
invalid("infinity.json", '{"nodes": [{"id": "a", "x": -Infinity}]}', ":1:29: invalid JSON: expected a value")
invalid("hex-number.json", '{"nodes": [{"id": 0x1F}]}', ":1:20: invalid JSON: expected ',' or '}'")
invalid("leading-zero.json", '{"nodes": [{"id": 007}]}', ":1:19: invalid JSON: leading zero in a number")
invalid("bare-dot.json", '{"nodes": [{"id": "a", "x": 1.}]}', ":1:31: invalid JSON: expected a digit")
invalid("raw-tab-in-string.json", '{"nodes": [{"id": "a\tb"}]}', ":1:21: invalid JSON: control character in a string")
invalid("raw-newline-in-string.json", '{"nodes": [{"id": "a\nb"}]}', ":1:21: invalid JSON: control character in a string")
invalid("bad-escape.json", '{"nodes": [{"id": "a\\x41"}]}', ":1:21: invalid JSON: invalid escape in a string")
invalid("bad-unicode-escape.json", '{"nodes": [{"id": "\\u12G4"}]}', ":1:20: invalid JSON: invalid \\u escape in a string")
invalid("lone-high-surrogate.json", '{"nodes": [{"id": "\\ud83d"}]}', ":1:20: invalid JSON: unpaired surrogate in a \\u escape")
invalid("lone-low-surrogate.json", '{"nodes": [{"id": "\\ude00"}]}', ":1:20: invalid JSON: unpaired surrogate in a \\u escape")
invalid("escaped-nul.json", '{"nodes": [{"id": "a\\u0000b"}]}', ":1:21: \\u0000 (NUL) in a string")
invalid("nul-byte.json", b'{"nodes": [{"id": "a\x00b"}]}', ":1:21: NUL byte in the model")
invalid("invalid-utf8.json", b'{"nodes": [{"id": "caf\xe9"}]}', ":1:23: invalid UTF-8")
invalid("overlong-utf8.json", b'{"nodes": [{"id": "\xc0\xaf"}]}', ":1:20: invalid UTF-8")
invalid("surrogate-utf8.json", b'{"nodes": [{"id": "\xed\xa0\x80"}]}', ":1:20: invalid UTF-8")
invalid("beyond-unicode-utf8.json", b'{"nodes": [{"id": "\xf4\x90\x80\x80"}]}', ":1:20: invalid UTF-8")
invalid("utf16le-bom.json", '{"nodes": []}'.encode("utf-16"), ":1:1: invalid UTF-8")
invalid("latin1.json", '{"graph": {"name": "Régions"}, "nodes": []}'.encode("latin-1"), ":1:22: invalid UTF-8")
invalid("deep-brackets.json", "[" * 513 + "]" * 513, ":1:513: nested deeper than 512 levels (the limit)")
CTRL = " in a string (only tab, newline and carriage return may appear)"
invalid("control-escape-label.json", '{"nodes": [{"id": "a", "label": "\\u001b]0;owned\\u0007"}]}',
        ":1:34: control character U+001B" + CTRL)
invalid("control-raw-del.json", b'{"nodes": [{"id": "a\x7f"}]}', ":1:21: control character U+007F" + CTRL)
invalid("control-raw-c1.json", b'{"nodes": [{"id": "\xc2\x9b31m"}]}', ":1:20: control character U+009B" + CTRL)
invalid("control-backspace.json", '{"nodes": [{"id": "a", "kind": "\\b"}]}', ":1:33: control character U+0008" + CTRL)
invalid("control-in-key.json", '{"nodes": [{"id": "a", "\\u001b[31m": 1}]}', ":1:25: control character U+001B" + CTRL)
invalid("unclosed-brackets.json", "[" * 100, ":1:101: invalid JSON: unexpected end of input")

# --- the document's shape ------------------------------------------------------------------------
invalid("no-nodes.json", '{"links": []}', ": model has no 'nodes'")
invalid("nodes-object.json", '{"nodes": {"a": {}}}', ": 'nodes' must be an array")
invalid("links-object.json", '{"nodes": [], "links": {}}', ": 'links' must be an array")
invalid("links-and-edges.json", '{"nodes": [], "links": [], "edges": []}', ": model has both 'links' and 'edges'")
invalid("directed-string.json", '{"directed": "true", "nodes": []}', ": 'directed' must be true or false")
invalid("multigraph-number.json", '{"multigraph": 1, "nodes": []}', ": 'multigraph' must be true or false")
invalid("graph-array.json", '{"graph": [], "nodes": []}', ": 'graph' must be an object")
invalid("graph-name-number.json", '{"graph": {"name": 7}, "nodes": []}', ": graph: 'name' must be a string")
invalid("duplicate-top-key.json", '{"nodes": [], "nodes": [{"id": "a"}]}', ": model: duplicate key 'nodes'")
invalid("duplicate-node-key.json", '{"nodes": [{"id": "a", "kind": "agency", "kind": "institute"}]}',
        ": nodes[0]: duplicate key 'kind'")
invalid("duplicate-nested-key.json",
        '{"graph": {"sources": [{"id": "s", "id": "t"}]}, "nodes": []}', ": graph.sources[0]: duplicate key 'id'")
invalid("duplicate-bound-key.json", '{"nodes": [{"id": "a", "members": {"more_than": 1, "more_than": 200}}]}',
        ": nodes[0].members: duplicate key 'more_than'")

# --- nodes ---------------------------------------------------------------------------------------
invalid("node-string.json", '{"nodes": ["a"]}', ": nodes[0]: a node must be an object")
invalid("node-no-id.json", '{"nodes": [{"kind": "agency"}]}', ": nodes[0]: node has no 'id'")
invalid("node-id-float.json", '{"nodes": [{"id": 1.5}]}', ": nodes[0]: node 'id' must be a string or an integer")
invalid("node-id-bool.json", '{"nodes": [{"id": true}]}', ": nodes[0]: node 'id' must be a string or an integer")
invalid("node-id-null.json", '{"nodes": [{"id": null}]}', ": nodes[0]: node 'id' must be a string or an integer")
invalid("node-id-array.json", '{"nodes": [{"id": ["a"]}]}', ": nodes[0]: node 'id' must be a string or an integer")
invalid("node-id-empty.json", '{"nodes": [{"id": ""}]}', ": nodes[0]: node 'id' is empty")
# 2^53 + 1 is no longer exact as a double: it cannot be told from 2^53
invalid("node-id-beyond-2-53.json", '{"nodes": [{"id": 9007199254740993}]}',
        ": nodes[0]: node 'id' must be a string or an integer")
invalid("duplicate-id.json", '{"nodes": [{"id": "DoD"}, {"id": "DOE"}, {"id": "DoD"}]}',
        ": nodes[2]: duplicate node id 'DoD' (first at nodes[0])")
invalid("duplicate-id-int-string.json", '{"nodes": [{"id": 7}, {"id": "7"}]}',
        ": nodes[1]: duplicate node id '7' (first at nodes[0])")
invalid("duplicate-id-minus-zero.json", '{"nodes": [{"id": 0}, {"id": -0}]}',
        ": nodes[1]: duplicate node id '0' (first at nodes[0])")
invalid("duplicate-id-float-int.json", '{"nodes": [{"id": 3}, {"id": 3.0}]}',
        ": nodes[1]: duplicate node id '3' (first at nodes[0])")
invalid("kind-number.json", '{"nodes": [{"id": "a", "kind": 3}]}', ": node 'a': 'kind' must be a string")
invalid("label-object.json", '{"nodes": [{"id": "a", "label": {"en": "A"}}]}', ": node 'a': 'label' must be a string")
invalid("since-float.json", '{"nodes": [{"id": "a", "since": 2015.5}]}',
        ": node 'a': 'since' must be a year (a non-zero integer)")
invalid("since-zero.json", '{"nodes": [{"id": "a", "since": 0}]}', ": node 'a': 'since' must be a year (a non-zero integer)")
invalid("since-string.json", '{"nodes": [{"id": "a", "since": "2016"}]}',
        ": node 'a': 'since' must be a year (a non-zero integer)")
invalid("until-huge.json", '{"nodes": [{"id": "a", "until": 1e10}]}',
        ": node 'a': 'until' must be a year (a non-zero integer)")
invalid("until-before-since.json", '{"nodes": [{"id": "a", "since": 2016, "until": 2012}]}',
        ": node 'a': 'until' (2012) is before 'since' (2016)")
invalid("attr-overflow.json", '{"nodes": [{"id": "a", "budget": 1e400}]}', ": node 'a': 'budget' is not a finite number")
invalid("bound-string.json", '{"nodes": [{"id": "a", "members": {"more_than": "140"}}]}',
        ": node 'a': 'members': 'more_than' must be a finite number")

# --- links ---------------------------------------------------------------------------------------
invalid("link-string.json", NL % '"a-b"', ": links[0]: a link must be an object")
invalid("link-no-source.json", NL % '{"target": "b"}', ": links[0]: link has no 'source'")
invalid("link-no-target.json", NL % '{"source": "a"}', ": links[0]: link has no 'target'")
invalid("link-unknown-target.json", NL % '{"source": "a", "target": "ghost"}',
        ": links[0]: link target 'ghost' is not a node")
invalid("link-unknown-source.json", NL % '{"source": "b", "target": "a"}, {"source": 1, "target": "a"}',
        ": links[1]: link source '1' is not a node")
invalid("link-end-object.json", NL % '{"source": {"id": "a"}, "target": "b"}',
        ": links[0]: link 'source' must be a string or an integer")
invalid("link-end-case.json", NL % '{"source": "A", "target": "b"}', ": links[0]: link source 'A' is not a node")
invalid("parallel-links.json", NL % '{"source": "a", "target": "b"}, {"source": "a", "target": "b"}',
        ": links[1] ('a' -- 'b'): duplicate link (first at links[0]; set \"multigraph\": true to keep parallel links)")
invalid("parallel-reversed.json", NL % '{"source": "a", "target": "b"}, {"source": "b", "target": "a"}',
        ": links[1] ('b' -- 'a'): duplicate link (first at links[0]; set \"multigraph\": true to keep parallel links)")
invalid("self-loop-twice.json", NL % '{"source": "a", "target": "a"}, {"source": "a", "target": "a"}',
        ": links[1] ('a' -- 'a'): duplicate link (first at links[0]; set \"multigraph\": true to keep parallel links)")
invalid("weight-string.json", NL % '{"source": "a", "target": "b", "weight": "3"}',
        ": links[0] ('a' -- 'b'): 'weight' must be a finite number")
invalid("weight-overflow.json", NL % '{"source": "a", "target": "b", "weight": -1e309}',
        ": links[0] ('a' -- 'b'): 'weight' must be a finite number")
invalid("relation-array.json", NL % '{"source": "a", "target": "b", "relation": ["funds"]}',
        ": links[0] ('a' -- 'b'): 'relation' must be a string")

# --- a declared vocabulary -----------------------------------------------------------------------
VOC = '{"graph": {"vocabulary": %s}, "nodes": [{"id": "DoD", "kind": "agency"}, {"id": "LIFT", "kind": "institute"}], ' \
      '"links": [{"source": "DoD", "target": "LIFT", "relation": "sponsors"}]}'
invalid("vocabulary-unknown-kind.json", VOC % '{"kinds": ["agency", "institue"]}',
        ": node 'LIFT': kind 'institute' is not in graph.vocabulary.kinds")
invalid("vocabulary-unknown-relation.json", VOC % '{"relations": ["sponsor"]}',
        ": links[0] ('DoD' -- 'LIFT'): relation 'sponsors' is not in graph.vocabulary.relations")
invalid("vocabulary-array.json", VOC % '["agency", "institute"]',
        ": graph.vocabulary must be an object with 'kinds' and/or 'relations'")
invalid("vocabulary-unknown-member.json", VOC % '{"kind": ["agency"]}',
        ": graph.vocabulary: unknown member 'kind' (expected 'kinds' or 'relations')")
invalid("vocabulary-kinds-string.json", VOC % '{"kinds": "agency"}', ": graph.vocabulary.kinds must be an array of strings")
invalid("vocabulary-empty-word.json", VOC % '{"relations": ["sponsors", ""]}',
        ": graph.vocabulary.relations[1] must be a non-empty string")
case("vocabulary-ok.json", VOC % '{"kinds": ["agency", "institute", "office"], "relations": ["sponsors"]}', 0,
     stdout="@: valid")

# --- accepted, with what validate says about them ------------------------------------------------
case("bom.json", b'\xef\xbb\xbf{"nodes": [{"id": "a"}]}', 0, stdout="@: 1 node, 0 links, undirected, simple graph, 1 component")
case("empty-network.json", '{"nodes": [], "links": []}', 0,
     stdout="@: note: the network has no nodes: rank lists no rows, export draws an empty diagram")
case("one-node.json", '{"nodes": [{"id": "alone"}]}', 0,
     stdout="@: note: the network has one node: it ranks first, with the scores NetworkX gives a lone node")
case("self-loop.json", NL % '{"source": "a", "target": "a"}, {"source": "a", "target": "b"}', 0,
     stdout="@: note: 1 self-loop (first links[0] ('a' -- 'a')): allowed; degree counts each twice, no shortest path uses one")
case("multigraph.json", '{"multigraph": true, ' + (NL % '{"source": "a", "target": "b", "key": 0}, '
                                                   '{"source": "b", "target": "a", "key": 1}')[1:], 0,
     stdout="@: note: 1 pair of nodes joined by more than one link (first links[1] ('b' -- 'a'), after links[0]): "
            "allowed in a multigraph; shortest paths count a pair once, degree every link")
case("directed-reverse-pair.json", '{"directed": true, ' + (NL % '{"source": "a", "target": "b"}, '
                                                            '{"source": "b", "target": "a"}')[1:], 0,
     stdout="@: 2 nodes, 2 links, directed, simple graph, 1 component (direction ignored)")
case("weight-zero.json", NL % '{"source": "a", "target": "b", "weight": 0}', 0,
     stdout="@: warning: links[0] ('a' -- 'b'): 'weight' is 0: betweenness, closeness and harmonic refuse "
            "--weight weight (a distance must be positive)")
case("weight-negative.json", NL % '{"source": "a", "target": "b", "weight": -2.5}', 0,
     stdout="@: warning: links[0] ('a' -- 'b'): 'weight' is -2.5: negative, so every weighted measure refuses --weight weight")
case("isolated-nodes.json", '{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [{"source": "a", "target": "b"}]}', 0,
     stdout="@: note: 1 isolated node (first 'c'): betweenness, closeness and harmonic give it 0")
case("deep-attribute.json", '{"nodes": [{"id": "a", "x": ' + "[" * 509 + "]" * 509 + "}]}", 0, stdout="@: valid")
case("unicode-ids.json", '{"nodes": [{"id": "北京"}, {"id": "\\ud83d\\ude00"}, {"id": "café"}], '
                         '"links": [{"source": "北京", "target": "😀"}]}', 0, stdout="@: valid")
case("no-file-opened.json", json.dumps({
    "graph": {"name": "names files", "stylesheet": "/etc/passwd"},
    "nodes": [{"id": "a", "image": "/etc/shadow", "shapefile": "/etc/passwd", "provenance": "file:///etc/passwd",
               "label": "<IMG SRC=\"/etc/passwd\"/>", "fontpath": "/root"}],
    "links": []}), 0, stdout="@: valid")
# labels that would escape DOT, SVG, CSV, JSON or a terminal (tests/cli/t-injection.sh reads every writer)
case("hostile-labels.json", json.dumps({
    "graph": {"name": "\"]; evil [label=\"x</title><script>alert(1)</script>"},
    "nodes": [
        {"id": "quote", "label": "x\"]; evil [label=\"pwned", "kind": "agency\"; shape=box"},
        {"id": "script", "label": "</text><script>alert(1)</script>", "kind": "institute"},
        {"id": "formula", "label": "=cmd|' /C calc'!A0", "kind": "+SUM(A1)"},
        {"id": "at", "label": "@HYPERLINK(\"http://x\")", "kind": "-1+1"},
        {"id": "bidi", "label": "abc\u202egnp.exe", "kind": "office"},
        {"id": "graphviz", "label": "\\N \\G \\E \\L \\T \\H", "kind": "office"},
        {"id": "entity", "label": "&amp; &lt; &#45; &", "kind": "office"},
        {"id": "comment", "label": "--> <!-- -- -->", "kind": "office"},
        {"id": "html", "label": "<IMG SRC=\"/etc/passwd\"/>", "kind": "office"},
        {"id": "lines", "label": "one\ntwo\rthree", "kind": "office"},
        {"id": "node", "label": "graph", "kind": "edge"},
        {"id": "javascript", "label": "javascript:alert(1)", "kind": "office", "url": "javascript:alert(1)"},
        {"id": "--", "label": "->", "kind": "office"},
    ],
    "links": [{"source": "quote", "target": "script", "relation": "funds\" color=\"red"},
              {"source": "formula", "target": "at", "relation": "=1+1"},
              {"source": "entity", "target": "bidi", "relation": "\u202e"},
              {"source": "node", "target": "--", "relation": "--"}]}), 0, stdout="@: valid")

# --- control characters through the readers whose syntax can carry them (docs/errors.md) -----------
# JSON refuses them in its scanner (above); in DOT, GraphML and CSV they hide in quoted names and
# cells, and are refused in the model the reader built, naming the node or link. The message
# shows the character as '?'.
CTL = " holds control character U+%04X (only tab, newline and carriage return may appear)"
invalid("control-esc-id.csv", 'source,target\n"a\x1bx",b\n', ": node 'a?x': its id" + CTL % 0x1B)
invalid("control-soh-relation.csv", 'source,target,relation\na,b,"r\x01"\n',
        ": links[0] ('a' -- 'b'): relation" + CTL % 0x01)
invalid("control-bel-label.dot", 'graph { a [label="x\x07"]; }\n', ": node 'a': label" + CTL % 0x07)
invalid("control-esc-id.dot", 'graph { "a\x1bx" -- b }\n', ": node 'a?x': its id" + CTL % 0x1B)
invalid("control-c1-attribute.dot", 'digraph { a -> b [note="x\u009b"]; }\n',
        ": links[0] ('a' -> 'b'): 'note'" + CTL % 0x9B)
invalid("control-esc-graph.dot", 'graph { name="n\x1b"; a }\n', ": graph: 'name'" + CTL % 0x1B)

# --- DOT as innonet lexes it before cgraph parses it (src/io/dot_text.c) ---------------------------
# Names cgraph would rename or misread, stand-in look-alikes, strings joined by '+', and text cgraph
# would only refuse after its quadratic lexer: each is read as the file says, or refused at once.
case("dot-percent-ids.dot", 'digraph { "%x" -> "%3"; "%%" -> "-."; "%1" -> "%x" }\n', 0, stdout="@: valid")
case("dot-stand-in-names.dot", 'graph { _0 -- "_0"; _1 -- "_1" -- "_01"; "_0" [k=_1] }\n', 0, stdout="@: valid")
case("dot-joined-strings.dot", 'digraph { "a" + /* c */ "b" -> <c<i>x</i>> + "\\"" [label="1." + "50"]; }\n', 0,
     stdout="@: valid")
invalid("dot-string-never-closed.dot", 'graph {\n a -- "b\n}\n', ":2:7: invalid DOT: quoted string never closed")
invalid("dot-html-never-closed.dot", 'graph { a [label=<<b>x</b>]; }\n',
        ":1:18: invalid DOT: HTML string never closed (a '<' without its '>')")
invalid("dot-plus-without-string.dot", 'graph { "a" + b }\n', ":1: invalid DOT: syntax error near '+'")
invalid("dot-empty-id.dot", 'graph { "" -- a }\n', ": empty node id")
# the message names the file's own text, not the stand-in cgraph was given
invalid("dot-error-names-the-text.dot", 'graph { a [ "x y" "%z w" ] }\n', ":1: invalid DOT: syntax error near '%z w'")


def main():
    for f in os.listdir(HERE):
        if f.endswith((".json", ".csv", ".dot")):
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8") as m:
        m.write("# tests/hostile: file, exit status, the stderr line (or, for status 0, a line validate prints).\n"
                "# Written by make_corpus.py; '@' stands for the file's path. Run by tests/cli/t-hostile.sh.\n")
        for name, content, status, message, stdout in cases:
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(content)
            assert "\t" not in message + stdout and "\n" not in message + stdout
            m.write("%s\t%d\t%s\n" % (name, status, message if status else stdout))
    print("%d cases" % len(cases))


if __name__ == "__main__":
    main()
