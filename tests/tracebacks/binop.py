def f(a, b):
    return a / b

def g(x):
    y = x + 1
    return f(y, 0)

g(1)
