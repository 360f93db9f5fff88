"""N-Queens: enumerate every placement of N non-attacking queens using
recursive generators over frozensets (generators, set algebra, tuples).

--size N: board size (N x N).
"""

import sys
import time


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
    run_benchmark(make_workload, checksum, 11)
