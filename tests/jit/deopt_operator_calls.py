# Operators the recorder does not specialise run through the runtime from
# compiled code (`OperatorPy`): set algebra on frozensets, comparisons of
# mixed types, dunders that return NotImplemented (so the reflected one
# runs) or recurse; classes called too deep to inline; instances of Python
# classes held by globals used as constants, and those globals rebound.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __radd__(self, o):
        return V(self.x + o * 10)

    def __lt__(self, o):
        return self.x < o.x


class Deep:
    def __init__(self, n):
        self.n = n if n == 0 else Deep(n - 1).n + 1


ORIGIN = V(5)


def level3(j):
    return Deep(j % 4).n


def level2(j):
    return level3(j) + 1


def level1(j):
    return level2(j) + 1


def main():
    seen = frozenset()
    t = 0
    acc = V(0)
    for j in range(4000):
        seen = seen | {j % 17}
        both = seen & {1, 2, 3, j % 5}
        t += len(seen) + len(both)
        acc = acc + V(1)
        acc = (j % 3) + acc
        t += (V(j) < ORIGIN) + level1(j)
        t += ORIGIN.x
        if j == 2500:
            rebind()
        if j % 500 == 499:
            print(j, t, acc.x, sorted(both))
    print(t, acc.x)
    try:
        for j in range(3000):
            t += (j, "a") < (j, 1 if j == 2999 else "b")
    except TypeError as e:
        print(t, e)


def rebind():
    global ORIGIN
    ORIGIN = V(-1)


main()
