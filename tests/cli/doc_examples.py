# doc_examples.py: every example on a page of the docs prints what the page shows, byte for byte.
# The page's examples are, with FORM console, its ```console blocks ("$ innonet ARGS", then the
# output); with FORM marked, the ```text blocks after "<!-- example: ARGS -->" (their first line,
# "$ innonet ARGS", must say the same ARGS), the page's other blocks being illustrations that may
# leave lines out. Each must exit 0. Prints a TAP line an example; fails when one differs or
# fewer than MIN are found.
# usage: doc_examples.py BINARY SOURCE_DIR PAGE FORM MIN     (PAGE relative to SOURCE_DIR)
import re, shlex, subprocess, sys

binary, src, page, form, least = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
text = open(f"{src}/{page}", encoding="utf-8").read()
examples = []
for block in re.findall(r"```console\n(.*?)```", text, re.S) if form == "console" else []:
    command, _, want = block.partition("\n")
    assert command.startswith("$ innonet "), command
    examples.append((shlex.split(command[2:])[1:], command[2:], want))
marked = re.findall(r"<!-- example: (.*?) -->\n```text\n\$ innonet (.*?)\n(.*?)```\n", text, re.S)
for args, shown, want in marked if form == "marked" else []:
    examples.append((args.split(), "innonet " + shown if shown == args else None, want))
failures = 0
for argv, shown, want in examples:
    res = subprocess.run([binary, *argv], cwd=src, capture_output=True, text=True, env={"LC_ALL": "C", "TZ": "UTC"})
    if shown is None or res.returncode != 0 or res.stdout != want:
        failures += 1
        print(f"FAIL - {page}: 'innonet {' '.join(argv)}' does not print what the page shows")
    else:
        print(f"ok - {page}: {shown}")
if len(examples) < least:
    failures += 1
    print(f"FAIL - only {len(examples)} examples found in {page}")
sys.exit(1 if failures else 0)
