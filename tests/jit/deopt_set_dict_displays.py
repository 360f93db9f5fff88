# Set and dict displays built inside compiled loops: duplicate keys (first
# key kept, last value wins), mixed int/float keys, and a Python-level or
# unhashable key that makes the trace leave before building.


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v

    def __add__(self, n):
        return K(self.v + n)

    def __mul__(self, n):
        return K(self.v * n)


def build(items):
    total = 0
    s = d = None
    for a, b in items:
        s = {a, b, a + 1}
        d = {a: b, b: a, a: a * 2}
        total += len(s) + len(d)
    return total, s, d


items = [(i % 5, i % 3) for i in range(3000)]
print(build(items))
print(build(items + [(1, 1.0), (2.0, 2)]))
print(build(items[:2000] + [(K(1), K(1))])[0])
try:
    build(items[:2000] + [([], 1)])
except TypeError as e:
    print("TypeError:", e)
