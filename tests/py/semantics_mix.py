import sys
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta, tag="t"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, extra=1):
    def __init__(self, v): self.v = v
c = Child(5)
print(c.v, Child.added, type(Child).__name__, Child.__mro__)
class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None): return "D-" + self.name if obj else self
class U:
    d = D()
    @property
    def p(self): return 42
    @p.setter
    def p(self, v): print("set p", v)
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(x): return x * 2
u = U(); u.p = 3
print(u.d, u.p, U.cm(), u.sm(4), U.sm(5))
class G:
    def __getattr__(self, n): return n.upper()
print(G().hello)
class S:
    __slots__ = ("a",)
s = S(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
g = gen(); print(next(g), g.send("hi"), g.throw(ValueError("boom")))
g.close()
def sub():
    r = yield from range(3)
    return "done"
def outer():
    v = yield from sub()
    print("sub returned", v)
print(list(outer()))
x = 10
def f():
    global x
    x += 1
    def inner():
        nonlocal_val = x
        return nonlocal_val
    return inner()
print(f(), x)
match {"k": [1, 2, (3, 4)]}:
    case {"k": [a, *rest]} if a == 1:
        print("match", a, rest)
match 5:
    case int(n) if n > 3:
        print("big int", n)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
with open("_f.txt", "w") as fh:
    fh.write("line1\nline2\n")
with open("_f.txt") as fh:
    print([l.rstrip() for l in fh])
print(sys.argv[0].endswith("semantics_mix.py"), __name__)
