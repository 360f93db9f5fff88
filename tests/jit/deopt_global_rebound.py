# Globals rebound while a loop reading them is hot: a trace that folds or
# caches a global (value, function, builtin) must notice the change.
K = 2
def scale(n):
    global K
    s = 0
    for i in range(n):
        if i == 1800:
            K = 3.5
        s = s + i * K
    return s
print("scale:", scale(3000), K)

def f(x): return x + 1
def g(x): return x * 2
def call_rebound(n):
    global f
    s = 0
    for i in range(n):
        if i == 2000:
            f = g
        s = s + f(i)
    return s
print("call:", call_rebound(3000), f.__name__)

def count(n):
    global len
    s = 0
    data = [1, 2, 3]
    for i in range(n):
        if i == 1500:
            len = lambda obj: 100
        s = s + len(data)
    del len
    return s
print("builtin shadow:", count(3000), len([1, 2]))
LIMIT = 10
acc = 0
for i in range(3000):  # module-level loop: globals are its locals
    LIMIT = 20 if i == 1200 else ("x" if i == 2400 else LIMIT)
    acc = acc + (i % LIMIT if isinstance(LIMIT, int) else 1)
print("module:", acc, LIMIT)

def use_abs_min(n):
    s = 0
    for i in range(n):
        if i == 2000 and n == 3001:
            builtins.min = max  # replaced in the builtins module itself
        s = s + abs(i - 1500) + min(i, 1000)
    return s
import builtins
real_min = builtins.min
print("before:", use_abs_min(3000))
abs = lambda v: 1
print("abs shadowed:", use_abs_min(3000))
del abs
print("builtins.min replaced:", use_abs_min(3001))
builtins.min = real_min
print("restored:", use_abs_min(3000), min(1, 2))
