# if/elif/else, loops with break/continue/else, match statement.
for n in [-5, 0, 7, 15, 100]:
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "big"
    print(n, kind)

i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

for x in range(2, 20):
    for d in range(2, x):
        if x % d == 0:
            break
    else:
        print("prime", x)

k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)

print(list(range(10, 0, -3)), list(range(0)), list(range(-3, 3, 2)))
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, "yes" if k == 3 else "no")
print(0 or "default", "" and "x", None or 0 or [], 5 and 6, not 0, not [1])

def classify(cmd):
    match cmd:
        case ["go", direction]:
            return "going " + direction
        case ["stop"]:
            return "stopping"
        case {"action": action, **rest}:
            return f"action {action} {rest}"
        case int(v) if v > 10:
            return "big int"
        case int() | float():
            return "number"
        case (a, b, *others):
            return f"seq {a} {b} {others}"
        case _:
            return "unknown"

for c in [["go", "north"], ["stop"], {"action": "jump", "h": 2}, 50, 3, 2.5, (1, 2, 3, 4), "zzz"]:
    print(classify(c))

total = 0
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        total += a * b
print("total", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
