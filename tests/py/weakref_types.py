import weakref


class Plain:
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class F(float):
    pass


class E(Exception):
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SlottedChild(Slotted):
    pass


class SlottedChild2(Slotted):
    __slots__ = ("b",)


class Meta(type):
    pass


def gen():
    yield 1


def fn():
    pass


candidates = [
    1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), range(3),
    Exception("e"), iter([]), slice(1), 3j,
    {1}, frozenset({1}), fn, len, Plain, Plain(), L(), D(), S("x"), I(1), T(),
    B(), F(1.0), E(), Slotted(), SlottedWeak(), SlottedChild(), SlottedChild2(),
    Meta("M", (), {}), gen(), weakref, fn.__code__,
    property(), staticmethod(fn), classmethod(fn),
]
for c in candidates:
    try:
        r = weakref.ref(c)
        print("ok", type(c).__name__, r() is c)
    except TypeError as e:
        print("TypeError:", e)

r = weakref.ref(Plain())
try:
    weakref.ref(r)
except TypeError as e:
    print("TypeError:", e)
p = Plain()
try:
    weakref.ref(weakref.proxy(p))
except TypeError as e:
    print("TypeError:", e)
