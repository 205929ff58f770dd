# t-scenarios-docs.sh: every example in docs/scenarios.md prints what the page shows, and its chart is current.
. "$(dirname "$0")/lib.sh" "$@"

$PY "$(dirname "$0")/doc_examples.py" "$BIN" "$SRC" docs/scenarios.md marked 8
status=$?
check_status "the page's examples match" 0

run funding -q --chart "$TMP/f.svg" "$SRC/graphs/manufacturing-usa-2025.json"
check "docs/funding-2025.svg is the chart funding draws today" cmp -s "$TMP/f.svg" "$SRC/docs/funding-2025.svg"
check "the README links the page" grep -q '(docs/scenarios.md)' "$SRC/README.md"
finish
