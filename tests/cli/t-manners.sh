# t-manners.sh: CLI manners: examples in every --help, '-o -' is stdout, no colour, and the man
# page and bash completion cover every command and option that --help shows.
. "$(dirname "$0")/lib.sh" "$@"
MAN=$SRC/docs/innonet.1
COMPLETION=$SRC/completion/innonet.bash

# the man page with roff's '\-' read as '-'
sed 's/\\-/-/g' "$MAN" >"$TMP/man.txt"
run --help
commands=$(sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' "$TMP/out")
check "innonet --help lists commands" test -n "$commands"
for c in $commands; do
	"$BIN" "$c" --help >"$TMP/help-$c" 2>&1
	check "$c --help has examples" sh -c "sed -n '/^examples:\$/,\$p' '$TMP/help-$c' | grep -q '^  innonet $c'"
	# options as --help shows them: "  -x, --name ARG" or "      --name ARG"
	grep -Eo -- '^  (-[a-zA-Z], )?--[a-z-]+|^      --[a-z-]+' "$TMP/help-$c" | sed 's/.*--//' >"$TMP/opts-$c"
	check "the man page describes $c" grep -q "^\\.SS $c\$\\|^\\.B $c\$" "$MAN"
	while read -r o; do
		check "the man page documents $c --$o" grep -Eq -- "--$o([^a-z-]|\$)" "$TMP/man.txt"
	done <"$TMP/opts-$c"
	if grep -qx output "$TMP/opts-$c"; then
		# what each command needs besides its options, to have something to write
		case $c in
		path | cut) need="DoD NIST" ;;
		whatif) need="--remove DoD" ;;
		agreement) need="--by degree,betweenness" ;;
		keyplayer) need="-k 1" ;;
		diff) need="$MODEL $MODEL" ;;
		compare) need="$MODEL $MODEL" ;;
		*) need="" ;;
		esac
		# shellcheck disable=SC2086 # $need is a list of arguments
		(cd "$TMP" && "$BIN" "$c" -o - $need >"$TMP/dash-$c" 2>"$TMP/dash-err")
		check "$c -o - writes to stdout" test -s "$TMP/dash-$c"
		check "$c -o - makes no file called '-'" test ! -e "$TMP/-"
	fi
done

# no colour, with or without NO_COLOR: no escape byte in anything innonet prints
esc=$(printf '\033')
for c in "rank" "rank --format csv" "export --format dot" "report" "--help" "nosuchcommand"; do
	# shellcheck disable=SC2086 # $c is a command and its options
	NO_COLOR=1 "$BIN" $c >"$TMP/nc" 2>&1
	# shellcheck disable=SC2086
	"$BIN" $c >>"$TMP/nc" 2>&1
	check "innonet $c prints no colour" sh -c "! grep -q '$esc' '$TMP/nc'"
done

if need groff groff-base; then
	check "the man page renders without a warning" sh -c "groff -man -Tutf8 -ww -z '$MAN' 2>&1 | (! grep -q .)"
fi

# bash completion, driven as bash would (COMP_WORDS, COMP_CWORD), with this build's innonet first
# on PATH: commands, each command's options as --help lists them, and every measure after --by
mkdir -p "$TMP/bin" && ln -s "$BIN" "$TMP/bin/innonet"
complete_words() {
	PATH="$TMP/bin:$PATH" bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _innonet
		printf "%s\n" "${COMPREPLY[@]}" | sort' sh "$COMPLETION" "$@"
}
check "completion offers every command" test "$(complete_words innonet "" | grep -v '^-' | grep -vx help)" = \
	"$(echo "$commands" | sort)"
for c in $commands; do
	check "completion offers every option of $c" test "$(complete_words innonet "$c" --)" = \
		"$(sed 's/^/--/' "$TMP/opts-$c" | sort)"
done
measures=$(sed -n '/^measures/,/^$/s/^  \([a-z][a-z_-]*\)  .*/\1/p' "$TMP/help-rank" | sort)
check "rank --help lists measures" test -n "$measures"
check "completion offers every measure after --by" test "$(complete_words innonet rank --by "")" = "$measures"
check "completion completes a measure's prefix" test "$(complete_words innonet rank -b pa)" = pagerank
check "completion offers export's formats" test "$(complete_words innonet export --format "" | tr '\n' ' ')" = "csv dot gexf graphml html json pajek pdf png svg "
check "completion offers rank's formats" test "$(complete_words innonet rank -f "" | tr '\n' ' ')" = "csv json table "
check "completion offers every input format after --input-format" \
	test "$(complete_words innonet rank --input-format "" | tr '\n' ' ')" = "adjacency-json adjacency-matrix adjlist csv cytoscape-json dimacs dl dot edgelist gexf gml graph6 graphml json leda lgl multiline-adjlist pajek sparse6 tree-json "
# model files of every format innonet reads, not only *.json; other files are not offered
mkdir -p "$TMP/models/sub"
for f in a.json b.graphml c.gexf d.dot e.csv f.net g.dl h.edgelist h1.gml h2.lgl h3.adjlist h4.g6 h5.s6 h6.gw h7.dimacs h8.cyjs i.txt j.png k.svg l.graphmlz m.json.gz; do : >"$TMP/models/$f"; done
check "completion offers model files of every format and directories" \
	test "$(cd "$TMP/models" && complete_words innonet rank "" | tr '\n' ' ')" = \
	"a.json b.graphml c.gexf d.dot e.csv f.net g.dl h.edgelist h1.gml h2.lgl h3.adjlist h4.g6 h5.s6 h6.gw h7.dimacs h8.cyjs i.txt l.graphmlz m.json.gz sub "
finish
