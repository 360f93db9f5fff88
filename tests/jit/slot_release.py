# Compiled loops store objects into locals inline and release the value they
# replace; the last reference going away must free the object (and run its
# finalizer) exactly where CPython does.


class Noisy:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def churn(n):
    x = None
    for i in range(n):
        x = Noisy(i)
        print("made", i)
    print("loop done")
    return x.i


print(churn(5))


class Plain:
    def __init__(self, v):
        self.v = v


def keep_some(n):
    kept = []
    cur = Plain(-1)
    total = 0
    for i in range(n):
        prev = cur
        cur = Plain(i)
        if i % 100 == 0:
            kept.append(prev)
        total += prev.v + cur.v
    return total, len(kept), kept[-1].v, cur.v


print(keep_some(3000))


def swap_types(n):
    x = Plain(0)
    out = 0
    for i in range(n):
        if i % 3 == 0:
            x = Plain(i)
        elif i % 3 == 1:
            x = i
        else:
            x = Plain
        out += x.v if isinstance(x, Plain) else (x if isinstance(x, int) else 1)
    return out


print(swap_types(3000))
