# Comprehensions closing over the loop's variables, inlined into its trace.
SK = ["a", "bb", "ccc", "dddd", "eeeee"]

def make(n):
    out = []
    for i in range(n):
        skills = [SK[(i + k * k) % len(SK)] for k in range(i % 4 + 1)]
        out.append(len(skills) + sum(len(s) for s in skills))
    return out

print(sum(make(5000)))

def shifting(n):
    tot = 0
    scale = 1
    for i in range(n):
        if i == 3000:
            scale = 2.5
        if i == 4000:
            scale = "x"
        vals = [scale * j for j in range(3) if j != i % 3]
        tot += len(vals) if isinstance(scale, str) else sum(vals)
    return tot

print(shifting(5000))

def nonlocal_writes(n):
    acc = 0
    def bump(v):
        nonlocal acc
        acc += v
        return acc
    r = 0
    for i in range(n):
        r += bump(i % 5)
    return acc, r

print(nonlocal_writes(4000))

def raising(n):
    res = []
    for i in range(n):
        d = i % 7
        try:
            res.append([100 // (d - j) for j in range(2)])
        except ZeroDivisionError:
            res.append(None)
    return res[:9], len(res)

print(raising(3000))

def dicts(n):
    base = 3
    total = 0
    for i in range(n):
        m = {k: k * base + i for k in range(i % 3)}
        total += sum(m.values())
        if i == 2500:
            base = -1
    return total

print(dicts(4000))

def multi(n, c):
    r = 0
    for i in range(n):
        r += sum([c * k + i for k in range(2)])
    return r

for c in [1, 2, 3.5, 4, "ab"[:1] and 5]:
    print(multi(2000, c))

def exit_inside(n, limit):
    out = 0
    for i in range(n):
        out += len([k for k in range(3) if k * i < limit])
    return out

print(exit_inside(3000, 10 ** 6), exit_inside(3000, 2 ** 70), exit_inside(3000, 5000.5))
