#!/bin/sh
# fresh-check.sh: run the README's two commands as a new user would, on a freshly bootstrapped
# Debian 12 (debootstrap --variant=minbase bookworm), as root inside a chroot holding a copy of
# this working tree. A package the commands need but do not install fails here, as it would on
# the user's machine, even when the machine running this script has it.
#
# usage: sh scripts/fresh-check.sh [--test-only] [--keep]     (as root, on Debian 12)
#   --test-only  run only the test command (sh scripts/check.sh); .ci/run uses this
#   --keep       leave the chroot in place afterwards (its path is printed) instead of removing it
#
# Exit status: that of the first command that failed, 0 when both passed; 3 when the Debian
# mirror cannot be reached to bootstrap (nothing was run: the caller decides what to do then).
# Each stage's time is printed as "fresh-check: <stage>: <seconds> s".
set -eu
cd "$(dirname "$0")/.."
src=$(pwd)

test_only=0
keep=0
for a in "$@"; do
	case "$a" in
	--test-only) test_only=1 ;;
	--keep) keep=1 ;;
	*) echo "usage: sh scripts/fresh-check.sh [--test-only] [--keep]" >&2; exit 2 ;;
	esac
done
if [ "$(id -u)" -ne 0 ]; then
	echo "fresh-check: must run as root (debootstrap and chroot)" >&2
	exit 2
fi

# The mirror a new Debian 12 machine uses; MIRROR overrides it (a local mirror, a proxy).
mirror=${MIRROR:-http://deb.debian.org/debian}

# debootstrap and wget come from Debian's packages, like everything else the project installs.
need=""
command -v debootstrap >/dev/null 2>&1 || need="$need debootstrap"
command -v wget >/dev/null 2>&1 || need="$need wget"
if [ -n "$need" ]; then
	echo "fresh-check: installing$need" >&2
	if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null; }; then
		echo "fresh-check: could not install$need from the package mirror" >&2
		exit 3
	fi
fi
if ! wget -q -T 20 -t 2 -O /dev/null "$mirror/dists/bookworm/Release"; then
	echo "fresh-check: the Debian mirror $mirror cannot be reached" >&2
	exit 3
fi

root=$(mktemp -d /var/tmp/innonet-fresh.XXXXXX)
mounted=""
cleanup() {
	status=$?
	for m in $mounted; do
		umount -R "$root/$m" 2>/dev/null || umount -l "$root/$m" 2>/dev/null || true
	done
	if [ "$keep" -eq 1 ]; then
		echo "fresh-check: the chroot stays in $root" >&2
	else
		# only once nothing is mounted below it: rm must never reach the host's /dev or /proc
		if ! grep -q " $root/" /proc/mounts; then
			rm -rf "$root"
		fi
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

timed() { # timed STAGE COMMAND...: run, print the stage's seconds, keep its status
	name=$1
	shift
	t0=$(date +%s)
	set +e
	"$@"
	rc=$?
	set -e
	echo "fresh-check: $name: $(($(date +%s) - t0)) s (status $rc)"
	[ "$rc" -ne 3 ] || rc=1 # 3 is this script's own word for an unreachable mirror
	return "$rc"
}
stage_bootstrap() {
	debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || {
		tail -n 20 "$root.log" >&2
		return 1
	}
	rm -f "$root.log"
}
timed bootstrap stage_bootstrap

# A Debian 12 machine as installed: the same sources as this one's (updates and security), when
# this one is Debian; the bootstrap's own single line otherwise.
if [ -f /etc/apt/sources.list.d/debian.sources ] && [ -z "${MIRROR:-}" ]; then
	cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
	: >"$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# The working tree as it is (tracked files and untracked ones git does not ignore), without the
# build trees: the commands must build everything they run.
mkdir -p "$root/src/innonet"
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git -C "$src" ls-files -z -c -o --exclude-standard | (cd "$src" && xargs -0 tar -cf - --no-recursion) |
		tar -C "$root/src/innonet" -xf -
else
	tar -C "$src" --exclude='./build*' -cf - . | tar -C "$root/src/innonet" -xf -
fi

mount -t proc proc "$root/proc"
mounted="proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mounted="dev $mounted"

in_root() { # the commands as the README gives them, as root, with a new machine's environment
	chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 ${CI:+CI=$CI} ${INNONET_FUZZ_RUNS:+INNONET_FUZZ_RUNS=$INNONET_FUZZ_RUNS} \
		/bin/sh -c "cd /src/innonet && $1"
}
first='sh scripts/setup-deps.sh && cmake -S . -B build && cmake --build build -j2 && ./build/innonet rank && ./build/innonet export -o nnmi.svg'
second='sh scripts/check.sh'
if [ "$test_only" -eq 0 ]; then
	timed "first README command" in_root "$first"
	# the test command then starts from the state the first one left, as the README's reader's does
fi
timed "second README command" in_root "$second"
if [ "$test_only" -eq 0 ]; then
	echo "fresh-check: both README commands passed on a fresh Debian 12"
else
	echo "fresh-check: the README's test command passed on a fresh Debian 12"
fi
