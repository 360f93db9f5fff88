# Sorting by tuple keys: the uniform fast path (ints, floats, strs position
# by position) and every way out of it (mixed kinds, NaN, bools, tuples of
# other lengths, nested tuples, subclasses of str), with stability.

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "fig"]
rows = [(w, (i * 37) % 5, i * 0.5) for i, w in enumerate(words * 3)]
print(sorted(rows, key=lambda r: (-r[1], r[0])))
print(sorted(rows, key=lambda r: (r[2] % 2.0, r[0])))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a")]))
print(sorted([(1, 2.5), (1, 2), (0, 3)]))
print(sorted([(1.0, "x"), (float("nan"), "y"), (0.5, "z")]))
print(sorted([(True, 1), (0, 2), (False, 0)]))
print(sorted([(1, 2), (1,), (1, 2, 3), ()]))
print(sorted([((1, 2), "a"), ((1, 1), "b")]))


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([(S("ccc"), 1), (S("a"), 2), (S("bb"), 3)]))
print(sorted([("b", 1), ("a", 2), ("b", 0)], reverse=True))
try:
    sorted([(1, "a"), ("a", 1)])
except TypeError as e:
    print(e)
