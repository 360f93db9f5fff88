"""Generators: recursive in-order tree walks with `yield from`, chained
generator pipelines, generator expressions and manual next() calls.

--size N: number of nodes in the binary search tree that is walked.
"""

import sys
import time
from bench_harness import run_benchmark


class Node(object):
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def build_tree(keys):
    """Balanced tree over the sorted keys."""
    if not keys:
        return None
    mid = len(keys) // 2
    node = Node(keys[mid])
    node.left = build_tree(keys[:mid])
    node.right = build_tree(keys[mid + 1:])
    return node


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def inorder_explicit(node):
    stack = []
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        yield node.key
        node = node.right


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def counter(start):
    while True:
        yield start
        start += 1


def zip_with_next(n):
    a = counter(0)
    b = counter(1)
    total = 0
    for _ in range(n):
        total += next(a) * next(b) % 7
    return total


def workload_body(n):
    tree = build_tree(list(range(n)))
    s1 = 0
    for k in inorder(tree):
        s1 += k
    s2 = sum(inorder_explicit(tree))
    last = 0
    for last in running_sum(evens(squares(inorder(tree)))):
        pass
    s3 = sum(x % 1000 for x in take(n // 2, squares(counter(3))) if x % 3)
    s4 = zip_with_next(n)
    return s1, s2, last, s3, s4


def make_workload(size):
    def workload():
        return workload_body(size)

    return workload


def checksum(result):
    return " ".join(str(x) for x in result)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 60000)
