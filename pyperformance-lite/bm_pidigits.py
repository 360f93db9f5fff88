"""Pidigits: stream the decimal digits of pi with Gibbons' unbounded spigot
algorithm (big-integer multiplication and division).

--size N: number of digits.
"""

import sys
import time


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
    run_benchmark(make_workload, checksum, 2000)
