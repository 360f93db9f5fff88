# A `while` loop inside a `for` loop is a sub-loop too: the condition's
# branch out of the inner loop continues after it instead of leaving the
# trace.
def f(n):
    total = 0
    for i in range(n):
        j = i % 5
        while j > 0:
            total += j
            j -= 1
    return total


print(f(3000))
