# `while` loops inside a compiled loop become sub-loops: the condition's
# branch out of the loop continues after it. Conditions with `and`, an
# `else` clause, `break`, a walrus in the condition, a loop that does not
# run at all, and values changing type inside the inner loop.


def collatz_steps(n):
    total = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1 and steps < 200:
            if x % 2:
                x = 3 * x + 1
            else:
                x //= 2
            steps += 1
        total += steps
    return total


def scan(rows):
    found = 0
    for row in rows:
        i = 0
        while i < len(row):
            if row[i] < 0:
                break
            i += 1
        else:
            found += 100
        found += i
    return found


def walrus(items):
    acc = 0
    for it in items:
        k = it
        while (k := k - 3) > 0:
            acc += k
    return acc


def drift(n):
    acc = 0
    for i in range(n):
        v = 0
        while v < 3:
            v += 1 if i < n // 2 else 1.5
        acc += v
    return acc


print(collatz_steps(3000))
print(scan([[1, 2, 3], [4, -1, 5], [], [0] * 7] * 800))
print(walrus(list(range(2000))))
print(drift(4000))
