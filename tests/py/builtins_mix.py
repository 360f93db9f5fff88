X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X().f(), X.__name__, type(X()).__name__)
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), float("1e3"), float("-inf"), int(3.9), int(-3.9))
print(round(2.675, 2), round(1234.5678, -2), round(-0.5), pow(3, 4, 5), pow(2, -1, 7), divmod(-7, 3))
print(format(3.14159, ".3f"), format(42, "08b"), ascii("héllo"), chr(9731), ord("é"), bin(-5), oct(64), hex(255))
print(sorted("hello", key=lambda c: -ord(c)), max([3, 1, 2], key=lambda v: -v), min([], default="empty"))
it = iter([1, 2, 3].__iter__().__next__, 3)
print(list(it), next(iter([]), "dflt"))
print(list(enumerate("ab", start=5)), list(zip("ab", [1, 2], strict=True)))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(filter(None, [0, 1, "", "x"])), list(reversed(range(4))), any([]), all([]))
print(callable(print), callable(1), isinstance(1, (str, int)), issubclass(bool, (int,)))
class A:
    x = 1
a = A()
setattr(a, "y", 2); print(getattr(a, "y"), hasattr(a, "z"), vars(a)); delattr(a, "y"); print(vars(a))
print(eval("1 + 2 * 3"), exec("z = 5") or "exec ok")
g = {}
exec("def h(): return 7", g); print(g["h"]())
c = compile("q = 9", "<s>", "exec"); ns = {}; exec(c, ns); print(ns["q"])
m = __import__("math"); print(m.floor(2.5))
print(repr(1e22), repr(1e-5), 0.1 + 0.2, 1/3, 2**0.5, 10/4, 7//2, -7 % 3, 1e308 * 10)
print("%s %r %5.1f %-5s| %05d %x %o %e %c" % ("s", "r", 3.14159, "ab", 42, 255, 8, 12345.678, 65))
print("{:>10}|{:^10}|{:<10}|{:+.2f}|{:,}|{:_b}|{!r}".format("r", "c", "l", 3.14159, 1234567, 255, "x"))
print(f"{'nested':{'*'}^{12}}", f"{3.14159:.{2}f}", f"{10:#o}", f"{1e-7:g}")
d = {"b": 1, "a": 2}
print(d.keys() | {"c"}, list(d.items()), sorted(d), dict.fromkeys("ab", 0))
s = {3, 1, 2}
print(s, s | {5}, s & {1, 9}, s - {1}, s ^ {1, 7}, frozenset([1, 2]))
print("Hello World".swapcase(), "a,b,,c".split(","), "  x ".strip(), "abc".center(9, "*"), "x".zfill(4))
print(bytes("hé", "utf-8"), b"abc".hex(), bytearray(b"ab") + b"c", "é".encode())
print(type(None).__name__, type(...).__name__, NotImplemented, Ellipsis)
print(list(range(10)[2:8:3]), range(5)[-1], 3 in range(5), range(0, 10, 2))
print([1, 2, 3] * 2, (1,) * 3, "ab" * 3, [[0] * 2] * 2)
print(sum(range(101)), sum([[1], [2]], []), abs(-7), abs(3 + 4j))
