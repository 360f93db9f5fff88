# Locals that each iteration overwrites before reading are not carried around
# compiled loops and exits do not write them back. Everything that reads such
# a local later (after the loop, in a handler, through a branch that skips
# the write) must still see what CPython shows.


class Shape:
    def __init__(self, r):
        self.r = r

    def hit(self, x):
        if x > self.r:
            return None
        return x * 0.5


def nearest(shapes, x):
    best = None
    best_shape = None
    for s in shapes:
        t = s.hit(x)
        if t is not None and (best is None or t < best):
            best = t
            best_shape = s
    return best_shape, best


shapes = [Shape(r * 0.7) for r in range(1, 6)]
total = 0.0
misses = 0
for i in range(3000):
    s, t = nearest(shapes, (i % 50) * 0.1)
    if s is None:
        misses += 1
    else:
        total += t + s.r
print(round(total, 6), misses)


# A temporary object rebuilt every iteration, with exits right after the
# old one was released.
def words(n):
    out = []
    for k in range(n):
        w = "w%d" % k
        w = w.upper() + "!"
        if k % 97 == 0:
            w = w * 2
        out.append(w)
    return out


print(words(1000)[-3:], len(words(500)))


# Read after the loop: still live, so still carried.
def last_square(n):
    sq = -1
    for k in range(n):
        sq = k * k
        if sq > 10**6:
            sq = float(sq)
    return sq


print(last_square(5), last_square(2000), last_square(0))


# A branch that skips the write: the local is live there.
def sometimes(xs):
    v = 0
    acc = 0
    for x in xs:
        if x % 3:
            v = x
        acc += v
    return acc


print(sometimes(range(3000)))


# Deleted and rebound names, and a local bound only in some iterations.
def rebind(n):
    out = 0
    for k in range(n):
        tmp = k * 2
        out += tmp
        del tmp
        if k % 5 == 0:
            late = k
    try:
        return out, late
    except UnboundLocalError as e:
        return out, str(e)


print(rebind(2000), rebind(3))


# A generator whose loop temporaries are dead across yields.
def pairs(xs):
    for x in xs:
        y = x * 3
        z = y - 1
        yield y, z


print(sum(a - b for a, b in pairs(range(4000))))
