"""Raytrace: a small recursive ray tracer (spheres and a checkered plane,
point lights, shadows, Lambert + Phong shading, mirror reflections) built on
a Vector class with operator overloading.

--size N: the image is N x N pixels.
"""

import sys
import time
from math import sqrt
from bench_harness import run_benchmark

EPSILON = 1e-5
MAX_DEPTH = 3


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color(object):
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def times(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Color(0.0, 0.0, 0.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material(object):
    def __init__(self, color, diffuse, specular, reflection, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        ix = int(point.x // 1.0)
        iz = int(point.z // 1.0)
        return self.color if (ix + iz) % 2 == 0 else self.checker


class Sphere(object):
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Color(0.1, 0.1, 0.1)

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def shadowed(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        result = base.times(self.ambient)
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            lambert = normal.dot(ldir)
            if lambert <= 0.0 or self.shadowed(point, ldir, dist):
                continue
            result = result + base.times(light.color).scale(lambert * mat.diffuse)
            h = (ldir - ray.direction).normalized()
            s = normal.dot(h)
            if s > 0.0:
                s *= s  # s ** 32 by repeated squaring (exact across runtimes)
                s *= s
                s *= s
                s *= s
                s *= s
                result = result + light.color.scale(s * mat.specular)
        if depth < MAX_DEPTH and mat.reflection > 0.0:
            rdir = ray.direction.reflect(normal)
            reflected = self.trace(Ray(point, rdir), depth + 1)
            result = result + reflected.scale(mat.reflection)
        return result


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Material(Color(0.9, 0.9, 0.9), 0.8, 0.2, 0.3,
                                        checker=Color(0.1, 0.1, 0.1))))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 3.0), 1.0,
                                Material(Color(0.9, 0.2, 0.2), 0.7, 0.6, 0.4)))
    scene.objects.append(Sphere(Vector(-2.2, 0.75, 4.5), 0.75,
                                Material(Color(0.2, 0.8, 0.3), 0.8, 0.3, 0.2)))
    scene.objects.append(Sphere(Vector(2.0, 0.6, 2.2), 0.6,
                                Material(Color(0.3, 0.4, 0.95), 0.6, 0.8, 0.5)))
    scene.objects.append(Sphere(Vector(0.6, 0.3, 1.2), 0.3,
                                Material(Color(0.95, 0.9, 0.2), 0.9, 0.4, 0.1)))
    scene.lights.append(Light(Vector(-4.0, 6.0, -2.0), Color(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(5.0, 4.0, 0.0), Color(0.4, 0.35, 0.3)))
    return scene


def render(size):
    scene = build_scene()
    eye = Vector(0.0, 1.6, -4.0)
    look_at = Vector(0.0, 0.8, 3.0)
    forward = (look_at - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    pixels = []
    for j in range(size):
        y = 1.0 - 2.0 * (j + 0.5) / size
        for i in range(size):
            x = 2.0 * (i + 0.5) / size - 1.0
            d = (forward + right * (x * 0.8) + up * (y * 0.8)).normalized()
            c = scene.trace(Ray(eye, d), 0)
            pixels.append((clamp(c.r), clamp(c.g), clamp(c.b)))
    return pixels


def clamp(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def make_workload(size):
    def workload():
        return render(size)

    return workload


def checksum(pixels):
    h = 0
    total = 0
    for r, g, b in pixels:
        total += r + g + b
        h = (h * 131 + r * 65536 + g * 256 + b) % 1000000007
    return "%d %d" % (total, h)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 100)
