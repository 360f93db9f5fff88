# Compiled loops read int/float/bool/None attributes straight from the
# instance dict entry their hint names. Everything that makes that entry the
# wrong one must fall back to the full lookup (or leave the loop) and print
# what CPython prints.


class Rec:
    def __init__(self, i):
        self.n = i
        self.f = i * 0.5
        self.ok = i % 3 == 0
        self.none = None


class D(dict):
    pass


def total(rs):
    t = 0
    for r in rs:
        if r.ok and r.none is None:
            t += r.n
        t += int(r.f)
    return t


rs = [Rec(i) for i in range(2000)]
print(total(rs))

# Attribute types change mid-loop: int -> float -> str.
for k in range(0, 2000, 250):
    rs[k].n = float(rs[k].n)
rs[1999].n = "x"
try:
    print(total(rs))
except TypeError as e:
    print("TypeError:", e)
rs[1999].n = 7

# Attributes deleted and re-added (a hole where the hint points).
for k in range(5, 2000, 97):
    del rs[k].f
    rs[k].f = -1.0
print(total(rs))

# Names made at run time (not the interned constant object).
for k in range(3, 2000, 89):
    r = rs[k]
    d = vars(r)
    v = d.pop("n")
    setattr(r, "".join(["n"]), v + 1)
print(total(rs))

# Dicts emptied and refilled in another order (and with a dict subclass's
# items), so the entries move under the hints.
vars(rs[10]).clear()
vars(rs[10]).update({"none": None, "ok": True, "f": 2.5, "n": 1})
vars(rs[20]).clear()
vars(rs[20]).update(D(f=3.5, n=2, none=None, ok=False))
print(total(rs))

# An attribute that goes missing: AttributeError from inside the loop.
del rs[1500].ok
try:
    total(rs)
except AttributeError as e:
    print("AttributeError:", e)


# The class supplies the attribute when the instance lacks it.
class WithDefault:
    n = 100

    def __init__(self, i):
        if i % 2:
            self.n = i


ws = [WithDefault(i) for i in range(1500)]
s = 0
for w in ws:
    s += w.n
print(s)


# Scalar stores go straight into the entry when it holds a scalar; an entry
# holding an object (which must be released), a moved entry or a new
# attribute takes the full path.
class Acc:
    def __init__(self, i):
        self.count = 0
        self.last = None if i % 4 else "start"
        self.scale = 1.0


def bump(accs, rounds):
    for r in range(rounds):
        for a in accs:
            a.count += 1
            a.last = r
            a.scale = a.scale * 0.5 + r
            a.flag = r % 2 == 0


accs = [Acc(i) for i in range(300)]
bump(accs, 5)
print(sum(a.count for a in accs), accs[0].last, accs[3].scale, accs[4].flag)
for k in range(0, 300, 7):
    del accs[k].count
    accs[k].count = [k]
try:
    bump(accs, 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(accs[7]).items()), accs[8].count)


# Object attributes read inline stay alive for the rest of the iteration even
# when the only other reference is dropped right after the read.
class Box:
    def __init__(self, v):
        self.v = v


class Holder:
    def __init__(self, i):
        self.item = Box(i)
        self.kind = Box


def swap_out(hs):
    t = 0
    for h in hs:
        it = h.item
        h.item = None
        h.item = h.kind(it.v + 1)
        t += it.v + h.item.v
    return t


hs = [Holder(i) for i in range(400)]
print(swap_out(hs), swap_out(hs), hs[5].item.v, hs[5].kind.__name__)
