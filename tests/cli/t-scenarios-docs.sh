# t-scenarios-docs.sh: every example in docs/scenarios.md prints what the page shows, and its chart is current.
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$BIN" "$SRC" <<'PYEOF'
import re, subprocess, sys
binary, src = sys.argv[1:3]
text = open(f"{src}/docs/scenarios.md", encoding="utf-8").read()
examples = re.findall(r"<!-- example: (.*?) -->\n```text\n\$ innonet (.*?)\n(.*?)```\n", text, re.S)
failures = 0
for args, shown, output in examples:
    res = subprocess.run([binary, *args.split()], cwd=src, capture_output=True, text=True,
                         env={"LC_ALL": "C", "TZ": "UTC"})
    if shown != args or res.returncode != 0 or res.stdout != output:
        failures += 1
        print(f"FAIL - docs/scenarios.md: 'innonet {args}' does not print what the page shows")
    else:
        print(f"ok - docs/scenarios.md: innonet {args}")
if len(examples) < 8:
    failures += 1
    print(f"FAIL - only {len(examples)} examples found in docs/scenarios.md")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "the page's examples match" 0

run funding -q --chart "$TMP/f.svg" "$SRC/graphs/manufacturing-usa-2025.json"
check "docs/funding-2025.svg is the chart funding draws today" cmp -s "$TMP/f.svg" "$SRC/docs/funding-2025.svg"
check "the README links the page" grep -q '(docs/scenarios.md)' "$SRC/README.md"
finish
