#!/bin/sh
# setup-deps.sh: install the Debian packages innonet needs, only those that are missing.
# usage: sh scripts/setup-deps.sh [--test]   (as root, or as a user who may sudo)
# --test adds what the test suite needs besides the build: python3 with NetworkX, for the live
# cross-check against NetworkX; python-igraph and Graphviz's dot, for the format round trips;
# Chromium and Node.js, for the report's browser test; clang with libFuzzer and valgrind, for what
# scripts/check.sh runs besides the suite. Nothing else is ever downloaded.
set -eu

packages="cmake make gcc libc6-dev pkg-config libigraph-dev libgraphviz-dev libcjson-dev libcunit1-dev
fonts-dejavu-core"
# diagrams: fontconfig to pick fonts, and a CJK font so Chinese labels draw as glyphs in PNG and PDF
packages="$packages libfontconfig-dev fonts-noto-cjk"
# the GraphML and GEXF readers are written on libxml2
packages="$packages libxml2-dev"
# gzipped models (python-igraph's write_graphmlz) are inflated with zlib
packages="$packages zlib1g-dev"
# the archives the binary links statically (igraph's ARPACK, LAPACK and BLAS, and the Fortran and
# C++ runtimes under them): a command then starts without loading them (CMakeLists.txt)
packages="$packages libarpack2-dev liblapack-dev libblas-dev libgfortran-12-dev libstdc++-12-dev"
if [ "${1:-}" = "--test" ]; then
	# numpy and scipy are only recommended by python3-networkx, but its PageRank needs them
	packages="$packages python3 python3-networkx python3-numpy python3-scipy"
	# python-igraph and Graphviz's dot check the format round trips, python-igraph's Leiden the communities
	packages="$packages python3-igraph graphviz"
	# the HTML report is tested in headless Chromium, driven by node over the DevTools protocol
	packages="$packages chromium nodejs"
	# scripts/check.sh: clang with its libFuzzer runtime for the fuzz targets, valgrind for the CLI
	# tests, and llvm-14 for llvm-symbolizer: without it clang's sanitizers print bare addresses, and
	# the leak suppressions, which match function names, match nothing
	packages="$packages clang libclang-rt-14-dev llvm-14 valgrind"
	# tools single checks use: nm and objdump (the binary's imports and libraries), script (a
	# terminal for the progress bar), groff (the man page renders); a test without one is skipped
	packages="$packages binutils bsdutils groff-base"
	# /usr/bin/time: the peak memory of reading a large GEXF (t-xml-scale.sh)
	packages="$packages time"
fi
# --bench: what bench/run.sh needs (the peers it times, and /usr/bin/time for peak memory)
if [ "${1:-}" = "--bench" ]; then
	packages="$packages python3 python3-igraph python3-networkx python3-numpy python3-scipy python3-graph-tool time"
fi

missing=""
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "setup-deps: installing$missing" >&2
$sudo apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
