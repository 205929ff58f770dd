#!/bin/sh
# check.sh: everything CI checks, in order: the test command of README.md and of .ci/run.
#   1. install what is missing (scripts/setup-deps.sh --test)
#   2. build and run the whole test suite (ctest)
#   3. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   4. the CLI tests with innonet under valgrind: no invalid read or write, no definite leak
#   5. each libFuzzer target on INNONET_FUZZ_RUNS inputs (default 50000; a tenth for the writers
#      through Graphviz) from a fixed seed, one after the other (build-fuzz/): the same code gives the same verdict; long random runs are
#      `cmake --build build-fuzz --target fuzz` (docs/errors.md)
# Library-internal leaks are suppressed by tests/sanitizers/*.supp, each entry explained there; the
# sanitizers name frames with llvm-symbolizer (llvm-14, installed by setup-deps.sh --test).
# usage: sh scripts/check.sh        (as root, or as a user who may sudo, on Debian 12)
set -eu
cd "$(dirname "$0")/.."
fuzz_runs=${INNONET_FUZZ_RUNS:-50000}
supp=$(pwd)/tests/sanitizers
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
start=$(date +%s)

stage() {
	echo "== check.sh: $1 (at $(($(date +%s) - start)) s)"
}

# suite CTEST-ARGS...: ctest, failing when a test fails and also when one was skipped (a tool it
# needs is missing: setup-deps.sh --test installs it), since a skip nobody sees checks nothing
suite() {
	log=$(mktemp)
	status=0
	ctest "$@" --output-on-failure -j2 >"$log" 2>&1 || status=$?
	cat "$log"
	if grep -q '\*\*\*Skipped\|Not Run' "$log"; then
		echo "check.sh: tests were skipped; a skip counts as a failure here" >&2
		status=1
	fi
	rm -f "$log"
	return "$status"
}

# every build directory is configured afresh (--fresh): options cached by an earlier run, or the
# compiler it found, would otherwise persist (CC=clang is ignored in an existing build-fuzz/)

stage "dependencies"
sh scripts/setup-deps.sh --test

stage "build and test"
cmake --fresh -S . -B build
cmake --build build -j2
suite --test-dir build

# The checked builds leave out what repeats one code path with another command, and the 100 MB
# model (INNONET_QUICK): under a sanitizer or valgrind every run costs many times more.
stage "AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --fresh -S . -B build-asan -DINNONET_SANITIZE=ON
cmake --build build-asan -j2
ASAN_SYMBOLIZER_PATH=$symbolizer \
ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=0 \
LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
INNONET_QUICK=1 suite --test-dir build-asan

stage "valgrind over the CLI tests"
INNONET_QUICK=1 \
INNONET_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --suppressions=$supp/valgrind.supp" \
suite --test-dir build -R '^cli\.'

stage "fuzzing, $fuzz_runs inputs a target from seed 1"
CC=clang cmake --fresh -S . -B build-fuzz -DINNONET_FUZZ=ON -DINNONET_FUZZ_RUNS="$fuzz_runs" -DINN_SYMBOLIZER="$symbolizer"
cmake --build build-fuzz -j2 --target fuzz_binaries
cmake --build build-fuzz -j1 --target fuzz_check

stage "all checks passed"
