def f(a):
    return a
args = (1, 2)
f(*args)
