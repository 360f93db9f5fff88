"""Unpack sequence: tuple and list unpacking (assignment, swaps, starred
targets and loop targets) in tight loops.

--size N: number of outer loop iterations.
"""

import sys
import time
from bench_harness import run_benchmark


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = t
        a, b, c, d, e, f, g, h, k, m = t
        a, b, c, d, e, f, g, h, k, m = t
        a, b, c, d, e, f, g, h, k, m = t
        a, b, c, d, e, f, g, h, k, m = t
        total += a + m + i
    return total


def unpack_lists(n):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, m = lst
        a, b, c, d, e, f, g, h, k, m = lst
        a, b, c, d, e, f, g, h, k, m = lst
        a, b, c, d, e, f, g, h, k, m = lst
        a, b, c, d, e, f, g, h, k, m = lst
        total += b + k - i
    return total


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        b, c = c, b
        a, b, c = b, c, a
    return a * 100 + b * 10 + c


def starred(n):
    t = (1, 2, 3, 4, 5, 6)
    total = 0
    for i in range(n):
        first, *middle, last = t
        head, *tail = t
        *init, end = t
        total += first + last + len(middle) + head + len(tail) + end + len(init)
    return total


def loop_targets(n):
    pairs = [(i, i * 2) for i in range(100)]
    triples = [(i, (i + 1, i + 2)) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for x, y in pairs:
            total += x - y
        for x, (y, z) in triples:
            total += x + y - z
        for i, (x, y) in enumerate(pairs):
            total += i + x - y
    return total


def returns(n):
    def divmod_pair(x):
        return x // 7, x % 7

    total = 0
    for i in range(n):
        q, r = divmod_pair(i)
        total += q - r
    return total


def make_workload(size):
    def workload():
        return (unpack_tuples(size), unpack_lists(size), swaps(size),
                starred(size), loop_targets(size), returns(size))

    return workload


def checksum(result):
    return " ".join(str(x) for x in result)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 200000)
