# Dicts around the size where a hash index is built (8 entry slots): order,
# lookups, deletions and re-insertions must behave the same on both sides.
d = {}
for k in range(20):
    d[k] = k * k
    d["s%d" % k] = k
    if k % 4 == 3:
        del d[k - 2]
print(len(d), list(d.items())[:12])
print([k for k in range(20) if k in d])
for k in list(d)[:6]:
    d.pop(k)
d[1.0] = "one"
d[True] = "true"
print(d.get(1), d.get(2), d.get("s19"), len(d))
print(list(d)[:8])

# Keys equal but not identical, and keys with the same hash.
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, H) and self.n == other.n
    def __repr__(self):
        return "H(%d)" % self.n

e = {}
for n in range(12):
    e[H(n)] = n
print(e[H(3)], e[H(11)], H(12) in e, len(e))
del e[H(0)]
e[H(0)] = 100
print(list(e.values()))

# Instance dicts growing past the small size, attributes deleted and re-set.
class P:
    pass

p = P()
for i in range(12):
    setattr(p, "a%d" % i, i)
    if i % 5 == 4:
        delattr(p, "a%d" % (i - 1))
print(sorted(vars(p).items()))
p.a3 = "back"
print(list(vars(p))[-3:], p.a3, getattr(p, "a8", None))
d2 = dict.fromkeys("abcdefghij")
d2.clear()
d2["z"] = 1
print(d2, {**d2, "y": 2})
