# Loops inside functions and methods called from a hot loop are compiled
# into the caller's trace (sub-loops in inlined frames). Exits inside them
# rebuild the callee frames; the loop variable is unbound when each call
# starts; a callee's loop may break, return early or raise.


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def total(self):
        s = 0
        for x in self.xs:
            s += x
        return s

    def first_over(self, limit):
        for i in range(len(self.xs)):
            if self.xs[i] > limit:
                return i
        return -1

    def scaled(self, k):
        out = []
        for x in self.xs:
            out.append(x * k)
        return out


def norm1(v):
    acc = 0.0
    for x in v.xs:
        acc += abs(x)
    return acc


def run(vs):
    a = 0
    b = 0.0
    c = 0
    for v in vs:
        a += v.total()
        b += norm1(v)
        c += v.first_over(3)
        c += len(v.scaled(2))
    return a, b, c


vs = [Vec([k % 5, 1, 2, 3]) for k in range(3000)]
print(run(vs))
vs[1000] = Vec([1, 2.5, 4])
vs[2000] = Vec([])
vs[2500] = Vec([7, "x"])
try:
    print(run(vs))
except TypeError as e:
    print("TypeError:", e)
vs[2500] = Vec([7, 8])
print(run(vs))
