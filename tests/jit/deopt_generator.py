# Generators in hot loops: a long generator consumed by a for loop, a
# generator created on every iteration, and sum() over a generator
# expression inside a loop.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i = i + 1
def squares(n):
    for i in range(n):
        if i == 2000:
            yield 0.5  # the yielded type changes late
        yield i * i

def consume(n):
    s = 0
    for x in squares(n):
        s = s + x
    t = 0
    for x in count_up(n):
        t = t + x % 7
    return s, t
print("consume:", consume(3000))

def pair(i):
    yield i
    yield -i // 2
    if i % 3 == 0:
        yield "x"
def fresh_each_iteration(n):
    s = 0
    strs = 0
    for i in range(n):
        for v in pair(i):
            strs, s = (strs + 1, s) if type(v) is str else (strs, s + v)
        g = count_up(3)
        s = s + next(g) + next(g)
    return s, strs
print("fresh:", fresh_each_iteration(3000))

def sums(n):
    out = 0
    for i in range(n):
        out = out + sum(x * 2 for x in range(i % 5))
        if i % 1000 == 0:
            out = out + sum(x for x in [0.5, 1.5])
    return out
print("sums:", sums(3000))

def early_exit(n):
    s = 0
    for i in range(n):
        g = count_up(10)
        for x in g:
            if x == i % 4:
                break
            s = s + x
    return s
print("early exit:", early_exit(3000))
