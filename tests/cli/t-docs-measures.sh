# t-docs-measures.sh: every example in docs/measures.md prints what the page shows, byte for byte.
# An example is a ```console block: "$ innonet ARGS" and then its output.
. "$(dirname "$0")/lib.sh" "$@"

$PY - "$BIN" "$SRC" <<'PYEOF'
import re, shlex, subprocess, sys

binary, src = sys.argv[1:3]
text = open(f"{src}/docs/measures.md", encoding="utf-8").read()
failures = examples = 0
for block in re.findall(r"```console\n(.*?)```", text, re.S):
    command, _, want = block.partition("\n")
    assert command.startswith("$ innonet "), command
    argv = shlex.split(command[2:])
    got = subprocess.run([binary] + argv[1:], cwd=src, capture_output=True, text=True).stdout
    examples += 1
    if got != want:
        failures += 1
        print(f"FAIL - docs/measures.md: '{command[2:]}' prints something else now")
    else:
        print(f"ok - docs/measures.md: {command[2:]}")
if examples < 6:
    failures += 1
    print(f"FAIL - only {examples} examples found")
sys.exit(1 if failures else 0)
PYEOF
status=$?
check_status "docs/measures.md examples" 0
check "README links docs/measures.md" grep -q '](docs/measures.md)' "$SRC/README.md"
finish
