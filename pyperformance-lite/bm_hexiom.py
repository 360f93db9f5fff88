"""Hexiom: solve hexagonal tile-placement puzzles by backtracking search with
forward checking.  Each placed tile shows the number of occupied neighbour
cells; given the multiset of tiles and a few revealed cells, count every
arrangement that satisfies all tiles.  Puzzles are generated from a fixed LCG.

--size N: number of puzzles (side-4 hexagons, 37 cells) solved per iteration.
"""

import sys
import time
from bench_harness import run_benchmark

SIDE = 4
REVEAL_EVERY = 2  # reveal roughly one cell in REVEAL_EVERY
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))
EMPTY = -1
UNSET = -2


def make_grid(side):
    r = side - 1
    coords = []
    for q in range(-r, r + 1):
        for s in range(-r, r + 1):
            if abs(q + s) <= r:
                coords.append((q, s))
    index = {}
    for i, c in enumerate(coords):
        index[c] = i
    neighbours = []
    for q, s in coords:
        ns = []
        for dq, ds in DIRECTIONS:
            j = index.get((q + dq, s + ds))
            if j is not None:
                ns.append(j)
        neighbours.append(tuple(ns))
    return coords, neighbours


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_puzzle(neighbours, rng):
    n = len(neighbours)
    occupied = [rng.below(5) < 3 for _ in range(n)]
    values = []
    for i in range(n):
        if occupied[i]:
            values.append(sum(1 for j in neighbours[i] if occupied[j]))
        else:
            values.append(EMPTY)
    tiles = [0] * 7
    empties = 0
    for v in values:
        if v == EMPTY:
            empties += 1
        else:
            tiles[v] += 1
    fixed = [values[i] if rng.below(REVEAL_EVERY) == 0 else UNSET for i in range(n)]
    return fixed, tiles, empties


class Solver(object):
    def __init__(self, neighbours, fixed, tiles, empties):
        self.neighbours = neighbours
        self.n = len(neighbours)
        self.cell = [UNSET] * self.n
        self.occupied_count = [0] * self.n  # assigned occupied neighbours
        self.unset_count = [len(ns) for ns in neighbours]  # unassigned neighbours
        self.tiles = tiles[:]
        self.empties = empties
        self.solutions = 0
        self.nodes = 0
        self.signature = 0
        self.fixed = fixed
        # Visit revealed cells first, then the rest in index order.
        self.order = [i for i in range(self.n) if fixed[i] != UNSET] + \
                     [i for i in range(self.n) if fixed[i] == UNSET]

    def consistent(self, i):
        cell = self.cell
        v = cell[i]
        if v >= 0 and not (self.occupied_count[i] <= v <= self.occupied_count[i] + self.unset_count[i]):
            return False
        for j in self.neighbours[i]:
            w = cell[j]
            if w >= 0 and not (self.occupied_count[j] <= w <= self.occupied_count[j] + self.unset_count[j]):
                return False
        return True

    def assign(self, i, v):
        self.cell[i] = v
        occ = 1 if v >= 0 else 0
        for j in self.neighbours[i]:
            self.unset_count[j] -= 1
            self.occupied_count[j] += occ

    def unassign(self, i):
        occ = 1 if self.cell[i] >= 0 else 0
        self.cell[i] = UNSET
        for j in self.neighbours[i]:
            self.unset_count[j] += 1
            self.occupied_count[j] -= occ

    def options(self, i):
        f = self.fixed[i]
        if f != UNSET:
            if f == EMPTY:
                return [EMPTY] if self.empties > 0 else []
            return [f] if self.tiles[f] > 0 else []
        result = [v for v in range(7) if self.tiles[v] > 0]
        if self.empties > 0:
            result.append(EMPTY)
        return result

    def search(self, depth):
        self.nodes += 1
        if depth == self.n:
            self.solutions += 1
            h = 0
            for v in self.cell:
                h = (h * 11 + v + 2) % 1000000007
            self.signature = (self.signature + h) % 1000000007
            return
        i = self.order[depth]
        for v in self.options(i):
            if v == EMPTY:
                self.empties -= 1
            else:
                self.tiles[v] -= 1
            self.assign(i, v)
            if self.consistent(i):
                self.search(depth + 1)
            self.unassign(i)
            if v == EMPTY:
                self.empties += 1
            else:
                self.tiles[v] += 1


def solve_all(count):
    coords, neighbours = make_grid(SIDE)
    rng = Lcg(2024)
    results = []
    for _ in range(count):
        fixed, tiles, empties = make_puzzle(neighbours, rng)
        s = Solver(neighbours, fixed, tiles, empties)
        s.search(0)
        results.append((s.solutions, s.nodes, s.signature))
    return results


def make_workload(size):
    def workload():
        return solve_all(size)

    return workload


def checksum(results):
    sols = sum(r[0] for r in results)
    nodes = sum(r[1] for r in results)
    sig = 0
    for r in results:
        sig = (sig * 31 + r[2]) % 1000000007
    return "%d %d %d" % (sols, nodes, sig)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 25)
