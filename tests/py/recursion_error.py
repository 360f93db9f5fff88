# Unbounded recursion raises RecursionError, which can be caught; the runtime keeps working.
def f():
    f()


try:
    f()
except RecursionError as e:
    print("caught RecursionError:", type(e).__name__, isinstance(e, RuntimeError))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("moderate recursion still works:", depth(500))


def g(n):
    return g(n + 1)


for attempt in range(3):
    try:
        g(0)
    except RecursionError:
        print("caught again", attempt)
print("done")
