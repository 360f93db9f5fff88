# A module-level constant is folded into the trace (guarded at entry, not
# loaded per iteration), and builtins with machine equivalents become IR ops.
K = 10.0
SCALE = 0.5


def f(xs):
    t = 0.0
    for x in xs:
        t += abs(x - K) * SCALE + min(x, K)
    return t


print(f([float(i) for i in range(3000)]))
