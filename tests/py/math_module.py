# The math module: values, special cases and CPython's exact error messages.
import math


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


def check(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

print("--- one-argument functions")
values = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, -3.5, 1e-300, 1e300, 710.0, float("inf"), float("-inf"), float("nan"), 7, 2**64, True]
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "cbrt",
         "degrees", "radians", "isfinite", "isinf", "isnan", "ulp"]
for name in names:
    f = getattr(math, name)
    print(name, " ".join(attempt(f, v) for v in values))

print("--- gamma family")
for v in [0.1, 1.5, 3.0, 5.5, 23.0, 24.0, 30.5, 140.5, 171.0, 171.7, 172.0, -0.5, -1.5, -2.5, -170.5, -200.5, 1e-25, -1e-25]:
    for f in (math.gamma, math.lgamma):
        print(f.__name__, v, attempt(f, v))

print("--- rounding")
for v in [2.5, -2.5, 3.7, -3.7, 1e20, 7, -7, True]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)


class HasFloor:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 6


print(math.floor(HasFloor()), math.ceil(HasFloor()), math.trunc(HasFloor()))
print(math.floor(HasFloat()), math.ceil(HasFloat()), math.sqrt(HasFloat()), math.sqrt(HasIndex()))
check("math.floor(float('inf'))", lambda: math.floor(float("inf")))
check("math.floor(float('nan'))", lambda: math.floor(float("nan")))
check("math.ceil(1e300) == 10**300", lambda: math.ceil(1e300) == int(1e300))
check("math.trunc('a')", lambda: math.trunc("a"))
check("math.floor('a')", lambda: math.floor("a"))
check("math.trunc(HasFloat())", lambda: math.trunc(HasFloat()))

print("--- logarithms")
check("math.log(10**400)", lambda: math.log(10**400))
check("math.log(10**400, 10)", lambda: math.log(10**400, 10))
check("math.log2(2**2000)", lambda: math.log2(2**2000))
check("math.log10(10**500)", lambda: math.log10(10**500))
check("math.log(2**1023 * 3)", lambda: math.log(2**1023 * 3))
check("math.log(8, 2)", lambda: math.log(8, 2))
check("math.log(100, 10)", lambda: math.log(100, 10))
check("math.log(1, 1)", lambda: math.log(1, 1))
check("math.log(0)", lambda: math.log(0))
check("math.log(-1)", lambda: math.log(-1))
check("math.log(-10**400)", lambda: math.log(-(10**400)))
check("math.log(0.0)", lambda: math.log(0.0))
check("math.log()", lambda: math.log())
check("math.log(1, 2, 3)", lambda: math.log(1, 2, 3))
check("math.log(10, 0.5)", lambda: math.log(10, 0.5))

print("--- two-argument functions")
pairs = [(2.0, 3.0), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (float("inf"), 2.0), (float("-inf"), 3.0),
         (float("-inf"), -3.0), (2.0, float("inf")), (0.5, float("-inf")), (float("nan"), 0.0), (1.0, float("nan")),
         (5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (1.0, 0.0), (float("inf"), 1.0), (3.0, float("inf")), (4.5, 1.0), (5.5, 1.0)]
for name in ["pow", "fmod", "remainder", "atan2", "copysign", "nextafter", "hypot"]:
    f = getattr(math, name)
    print(name, " ".join(attempt(f, a, b) for a, b in pairs))

print("--- hypot, dist, fsum, prod")
check("math.hypot()", lambda: math.hypot())
check("math.hypot(3)", lambda: math.hypot(-3))
check("math.hypot(3, 4, 12)", lambda: math.hypot(3, 4, 12))
check("math.hypot(1e-320, 1e-320)", lambda: math.hypot(1e-320, 1e-320))
check("math.hypot(1e308, 1e308)", lambda: math.hypot(1e308, 1e308))
check("math.hypot(1.1, 2.2, 3.3, 4.4)", lambda: math.hypot(1.1, 2.2, 3.3, 4.4))
check("math.hypot(inf, nan)", lambda: math.hypot(float("inf"), float("nan")))
check("math.hypot(1, nan)", lambda: math.hypot(1, float("nan")))
check("math.hypot(1, 'a')", lambda: math.hypot(1, "a"))
check("math.dist((1, 2), (4, 6))", lambda: math.dist((1, 2), (4, 6)))
check("math.dist([1, 2, 3], [0.5, 0.25, 0.125])", lambda: math.dist([1, 2, 3], [0.5, 0.25, 0.125]))
check("math.dist((1, 2), (1,))", lambda: math.dist((1, 2), (1,)))
check("math.dist(1, 2)", lambda: math.dist(1, 2))
check("math.fsum([0.1] * 10)", lambda: math.fsum([0.1] * 10))
check("math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
check("math.fsum([1e-16, 1, 1e16])", lambda: math.fsum([1e-16, 1, 1e16]))
check("math.fsum([])", lambda: math.fsum([]))
check("math.fsum(range(10))", lambda: math.fsum(range(10)))
check("math.fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308]))
check("math.fsum([inf, -inf])", lambda: math.fsum([float("inf"), float("-inf")]))
check("math.fsum([inf, 1.0, inf])", lambda: math.fsum([float("inf"), 1.0, float("inf")]))
check("math.fsum([nan, 1.0])", lambda: math.fsum([float("nan"), 1.0]))
check("math.fsum(['a'])", lambda: math.fsum(["a"]))
check("math.prod([1, 2, 3, 4])", lambda: math.prod([1, 2, 3, 4]))
check("math.prod([])", lambda: math.prod([]))
check("math.prod([1.5, 2])", lambda: math.prod([1.5, 2]))
check("math.prod([2, 3], start=10)", lambda: math.prod([2, 3], start=10))
check("math.prod(['ab'], start=3)", lambda: math.prod([3], start="ab"))
check("math.prod([1, 2], 3)", lambda: math.prod([1, 2], 3))

print("--- integer functions")
check("math.factorial(0)", lambda: math.factorial(0))
check("math.factorial(20)", lambda: math.factorial(20))
check("math.factorial(30)", lambda: math.factorial(30))
check("len(str(math.factorial(1000)))", lambda: len(str(math.factorial(1000))))
check("math.factorial(True)", lambda: math.factorial(True))
check("math.factorial(1.5)", lambda: math.factorial(1.5))
check("math.factorial(5.0)", lambda: math.factorial(5.0))
check("math.factorial(-1)", lambda: math.factorial(-1))
check("math.factorial('a')", lambda: math.factorial("a"))
check("math.factorial(10**20)", lambda: math.factorial(10**20))
check("math.gcd()", lambda: math.gcd())
check("math.gcd(12, 18)", lambda: math.gcd(12, 18))
check("math.gcd(-12, 18, 27)", lambda: math.gcd(-12, 18, 27))
check("math.gcd(0, 0)", lambda: math.gcd(0, 0))
check("math.gcd(2**100, 2**60 * 3)", lambda: math.gcd(2**100, 2**60 * 3))
check("math.gcd(1.5)", lambda: math.gcd(1.5))
check("math.lcm()", lambda: math.lcm())
check("math.lcm(4, 6)", lambda: math.lcm(4, 6))
check("math.lcm(-4, 6, 10)", lambda: math.lcm(-4, 6, 10))
check("math.lcm(4, 0)", lambda: math.lcm(4, 0))
check("math.isqrt(0)", lambda: math.isqrt(0))
check("math.isqrt(99)", lambda: math.isqrt(99))
check("math.isqrt(10**40)", lambda: math.isqrt(10**40))
check("math.isqrt(-1)", lambda: math.isqrt(-1))
check("math.isqrt(1.5)", lambda: math.isqrt(1.5))
check("math.isqrt(HasIndex())", lambda: math.isqrt(HasIndex()))
check("math.comb(5, 2)", lambda: math.comb(5, 2))
check("math.comb(100, 50)", lambda: math.comb(100, 50))
check("math.comb(5, 6)", lambda: math.comb(5, 6))
check("math.comb(-1, 2)", lambda: math.comb(-1, 2))
check("math.comb(5, -2)", lambda: math.comb(5, -2))
check("math.comb(5)", lambda: math.comb(5))
check("math.comb(10**20, 10**19)", lambda: math.comb(10**20, 10**19))
check("math.perm(5)", lambda: math.perm(5))
check("math.perm(5, 2)", lambda: math.perm(5, 2))
check("math.perm(5, None)", lambda: math.perm(5, None))
check("math.perm(5, 6)", lambda: math.perm(5, 6))
check("math.perm(5, -1)", lambda: math.perm(5, -1))

print("--- decomposition and misc")
for v in [0.0, -0.0, 1.0, 0.3, -8.5, 1e-310, 1e300, float("inf"), float("-inf"), float("nan")]:
    print(v, math.frexp(v), math.modf(v))
check("math.ldexp(0.75, 4)", lambda: math.ldexp(0.75, 4))
check("math.ldexp(1.0, -1074)", lambda: math.ldexp(1.0, -1074))
check("math.ldexp(1.0, -1075)", lambda: math.ldexp(1.0, -1075))
check("math.ldexp(1.0, 1024)", lambda: math.ldexp(1.0, 1024))
check("math.ldexp(1.0, 10**20)", lambda: math.ldexp(1.0, 10**20))
check("math.ldexp(-1.0, -10**20)", lambda: math.ldexp(-1.0, -(10**20)))
check("math.ldexp(0.0, 10**20)", lambda: math.ldexp(0.0, 10**20))
check("math.ldexp(1.0, 1.5)", lambda: math.ldexp(1.0, 1.5))
check("math.ldexp(1)", lambda: math.ldexp(1))
check("math.isclose(1.0, 1.0 + 1e-10)", lambda: math.isclose(1.0, 1.0 + 1e-10))
check("math.isclose(1.0, 1.1)", lambda: math.isclose(1.0, 1.1))
check("math.isclose(1.0, 1.1, rel_tol=0.2)", lambda: math.isclose(1.0, 1.1, rel_tol=0.2))
check("math.isclose(0.0, 1e-10)", lambda: math.isclose(0.0, 1e-10))
check("math.isclose(0.0, 1e-10, abs_tol=1e-9)", lambda: math.isclose(0.0, 1e-10, abs_tol=1e-9))
check("math.isclose(inf, inf)", lambda: math.isclose(float("inf"), float("inf")))
check("math.isclose(nan, nan)", lambda: math.isclose(float("nan"), float("nan")))
check("math.isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1))
check("math.isclose(1)", lambda: math.isclose(1))
check("math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
check("math.ulp(1.0)", lambda: math.ulp(1.0))
check("math.ulp(1e308 * 1.7)", lambda: math.ulp(1.7976931348623157e308))
check("math.ulp(0.0)", lambda: math.ulp(0.0))
check("math.nextafter(1.0, 2.0)", lambda: math.nextafter(1.0, 2.0))
check("math.nextafter(0.0, -1.0)", lambda: math.nextafter(0.0, -1.0))

print("--- argument errors")
check("math.sqrt()", lambda: math.sqrt())
check("math.sqrt(1, 2)", lambda: math.sqrt(1, 2))
check("math.sqrt(x=1)", lambda: math.sqrt(x=1))
check("math.sqrt('a')", lambda: math.sqrt("a"))
check("math.sqrt(None)", lambda: math.sqrt(None))
check("math.sqrt(1j)", lambda: math.sqrt(1j))
check("math.sqrt(10**400)", lambda: math.sqrt(10**400))
check("math.pow(1)", lambda: math.pow(1))
check("math.atan2(1)", lambda: math.atan2(1))
check("math.copysign(1, 2, 3)", lambda: math.copysign(1, 2, 3))
check("math.erf('x')", lambda: math.erf("x"))
check("math.ulp()", lambda: math.ulp())
check("math.nextafter(1)", lambda: math.nextafter(1))
print(sorted(n for n in dir(math) if not n.startswith("_")))
