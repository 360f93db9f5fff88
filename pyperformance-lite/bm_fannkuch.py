"""Fannkuch-redux: count pancake flips over all permutations of 0..N-1
(list slicing, slice assignment and index arithmetic).

--size N: permutation length.
"""

import sys
import time
from bench_harness import run_benchmark


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    check = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[: first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            check += flips
        else:
            check -= flips
        # Advance to the next permutation (rotations of prefixes).
        while True:
            if r == n:
                return check, max_flips
            p0 = perm1[0]
            perm1[:r] = perm1[1 : r + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def make_workload(size):
    def workload():
        return fannkuch(size)

    return workload


def checksum(result):
    return "%d %d" % result


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 9)
