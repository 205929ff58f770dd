# lib.sh: what the CLI tests share. Usage from a test: . "$(dirname "$0")/lib.sh" "$@"
# $1 is the innonet binary, $2 the source tree. Each check prints "ok" or "FAIL" with the reason;
# the test exits non-zero if any check failed. INNONET_UPDATE_GOLDEN=1 rewrites golden files
# (review the diff before committing them).
BIN=$1
SRC=$2
GOLDEN=$SRC/tests/golden
FIXTURES=$SRC/tests/fixtures
MODEL=$SRC/graphs/nnmi-2016.json
PY=/usr/bin/python3
failures=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C TZ=UTC

# INNONET_WRAPPER, when set, is a command that runs innonet under a checker: scripts/check.sh
# sets valgrind there, whose --error-exitcode then fails the check that reads the status.
WRAP=${INNONET_WRAPPER:-}
# INNONET_QUICK, when set (the checked builds), leaves out checks that repeat the same code path
# with other commands: under a sanitizer or valgrind each run costs a hundred times more.
QUICK=${INNONET_QUICK:-}

# run ARG...: innonet's stdout in $TMP/out, stderr in $TMP/err, exit status in $status
run() {
	# shellcheck disable=SC2086 # the wrapper is a command with its options
	$WRAP "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}

ok() { echo "ok - $1"; }
fail() {
	echo "FAIL - $1"
	failures=$((failures + 1))
}

# check_status WHAT STATUS
check_status() {
	if [ "$status" = "$2" ]; then ok "$1: status $2"; else
		fail "$1: status $status, expected $2"
		[ -f "$TMP/err" ] && sed 's/^/  stderr: /' "$TMP/err"
	fi
}

# check_golden WHAT FILE: stdout equals tests/golden/FILE byte for byte
check_golden() {
	if [ -n "${INNONET_UPDATE_GOLDEN:-}" ]; then cp "$TMP/out" "$GOLDEN/$2"; fi
	if cmp -s "$TMP/out" "$GOLDEN/$2"; then ok "$1: matches $2"; else
		fail "$1: differs from $2"
		diff "$GOLDEN/$2" "$TMP/out" | head -20 | sed 's/^/  /'
	fi
}

# check_error WHAT STATUS MESSAGE: exit status, and stderr exactly one line, this one
check_error() {
	check_status "$1" "$2"
	if [ "$(cat "$TMP/err")" = "$3" ] && [ "$(wc -l <"$TMP/err")" -eq 1 ]; then ok "$1: message"; else
		fail "$1: stderr was:"
		sed 's/^/  /' "$TMP/err"
		echo "  expected: $3"
	fi
}

# check WHAT COMMAND...: a shell condition
check() {
	what=$1
	shift
	if "$@"; then ok "$what"; else fail "$what"; fi
}

# need TOOL PACKAGE: whether TOOL is installed. When it is not, the checks that need it are left
# out and the test ends as skipped (status 77, ctest's SKIP_RETURN_CODE, which scripts/check.sh
# counts as a failure): `sh scripts/setup-deps.sh --test` installs PACKAGE.
skipped=""
need() {
	command -v "$1" >/dev/null 2>&1 && return 0
	echo "skip - $1 is not installed (package $2: sh scripts/setup-deps.sh --test)"
	skipped="$skipped $1"
	return 1
}

finish() {
	if [ "$failures" -ne 0 ]; then
		echo "$failures check(s) failed"
		exit 1
	fi
	if [ -n "$skipped" ]; then
		echo "skipped: checks that need$skipped"
		exit 77
	fi
	exit 0
}
