# dict methods, views (live, set-like), subclasses with __missing__, fromkeys.
def chk(f):
    try:
        r = f()
        print('->', r)
    except Exception as e:
        print(type(e).__name__, e)
d = dict(a=1, b=2)
d2 = dict([('x', 1), ('y', 2)], z=3)
d3 = dict({'p': 0}, q=1)
print(d, d2, d3, dict(), dict(zip('abc', range(3))))
print(d.get('a'), d.get('zz'), d.get('zz', 5), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('a'), d.pop('nope', 'dflt'), d)
chk(lambda: d.pop('nope'))
print(d.popitem(), d)
chk(lambda: {}.popitem())
d.update({'k': 1}, m=2); d.update([('n', 3)]); print(d)
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it, len(k), 'k' in k, 1 in v, ('k', 1) in it, ('k', 2) in it)
d['new'] = 5; print(k, list(reversed(k)), list(reversed(it)))
print(d.copy(), dict.fromkeys('abc'), dict.fromkeys(range(3), 0))
e = d.copy(); e.clear(); print(e, d)
print(d | {'zz': 1}, {'zz': 1} | d)
d |= {'b': 20}; print(d)
d.update([('c', 30)]); print(d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(); c['x'] += 1; c['x'] += 1; print(c, c['y'], type(c).__name__)
class D(dict):
    pass
dd = D.fromkeys([1, 2], 'v'); print(dd, type(dd).__name__, type(dd.copy()).__name__)
chk(lambda: {}['missing'])
chk(lambda: dict([1]))
chk(lambda: dict([(1, 2, 3)]))
chk(lambda: dict(1, 2))
chk(lambda: {}.get())
chk(lambda: {}.keys(1))
chk(lambda: dict.fromkeys())
keys = {'a': 1, 'b': 2, 'c': 3}.keys()
print(keys == {'a', 'b', 'c'}, keys != {'a'}, keys < {'a', 'b', 'c', 'd'}, keys.isdisjoint(['x']), keys.isdisjoint(['a']))
print(sorted(keys | {'q'}), sorted(keys & {'a', 'q'}), sorted(keys - {'a'}), sorted(keys ^ {'a', 'q'}))
print(sorted({'a': 1}.items() ^ {'a': 2}.items()))
print(d == dict(d), d != {}, {1: 2} == {1: 2.0})
del d['b']; print(d)
chk(lambda: d.__delitem__('nope'))
print(list(iter(d)), [x for x in d.values()], sorted(d.items()))
print(dict.__getitem__({1: 2}, 1), dict.__len__({1: 2}), {1: 2}.__contains__(1))
x = {}
x[1] = x
print(x)
print(repr({}.keys()), repr({1: 'a'}.items()), repr({1: 'a'}.values()))
