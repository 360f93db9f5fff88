# Range lengths and slice bounds at the edges of machine integers.
import sys

M = sys.maxsize
cases = [
    (0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (5, 5, 1), (3, -7, -2),
    (0, M, M), (M, 0, -M), (-M - 1, M, M), (M, -M - 1, -M - 1),
    (-M - 1, M, 1), (-M - 1, M, 7), (M, -M - 1, -1), (M, -M - 1, -5),
]
for a, b, c in cases:
    r = range(a, b, c)
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError: %s" % e
    print(a, b, c, n, bool(r), r[0] if r else None)

l = list(range(50))
print(l[3:40:7], l[40:3:-6], l[-100:100:1][:3], l[::-1][:5], l[M:], l[-M - 1:3])
print(l[5:-5:4], l[M:-M - 1:-M], l[-M - 1:M:M], l[True:3], l[2:False:-1])
t = tuple(l)
print(t[10:2:-3], t[-3:], "abcdefgh"[1:7:2], "abcdefgh"[::-3])
l2 = l[:]
l2[2:10] = "xy"
l2[::10] = [0] * len(l2[::10])
print(l2[:12], len(l2))
