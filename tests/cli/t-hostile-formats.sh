# t-hostile-formats.sh: every file of tests/hostile-formats/ (Pajek, UCINET DL, edge lists, GML, LGL, adjacency lists, GEXF, GraphML,
# gzipped GraphML, adjacency matrices, graph6/sparse6, LEDA, DIMACS, multiline adjacency lists, NetworkX's adjacency, Cytoscape and tree JSON,
# Gephi's CSV, content detection) gives its status and one-line message (MANIFEST.tsv), from
# validate, rank and export alike, from standard input with --input-format too, and a refused
# model leaves no output file.
. "$(dirname "$0")/lib.sh" "$@"

HOSTILE=$SRC/tests/hostile-formats
tab=$(printf '\t')
cases=0

mkdir "$TMP/out.d"
while IFS="$tab" read -r file want_status want; do
	case "$file" in '#'* | '') continue ;; esac
	cases=$((cases + 1))
	path=$HOSTILE/$file
	# no extension names an adjacency matrix: the corpus's .matrix files name their format
	named=""
	case "$file" in *.matrix) named="--input-format adjacency-matrix" ;; esac
	# shellcheck disable=SC2086 # $named is empty or two words
	run validate $named "$path"
	check_error "$file" "$want_status" "$(printf '%s' "$want" | sed "s|@|$path|g")"
	check "$file: validate prints nothing on stdout" test ! -s "$TMP/out"
	[ -n "$QUICK" ] && continue
	# shellcheck disable=SC2086
	run rank $named -o "$TMP/out.d/r.csv" "$path"
	check_error "$file: rank" "$want_status" "$(printf '%s' "$want" | sed "s|@|$path|g")"
	# shellcheck disable=SC2086
	run export $named -o "$TMP/out.d/x.net" "$path"
	check_error "$file: export" "$want_status" "$(printf '%s' "$want" | sed "s|@|$path|g")"
	check "$file: no output file left" test -z "$(ls -A "$TMP/out.d")"
	# the same bytes on standard input, the format named: the same message, naming <stdin>
	case "$file" in *.txt) continue ;; esac
	format=$(case "$file" in mladjlist-*) echo multiline-adjlist ;; adjacency-*) echo adjacency-json ;;
		cytoscape-*) echo cytoscape-json ;; tree-*) echo tree-json ;; *.g6 | *.s6) echo graph6 ;; *.gw) echo leda ;;
		*.dimacs) echo dimacs ;; *.net) echo pajek ;; *.dl) echo dl ;; *.gexf) echo gexf ;; *.graphml | *.graphmlz) echo graphml ;; *.matrix) echo adjacency-matrix ;; *.csv) echo csv ;; *.lgl) echo lgl ;; *.adjlist) echo adjlist ;; *.gml) echo gml ;;
		*) echo edgelist ;; esac)
	$WRAP "$BIN" validate --input-format "$format" - <"$path" >"$TMP/out" 2>"$TMP/err"
	status=$?
	check_error "$file: standard input" "$want_status" "$(printf '%s' "$want" | sed "s|@|<stdin>|g")"
done <"$HOSTILE/MANIFEST.tsv"
check "at least 39 hostile files are listed ($cases)" test "$cases" -ge 39
ls "$HOSTILE" | grep -v -e '^MANIFEST.tsv$' | sort >"$TMP/files"
grep -v '^#' "$HOSTILE/MANIFEST.tsv" | cut -f1 | sort >"$TMP/listed"
check "every file in tests/hostile-formats is in the manifest, and only those" cmp -s "$TMP/files" "$TMP/listed"

finish
