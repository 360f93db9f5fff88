def f():
    raise KeyError("k")
def g():
    f()
g()
