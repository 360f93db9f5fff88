# Generators: yield, send, yield from, return values, laziness.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count_up(5)), sum(count_up(101)), next(count_up(0), "default"))


def naturals():
    n = 1
    while True:
        yield n
        n += 1


out = []
for n in naturals():
    if n > 5:
        break
    out.append(n * n)
print(out)


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    yield result
    yield from range(3)


print(list(outer()))


def lazy_log():
    print("started")
    yield "x"
    print("resumed")
    yield "y"
    print("finishing")


lg = lazy_log()
print("created")
for item in lg:
    print("got", item)

squares = (x * x for x in range(6))
print(type(squares).__name__, next(squares), list(squares), list(squares))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


print(list(take(4, fib())), list(zip(count_up(3), "abcdef")))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")


c = closing()
print(next(c))
c.close()


def thrower():
    try:
        yield "ready"
    except ValueError as exc:
        yield f"caught {exc}"


t = thrower()
print(next(t), t.throw(ValueError("boom")))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
