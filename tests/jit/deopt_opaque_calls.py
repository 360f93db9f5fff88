# Calls the trace cannot inline run in the interpreter from compiled code
# (`CallPy`): recursion, functions with *args or closures, calls nested too
# deep. Whatever those callees do must show: exceptions (caught in the loop
# or in an inlined caller), results of changing types, globals rebound,
# lists and attributes changed, a class attribute replaced, RecursionError.


class A:
    kind = "a"

    def get(self):
        return 1

    plain_get = get


class B:
    kind = "b"

    def get(self):
        return 2


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def walk(node, depth):
    if node is None:
        return 0
    return depth + walk(node[1], depth + 1)


def total(*xs):
    return sum(xs)


def make_adder(k):
    def add(x):
        return x + k

    return add


def risky(n):
    if n % 500 == 7:
        raise ValueError("bad %d" % n)
    if n == 0:
        return 0
    return risky(n - 1) if n % 3 == 0 else n


def typed(n):
    if n > 0:
        return typed(-n)
    if n % 3 == 0:
        return n * 1.5
    if n % 3 == 1:
        return None
    return n


SCALE = 1


def rebind(n, bump):
    global SCALE
    if n > 0:
        return rebind(n - 1, bump)
    if bump:
        SCALE = SCALE + 1
    return 0


def poke(obj, items, n):
    if n > 0:
        return poke(obj, items, n - 1)
    obj.count += 1
    items.append(len(items))
    if obj.count % 700 == 0:
        A.get = B.get if A.get is not B.get else A.plain_get
        A.kind = "b" if A.kind == "a" else "a"
    return 0


def deep(n):
    return deep(n + 1)


def caller(n):
    return risky(n) + 1


def until_error(start, n, progress):
    t = 0
    for i in range(start, n):
        progress[0] = i
        t += risky(i) + caller(i + 1)
    return t


def main():
    t = 0
    lst = None
    for i in range(20):
        lst = (i, lst)
    add3 = make_adder(3)
    obj = A()
    obj.count = 0
    items = []
    errors = []
    seen = []
    for i in range(3000):
        t += fib(i % 12) + walk(lst, i % 3) + total(i, 1, 2) + add3(i)
        v = typed(i % 7)
        if v is None:
            t += 1
        else:
            t += v
        before = SCALE
        rebind(1 + i % 2, i % 250 == 0)
        t += SCALE * 2 - before
        n = len(items)
        poke(obj, items, 1 + i % 2)
        t += len(items) - n + obj.get()
        seen.append(obj.kind)
        if i % 500 == 499:
            print(i, t, SCALE, obj.count, seen.count("a"))
    print(t, len(items))
    progress = [0]
    start = 0
    while start < 3000:
        try:
            t += until_error(start, 3000, progress)
            start = 3000
        except ValueError as e:
            errors.append(str(e))
            start = progress[0] + 1
    try:
        deep(0)
    except RecursionError:
        errors.append("recursion")
    print(t, errors)


main()
