# Set methods and operators; printed order must match CPython's table order
# (run with PYTHONHASHSEED=0).
def chk(f):
    try:
        print('->', f())
    except Exception as e:
        print(type(e).__name__, e)

s = set()
for i in [5, 100, 33, 17, 8, 64, 1000, -1, -2, 2**40, 2**61 - 1, 2**61, -2**63]:
    s.add(i)
print(s)
s2 = set()
for w in "the quick brown fox jumps over the lazy dog again and again".split():
    s2.add(w)
print(s2)
print(set(s2), s2.copy(), frozenset(s2))
print(set("abracadabra"), frozenset("alacazam"), set(range(30)))
print(set([1.5, 2, 'x', (1, 2), 2.0, True, 0, False, 0.0]))

# collisions and deletions
c = set()
for i in range(0, 200, 8):
    c.add(i)
print(c)
for i in range(0, 200, 24):
    c.discard(i)
print(c)
for i in [1, 9, 17, 400, 408]:
    c.add(i)
print(c, len(c))
small = {1, 2, 3, 4, 5}
print(small, small.copy())
t = set()
for x in [7, 15, 23, 31, 39]:
    t.add(x)
print(t, t.copy(), set(t), frozenset(t))

# pop / remove / discard / clear
p = set(range(10, 20))
print(p.pop(), p.pop(), p)
p.remove(15); p.discard(99); print(p)
chk(lambda: set().pop())
chk(lambda: {1}.remove(2))
chk(lambda: {1}.remove([]))
chk(lambda: {1}.add([]))
p.clear(); print(p, len(p))
p.add('x'); print(p)

# binary operators
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
b = {10, 11, 12, 13, 14, 15, 100, 200}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
fa = frozenset(a)
print(fa | b, b | fa, fa & b, fa - b, fa ^ b)
print(type(fa | b).__name__, type(b | fa).__name__)
sa = {'apple', 'pear', 'fig'}
sb = set(['fig', 'kiwi', 'plum', 'apple', 'lime'])
print(sa | sb, sa & sb, sa - sb, sb - sa, sa ^ sb)

# methods with several iterables and non-set arguments
print(a.union([99, 98], (97,), 'ab'))
print(a.intersection(range(5, 20)), a.intersection(range(5, 20), [6, 7, 8]))
print(a.difference([1], [2], {3}), a.difference(), a.difference({2: 'x'}))
print(a.symmetric_difference([1, 50, 51]), a.symmetric_difference({1: 0, 60: 0}))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint([50]), a.isdisjoint(b))
chk(lambda: set().symmetric_difference(1, 2))
chk(lambda: set().union(1))
chk(lambda: set().issubset())
chk(lambda: set(1, 2))
chk(lambda: set(x=1))
chk(lambda: frozenset(1, 2))
chk(lambda: {1} | [2])
chk(lambda: {1} < [2])

# in-place
x = set(range(20))
x -= set(range(0, 20, 3)); print(x)
x &= set(range(10)); print(x)
x |= {100, 200}; print(x)
x ^= {1, 2, 300}; print(x)
y = set(range(50))
y.difference_update(range(0, 50, 2)); print(y)
y.intersection_update(range(10, 40), range(20, 60)); print(y)
y.symmetric_difference_update([21, 22, 23]); print(y)
y.update([1, 2], (3,)); print(y)
big = set(range(1000))
y2 = {5, 6, 7}
y2 -= big; print(y2)
z = {1, 2, 3}; z -= z; print(z)
z = {1, 2, 3}; z ^= z; print(z)
z = {1, 2, 3}; z |= z; print(z)
z = {1, 2, 3}; z &= z; print(z)

# comparisons
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}, {1, 2} == frozenset([2, 1]))
print({1, 2} != {1, 2}, {1} < {1}, frozenset() < {0})

# hashing of frozensets, sets as keys
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()))
print(frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
fs = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(fs), {1, 2} in fs)
q = {frozenset([1])}; q.remove({1}); print(q)
chk(lambda: hash({1}))

# dict views are set-like
d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys() | {'z'}, d.keys() & ['a', 'q'], d.items() - {('a', 1)}, d.keys() ^ {'a', 'y'})
print({'x'} | d.keys(), {'a', 'q'} & d.keys(), ['a', 'zz'] - d.keys())
print(d.keys() == {'a', 'b', 'c'}, d.keys() == ['a', 'b', 'c'], d.items() <= {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print({'a': 1, 'b': 2}.items() ^ {'a': 1, 'b': 3}.items())

# subclasses
class S(set):
    pass
m = S([3, 1, 2])
print(m, type(m).__name__, type(m | {9}).__name__, type(m.copy()).__name__, m == {1, 2, 3})
class F(frozenset):
    pass
f = F([1, 2])
print(f, type(f).__name__, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))

# user-defined keys with __eq__/__hash__
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%d)' % self.v
ks = set()
for i in range(8):
    ks.add(K(i))
ks.add(K(4))
print(ks, K(5) in ks, K(9) in ks, len(ks))
ks.discard(K(4)); print(ks)
print(ks & {K(1), K(2), K(100)}, ks - {K(0)})

# iteration and mutation
it_s = {1, 2, 3}
def mutate():
    for v in it_s:
        it_s.add(v + 10)
chk(mutate)
print(sorted({3, 1, 2}), list({10, 20, 30}), sum({1, 2, 3}), max({4, 9, 2}))
print({x * x for x in range(-5, 6)}, set(), frozenset(), repr(set([()])))
