# Calls with keyword arguments in compiled loops: to functions (constant and
# local), to classes with `__init__`, keywords in any order mixed with
# positional arguments and defaults; defaults reassigned mid-loop; a local
# rebound to a function with other parameter names; calls the interpreter
# rejects (unknown or repeated keywords, missing arguments) on some
# iterations only.


class V:
    def __init__(self, name, value=0, strength=None):
        self.name = name
        self.value = value
        self.strength = strength


def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


def g(p, q=1):
    return p - q


def main():
    def loc(x, y=1):
        return x - y

    t = 0
    pick = loc
    errors = []
    for i in range(4000):
        t += f(i, c=5) + f(a=i) + f(i, 1, c=i % 3) + f(b=i, a=1)
        t += loc(i, y=i % 4) + loc(x=2)
        v = V("v", value=i)
        w = V(name="w", strength=i)
        t += v.value + w.strength + w.value
        if i == 1500:
            f.__defaults__ = (7, 7)
        if i == 2200:
            f.__defaults__ = (0.5, 1)
        if i == 2500:
            pick = g
        try:
            if pick is g:
                t += pick(i, q=2)
            else:
                t += pick(i, y=2)
            if i % 1000 == 999:
                t += f(i, d=1)
            if i % 1000 == 998:
                t += f(i, 1, b=2)
            if i % 1000 == 997:
                t += f(b=1)
        except TypeError as e:
            errors.append(str(e))
        if i % 500 == 499:
            print(i, t)
    print(t)
    print(errors)


main()
