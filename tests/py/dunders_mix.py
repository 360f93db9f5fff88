class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return V(self.x * o)
    def __neg__(self): return V(-self.x)
    def __abs__(self): return abs(self.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __getitem__(self, i): return self.x * i
    def __contains__(self, i): return i == self.x
    def __iter__(self): return iter(range(self.x))
    def __call__(self, *a, **k): return (a, sorted(k))
    def __repr__(self): return f"V({self.x})"
    def __format__(self, spec): return f"V<{self.x:{spec}}>"
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return True
a, b = V(2), V(3)
print(a + b, a + 1, 1 + a, 3 * a, -a, abs(V(-4)), a == V(2), a != b, a < b, b >= a, sorted([b, a]))
print(bool(V(0)), len(V(-3)), a[5], 2 in a, list(V(3)), a(1, k=2), f"{a:>4}", {a: 1}[V(2)])
c = a; c += 5; print(c, a is c)
try:
    a * 2
except TypeError as e:
    print(e)
with V(1) as v:
    raise ValueError("suppressed")
print("after with")
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleted")
p = P(); p.v = 5; print(p.v); del p.v
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"): return name * 2
        raise AttributeError(name)
l = Lazy(); print(l.xy, getattr(l, "zz", "default"), hasattr(l, "q"))
class Counted:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, n): self.n = n
Counted(1); Counted(2); print(Counted.count)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t1"): pass
print(Sub.tag, Sub.__mro__[1].__name__, Sub.__qualname__, Sub.__module__)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return getattr(obj, self.name, "unset") if obj else self
    def __set__(self, obj, value): setattr(obj, self.name, value)
class H:
    d = Desc()
h = H(); print(h.d); h.d = 9; print(h.d, vars(h))
print(isinstance(a, V), issubclass(Sub, Base), type(a).__name__, V.__name__, a.__class__ is V)
print(dir(a)[:3], sorted(vars(a)))
