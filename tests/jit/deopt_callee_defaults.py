# Calls the JIT inlines although the callee is not a global constant (a local
# `def`, functions taken from a list or an attribute, a local rebound to
# another function mid-loop), and calls that leave parameters to their
# defaults (in functions and `__init__`), while `__defaults__` is reassigned
# (to values of the same and of another type) in the middle of the loop.


class V:
    def __init__(self, name, value=0, extra=None):
        self.name = name
        self.value = value
        self.extra = extra


class Holder:
    def __init__(self, fn):
        self.fn = fn


def scale(x, k=3):
    return x * k


def offset(x, by=(1, 2)):
    return x + by[0] - by[1]


def main():
    def local(a, b):
        return a * 10 + b

    def other(a, b):
        return a - b * 3

    fs = [local, lambda a, b: a - b]
    h = Holder(scale)
    t = 0
    pick = local
    for i in range(4000):
        t += local(i, 1)
        t += fs[i % 2](i, 2)
        t += scale(i) + offset(i)
        t += h.fn(i, 2)
        t += pick(i, i)
        if i == 1500:
            scale.__defaults__ = (5,)
            offset.__defaults__ = ((7, 1),)
        if i == 2000:
            scale.__defaults__ = (2.5,)
        if i == 2500:
            pick = other
            h.fn = lambda x, y: x + y
        if i == 3000:
            h = Holder(lambda x, y=1: x * y)
        v = V("v%d" % (i % 5), i)
        w = V("w")
        t += v.value + w.value + (0 if w.extra is None else 1)
        if i % 500 == 499:
            print(i, t)
    print(t)
    try:
        del scale.__defaults__
        for i in range(3000):
            t += scale(i)
    except TypeError as e:
        print(e)


main()
