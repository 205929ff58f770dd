# t-gallery-cut.sh: the gallery's cut (docs/diagrams.md) says what NetworkX finds: Commerce
# reaches the member companies only through AMNPO and the NNMI programme node, while DoD and DOE
# still reach them without those two.
. "$(dirname "$0")/lib.sh" "$@"

run cut --format csv Commerce companies
check_status "cut Commerce companies" 0
check "the gallery's cut, AMNPO and NNMI, against NetworkX" $PY - "$MODEL" "$TMP/out" <<'PYEOF'
import csv, json, sys
import networkx as nx
d = json.load(open(sys.argv[1]))
G = nx.Graph()
G.add_nodes_from(n["id"] for n in d["nodes"])
G.add_edges_from((l["source"], l["target"]) for l in d["links"])
size = len(nx.minimum_node_cut(G, "Commerce", "companies"))
H = G.copy()
H.remove_nodes_from(["AMNPO", "NNMI"])
cut = {r["id"] for r in csv.DictReader(open(sys.argv[2])) if r["cut"] == "vertex"}
ok = (size == 2 and cut == {"AMNPO", "NNMI"} and not nx.has_path(H, "Commerce", "companies")
      and nx.has_path(H, "DoD", "companies") and nx.has_path(H, "DOE", "companies"))
if not ok:
    print("NetworkX cut size", size)
sys.exit(0 if ok else 1)
PYEOF
run export --format dot --highlight cut:Commerce:companies
check "the drawing marks the two" sh -c "grep -c 'highlight' '$TMP/out' | grep -qv '^0$' && grep -q 'minimum node cut between Department of Commerce and Companies (2 nodes)' '$TMP/out'"
finish
