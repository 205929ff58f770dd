# t-architecture.sh: docs/architecture.md names every source file, in the folder it is in.
. "$(dirname "$0")/lib.sh" "$@"

DOC=$SRC/docs/architecture.md
count=0
missing=""
for f in $(cd "$SRC" && find src -name '*.[ch]' | sort); do
	count=$((count + 1))
	dir=${f%/*}
	base=${f##*/}
	# either the whole path, or the name on a line of the table that starts with its folder
	if grep -qF "\`$f\`" "$DOC" || grep -F "| \`$dir/" "$DOC" | grep -qF "\`$base\`"; then
		:
	else
		missing="$missing $f"
	fi
done
check "the tree has source files to look for ($count)" test "$count" -gt 60
check "docs/architecture.md names every source file${missing:+ (missing:$missing)}" test -z "$missing"
finish
