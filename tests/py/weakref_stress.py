import weakref


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


# many short-lived objects with callbacks
count = [0]


def cb(wr):
    count[0] += 1


refs = []
for i in range(20000):
    n = Node(i)
    refs.append(weakref.ref(n, cb))
del n
print(count[0], sum(1 for r in refs if r() is None))

# cache pattern
cache = weakref.WeakValueDictionary()
alive = []
for i in range(30000):
    o = Node(i)
    cache[i] = o
    if i % 1000 == 0:
        alive.append(o)
del o
print(len(cache), sorted(cache.keys())[:5])

# cycles: collected by the cycle collector eventually
seen = [0]


def cyc_cb(wr):
    seen[0] += 1


crefs = []
for i in range(30000):
    a = Node(i)
    b = Node(i)
    a.other = b
    b.other = a
    crefs.append(weakref.ref(a, cyc_cb))
del a, b
ws = weakref.WeakSet()
for i in range(30000):
    x = Node(i)
    x.other = x
    ws.add(x)
del x
# force: more allocation so the collector has run at least once
junk = [[i] for i in range(50000)]
del junk
print(seen[0] > 0, len(ws) < 30000)

# WeakKeyDictionary mapping objects to metadata
meta = weakref.WeakKeyDictionary()
objs = [Node(i) for i in range(5000)]
for o in objs:
    meta[o] = o.i * 2
print(len(meta), meta[objs[10]])
del objs[:4000]
print(len(meta))
