# `in` on lists and tuples: identity first, native equality for plain items,
# `__eq__` for the rest, and a list that grows while it is searched.
n = float("nan")
print(n in [n], n in (n,), 1 in [1.0], 1.0 in (True,), "a" in ["b", "a"], (1, 2) in [(1, 2)])
print(None in [0, False, ""], 0 in [None, False], 2 ** 70 in [2 ** 70], "x" in ("y",))


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        L.append(99)
        return self.v == o


L = [1, E(5), 3]
print(5 in L, len(L))
print(7 in L, len(L))


class S(str):
    def __eq__(self, o):
        return True

    __hash__ = str.__hash__


print("zz" in [S("a")], S("x") in ["q"], "zz" in (S("a"),))
