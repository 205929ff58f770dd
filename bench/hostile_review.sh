#!/bin/sh
# hostile_review.sh: the cases of issue 13's hostile review, class by class, run again against a
# build: each prints "ok" or "FAIL" and the script exits 1 if any failed. The regression tests
# hold more cases of each class (named per class below); this is the review's own list, to run
# after a change that touches readers, writers or the drawing. About a minute; memory limits and
# the scaling of class 5 included. usage: sh bench/hostile_review.sh [BUILD/innonet]
BIN=${1:-build/innonet}
SRC=$(cd "$(dirname "$0")/.." && pwd)
MODEL=$SRC/graphs/nnmi-2016.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C TZ=UTC
failures=0
ok() { echo "ok - $1"; }
fail() { echo "FAIL - $1"; failures=$((failures + 1)); }
# expect WHAT STATUS CMD...: innonet's status, and stderr at most one line starting "innonet: "
expect() {
	what=$1 want=$2
	shift 2
	"$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
	got=$?
	if [ "$got" = "$want" ] && [ "$(wc -l <"$TMP/err")" -le 1 ] && ! grep -qv '^innonet: ' "$TMP/err"; then
		ok "$what (status $got)"
	else
		fail "$what: status $got, expected $want; stderr: $(head -c 300 "$TMP/err")"
	fi
}
same() { if cmp -s "$1" "$2"; then ok "$3"; else fail "$3"; fi; }

echo "# 1. script injection through the style map (tests/cli/t-injection.sh, fuzz target style)"
printf '{"font": "x\\"/><script>alert(1)</script><x a=\\""}\n' >"$TMP/evil-style.json"
expect "a font name with markup is refused" 2 export -f svg --style "$TMP/evil-style.json" -o "$TMP/x.svg" "$MODEL"
test ! -e "$TMP/x.svg" && ok "... and no SVG" || fail "... an SVG was written"

echo "# 2. characters XML cannot carry (tests/hostile control-*, tests/hostile-formats)"
for f in "$SRC"/tests/hostile/control-*; do
	expect "$(basename "$f") refused at load" 2 export -f svg -o "$TMP/c.svg" "$f"
done

echo "# 3. inputs overwritten (tests/cli/t-outputs.sh)"
cp "$MODEL" "$TMP/a.json" && cp "$MODEL" "$TMP/b.json" && cp "$MODEL" "$TMP/b.orig"
cp "$SRC/examples/scenario-defund-lift.json" "$TMP/sc.json" && cp "$TMP/sc.json" "$TMP/sc.orig"
printf '{"font": "DejaVu Sans"}\n' >"$TMP/s.json" && cp "$TMP/s.json" "$TMP/s.orig"
expect "diff a b -o b" 2 diff "$TMP/a.json" "$TMP/b.json" -o "$TMP/b.json"
same "$TMP/b.json" "$TMP/b.orig" "... b intact"
expect "export --style S -o S" 2 export --style "$TMP/s.json" -o "$TMP/s.json" "$MODEL"
same "$TMP/s.json" "$TMP/s.orig" "... S intact"
expect "whatif --scenario S -o S" 2 whatif --scenario "$TMP/sc.json" -o "$TMP/sc.json" "$MODEL"
same "$TMP/sc.json" "$TMP/sc.orig" "... S intact"

echo "# 4. crashes (tests/cli/t-robust.sh)"
printf '{"directed": true, "nodes": [{"id": "A"}, {"id": "B"}], "links": [{"source": "B", "target": "A"}]}\n' >"$TMP/ab.json"
expect "export --highlight path:A:B, B unreachable" 0 export -q --highlight path:A:B -f dot -o "$TMP/p.dot" "$TMP/ab.json"
mkdir "$TMP/oom"
for kb in 50000 80000 120000 160000 200000; do
	for f in svg png pdf html; do
		if [ $f = html ]; then set -- report; else set -- export -f $f; fi
		(ulimit -v $kb; "$BIN" "$@" -q -o "$TMP/oom/x.$f" "$MODEL" >"$TMP/out" 2>"$TMP/err"); st=$?
		if [ $st -le 1 ] && [ "$(wc -l <"$TMP/err")" -le 1 ] && ! grep -qv '^innonet: ' "$TMP/err" &&
			{ [ $st = 0 ] || [ -z "$(ls -A "$TMP/oom")" ]; }; then
			ok "$f under ulimit -v $kb (status $st)"
		else
			fail "$f under ulimit -v $kb: status $st, $(head -c 200 "$TMP/err")"
		fi
		rm -f "$TMP/oom/x.$f"
	done
done

echo "# 5. quadratic time (bench/hostile_scaling.py; growth recorded in docs/errors.md)"
/usr/bin/python3 "$SRC/bench/hostile_scaling.py" "$BIN" 0.5 >"$TMP/scaling" 2>&1
cat "$TMP/scaling"
grep -q "more than linear" "$TMP/scaling" && fail "a case grows more than linearly" || ok "every case grows about linearly"

echo "# 6. valid ids that could not be drawn or read (tests/cli/t-dot-names.sh, t-robust.sh)"
printf '{"nodes": [{"id": "-."}, {"id": "b\\\\\\"c"}, {"id": "%%x"}], "links": [{"source": "-.", "target": "%%x"}]}\n' >"$TMP/ids.json"
for f in svg png dot; do expect "ids -. b\\\"c %x to $f" 0 export -q -f $f -o "$TMP/ids.$f" "$TMP/ids.json"; done
expect "... and report" 0 report -q -o "$TMP/ids.html" "$TMP/ids.json"
printf 'graph { "%%x" -- "-." }\n' >"$TMP/p.dot"
expect "DOT \"%x\" read" 0 export -q -f json -o "$TMP/p.json" "$TMP/p.dot"
grep -q '"id": "%x"' "$TMP/p.json" && ok "... as %x" || fail "... not as %x"

echo "# 7. failed runs that change files (tests/cli/t-outputs.sh)"
echo old >"$TMP/rob.csv"
expect "robustness --chart /dev/full" 1 robustness -o "$TMP/rob.csv" -f csv --chart /dev/full "$MODEL"
test "$(cat "$TMP/rob.csv")" = old && ok "... rob.csv as it was" || fail "... rob.csv replaced"
expect "funding --chart in a missing directory" 1 funding -o "$TMP/f.csv" -f csv --chart "$TMP/no/dir/c.svg" "$MODEL"
test ! -e "$TMP/f.csv" && ok "... no -o file" || fail "... the -o file was made"

echo "# 8. unbounded input (tests/cli/t-robust.sh, t-limits.sh)"
expect "/dev/zero as a model, at once" 2 validate /dev/zero

echo "# 9. permissions (tests/cli/t-outputs.sh)"
echo x >"$TMP/private.csv" && chmod 600 "$TMP/private.csv"
expect "rank over a 0600 file" 0 rank -f csv -o "$TMP/private.csv" "$MODEL"
test "$(stat -c %a "$TMP/private.csv")" = 600 && ok "... still 0600" || fail "... mode now $(stat -c %a "$TMP/private.csv")"

echo "# 10. exit status and -j (tests/cli/t-outputs.sh)"
printf '{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": -1}]}\n' >"$TMP/neg.json"
# (the notice that --weight does not apply to degree comes first: a second line, left to issue 15)
for j in 1 2; do
	"$BIN" rank --by strength,pagerank,degree --weight weight -j $j "$TMP/neg.json" >/dev/null 2>"$TMP/err$j"
	echo $? >>"$TMP/err$j"
	tail -2 "$TMP/err$j" | tr '\n' ' '
	echo
done
same "$TMP/err1" "$TMP/err2" "a negative weight: the same status 2 and message for -j 1 and -j 2"
grep -qx 2 "$TMP/err1" && ok "... status 2" || fail "... status $(tail -1 "$TMP/err1")"

echo "# $failures failed"
[ $failures = 0 ]
