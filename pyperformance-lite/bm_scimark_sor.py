"""SciMark SOR: successive over-relaxation (omega = 1.25) on an N x N grid of
pseudo-random values, 10 sweeps (nested float list indexing).

--size N: grid dimension.
"""

import sys
import time
from bench_harness import run_benchmark

CYCLES = 10
OMEGA = 1.25


class Random48(object):
    """drand48-style LCG; its doubles are exact, so identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


def random_grid(n, rng):
    return [[rng.next_float() for _ in range(n)] for _ in range(n)]


def sor(n, cycles, omega, g):
    quarter = omega * 0.25
    rest = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            above = g[i - 1]
            row = g[i]
            below = g[i + 1]
            for j in range(1, n - 1):
                row[j] = quarter * (above[j] + below[j] + row[j - 1] + row[j + 1]) + rest * row[j]


def make_workload(size):
    def workload():
        g = random_grid(size, Random48(101010))
        sor(size, CYCLES, OMEGA, g)
        return g

    return workload


def checksum(g):
    total = 0.0
    for row in g:
        for v in row:
            total += v
    return int(round(total * 1e6))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 350)
