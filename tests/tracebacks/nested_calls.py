def inner(x):
    return int(x)
def outer(s):
    return str(inner(s)) + "!"
print(len(outer("12")))
print(len(outer("zz")))
