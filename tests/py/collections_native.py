from collections import deque, defaultdict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(1), d.index(2), 2 in d, 'z' in d, list(reversed(d)))
d.remove('a'); d.insert(1, 'X'); print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.appendleft(-1); print(m)
print(deque() == deque([]), deque([1]) < deque([2]), d + deque([7]), deque([1, 2]) * 2)
d2 = d.copy(); d2.clear(); print(d2, bool(d2), bool(d))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    for x in d:
        d.append(1)
except RuntimeError as e:
    print(e)
try:
    d[100]
except IndexError as e:
    print(e)
try:
    d.remove('nope')
except ValueError as e:
    print(e)
print(deque[int])
dd = defaultdict(list)
dd['a'].append(1); dd['b'] += [2]
print(dd, dd['zz'], len(dd), dict(dd))
c = defaultdict(int, {'x': 1}); c['y'] += 5; print(c, c.default_factory)
n = defaultdict(); 
try:
    n['q']
except KeyError as e:
    print('KeyError', e)
print(isinstance(dd, dict), type(dd).__name__, dd.copy())
q = deque(); q.append((0, 0))
seen = {(0, 0)}
while q:
    x, y = q.popleft()
    for nx, ny in ((x+1, y), (x, y+1)):
        if nx < 30 and ny < 30 and (nx, ny) not in seen:
            seen.add((nx, ny)); q.append((nx, ny))
print(len(seen))
