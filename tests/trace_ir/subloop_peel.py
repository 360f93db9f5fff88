# A sub-loop whose body changes the type of a slot read after it (`last` is
# an int from the outer loop, a float after one inner iteration) gets its
# first iteration peeled: the copy runs from the values before the loop, the
# loop proper from the copy's results, so both keep fixed types.
def f(rows, n):
    acc = 0.0
    for k in range(n):
        last = k
        for a, b in rows:
            acc += a * b
            last = a
        acc += last
    return acc


print(f([(1.0, 2.0), (3.0, 0.5)], 3000))
