# Inner `for` loops compiled into their outer loop's trace (sub-loops):
# element types changing inside the inner loop, empty and zero-step ranges,
# break, exceptions, inner iterables that stop being lists, the loop variable
# read after the loop, and three levels of nesting.


def sums(rows):
    out = []
    for row in rows:
        s = 0
        last = None
        for x in row:
            s += x
            last = x
        out.append((s, last))
    return out


def grid(n, m, step):
    total = 0
    for i in range(n):
        for j in range(0, m, step):
            total += i * j
        total -= j
    return total


def find(rows, target):
    hits = 0
    for row in rows:
        for x in row:
            if x == target:
                hits += 1
                break
    return hits


def divide(rows):
    acc = 0.0
    for row in rows:
        for x in row:
            acc += 1.0 / x
    return acc


def cube(n):
    c = 0
    for a in range(n):
        for b in range(a):
            for d in range(b):
                c += a ^ b ^ d
    return c


rows = [[k, k + 1, k + 2] for k in range(3000)]
rows[1500] = []
rows[2000] = [1, 2.5, 3]
rows[2500] = (7, 8, 9)
r = sums(rows)
print(r[:3], r[1500], r[2000], r[2500], r[-1])
print(sums([[1, 2], {3: 4, 5: 6}, [7]] * 1000)[:4])
print(grid(300, 20, 3), grid(300, 1, 1))
try:
    grid(3, 5, 0)
except ValueError as e:
    print("ValueError:", e)
print(find(rows, 1700), find([[1, 2, 3]] * 2000, 2))
try:
    divide([[1, 2, 4]] * 2000 + [[1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(cube(40))
