# Inline caches (globals, attributes, methods) must notice every change.
class A:
    def m(self):
        return "A.m"
    x = "class-x"

a = A()
out = []
for i in range(6):
    if i == 2:
        A.m = lambda self: "patched"          # method replaced on the class
    if i == 3:
        a.m = lambda: "instance"              # shadowed by the instance dict
    if i == 4:
        del a.m                               # shadow removed again
    if i == 5:
        del A.m                               # method gone: AttributeError
    try:
        out.append(a.m())
    except AttributeError as e:
        out.append(str(e))
print(out)

class B:
    pass
b = B()
b.y = 1
vals = []
for i in range(5):
    if i == 2:
        B.y = property(lambda self: "prop")   # data descriptor now wins over the dict
    if i == 4:
        del B.y
    vals.append(b.y)
print(vals)

def g():
    return helper()
def helper():
    return 1
r = [g()]
def helper():
    return 2
r.append(g())
import builtins
builtins.helper2 = lambda: "b1"
def h():
    return helper2()
r.append(h())
builtins.helper2 = lambda: "b2"
r.append(h())
helper2 = lambda: "global wins"
r.append(h())
print(r)

class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
d = Derived()
w = []
for i in range(4):
    if i == 2:
        Base.who = lambda self: "base2"       # change in a base class
    if i == 3:
        Derived.who = lambda self: "derived"  # override added in the subclass
    w.append(d.who())
print(w)

class C:
    pass
c = C()
log = []
for i in range(5):
    if i == 2:
        C.v = property(lambda self: "getter", lambda self, val: log.append(("setter", val)))
    if i == 3:
        del C.v
        C.__setattr__ = lambda self, k, val: log.append(("hook", k, val))
    if i == 4:
        del C.__setattr__
    c.v = i
    log.append(c.__dict__.get("v"))
print(log)
