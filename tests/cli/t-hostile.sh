# t-hostile.sh: every file of tests/hostile/ gives its status and message (MANIFEST.tsv), the same
# from validate, rank and export, and a refused model leaves no output file. The cases too large
# to check in are in t-limits.sh.
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
		# an SVG costs seconds under valgrind: there, only the file made to attack the writers
		if [ -z "$WRAP" ] || [ "$file" = hostile-labels.json ]; then
			run export -q -o "$TMP/out.d/x.svg" "$path"
			check_status "$file: export svg" 0
			rm -f "$TMP/out.d/x.svg"
		fi
		[ -n "$QUICK" ] && continue
		run rank --format csv "$path"
		check_status "$file: rank" 0
		run export --format dot "$path"
		check_status "$file: export dot" 0
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

finish
