"""Pidigits: stream the decimal digits of pi with Gibbons' unbounded spigot
algorithm (big-integer multiplication and division).

--size N: number of digits.
"""

import sys
import time
from bench_harness import run_benchmark


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return digits


def make_workload(size):
    def workload():
        return pi_digits(size)

    return workload


def checksum(digits):
    return "%s %s %d" % ("".join(map(str, digits[:12])), "".join(map(str, digits[-12:])),
                         sum(digits))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 2000)
