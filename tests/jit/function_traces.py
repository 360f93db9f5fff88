# Function traces: calls of loop-free functions compiled from entry to return.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

def poly(x):
    # int, then float, then str arguments: the trace's entry checks fail
    return x * 2 + x

for v in [1, 2, 3] * 400 + [1.5, 2.5] * 400 + ["a", "b"] * 10:
    r = poly(v) if not isinstance(v, str) else v * 2 + v
print(r, poly(7), poly(0.25))

def overflow(n):
    return n * n * n

acc = 0
for i in range(2000):
    acc += overflow(i + 2 ** 20) % 1000
print(acc)

def divide(a, b):
    return a // b

def safe(a, b):
    try:
        q = divide(a, b)
    except ZeroDivisionError as e:
        q = str(e)
    return q

out = []
for i in range(1500):
    out.append(safe(i, i % 7))
print(out[:10], out[-3:])

def rec(n):
    return rec(n + 1) if n < 10 ** 9 else n

try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)

SCALE = 3
def scaled(x):
    return x * SCALE

tot = 0
for i in range(3000):
    if i == 1500:
        SCALE = 5
    tot += scaled(i)
print(tot)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

ps = [P(i, -i) for i in range(2000)]
print(sum(p.norm1() for p in ps))
P.norm1 = lambda self: self.x - self.y
print(sum(p.norm1() for p in ps))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(ack(2, 300))

def fails(n):
    if n == 1234:
        raise ValueError("bad n: %d" % n)
    return n + 1

def caller(n):
    return fails(n) * 2

try:
    s = 0
    for i in range(5000):
        s += caller(i)
except ValueError as e:
    print("caught", e, s)

def kw(a, b=10, *, c=5):
    return a + b + c

print(sum(kw(i, c=i) for i in range(3000)), sum(kw(i, 2) for i in range(3000)))

def clos(k):
    def inner(x):
        return x + k
    return inner

f = clos(4)
print(sum(f(i) for i in range(3000)))

def none_or(n):
    if n % 3 == 0:
        return None
    return n

print(sum(1 for i in range(3000) if none_or(i) is None))


# Recursive calls made from compiled code run the callee's trace without a
# frame; these leave it part-way (objects in locals, a type change deep in
# the recursion, an exception caught further up) and finish in a frame.
class Node:
    def __init__(self, v, left, right):
        self.v = v
        self.left = left
        self.right = right


def build(d, k):
    if d == 0:
        return None
    return Node(k * 1.0 if k % 97 == 0 else k, build(d - 1, 2 * k), build(d - 1, 2 * k + 1))


def total(node):
    if node is None:
        return 0
    here = node
    s = total(here.left) + total(here.right)
    return s + here.v


tree = build(11, 1)
print(total(tree), total(tree))


def deep(n, fail_at):
    if n == fail_at:
        raise KeyError(n)
    if n == 0:
        return [n]
    r = deep(n - 1, fail_at)
    return r


for fail in [-1, -1, 5, -1, 0]:
    try:
        print(len(deep(40, fail)))
    except KeyError as e:
        print("KeyError", e)
