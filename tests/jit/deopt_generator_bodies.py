# Loops inside generators are compiled too: a `yield` leaves the compiled
# loop (the interpreter yields), and the loop is entered again at its back
# edge once the generator is resumed. Generators driven by for, by send()
# (the sent value matters after the yield), by throw() and close() while
# suspended in a compiled loop, and generators abandoned half-way.


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def running(n):
    total = 0
    i = 0
    while i < n:
        got = yield total
        total += i if got is None else got
        i += 1


def guarded(n):
    i = 0
    try:
        while i < n:
            try:
                yield i
            except ValueError:
                yield -i
            i += 1
    finally:
        print("closed at", i)


def main():
    data = list(range(5000))
    print(sum(evens(data)), sum(1 for x in data if x % 3 == 0))
    r = running(4000)
    t = next(r)
    for k in range(3000):
        t += r.send(k if k % 7 == 0 else None)
    print(t)
    g = guarded(10 ** 6)
    s = 0
    for k in range(3000):
        s += next(g)
        if k % 1000 == 999:
            s += g.throw(ValueError)
    g.close()
    print(s)
    abandoned = evens(data)
    print(next(abandoned), next(abandoned))
    half = 0
    for v in evens(data):
        half += v
        if v > 6000:
            break
        if v > 4000:
            break
    print(half)


main()
