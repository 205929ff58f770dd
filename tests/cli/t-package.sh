# t-package.sh: `cmake --install` and `cpack -G DEB` put the binary, man page, completion, docs
# and shipped models in place, and the packaged binary runs from an extracted .deb.
. "$(dirname "$0")/lib.sh" "$@"
BUILD=$(dirname "$BIN")

check "the build has a CPack configuration" test -f "$BUILD/CPackConfig.cmake"
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
	run --version
	check "the packaged innonet --version runs" grep -q '^innonet [0-9.]* (igraph' "$TMP/out"
	"$BUILT" rank >"$TMP/built" 2>&1
	run rank
	check_status "the packaged innonet rank runs" 0
	check "and prints what the built innonet prints" cmp -s "$TMP/out" "$TMP/built"
fi
finish
