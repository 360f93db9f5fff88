import weakref


def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("0x?")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class Foo:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Foo(%s)" % self.name


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


# ref() and death
a = Foo("a")
r = weakref.ref(a)
print(r() is a, r().name)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
print(mask(repr(r)))
del a
print(r(), mask(repr(r)))
print(r.__callback__)

# callbacks run after the last reference disappears, in LIFO order
log = []


def cb1(wr):
    log.append(("cb1", wr() is None))


def cb2(wr):
    log.append(("cb2", wr() is None))


b = Foo("b")
r1 = weakref.ref(b, cb1)
r2 = weakref.ref(b, cb2)
print(r1 is r2, r1 == r2, weakref.getweakrefcount(b))
print(r1.__callback__ is cb1)
del b
print(log)
print(r1.__callback__)

# callback receives the weakref object itself
seen = []
c = Foo("c")
rc = weakref.ref(c, lambda w: seen.append(w is rc))
c = None
print(seen)

# a callback whose weakref died first is not called
d = Foo("d")
rd = weakref.ref(d, lambda w: print("should not run"))
del rd
del d
print("no callback")

# __del__ runs before callbacks; the ref is still alive during __del__
events = []


class WithDel:
    def __del__(self):
        events.append(("del", wref() is not None))


w = WithDel()
wref = weakref.ref(w, lambda x: events.append(("cb", x() is None)))
del w
print(events)

# resurrection keeps the ref alive
keep = []


class Phoenix:
    def __del__(self):
        keep.append(self)


p = Phoenix()
pref = weakref.ref(p, lambda x: print("phoenix callback"))
del p
print(pref() is keep[0])
keep.clear()
print(pref())

# equality and hashing
e1, e2, e3 = Eq(1), Eq(1), Eq(2)
q1, q2, q3 = weakref.ref(e1), weakref.ref(e2), weakref.ref(e3)
print(q1 == q2, q1 != q2, q1 == q3, q1 == 5, q1 != 5)
print(hash(q1) == hash(1), hash(q1) == hash(q2))
h = hash(q1)
d = {q1: "one"}
print(d[q2])
del e1, e2
print(q1 == q2, q1 == q1, hash(q1) == h)
try:
    hash(q2)
except TypeError as exc:
    print("TypeError:", exc)
del e3
try:
    hash(q3)
    print("hashed")
except TypeError as exc:
    print("TypeError:", exc)

# argument checking
try:
    weakref.ref()
except TypeError as exc:
    print("TypeError:", exc)
f = Foo("f")
try:
    weakref.ref(f, None, 3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    weakref.ref(f)(1)
except TypeError as exc:
    print("TypeError:", exc)

# getweakrefs order: the shared ref first, then callback refs newest first
g = Foo("g")
ga = weakref.ref(g, cb1)
gb = weakref.ref(g)
gc_ = weakref.ref(g, cb2)
refs = weakref.getweakrefs(g)
print(len(refs), refs[0] is gb, refs[1] is gc_, refs[2] is ga)
print(weakref.getweakrefcount(g), weakref.getweakrefcount(5), weakref.getweakrefs(5))
del ga
print(weakref.getweakrefcount(g))

# types, functions, sets
class K:
    pass


def func():
    pass


rk = weakref.ref(K)
print(rk() is K, mask(repr(rk)))
rf = weakref.ref(func)
print(rf() is func, mask(repr(rf)))
s = {1, 2}
rs = weakref.ref(s)
print(rs(), mask(repr(rs)))
fs = frozenset([3])
print(weakref.ref(fs)())
print(type(r), weakref.ref is weakref.ReferenceType, type(r).__name__)

# subclassing ref
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__annotations = annotations

    def info(self):
        return self.__annotations


m = Foo("m")
mr = MyRef(m, None, tag=1)
print(mr() is m, mr.info(), isinstance(mr, weakref.ref), mr is weakref.ref(m))
print(weakref.getweakrefcount(m))
del m
print(mr())
