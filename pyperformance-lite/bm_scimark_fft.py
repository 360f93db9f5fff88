"""SciMark FFT: in-place radix-2 complex FFT (bit-reversal permutation and
butterflies over an interleaved list of floats), forward then inverse.

--size N: number of complex points (rounded down to a power of two).
"""

import sys
import time
from math import sin
from bench_harness import run_benchmark

PI = 3.141592653589793


class Random48(object):
    """drand48-style LCG; its doubles are exact, so identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


def log2_int(n):
    k = 0
    while (1 << k) < n:
        k += 1
    return k


def bit_reverse(data):
    n = len(data) // 2
    j = 0
    for i in range(n - 1):
        ii = 2 * i
        jj = 2 * j
        if i < j:
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k


def transform(data, direction):
    n = len(data) // 2
    if n <= 1:
        return
    logn = log2_int(n)
    bit_reverse(data)
    dual = 1
    for _ in range(logn):
        w_real = 1.0
        w_imag = 0.0
        theta = 2.0 * direction * PI / (2.0 * dual)
        s = sin(theta)
        t = sin(theta / 2.0)
        s2 = 2.0 * t * t
        # a = 0: the twiddle factor is 1.
        for b in range(0, n, 2 * dual):
            i = 2 * b
            j = 2 * (b + dual)
            wd_real = data[j]
            wd_imag = data[j + 1]
            data[j] = data[i] - wd_real
            data[j + 1] = data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
            w_imag = tmp_imag
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                z1_real = data[j]
                z1_imag = data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j] = data[i] - wd_real
                data[j + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def inverse(data):
    transform(data, +1)
    n = len(data) // 2
    norm = 1.0 / n
    for i in range(len(data)):
        data[i] *= norm


def make_workload(size):
    n = 1 << (log2_int(size + 1) - 1) if size > 1 else 1

    def workload():
        rng = Random48(31337)
        data = [rng.next_float() for _ in range(2 * n)]
        original = data[:]
        transform(data, -1)
        energy = 0.0
        for i in range(0, len(data), 2):
            energy += data[i] * data[i] + data[i + 1] * data[i + 1]
        dc = data[0]
        inverse(data)
        max_err = 0.0
        for x, y in zip(data, original):
            e = abs(x - y)
            if e > max_err:
                max_err = e
        return n, energy, dc, max_err

    return workload


def checksum(result):
    n, energy, dc, max_err = result
    # energy/dc rounded to 3 decimals; the round-trip error only as a flag.
    return "%d %d %d %s" % (n, int(round(energy * 1e3)), int(round(dc * 1e6)),
                            "ok" if max_err < 1e-9 else "bad")


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 32768)
