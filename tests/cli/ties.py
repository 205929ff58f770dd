# ties.py: innonet's documented tie rule, for the Python checks of the shell tests (PYTHONPATH).


def tie(a, b):
    """Within 1e-9 of the larger, plus 1e-12."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12


def grouped(xs):
    """Each score replaced by the first (highest) score of its tie group: runs that tie with their first."""
    order = sorted(range(len(xs)), key=lambda i: -xs[i])
    out, first = list(xs), None
    for i in order:
        if first is None or not tie(first, xs[i]):
            first = xs[i]
        out[i] = first
    return out
