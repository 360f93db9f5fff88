# A small CPU-bound program to watch the JIT at work:
#   pyjit --jit-log=ts examples/loops.py
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        s = collatz_steps(n)
        if s > best:
            best, best_n = s, n
    return best_n, best


print(longest(30000))
