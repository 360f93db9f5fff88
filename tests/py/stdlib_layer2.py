# collections, functools, enum, _thread and sys._getframe, on CPython's own
# pure-Python modules.
import sys
import _thread
import collections
import enum
import functools
from collections import namedtuple, OrderedDict, Counter, ChainMap, UserDict

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=5), Point._fields, Point.__module__)
x, y = p
print(x + y, p[1], Point._make([3, 4]))

od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, list(od), od.popitem(last=False))
print(Counter('abracadabra').most_common(3), ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
ud = UserDict(k=1)
ud['j'] = 2
print(sorted(ud.items()))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(pow, 2)(10))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


print(Color.RED, Color(2), Color['GREEN'].value, list(Color), Perm.R | Perm.W, repr(Color.RED))
print(isinstance(Color.RED, Color), Color.RED is Color.RED, len(Color))

lock = _thread.allocate_lock()
with lock:
    print(lock.locked(), lock.acquire(False))
print(lock.locked(), _thread.get_ident() == _thread.get_ident())
r = _thread.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)


def where():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_lineno


def caller():
    return where()


print(caller(), None.__doc__, (lambda: 0).__doc__)
Animal = enum.Enum('Animal', 'CAT DOG')
print(Animal.DOG, Animal.CAT.value, type(Animal).__name__)
