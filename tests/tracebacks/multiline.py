def f(*args):
    raise ValueError("bad")

x = f(
    1,
    2,
)
