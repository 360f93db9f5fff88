"""SciMark SOR: successive over-relaxation (omega = 1.25) on an N x N grid of
pseudo-random values, 10 sweeps (nested float list indexing).

--size N: grid dimension.
"""

import sys
import time

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


def _parse_args(default_size):
    size, iterations, warmup = default_size, 5, 2
    argv = sys.argv[1:]
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
            i += 1
        else:
            name = arg
            if i + 1 >= len(argv):
                sys.stderr.write("missing value for " + name + "\n")
                sys.exit(2)
            value = argv[i + 1]
            i += 2
        if name == "--size":
            size = int(value)
        elif name == "--iterations":
            iterations = int(value)
        elif name == "--warmup":
            warmup = int(value)
        else:
            sys.stderr.write("unknown argument: " + name + "\n")
            sys.exit(2)
    return size, iterations, warmup


def run_benchmark(make_workload, checksum, default_size):
    size, iterations, warmup = _parse_args(default_size)
    workload = make_workload(size)
    clock = time.perf_counter
    result = None
    for _ in range(warmup):
        t0 = clock()
        result = workload()
        t1 = clock()
        print("warmup " + repr(t1 - t0))
    for _ in range(iterations):
        t0 = clock()
        result = workload()
        t1 = clock()
        print("iter " + repr(t1 - t0))
    if warmup + iterations == 0:
        result = workload()
    print("checksum " + str(checksum(result)))

if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 350)
