import weakref


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    __hash__ = object.__hash__

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter((self.x, self.y))

    def __str__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def __lt__(self, other):
        return self.norm2() < other.norm2()


v = Vec(1, 2)
p = weakref.proxy(v)
print(p.x, p.y, p.norm2(), len(p), p[0], list(p), str(p))
p.x = 10
print(v.x)
del p.y
print(hasattr(v, "y"))
v.y = 3
print(p + Vec(1, 1), p == Vec(10, 3), p != v, p < Vec(100, 100))
print(Vec(1, 1) + p)
print(type(p).__name__, type(p).__module__)
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(bool(p), 3 in p, 10 in p)


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return self.n + o

    def __radd__(self, o):
        return o + self.n

    def __mul__(self, o):
        return self.n * o

    def __neg__(self):
        return -self.n

    def __index__(self):
        return self.n

    def __int__(self):
        return self.n

    def __float__(self):
        return float(self.n)


n = Num(7)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn, pn * 2, -pn, int(pn), float(pn), [0, 1, 2, 3, 4, 5, 6, 7][pn])

# callable proxies
def add(a, b=1):
    return a + b


pa = weakref.proxy(add)
print(pa(1), pa(1, b=5), callable(pa), type(pa).__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

# dead proxies
calls = []
w = Vec(0, 0)
pw = weakref.proxy(w, lambda p: calls.append(type(p).__name__))
del w
print(calls)
for action in (lambda: pw.x, lambda: str(pw), lambda: len(pw), lambda: pw + 1):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)

try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)

# proxies to containers
class Bag(list):
    pass


b = Bag([3, 1, 2])
pb = weakref.proxy(b)
pb.append(0)
pb[0] = 9
print(b, sorted(pb), pb[1:3])
del pb[0]
print(b, len(pb))
