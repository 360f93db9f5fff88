# A sub-loop whose body changes a slot's type (`_` is an int from the outer
# loop, a float inside the inner one) gets its first iteration peeled: the
# copy runs from the values before the loop, the loop proper from the copy's
# results, so both keep fixed types.
def f(rows, n):
    acc = 0.0
    for _ in range(n):
        for a, b, _ in rows:
            acc += a * b + _
    return acc


print(f([(1.0, 2.0, 0.5), (3.0, 0.5, 1.5)], 3000))
