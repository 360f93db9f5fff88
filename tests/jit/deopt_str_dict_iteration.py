# Iterating strs and dict views in compiled loops, truth tests of strs and
# containers, ord/chr: exits when a dict changes size while iterated, when a
# value's type changes, and when ord gets a longer str.


def hash_text(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


def dict_sums(d):
    ks = vs = 0
    n = 0
    for k in d:
        ks += k
    for v in d.values():
        vs += v
    for k, v in d.items():
        n += k * v
    return ks, vs, n


def nonempty(items):
    n = 0
    for x in items:
        if x:
            n += 1
        if not x:
            n -= 2
    return n


text = "héllo wörld, ünïcode! " * 300
print(hash_text(text), "".join(chr(65 + i % 26) for i in range(30)))
d = {i: i * 2 for i in range(2000)}
print(dict_sums(d))
d[5000] = 1.5
print(dict_sums(d))
print(nonempty(["", "a", [], [0], (), (1,), {}, {1: 2}, set(), {3}] * 300))


def mutate(d):
    for k in d:
        if k == 1500:
            d[-1] = 0
    return len(d)


try:
    mutate({i: i for i in range(2000)})
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(hash_text(["a", "b", "cd"] * 600))
except TypeError as e:
    print("TypeError:", e)
