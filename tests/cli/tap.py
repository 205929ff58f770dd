"""tap.py: the "ok - ..." and "FAIL - ..." lines of the Python checks run as scripts (formats.py,
roundtrip.py), and how many failed: finish() exits 1 when any did."""
import sys

failures = 0


def ok(what):
    print(f"ok - {what}")


def fail(what):
    global failures
    failures += 1
    print(f"FAIL - {what}")


def finish():
    sys.exit(1 if failures else 0)
