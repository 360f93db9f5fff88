# Nested loops: the inner `for` loop is compiled into the outer loop's trace
# as a sub-loop (SubLoop, one Phi per slot, SubLoopEnd) instead of leaving
# the trace at every run of the inner loop.
def f(n):
    total = 0
    for i in range(n):
        for j in range(4):
            total += i * j
    return total


print(f(3000))
