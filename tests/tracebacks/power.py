def f(x):
    return 2 ** x ** -1 // 0
f(2)
