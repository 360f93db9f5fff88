# Loop variables and temporaries the loop writes before reading ("entry-dead"
# slots) may hold anything before the loop starts: an unbound name, a value of
# another type from an earlier loop. The compiled loop is entered before its
# first iteration without checking them, and an exit on that first iteration,
# before the write, must leave the slot's old content in place.


def scale(xs, limit):
    t = "before"
    out = []
    for x in xs:
        if x > limit:
            # Reads t: on the first iteration it is still "before".
            out.append(("big", x, t))
        t = x * 0.5
    return out, t


def nested(rows):
    total = 0.0
    for _ in range(3):
        # `_` holds an int from the outer loop when the inner loop starts.
        for a, b, _ in rows:
            total += a * b + _
    return total, _


def unbound_first(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


for rep in range(400):
    xs = [float(k % 7) for k in range(12)]
    if rep % 50 == 49:
        xs[0] = 1000.0
    if rep % 77 == 76:
        xs[5] = 500.0
    r = scale(xs, 100.0)
    if r[0]:
        print(rep, r)
res = None
for rep in range(2000):
    res = nested([(1.0, 2.0, 0.5), (3.0, 4.0, 1.5), (0.5, 0.25, 2.0)])
print(res)
print(sum(unbound_first(k) for k in range(300)))
