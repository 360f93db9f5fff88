"""N-Queens: enumerate every placement of N non-attacking queens using
recursive generators over frozensets (generators, set algebra, tuples).

--size N: board size (N x N).
"""

import sys
import time
from bench_harness import run_benchmark


def queens(n):
    columns = range(n)

    def place(row, cols, diag1, diag2):
        if row == n:
            yield ()
            return
        for c in columns:
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            for rest in place(row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c}):
                yield (c,) + rest

    return list(place(0, frozenset(), frozenset(), frozenset()))


def make_workload(size):
    def workload():
        return queens(size)

    return workload


def checksum(solutions):
    h = 0
    for sol in solutions:
        for c in sol:
            h = (h * 31 + c + 1) % 1000000007
    return "%d %d" % (len(solutions), h)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 11)
