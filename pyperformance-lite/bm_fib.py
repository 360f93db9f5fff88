"""Recursive Fibonacci: stresses function calls and small-int arithmetic.

--size N: compute fib(N) with the naive doubly recursive definition.
"""

import sys
import time


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
    run_benchmark(make_workload, checksum, 30)
