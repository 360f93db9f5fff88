"""Logging: emit messages through the `logging` package: silenced debug
calls (level check only), formatted records with %-style arguments written
by a StreamHandler to an in-memory stream, a filter, child-logger
propagation and a custom handler.  Uses `logging` and `io`.

--size N: number of logging rounds (each round makes a few log calls).
"""

import io
import logging
import sys
import time
from bench_harness import run_benchmark


class CountingHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.count = 0
        self.chars = 0

    def emit(self, record):
        msg = self.format(record)
        self.count += 1
        self.chars += len(msg)


class DropOdd(logging.Filter):
    def filter(self, record):
        return record.args is None or not (isinstance(record.args, tuple) and
                                           record.args and record.args[0] % 2)


def make_workload(size):
    def workload():
        stream = io.StringIO()
        root = logging.getLogger("bench")
        root.handlers = []
        root.propagate = False
        root.setLevel(logging.INFO)
        handler = logging.StreamHandler(stream)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        root.addHandler(handler)
        child = logging.getLogger("bench.worker")
        child.handlers = []
        child.setLevel(logging.NOTSET)
        counting = CountingHandler()
        counting.setFormatter(logging.Formatter("[%(levelname)-8s] %(funcName)s %(message)s"))
        counting.addFilter(DropOdd())
        child.addHandler(counting)
        for i in range(size):
            root.debug("debug message %d that is never formatted", i)
            root.info("processed item %d of %d", i, size)
            if i % 3 == 0:
                root.warning("slow item %s: %.2f ms", "x%d" % i, i * 0.25)
            child.info("worker %d step", i)
            child.debug("worker debug %d", i)
            if i % 10 == 0:
                child.error("worker %d failed: %r", i, {"code": i % 7})
        text = stream.getvalue()
        root.removeHandler(handler)
        child.removeHandler(counting)
        return len(text), text.count("\n"), counting.count, counting.chars, text[-60:]

    return workload


def checksum(result):
    return "%d %d %d %d %s" % (result[0], result[1], result[2], result[3],
                               result[4].replace("\n", "|").replace(" ", "_"))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 8000)
