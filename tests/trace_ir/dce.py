# Dead code: `unused` is overwritten before it is read, and `i * 7` is never
# needed by the loop, an exit or the next iteration.
def f(n):
    total = 0
    unused = 0
    for i in range(n):
        unused = i * 7
        unused = 1
        total += i
    return total, unused


print(f(3000))
