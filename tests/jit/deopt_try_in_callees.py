# `try` blocks inside functions inlined into a compiled loop: exits inside
# the callee's try body rebuild its frame with the block in place, so
# exceptions raised after the exit (by the interpreter, or by calls run from
# compiled code) are caught in the callee, or propagate to a handler in the
# loop's own frame; nested callees with their own handlers.


def parse(s, default):
    try:
        return int(s) * 2
    except ValueError:
        return default


def inner(n):
    if n % 250 == 7:
        raise KeyError(n)
    return n % 5


def middle(n):
    try:
        return inner(n) + 1
    except IndexError:
        return -100


def outer(n):
    try:
        v = middle(n)
    finally:
        n += 1
    return v + n


def main():
    t = 0
    keys = 0
    words = ["1", "2", "x", "3"]
    for j in range(4000):
        t += parse(words[j % 4] if j % 3 else "7", -1)
        try:
            t += outer(j)
        except KeyError as e:
            keys += 1
            t -= e.args[0]
        if j % 800 == 799:
            print(j, t, keys)
    print(t, keys)


main()
