"""Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
computed by 10 steps of the power method on an N x N section.

--size N: matrix dimension.
"""

import sys
import time


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def make_workload(size):
    def workload():
        return spectral_norm(size)

    return workload


def checksum(result):
    return int(round(result * 1e9))


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
    run_benchmark(make_workload, checksum, 150)
