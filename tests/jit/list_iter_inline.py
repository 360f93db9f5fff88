# List iterators stepped inline by compiled loops: exhaustion, mutation
# during iteration, items changing type, shared and re-used iterators.
class L(list):
    def __getitem__(self, i):
        return 0

def run():
    lst = list(range(3000))
    it = iter(lst)
    s = 0
    for x in it:
        s += x
        if x == 1500:
            break
    for x in it:
        s -= x
    for x in it:
        s += 1000000
    print(s, next(it, "done"))

    grow = [1, 2, 3]
    n = 0
    for x in grow:
        n += x
        if len(grow) < 3000:
            grow.append(x + 1)
    print(n, len(grow))

    shrink = list(range(4000))
    m = 0
    for x in shrink:
        m += x
        if x % 3 == 0 and shrink:
            shrink.pop()
    print(m, len(shrink))

    mixed = [1, 2.5, None, "a", (1,), 7] * 600
    c = {}
    for v in mixed:
        k = type(v).__name__
        c[k] = c.get(k, 0) + 1
    print(sorted(c.items()))

    sub = L(range(2500))
    t = 0
    for v in sub:
        t += v
    print(t)

    pairs = 0
    it2 = iter(list(range(5000)))
    for a in it2:
        b = next(it2, 0)
        pairs += a * b
    print(pairs)

    objs = [[i] for i in range(3000)]
    tot = 0
    for o in objs:
        tot += o[0]
        objs[len(objs) - 1 - o[0] // 2] = [0]
    print(tot)

    floats = [i * 0.5 for i in range(3000)]
    f = 0.0
    for v in floats:
        f += v
        if v == 700.0:
            floats.clear()
    print(f, floats)

    bools = [True, False, True] * 1000
    print(sum(1 for b in bools if b), [b for b in bools[:5]])

run()
