# Redundant guard elimination: the same condition tested twice leaves one
# guard; `n` is loop-invariant, so nothing is re-checked for it.
def f(n):
    s = 0
    for i in range(n):
        if i < n:
            s += 1
        if i < n:
            s += 2
    return s


print(f(3000))
