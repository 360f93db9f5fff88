"""Coroutines, driven by hand (no event loop): generator coroutines chained
with send() into a producer -> filter -> accumulator pipeline, and native
`async def` coroutines computing Fibonacci with nested `await`, stepped by
calling send(None) until StopIteration.

--size N: the pipeline pushes N*10 values; the async part computes fib(16)
N // 50 times.
"""

import sys
import time
from bench_harness import run_benchmark


class Suspend(object):
    """An awaitable that suspends the coroutine once."""

    def __await__(self):
        yield "tick"


async def async_fib(n):
    if n < 2:
        if n == 1:
            await Suspend()
        return n
    return await async_fib(n - 1) + await async_fib(n - 2)


def drive(coro):
    """Run a native coroutine to completion by hand; return (value, ticks)."""
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


def accumulator(results):
    total = 0
    count = 0
    try:
        while True:
            value = yield
            total += value
            count += 1
    except GeneratorExit:
        results.append((total, count))


def scaler(target, factor):
    while True:
        value = yield
        target.send(value * factor)


def filter_multiples(target, k):
    while True:
        value = yield
        if value % k != 0:
            target.send(value)


def windowed_sum(target, width):
    window = []
    while True:
        value = yield
        window.append(value)
        if len(window) > width:
            del window[0]
        target.send(sum(window))


def averager():
    """Coroutine returning a running average on every send()."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def pipeline(n):
    results = []
    acc = accumulator(results)
    next(acc)
    win = windowed_sum(acc, 4)
    next(win)
    sc = scaler(win, 3)
    next(sc)
    flt = filter_multiples(sc, 5)
    next(flt)
    for i in range(n):
        flt.send(i)
    acc.close()
    avg = averager()
    next(avg)
    last = 0
    for i in range(n):
        last = avg.send(i * 7 % 1001)
    return results[0], last


def make_workload(size):
    def workload():
        (total, count), last = pipeline(size * 10)
        value = ticks = 0
        for _ in range(size // 50):
            v, t = drive(async_fib(16))
            value += v
            ticks += t
        return total, count, last, value, ticks

    return workload


def checksum(result):
    return " ".join(str(x) for x in result)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 5000)
