r = range(1 << 100)
print(r, len(range(10**18, 10**18+5)), r[5], r[-1], (1<<99) in r, -1 in r, 1.5 in range(3))
it = iter(range(10**20, 10**20+3))
print(type(it).__name__, list(it), list(range(2**64, 2**64 - 6, -2)))
try:
    len(r)
except OverflowError as e:
    print(e)
print(r.start, r.stop, r.step, bool(range(2**70, 2**70)))
print(range(2**70, 2**71, 3))
