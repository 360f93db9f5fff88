# Constant folding and algebraic identities: `2 * 3` becomes 6, `+ 0` and
# `* 1` disappear; only one AddOv per iteration remains for `t`.
def f(n):
    t = 0
    for i in range(n):
        t = t + 2 * 3
        t = t * 1 + 0
    return t


print(f(3000))
