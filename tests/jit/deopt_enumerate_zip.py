# enumerate() and zip() in compiled loops: over lists, tuples, ranges, strs
# and each other; lists that grow while enumerated; zips whose arguments
# differ in length or share one iterator (an item taken by a zip that then
# stops is lost, as in CPython); a start near the int64 limit (the count
# overflows into a bigint); strict zips and generators (run by tier 1).


def gen(n):
    for i in range(n):
        yield i * 3


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    word = "abcdefgh"
    t = 0
    for j in range(3000):
        for i, x in enumerate(xs):
            t += i * x
        for a, b in zip(xs, word[: j % 9]):
            t += a + len(b)
        for i, (a, b) in enumerate(zip(xs, range(j % 7)), 1):
            t += i + a - b
        it = iter(xs)
        pairs = 0
        for a, b in zip(it, it):
            pairs += a * b
        t += pairs + len(list(it))
        if j % 1000 == 999:
            print(j, t)
    grow = [1, 2, 3]
    for i, v in enumerate(grow):
        if i < 3000:
            grow.append(v + i)
    print(len(grow), sum(grow))
    big = 0
    for j in range(3000):
        for i, v in enumerate("ab", 2**63 - 2 + j % 2):
            big += i % 1000 + len(v)
    print(big)
    s = 0
    for j in range(3000):
        for i, g in enumerate(gen(j % 4)):
            s += i * g
        try:
            for a, b in zip(xs, range(j % 12), strict=True):
                s += a * b
        except ValueError as e:
            s += 1
            if j < 3:
                print(e)
    print(s)


main()
