# A call to a small Python function is inlined: no call remains, its
# arithmetic is unboxed in the loop, and exits inside it rebuild its frame.
def sq(x):
    return x * x


def hyp(a, b):
    return sq(a) + sq(b)


def f(n):
    t = 0.0
    for i in range(n):
        t += hyp(i * 0.5, 2.0)
    return t


print(f(3000))
