xs = [1, 2, 0]
def f(xs):
    total = 0
    for x in xs:
        total += 10 // x ** 1
    return total
f(xs)
