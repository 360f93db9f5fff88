# `del lst[i]` in compiled loops: list items removed natively; other
# containers and indexes out of range go back to the interpreter.


def window_sums(xs, k):
    window = []
    out = 0
    for x in xs:
        window.append(x)
        if len(window) > k:
            del window[0]
        out += sum(window) if len(window) == k else 0
    return out, window


print(window_sums(range(3000), 5))


class MyList(list):
    def __delitem__(self, i):
        print("MyList del", i)
        list.__delitem__(self, i)


def drain(seq, n):
    removed = 0
    for k in range(n):
        try:
            del seq[-1 if k % 2 else 0]
            removed += 1
        except IndexError as e:
            removed -= 100
            print("IndexError:", e)
            break
    return removed, len(seq)


print(drain(list(range(1500)), 1400))
print(drain(list(range(10)), 1400))
print(drain(MyList(range(4)), 3))
d = {i: i for i in range(2000)}
for i in range(0, 2000, 2):
    del d[i]
print(len(d), sum(d))
