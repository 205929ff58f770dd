# t-modules.sh: the binary refuses a module of another build; the GraphML module links no igraph.
. "$(dirname "$0")/lib.sh" "$@"

BUILD=$(dirname "$BIN")
GRAPHML=$FIXTURES/interop/networkx.graphml

# the real module loads
run validate "$GRAPHML"
check_status "a GraphML model loads through this build's module" 0

# The GraphML module reads XML with libxml2 alone: a second igraph in it (shared, beside the
# binary's static one) would be another copy of igraph's global state in the same process.
if need objdump binutils; then
	objdump -p "$BUILD/innonet-graphml.so" >"$TMP/needed"
	check "objdump reads the GraphML module's dependencies" grep -q 'NEEDED.*libxml2' "$TMP/needed"
	check "the GraphML module does not need libigraph" sh -c "! grep -q 'NEEDED.*igraph' '$TMP/needed'"
	nm -D --undefined-only "$BUILD/innonet-graphml.so" >"$TMP/imports"
	check "the GraphML module calls no igraph function" sh -c "! grep -q ' igraph_' '$TMP/imports'"
fi

# A copy of the binary beside a module built elsewhere, whose table carries another ABI number:
# it is refused with a message, not called. (The number 1 is what every build used to carry.)
mkdir "$TMP/other"
cp "$BIN" "$TMP/other/innonet"
cat >"$TMP/fake.c" <<'C'
struct inn_graphml_module { unsigned abi; void *load_graphml; };
__attribute__((visibility("default"))) const struct inn_graphml_module inn_graphml_module = {1, 0};
C
check "a stand-in module of another build compiles" ${CC:-cc} -shared -fPIC -o "$TMP/other/innonet-graphml.so" "$TMP/fake.c"
$WRAP "$TMP/other/innonet" validate "$GRAPHML" >"$TMP/out" 2>"$TMP/err"
status=$?
check_error "a module of another build is refused" 1 \
	"innonet: cannot load innonet's module innonet-graphml.so: it is of another innonet build"

finish
