# Methods a Python subclass inherits from a native type (random.Random's
# `random` from _random.Random, deque's `append`) are called from compiled
# loops; rebinding the method on the subclass mid-loop leaves the trace.
import collections
import random


class R(random.Random):
    pass


r = R(5)
total = 0.0
for i in range(3000):
    total += r.random()
    if i == 1500:
        R.random = lambda self: 0.5
print(round(total, 6))


class D(collections.deque):
    pass


d = D()
for i in range(3000):
    d.append(i)
    if i == 2000:
        D.append = lambda self, x: collections.deque.append(self, -x)
print(sum(d), len(d), d[0], d[-1])

rng = random.Random(7)
hits = 0
for i in range(5000):
    x = rng.random()
    y = rng.random()
    if x * x + y * y <= 1.0:
        hits += 1
print(hits, rng.getrandbits(16))
