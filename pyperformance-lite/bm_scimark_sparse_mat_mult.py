"""SciMark sparse matrix multiply: y = A x repeated, with A an N x N matrix
in compressed-row storage holding 5 nonzeros per row (indirect indexing).

--size N: matrix dimension (nonzeros = 5 N), 50 multiplications.
"""

import sys
import time
from bench_harness import run_benchmark

CYCLES = 50
PER_ROW = 5


class Random48(object):
    """drand48-style LCG; its doubles are exact, so identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


def build_matrix(n, rng):
    nz = n * PER_ROW
    values = [rng.next_float() for _ in range(nz)]
    row_start = [0] * (n + 1)
    columns = [0] * nz
    for r in range(n):
        start = row_start[r]
        row_start[r + 1] = start + PER_ROW
        step = r // PER_ROW
        if step < 1:
            step = 1
        for k in range(PER_ROW):
            columns[start + k] = k * step
    return values, row_start, columns


def multiply(n, y, values, row_start, columns, x, cycles):
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for k in range(row_start[r], row_start[r + 1]):
                s += x[columns[k]] * values[k]
            y[r] = s


def make_workload(size):
    def workload():
        rng = Random48(424242)
        x = [rng.next_float() for _ in range(size)]
        values, row_start, columns = build_matrix(size, rng)
        y = [0.0] * size
        multiply(size, y, values, row_start, columns, x, CYCLES)
        return y

    return workload


def checksum(y):
    total = 0.0
    for v in y:
        total += v
    return int(round(total * 1e6))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 6000)
