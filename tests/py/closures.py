# Closures, nonlocal, global and decorators.
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc

c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

total = 0

def add_global(n):
    global total
    total += n

add_global(5)
add_global(7)
print(total)

def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x

print(outer())

def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("zed"))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = accumulator()
acc(1)
print(acc(2), acc.__closure__ is not None)
x = 1
def shadow():
    x = 2
    return x
print(shadow(), x)
try:
    def broken():
        print(y_local)
        y_local = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError caught")
