# t-docs-measures.sh: every example in docs/measures.md prints what the page shows, byte for byte.
. "$(dirname "$0")/lib.sh" "$@"

$PY "$(dirname "$0")/doc_examples.py" "$BIN" "$SRC" docs/measures.md console 6
status=$?
check_status "docs/measures.md examples" 0
check "README links docs/measures.md" grep -q '](docs/measures.md)' "$SRC/README.md"
finish
