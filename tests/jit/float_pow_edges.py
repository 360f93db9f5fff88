# x ** y on floats in a compiled loop: positive finite bases call C's pow
# directly; zeros, negatives, infinities and NaNs take the full path.
import math
def f(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append(x ** y)
            except (OverflowError, ZeroDivisionError, ValueError) as e:
                out.append(type(e).__name__)
    return out
xs = [2.0, 0.5, 1e300, 1e-300, 0.0, -0.0, -2.0, float('inf'), float('nan'), 3.0, 7.25]
ys = [0.5, 2.0, -1.0, 1e10, -1e10, 0.0, float('inf'), float('-inf'), float('nan'), 3.5, -2.5]
r = None
for k in range(300):
    r = f(xs, ys)
print([repr(v) for v in r])
