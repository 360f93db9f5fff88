# Recursive functions called from hot loops, and a runaway recursion whose
# RecursionError is caught (the JIT must not change the recursion limit
# behaviour or leave frames behind).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

s = 0
for i in range(3000):
    s = s + fib(i % 12) + ack(i % 3, i % 4)
print("fib/ack:", s)

t = 0
for i in range(3000):
    t = t + fact(i % 30) % 1000003  # bigints deep in the recursion
print("fact:", t)

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

def forever(n):
    return forever(n + 1) + 1

def hot_then_deep(n):
    s = 0
    for i in range(n):
        s = s + down(i % 50)
    try:
        forever(0)
    except RecursionError as e:
        print("RecursionError", e)
    return s + down(100)
print("hot then deep:", hot_then_deep(3000))

for attempt in range(3):
    try:
        forever(attempt)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
print("still fine:", down(500), fib(15))
