"""Recursive Fibonacci: stresses function calls and small-int arithmetic.

--size N: compute fib(N) with the naive doubly recursive definition.
"""

import sys
import time
from bench_harness import run_benchmark


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def make_workload(size):
    def workload():
        return fib(size)

    return workload


def checksum(result):
    return result


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 30)
