# Keyword calls the recorder does not bind run through the runtime from
# compiled code: built-ins (`sorted(key=...)`, `max(key=...)`, `print(end=)`,
# `dict(a=...)`, `int(x, base=...)`), functions with keyword-only parameters
# and recursive keyword calls; a key function that raises on one iteration.


def walk(n, *, step=1):
    return 0 if n <= 0 else 1 + walk(n - step, step=step)


def key(v):
    if v == 2999:
        raise LookupError("bad key %d" % v)
    return -v


def main():
    t = 0
    xs = [5, 3, 9, 1]
    for j in range(3000):
        xs[j % 4] = j % 11
        t += sorted(xs, key=lambda v: -v)[0] + max(xs, key=lambda v: v % 7)
        t += len(dict(a=j, b=2)) + int("7", base=8 + j % 3)
        t += walk(j % 5, step=1 + j % 2)
        if j % 600 == 0:
            print(j, t, end=";\n")
    print(t)
    try:
        for j in range(3000):
            t += sorted([j, j + 1], key=key)[0]
    except LookupError as e:
        print(t, e)


main()
