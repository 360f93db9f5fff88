import math
vals = [0.0, -0.0, 1.5, 1e16, 1e-5, 123456789.123, float("nan"), float("inf"), 2**53, -7, 255, 3+4j, True, None, "s", b"b", (1,), [1, [2]], {1: "a"}, {1, 2}, frozenset(), range(3), slice(1, 2)]
for v in vals:
    print(repr(v), str(v), ascii(v), bool(v) if not isinstance(v, float) or v == v else "nan")
for spec in ["", "10", "<10", "^10", "+", ".3", "e", ".2%", ",", "_", "x", "o", "b", "#x", "08.2f", "g", ".0f"]:
    for v in [42, -3.14159, 1234567.5]:
        try:
            print(spec, format(v, spec))
        except (ValueError, TypeError) as e:
            print(spec, type(e).__name__, e)
print("%r %s %a" % ("é", "é", "é"))
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
print("{0[0]} {0[1]:>3} {1.real}".format([1, 2], 3))
print(f"{'x'!r:^7}|{12:{'0'}>{5}}|{3.5!s}")
print(str(1e300 * 1e10), -float("inf"), math.copysign(0.0, -1), 10 ** -3, 7 / 7, 2 ** 63, -2 ** 63, 1 << 100)
print(int("  -0b101  ".strip(), 0), int("1_000"), float("  .5e-3 "), round(-2.5), round(3.45, 1), round(1e20, -19))
print(divmod(-7.5, 2), -7.5 // 2, -7.5 % 2, 7 // -2, 7 % -2, pow(-2, 3), pow(2, 0.5), (-8) ** (1/3))
print(hash(1) == hash(1.0), hash(-1), hash(2**61 - 1), hash(0.5), hash(-0.0), hash(()))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["b", "A", "a"], key=str.lower), sorted([(1, "b"), (1, "a")]))
print(list(map(str, range(3))), "".join(reversed("abc")), "a-b-c".rsplit("-", 1), "abc".partition("b"))
print("Tab\there".expandtabs(4), "x".center(6, "-"), "ß".upper(), "İ".lower(), "ǅ".title(), "a\u0301".isalpha())
print(bytes(3), bytearray(b"x") * 2, b"%d-%s" % (1, b"x"), b"ab".hex(":"), bytes.fromhex("61 62"))
