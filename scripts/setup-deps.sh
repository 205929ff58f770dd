#!/bin/sh
# setup-deps.sh: install the Debian packages innonet needs, only those that are missing.
# usage: sh scripts/setup-deps.sh [--test]   (as root, or as a user who may sudo)
# --test adds what the test suite needs besides the build: python3 with NetworkX, for the live
# cross-check against NetworkX, and what scripts/check.sh runs it with (clang and libFuzzer,
# valgrind). Nothing else is ever downloaded.
set -eu

packages="cmake make gcc libc6-dev pkg-config libigraph-dev libgraphviz-dev libcjson-dev libcunit1-dev
fonts-dejavu-core"
if [ "${1:-}" = "--test" ]; then
	packages="$packages python3 python3-networkx"
	# scripts/check.sh: clang with its libFuzzer runtime for the fuzz targets, valgrind for the CLI tests
	packages="$packages clang libclang-rt-14-dev valgrind"
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
