# Slices in compiled loops are taken without building a slice object; when a
# guard leaves the loop right there, the interpreter gets the slice object it
# would have built. Every shape of slicing must still behave as in CPython.


def rotate_all(n):
    perm = list(range(8))
    acc = 0
    for k in range(n):
        first = perm[0]
        perm[: first + 1] = perm[first::-1]
        head = perm[:3]
        tail = perm[k % 5 :]
        acc += head[0] + len(tail)
        p0 = perm[0]
        perm[:7] = perm[1:8]
        perm[7] = p0
    return acc, perm


print(rotate_all(3000))


class Seq:
    """Not a list: slicing it calls __getitem__ with a real slice."""

    def __init__(self, items):
        self.items = items

    def __getitem__(self, key):
        assert isinstance(key, slice), key
        return self.items[key]


def take(seqs, lo, hi):
    out = []
    for s in seqs:
        out.append(s[lo:hi])
    return out


seqs = [list(range(10))] * 1500 + [Seq(list(range(10)))] + [tuple(range(10))] * 1500 + ["abcdefghij"] * 10
res = take(seqs, 2, 5)
print(res[0], res[1500], res[1501], res[-1], len(res))


def set_parts(n):
    data = list(range(20))
    log = []
    for k in range(n):
        if k == n - 5:
            src = (x for x in range(3))   # not a list: the interpreter assigns it
        elif k == n - 3:
            src = [9, 9]                  # wrong size for an extended slice
        else:
            src = [k, k + 1, k + 2]
        try:
            if k % 2:
                data[1:4] = src
            else:
                data[0:6:2] = src
        except ValueError as e:
            log.append(str(e))
    return data[:8], log


print(set_parts(2000))


def bounds_change(xs):
    total = 0
    lo = 1
    for k, x in enumerate(xs):
        if k == len(xs) - 10:
            lo = None
        total += len(x[lo:-1])
    return total


print(bounds_change([list(range(6))] * 2500))
