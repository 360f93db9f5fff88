# A loop variable that changes type mid-loop: int -> float -> str.
# A trace specialised for ints must deoptimize when the type changes.
def accumulate(n):
    acc = 0
    for i in range(n):
        if i == 1500:
            print("int phase:", acc, type(acc).__name__)
            acc = float(acc)
        elif i == 2500:
            print("float phase:", acc, type(acc).__name__)
            acc = str(acc)
        if i < 2500:
            acc = acc + i
        else:
            acc = acc[-12:] + str(i % 10)
    return acc
r = accumulate(3500)
print("final:", r, type(r).__name__, len(r))

# Same at module level (globals instead of fast locals), and back to int.
x = 1
total = 0
for i in range(4000):
    if i == 1500:
        x = 1.5
    elif i == 2500:
        x = "ab"
    elif i == 3500:
        x = 7
    if isinstance(x, str):
        total = total + len(x * 2)
    else:
        total = total + x
print("module total:", total, type(total).__name__, x)

# A value that is sometimes int, sometimes float, alternating late.
def mixed(n):
    s = 0
    for i in range(n):
        v = i if i < 2000 or i % 2 == 0 else i / 2
        s += v
    return s
print("mixed:", mixed(3000))

# int -> float late; int-looking arithmetic must keep the float a float.
def poly(n):
    out = []
    v = 1
    for i in range(n):
        if i == 2000:
            v = 0.5
        v = v * 1 + 0 - (i - i)
        if i % 700 == 0:
            out.append(repr(v))
    return out
print("poly:", poly(3000))
