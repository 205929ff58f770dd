# t-hostile.sh: every file of tests/hostile/ gives its status and message (MANIFEST.tsv), the same
# from validate, rank and export, and a refused model leaves no output file; then the cases too
# large to check in, made here.
. "$(dirname "$0")/lib.sh" "$@"

HOSTILE=$SRC/tests/hostile
tab=$(printf '\t')
cases=0

# no_files_left WHAT: nothing but the test's own files in $TMP/out.d
no_files_left() {
	check "$1: no output file left" test -z "$(ls -A "$TMP/out.d")"
}

mkdir "$TMP/out.d"
while IFS="$tab" read -r file want_status want; do
	case "$file" in '#'* | '') continue ;; esac
	cases=$((cases + 1))
	path=$HOSTILE/$file
	want=$(printf '%s' "$want" | sed "s|@|$path|g")
	run validate "$path"
	if [ "$want_status" = 0 ]; then
		check_status "$file" 0
		check "$file: validate says '$want'" grep -qFx -- "$want" "$TMP/out"
		run rank --format csv "$path"
		check_status "$file: rank" 0
		run export -q -o "$TMP/out.d/x.svg" "$path"
		check_status "$file: export svg" 0
		run export --format dot "$path"
		check_status "$file: export dot" 0
		rm -f "$TMP/out.d/x.svg"
	else
		check_error "$file" "$want_status" "$want"
		check "$file: validate prints nothing on stdout" test ! -s "$TMP/out"
		# every command loads with the same checks (the same code: once is enough when checked)
		[ -n "$QUICK" ] && continue
		run rank -o "$TMP/out.d/r.csv" "$path"
		check_error "$file: rank" "$want_status" "$want"
		run export -o "$TMP/out.d/x.svg" "$path"
		check_error "$file: export" "$want_status" "$want"
		no_files_left "$file"
	fi
done <"$HOSTILE/MANIFEST.tsv"
check "at least 60 hostile files are listed ($cases)" test "$cases" -ge 60
# the manifest and the directory hold the same files
ls "$HOSTILE" | grep -v -e '^MANIFEST.tsv$' -e '^make_corpus.py$' | sort >"$TMP/files"
grep -v '^#' "$HOSTILE/MANIFEST.tsv" | cut -f1 | sort >"$TMP/listed"
check "every file in tests/hostile is in the manifest, and only those" cmp -s "$TMP/files" "$TMP/listed"

# --- generated cases: too large to check in ------------------------------------------------------

# a file over the 1 GiB limit is refused from its size, before a byte is read (a sparse file)
truncate -s 1073741825 "$TMP/huge.json"
run validate "$TMP/huge.json"
check_error "a file over 1 GiB" 2 "innonet: $TMP/huge.json: model larger than 1024 MiB (the limit)"

# a string of 1 MiB + 1 bytes
awk 'BEGIN { printf "{\"nodes\": [{\"id\": \"a\", \"label\": \""; s = "x"; while (length(s) < 1048577) s = s s; printf "%s", substr(s, 1, 1048577); print "\"}]}" }' >"$TMP/long.json"
run validate "$TMP/long.json"
check_error "a string over 1 MiB" 2 "innonet: $TMP/long.json: nodes[0].label: string longer than 1 MiB (the limit)"

# 200,000 keys in one object, one repeated at the end: found by sorting, not 2*10^10 comparisons
awk 'BEGIN { printf "{\"nodes\": [{\"id\": \"a\""; for (k = 0; k < 200000; k++) printf ", \"k%d\": %d", k, k; print ", \"k123456\": 0}]}" }' >"$TMP/keys.json"
run validate "$TMP/keys.json"
check_error "a repeated key among 200,000" 2 "innonet: $TMP/keys.json: nodes[0]: duplicate key 'k123456'"

# 100,000 nodes in a line of parallel links: the repeat is found by sorting the pairs
awk 'BEGIN { printf "{\"nodes\": [{\"id\": 0}"; for (i = 1; i < 100000; i++) printf ", {\"id\": %d}", i;
	printf "], \"links\": [{\"source\": 0, \"target\": 1}"; for (i = 1; i < 99999; i++) printf ", {\"source\": %d, \"target\": %d}", i, i + 1;
	print ", {\"source\": 77777, \"target\": 77776}]}" }' >"$TMP/chain.json"
run validate "$TMP/chain.json"
check_error "a parallel link among 100,000" 2 "innonet: $TMP/chain.json: links[99999] ('77777' -- '77776'): duplicate link (first at links[77776]; set \"multigraph\": true to keep parallel links)"

# a directory, and a model read from a pipe
mkdir "$TMP/dir.json"
run validate "$TMP/dir.json"
check_error "a directory" 2 "innonet: $TMP/dir.json: cannot read model: Is a directory"
# shellcheck disable=SC2086
printf '{"nodes": [{"id": "a"}' | $WRAP "$BIN" validate - >"$TMP/out" 2>"$TMP/err"
status=$?
check_error "a truncated model on standard input" 2 "innonet: <stdin>:1:23: invalid JSON: unexpected end of input"

# no file is opened because a model names it: a FIFO would block whoever opened it, for ever
mkfifo "$TMP/trap"
sed "s|/etc/[a-z]*|$TMP/trap|g; s|/root|$TMP/trap|" "$HOSTILE/no-file-opened.json" >"$TMP/names.json"
check "the model names the FIFO" grep -q "$TMP/trap" "$TMP/names.json"
for cmd in validate "rank --format json" "export --format svg" "export --format dot"; do
	# shellcheck disable=SC2086 # the command and its options are meant to split
	timeout 600 $WRAP "$BIN" $cmd "$TMP/names.json" >"$TMP/out" 2>"$TMP/err"
	status=$?
	check_status "$cmd on a model naming files (none is opened)" 0
done

finish
