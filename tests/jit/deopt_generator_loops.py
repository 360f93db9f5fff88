# Compiled loops that iterate over generators (`GenNext`: the generator's
# own code runs in the interpreter): values of changing types, generators
# that raise, that rebind a global the loop uses, that are exhausted early
# (inner loops), and generators closed before they finish.

LIMIT = 10


def squares(n):
    for i in range(n):
        yield i * i


def mixed(n):
    yield 1
    yield 2.5
    if n % 3 == 0:
        yield None
    yield "x" * (n % 4)


def raising(n):
    for i in range(n):
        if i == 1500:
            raise KeyError(i)
        yield i


def rebinding(n):
    global LIMIT
    for i in range(n):
        if i == 2000:
            LIMIT = 20
        yield i


def main():
    t = 0
    for k in squares(3000):
        t += k
    for j in range(3000):
        for v in squares(j % 5):
            t += v
        for w in mixed(j):
            if isinstance(w, str):
                t += len(w)
            elif w is not None:
                t += w
    print(t)
    try:
        for k in raising(3000):
            t += k
    except KeyError as e:
        print("raised", e, t)
    for k in rebinding(3000):
        t += LIMIT
    print(t, LIMIT)
    g = squares(10 ** 6)
    for k in g:
        if k > 9000000:
            break
        t += k
    g.close()
    print(t, next(g, "done"))


main()
