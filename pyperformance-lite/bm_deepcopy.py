"""Deepcopy: copy.deepcopy of nested data (dicts, lists, tuples, sets,
strings, class instances, shared references and a reference cycle).
Uses `copy`.

--size N: number of records in the copied structure.
"""

import copy
import sys
import time
from bench_harness import run_benchmark


class Address(object):
    def __init__(self, street, city, zipcode):
        self.street = street
        self.city = city
        self.zipcode = zipcode


class Person(object):
    def __init__(self, ident, name, tags, address, parent=None):
        self.ident = ident
        self.name = name
        self.tags = tags
        self.address = address
        self.parent = parent
        self.scores = [ident % 7, ident % 11, ident % 13]


def make_data(n):
    cities = [Address("%d Main St" % i, "City%d" % i, (10000 + i,)) for i in range(16)]
    people = []
    for i in range(n):
        parent = people[i // 2] if i else None
        people.append(Person(i, "person%d" % i, {"t%d" % (i % 5), "g%d" % (i % 3)},
                             cities[i % 16], parent))
    data = {
        "people": people,
        "index": {p.name: p for p in people[: n // 2]},
        "matrix": [[(i, j, float(i * j)) for j in range(8)] for i in range(n // 8)],
        "meta": {"version": (1, 2, 3), "flags": [True, False, None], "name": "dataset"},
    }
    data["self"] = data  # cycle
    return data


def digest(data):
    people = data["people"]
    total = 0
    shared = 0
    for p in people:
        total += p.ident + sum(p.scores) + len(p.tags) + len(p.name)
        if p.parent is not None and p.parent is people[p.ident // 2]:
            shared += 1
    cities = len({id(p.address) for p in people})
    mat = sum(x[2] for row in data["matrix"] for x in row)
    return total, shared, cities, int(mat), data["self"] is data, len(data["index"])


def make_workload(size):
    original = make_data(size)

    def workload():
        c = copy.deepcopy(original)
        if c["people"][1].address is original["people"][1].address:
            raise AssertionError("shallow copy")
        return digest(c)

    return workload


def checksum(result):
    return " ".join(str(x) for x in result)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 8000)
