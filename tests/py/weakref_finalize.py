import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def method(self, x):
        return "%s.method(%s)" % (self.name, x)


def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))
    return "result"


r = Res("r")
f = weakref.finalize(r, cleanup, 1, 2, key="v")
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
print(f.__repr__().split(" at ")[0])
del r, obj
print(f.alive, f.peek(), f(), f.detach())
print(f.__repr__().split(" at ")[0], f.__repr__().endswith("; dead>"))

# calling explicitly
s = Res("s")
g = weakref.finalize(s, cleanup, "explicit")
print(g())
print(g.alive, g())
del s

# detach
t = Res("t")
h = weakref.finalize(t, cleanup, "never")
det = h.detach()
print(det[0] is t, det[2], h.alive, h.detach())
del t, det

# exceptions from finalizers are reported, not raised
u = Res("u")
weakref.finalize(u, lambda: 1 / 0)
del u
print("after failing finalizer")

# atexit finalizers run at exit, newest first; atexit=False ones do not
keep1 = Res("keep1")
keep2 = Res("keep2")
keep3 = Res("keep3")
weakref.finalize(keep1, print, "exit finalizer 1")
weakref.finalize(keep2, print, "exit finalizer 2")
nf = weakref.finalize(keep3, print, "should not run")
nf.atexit = False
print(nf.atexit)

# WeakMethod
m = Res("m")
wm = weakref.WeakMethod(m.method)
print(wm()(3), wm() == m.method, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(m.method)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
dead = []
wm3 = weakref.WeakMethod(m.method, lambda w: dead.append(w is wm3))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del m
print(wm(), wm3(), dead, wm == wm2)
print("end of program")
