# f-strings, %-formatting and str.format.
name, n, pi = "Ada", 42, 3.14159265
print(f"Hello {name}! n={n} pi={pi:.2f} {n:5d}| {n:<5}| {n:^7}| {n:>6}|")
print(f"{n:08.3f} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:+d} {-n:+d}")
print(f"{1234567:,} {1234567:_} {0.5:.0%} {12.5:.1%} {1e-7:.2e} {123.456:.4g}")
print(f"{name!r} {name!s} {name:>8} {name:*^9} {'x':=<4}")
print(f"{n * 2} {[i for i in range(3)]} {'nested ' + name} {n if n > 0 else -n}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:{width}}]")
print(f"{{braces}} {n}{{}}")
x = 5
print(f"{x=} {x + 1 = } {name=!s}")
print(f"{3.0} {1e100} {-0.0} {True} {None} {[1, 'a']}")
print("%s is %d years, %.1f%% done, %5s|%-5s|" % ("Bob", 30, 99.5, "r", "l"))
print("%r %x %o %e %g %c %05d %+.2f" % ("s", 255, 8, 12345.678, 0.00001, 65, 42, 2.5))
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%s" % [1, 2], "%%")
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6.2f}|{:<4}|{:^5}|{:,}".format(3.14159, "ab", "c", 10 ** 6))
print("{0[1]} {1[key]} {2.real}".format([7, 8], {"key": "v"}, 3))
print("{!r:>10}".format("q"), "{:b}".format(5), format(255, "x"), format(0.1, ".20f"))
print(format(1234.5, ",.2f"), format("s", "^5"), format(7, "03"))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for item, qty, price in rows:
    print(f"{item:<8}{qty:>4}{price:>8.2f}")
