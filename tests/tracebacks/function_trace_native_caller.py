# A function with a function trace called from native code (map) raises:
# the call ran without a frame until the exit, then the traceback is as
# CPython prints it.
def f(x):
    return 100 // (x - 1500)

r = list(map(f, range(1000)))
print(len(r))
r = list(map(f, range(2000)))
