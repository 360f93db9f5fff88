"""JSON dumps: serialise a list of nested records (dicts, lists, strings with
escapes and non-ASCII text, ints, floats, booleans, None) with json.dumps,
in compact, indented and sort_keys variants.  Uses `json`.

--size N: number of records.
"""

import json
import sys
import time
from bench_harness import run_benchmark


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "user_%d" % i,
            "email": "user%d@example.com" % i,
            "active": i % 3 != 0,
            "score": (i * 37 % 1000) / 8.0,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 5), "caf\u00e9" if i % 4 == 0 else "plain"],
            "note": 'line1\nline2 "quoted" \\ tab\t%d' % i,
            "parent": None if i == 0 else i // 2,
            "nested": {"a": [1, 2, {"b": i % 10}], "z": [], "y": {}},
        })
    return records


def make_workload(size):
    data = make_records(size)

    def workload():
        s1 = json.dumps(data)
        s2 = json.dumps(data, indent=2)
        s3 = json.dumps(data, sort_keys=True, ensure_ascii=False)
        s4 = json.dumps(data[: size // 4], separators=(",", ":"))
        return s1, s2, s3, s4

    return workload


def checksum(result):
    parts = []
    for s in result:
        h = 0
        for b in s.encode("utf-8"):
            h = (h * 31 + b) % 1000000007
        parts.append("%d:%d" % (len(s), h))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 5000)
