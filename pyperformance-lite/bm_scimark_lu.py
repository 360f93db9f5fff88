"""SciMark LU: LU factorisation with partial pivoting of a dense N x N matrix
of pseudo-random values (row swaps, nested list loops, float division).

--size N: matrix dimension.
"""

import sys
import time
from bench_harness import run_benchmark


class Random48(object):
    """drand48-style LCG; its doubles are exact, so identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


def lu_factor(a, pivot):
    n = len(a)
    m = len(a[0])
    min_mn = min(m, n)
    for j in range(min_mn):
        # Find the pivot in column j.
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, n):
            ab = abs(a[i][j])
            if ab > t:
                jp = i
                t = ab
        pivot[j] = jp
        if a[jp][j] == 0.0:
            raise ZeroDivisionError("singular matrix")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < min_mn - 1:
            row_j = a[j]
            for ii in range(j + 1, n):
                row_i = a[ii]
                aij = row_i[j]
                for jj in range(j + 1, m):
                    row_i[jj] -= aij * row_j[jj]


def make_workload(size):
    def workload():
        rng = Random48(7777)
        a = [[rng.next_float() for _ in range(size)] for _ in range(size)]
        pivot = [0] * size
        lu_factor(a, pivot)
        return a, pivot

    return workload


def checksum(result):
    a, pivot = result
    diag = 0.0
    total = 0.0
    for i, row in enumerate(a):
        diag += row[i]
        for v in row:
            total += v
    ph = 0
    for p in pivot:
        ph = (ph * 131 + p) % 1000000007
    return "%d %d %d" % (int(round(diag * 1e6)), int(round(total * 1e4)), ph)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 200)
