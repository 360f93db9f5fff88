"""Comprehensions: list, dict and set comprehensions and generator
expressions (nested loops, conditions, attribute access on small objects),
in the style of building reports from a list of records.

--size N: number of records.
"""

import sys
import time
from bench_harness import run_benchmark


class Employee(object):
    def __init__(self, ident, name, dept, salary, skills):
        self.ident = ident
        self.name = name
        self.dept = dept
        self.salary = salary
        self.skills = skills


DEPTS = ["eng", "ops", "sales", "legal", "hr", "research", "support"]
SKILLS = ["python", "rust", "go", "sql", "ml", "k8s", "excel", "law", "design"]


def make_records(n):
    records = []
    for i in range(n):
        name = "emp%05d" % i
        dept = DEPTS[(i * 7 + i // 3) % len(DEPTS)]
        salary = 30000 + (i * 7919) % 90000
        skills = [SKILLS[(i + k * k) % len(SKILLS)] for k in range(i % 4 + 1)]
        records.append(Employee(i, name, dept, salary, skills))
    return records


def report(records):
    by_id = {e.ident: e for e in records}
    names = [e.name.upper() for e in records if e.salary > 60000]
    depts = {e.dept for e in records}
    per_dept = {d: [e.ident for e in records if e.dept == d] for d in sorted(depts)}
    payroll = {d: sum(by_id[i].salary for i in ids) for d, ids in per_dept.items()}
    skill_set = {s for e in records for s in e.skills}
    skill_count = {s: sum(1 for e in records if s in e.skills) for s in sorted(skill_set)}
    pairs = [(e.ident, s) for e in records for s in e.skills if len(s) > 2]
    raises = [e.salary * 105 // 100 if e.dept in ("eng", "research") else e.salary
              for e in records]
    grid = [[(i * j) % 7 for j in range(8)] for i in range(len(records) // 8)]
    flat = [x for row in grid for x in row if x]
    inverse = {v: k for k, v in enumerate(names)}
    top = sorted(records, key=lambda e: (-e.salary, e.ident))[:10]
    return (len(names), len(depts), [payroll[d] for d in sorted(payroll)],
            [skill_count[s] for s in sorted(skill_count)], len(pairs), sum(raises),
            sum(flat), len(inverse), [e.ident for e in top])


def make_workload(size):
    def workload():
        records = make_records(size)
        return report(records)

    return workload


def checksum(result):
    return repr(result).replace(" ", "")


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 40000)
