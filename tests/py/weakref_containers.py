import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%r)" % self.name


def masked(s):
    return s.split(" at ")[0] + ">"


# WeakValueDictionary
objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wvd["k%d" % i] = o
print(len(wvd), "k1" in wvd, "zz" in wvd, wvd["k2"], wvd.get("k3"), wvd.get("nope", "dflt"))
print(masked(repr(wvd)))
del objs[1]
print(len(wvd), "k1" in wvd, sorted(wvd.keys()), wvd.get("k1"))
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)
print(sorted(k for k in wvd))
print(sorted(wvd.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in wvd.values()))
print(len(wvd.valuerefs()), all(isinstance(r, weakref.ref) for r in wvd.valuerefs()))
print(wvd.pop("k0"), len(wvd), wvd.pop("k0", "gone"))
try:
    wvd.pop("k0")
except KeyError as e:
    print("KeyError", e)
extra = Obj("extra")
print(wvd.setdefault("k9", extra), wvd.setdefault("k9", objs[0]))
wvd.update({"u": objs[0]}, v=objs[1])
print(sorted(wvd.keys()))
objs.clear()
print(sorted(wvd.keys()))
del extra
print(len(wvd), list(wvd.items()))
keep = Obj("keep")
d2 = weakref.WeakValueDictionary({1: keep}, two=keep)
c = d2.copy()
print(type(c).__name__, sorted(c.items(), key=str))
print(d2.popitem()[1], len(d2))
d2.clear()
print(len(d2))
try:
    d2["x"] = 5
except TypeError as e:
    print("TypeError:", e)

# WeakKeyDictionary
a, b, c = Obj("a"), Obj("b"), Obj("c")
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
wkd[c] = 3
print(len(wkd), wkd[a], a in wkd, 5 in wkd, wkd.get(b), wkd.get(Obj("x"), "none"))
print(masked(repr(wkd)))
del b
print(len(wkd), sorted(wkd.values()), sorted(k.name for k in wkd))
print(sorted((k.name, v) for k, v in wkd.items()))
print(wkd.setdefault(a, 100), wkd.setdefault(Obj("tmp"), 7), len(wkd))
print(wkd.pop(c), len(wkd), wkd.pop(c, "missing"))
wkd.update({c: 30})
print(sorted(v for v in wkd.values()), len(wkd.keyrefs()))
del wkd[a]
print(a in wkd, len(wkd))
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    wkd[a]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
del c
print(len(wkd), list(wkd.items()))

# WeakSet
x, y, z = Obj("x"), Obj("y"), Obj("z")
ws = weakref.WeakSet([x, y])
ws.add(z)
ws.add(x)
print(len(ws), x in ws, 3 in ws, sorted(o.name for o in ws))
del y
print(len(ws), sorted(o.name for o in ws))
ws.discard(z)
ws.discard(Obj("q"))
print(len(ws))
try:
    ws.remove(z)
except KeyError:
    print("KeyError on remove")
ws2 = weakref.WeakSet([x, z])
print(sorted(o.name for o in ws | ws2), sorted(o.name for o in ws & ws2), sorted(o.name for o in ws2 - ws))
print(ws <= ws2, ws2 >= ws, ws == weakref.WeakSet([x]), ws.isdisjoint(weakref.WeakSet([z])))
print(ws.pop().name, len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
print(weakref.WeakSet(), len(weakref.WeakSet()))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
cnt = weakref.WeakSet()
tmp = [Obj(i) for i in range(100)]
for t in tmp:
    cnt.add(t)
print(len(cnt))
del tmp[::2]
print(len(cnt))
del tmp, t
print(len(cnt))
