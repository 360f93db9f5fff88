# Branches flipping or changing operand types in hot loops: nested loops,
# while/break/continue/else, bools as ints, NaN/inf, int-vs-float compares.
def flip(n):
    a = b = 0
    for i in range(n):
        a, b = (a + 1, b) if i < n // 2 else (a, b + i)  # flips half-way
    return a, b
print("flip:", flip(3000))
def nested(n):
    s = 0
    for j in range(n):
        for k in range(1000):  # inner loop hot first, outer loop later
            s = s + (k ^ j) % 3
    return s
print("nested:", nested(4))
def loops(n):
    i = found = skipped = j = 0
    while i < n:
        i = i + 1
        if i % 3 == 0:
            skipped = skipped + 1
            continue
        if i == 2999:
            found = i
            break
    else:
        found = -1
    while j < 3000: j = j + 2
    else: j = -j
    return i, found, skipped, j
print("while:", loops(5000), loops(2000))
def bools(n):
    s = 0
    flag = True
    for i in range(n):
        v = flag if i % 2 else i  # a bool some iterations, an int others
        s = s + v + (v is True) + (i > 1500) * 2
        flag = not flag if i % 700 == 0 else flag
    return s, True + True, True * 2.5, -True
print("bools:", bools(3000))
def floats(n):
    vals = [1.0, float("nan"), float("inf"), -float("inf"), 0.0, -0.0]
    c = [0, 0, 0, 0]
    for i in range(n):
        x = vals[i % 6] if i > 1500 else float(i)
        for k, hit in enumerate((x < 100.0, x == x, x >= float("inf"), x != x or x == -0.0)):
            c[k] += hit
    return c
print("floats:", floats(3000))
def int_float_cmp(n):
    big = 2**53 + 1
    hits = [0, 0, 0]
    for i in range(n):
        a = big if i >= 1500 else i
        for k, hit in enumerate((a == float(a), a < float(a) + 1.0, (2**64 + i) > float(2**64))):
            hits[k] += hit
    return hits, big == float(big), 2**53 == float(2**53), big > float(big)
print("int/float:", int_float_cmp(3000))
