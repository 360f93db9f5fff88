# Sets (printed sorted or with small ints only) and tuples.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(10)
s.discard(1)
s.discard(99)
print(sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} <= a, {1} < {1}, a.isdisjoint({9}))
print(sorted({x % 3 for x in range(10)}), set(), frozenset({1}) == {1}, len(set("hello")))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len))
fs = frozenset([1, 2])
print({fs: "frozen"}[frozenset([2, 1])])

t = (1, "two", 3.0)
print(t, t[1], t[-1], t[1:], len(t), (1,), (), tuple([4, 5]), tuple("ab"))
x, y, z = t
print(x, y, z)
x, y = y, x
print(x, y)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), t.index("two"), (1, 1, 2).count(1))
points = {(0, 0): "origin", (1, 0): "east"}
print(points[(1, 0)], hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (u, v)) = nested
print(p, q, r, u, v, nested)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax([2]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
