"""N-body: planetary orbits of the Jovian planets (float arithmetic on lists).

--size N: number of integration steps (dt = 0.01) per iteration.
"""

import sys
import time
from bench_harness import run_benchmark

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# (position, velocity in AU/day, mass in solar masses) of the outer planets.
PLANETS = [
    ((4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01),
     (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
     9.54791938424326609e-04),
    ((8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01),
     (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
     2.85885980666130812e-04),
    ((1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01),
     (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
     4.36624404335156298e-05),
    ((1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01),
     (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
     5.15138902046611451e-05),
]


def make_system():
    bodies = [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS]]
    for pos, vel, mass in PLANETS:
        bodies.append([list(pos), [v * DAYS_PER_YEAR for v in vel], mass * SOLAR_MASS])
    # Give the sun the momentum that makes the total zero.
    px = py = pz = 0.0
    for _, v, m in bodies:
        px += v[0] * m
        py += v[1] * m
        pz += v[2] * m
    sun_v = bodies[0][1]
    sun_v[0] = -px / SOLAR_MASS
    sun_v[1] = -py / SOLAR_MASS
    sun_v[2] = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _ in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def energy(bodies, pairs):
    e = 0.0
    for (p1, _, m1), (p2, _, m2) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= (m1 * m2) / (dx * dx + dy * dy + dz * dz) ** 0.5
    for _, v, m in bodies:
        e += m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 2.0
    return e


def make_workload(size):
    def workload():
        bodies = make_system()
        pairs = pairs_of(bodies)
        e0 = energy(bodies, pairs)
        advance(bodies, pairs, 0.01, size)
        e1 = energy(bodies, pairs)
        return e0, e1

    return workload


def checksum(result):
    e0, e1 = result
    # Energies rounded to 9 decimals, as integers (no float formatting).
    return "%d %d" % (int(round(e0 * 1e9)), int(round(e1 * 1e9)))


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 40000)
