# Branches inside an inner loop that is compiled into its outer loop's trace:
# the first inner iteration takes one side, later ones the other, so a bridge
# grows from inside the sub-loop and goes back to the sub-loop's header. The
# values flowing around the inner loop (and their types) must stay exact.


def mix(rows):
    t = 0
    big = 0
    for row in rows:
        for x in row:
            if x > 2:
                t += x * 2
                big += 1
            else:
                t += 1
    return t, big


def floats(rows):
    acc = 0.0
    n = 0
    for row in rows:
        for x in row:
            if x < 0:
                acc -= x
            elif x > 10:
                acc += x / 2
            else:
                n += 1
    return acc, n


rows = [[0, 5, 1, 7, 3]] * 3000
print(mix(rows))
rows2 = [[0.5, -1.5, 11.0, 2.0, -3.25]] * 3000
print(floats(rows2))
rows2[2000] = [0.5, 12, -2]
print(floats(rows2))
