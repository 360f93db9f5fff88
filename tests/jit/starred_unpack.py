# Starred assignment (`first, *middle, last = seq`) in compiled loops: the
# length is guarded, the starred part is a new list every time, and other
# lengths, types and non-sequences leave the loop and unpack in the interpreter.


def starred(n, t):
    total = 0
    keep = []
    for i in range(n):
        first, *middle, last = t
        head, *tail = t
        *init, end = t
        middle.append(i)
        total += first + last + len(middle) + head + len(tail) + end + len(init)
        if i % 1000 == 0:
            keep.append((middle, tail, init))
    return total, keep[-1]


print(starred(3000, (1, 2, 3, 4, 5, 6)))
print(starred(2000, [1, 2, 3, 4, 5.5, 6]))


def mixed(seqs):
    out = []
    for s in seqs:
        try:
            a, *b, c = s
            out.append((a, len(b), c))
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out[:2] + out[-6:]


seqs = [(1, 2, 3, 4)] * 1500 + [[5, 6, 7], (8, 9), (1,), "abcd", range(5), 42, (1, 2, 3, 4, 5)]
print(mixed(seqs))


def nested(rows):
    acc = []
    for (x, *ys), z in rows:
        acc.append(x + sum(ys) + z)
    return sum(acc), acc[-1]


print(nested([((i, i + 1, i + 2), i) for i in range(2500)]))
