# list and tuple methods, sort semantics (stability, key, reverse, errors, mutation during sort).
l = [3, 1, 2]
l.append(5); l.extend((7, 6)); l.insert(0, 9); l.insert(-100, -1); l.insert(100, 100)
print(l, l.pop(), l.pop(0), l.index(7), l.count(1))
l.remove(7); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
c = l.copy(); c.reverse(); print(c, l); c.clear(); print(c)
def chk(t):
    try:
        eval(t)
    except Exception as e:
        print(type(e).__name__, e)
for t in ["[].pop()", "[1].pop(5)", "[].index(1)", "[].remove(1)", "[3,'a'].sort()", "sorted([3,'a',1])", "[].append()", "[].pop(1,2)", "[].sort(1)", "[].insert(1)"]:
    chk(t)
r = list(range(200)); 
for i in range(200):
    j = (i * 7919) % 200
    r[i], r[j] = r[j], r[i]
print(sorted(r) == list(range(200)), sorted(r, reverse=True)[:5])
big = [(x % 7, x) for x in r]
print(sorted(big, key=lambda p: p[0])[:12])
a = [5, 3, 1]
def k(x):
    print('key', x, a)
    return x
a.sort(key=k); print(a)
b = [3, 2, 1]
def bad(x):
    b.append(x)
    return x
try:
    b.sort(key=bad)
except ValueError as e:
    print('ValueError', e, b)
class L(list):
    pass
m = L([1, 2, 3]); m.append(4); print(m, len(m), m[1:], m + [5], type(m + [5]).__name__, m * 2)
m += [9]; print(m, type(m).__name__, 9 in m, list(reversed(m)))
print(list.__getitem__([1, 2, 3], 1), [1, 2] == [1, 2], [1, 2] < [1, 3])
x = [1, 2, 3]; x *= 2; print(x)
print(list('abc'), list((1, 2)), list({'a': 1}))
t = tuple([1, 2, 3]); print(t, t.count(2), t.index(3), tuple('ab'), tuple())
class T(tuple):
    pass
tt = T([4, 5]); print(tt, type(tt).__name__, tt[0], len(tt), tt + (1,), hash(tt) == hash((4, 5)))
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1), Num(2)]))
print(max([1, 5, 3]), min('hello'))
