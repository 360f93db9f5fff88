# A comparison that raises half-way through a sort (during binary insertion or
# a merge) leaves every item in the list exactly once.
class K:
    calls = 0
    limit = 10**9
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        if K.calls > K.limit: raise ValueError("stop")
        return self.v < o.v
for limit in (50, 300, 700, 1000, 1500, 10**9):
    vals = sorted(range(300), key=lambda i: (i * 7919 + limit) % 300 * 1000 + i)
    lst = [K(v) for v in vals]
    K.calls = 0; K.limit = limit
    try:
        lst.sort()
        res = "sorted"
    except ValueError as e:
        res = str(e)
    print(limit, res, len(lst), sorted(k.v for k in lst) == list(range(300)), [k.v for k in lst][:3] if res == "sorted" else "")
words = ["w%d" % ((i * 7919) % 1009) for i in range(3000)]
print(sorted(words, key=lambda w: (len(w), w))[:5], sorted(words, reverse=True)[:3])
pairs = sorted(((i % 7, -i) for i in range(2000)), key=lambda p: p[0])
print(pairs[:4], pairs[-2:])
