# Defaults, *args, **kwargs, keyword-only and positional-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def total(*args, **kwargs):
    return args, kwargs

print(total(), total(1, 2), total(1, x=2), total(*[1, 2], **{"k": "v"}))

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, b=2, c=10))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)

def posonly(a, b, /, c):
    return a * 100 + b * 10 + c

print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, b=2, *args, key="k", **kw):
    return (a, b, args, key, kw)

print(mixed(1), mixed(1, 5, 6, 7, key="z", extra=True))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2), append_to(3, []))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(25))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)], fib(90))
square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))

def documented():
    """Return nothing."""

print(documented(), documented.__doc__, documented.__name__, greet.__defaults__)

def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

print(apply(greet, "Eve", greeting="Yo"), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
