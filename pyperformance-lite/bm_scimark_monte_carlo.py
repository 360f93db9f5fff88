"""SciMark Monte Carlo: estimate pi by sampling points in the unit square
with random.random() (uses `random`, seeded, so the count is reproducible).

--size N: number of samples.
"""

import random
import sys
import time
from bench_harness import run_benchmark


def monte_carlo(n):
    rnd = random.Random(113)
    under = 0
    for _ in range(n):
        x = rnd.random()
        y = rnd.random()
        if x * x + y * y <= 1.0:
            under += 1
    return under, n


def make_workload(size):
    def workload():
        return monte_carlo(size)

    return workload


def checksum(result):
    under, n = result
    # The hit count is exact; 4*under/n only as a fixed-point integer.
    return "%d %d" % (under, (4 * under * 1000000) // n if n else 0)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 1000000)
