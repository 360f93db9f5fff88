# printf-style %, format(), str.format and format_map.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# ---- str % args
t("%s", lambda: "%s" % "x")
t("%s tuple", lambda: "%s and %s" % (1, [2]))
t("%r %a", lambda: "%r %a" % ("é", "é"))
t("%d %i %u", lambda: "%d %i %u" % (3, -4, 5))
t("%d float", lambda: "%d %i" % (3.7, -2.2))
t("%d bool", lambda: "%d" % True)
t("%d big", lambda: "%d" % 10**30)
t("%x %X %o", lambda: "%x %X %o" % (255, 255, 8))
t("%#x %#X %#o", lambda: "%#x %#X %#o" % (255, 255, 8))
t("%#08x", lambda: "%#08x" % 255)
t("%x neg", lambda: "%x %#x" % (-255, -255))
t("%e %E", lambda: "%e %E" % (12345.678, 0.00012))
t("%f %F", lambda: "%f %F" % (3.14159, float("inf")))
t("%g %G", lambda: "%g %G %g" % (1e-5, 1e20, 123.456))
t("%#g", lambda: "%#g" % 1.0)
t("%.2f", lambda: "%.2f|%.0f|%.0f" % (2.675, 0.5, 1.5))
t("%10.3f", lambda: "[%10.3f]" % 3.14159)
t("%-10.3f", lambda: "[%-10.3f]" % 3.14159)
t("%010.3f", lambda: "[%010.3f]" % -3.14159)
t("%+d % d", lambda: "%+d % d %+d" % (5, 5, -5))
t("% +d", lambda: "% +d" % 5)
t("%05d", lambda: "%05d|%-5d|%0-5d|" % (-42, 42, 42))
t("%.3d", lambda: "%.3d|%+.3d" % (5, -5))
t("%#.5x", lambda: "%#.5x" % 255)
t("%c", lambda: "%c%c" % (65, "b"))
t("%c bad", lambda: "%c" % "ab")
t("%c range", lambda: "%c" % 0x110000)
t("%c neg", lambda: "%c" % -1)
t("%c float", lambda: "%c" % 3.0)
t("%%", lambda: "100%% %s" % "sure")
t("%5s", lambda: "[%5s][%-5s][%.2s][%05s]" % ("ab", "ab", "abcdef", "ab"))
t("%*d", lambda: "[%*d][%-*d][%*d]" % (5, 1, 5, 2, -5, 3))
t("%.*f", lambda: "%.*f" % (2, 3.14159))
t("%*.*f", lambda: "%*.*f" % (8, 2, 3.14159))
t("* wants int", lambda: "%*d" % ("a", 3))
t("mapping", lambda: "%(a)s %(b)r %(a)d" % {"a": 1, "b": "x"})
t("mapping %%", lambda: "%(x)s %%" % {"x": 1})
t("mapping nested parens", lambda: "%((a))s" % {"(a)": 5})
t("mapping needed", lambda: "%(a)d" % 5)
t("mapping incomplete", lambda: "%(a" % {"a": 1})
t("mapping missing", lambda: "%(zz)s" % {"a": 1})
t("mapping positional", lambda: "%s %(a)s" % {"a": 1})
t("not enough", lambda: "%s %s" % (1,))
t("not enough empty", lambda: "%s" % ())
t("not all", lambda: "%s" % (1, 2))
t("not all single", lambda: "hello" % 5)
t("list is mapping", lambda: "hello" % [1])
t("dict single", lambda: "%s" % {"a": 1})
t("incomplete", lambda: "abc %" % 1)
t("incomplete width", lambda: "%5" % 1)
t("unsupported", lambda: "%y" % 1)
t("unsupported idx", lambda: "ab %y" % 1)
t("unsupported nonascii", lambda: "%é" % 1)
t("%5%", lambda: "%5%" % (1,))
t("%d str", lambda: "%d" % "x")
t("%x float", lambda: "%x" % 1.5)
t("%f str", lambda: "%f" % "a")
t("%d nan", lambda: "%d" % float("nan"))
t("%d inf", lambda: "%d" % float("inf"))
t("%e big", lambda: "%e" % 10**400)
t("%ld", lambda: "%ld" % 5)

class Idx:
    def __index__(self):
        return 42

class Flt:
    def __float__(self):
        return 2.5

t("%x index", lambda: "%x %d" % (Idx(), Idx()))
t("%f float", lambda: "%f" % Flt())
t("%d float obj", lambda: "%d" % Flt())

# ---- format()
t("format int", lambda: [format(42, ""), format(42, "5"), format(42, "<5"), format(42, "^7"), format(42, "+"), format(42, "x"), format(255, "#X"), format(1234567, ",")])
t("format int2", lambda: [format(-42, "08"), format(42, "b"), format(10**20, "_"), format(65, "c"), format(42, "=+8")])
t("format float", lambda: [format(1.5, ""), format(3.14159, ".2f"), format(1e20, "g"), format(0.25, "%"), format(1234.5, ",.1f"), format(-0.0, "z.1f")])
t("format float2", lambda: [format(2.5, "e"), format(float("nan"), "f"), format(float("-inf"), "10"), format(1.0, "#g"), format(5, ".2f")])
t("format str", lambda: [format("ab", ""), format("ab", ">5"), format("ab", "*^6"), format("abcdef", ".3"), format("ab", "<4")])
t("format bool", lambda: [format(True, ""), format(True, ">5"), format(False, "d")])
t("format complex", lambda: [format(1 + 2j, ""), format(1 + 2j, ".2f"), format(2j, ""), format(1 + 2j, ">20"), format(1.5 + 2j, "g"), format(1 + 2j, "+.1e"), format(1 + 2j, "^20.3")])
t("format complex2", lambda: [format(-0.0 + 2j, ""), format(complex(float("inf"), float("nan")), ""), format(1e20 + 1j, ""), format(3j, ".2")])
t("format complex zero", lambda: format(1 + 2j, "020"))
t("format complex =", lambda: format(1 + 2j, "=20"))
t("format complex %", lambda: format(1 + 2j, "%"))
t("format int bad", lambda: format(1, "q"))
t("format str bad", lambda: format("a", "d"))
t("format str sign", lambda: format("a", "+"))
t("format int prec", lambda: format(1, ".2"))
t("format c range", lambda: format(-1, "c"))
t("format object", lambda: format(object(), "").startswith("<object object at 0x"))
t("format object spec", lambda: format(object(), "x"))

class P:
    def __format__(self, spec):
        return "P<" + spec + ">"

class Bad:
    def __format__(self, spec):
        return 5

class NoFmt:
    def __str__(self):
        return "nofmt"

class MyInt(int):
    pass

class MyFloat(float):
    pass

t("format custom", lambda: format(P(), "abc"))
t("format bad ret", lambda: format(Bad(), ""))
t("format nofmt", lambda: format(NoFmt(), ""))
t("format nofmt spec", lambda: format(NoFmt(), "x"))
t("format MyInt", lambda: [format(MyInt(5), "03"), format(MyFloat(1.5), ".3f")])
t("int.__format__", lambda: (42).__format__("x"))
t("float.__format__", lambda: (1.5).__format__(".2f"))
t("str.__format__", lambda: "a".__format__(">3"))
t("object.__format__", lambda: object.__format__(NoFmt(), ""))

# ---- str.format
t("auto", lambda: "{} {} {}".format(1, "a", [2]))
t("manual", lambda: "{1} {0} {1}".format("a", "b"))
t("kw", lambda: "{x}-{y}".format(x=1, y=2))
t("mixed kw", lambda: "{} {x} {}".format(1, 2, x=3))
t("switch auto->manual", lambda: "{} {1}".format(1, 2))
t("switch manual->auto", lambda: "{1} {}".format(1, 2))
t("index out of range", lambda: "{2}".format(1, 2))
t("auto out of range", lambda: "{} {}".format(1))
t("missing kw", lambda: "{x}".format(1))
t("attr", lambda: "{0.real} {0.imag}".format(3 + 4j))
t("auto attr", lambda: "{.real}".format(5))
t("index", lambda: "{0[1]} {0[0]}".format(["a", "b"]))
t("key", lambda: "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
t("neg key is str", lambda: "{0[-1]}".format({"-1": 4}))
t("chained", lambda: "{0[0][1]}".format(["ab"]))
t("conv r", lambda: "{0!r} {0!s} {0!a}".format("é"))
t("conv spec", lambda: "{0!r:>6}".format("a"))
t("conv bad", lambda: "{0!x}".format(1))
t("conv empty", lambda: "{0!}".format(1))
t("conv extra", lambda: "{0!rr}".format(1))
t("nested spec", lambda: "{0:{1}.{2}f}".format(3.14159, 10, 2))
t("nested auto", lambda: "{:{}}|".format("a", 5))
t("nested kw", lambda: "{:{w}.{p}}".format(2.71828, w=8, p=3))
t("deep recursion", lambda: "{:{:{}}}".format(1, 2, 3))
t("escapes", lambda: "{{}} {{{0}}} a{{b}}c".format(7))
t("single {", lambda: "{".format())
t("single }", lambda: "a}b".format())
t("unclosed", lambda: "{0".format(1))
t("bracket unclosed", lambda: "{0[}".format([1]))
t("bracket junk", lambda: "{0]}".format([1]))
t("empty attr", lambda: "{0.}".format(1))
t("empty key", lambda: "{0[]}".format(1))
t("after bracket", lambda: "{0[0]x}".format([1]))
t("brace in name", lambda: "{a{}".format())
t("space name", lambda: "{ 0}".format(5))
t("leading zeros", lambda: "{00}".format(5))
t("bad spec", lambda: "{:d}".format("a"))
t("spec index missing", lambda: "{0:{1}}".format("a"))
t("format_map", lambda: "{a} {b}".format_map({"a": 1, "b": 2}))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

t("format_map missing", lambda: "{a} {zz}".format_map(Default(a=1)))
t("format_map notmapping", lambda: "{x}".format_map(5))
t("format_map no fields", lambda: "plain".format_map(5))
t("format_map positional", lambda: "{0}".format_map({}))
t("f-string", lambda: f"{3.14159:.2f} {'x'!r:>5} {42:#x}")
w = 7
t("f-string nested", lambda: f"[{'ab':^{w}}]")
