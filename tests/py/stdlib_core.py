# The first layer of CPython's pure-Python standard library, read from the
# installed CPython 3.11: abc, types, _collections_abc, keyword, operator.
import abc
import types
import sys
from _collections_abc import Sequence, Mapping, Callable, Iterable

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns != types.SimpleNamespace())
print(type(sys.implementation) is types.SimpleNamespace)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @classmethod
    def unit(cls):
        return cls(1)


print(Square(3).area(), Square.unit().s, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)

print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(len, Callable), isinstance(3, Iterable))
print(issubclass(tuple, Sequence), issubclass(dict, Sequence))


class Seq(Sequence):
    def __getitem__(self, i):
        return 'abc'[i]

    def __len__(self):
        return 3


print(list(Seq()), 'b' in Seq(), Seq().index('c'), list(reversed(Seq())))
print(Callable[[int], str], types.FunctionType, types.GeneratorType, types.MappingProxyType)
print(type(abc.abstractproperty(lambda s: 1)).__mro__[1].__name__)

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)


def inner():
    raise KeyError('k')


try:
    inner()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
print(list[int] | None, dict[str, int] | None | int)
import io
print(io.text_encoding(None), io.text_encoding("utf-8"))
