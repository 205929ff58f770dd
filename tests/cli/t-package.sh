# t-package.sh: `cmake --install` and `cpack -G DEB` put the binary, man page, completion, docs
# and shipped models in place, and the packaged binary runs from an extracted .deb.
. "$(dirname "$0")/lib.sh" "$@"
BUILD=$(dirname "$BIN")

check "the build has a CPack configuration" test -f "$BUILD/CPackConfig.cmake"

# Graphviz, fontconfig and libxml2 are loaded by the modules that use them, not at every start
if need objdump binutils; then
	objdump -p "$BIN" | awk '$1 == "NEEDED" { print $2 }' >"$TMP/needed"
	check "the binary names the libraries it needs (objdump reads it)" grep -q '^libc\.so' "$TMP/needed"
	check "the binary does not load Graphviz, fontconfig or libxml2 at start" sh -c \
		"! grep -E '^lib(gvc|cgraph|cdt|fontconfig|xml2)\.' '$TMP/needed'"
	objdump -p "$BUILD/innonet-graphviz.so" | awk '$1 == "NEEDED" { print $2 }' >"$TMP/needed"
	check "the drawing module loads Graphviz" grep -q '^libgvc\.' "$TMP/needed"
fi
cmake --install "$BUILD" --prefix "$TMP/inst" >"$TMP/install.log" 2>&1
check "cmake --install succeeds" test $? -eq 0
for f in bin/innonet share/man/man1/innonet.1 share/bash-completion/completions/innonet \
	share/innonet/graphs/nnmi-2016.json share/doc/innonet/model-format.md share/doc/innonet/report.md; do
	check "cmake --install puts $f in place" test -f "$TMP/inst/$f"
done

cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$TMP/pkg" >"$TMP/cpack.log" 2>&1
check "cpack -G DEB succeeds" test $? -eq 0
deb=$(ls "$TMP"/pkg/innonet_*.deb 2>/dev/null | head -n 1)
check "cpack made a .deb" test -n "$deb"
if [ -n "$deb" ]; then
	check "the package depends on the libraries innonet links" sh -c \
		"dpkg-deb -f '$deb' Depends | grep -q 'libigraph3.*libgvc6.*libcgraph6.*libcjson1'"
	dpkg-deb -x "$deb" "$TMP/root"
	for f in usr/bin/innonet usr/share/man/man1/innonet.1 usr/share/bash-completion/completions/innonet \
		usr/share/innonet/graphs/nnmi-2016.json; do
		check "the package holds /$f" test -f "$TMP/root/$f"
	done
	BUILT=$BIN
	BIN=$TMP/root/usr/bin/innonet
	for m in innonet-graphviz.so innonet-graphml.so; do
		check "the package holds the module $m" sh -c "find '$TMP/root/usr/lib' -name $m | grep -q ."
	done
	run --version
	check "the packaged innonet --version runs and finds its drawing module" \
		grep -q '^innonet [0-9.]* (igraph [0-9.]*, Graphviz [0-9]' "$TMP/out"
	run export -q -o "$TMP/packaged.svg"
	check "the packaged innonet draws (its Graphviz module loads)" grep -q '<svg' "$TMP/packaged.svg"
	run rank --by degree --top 1 "$FIXTURES/interop/networkx.graphml"
	check_status "the packaged innonet reads GraphML (its GraphML module loads)" 0
	"$BUILT" rank >"$TMP/built" 2>"$TMP/built-err"
	run rank
	check_status "the packaged innonet rank runs" 0
	check "and prints what the built innonet prints, on stdout and on stderr" \
		sh -c "cmp -s '$TMP/out' '$TMP/built' && cmp -s '$TMP/err' '$TMP/built-err'"
fi
finish
