"""Pickle: serialise and deserialise nested data (dicts, lists, tuples,
strings, bytes, ints including bigints, floats, sets, class instances) with
the pure-Python pickle implementation (pickle._Pickler / pickle._Unpickler,
protocol 4), so the workload is interpreted Python code.  Uses `pickle`, `io`.

--size N: number of records pickled per round trip (several round trips).
"""

import io
import pickle
import sys
import time
from bench_harness import run_benchmark


class Point(object):
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label


def make_data(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "big": 3 ** (i % 80),
            "name": "record-%d" % i,
            "blob": bytes([i % 256, (i * 7) % 256, 0, 255]),
            "ratio": i / 16.0,
            "coords": (i, -i, i * i),
            "tags": ["a", "b%d" % (i % 4)],
            "point": Point(i, i + 1, "p%d" % (i % 10)),
            "flags": frozenset([i % 3, i % 5]),
            "none": None,
        })
    return {"records": records, "shared": records[: n // 10], "meta": ("v1", 4, True)}


def dumps(obj):
    f = io.BytesIO()
    pickle._Pickler(f, protocol=4).dump(obj)
    return f.getvalue()


def loads(data):
    return pickle._Unpickler(io.BytesIO(data)).load()


def digest(data):
    recs = data["records"]
    total = 0
    for r in recs:
        total += r["id"] + r["big"] % 1000003 + len(r["name"]) + sum(r["blob"])
        total += int(r["ratio"] * 16) + sum(r["coords"]) + len(r["tags"])
        total += r["point"].x + r["point"].y + len(r["point"].label) + sum(r["flags"])
    shared_ok = all(a is b for a, b in zip(data["shared"], recs))
    return total, len(recs), shared_ok, data["meta"]


def make_workload(size):
    data = make_data(size)

    def workload():
        out = None
        for _ in range(3):
            out = loads(dumps(data))
        return digest(out)

    return workload


def checksum(result):
    total, n, shared_ok, meta = result
    return "%d %d %s %s" % (total, n, shared_ok, "/".join(str(m) for m in meta))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 1200)
