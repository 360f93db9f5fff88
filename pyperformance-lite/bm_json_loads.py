"""JSON loads: parse JSON documents (generated once, untimed) with
json.loads: many small objects, a large array of records, deeply nested
arrays, and strings with escapes/unicode.  Uses `json`.

--size N: number of records in the large document (small docs scale with N).
"""

import json
import sys
import time
from bench_harness import run_benchmark


def make_documents(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item-%d" % i,
            "price": (i * 7919 % 100000) / 100.0,
            "ok": i % 2 == 0,
            "missing": None,
            "tags": ["x%d" % (i % 9), "\u00fcber", "esc\"aped\\\n"],
            "dims": {"w": i % 17, "h": i % 23, "d": [i % 3, i % 5]},
        })
    big = json.dumps(records)
    small = [json.dumps({"k%d" % j: j * i for j in range(5)}) for i in range(n)]
    nested = "[" * 50 + "1" + "]" * 50
    return big, small, nested


def digest(obj):
    """Order-independent structural digest (no float formatting)."""
    if isinstance(obj, dict):
        h = 7
        for k in sorted(obj):
            h = (h * 31 + digest(k) * 17 + digest(obj[k])) % 1000000007
        return h
    if isinstance(obj, list):
        h = 3
        for x in obj:
            h = (h * 37 + digest(x)) % 1000000007
        return h
    if isinstance(obj, str):
        h = 5
        for ch in obj:
            h = (h * 131 + ord(ch)) % 1000000007
        return h
    if obj is None:
        return 11
    if obj is True:
        return 13
    if obj is False:
        return 17
    if isinstance(obj, float):
        return int(round(obj * 100)) % 1000000007
    return obj % 1000000007


def make_workload(size):
    big, small, nested = make_documents(size)

    def workload():
        records = json.loads(big)
        smalls = [json.loads(s) for s in small]
        deep = None
        for _ in range(100):
            deep = json.loads(nested)
        return records, smalls, deep

    return workload


def checksum(result):
    records, smalls, deep = result
    return "%d %d %d %d" % (len(records), digest(records), digest(smalls), digest(deep))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 30000)
