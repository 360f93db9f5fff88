import copy, pickle, collections
class P:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class Q(list): pass
class R(dict): pass
q = Q([1, 2]); q.x = 5
r = R(a=1); r.y = 2
p = P()
for obj in [{1, 2}, frozenset('ab'), q, r, collections.OrderedDict(a=1), collections.deque([1, 2], 5), complex(1, 2), bytearray(b'xy'), range(3), ValueError('e', 1)]:
    c = copy.deepcopy(obj)
    print(type(c).__name__, c, getattr(c, '__dict__', None) if not isinstance(c, collections.OrderedDict) else '')
    print(pickle.loads(pickle.dumps(obj)))
c = copy.copy(p); print(c.a, c.b is p.b, copy.deepcopy(p).b is p.b)
print(object().__reduce_ex__(2)[0].__name__, P().__reduce_ex__(2)[2])
import random
print(copy.deepcopy(random.Random(5)).random() == random.Random(5).random())
