# `x in s` for sets and frozensets inside compiled loops: ints, floats and
# strs compare natively; once the set holds an object whose __eq__ is Python
# code, lookups that reach it leave the trace and tier 1 calls __eq__.


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called", self.h, other)
        return other == self.h


def count(items, s):
    n = 0
    for x in items:
        if x in s:
            n += 1
        if x not in s:
            n -= 1
    return n


s = {1, 3, 5, 7, 1.5, "a"}
fs = frozenset(range(0, 50, 3))
items = [i % 11 for i in range(4000)]
print(count(items, s), count(items, fs), count(["a", "b"] * 2000, s))
s.add(Key(9))
print(count(items[:30], s))
s.discard(1)
print(count(items, s))
