"""Chaos game: iterate a random affine function system (Barnsley-fern and
Sierpinski-style maps given as objects over a small 2-D vector class) and
rasterise the visited points into a grid (uses `random`, seeded).

--size N: number of chaos-game iterations.
"""

import random
import sys
import time
from bench_harness import run_benchmark

GRID = 128


class Vec2(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def linear_combination(self, other, a, b):
        return Vec2(self.x * a + other.x * b, self.y * a + other.y * b)


class AffineMap(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Vec2(self.a * p.x + self.b * p.y + self.e,
                    self.c * p.x + self.d * p.y + self.f)


class ChaosGame(object):
    def __init__(self, maps, rng):
        self.maps = maps
        self.rng = rng
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0
        self.min_x = self.min_y = -1.0
        self.max_x = self.max_y = 1.0

    def choose(self):
        r = self.rng.random()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def run(self, iterations, grid):
        p = Vec2(self.rng.random(), self.rng.random())
        centre = Vec2(0.5, 0.5)
        for step in range(iterations):
            m = self.choose()
            p = m.apply(p)
            if step % 97 == 0:
                # occasional mild pull to the centre, as a "spline" blend
                p = p.linear_combination(centre, 0.99, 0.01)
            if step < 20:
                continue
            gx = int((p.x - self.min_x) / (self.max_x - self.min_x) * GRID)
            gy = int((p.y - self.min_y) / (self.max_y - self.min_y) * GRID)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1


FERN = [
    AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]

SIERPINSKI = [
    AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
    AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
    AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
]


def chaos(n):
    rng = random.Random(1234)
    grid = [[0] * GRID for _ in range(GRID)]
    fern = ChaosGame(FERN, rng)
    fern.min_x, fern.max_x, fern.min_y, fern.max_y = -3.0, 3.0, 0.0, 10.5
    fern.run(n // 2, grid)
    tri = ChaosGame(SIERPINSKI, rng)
    tri.min_x, tri.max_x, tri.min_y, tri.max_y = 0.0, 1.0, 0.0, 1.0
    tri.run(n - n // 2, grid)
    return grid


def make_workload(size):
    def workload():
        return chaos(size)

    return workload


def checksum(grid):
    hits = 0
    h = 0
    for row in grid:
        for v in row:
            hits += v
            h = (h * 1000003 + v) % 1000000007
    return "%d %d" % (hits, h)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 200000)
